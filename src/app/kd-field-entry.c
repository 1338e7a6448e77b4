/* kd-field-entry.c
 *
 * A table keeps a cell per column in each of the ~200 rows GTK 4.8's list views build, and a
 * GtkEntry (a GtkText inside, its input method, gestures and nodes) was most of what showing the
 * evidence list cost.  A cell is therefore its own "entry" node, styled by the theme as one, that
 * draws its value as GtkText would and makes an editor only while it is edited or pointed at.
 * The editor is a GtkEntry drawn as bare text (ui/css/shell.css), not a GtkText: GTK 4.8 gives a
 * screen reader the text, the caret and the selection of an entry, not of a GtkText alone.
 */
#include "config.h"

#include "kd-app-util.h"
#include "kd-error.h"
#include "kd-field-entry.h"

/* GtkText's natural width when it is not given a number of characters (gtktext.c). */
#define NATURAL_TEXT_WIDTH 150

struct _KdFieldEntry
{
  GtkWidget parent_instance;

  GtkWidget *editor;  /* a GtkEntry: a form's, or a cell's while it is edited, else NULL */
  GtkLabel  *message; /* in a form only: the message below the entry */

  KdItem  *item;
  char    *field;
  gboolean in_form;
  gulong   notify_id;
  char    *error; /* core's message for the refused text, or NULL */

  /* A cell at rest: its value, drawn. */
  char               *shown;
  PangoLayout        *layout; /* made when first drawn or measured */
  char               *accessible_label;
  GtkEventController *pointer; /* tells whether the pointer is over the cell */
  guint               rest_id; /* the editor goes when the focus and the pointer have left it */
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

/* The widget that looks like an entry: a form's GtkEntry, or the cell itself. */
static GtkWidget *
entry_node (KdFieldEntry *self)
{
  return self->in_form ? self->editor : GTK_WIDGET (self);
}

static void
set_description (GtkWidget  *widget,
                 const char *description)
{
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* A cell at rest has no text for a screen reader to read (GTK 4.8 gives only editables one): its
 * description says its value, or what is wrong with the text typed. */
static void
describe_cell (KdFieldEntry *self)
{
  if (!self->in_form)
    set_description (GTK_WIDGET (self), self->error != NULL                           ? self->error
                                        : self->shown != NULL && *self->shown != '\0' ? self->shown
                                                                                      : NULL);
}

static void
show_error (KdFieldEntry *self,
            const char   *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  if (message != NULL)
    gtk_widget_add_css_class (entry_node (self), "error");
  else
    gtk_widget_remove_css_class (entry_node (self), "error");
  if (!self->in_form)
    {
      /* The text being typed says the message to a screen reader too, as it has the focus. */
      kd_widget_set_tooltip (GTK_WIDGET (self), message);
      describe_cell (self);
      if (self->editor != NULL)
        set_description (self->editor, message);
      return;
    }
  gtk_label_set_text (self->message, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), message != NULL);
  set_description (self->editor, message);
}

static char *
dup_display (KdFieldEntry *self)
{
  return self->item != NULL ? kd_item_dup_display (self->item, self->field) : g_strdup ("");
}

/**
 * kd_field_entry_get_text:
 *
 * Returns: what the field shows: the text being typed, or a cell's value at rest
 */
const char *
kd_field_entry_get_text (KdFieldEntry *self)
{
  g_return_val_if_fail (KD_IS_FIELD_ENTRY (self), NULL);
  return self->editor != NULL ? gtk_editable_get_text (GTK_EDITABLE (self->editor)) : self->shown;
}

/* Shows the model's value (after a commit, an undo, or a new item). */
static void
refresh (KdFieldEntry *self)
{
  g_autofree char *display = dup_display (self);

  if (!self->in_form && g_strcmp0 (self->shown, display) != 0)
    {
      g_free (self->shown);
      self->shown = g_strdup (display);
      g_clear_object (&self->layout);
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
  if (self->editor != NULL && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->editor)), display) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->editor), display);
  show_error (self, NULL);
  /* Text that cannot be changed reads as a label cut at the field's end: all of it on hover. */
  kd_widget_set_tooltip (entry_node (self),
                         self->item != NULL && !kd_item_can_be_edited (self->item) && *display != '\0' ? display : NULL);
  describe_cell (self);
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
  text = kd_field_entry_get_text (self);
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

static gboolean
focus_is_in_editor (KdFieldEntry *self)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == self->editor || gtk_widget_is_ancestor (focus, self->editor));
}

/* A cell's editor goes once the focus and the pointer have left it for good, unless it holds a
 * refused text. */
