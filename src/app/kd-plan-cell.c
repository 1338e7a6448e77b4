/* kd-plan-cell.c
 *
 * A cell exists while its line needs it (focused, clicked, edited); at rest it is one widget that
 * draws its own text exactly as the line does, so making it real changes no pixel.  Editors and
 * popovers exist only while a cell is edited.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kd-app-util.h"
#include "kd-plan-cell.h"
#include "kd-text.h"

struct _KdPlanCell
{
  GtkWidget parent_instance;

  const KdPlanColumn *column;
  GtkListItem        *list_item;    /* the list item owns the cell */
  GtkTreeModel       *names;        /* completion of name cells */
  char               *text;         /* as shown: one line */
  PangoLayout        *layout;       /* made when first drawn */
  const char         *status_class; /* a status cell's state as a style class ("doing") */

  KdPlanRow *row;
  GtkWidget *editor;  /* GtkEntry, or the GtkTextView of long text, while editing */
  GtkWidget *popover; /* calendar, choices or long text, while open */
  gboolean   cancelled;
  guint      leave_id;
  char      *message; /* core's message for the refused text */
};

G_DEFINE_FINAL_TYPE (KdPlanCell, kd_plan_cell, GTK_TYPE_WIDGET)

enum
{
  MOVE,
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void stop_editing (KdPlanCell *self);

static char *
dup_display (KdPlanCell *self)
{
  if (self->row == NULL)
    return g_strdup ("");
  return kd_item_dup_display (KD_ITEM (self->row), self->column->field);
}

/* ---- how a cell shows at rest: shared with the lines that draw cells (KdPlanLine), so that a
 * cell made real over its line shows the same pixels ---------------------------------- */

#define MIN_CHARS 4

static int
chars_width (GtkWidget *widget,
             int        chars)
{
  return PANGO_PIXELS_CEIL (chars * kd_widget_get_font_metrics (widget)->char_width);
}

/* The width a cell of @column asks for, padding included: a number of characters of @widget's
 * font, so that large text on a projector widens it. */
int
kd_plan_cell_natural_width (GtkWidget          *widget,
                            const KdPlanColumn *column)
{
  return chars_width (widget, MAX (MIN_CHARS, column->width / 8)) + 2 * KD_PLAN_CELL_PADDING;
}

/* The narrowest a cell may be made, padding included. */
int
kd_plan_cell_minimum_width (GtkWidget *widget)
{
  return chars_width (widget, MIN_CHARS) + 2 * KD_PLAN_CELL_PADDING;
}

/* The text of @row's field in @column as a cell shows it: one line (the editor and the tooltip
 * have all of a long text). */
char *
kd_plan_cell_dup_shown_text (KdPlanRow          *row,
                             const KdPlanColumn *column)
{
  char *text = kd_item_dup_display (KD_ITEM (row), column->field);

  g_strdelimit (text, "\r\n", ' ');
  return text;
}

/* A layout for @text as a cell of @column lays it out: one line, ellipsized, money to the right. */
PangoLayout *
kd_plan_cell_create_layout (GtkWidget          *widget,
                            const KdPlanColumn *column,
                            const char         *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  if (column->kind == KD_PLAN_CELL_MONEY)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  return layout;
}

/* The colour of a cell's text: @widget's, or for a status its colour (done, doing, cancelled) —
 * except on a selected row, where "doing" would be the selection's own colour. */
void
kd_plan_cell_text_colour (GtkWidget          *widget,
                          KdPlanRow          *row,
                          const KdPlanColumn *column,
                          gboolean            selected,
                          GdkRGBA            *colour)
{
  GtkStyleContext *style = gtk_widget_get_style_context (widget);

  gtk_style_context_get_color (style, colour);
  if (column->kind != KD_PLAN_CELL_STATUS || row == NULL || selected)
    return;
  switch (kd_plan_row_get_status (row))
    {
      case KD_PLAN_STATUS_DONE:
        gtk_style_context_lookup_color (style, "kd_plan_done", colour);
        break;
      case KD_PLAN_STATUS_DOING:
        gtk_style_context_lookup_color (style, "kd_plan_doing", colour);
        break;
      case KD_PLAN_STATUS_CANCELLED:
        colour->alpha *= 0.55;
        break;
      default:
        break;
    }
}

/* Draws @layout in the content box (@x, @width) of a cell @height high, centred in the height. */
void
kd_plan_cell_draw_text (GtkSnapshot   *snapshot,
                        PangoLayout   *layout,
                        int            x,
                        int            width,
                        int            height,
                        const GdkRGBA *colour)
{
  PangoRectangle logical;

  width = MAX (0, width);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (x, 0, width, height));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, MAX (0, (height - logical.height) / 2)));
  gtk_snapshot_append_layout (snapshot, layout, colour);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
}

/* ---- showing ------------------------------------------------------------------------ */

