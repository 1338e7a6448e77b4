/* kd-history-dialog.c
 *
 * The lines are core's (kd_history_entry_describe); a criterion's history is every entry whose
 * target is the criterion (kd_history_for_target), newest first.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-history-dialog.h"

struct _KdHistoryDialog
{
  GtkWindow parent_instance;

  GtkLabel   *heading_label;
  GtkListBox *entries_list;

  guint n_entries;
};

G_DEFINE_FINAL_TYPE (KdHistoryDialog, kd_history_dialog, GTK_TYPE_WINDOW)

static void
kd_history_dialog_class_init (KdHistoryDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-history-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KdHistoryDialog, entries_list);
  gtk_widget_class_bind_template_child (widget_class, KdHistoryDialog, heading_label);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kd_history_dialog_init (KdHistoryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
append_line (GtkListBox *list,
             const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 10);
  gtk_widget_set_margin_end (label, 10);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_append (list, label);
  kd_widget_name_parent_by (label);
}

/**
 * kd_history_dialog_new:
 * @criterion: (nullable): a criterion's code, or NULL for the whole document's history
 */
KdHistoryDialog *
kd_history_dialog_new (GtkWindow  *parent,
                       KdDocument *document,
                       const char *criterion)
{
  KdHistoryDialog *self;
  g_autofree char *target = NULL;
  g_autofree char *heading = NULL;
  g_autoptr (GPtrArray) entries = NULL;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);
  self = g_object_new (KD_TYPE_HISTORY_DIALOG, "transient-for", parent, NULL);
  if (criterion != NULL && *criterion != '\0')
    {
      target = g_strconcat ("criterion:", criterion, NULL);
      heading = g_strdup_printf (_ ("Changes to criterion %s"), criterion);
    }
  else
    heading = g_strdup (_ ("Changes to the assessment"));
  gtk_window_set_title (GTK_WINDOW (self), heading);
  gtk_label_set_text (self->heading_label, heading);

  entries = kd_history_for_target (kd_document_get_history (document), target);
  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *line = kd_history_entry_describe (g_ptr_array_index (entries, i));

      append_line (self->entries_list, line);
    }
  if (entries->len == 0)
    append_line (self->entries_list, _ ("No change recorded yet."));
  self->n_entries = entries->len;
  return self;
}

guint
kd_history_dialog_get_n_entries (KdHistoryDialog *self)
{
  g_return_val_if_fail (KD_IS_HISTORY_DIALOG (self), 0);
  return self->n_entries;
}
