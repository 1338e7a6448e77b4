/* kd-field-entry.c */
#include "config.h"

#include "kd-app-util.h"
#include "kd-error.h"
#include "kd-field-entry.h"

struct _KdFieldEntry
{
  GtkWidget parent_instance;

  GtkEntry *entry;
  GtkLabel *message; /* in a form only: the message below the entry */

  KdItem  *item;
  char    *field;
  gboolean in_form;
  gulong   notify_id;
  char    *error; /* core's message for the refused text, or NULL */
};

G_DEFINE_FINAL_TYPE (KdFieldEntry, kd_field_entry, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ITEM,
  PROP_FIELD,
  PROP_IN_FORM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (KdFieldEntry *self,
            const char   *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
  if (!self->in_form)
    {
      /* The tooltip is the entry's description for a screen reader too. */
      kd_widget_set_tooltip (GTK_WIDGET (self->entry), message);
      return;
    }
  gtk_label_set_text (self->message, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), message != NULL);
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static char *
dup_display (KdFieldEntry *self)
{
  return self->item != NULL ? kd_item_dup_display (self->item, self->field) : g_strdup ("");
}

/* Shows the model's value (after a commit, an undo, or a new item). */
static void
refresh (KdFieldEntry *self)
{
  g_autofree char *display = dup_display (self);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), display) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), display);
  show_error (self, NULL);
  /* Text that cannot be changed reads as a label cut at the field's end: all of it on hover. */
  kd_widget_set_tooltip (GTK_WIDGET (self->entry),
                         self->item != NULL && !kd_item_can_be_edited (self->item) && *display != '\0' ? display : NULL);
}

static void
item_notify_cb (KdFieldEntry *self)
{
  refresh (self);
}

/**
 * kd_field_entry_commit:
 *
 * Writes the typed text to the item if it differs from the item's value.
 *
 * Returns: FALSE when core refused the text (the message is shown)
 */
gboolean
kd_field_entry_commit (KdFieldEntry *self)
{
  g_autofree char *display = NULL;
  g_autoptr (GError) error = NULL;
  const char *text;

  g_return_val_if_fail (KD_IS_FIELD_ENTRY (self), FALSE);
  if (self->item == NULL)
    return TRUE;
  text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  display = dup_display (self);
  if (g_str_equal (text, display))
    {
      show_error (self, NULL);
      return TRUE;
    }
  /* Text put into an entry that cannot be edited (core refuses it) goes: the value stays. */
  if (!kd_item_set_from_text (self->item, self->field, text, &error) &&
      g_error_matches (error, KD_ERROR, KD_ERROR_READ_ONLY))
    {
      refresh (self);
      return TRUE;
    }
  if (error != NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }
  /* The model may have normalised it ("1/5/2024" → "01/05/2024"). */
  refresh (self);
  return TRUE;
}

static void
entry_activate_cb (KdFieldEntry *self)
{
  kd_field_entry_commit (self);
}

static void
focus_leave_cb (KdFieldEntry *self)
{
  kd_field_entry_commit (self);
}

static gboolean
key_pressed_cb (KdFieldEntry   *self,
                guint           keyval,
                guint           keycode,
                GdkModifierType state)
{
  g_autofree char *display = NULL;

  if (keyval != GDK_KEY_Escape)
    return FALSE;
  display = dup_display (self);
  if (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (self->entry)), display) && self->error == NULL)
    return FALSE; /* nothing to revert: let Escape close a dialog or a search */
  refresh (self);
  return TRUE;
}

KdItem *
kd_field_entry_get_item (KdFieldEntry *self)
{
  g_return_val_if_fail (KD_IS_FIELD_ENTRY (self), NULL);
  return self->item;
}

void
kd_field_entry_set_item (KdFieldEntry *self,
                         KdItem       *item)
{
  g_return_if_fail (KD_IS_FIELD_ENTRY (self));
  g_return_if_fail (item == NULL || KD_IS_ITEM (item));

  if (self->item == item)
    return;
  /* A row being recycled while its text was being typed: the text belongs to the old item. */
  if (self->item != NULL)
    {
      kd_field_entry_commit (self);
      g_clear_signal_handler (&self->notify_id, self->item);
    }
  g_set_object (&self->item, item);
  gtk_editable_set_editable (GTK_EDITABLE (self->entry), kd_item_can_be_edited (item));
  /* A text that cannot be changed looks like text, not like a box to type in. */
  if (kd_item_can_be_edited (item))
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "kd-read-only");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "kd-read-only");
  if (item != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", self->field, NULL);

      g_return_if_fail (kd_item_lookup_field (item, self->field) != NULL);
      self->notify_id = g_signal_connect_object (item, signal, G_CALLBACK (item_notify_cb), self, G_CONNECT_SWAPPED);
    }
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