static gboolean
rest_cb (gpointer data)
{
  KdFieldEntry *self = data;

  self->rest_id = 0;
  if (self->in_form || self->editor == NULL || self->error != NULL || focus_is_in_editor (self) ||
      gtk_event_controller_motion_contains_pointer (GTK_EVENT_CONTROLLER_MOTION (self->pointer)))
    return G_SOURCE_REMOVE;
  gtk_widget_unparent (g_steal_pointer (&self->editor));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
queue_rest (KdFieldEntry *self)
{
  if (!self->in_form && self->rest_id == 0)
    self->rest_id = g_idle_add (rest_cb, self);
}

static void
focus_leave_cb (KdFieldEntry *self)
{
  kd_field_entry_commit (self);
  /* Not now: the focus is moving, and the editor may be its origin. */
  queue_rest (self);
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
  if (g_str_equal (kd_field_entry_get_text (self), display) && self->error == NULL)
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

/* Connects what makes the text typed in @editor a committed edit. */
static void
attach_editor (KdFieldEntry *self,
               GtkWidget    *editor)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->editor = editor;
  /* Ctrl+Z belongs to the document's undo, not to the entry's own history. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (editor), FALSE);
  gtk_editable_set_editable (GTK_EDITABLE (editor), kd_item_can_be_edited (self->item));
  gtk_widget_set_hexpand (editor, TRUE);
  g_signal_connect_object (editor, "activate", G_CALLBACK (entry_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (editor, focus);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (editor, keys);
  gtk_widget_set_parent (editor, GTK_WIDGET (self));
}

/* A cell's editor, made when the cell is focused, pointed at or clicked. */
static GtkWidget *
ensure_editor (KdFieldEntry *self)
{
  GtkWidget *entry;

  if (self->editor != NULL)
    return self->editor;
  entry = gtk_entry_new ();
  gtk_widget_add_css_class (entry, "kd-cell-text");
  gtk_editable_set_text (GTK_EDITABLE (entry), self->shown != NULL ? self->shown : "");
  if (self->accessible_label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, self->accessible_label, -1);
  if (self->error != NULL)
    set_description (entry, self->error);
  attach_editor (self, entry);
  /* The text is what takes the focus from now on; the cell is its frame. */
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  g_clear_object (&self->layout);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  return entry;
}

void
kd_field_entry_set_item (KdFieldEntry *self,
                         KdItem       *item)
{
  gboolean editable;

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
  editable = kd_item_can_be_edited (item);
  if (self->editor != NULL)
    gtk_editable_set_editable (GTK_EDITABLE (self->editor), editable);
  /* A text that cannot be changed looks like text, not like a box to type in. */
  if (editable)
    gtk_widget_remove_css_class (entry_node (self), "kd-read-only");
  else
    gtk_widget_add_css_class (entry_node (self), "kd-read-only");
  if (item != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", self->field, NULL);

      g_return_if_fail (kd_item_lookup_field (item, self->field) != NULL);
      self->notify_id = g_signal_connect_object (item, signal, G_CALLBACK (item_notify_cb), self, G_CONNECT_SWAPPED);
    }
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/**
 * kd_field_entry_get_editable:
 *
 * Returns: (nullable): the GtkEntry the user types into: a form's, or a cell's while it is
 * edited or pointed at (focus the cell to edit it); NULL for a cell at rest
 */
GtkEditable *
kd_field_entry_get_editable (KdFieldEntry *self)
{
  g_return_val_if_fail (KD_IS_FIELD_ENTRY (self), NULL);
  return self->editor != NULL ? GTK_EDITABLE (self->editor) : NULL;
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
  if (!self->in_form)
    {
      g_free (self->accessible_label);
      self->accessible_label = g_strdup (label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  if (self->editor != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* A cell is frameless, as in a spreadsheet, unless it stands in a grid of fields (the council). */
void
kd_field_entry_set_has_frame (KdFieldEntry *self,
                              gboolean      has_frame)
{
  g_return_if_fail (KD_IS_FIELD_ENTRY (self));
  if (self->in_form)
    gtk_entry_set_has_frame (GTK_ENTRY (self->editor), has_frame);
  else if (has_frame)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "flat");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "flat");
}

/* ---- a cell at rest: measured, placed and drawn as GtkText would (gtktext.c) --------- */

static PangoLayout *
ensure_layout (KdFieldEntry *self)
{
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->shown != NULL ? self->shown : "");
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
    }
  return self->layout;
}

/* The layout's top in the cell: the font's ascent and descent centred, as GtkText places it. */
static int
layout_top (KdFieldEntry *self)
{
  PangoContext     *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int               ascent = pango_font_metrics_get_ascent (metrics);
  int               descent = pango_font_metrics_get_descent (metrics);
  int               area = PANGO_SCALE * gtk_widget_get_height (GTK_WIDGET (self));
  PangoRectangle    logical;
  int               top;

  pango_font_metrics_unref (metrics);
  pango_layout_line_get_extents (pango_layout_get_line_readonly (ensure_layout (self), 0), NULL, &logical);
  top = (area - ascent - descent) / 2 + ascent + logical.y;
  if (logical.height > area)
    top = (area - logical.height) / 2;
  else if (top < 0)
    top = 0;
  else if (top + logical.height > area)
    top = area - logical.height;
  return top / PANGO_SCALE;
}

static void
kd_field_entry_measure (GtkWidget     *widget,
                        GtkOrientation orientation,
                        int            for_size,
                        int           *minimum,
                        int           *natural,
                        int           *minimum_baseline,
                        int           *natural_baseline)
{
  KdFieldEntry     *self = KD_FIELD_ENTRY (widget);
  PangoContext     *context;
  PangoFontMetrics *metrics;
  int               height;

  if (self->editor != NULL)
    {
      gtk_widget_measure (self->editor, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
      return;
    }
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 0;
      *natural = NATURAL_TEXT_WIDTH;
      return;
    }
  context = gtk_widget_get_pango_context (widget);
  metrics = pango_context_get_metrics (context, NULL, NULL);
  pango_layout_get_pixel_size (ensure_layout (self), NULL, &height);
  height = MAX (height, PANGO_PIXELS (pango_font_metrics_get_ascent (metrics) + pango_font_metrics_get_descent (metrics)));
  pango_font_metrics_unref (metrics);
  *minimum = *natural = height;
  *minimum_baseline = *natural_baseline = pango_layout_get_baseline (self->layout) / PANGO_SCALE;
}

static void
kd_field_entry_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  KdFieldEntry *self = KD_FIELD_ENTRY (widget);

  if (self->editor != NULL)
    gtk_widget_size_allocate (self->editor, &(GtkAllocation){ 0, 0, width, height }, baseline);
}

static void
kd_field_entry_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  KdFieldEntry *self = KD_FIELD_ENTRY (widget);

  if (self->editor != NULL || self->shown == NULL || *self->shown == '\0')
    {
      GTK_WIDGET_CLASS (kd_field_entry_parent_class)->snapshot (widget, snapshot);
      return;
    }
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget)));
  gtk_snapshot_render_layout (snapshot, gtk_widget_get_style_context (widget), 0, layout_top (self), ensure_layout (self));
  gtk_snapshot_pop (snapshot);
}

