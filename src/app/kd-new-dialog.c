/* kd-new-dialog.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-new-dialog.h"
#include "kd-text.h"

struct _KdNewDialog
{
  GtkWindow parent_instance;

  GtkButton   *cancel_button;
  GtkButton   *create_button;
  GtkEntry    *name_entry;
  GtkDropDown *type_choice;
  GtkEntry    *agency_entry;
  GtkEntry    *year_entry;
  GtkEntry    *place_entry;
  GtkDropDown *framework_choice;
  GtkLabel    *explanation_label;
  GtkLabel    *problem_label;

  KdFrameworkRegistry *registry;
  GPtrArray           *frameworks; /* in the order of framework_choice */
  gboolean             proposing;  /* the framework is being set by the proposal, not the user */
};

G_DEFINE_FINAL_TYPE (KdNewDialog, kd_new_dialog, GTK_TYPE_WINDOW)

enum
{
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
selected_type (KdNewDialog *self)
{
  guint position = gtk_drop_down_get_selected (self->type_choice);

  return position < g_strv_length ((char **)kd_school_types ()) ? kd_school_types ()[position] : NULL;
}

KdFramework *
kd_new_dialog_get_framework (KdNewDialog *self)
{
  guint position;

  g_return_val_if_fail (KD_IS_NEW_DIALOG (self), NULL);
  position = gtk_drop_down_get_selected (self->framework_choice);
  return position < self->frameworks->len ? g_ptr_array_index (self->frameworks, position) : NULL;
}

/* Core's word on the typed school year, or NULL when it is a school year. */
static char *
dup_year_problem (KdNewDialog *self)
{
  g_autoptr (KdCycle) cycle = kd_cycle_new ();
  g_autoptr (GError) error = NULL;
  const char *year = gtk_editable_get_text (GTK_EDITABLE (self->year_entry));

  if (kd_text_is_blank (year))
    return g_strdup (_ ("Type the school year, e.g. 2026-2027."));
  if (!kd_item_set_from_text (KD_ITEM (cycle), "school-year", year, &error))
    return g_strdup (error->message);
  return NULL;
}

static void
update_state (KdNewDialog *self)
{
  KdFramework     *framework = kd_new_dialog_get_framework (self);
  const char      *type = selected_type (self);
  g_autofree char *problem = NULL;
  g_autofree char *year_problem = dup_year_problem (self);
  gboolean         can_create = framework != NULL && year_problem == NULL &&
                        !kd_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->name_entry)));

  if (kd_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))))
    problem = g_strdup (_ ("Type the name of the school."));
  else if (year_problem != NULL)
    problem = g_steal_pointer (&year_problem);
  else if (framework == NULL)
    problem = g_strdup (_ ("Choose the framework the school follows."));
  else if (type != NULL && !kd_framework_has_school_type (framework, type))
    problem = g_strdup_printf (_ ("Careful: %s does not apply to schools of type %s."),
                               kd_framework_get_short_title (framework), type);

  gtk_label_set_text (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  /* A framework that does not fit the type is allowed (a warning), the rest is needed. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button), can_create);
}

static void
propose (KdNewDialog *self)
{
  g_autofree char *explanation = NULL;
  const char      *type = selected_type (self);
  KdFramework     *framework;
  guint            position;

  if (type == NULL)
    return;
  framework = kd_framework_registry_propose (self->registry, type, gtk_editable_get_text (GTK_EDITABLE (self->year_entry)),
                                             &explanation);
  gtk_label_set_text (self->explanation_label, explanation != NULL ? explanation : "");
  if (framework != NULL && g_ptr_array_find (self->frameworks, framework, &position))
    {
      self->proposing = TRUE;
      gtk_drop_down_set_selected (self->framework_choice, position);
      self->proposing = FALSE;
    }
  update_state (self);
}

static void
framework_selected_cb (KdNewDialog *self)
{
  KdFramework     *framework = kd_new_dialog_get_framework (self);
  g_autofree char *text = NULL;

  if (!self->proposing && framework != NULL)
    {
      text = g_strdup_printf (_ ("You chose %s."), kd_framework_get_short_title (framework));
      gtk_label_set_text (self->explanation_label, text);
    }
  update_state (self);
}

/**
 * kd_new_dialog_create:
 *
 * The new document from what the dialog holds (what the Create button makes), or NULL while
 * something needed is missing.
 */
KdDocument *
kd_new_dialog_create (KdNewDialog *self)
{
  KdFramework *framework;
  KdDocument  *document;
  KdSchool    *school;
  KdCycle     *cycle;
  const char  *type;

  g_return_val_if_fail (KD_IS_NEW_DIALOG (self), NULL);
  update_state (self);
  framework = kd_new_dialog_get_framework (self);
  if (framework == NULL || !gtk_widget_get_sensitive (GTK_WIDGET (self->create_button)))
    return NULL;

  document = kd_document_new (framework);
  school = kd_document_get_school (document);
  cycle = kd_document_get_cycle (document);
  type = selected_type (self);
  /* Free text and a school year core has already accepted: these cannot fail. */
  kd_item_set_from_text (KD_ITEM (school), "name", gtk_editable_get_text (GTK_EDITABLE (self->name_entry)), NULL);
  kd_item_set_from_text (KD_ITEM (school), "type", type != NULL ? type : "", NULL);
  kd_item_set_from_text (KD_ITEM (school), "agency", gtk_editable_get_text (GTK_EDITABLE (self->agency_entry)), NULL);
  kd_item_set_from_text (KD_ITEM (cycle), "school-year", gtk_editable_get_text (GTK_EDITABLE (self->year_entry)), NULL);
  kd_item_set_from_text (KD_ITEM (cycle), "place", gtk_editable_get_text (GTK_EDITABLE (self->place_entry)), NULL);
  /* What the assessment starts with is not an edit to undo. */
  kd_document_forget_history (document);
  return document;
}

static void
create_clicked_cb (KdNewDialog *self)
{
  g_autoptr (KdDocument) document = kd_new_dialog_create (self);

  if (document == NULL)
    return;
  g_signal_emit (self, signals[CREATED], 0, document);
  gtk_window_destroy (GTK_WINDOW (self));
}

void
kd_new_dialog_select_framework (KdNewDialog *self,
                                const char  *id)
{
  g_return_if_fail (KD_IS_NEW_DIALOG (self));
  for (guint i = 0; i < self->frameworks->len; i++)
    if (g_str_equal (kd_framework_get_id (g_ptr_array_index (self->frameworks, i)), id))
      gtk_drop_down_set_selected (self->framework_choice, i);
}

void
kd_new_dialog_select_school_type (KdNewDialog *self,
                                  const char  *type)
{
  const char *const *types = kd_school_types ();

  g_return_if_fail (KD_IS_NEW_DIALOG (self));
  for (guint i = 0; types[i] != NULL; i++)
    if (g_str_equal (types[i], type))
      gtk_drop_down_set_selected (self->type_choice, i);
}

static char *
current_school_year (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);

  /* The school year starts in September; from August the new one is being prepared. */
  if (g_date_time_get_month (now) < 8)
    year--;
  return g_strdup_printf ("%d-%d", year, year + 1);
}

