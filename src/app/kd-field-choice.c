/* kd-field-choice.c
 *
 * GTK 4.8's GtkDropDown builds its template with every instance: the button, a popover, a list
 * view, a search entry.  The council's page has one per member's role and group and per
 * criterion, so a choice shows a button that looks like the drop-down's until it is opened, and
 * makes the real drop-down then, or when a program asks for it.
 */
#include "config.h"

#include "kd-app-util.h"
#include "kd-field-choice.h"

/* ---- KdChoiceList ------------------------------------------------------------------- */

struct _KdChoiceList
{
  GObject parent_instance;

  GPtrArray     *keys;
  GtkStringList *labels;
  gboolean       updating; /* the labels are being replaced: selections move, nothing is chosen */
};

G_DEFINE_FINAL_TYPE (KdChoiceList, kd_choice_list, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint choice_list_signals[N_SIGNALS];

static void
kd_choice_list_finalize (GObject *object)
{
  KdChoiceList *self = KD_CHOICE_LIST (object);

  g_ptr_array_unref (self->keys);
  g_object_unref (self->labels);
  G_OBJECT_CLASS (kd_choice_list_parent_class)->finalize (object);
}

static void
kd_choice_list_class_init (KdChoiceListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kd_choice_list_finalize;
  choice_list_signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                               NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kd_choice_list_init (KdChoiceList *self)
{
  self->keys = g_ptr_array_new_with_free_func (g_free);
  self->labels = gtk_string_list_new (NULL);
}

KdChoiceList *
kd_choice_list_new (void)
{
  return g_object_new (KD_TYPE_CHOICE_LIST, NULL);
}

/**
 * kd_choice_list_set:
 * @keys: what the field stores for each choice
 * @labels: what users read, as many as @keys
 */
void
kd_choice_list_set (KdChoiceList      *self,
                    const char *const *keys,
                    const char *const *labels)
{
  guint n;

  g_return_if_fail (KD_IS_CHOICE_LIST (self));
  g_return_if_fail (g_strv_length ((char **)keys) == g_strv_length ((char **)labels));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->labels));
  self->updating = TRUE;
  g_ptr_array_set_size (self->keys, 0);
  for (guint i = 0; keys[i] != NULL; i++)
    g_ptr_array_add (self->keys, g_strdup (keys[i]));
  gtk_string_list_splice (self->labels, 0, n, labels);
  self->updating = FALSE;
  g_signal_emit (self, choice_list_signals[CHANGED], 0);
}

/* Same, but leaves the list alone (and the drop-downs undisturbed) when nothing differs. */
gboolean
kd_choice_list_set_if_changed (KdChoiceList      *self,
                               const char *const *keys,
                               const char *const *labels)
{
  guint n;

  g_return_val_if_fail (KD_IS_CHOICE_LIST (self), FALSE);
  n = g_strv_length ((char **)keys);
  if (n == self->keys->len)
    {
      gboolean same = TRUE;

      for (guint i = 0; same && i < n; i++)
        same = g_str_equal (keys[i], g_ptr_array_index (self->keys, i)) &&
               g_str_equal (labels[i], gtk_string_list_get_string (self->labels, i));
      if (same)
        return FALSE;
    }
  kd_choice_list_set (self, keys, labels);
  return TRUE;
}

GListModel *
kd_choice_list_get_labels (KdChoiceList *self)
{
  g_return_val_if_fail (KD_IS_CHOICE_LIST (self), NULL);
  return G_LIST_MODEL (self->labels);
}

guint
kd_choice_list_find (KdChoiceList *self,
                     const char   *key)
{
  g_return_val_if_fail (KD_IS_CHOICE_LIST (self), GTK_INVALID_LIST_POSITION);
  for (guint i = 0; key != NULL && i < self->keys->len; i++)
    if (g_str_equal (g_ptr_array_index (self->keys, i), key))
      return i;
  return GTK_INVALID_LIST_POSITION;
}

const char *
kd_choice_list_get_key (KdChoiceList *self,
                        guint         position)
{
  g_return_val_if_fail (KD_IS_CHOICE_LIST (self), NULL);
  return position < self->keys->len ? g_ptr_array_index (self->keys, position) : NULL;
}