static void
kd_field_entry_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  KdFieldEntry *self = KD_FIELD_ENTRY (widget);

  /* The font may have changed (large text on a projector). */
  g_clear_object (&self->layout);
  GTK_WIDGET_CLASS (kd_field_entry_parent_class)->css_changed (widget, change);
}

static void
kd_field_entry_system_setting_changed (GtkWidget       *widget,
                                       GtkSystemSetting setting)
{
  g_clear_object (&KD_FIELD_ENTRY (widget)->layout);
  GTK_WIDGET_CLASS (kd_field_entry_parent_class)->system_setting_changed (widget, setting);
}

/* The pointer over a cell makes its editor, so that a press there is the text's own: the cursor
 * where the press was, a drag selecting, a double click selecting a word, as in any entry. */
static void
pointer_enter_cb (KdFieldEntry *self)
{
  ensure_editor (self);
}

/* A click the editor did not take edits the cell, with the cursor where the click was: a cell
 * the pointer did not enter before (a touch, a table shown under the pointer), or entered in the
 * same instant, before its editor had a place. */
static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            KdFieldEntry    *self)
{
  int index = 0, trailing = 0;
  int top;

  if (self->editor != NULL && focus_is_in_editor (self))
    return;
  top = layout_top (self);
  pango_layout_xy_to_index (ensure_layout (self), (int)(x * PANGO_SCALE), (int)((y - top) * PANGO_SCALE), &index, &trailing);
  gtk_entry_grab_focus_without_selecting (GTK_ENTRY (ensure_editor (self)));
  gtk_editable_set_position (GTK_EDITABLE (self->editor),
                             (int)g_utf8_pointer_to_offset (self->shown, self->shown + index) + trailing);
}

/* ---- focus: a cell at rest gives it to its editor ----------------------------------- */