static void
refresh (KdPlanCell *self)
{
  g_autofree char *text = self->row != NULL ? kd_plan_cell_dup_shown_text (self->row, self->column) : g_strdup ("");

  /* A status is drawn in its colour (kd_plan_cell_text_colour), and named as a style class. */
  if (self->column->kind == KD_PLAN_CELL_STATUS && self->row != NULL)
    {
      const char *status_class = kd_plan_status_to_string (kd_plan_row_get_status (self->row));

      if (self->status_class != status_class)
        {
          if (self->status_class != NULL)
            gtk_widget_remove_css_class (GTK_WIDGET (self), self->status_class);
          gtk_widget_add_css_class (GTK_WIDGET (self), status_class);
          self->status_class = status_class;
          gtk_widget_queue_draw (GTK_WIDGET (self));
        }
    }
  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_steal_pointer (&text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, self->text, -1);
  /* Screen readers read the cell as the text it shows. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->text, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * kd_plan_cell_update:
 *
 * The cell's field changed in its row: shows it again.  The grid listens to each row once for all
 * its cells (a handler per cell, connected and disconnected at every bind, cost a sort or a search
 * of a large plan about a sixth of its time).
 */
void
kd_plan_cell_update (KdPlanCell *self)
{
  g_return_if_fail (KD_IS_PLAN_CELL (self));
  refresh (self);
  /* Changed while edited (Ctrl+Z takes back what was being typed): the editor follows, or leaving
   * it would write the old text again. */
  if (self->editor != NULL && GTK_IS_ENTRY (self->editor))
    {
      g_autofree char *display = dup_display (self);

      if (!g_str_equal (display, gtk_editable_get_text (GTK_EDITABLE (self->editor))))
        gtk_editable_set_text (GTK_EDITABLE (self->editor), display);
    }
}

/**
 * kd_plan_cell_query_tooltip:
 *
 * Fills @tooltip with core's message for a refused text, or the whole text when the cell may cut
 * it.  The grid asks, for the cell under the pointer (one tooltip handler for the whole grid).
 *
 * Returns: whether there is something to show
 */
gboolean
kd_plan_cell_query_tooltip (KdPlanCell *self,
                            GtkTooltip *tooltip)
{
  g_return_val_if_fail (KD_IS_PLAN_CELL (self), FALSE);

  if (self->message != NULL)
    {
      gtk_tooltip_set_text (tooltip, self->message);
      return TRUE;
    }
  if (self->editor != NULL || self->row == NULL)
    return FALSE;
  return kd_plan_text_query_tooltip (self->row, self->column, tooltip);
}

/**
 * kd_plan_text_query_tooltip:
 *
 * Fills @tooltip with the whole text of @row's field in @column when a cell may cut it, as a cell
 * drawn by its line or a real one shows it.
 *
 * Returns: whether there is something to show
 */
gboolean
kd_plan_text_query_tooltip (KdPlanRow          *row,
                            const KdPlanColumn *column,
                            GtkTooltip         *tooltip)
{
  g_autofree char *text = kd_item_dup_display (KD_ITEM (row), column->field);

  if (g_utf8_strlen (text, -1) < 16)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

const char *
kd_plan_cell_get_text (KdPlanCell *self)
{
  g_return_val_if_fail (KD_IS_PLAN_CELL (self), NULL);
  return self->text != NULL ? self->text : "";
}

const char *
kd_plan_cell_get_message (KdPlanCell *self)
{
  g_return_val_if_fail (KD_IS_PLAN_CELL (self), NULL);
  return self->message;
}

static void
set_message (KdPlanCell *self,
             const char *message)
{
  if (g_strcmp0 (self->message, message) == 0)
    return;
  g_free (self->message);
  self->message = g_strdup (message);
  if (self->editor != NULL && GTK_IS_ENTRY (self->editor))
    {
      if (message != NULL)
        {
          gtk_widget_add_css_class (self->editor, "error");
          gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
        }
      else
        gtk_widget_remove_css_class (self->editor, "error");
    }
  g_signal_emit (self, signals[MESSAGE], 0, message);
}

/* ---- editing ------------------------------------------------------------------------ */

static KdFramework *
framework_of (KdPlanCell *self)
{
  KdDocument *document = self->row != NULL ? kd_item_get_document (KD_ITEM (self->row)) : NULL;

  return document != NULL ? kd_document_get_framework (document) : NULL;
}

static gboolean
is_read_only (KdPlanCell *self)
{
  KdDocument *document = self->row != NULL ? kd_item_get_document (KD_ITEM (self->row)) : NULL;

  return self->row == NULL || (document != NULL && !kd_document_is_editable (document));
}

gboolean
kd_plan_cell_is_editing (KdPlanCell *self)
{
  g_return_val_if_fail (KD_IS_PLAN_CELL (self), FALSE);
  return self->editor != NULL || self->popover != NULL;
}

static gboolean
set_text (KdPlanCell *self,
          const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *display = dup_display (self);

  if (g_str_equal (text, display))
    {
      set_message (self, NULL);
      return TRUE;
    }
  if (!kd_plan_row_set_from_text (self->row, framework_of (self), self->column->field, text, &error))
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", _ (self->column->title), error->message);

      set_message (self, message);
      return FALSE;
    }
  set_message (self, NULL);
  return TRUE;
}

/**
 * kd_plan_cell_commit:
 *
 * Writes what was typed to the row and closes the editor.
 *
 * Returns: FALSE when core refused the text: the editor stays open with the message
 */
/* Writes what the editor holds to the row, leaving the editor open.  FALSE when core refused it. */
static gboolean
write_editor_text (KdPlanCell *self)
{
  if (GTK_IS_ENTRY (self->editor))
    return set_text (self, gtk_editable_get_text (GTK_EDITABLE (self->editor)));
  if (GTK_IS_TEXT_VIEW (self->editor))
    {
      GtkTextBuffer   *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
      GtkTextIter      start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      set_text (self, text);
    }
  return TRUE;
}

gboolean
kd_plan_cell_commit (KdPlanCell *self)
{
  g_return_val_if_fail (KD_IS_PLAN_CELL (self), FALSE);

  if (self->editor == NULL || self->row == NULL)
    return TRUE;
  if (!write_editor_text (self))
    return FALSE;
  stop_editing (self);
  return TRUE;
}

void
kd_plan_cell_cancel (KdPlanCell *self)
{
  g_return_if_fail (KD_IS_PLAN_CELL (self));
  self->cancelled = TRUE;
  set_message (self, NULL);
  stop_editing (self);
}

static gboolean
unparent_cb (gpointer data)
{
  GtkWidget *widget = data;

  if (gtk_widget_get_parent (widget) != NULL)
    gtk_widget_unparent (widget);
  return G_SOURCE_REMOVE;
}

/* A popover is not removed from inside its own "closed" handler: on the next turn of the loop. */
static void
unparent_later (GtkWidget *popover)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, unparent_cb, g_object_ref (popover), g_object_unref);
}

