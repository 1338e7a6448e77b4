/* kd-export-page.c
 *
 * The last section: choose the plan's layout and the file, export, and see what happened — the
 * file written, with buttons to open it or its folder, or core's sentence saying why not.  The
 * workbook itself is the export module's (src/export); the page only asks for it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-export-page.h"
#include "kd-window.h"

struct _KdExportPage
{
  GtkWidget parent_instance;

  /* template */
  GtkCheckButton *layout_5932;
  GtkWidget      *layout_5932_label;
  GtkCheckButton *layout_bieu2;
  GtkWidget      *layout_bieu2_label;
  GtkLabel       *layout_hint;
  GtkLabel       *file_label;
  GtkWidget      *open_buttons;
  GtkWidget      *result_box;
  GtkImage       *result_icon;
  GtkLabel       *result_label;

  /* owned */
  KdDocument           *document;
  GFile                *file;     /* where the next export goes; NULL until chosen */
  GFile                *exported; /* the file the last export wrote */
  GtkFileChooserNative *chooser;
  gboolean              export_after_choosing;
};

static void kd_export_page_iface_init (KdPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KdExportPage, kd_export_page, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (KD_TYPE_PAGE, kd_export_page_iface_init))

enum
{
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static void
update_file_label (KdExportPage *self)
{
  g_autofree char *shown = self->file != NULL ? g_file_get_parse_name (self->file) : NULL;

  gtk_label_set_text (self->file_label, shown != NULL ? shown : _ ("No file chosen yet: Export asks where to save it."));
  kd_widget_set_tooltip (GTK_WIDGET (self->file_label), shown);
}

static void
update_actions (KdExportPage *self)
{
  gboolean has_document = self->document != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.run", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.open-file", self->exported != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.open-folder", self->exported != NULL);
}

static void
hide_result (KdExportPage *self)
{
  g_clear_object (&self->exported);
  gtk_widget_set_visible (self->result_box, FALSE);
  update_actions (self);
}

static void
show_result (KdExportPage *self,
             GFile        *written,
             const char   *message)
{
  g_set_object (&self->exported, written);
  gtk_image_set_from_icon_name (self->result_icon, written != NULL ? "object-select-symbolic" : "dialog-error-symbolic");
  gtk_label_set_text (self->result_label, message);
  gtk_widget_set_visible (self->open_buttons, written != NULL);
  if (written != NULL)
    gtk_widget_remove_css_class (self->result_box, "kd-failed");
  else
    gtk_widget_add_css_class (self->result_box, "kd-failed");
  gtk_widget_set_visible (self->result_box, TRUE);
  update_actions (self);
}

/* The framework's own layout is chosen whenever another document arrives. */
static void
select_default_layout (KdExportPage *self)
{
  KdFramework     *framework;
  gboolean         bieu2;
  g_autofree char *hint = NULL;

  if (self->document == NULL)
    return;
  framework = kd_document_get_framework (self->document);
  bieu2 = kd_framework_get_plan_layout (framework) == KD_PLAN_LAYOUT_BIEU2;
  gtk_check_button_set_active (bieu2 ? self->layout_bieu2 : self->layout_5932, TRUE);
  hint = g_strdup_printf (bieu2 ? _ ("Schools assessed under %s submit Biểu 2.")
                                : _ ("Schools assessed under %s usually submit the CV 5932 columns."),
                          kd_framework_get_short_title (framework));
  gtk_label_set_text (self->layout_hint, hint);
}

static void
set_document (KdExportPage *self,
              KdDocument   *document)
{
  if (!g_set_object (&self->document, document))
    return;
  /* Another assessment goes to another file. */
  g_clear_object (&self->file);
  hide_result (self);
  update_file_label (self);
  select_default_layout (self);
  g_object_notify (G_OBJECT (self), "document");
}

static void
export_now (KdExportPage *self)
{
  KdExportOptions  options = { gtk_check_button_get_active (self->layout_bieu2) ? KD_EXPORT_PLAN_BIEU2 : KD_EXPORT_PLAN_5932 };
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) now = NULL;
  g_autofree char *time = NULL;
  g_autofree char *message = NULL;

  if (self->document == NULL || self->file == NULL)
    return;
  path = g_file_get_path (self->file);
  if (path == NULL)
    {
      show_result (self, NULL, _ ("This place is not a folder on this computer. Choose a folder on the computer or a USB drive."));
      return;
    }
  if (!kd_export_workbook (self->document, path, &options, &error))
    {
      show_result (self, NULL, error->message);
      return;
    }
  now = g_date_time_new_now_local ();
  time = g_date_time_format (now, "%H:%M");
  name = g_file_get_basename (self->file);
  message = g_strdup_printf (_ ("Exported at %s to “%s”. Open it in Excel or LibreOffice to check it, then print or send it."), time, name);
  show_result (self, self->file, message);
}