guint
kd_choice_list_get_n_items (KdChoiceList *self)
{
  g_return_val_if_fail (KD_IS_CHOICE_LIST (self), 0);
  return self->keys->len;
}

/* TRUE while the labels are being replaced: drop-downs over them move, and must not write. */
gboolean
kd_choice_list_is_updating (KdChoiceList *self)
{
  g_return_val_if_fail (KD_IS_CHOICE_LIST (self), FALSE);
  return self->updating;
}

/* ---- KdFieldChoice ------------------------------------------------------------------ */

struct _KdFieldChoice
{
  GtkWidget parent_instance;

  GtkDropDown  *drop_down; /* made when first opened */
  GtkWidget    *face;      /* until then: a toggle button showing the choice */
  GtkLabel     *face_label;
  char         *accessible_label;
  guint         open_idle;
  guint         open_tick;
  KdChoiceList *choices;
  KdItem       *item;
  char         *field;
  gulong        notify_id;
  gboolean      syncing;
};

G_DEFINE_FINAL_TYPE (KdFieldChoice, kd_field_choice, GTK_TYPE_WIDGET)

/* The item's value as a key: an enum by its nick, a number in decimal, text as it is. */
static char *
dup_key (KdFieldChoice *self)
{
  const KdField *field = kd_item_lookup_field (self->item, self->field);

  switch (field->kind)
    {
      case KD_FIELD_ENUM:
        {
          g_autoptr (GEnumClass) klass = g_type_class_ref (field->enum_type ());
          GEnumValue *value = g_enum_get_value (klass, (int)kd_item_get_number (self->item, self->field));

          return g_strdup (value != NULL ? value->value_nick : "");
        }
      case KD_FIELD_UINT:
      case KD_FIELD_MONEY:
        return g_strdup_printf ("%" G_GINT64_FORMAT, kd_item_get_number (self->item, self->field));
      default:
        return g_strdup (kd_item_get_string (self->item, self->field));
    }
}

static void
write_key (KdFieldChoice *self,
           const char    *key)
{
  const KdField *field = kd_item_lookup_field (self->item, self->field);

  if (field->kind == KD_FIELD_ENUM)
    {
      g_autoptr (GEnumClass) klass = g_type_class_ref (field->enum_type ());
      GEnumValue *value = g_enum_get_value_by_nick (klass, key);

      g_return_if_fail (value != NULL);
      g_object_set (self->item, self->field, value->value, NULL);
    }
  else
    {
      g_autoptr (GError) error = NULL;

      /* Keys are made by the app from the catalogue and the document: core accepts them. */
      if (!kd_item_set_from_text (self->item, self->field, key, &error))
        g_warning ("choice “%s” refused for %s: %s", key, self->field, error->message);
    }
}

/* The label of the choice at @position, or for none GtkDropDown's own words, in its own
 * translation domain, as the drop-down shows them. */
static const char *
choice_label (KdFieldChoice *self,
              guint          position)
{
  GListModel *labels = kd_choice_list_get_labels (self->choices);

  return position < g_list_model_get_n_items (labels) ? gtk_string_list_get_string (GTK_STRING_LIST (labels), position)
                                                      : g_dgettext ("gtk40", "(None)");
}

static void
sync_selection (KdFieldChoice *self)
{
  g_autofree char *key = self->item != NULL ? dup_key (self) : NULL;
  guint            position = kd_choice_list_find (self->choices, key);

  if (self->drop_down == NULL)
    {
      gtk_label_set_text (self->face_label, choice_label (self, position));
      return;
    }
  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->drop_down, position);
  self->syncing = FALSE;
}

static void
selected_cb (KdFieldChoice *self)
{
  const char      *key;
  g_autofree char *current = NULL;

  if (self->syncing || self->choices->updating || self->item == NULL)
    return;
  key = kd_choice_list_get_key (self->choices, gtk_drop_down_get_selected (self->drop_down));
  if (key == NULL)
    return;
  current = dup_key (self);
  if (!g_str_equal (current, key))
    write_key (self, key);
}