static void
stop_editing (KdPlanCell *self)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean   had_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));

  g_clear_handle_id (&self->leave_id, g_source_remove);
  if (self->editor != NULL && gtk_widget_get_parent (self->editor) == GTK_WIDGET (self))
    gtk_widget_unparent (self->editor);
  self->editor = NULL;
  if (self->popover != NULL)
    {
      GtkWidget *popover = g_steal_pointer (&self->popover);

      gtk_popover_popdown (GTK_POPOVER (popover));
      unparent_later (popover);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  refresh (self);
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
emit_move (KdPlanCell *self,
           int         rows,
           int         columns)
{
  g_signal_emit (self, signals[MOVE], 0, rows, columns, FALSE);
}

/* The focus left the editor: commit, unless it went to the cell's own popover (calendar,
 * completion) or the window lost the focus altogether. */
static gboolean
check_focus_cb (gpointer data)
{
  KdPlanCell *self = data;
  GtkRoot    *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget  *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  self->leave_id = 0;
  if (self->editor == NULL || (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self))))
    return G_SOURCE_REMOVE;
  if (self->popover != NULL && gtk_widget_get_visible (self->popover))
    return G_SOURCE_REMOVE;
  kd_plan_cell_commit (self);
  return G_SOURCE_REMOVE;
}

static void
editor_leave_cb (KdPlanCell *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* The focus taken from every field (the window commits what is typed before it saves, undoes or
   * closes, _kd_window_commit_edits): the text is written now, before the window reads the
   * document; the editor closes on the next turn, as GTK is still moving the focus away from it.
   * Where the focus went is otherwise known only once it has moved. */
  if (root != NULL && gtk_root_get_focus (root) == NULL && self->editor != NULL && self->row != NULL)
    write_editor_text (self);
  if (self->leave_id == 0)
    self->leave_id = g_idle_add (check_focus_cb, self);
}

static void
entry_activate_cb (KdPlanCell *self)
{
  if (kd_plan_cell_commit (self))
    emit_move (self, 1, 0);
}

static void calendar_open (KdPlanCell *self);

static gboolean
entry_key_cb (KdPlanCell     *self,
              guint           keyval,
              guint           keycode,
              GdkModifierType state)
{
  switch (keyval)
    {
      case GDK_KEY_Escape:
        kd_plan_cell_cancel (self);
        return TRUE;
      case GDK_KEY_Tab:
      case GDK_KEY_ISO_Left_Tab:
        if (kd_plan_cell_commit (self))
          emit_move (self, 0, keyval == GDK_KEY_Tab && !(state & GDK_SHIFT_MASK) ? 1 : -1);
        return TRUE;
      case GDK_KEY_Up:
      case GDK_KEY_Down:
        if (self->column->kind == KD_PLAN_CELL_NAME)
          return FALSE; /* the completion list */
        if (self->column->kind == KD_PLAN_CELL_DATE && (state & GDK_ALT_MASK) && keyval == GDK_KEY_Down)
          {
            calendar_open (self);
            return TRUE;
          }
        if (kd_plan_cell_commit (self))
          emit_move (self, keyval == GDK_KEY_Down ? 1 : -1, 0);
        return TRUE;
      default:
        return FALSE;
    }
}

