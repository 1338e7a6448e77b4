/* kd-state-choice.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-state-choice.h"

static const KdState     states[] = { KD_STATE_MET, KD_STATE_UNMET, KD_STATE_UNASSESSED };
static const char *const labels[] = { N_ ("Met"), N_ ("Not met"), N_ ("Not assessed") };
/* The colours of a checked answer are the wizard's (ui/css/wizard.css). */
static const char *const classes[] = { "kd-choice-met", "kd-choice-unmet", "kd-choice-unassessed" };

struct _KdStateChoice
{
  GtkWidget parent_instance;

  GtkToggleButton   *buttons[G_N_ELEMENTS (states)];
  KdCriterionRecord *record;
  char              *id;
  gboolean           syncing;
};

G_DEFINE_FINAL_TYPE (KdStateChoice, kd_state_choice, GTK_TYPE_WIDGET)

static void
toggled_cb (GtkToggleButton *button,
            KdStateChoice   *self)
{
  if (self->syncing || self->record == NULL || !gtk_toggle_button_get_active (button))
    return;
  kd_criterion_record_set_indicator (self->record, self->id,
                                     GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kd-state")));
}

void
kd_state_choice_sync (KdStateChoice *self)
{
  KdState state;

  g_return_if_fail (KD_IS_STATE_CHOICE (self));
  state = self->record != NULL ? kd_criterion_record_get_indicator (self->record, self->id) : KD_STATE_UNASSESSED;
  self->syncing = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    if (states[i] == state)
      gtk_toggle_button_set_active (self->buttons[i], TRUE);
  self->syncing = FALSE;
}

void
kd_state_choice_set_target (KdStateChoice     *self,
                            KdCriterionRecord *record,
                            const char        *id)
{
  g_return_if_fail (KD_IS_STATE_CHOICE (self));
  g_return_if_fail (record == NULL || KD_IS_CRITERION_RECORD (record));

  g_set_object (&self->record, record);
  g_free (self->id);
  self->id = g_strdup (id);
  /* Read, never changed, where the document cannot be changed (kd_document_can_edit). */
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    gtk_widget_set_sensitive (GTK_WIDGET (self->buttons[i]), record != NULL && kd_item_can_be_edited (KD_ITEM (record)));
  kd_state_choice_sync (self);
}

KdState
kd_state_choice_get_state (KdStateChoice *self)
{
  g_return_val_if_fail (KD_IS_STATE_CHOICE (self), KD_STATE_UNASSESSED);
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    if (gtk_toggle_button_get_active (self->buttons[i]))
      return states[i];
  return KD_STATE_UNASSESSED;
}

gboolean
_kd_state_choice_choose (KdStateChoice *self,
                         KdState        state)
{
  g_return_val_if_fail (KD_IS_STATE_CHOICE (self), FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    if (states[i] == state)
      {
        if (!gtk_widget_is_sensitive (GTK_WIDGET (self->buttons[i])))
          return FALSE;
        /* As a click: the button takes the focus (committing a text being typed). */
        gtk_widget_grab_focus (GTK_WIDGET (self->buttons[i]));
        g_signal_emit_by_name (self->buttons[i], "clicked");
        return TRUE;
      }
  return FALSE;
}

static void
kd_state_choice_dispose (GObject *object)
{
  KdStateChoice *self = KD_STATE_CHOICE (object);

  kd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->record);
  g_clear_pointer (&self->id, g_free);
  G_OBJECT_CLASS (kd_state_choice_parent_class)->dispose (object);
}

static void
kd_state_choice_class_init (KdStateChoiceClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_state_choice_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kd_state_choice_init (KdStateChoice *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "linked");
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (_ (labels[i]));

      gtk_widget_add_css_class (button, classes[i]);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->buttons[0]);
      g_object_set_data (G_OBJECT (button), "kd-state", GUINT_TO_POINTER (states[i]));
      g_signal_connect (button, "toggled", G_CALLBACK (toggled_cb), self);
      gtk_widget_set_parent (button, GTK_WIDGET (self));
      self->buttons[i] = GTK_TOGGLE_BUTTON (button);
    }
}

/**
 * kd_state_choice_new:
 * @subject: (nullable): what is answered, read out with each answer ("chỉ báo a"): a sheet has
 *   a dozen "Đạt" buttons
 */
GtkWidget *
kd_state_choice_new (const char *subject)
{
  KdStateChoice *self = g_object_new (KD_TYPE_STATE_CHOICE, NULL);

  if (subject == NULL)
    return GTK_WIDGET (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, subject, -1);
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      /* TRANSLATORS: an answer read out with what it answers: "Đạt, chỉ báo a" */
      g_autofree char *spoken = g_strdup_printf (_ ("%s, %s"), _ (labels[i]), subject);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->buttons[i]), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
    }
  return GTK_WIDGET (self);
}

/* The indicator (or requirement) answered. */
const char *
kd_state_choice_get_id (KdStateChoice *self)
{
  g_return_val_if_fail (KD_IS_STATE_CHOICE (self), NULL);
  return self->id;
}