void
kd_field_choice_set_item (KdFieldChoice *self,
                          KdItem        *item)
{
  g_return_if_fail (KD_IS_FIELD_CHOICE (self));
  g_return_if_fail (item == NULL || KD_IS_ITEM (item));

  if (self->item == item)
    return;
  if (self->item != NULL)
    g_clear_signal_handler (&self->notify_id, self->item);
  g_set_object (&self->item, item);
  gtk_widget_set_sensitive (self->drop_down != NULL ? GTK_WIDGET (self->drop_down) : self->face, kd_item_can_be_edited (item));
  if (item != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", self->field, NULL);

      g_return_if_fail (kd_item_lookup_field (item, self->field) != NULL);
      self->notify_id = g_signal_connect_object (item, signal, G_CALLBACK (sync_selection), self, G_CONNECT_SWAPPED);
    }
  sync_selection (self);
}

KdItem *
kd_field_choice_get_item (KdFieldChoice *self)
{
  g_return_val_if_fail (KD_IS_FIELD_CHOICE (self), NULL);
  return self->item;
}

/* The real drop-down, in place of the face: made once, when first opened or asked for. */
static GtkDropDown *
ensure_drop_down (KdFieldChoice *self)
{
  if (self->drop_down != NULL)
    return self->drop_down;
  self->drop_down = GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (kd_choice_list_get_labels (self->choices)), NULL));
  gtk_drop_down_set_expression (self->drop_down, gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_enable_search (self->drop_down, kd_choice_list_get_n_items (self->choices) > 12);
  gtk_widget_set_sensitive (GTK_WIDGET (self->drop_down), gtk_widget_get_sensitive (self->face));
  if (self->accessible_label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, self->accessible_label, -1);
  sync_selection (self);
  g_signal_connect_object (self->drop_down, "notify::selected", G_CALLBACK (selected_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_unparent (g_steal_pointer (&self->face));
  self->face_label = NULL;
  gtk_widget_set_parent (GTK_WIDGET (self->drop_down), GTK_WIDGET (self));
  return self->drop_down;
}

/* The drop-down pops up once it has a place on screen: its popover is placed against it. */
static gboolean
open_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       data)
{
  KdFieldChoice *self = data;

  if (gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) == 0)
    return G_SOURCE_CONTINUE;
  self->open_tick = 0;
  /* Not when its page has been left in between: it would open there later, unasked. */
  if (gtk_widget_get_mapped (widget))
    g_signal_emit_by_name (widget, "activate");
  return G_SOURCE_REMOVE;
}

/* The face goes after the click that toggled it has been handled, not during it. */
static gboolean
open_idle_cb (gpointer data)
{
  KdFieldChoice *self = data;
  GtkDropDown   *drop_down;
  gboolean       had_focus = self->face != NULL && gtk_widget_has_focus (self->face);

  self->open_idle = 0;
  drop_down = ensure_drop_down (self);
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (drop_down));
  self->open_tick = gtk_widget_add_tick_callback (GTK_WIDGET (drop_down), open_tick_cb, self, NULL);
  return G_SOURCE_REMOVE;
}

static void
face_toggled_cb (KdFieldChoice *self)
{
  if (self->open_idle == 0 && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->face)))
    self->open_idle = g_idle_add (open_idle_cb, self);
}