static gboolean
fold_match_cb (GtkEntryCompletion *completion,
               const char         *key,
               GtkTreeIter        *iter,
               gpointer            data)
{
  g_autofree char *name = NULL;

  gtk_tree_model_get (gtk_entry_completion_get_model (completion), iter, 0, &name, -1);
  return name != NULL && kd_text_matches (name, key);
}

/**
 * kd_plan_complete_names:
 * @names: a one-column model of the names (kd_plan_collect_names)
 *
 * Offers @names as @entry is typed in, matching without case or accents ("duc" offers "Đức").
 */
void
kd_plan_complete_names (GtkEntry     *entry,
                        GtkTreeModel *names)
{
  g_autoptr (GtkEntryCompletion) completion = gtk_entry_completion_new ();

  g_return_if_fail (GTK_IS_ENTRY (entry) && GTK_IS_TREE_MODEL (names));
  gtk_entry_completion_set_model (completion, names);
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_match_func (completion, fold_match_cb, NULL, NULL);
  gtk_entry_completion_set_minimum_key_length (completion, 1);
  gtk_entry_set_completion (entry, completion);
}

/* ---- calendar ----------------------------------------------------------------------- */

static void
day_selected_cb (KdPlanCell  *self,
                 GtkCalendar *calendar)
{
  g_autoptr (GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%d/%m/%Y");

  if (self->editor == NULL)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->editor), text);
  kd_plan_cell_commit (self);
}

static void
popover_closed_cb (KdPlanCell *self,
                   GtkWidget  *popover)
{
  if (self->popover != popover)
    return;
  /* The calendar closed without a choice: back to the entry. */
  if (self->editor != NULL && GTK_IS_ENTRY (self->editor))
    {
      self->popover = NULL;
      unparent_later (popover);
      gtk_widget_grab_focus (self->editor);
      return;
    }
  /* Long text commits when its popover closes (Escape has already cancelled). */
  if (self->editor != NULL && !self->cancelled)
    kd_plan_cell_commit (self);
  else
    stop_editing (self);
}

/* Whether the cell lies inside its window: a popover pointing outside it has no monitor. */
static gboolean
is_in_window (KdPlanCell *self)
{
  GtkWidget      *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  graphene_rect_t bounds;

  if (root == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
      !gtk_widget_compute_bounds (GTK_WIDGET (self), root, &bounds))
    return FALSE;
  return bounds.origin.x >= 0 && bounds.origin.y >= 0 && bounds.origin.x + bounds.size.width / 2 <= gtk_widget_get_width (root) &&
         bounds.origin.y + bounds.size.height / 2 <= gtk_widget_get_height (root);
}

static gboolean
popup_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  KdPlanCell *self = KD_PLAN_CELL (widget);
  guint      *frames = data;

  if (self->popover == NULL)
    return G_SOURCE_REMOVE;
  if (is_in_window (self))
    {
      gtk_popover_popup (GTK_POPOVER (self->popover));
      return G_SOURCE_REMOVE;
    }
  if (++*frames > 30)
    {
      kd_plan_cell_cancel (self);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* Opens the popover once the cell is scrolled into the window (the grid scrolls to a cell that
 * gets the focus; the layout follows at the next frame). */
static void
popup (KdPlanCell *self)
{
  if (is_in_window (self))
    gtk_popover_popup (GTK_POPOVER (self->popover));
  else
    gtk_widget_add_tick_callback (GTK_WIDGET (self), popup_tick_cb, g_new0 (guint, 1), g_free);
}

static GtkWidget *
new_popover (KdPlanCell *self,
             GtkWidget  *child)
{
  GtkWidget *popover = gtk_popover_new ();

  gtk_popover_set_child (GTK_POPOVER (popover), child);
  gtk_popover_set_position (GTK_POPOVER (popover), GTK_POS_BOTTOM);
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  g_signal_connect_object (popover, "closed", G_CALLBACK (popover_closed_cb), self, G_CONNECT_SWAPPED);
  self->popover = popover;
  return popover;
}

static void
calendar_open (KdPlanCell *self)
{
  GtkWidget *calendar = gtk_calendar_new ();
  GDate      date;

  if (self->editor == NULL || self->popover != NULL)
    return;
  if (kd_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->editor)), &date, NULL))
    {
      g_autoptr (GDateTime) shown = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                                           g_date_get_day (&date), 0, 0, 0);

      gtk_calendar_select_day (GTK_CALENDAR (calendar), shown);
    }
  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (day_selected_cb), self, G_CONNECT_SWAPPED);
  new_popover (self, calendar);
  popup (self);
  gtk_widget_grab_focus (calendar);
}