/* "Trường THCS Vạn Hòa 2023-2024.xlsx", without the characters Windows refuses in names. */
static char *
suggest_name (KdDocument *document)
{
  const char      *school = kd_school_get_name (kd_document_get_school (document));
  const char      *year = kd_cycle_get_school_year (kd_document_get_cycle (document));
  g_autofree char *name = g_strdup_printf ("%s%s%s.xlsx", *school != '\0' ? school : _ ("Self-assessment"),
                                           *year != '\0' ? " " : "", year);

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_steal_pointer (&name);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     KdExportPage    *self)
{
  g_autoptr (GFile) chosen = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  if (chosen == NULL)
    return;
  {
    g_autofree char *name = g_file_get_basename (chosen);
    g_autofree char *folded = g_utf8_strdown (name, -1);
    g_autoptr (GFile) parent = g_file_get_parent (chosen);

    /* The name a user typed gets the extension Excel needs to recognise the file. */
    if (!g_str_has_suffix (folded, ".xlsx") && parent != NULL)
      {
        g_autofree char *named = g_strconcat (name, ".xlsx", NULL);

        g_clear_object (&chosen);
        chosen = g_file_get_child (parent, named);
      }
  }
  _kd_export_page_set_file (self, chosen);
  if (self->export_after_choosing)
    export_now (self);
}

static void
choose_file (KdExportPage *self,
             gboolean      then_export)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GFile   *document_file = KD_IS_WINDOW (root) ? kd_window_get_file (KD_WINDOW (root)) : NULL;

  if (self->chooser != NULL || self->document == NULL)
    return;
  self->export_after_choosing = then_export;
  self->chooser = gtk_file_chooser_native_new (_ ("Export to Excel"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _ ("Excel workbooks (.xlsx)"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), self->file, NULL);
  else
    {
      g_autofree char *name = suggest_name (self->document);
      g_autoptr (GFile) folder = document_file != NULL ? g_file_get_parent (document_file) : NULL;

      /* Beside the assessment, where a principal looks for it. */
      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
run_cb (GtkWidget  *widget,
        const char *action,
        GVariant   *parameter)
{
  KdExportPage *self = KD_EXPORT_PAGE (widget);

  if (self->file == NULL)
    choose_file (self, TRUE);
  else
    export_now (self);
}

static void
choose_cb (GtkWidget  *widget,
           const char *action,
           GVariant   *parameter)
{
  choose_file (KD_EXPORT_PAGE (widget), FALSE);
}

static void
open_uri (KdExportPage *self,
          GFile        *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRoot         *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static void
open_file_cb (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  KdExportPage *self = KD_EXPORT_PAGE (widget);

  if (self->exported != NULL)
    open_uri (self, self->exported);
}

static void
open_folder_cb (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  KdExportPage *self = KD_EXPORT_PAGE (widget);
  g_autoptr (GFile) folder = self->exported != NULL ? g_file_get_parent (self->exported) : NULL;

  if (folder != NULL)
    open_uri (self, folder);
}

void
_kd_export_page_set_file (KdExportPage *self,
                          GFile        *file)
{
  g_return_if_fail (KD_IS_EXPORT_PAGE (self));
  g_set_object (&self->file, file);
  update_file_label (self);
}

static void
kd_export_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KdExportPage *self = KD_EXPORT_PAGE (object);

  switch (prop_id)
    {
      case PROP_DOCUMENT:
        g_value_set_object (value, self->document);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kd_export_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  switch (prop_id)
    {
      case PROP_DOCUMENT:
        set_document (KD_EXPORT_PAGE (object), g_value_get_object (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kd_export_page_dispose (GObject *object)
{
  KdExportPage *self = KD_EXPORT_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), KD_TYPE_EXPORT_PAGE);
  kd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_object (&self->exported);
  G_OBJECT_CLASS (kd_export_page_parent_class)->dispose (object);
}

static void
kd_export_page_class_init (KdExportPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_export_page_dispose;
  object_class->get_property = kd_export_page_get_property;
  object_class->set_property = kd_export_page_set_property;
  g_object_class_override_property (object_class, PROP_DOCUMENT, "document");
  kd_page_class_set_section (object_class, N_ ("Excel export"), "x-office-spreadsheet-symbolic");

  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-export-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KdExportPage, file_label);
  gtk_widget_class_bind_template_child (widget_class, KdExportPage, layout_5932);
  gtk_widget_class_bind_template_child (widget_class, KdExportPage, layout_5932_label);
  gtk_widget_class_bind_template_child (widget_class, KdExportPage, layout_bieu2);
  gtk_widget_class_bind_template_child (widget_class, KdExportPage, layout_bieu2_label);
  gtk_widget_class_bind_template_child (widget_class, KdExportPage, layout_hint);
  gtk_widget_class_bind_template_child (widget_class, KdExportPage, open_buttons);
  gtk_widget_class_bind_template_child (widget_class, KdExportPage, result_box);
  gtk_widget_class_bind_template_child (widget_class, KdExportPage, result_icon);
  gtk_widget_class_bind_template_child (widget_class, KdExportPage, result_label);

  gtk_widget_class_install_action (widget_class, "export.run", NULL, run_cb);
  gtk_widget_class_install_action (widget_class, "export.choose", NULL, choose_cb);
  gtk_widget_class_install_action (widget_class, "export.open-file", NULL, open_file_cb);
  gtk_widget_class_install_action (widget_class, "export.open-folder", NULL, open_folder_cb);
}

static void
kd_export_page_iface_init (KdPageInterface *iface)
{
}

static void
kd_export_page_init (KdExportPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GTK 4.8's builder does not give a GtkCheckButton a <child>: wrapping labels are set here. */
  gtk_check_button_set_child (self->layout_5932, self->layout_5932_label);
  gtk_check_button_set_child (self->layout_bieu2, self->layout_bieu2_label);
  update_file_label (self);
  update_actions (self);
}

GtkWidget *
kd_export_page_new (void)
{
  return g_object_new (KD_TYPE_EXPORT_PAGE, NULL);
}
