/* kd-app-util.c */
#include "config.h"

#include "kd-app-util.h"
#include "kd-package.h"

/* For widgets whose template gives them children directly (a GtkWidget with a layout manager):
 * gtk_widget_dispose_template() clears the bound fields, the widget unparents what is left. */
void
kd_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;
  GtkRoot   *root;
  GtkWidget *focus;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  /* A focused child that goes must take the focus with it: GTK 4.8's viewport looks for the
   * focus widget at the next layout and warns about a gone one. */
  root = gtk_widget_get_root (widget);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && gtk_widget_is_ancestor (focus, widget))
    gtk_root_set_focus (root, NULL);
  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

/* A row of widgets side by side, for a row that holds wrapping text (directly or in a column of
 * its own): a grid, not a horizontal GtkBox.  GTK 4.8's GtkBoxLayout finds the height of such a
 * row by halving (distribute_remaining_size), asking the text at each height tried for its
 * width, which GtkLabel finds by halving again: tens of Pango layouts of the text for each
 * measure of the row, where a grid lays the text out once, at its column's width.  A test
 * (/ui/window/wrapping-text-layout) finds any such row on every section's screen. */
GtkWidget *
kd_row_new (int spacing)
{
  GtkWidget *row = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (row), spacing);
  return row;
}

/* Puts @child at the end of @row. */
void
kd_row_append (GtkWidget *row,
               GtkWidget *child)
{
  g_return_if_fail (GTK_IS_GRID (row));
  gtk_grid_attach_next_to (GTK_GRID (row), child, NULL, GTK_POS_RIGHT, 1, 1);
}

/* The metrics of @widget's font.  Widgets that draw their own text come by the hundred with
 * one font (the plan grid's cells, the overview's criteria): Pango measures a font by shaping a
 * sample text, so that is done once per font and resolution, not once per widget. */
const KdFontMetrics *
kd_widget_get_font_metrics (GtkWidget *widget)
{
  static GPtrArray           *known;
  PangoContext               *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double                      resolution = pango_cairo_context_get_resolution (context);
  PangoFontMetrics           *metrics;
  KdFontMetrics              *found;

  if (known == NULL)
    known = g_ptr_array_new ();
  for (guint i = 0; i < known->len; i++)
    {
      found = g_ptr_array_index (known, i);
      if (found->resolution == resolution && pango_font_description_equal (found->font, font))
        return found;
    }
  /* A handful of fonts at most (the window's, a larger text size): kept for the process. */
  metrics = pango_context_get_metrics (context, font, NULL);
  found = g_new0 (KdFontMetrics, 1);
  found->font = pango_font_description_copy (font);
  found->resolution = resolution;
  found->char_width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                           pango_font_metrics_get_approximate_digit_width (metrics));
  found->line_height = pango_font_metrics_get_ascent (metrics) + pango_font_metrics_get_descent (metrics);
  pango_font_metrics_unref (metrics);
  g_ptr_array_add (known, found);
  return found;
}

/* "kế hoạch …" → "Kế hoạch …": core's problem messages follow a location; alone they are
 * sentences. */