static void
calendar_icon_cb (KdPlanCell *self)
{
  calendar_open (self);
}

/* ---- choices (criterion, status) ---------------------------------------------------- */

static void
choice_activated_cb (KdPlanCell    *self,
                     GtkListBoxRow *choice)
{
  _kd_plan_cell_choose (self, g_object_get_data (G_OBJECT (choice), "kd-key"));
}

static void
add_choice (GtkListBox *list,
            const char *key,
            const char *label)
{
  GtkWidget *text = gtk_label_new (label);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 60);
  gtk_widget_set_margin_top (text, 4);
  gtk_widget_set_margin_bottom (text, 4);
  gtk_widget_set_margin_start (text, 6);
  gtk_widget_set_margin_end (text, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), text);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, text, NULL, -1);
  g_object_set_data_full (G_OBJECT (row), "kd-key", g_strdup (key), g_free);
  g_object_set_data_full (G_OBJECT (row), "kd-folded", kd_text_fold (label), g_free);
  gtk_list_box_append (list, row);
}

static gboolean
choice_visible (GtkListBoxRow *row,
                gpointer       data)
{
  GtkEditable     *search = data;
  g_autofree char *needle = kd_text_fold (gtk_editable_get_text (search));

  return strstr (g_object_get_data (G_OBJECT (row), "kd-folded"), needle) != NULL;
}

static void
choice_search_changed_cb (GtkListBox *list)
{
  gtk_list_box_invalidate_filter (list);
}

static void
choice_search_activate_cb (GtkListBox *list)
{
  /* Enter in the search picks the first choice shown. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_child_visible (row))
      {
        g_signal_emit_by_name (list, "row-activated", row);
        return;
      }
}

static void
choices_open (KdPlanCell *self,
              const char *typed)
{
  GtkWidget  *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget  *scrolled = gtk_scrolled_window_new ();
  GtkListBox *list = GTK_LIST_BOX (gtk_list_box_new ());

  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (list, TRUE);
  if (self->column->kind == KD_PLAN_CELL_STATUS)
    for (int s = KD_PLAN_STATUS_TODO; s <= KD_PLAN_STATUS_CANCELLED; s++)
      add_choice (list, kd_plan_status_to_string (s), kd_plan_status_describe (s));
  else
    {
      KdFramework *framework = framework_of (self);
      GPtrArray   *criteria = framework != NULL ? kd_framework_get_criteria (framework) : NULL;
      GtkWidget   *search = gtk_search_entry_new ();

      add_choice (list, "", _ ("(no criterion)"));
      for (guint i = 0; criteria != NULL && i < criteria->len; i++)
        {
          const KdCriterionDef *def = g_ptr_array_index (criteria, i);
          g_autofree char      *label = g_strdup_printf ("%s  %s", def->code, def->title);

          add_choice (list, def->code, label);
        }
      gtk_accessible_update_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Find a criterion"), -1);
      gtk_list_box_set_filter_func (list, choice_visible, search, NULL);
      g_signal_connect_object (search, "search-changed", G_CALLBACK (choice_search_changed_cb), list, G_CONNECT_SWAPPED);
      g_signal_connect_object (search, "activate", G_CALLBACK (choice_search_activate_cb), list, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (box), search);
      if (typed != NULL)
        gtk_editable_set_text (GTK_EDITABLE (search), typed);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
      gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 420);
    }
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (list));
  gtk_box_append (GTK_BOX (box), scrolled);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (choice_activated_cb), self, G_CONNECT_SWAPPED);
  new_popover (self, box);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  popup (self);
  gtk_widget_child_focus (box, GTK_DIR_TAB_FORWARD);
}

/* Picks a choice of the open popover as a click would: a criterion code, a status nick. */
gboolean
_kd_plan_cell_choose (KdPlanCell *self,
                      const char *key)
{
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (KD_IS_PLAN_CELL (self), FALSE);
  if (self->popover == NULL || self->row == NULL || key == NULL)
    return FALSE;
  if (self->column->kind == KD_PLAN_CELL_STATUS)
    {
      KdPlanStatus status;

      if (!kd_plan_status_from_string (key, &status))
        return FALSE;
      if (status != kd_plan_row_get_status (self->row))
        g_object_set (self->row, "status", status, NULL);
    }
  else if (g_strcmp0 (key, kd_plan_row_get_criterion (self->row)) != 0 &&
           !kd_plan_row_set_from_text (self->row, framework_of (self), "criterion", key, &error))
    return FALSE;
  stop_editing (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  return TRUE;
}

/* ---- long text ---------------------------------------------------------------------- */

static gboolean
text_view_key_cb (KdPlanCell     *self,
                  guint           keyval,
                  guint           keycode,
                  GdkModifierType state)
{
  if (keyval == GDK_KEY_Escape)
    {
      kd_plan_cell_cancel (self);
      gtk_widget_grab_focus (GTK_WIDGET (self));
      return TRUE;
    }
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_CONTROL_MASK))
    {
      kd_plan_cell_commit (self);
      gtk_widget_grab_focus (GTK_WIDGET (self));
      return TRUE;
    }
  return FALSE;
}