static gboolean
kd_field_entry_grab_focus (GtkWidget *widget)
{
  KdFieldEntry *self = KD_FIELD_ENTRY (widget);

  return gtk_widget_grab_focus (self->in_form ? self->editor : ensure_editor (self));
}

static gboolean
kd_field_entry_focus (GtkWidget       *widget,
                      GtkDirectionType direction)
{
  KdFieldEntry *self = KD_FIELD_ENTRY (widget);

  if (!self->in_form && self->editor == NULL)
    return gtk_widget_grab_focus (ensure_editor (self));
  return GTK_WIDGET_CLASS (kd_field_entry_parent_class)->focus (widget, direction);
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
kd_field_entry_constructed (GObject *object)
{
  KdFieldEntry *self = KD_FIELD_ENTRY (object);
  GtkWidget    *widget = GTK_WIDGET (self);

  G_OBJECT_CLASS (kd_field_entry_parent_class)->constructed (object);
  if (!self->in_form)
    {
      GtkGesture *click = gtk_gesture_click_new ();

      /* A cell sizes and places its editor itself (the vfuncs), as GtkEntry does its text. */
      gtk_widget_set_layout_manager (widget, NULL);
      gtk_widget_add_css_class (widget, "kd-cell");
      gtk_widget_add_css_class (widget, "flat");
      gtk_widget_set_focusable (widget, TRUE);
      gtk_widget_set_cursor_from_name (widget, "text");
      g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, 0);
      gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));
      self->pointer = gtk_event_controller_motion_new ();
      g_signal_connect_object (self->pointer, "enter", G_CALLBACK (pointer_enter_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->pointer, "leave", G_CALLBACK (queue_rest), self, G_CONNECT_SWAPPED);
      gtk_widget_add_controller (widget, self->pointer);
      return;
    }
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (widget)), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (widget)), 4);
  attach_editor (self, gtk_entry_new ());
  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "caption");
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->message), widget);
}

static void
kd_field_entry_dispose (GObject *object)
{
  KdFieldEntry *self = KD_FIELD_ENTRY (object);

  if (self->item != NULL)
    g_clear_signal_handler (&self->notify_id, self->item);
  g_clear_object (&self->item);
  g_clear_handle_id (&self->rest_id, g_source_remove);
  g_clear_pointer (&self->editor, gtk_widget_unparent);
  if (self->message != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->message)));
  g_clear_object (&self->layout);
  G_OBJECT_CLASS (kd_field_entry_parent_class)->dispose (object);
}

static void
kd_field_entry_finalize (GObject *object)
{
  KdFieldEntry *self = KD_FIELD_ENTRY (object);

  g_free (self->field);
  g_free (self->error);
  g_free (self->shown);
  g_free (self->accessible_label);
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

  object_class->constructed = kd_field_entry_constructed;
  object_class->dispose = kd_field_entry_dispose;
  object_class->finalize = kd_field_entry_finalize;
  object_class->get_property = kd_field_entry_get_property;
  object_class->set_property = kd_field_entry_set_property;
  widget_class->grab_focus = kd_field_entry_grab_focus;
  widget_class->focus = kd_field_entry_focus;
  widget_class->measure = kd_field_entry_measure;
  widget_class->size_allocate = kd_field_entry_size_allocate;
  widget_class->snapshot = kd_field_entry_snapshot;
  widget_class->css_changed = kd_field_entry_css_changed;
  widget_class->system_setting_changed = kd_field_entry_system_setting_changed;

  properties[PROP_ITEM] = g_param_spec_object ("item", NULL, NULL, KD_TYPE_ITEM,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIELD] = g_param_spec_string ("field", NULL, NULL, NULL,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IN_FORM] = g_param_spec_boolean ("in-form", NULL, NULL, FALSE,
                                                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A form's field is a box: its entry and the message below. */
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kdfieldentry");
}

static void
kd_field_entry_init (KdFieldEntry *self)
{
}

/**
 * kd_field_entry_new:
 * @field: the item's property to edit ("name", "school-year" …)
 * @in_form: TRUE in a form (a framed GtkEntry, the message below); FALSE in a table cell (drawn
 *   until it is edited, styled by the theme as an entry)
 */
GtkWidget *
kd_field_entry_new (const char *field,
                    gboolean    in_form)
{
  g_return_val_if_fail (field != NULL, NULL);
  if (in_form)
    return g_object_new (KD_TYPE_FIELD_ENTRY, "field", field, "in-form", TRUE, NULL);
  return g_object_new (KD_TYPE_FIELD_ENTRY, "field", field, "in-form", FALSE, "css-name", "entry",
                       "accessible-role", GTK_ACCESSIBLE_ROLE_TEXT_BOX, NULL);
}