GtkEntry *
kd_field_entry_get_entry (KdFieldEntry *self)
{
  g_return_val_if_fail (KD_IS_FIELD_ENTRY (self), NULL);
  return self->entry;
}

/* Core's message for the text the user typed, or NULL when the field holds what is shown. */
const char *
kd_field_entry_get_message (KdFieldEntry *self)
{
  g_return_val_if_fail (KD_IS_FIELD_ENTRY (self), NULL);
  return self->error;
}

void
kd_field_entry_set_accessible_label (KdFieldEntry *self,
                                     const char   *label)
{
  g_return_if_fail (KD_IS_FIELD_ENTRY (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static gboolean
kd_field_entry_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (KD_FIELD_ENTRY (widget)->entry));
}

static void
kd_field_entry_dispose (GObject *object)
{
  KdFieldEntry *self = KD_FIELD_ENTRY (object);

  if (self->item != NULL)
    g_clear_signal_handler (&self->notify_id, self->item);
  g_clear_object (&self->item);
  if (self->entry != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->entry));
  if (self->message != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->message));
  self->entry = NULL;
  self->message = NULL;
  G_OBJECT_CLASS (kd_field_entry_parent_class)->dispose (object);
}

static void
kd_field_entry_finalize (GObject *object)
{
  KdFieldEntry *self = KD_FIELD_ENTRY (object);

  g_free (self->field);
  g_free (self->error);
  G_OBJECT_CLASS (kd_field_entry_parent_class)->finalize (object);
}

static void
kd_field_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KdFieldEntry *self = KD_FIELD_ENTRY (object);

  switch (prop_id)
    {
      case PROP_ITEM:
        g_value_set_object (value, self->item);
        break;
      case PROP_FIELD:
        g_value_set_string (value, self->field);
        break;
      case PROP_IN_FORM:
        g_value_set_boolean (value, self->in_form);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kd_field_entry_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KdFieldEntry *self = KD_FIELD_ENTRY (object);

  switch (prop_id)
    {
      case PROP_ITEM:
        kd_field_entry_set_item (self, g_value_get_object (value));
        break;
      case PROP_FIELD:
        self->field = g_value_dup_string (value);
        break;
      case PROP_IN_FORM:
        self->in_form = g_value_get_boolean (value);
        gtk_entry_set_has_frame (self->entry, self->in_form);
        /* Only a form has the message below; a table's cells (hundreds) say it in a tooltip. */
        if (self->in_form)
          {
            self->message = GTK_LABEL (gtk_label_new (NULL));
            gtk_label_set_wrap (self->message, TRUE);
            gtk_label_set_xalign (self->message, 0);
            gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
            gtk_widget_add_css_class (GTK_WIDGET (self->message), "caption");
            gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
            gtk_widget_set_parent (GTK_WIDGET (self->message), GTK_WIDGET (self));
          }
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kd_field_entry_class_init (KdFieldEntryClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_field_entry_dispose;
  object_class->finalize = kd_field_entry_finalize;
  object_class->get_property = kd_field_entry_get_property;
  object_class->set_property = kd_field_entry_set_property;
  widget_class->grab_focus = kd_field_entry_grab_focus;

  properties[PROP_ITEM] = g_param_spec_object ("item", NULL, NULL, KD_TYPE_ITEM,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIELD] = g_param_spec_string ("field", NULL, NULL, NULL,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IN_FORM] = g_param_spec_boolean ("in-form", NULL, NULL, FALSE,
                                                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kdfieldentry");
}

static void
kd_field_entry_init (KdFieldEntry *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkLayoutManager   *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);

  self->entry = GTK_ENTRY (gtk_entry_new ());
  /* Ctrl+Z belongs to the document's undo, not to the entry's own history. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->entry), FALSE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->entry), TRUE);
  gtk_widget_set_parent (GTK_WIDGET (self->entry), GTK_WIDGET (self));
  g_signal_connect_object (self->entry, "activate", G_CALLBACK (entry_activate_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), focus);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);
}

/**
 * kd_field_entry_new:
 * @field: the item's property to edit ("name", "school-year" …)
 * @in_form: TRUE in a form (framed, message below); FALSE in a table cell
 */
GtkWidget *
kd_field_entry_new (const char *field,
                    gboolean    in_form)
{
  g_return_val_if_fail (field != NULL, NULL);
  return g_object_new (KD_TYPE_FIELD_ENTRY, "field", field, "in-form", in_form, NULL);
}