static void
long_text_open (KdPlanCell *self,
                const char *typed)
{
  GtkWidget          *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget          *scrolled = gtk_scrolled_window_new ();
  GtkWidget          *view = gtk_text_view_new ();
  GtkWidget          *hint = gtk_label_new (_ ("Ctrl+Enter keeps the text, Escape cancels."));
  GtkEventController *keys = gtk_event_controller_key_new ();
  g_autofree char    *text = typed != NULL ? g_strdup (typed) : dup_display (self);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _ (self->column->title), -1);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (text_view_key_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (view, keys);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 160);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), hint);
  self->editor = view;
  new_popover (self, box);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  popup (self);
  gtk_widget_grab_focus (view);
}

/* ---- starting ----------------------------------------------------------------------- */

/**
 * kd_plan_cell_start_editing:
 * @typed: (nullable): what the user started typing, which replaces the value; NULL edits the value
 *
 * Returns: FALSE when the cell cannot be edited (no row, a read-only document)
 */
gboolean
kd_plan_cell_start_editing (KdPlanCell *self,
                            const char *typed)
{
  GtkWidget       *entry;
  g_autofree char *text = NULL;

  g_return_val_if_fail (KD_IS_PLAN_CELL (self), FALSE);
  if (is_read_only (self))
    return FALSE;
  if (kd_plan_cell_is_editing (self))
    return TRUE;
  self->cancelled = FALSE;
  switch (self->column->kind)
    {
      case KD_PLAN_CELL_CRITERION:
      case KD_PLAN_CELL_STATUS:
        choices_open (self, typed);
        return TRUE;
      case KD_PLAN_CELL_LONG_TEXT:
        long_text_open (self, typed);
        return TRUE;
      default:
        break;
    }

  entry = gtk_entry_new ();
  self->editor = entry;
  /* Ctrl+Z belongs to the document's undo, not to the entry's own history. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_entry_set_has_frame (GTK_ENTRY (entry), FALSE);
  gtk_widget_add_css_class (entry, "kd-cell-editor");
  text = typed != NULL ? g_strdup (typed) : dup_display (self);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _ (self->column->title), -1);
  if (self->column->kind == KD_PLAN_CELL_MONEY)
    gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
  if (self->column->kind == KD_PLAN_CELL_DATE)
    {
      gtk_entry_set_icon_from_icon_name (GTK_ENTRY (entry), GTK_ENTRY_ICON_SECONDARY, "x-office-calendar-symbolic");
      gtk_entry_set_icon_tooltip_text (GTK_ENTRY (entry), GTK_ENTRY_ICON_SECONDARY, _ ("Pick the date on a calendar (Alt+Down)"));
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _ ("dd/mm/yyyy"));
      g_signal_connect_object (entry, "icon-press", G_CALLBACK (calendar_icon_cb), self, G_CONNECT_SWAPPED);
    }
  if (self->column->kind == KD_PLAN_CELL_NAME && self->names != NULL)
    {
      kd_plan_complete_names (GTK_ENTRY (entry), self->names);
    }
  {
    GtkEventController *keys = gtk_event_controller_key_new ();
    GtkEventController *focus = gtk_event_controller_focus_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect_object (keys, "key-pressed", G_CALLBACK (entry_key_cb), self, G_CONNECT_SWAPPED);
    gtk_widget_add_controller (entry, keys);
    g_signal_connect_object (focus, "leave", G_CALLBACK (editor_leave_cb), self, G_CONNECT_SWAPPED);
    gtk_widget_add_controller (entry, focus);
  }
  g_signal_connect_object (entry, "activate", G_CALLBACK (entry_activate_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_parent (entry, GTK_WIDGET (self));
  gtk_widget_grab_focus (entry);
  gtk_editable_set_position (GTK_EDITABLE (entry), -1);
  return TRUE;
}

GtkWidget *
_kd_plan_cell_get_editor (KdPlanCell *self)
{
  g_return_val_if_fail (KD_IS_PLAN_CELL (self), NULL);
  return self->editor;
}

GtkWidget *
_kd_plan_cell_get_popover (KdPlanCell *self)
{
  g_return_val_if_fail (KD_IS_PLAN_CELL (self), NULL);
  return self->popover;
}

/* ---- keys and clicks at rest -------------------------------------------------------- */

static void
clear_cell (KdPlanCell *self)
{
  switch (self->column->kind)
    {
      case KD_PLAN_CELL_STATUS:
        return;
      case KD_PLAN_CELL_MONEY:
        if (kd_plan_row_get_budget (self->row) != 0)
          g_object_set (self->row, "budget", (gint64)0, NULL);
        return;
      default:
        set_text (self, "");
        return;
    }
}

/**
 * kd_plan_cell_handle_key:
 *
 * A key pressed while the cell has the focus (the grid has one key controller for all its cells:
 * a controller per cell would double the cost of building a row).
 *
 * Returns: whether the key was used
 */
gboolean
kd_plan_cell_handle_key (KdPlanCell     *self,
                         guint           keyval,
                         GdkModifierType state)
{
  gboolean extend = (state & GDK_SHIFT_MASK) != 0;
  gunichar c;

  g_return_val_if_fail (KD_IS_PLAN_CELL (self), FALSE);
  if (kd_plan_cell_is_editing (self) || self->row == NULL)
    return FALSE;
  switch (keyval)
    {
      case GDK_KEY_F2:
      case GDK_KEY_Return:
      case GDK_KEY_KP_Enter:
        kd_plan_cell_start_editing (self, NULL);
        return TRUE;
      case GDK_KEY_Up:
      case GDK_KEY_Down:
        g_signal_emit (self, signals[MOVE], 0, keyval == GDK_KEY_Up ? -1 : 1, 0, extend);
        return TRUE;
      case GDK_KEY_Left:
      case GDK_KEY_Right:
        g_signal_emit (self, signals[MOVE], 0, 0, keyval == GDK_KEY_Left ? -1 : 1, FALSE);
        return TRUE;
      case GDK_KEY_Tab:
        emit_move (self, 0, 1);
        return TRUE;
      case GDK_KEY_ISO_Left_Tab:
        emit_move (self, 0, -1);
        return TRUE;
      case GDK_KEY_Delete:
      case GDK_KEY_BackSpace:
        if (!(state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) && !is_read_only (self))
          {
            clear_cell (self);
            return TRUE;
          }
        return FALSE;
      default:
        break;
    }
  /* Typing on a cell starts editing it with what was typed, as in a spreadsheet. */
  c = gdk_keyval_to_unicode (keyval);
  if (c != 0 && g_unichar_isprint (c) && !(state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    {
      char typed[8] = { 0 };

      g_unichar_to_utf8 (c, typed);
      return kd_plan_cell_start_editing (self, typed);
    }
  return FALSE;
}

/**
 * kd_plan_cell_handle_press:
 * @n_press: 1 for a click, 2 for a double click on this cell
 *
 * The row widget around the cell grabs the focus on a press for itself (its first column's cell,
 * GTK 4.8's GtkListItemWidget): the grid's click gesture claims a press on a cell at rest and calls
 * this, which takes the focus and selects the row as the row would have (Ctrl toggles, Shift
 * extends); a double click edits.
 *
 * Returns: FALSE when the cell is being edited: the press belongs to its editor
 */
gboolean
kd_plan_cell_handle_press (KdPlanCell     *self,
                           int             n_press,
                           GdkModifierType state)
{
  g_return_val_if_fail (KD_IS_PLAN_CELL (self), FALSE);
  if (kd_plan_cell_is_editing (self))
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press == 1)
    gtk_widget_activate_action (GTK_WIDGET (self), "listitem.select", "(bb)", (state & GDK_CONTROL_MASK) != 0,
                                (state & GDK_SHIFT_MASK) != 0);
  else if (n_press == 2)
    kd_plan_cell_start_editing (self, NULL);
  return TRUE;
}

/* ---- the row ------------------------------------------------------------------------ */

KdPlanRow *
kd_plan_cell_get_row (KdPlanCell *self)
{
  g_return_val_if_fail (KD_IS_PLAN_CELL (self), NULL);
  return self->row;
}

void
kd_plan_cell_set_row (KdPlanCell *self,
                      KdPlanRow  *row)
{
  g_return_if_fail (KD_IS_PLAN_CELL (self));
  if (self->row == row)
    return;
  /* A row widget recycled while its cell was edited: what was typed belongs to the old row; an
   * open list of choices closes (a choice made now would land on the next row). */
  if (kd_plan_cell_is_editing (self) && (!kd_plan_cell_commit (self) || kd_plan_cell_is_editing (self)))
    kd_plan_cell_cancel (self);
  g_set_object (&self->row, row);
  refresh (self);
}

const KdPlanColumn *
kd_plan_cell_get_column (KdPlanCell *self)
{
  g_return_val_if_fail (KD_IS_PLAN_CELL (self), NULL);
  return self->column;
}

GtkListItem *
kd_plan_cell_get_list_item (KdPlanCell *self)
{
  g_return_val_if_fail (KD_IS_PLAN_CELL (self), NULL);
  return self->list_item;
}

/* ---- size and drawing --------------------------------------------------------------- */

/* The editor, while a cell is edited in place: the cell's only child that is laid out (a popover
 * places itself). */
static GtkWidget *
get_inline_editor (KdPlanCell *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_NATIVE (child) && gtk_widget_get_visible (child))
      return child;
  return NULL;
}

static void
kd_plan_cell_measure (GtkWidget     *widget,
                      GtkOrientation orientation,
                      int            for_size,
                      int           *minimum,
                      int           *natural,
                      int           *minimum_baseline,
                      int           *natural_baseline)
{
  KdPlanCell *self = KD_PLAN_CELL (widget);
  GtkWidget  *editor = get_inline_editor (self);

  /* The content box: CSS adds the padding. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = kd_plan_cell_minimum_width (widget) - 2 * KD_PLAN_CELL_PADDING;
      *natural = kd_plan_cell_natural_width (widget, self->column) - 2 * KD_PLAN_CELL_PADDING;
    }
  else
    *minimum = *natural = PANGO_PIXELS_CEIL (kd_widget_get_font_metrics (widget)->line_height);
  if (editor != NULL)
    {
      int editor_minimum, editor_natural;

      gtk_widget_measure (editor, orientation, for_size, &editor_minimum, &editor_natural, NULL, NULL);
      *minimum = MAX (*minimum, editor_minimum);
      *natural = MAX (*natural, editor_natural);
    }
}

static void
kd_plan_cell_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  KdPlanCell *self = KD_PLAN_CELL (widget);
  GtkWidget  *editor = get_inline_editor (self);

  if (editor != NULL)
    gtk_widget_allocate (editor, width, height, baseline, NULL);
  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
kd_plan_cell_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  KdPlanCell *self = KD_PLAN_CELL (widget);

  if (self->text != NULL && *self->text != '\0' && get_inline_editor (self) == NULL)
    {
      GdkRGBA colour;

      if (self->layout == NULL)
        self->layout = kd_plan_cell_create_layout (widget, self->column, self->text);
      kd_plan_cell_text_colour (widget, self->row, self->column,
                                self->list_item != NULL && gtk_list_item_get_selected (self->list_item), &colour);
      kd_plan_cell_draw_text (snapshot, self->layout, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget), &colour);
    }
  GTK_WIDGET_CLASS (kd_plan_cell_parent_class)->snapshot (widget, snapshot);
}

/* A new font or text size: the layout is made again, from the widget's new Pango context. */
static void
kd_plan_cell_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  KdPlanCell *self = KD_PLAN_CELL (widget);

  GTK_WIDGET_CLASS (kd_plan_cell_parent_class)->css_changed (widget, change);
  if (self->layout != NULL)
    pango_layout_context_changed (self->layout);
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
kd_plan_cell_dispose (GObject *object)
{
  KdPlanCell *self = KD_PLAN_CELL (object);

  g_clear_handle_id (&self->leave_id, g_source_remove);
  g_clear_object (&self->row);
  g_clear_object (&self->names);
  g_clear_object (&self->layout);
  if (self->popover != NULL)
    gtk_widget_unparent (g_steal_pointer (&self->popover));
  self->editor = NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (kd_plan_cell_parent_class)->dispose (object);
}

static void
kd_plan_cell_finalize (GObject *object)
{
  g_free (KD_PLAN_CELL (object)->message);
  g_free (KD_PLAN_CELL (object)->text);
  G_OBJECT_CLASS (kd_plan_cell_parent_class)->finalize (object);
}

static void
kd_plan_cell_class_init (KdPlanCellClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_plan_cell_dispose;
  object_class->finalize = kd_plan_cell_finalize;

  /**
   * KdPlanCell::move:
   * @rows: rows down (negative: up)
   * @columns: columns right (negative: left); the grid wraps Tab to the next row
   * @extend: Shift was held: extend the selection
   *
   * Keyboard navigation asked to go to a neighbouring cell.
   */
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                G_TYPE_NONE, 3, G_TYPE_INT, G_TYPE_INT, G_TYPE_BOOLEAN);
  /**
   * KdPlanCell::message:
   * @message: (nullable): core's message for a refused text, or NULL once the cell is fine again
   */
  signals[MESSAGE] = g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);

  widget_class->measure = kd_plan_cell_measure;
  widget_class->size_allocate = kd_plan_cell_size_allocate;
  widget_class->snapshot = kd_plan_cell_snapshot;
  widget_class->css_changed = kd_plan_cell_css_changed;
  gtk_widget_class_set_css_name (widget_class, "kdplancell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_CELL);
}

static void
kd_plan_cell_init (KdPlanCell *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}

GtkWidget *
kd_plan_cell_new (const KdPlanColumn *column,
                  GtkListItem        *list_item,
                  GtkTreeModel       *names)
{
  KdPlanCell *self;

  g_return_val_if_fail (column != NULL, NULL);

  self = g_object_new (KD_TYPE_PLAN_CELL, NULL);
  self->column = column;
  self->list_item = list_item;
  if (column->kind == KD_PLAN_CELL_NAME && names != NULL)
    self->names = g_object_ref (names);

  return GTK_WIDGET (self);
}