static void
kd_new_dialog_dispose (GObject *object)
{
  KdNewDialog *self = KD_NEW_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KD_TYPE_NEW_DIALOG);
  g_clear_object (&self->registry);
  g_clear_pointer (&self->frameworks, g_ptr_array_unref);
  G_OBJECT_CLASS (kd_new_dialog_parent_class)->dispose (object);
}

static void
kd_new_dialog_class_init (KdNewDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_new_dialog_dispose;

  /**
   * KdNewDialog::created:
   * @document: the new assessment, not saved yet
   */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, KD_TYPE_DOCUMENT);

  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-new-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KdNewDialog, agency_entry);
  gtk_widget_class_bind_template_child (widget_class, KdNewDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, KdNewDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, KdNewDialog, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, KdNewDialog, framework_choice);
  gtk_widget_class_bind_template_child (widget_class, KdNewDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, KdNewDialog, place_entry);
  gtk_widget_class_bind_template_child (widget_class, KdNewDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, KdNewDialog, type_choice);
  gtk_widget_class_bind_template_child (widget_class, KdNewDialog, year_entry);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kd_new_dialog_init (KdNewDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

KdNewDialog *
kd_new_dialog_new (GtkWindow           *parent,
                   KdFrameworkRegistry *registry)
{
  KdNewDialog       *self;
  const char *const *types = kd_school_types ();
  g_autoptr (GtkStringList) type_labels = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) framework_labels = gtk_string_list_new (NULL);
  g_autofree char *year = current_school_year ();

  g_return_val_if_fail (KD_IS_FRAMEWORK_REGISTRY (registry), NULL);

  self = g_object_new (KD_TYPE_NEW_DIALOG, "transient-for", parent, NULL);
  self->registry = g_object_ref (registry);
  self->frameworks = g_ptr_array_ref (kd_framework_registry_list (registry));

  for (guint i = 0; types[i] != NULL; i++)
    gtk_string_list_append (type_labels, kd_school_type_describe (types[i]));
  gtk_drop_down_set_model (self->type_choice, G_LIST_MODEL (type_labels));
  for (guint i = 0; i < self->frameworks->len; i++)
    gtk_string_list_append (framework_labels, kd_framework_get_short_title (g_ptr_array_index (self->frameworks, i)));
  gtk_drop_down_set_model (self->framework_choice, G_LIST_MODEL (framework_labels));

  gtk_editable_set_text (GTK_EDITABLE (self->year_entry), year);
  kd_new_dialog_select_school_type (self, "THCS");

  g_signal_connect_object (self->type_choice, "notify::selected", G_CALLBACK (propose), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->year_entry, "changed", G_CALLBACK (propose), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->name_entry, "changed", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->framework_choice, "notify::selected", G_CALLBACK (framework_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->create_button, "clicked", G_CALLBACK (create_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->cancel_button, "clicked", G_CALLBACK (gtk_window_destroy), self, G_CONNECT_SWAPPED);
  propose (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
  return self;
}