char *
kd_capitalize (const char *text)
{
  char first[8] = { 0 };

  g_return_val_if_fail (text != NULL, NULL);
  if (*text == '\0')
    return g_strdup ("");
  g_unichar_to_utf8 (g_unichar_toupper (g_utf8_get_char (text)), first);
  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

/* Whether an editor may change @item: not in a document from a newer version, and in a work
 * package only what was given to its group (kd_document_can_edit). */
gboolean
kd_item_can_be_edited (KdItem *item)
{
  KdDocument *document = item != NULL ? kd_item_get_document (item) : NULL;

  return document == NULL || kd_document_can_edit (document, item);
}

static const char *const level_classes[] = { "kd-level-0", "kd-level-1", "kd-level-2", "kd-level-3", "kd-level-4",
                                             "kd-unassessed" };

/* The class of levels.css that colours @state at @level: kd-level-N for a level reached,
 * kd-level-0 for one missed, kd-unassessed while nothing decides it.  The overview, the wizard,
 * its navigator and meetings colour levels alike. */
const char *
kd_level_class (KdState state,
                guint   level)
{
  if (state == KD_STATE_MET)
    return level_classes[MIN (level, 4)];
  if (state == KD_STATE_UNMET)
    return level_classes[0];
  return level_classes[5];
}

/* Gives @widget the class of @state at @level (kd_level_class) instead of the one it had. */
void
kd_widget_set_level_class (GtkWidget *widget,
                           KdState    state,
                           guint      level)
{
  const char *wanted = kd_level_class (state, level);

  for (guint i = 0; i < G_N_ELEMENTS (level_classes); i++)
    if (!g_str_equal (level_classes[i], wanted))
      gtk_widget_remove_css_class (widget, level_classes[i]);
  gtk_widget_add_css_class (widget, wanted);
}

/* ---- tooltips ------------------------------------------------------------------------ */

#define TOOLTIP_KEY "kd-tooltip"

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    data)
{
  const char *text = kd_widget_get_tooltip (widget);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Gives @widget the tooltip @text (NULL or "" for none) and, as GTK does, the same words as its
 * description for a screen reader.  Not gtk_widget_set_tooltip_text(): for a visible widget,
 * GTK 4.8 then asks the X server where the pointer is, three round trips each time, each
 * waiting for the server to finish what it was given.  Tooltips made 116 of the 262 round
 * trips before the first frame (102 of them set in code, the overview's criteria first) and 56 of
 * the 122 of each show of the plan (its column headers; docs/PERFORMANCE.md).  The tooltip
 * shown under a resting pointer follows at its next move. */
void
kd_widget_set_tooltip (GtkWidget  *widget,
                       const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (text, kd_widget_get_tooltip (widget)) == 0)
    return;
  /* "" once the widget has been given a tooltip and its handler: none now. */
  if (g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY) == NULL)
    g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  g_object_set_data_full (G_OBJECT (widget), TOOLTIP_KEY, g_strdup (text != NULL ? text : ""), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* The tooltip given by kd_widget_set_tooltip(), or NULL. */
const char *
kd_widget_get_tooltip (GtkWidget *widget)
{
  const char *text;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  text = g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY);
  return text != NULL && *text != '\0' ? text : NULL;
}

/* Names @child's parent by @child for a screen reader: the row a GtkListBox or a GtkListView puts
 * around a widget, which GTK 4.8 names by nothing it holds ("list item"). */
void
kd_widget_name_parent_by (GtkWidget *child)
{
  GtkWidget *parent = gtk_widget_get_parent (child);

  if (parent != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_RELATION_LABELLED_BY, child, NULL, -1);
}

static gboolean
after_paint_run_cb (gpointer data)
{
  KdAfterPaint *wait = data;

  wait->idle = 0;
  ((void (*) (gpointer))wait->callback) (wait->data);
  return G_SOURCE_REMOVE;
}

/* The frame is painted; the call waits one turn of the main loop more, in which GDK hands the
 * frame to the display (X11 keeps it in its output buffer until then), and comes before the next
 * frame's layout (G_PRIORITY_HIGH_IDLE) so that frames following each other cannot delay it. */
static void
after_paint_cb (GdkFrameClock *clock,
                KdAfterPaint  *wait)
{
  g_clear_signal_handler (&wait->handler, wait->clock);
  g_clear_object (&wait->clock);
  wait->idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, after_paint_run_cb, wait, NULL);
}

/* What lies below the first screen can wait for the first frame: @callback(@data) is called once,
 * after @widget's next frame is painted and shown. FALSE, and no call, when @widget has no frame
 * clock yet (not realized): the caller does the work now. */
gboolean
kd_after_paint_start (KdAfterPaint *wait,
                      GtkWidget    *widget,
                      GCallback     callback,
                      gpointer      data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  kd_after_paint_stop (wait);
  if (clock == NULL)
    return FALSE;
  wait->clock = g_object_ref (clock);
  wait->handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), wait);
  wait->callback = callback;
  wait->data = data;
  return TRUE;
}

/* Forgets the call @wait holds, if any: to be called when its data goes away. */
void
kd_after_paint_stop (KdAfterPaint *wait)
{
  /* A frame clock drops its handlers when its window goes, before the widgets do. */
  if (wait->clock != NULL && g_signal_handler_is_connected (wait->clock, wait->handler))
    g_signal_handler_disconnect (wait->clock, wait->handler);
  wait->handler = 0;
  g_clear_object (&wait->clock);
  g_clear_handle_id (&wait->idle, g_source_remove);
}

gboolean
kd_after_paint_is_waiting (const KdAfterPaint *wait)
{
  return wait->handler != 0 || wait->idle != 0;
}