static void
make_face (KdFieldChoice *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6); /* dropdown > button > box */
  GtkWidget *label = gtk_label_new (NULL);

  self->face = g_object_new (GTK_TYPE_TOGGLE_BUTTON, "accessible-role", GTK_ACCESSIBLE_ROLE_COMBO_BOX, NULL);
  gtk_widget_set_focusable (box, FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  /* Named as GtkDropDown's arrow, so the theme dims it alike when it cannot be changed. */
  gtk_box_append (GTK_BOX (box), g_object_new (GTK_TYPE_IMAGE, "css-name", "arrow", "icon-name", "pan-down-symbolic", NULL));
  gtk_button_set_child (GTK_BUTTON (self->face), box);
  g_signal_connect_object (self->face, "toggled", G_CALLBACK (face_toggled_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_parent (self->face, GTK_WIDGET (self));
  self->face_label = GTK_LABEL (label);
}

/**
 * kd_field_choice_get_drop_down:
 *
 * Returns: the drop-down, made now if the choice has not been opened yet
 */
GtkDropDown *
kd_field_choice_get_drop_down (KdFieldChoice *self)
{
  g_return_val_if_fail (KD_IS_FIELD_CHOICE (self), NULL);
  return ensure_drop_down (self);
}

/* Picks the choice of @key as a user would. */
void
kd_field_choice_select (KdFieldChoice *self,
                        const char    *key)
{
  g_return_if_fail (KD_IS_FIELD_CHOICE (self));
  gtk_drop_down_set_selected (ensure_drop_down (self), kd_choice_list_find (self->choices, key));
}

/* What the choice shows: the chosen label, or GtkDropDown's "(None)". */
const char *
kd_field_choice_get_text (KdFieldChoice *self)
{
  g_return_val_if_fail (KD_IS_FIELD_CHOICE (self), NULL);
  if (self->drop_down == NULL)
    return gtk_label_get_text (self->face_label);
  return choice_label (self, gtk_drop_down_get_selected (self->drop_down));
}

void
kd_field_choice_set_accessible_label (KdFieldChoice *self,
                                      const char    *label)
{
  g_return_if_fail (KD_IS_FIELD_CHOICE (self));
  g_free (self->accessible_label);
  self->accessible_label = g_strdup (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->drop_down != NULL ? GTK_WIDGET (self->drop_down) : self->face),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static gboolean
kd_field_choice_grab_focus (GtkWidget *widget)
{
  KdFieldChoice *self = KD_FIELD_CHOICE (widget);

  return gtk_widget_grab_focus (self->drop_down != NULL ? GTK_WIDGET (self->drop_down) : self->face);
}

static void
kd_field_choice_dispose (GObject *object)
{
  KdFieldChoice *self = KD_FIELD_CHOICE (object);

  if (self->item != NULL)
    g_clear_signal_handler (&self->notify_id, self->item);
  g_clear_object (&self->item);
  g_clear_handle_id (&self->open_idle, g_source_remove);
  if (self->open_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->drop_down), self->open_tick);
  self->open_tick = 0;
  if (self->drop_down != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->drop_down)));
  g_clear_pointer (&self->face, gtk_widget_unparent);
  self->face_label = NULL;
  g_clear_object (&self->choices);
  G_OBJECT_CLASS (kd_field_choice_parent_class)->dispose (object);
}

static void
kd_field_choice_finalize (GObject *object)
{
  g_free (KD_FIELD_CHOICE (object)->field);
  g_free (KD_FIELD_CHOICE (object)->accessible_label);
  G_OBJECT_CLASS (kd_field_choice_parent_class)->finalize (object);
}

static void
kd_field_choice_class_init (KdFieldChoiceClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_field_choice_dispose;
  object_class->finalize = kd_field_choice_finalize;
  widget_class->grab_focus = kd_field_choice_grab_focus;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kdfieldchoice");
}

static void
kd_field_choice_init (KdFieldChoice *self)
{
}

/**
 * kd_field_choice_new:
 * @field: the item's property to set ("role", "assignee" …)
 * @choices: what can be picked
 */
GtkWidget *
kd_field_choice_new (const char   *field,
                     KdChoiceList *choices)
{
  KdFieldChoice *self;

  g_return_val_if_fail (field != NULL, NULL);
  g_return_val_if_fail (KD_IS_CHOICE_LIST (choices), NULL);

  self = g_object_new (KD_TYPE_FIELD_CHOICE, NULL);
  self->field = g_strdup (field);
  self->choices = g_object_ref (choices);
  make_face (self);
  g_signal_connect_object (choices, "changed", G_CALLBACK (sync_selection), self, G_CONNECT_SWAPPED);
  sync_selection (self);
  return GTK_WIDGET (self);
}
