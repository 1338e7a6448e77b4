/* kd-plan-grid.c
 *
 * Laid out as GtkColumnView lays out its header and list: both get the width of all columns and
 * are moved sideways by the horizontal adjustment, which the grid owns; the vertical one is the
 * list view's.  A column's width is what its cells ask for in characters of the current font (so
 * large text widens it) or what its title needs, whichever is more; the long-text columns share
 * what is left of the view.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-plan-grid.h"
#include "kd-plan-line.h"

/* Parts are the columns counted from the marks: part 0 is the marks column, part 1 + i the plan
 * column i, the last part the latest review's column. */
#define PART(column) ((column) + 1)
#define MARKS_WIDTH 32
#define REVIEW_CHARS 16
#define RESIZE_HANDLE 4 /* pixels either side of a title's right edge that drag its width */

struct _KdPlanGrid
{
  GtkWidget parent_instance;

  GtkListView               *list_view;
  GPtrArray                 *headers; /* GtkButton per part */
  const KdPlanColumn *const *columns;
  guint                      n_columns;
  int                       *x;            /* per part, after the last allocation */
  int                       *width;        /* per part, 0 when hidden */
  int                       *chosen_width; /* per part, dragged by the user; 0: as asked for */
  int                        resized_part; /* while dragging a title's edge, else -1 */
  int                        resize_start_width;
  gboolean                   pointer_on_edge;
  int                        full_width;
  int                        header_height;
  int                        sort_column;
  GtkSortType                sort_order;
  GtkAdjustment             *hadjustment;
  GtkScrollablePolicy        hscroll_policy;

  GDate             today;
  KdReview         *review;
  GtkIconPaintable *mark_icons[2]; /* overdue, missing */
  int               mark_icons_scale;
};

static void kd_plan_grid_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KdPlanGrid, kd_plan_grid, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, kd_plan_grid_scrollable_init))

enum
{
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VADJUSTMENT,
  PROP_VSCROLL_POLICY,
  N_PROPS
};

enum
{
  SORT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
n_parts (KdPlanGrid *self)
{
  return self->n_columns + 2;
}

/* ---- columns and header ----------------------------------------------------------------- */

static void
header_clicked_cb (GtkButton  *button,
                   KdPlanGrid *self)
{
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kd-column"));

  /* As a column view's header: a second click turns the order round. */
  if (column == self->sort_column && self->sort_order == GTK_SORT_ASCENDING)
    kd_plan_grid_set_sort (self, column, GTK_SORT_DESCENDING);
  else
    kd_plan_grid_set_sort (self, column, GTK_SORT_ASCENDING);
}

static GtkWidget *
new_header (KdPlanGrid *self,
            const char *title,
            int         column)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *indicator = gtk_image_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_visible (indicator, FALSE);
  gtk_box_append (GTK_BOX (box), indicator);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "kd-plan-heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_widget_set_focus_on_click (button, FALSE);
  g_object_set_data (G_OBJECT (button), "kd-column", GINT_TO_POINTER (column));
  g_object_set_data (G_OBJECT (button), "kd-indicator", indicator);
  if (column >= 0 && column < (int)self->n_columns)
    {
      g_autofree char *tip = g_strdup_printf (_ ("Sort by “%s”"), title);

      g_signal_connect (button, "clicked", G_CALLBACK (header_clicked_cb), self);
      kd_widget_set_tooltip (button, tip);
    }
  else
    {
      /* The marks and the review are not sorted by. */
      gtk_widget_set_can_target (button, FALSE);
      gtk_widget_set_focusable (button, FALSE);
    }
  gtk_widget_insert_before (button, GTK_WIDGET (self), NULL);
  return button;
}

static void
update_sort_indicators (KdPlanGrid *self)
{
  for (guint i = 0; i < self->n_columns; i++)
    {
      GtkWidget *indicator = g_object_get_data (g_ptr_array_index (self->headers, PART (i)), "kd-indicator");

      gtk_widget_set_visible (indicator, (int)i == self->sort_column);
      if ((int)i == self->sort_column)
        gtk_image_set_from_icon_name (GTK_IMAGE (indicator),
                                      self->sort_order == GTK_SORT_ASCENDING ? "pan-up-symbolic" : "pan-down-symbolic");
    }
}

/**
 * kd_plan_grid_set_columns:
 *
 * Shows the plan's columns @columns (static, as kd_plan_get_columns gives them) in this order,
 * after the marks and before the latest review.  The lines are made again by the caller (a new
 * factory on the list view).
 */
void
kd_plan_grid_set_columns (KdPlanGrid                *self,
                          const KdPlanColumn *const *columns,
                          guint                      n_columns)
{
  gboolean show_review;

  g_return_if_fail (KD_IS_PLAN_GRID (self));

  for (guint i = 0; i < self->headers->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->headers, i));
  g_ptr_array_set_size (self->headers, 0);
  self->columns = columns;
  self->n_columns = n_columns;
  self->sort_column = -1;
  g_free (self->x);
  g_free (self->width);
  g_free (self->chosen_width);
  self->x = g_new0 (int, n_parts (self));
  self->width = g_new0 (int, n_parts (self));
  self->chosen_width = g_new0 (int, n_parts (self));
  self->resized_part = -1;

  g_ptr_array_add (self->headers, new_header (self, "", KD_PLAN_GRID_MARKS));
  gtk_accessible_update_property (GTK_ACCESSIBLE (g_ptr_array_index (self->headers, 0)), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Needs attention"), -1);
  for (guint i = 0; i < n_columns; i++)
    g_ptr_array_add (self->headers, new_header (self, _ (columns[i]->title), i));
  g_ptr_array_add (self->headers, new_header (self, _ ("Latest review"), n_columns));
  show_review = self->review != NULL;
  gtk_widget_set_visible (g_ptr_array_index (self->headers, PART (n_columns)), show_review);
  update_sort_indicators (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
kd_plan_grid_get_n_columns (KdPlanGrid *self)
{
  g_return_val_if_fail (KD_IS_PLAN_GRID (self), 0);
  return self->n_columns;
}

const KdPlanColumn *
kd_plan_grid_get_column (KdPlanGrid *self,
                         int         column)
{
  g_return_val_if_fail (KD_IS_PLAN_GRID (self), NULL);
  return column >= 0 && column < (int)self->n_columns ? self->columns[column] : NULL;
}

/**
 * kd_plan_grid_set_sort:
 * @column: a plan column, or -1 for the plan's own order
 *
 * Shows the order in the header and emits ::sort-changed, for the owner to sort the rows.
 */
void
kd_plan_grid_set_sort (KdPlanGrid *self,
                       int         column,
                       GtkSortType order)
{
  g_return_if_fail (KD_IS_PLAN_GRID (self));

  if (column < 0 || column >= (int)self->n_columns)
    column = -1;
  self->sort_column = column;
  self->sort_order = order;
  update_sort_indicators (self);
  g_signal_emit (self, signals[SORT_CHANGED], 0);
}

int
kd_plan_grid_get_sort_column (KdPlanGrid *self)
{
  g_return_val_if_fail (KD_IS_PLAN_GRID (self), -1);
  return self->sort_column;
}

GtkSortType
kd_plan_grid_get_sort_order (KdPlanGrid *self)
{
  g_return_val_if_fail (KD_IS_PLAN_GRID (self), GTK_SORT_ASCENDING);
  return self->sort_order;
}

/* ---- what the lines draw -------------------------------------------------------------- */

/* Calls @func on the line of each row widget the list keeps. */
static void
foreach_line (KdPlanGrid *self,
              void (*func) (GtkWidget *line))
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    for (GtkWidget *line = gtk_widget_get_first_child (row); line != NULL; line = gtk_widget_get_next_sibling (line))
      if (KD_IS_PLAN_LINE (line))
        func (line);
}

static void
update_line (GtkWidget *line)
{
  kd_plan_line_update (KD_PLAN_LINE (line));
}

/* Every line drawn again: what they show of the day or of the latest review changed. */
void
kd_plan_grid_redraw_lines (KdPlanGrid *self)
{
  g_return_if_fail (KD_IS_PLAN_GRID (self));
  foreach_line (self, update_line);
}

void
kd_plan_grid_set_today (KdPlanGrid  *self,
                        const GDate *today)
{
  g_return_if_fail (KD_IS_PLAN_GRID (self));
  g_return_if_fail (today != NULL);
  if (g_date_valid (&self->today) && g_date_compare (&self->today, today) == 0)
    return;
  self->today = *today;
  kd_plan_grid_redraw_lines (self);
}

const GDate *
kd_plan_grid_get_today (KdPlanGrid *self)
{
  g_return_val_if_fail (KD_IS_PLAN_GRID (self), NULL);
  return &self->today;
}

/**
 * kd_plan_grid_set_review:
 * @review: (nullable): the plan's latest review
 *
 * Its status of each row shows in a last column, which is there only while the plan has a
 * review.
 */
void
kd_plan_grid_set_review (KdPlanGrid *self,
                         KdReview   *review)
{
  gboolean was_shown;

  g_return_if_fail (KD_IS_PLAN_GRID (self));
  was_shown = self->review != NULL;
  g_set_object (&self->review, review);
  if (self->headers->len > 0 && was_shown != (review != NULL))
    {
      gtk_widget_set_visible (g_ptr_array_index (self->headers, PART (self->n_columns)), review != NULL);
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
  kd_plan_grid_redraw_lines (self);
}

KdReview *
kd_plan_grid_get_review (KdPlanGrid *self)
{
  g_return_val_if_fail (KD_IS_PLAN_GRID (self), NULL);
  return self->review;
}

/* The latest review's status of @row in words ("" when the review did not look at it), or NULL
 * when the plan has no review. */
char *
kd_plan_grid_dup_review_text (KdPlanGrid *self,
                              KdPlanRow  *row)
{
  KdReviewEntry *entry;

  g_return_val_if_fail (KD_IS_PLAN_GRID (self), NULL);
  if (self->review == NULL)
    return NULL;
  entry = kd_review_lookup_entry (self->review, kd_item_get_id (KD_ITEM (row)));
  return g_strdup (entry != NULL ? kd_plan_status_describe (kd_review_entry_get_status (entry)) : "");
}

/* The icon of a row's marks: a warning when it is overdue, a note when something is missing. */
GtkIconPaintable *
kd_plan_grid_get_mark_icon (KdPlanGrid *self,
                            KdPlanMarks marks)
{
  int           scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  guint         kind = marks & KD_PLAN_MARK_OVERDUE ? 0 : 1;
  GtkIconTheme *theme;

  g_return_val_if_fail (KD_IS_PLAN_GRID (self), NULL);
  if (scale != self->mark_icons_scale)
    {
      g_clear_object (&self->mark_icons[0]);
      g_clear_object (&self->mark_icons[1]);
      self->mark_icons_scale = scale;
    }
  if (self->mark_icons[kind] == NULL)
    {
      theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
      self->mark_icons[kind] = gtk_icon_theme_lookup_icon (theme, kind == 0 ? "dialog-warning-symbolic" : "dialog-information-symbolic",
                                                           NULL, 16, scale, gtk_widget_get_direction (GTK_WIDGET (self)), 0);
    }
  return self->mark_icons[kind];
}

/* ---- geometry ------------------------------------------------------------------------ */

/* What each part asks for, in @natural (n_parts), and the sum. */
static int
measure_parts (KdPlanGrid *self,
               int        *natural)
{
  const KdFontMetrics *metrics = kd_widget_get_font_metrics (GTK_WIDGET (self));
  int                  total = 0;

  for (guint part = 0; part < n_parts (self); part++)
    {
      GtkWidget *header = part < self->headers->len ? g_ptr_array_index (self->headers, part) : NULL;
      int        cells = 0, title = 0;

      if (header == NULL || !gtk_widget_get_visible (header))
        {
          natural[part] = 0;
          continue;
        }
      if (part == 0)
        cells = MARKS_WIDTH;
      else if (part <= self->n_columns)
        cells = kd_plan_cell_natural_width (GTK_WIDGET (self), self->columns[part - 1]);
      else
        cells = PANGO_PIXELS_CEIL (REVIEW_CHARS * metrics->char_width) + 2 * KD_PLAN_CELL_PADDING;
      if (part > 0)
        gtk_widget_measure (header, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &title, NULL, NULL);
      natural[part] = self->chosen_width[part] > 0 ? self->chosen_width[part] : MAX (cells, title);
      total += natural[part];
    }
  return total;
}

/* Places the columns in @width: the long-text columns share what is left over. */
static void
place_columns (KdPlanGrid *self,
               int         width)
{
  g_autofree int *natural = g_new0 (int, n_parts (self));
  int             total = measure_parts (self, natural);
  int             n_expand = 0, extra, x = 0;

  for (guint i = 0; i < self->n_columns; i++)
    n_expand += self->columns[i]->kind == KD_PLAN_CELL_LONG_TEXT && self->chosen_width[PART (i)] == 0;
  extra = MAX (0, width - total);
  for (guint part = 0; part < n_parts (self); part++)
    {
      int share = 0;

      if (extra > 0 && n_expand > 0 && part >= 1 && part <= self->n_columns && self->columns[part - 1]->kind == KD_PLAN_CELL_LONG_TEXT &&
          self->chosen_width[part] == 0)
        {
          share = extra / n_expand;
          extra -= share;
          n_expand--;
        }
      self->x[part] = x;
      self->width[part] = natural[part] + share;
      x += self->width[part];
    }
  self->full_width = x;
}

/**
 * kd_plan_grid_get_column_area:
 * @column: a plan column, KD_PLAN_GRID_MARKS, or n_columns for the review's
 *
 * Returns: whether the column is shown; where it is then
 */
gboolean
kd_plan_grid_get_column_area (KdPlanGrid *self,
                              int         column,
                              int        *x,
                              int        *width)
{
  g_return_val_if_fail (KD_IS_PLAN_GRID (self), FALSE);
  if (column < KD_PLAN_GRID_MARKS || column > (int)self->n_columns || self->width == NULL || self->width[PART (column)] == 0)
    return FALSE;
  *x = self->x[PART (column)];
  *width = self->width[PART (column)];
  return TRUE;
}

/* The column at @x of a line: a plan column, KD_PLAN_GRID_MARKS, n_columns (the review), or
 * KD_PLAN_GRID_NOWHERE. */
int
kd_plan_grid_column_at (KdPlanGrid *self,
                        double      x)
{
  g_return_val_if_fail (KD_IS_PLAN_GRID (self), KD_PLAN_GRID_NOWHERE);
  for (guint part = 0; self->width != NULL && part < n_parts (self); part++)
    if (self->width[part] > 0 && x >= self->x[part] && x < self->x[part] + self->width[part])
      return (int)part - 1;
  return KD_PLAN_GRID_NOWHERE;
}

/* The part of the lines the view shows, in their coordinates: a line draws only that. */
void
kd_plan_grid_get_visible_range (KdPlanGrid *self,
                                int        *from,
                                int        *to)
{
  g_return_if_fail (KD_IS_PLAN_GRID (self));
  *from = (int)gtk_adjustment_get_value (self->hadjustment);
  *to = *from + gtk_widget_get_width (GTK_WIDGET (self));
}

GtkListView *
kd_plan_grid_get_list_view (KdPlanGrid *self)
{
  g_return_val_if_fail (KD_IS_PLAN_GRID (self), NULL);
  return self->list_view;
}

GtkWidget *
_kd_plan_grid_get_header (KdPlanGrid *self,
                          int         column)
{
  g_return_val_if_fail (KD_IS_PLAN_GRID (self), NULL);
  if (column < KD_PLAN_GRID_MARKS || PART (column) >= (int)self->headers->len)
    return NULL;
  return g_ptr_array_index (self->headers, PART (column));
}

/* ---- resizing a column by its title's edge -------------------------------------------- */

/* The part whose title's right edge is at (@x, @y) of the grid, or -1. */
static int
edge_at (KdPlanGrid *self,
         double      x,
         double      y)
{
  double scrolled = gtk_adjustment_get_value (self->hadjustment);

  if (y >= self->header_height || self->width == NULL)
    return -1;
  for (guint part = 1; part < n_parts (self); part++)
    {
      double edge = self->x[part] + self->width[part] - scrolled;

      if (self->width[part] > 0 && x >= edge - RESIZE_HANDLE && x <= edge + RESIZE_HANDLE)
        return part;
    }
  return -1;
}

static void
resize_begin_cb (GtkGestureDrag *gesture,
                 double          x,
                 double          y,
                 KdPlanGrid     *self)
{
  self->resized_part = edge_at (self, x, y);
  if (self->resized_part < 0)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  self->resize_start_width = self->width[self->resized_part];
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
resize_update_cb (GtkGestureDrag *gesture,
                  double          dx,
                  double          dy,
                  KdPlanGrid     *self)
{
  if (self->resized_part < 0)
    return;
  self->chosen_width[self->resized_part] =
      MAX (kd_plan_cell_minimum_width (GTK_WIDGET (self)), self->resize_start_width + (int)dx);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
resize_end_cb (GtkGestureDrag *gesture,
               double          dx,
               double          dy,
               KdPlanGrid     *self)
{
  self->resized_part = -1;
}

/* The pointer shows where a column can be made wider or narrower. */
static void
pointer_motion_cb (GtkEventControllerMotion *motion,
                   double                    x,
                   double                    y,
                   KdPlanGrid               *self)
{
  gboolean on_edge = self->resized_part >= 0 || edge_at (self, x, y) >= 0;

  if (on_edge != self->pointer_on_edge)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), on_edge ? "col-resize" : NULL);
  self->pointer_on_edge = on_edge;
}

/* ---- GtkWidget ---------------------------------------------------------------------- */

static void
kd_plan_grid_measure (GtkWidget     *widget,
                      GtkOrientation orientation,
                      int            for_size,
                      int           *minimum,
                      int           *natural,
                      int           *minimum_baseline,
                      int           *natural_baseline)
{
  KdPlanGrid *self = KD_PLAN_GRID (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      g_autofree int *parts = g_new0 (int, n_parts (self));

      *minimum = *natural = measure_parts (self, parts);
    }
  else
    {
      int header = 0, list_minimum, list_natural;

      for (guint i = 0; i < self->headers->len; i++)
        {
          int height;

          gtk_widget_measure (g_ptr_array_index (self->headers, i), orientation, -1, NULL, &height, NULL, NULL);
          header = MAX (header, height);
        }
      gtk_widget_measure (GTK_WIDGET (self->list_view), orientation, for_size, &list_minimum, &list_natural, NULL, NULL);
      *minimum = header + list_minimum;
      *natural = header + list_natural;
    }
}

static void
kd_plan_grid_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  KdPlanGrid *self = KD_PLAN_GRID (widget);
  int         old_full_width = self->full_width;
  int         scrolled, header = 0;

  place_columns (self, width);
  if (self->full_width == old_full_width)
    /* The same width may be shared out differently (a title's new size): lines place their
     * cells again. */
    foreach_line (self, gtk_widget_queue_allocate);
  scrolled = (int)CLAMP (gtk_adjustment_get_value (self->hadjustment), 0, MAX (0, self->full_width - width));
  for (guint i = 0; i < self->headers->len; i++)
    {
      int height_of;

      gtk_widget_measure (g_ptr_array_index (self->headers, i), GTK_ORIENTATION_VERTICAL, -1, NULL, &height_of, NULL, NULL);
      header = MAX (header, height_of);
    }
  self->header_height = header;
  for (guint part = 0; part < self->headers->len; part++)
    {
      GtkWidget *button = g_ptr_array_index (self->headers, part);

      if (gtk_widget_get_visible (button))
        gtk_widget_allocate (button, self->width[part], header, -1,
                             gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (self->x[part] - scrolled, 0)));
    }
  gtk_widget_allocate (GTK_WIDGET (self->list_view), self->full_width, MAX (0, height - header), -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (-scrolled, header)));
  gtk_adjustment_configure (self->hadjustment, scrolled, 0, self->full_width, width * 0.1, width * 0.9, width);
}

/* The grid itself takes no focus: its list does (the row last focused). */
static gboolean
kd_plan_grid_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (KD_PLAN_GRID (widget)->list_view));
}

/* ---- GtkScrollable ------------------------------------------------------------------ */

static void
hadjustment_changed_cb (KdPlanGrid *self)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  /* Lines draw only the columns in view (kd_plan_grid_get_visible_range). */
  foreach_line (self, gtk_widget_queue_draw);
}

static void
set_hadjustment (KdPlanGrid    *self,
                 GtkAdjustment *adjustment)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (self->hadjustment == adjustment)
    return;
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, hadjustment_changed_cb, self);
  g_set_object (&self->hadjustment, g_object_ref_sink (adjustment));
  g_object_unref (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (hadjustment_changed_cb), self);
  g_object_notify (G_OBJECT (self), "hadjustment");
}

static void
kd_plan_grid_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KdPlanGrid *self = KD_PLAN_GRID (object);

  switch (prop_id)
    {
      case PROP_HADJUSTMENT:
        g_value_set_object (value, self->hadjustment);
        break;
      case PROP_HSCROLL_POLICY:
        g_value_set_enum (value, self->hscroll_policy);
        break;
      case PROP_VADJUSTMENT:
        g_value_set_object (value, gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view)));
        break;
      case PROP_VSCROLL_POLICY:
        g_value_set_enum (value, gtk_scrollable_get_vscroll_policy (GTK_SCROLLABLE (self->list_view)));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kd_plan_grid_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KdPlanGrid *self = KD_PLAN_GRID (object);

  switch (prop_id)
    {
      case PROP_HADJUSTMENT:
        set_hadjustment (self, g_value_get_object (value));
        break;
      case PROP_HSCROLL_POLICY:
        self->hscroll_policy = g_value_get_enum (value);
        break;
      case PROP_VADJUSTMENT:
        gtk_scrollable_set_vadjustment (GTK_SCROLLABLE (self->list_view), g_value_get_object (value));
        break;
      case PROP_VSCROLL_POLICY:
        gtk_scrollable_set_vscroll_policy (GTK_SCROLLABLE (self->list_view), g_value_get_enum (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kd_plan_grid_scrollable_init (GtkScrollableInterface *iface)
{
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
kd_plan_grid_dispose (GObject *object)
{
  KdPlanGrid *self = KD_PLAN_GRID (object);

  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, hadjustment_changed_cb, self);
  g_clear_object (&self->hadjustment);
  if (self->headers != NULL)
    g_ptr_array_set_size (self->headers, 0);
  kd_widget_unparent_children (GTK_WIDGET (self));
  self->list_view = NULL;
  g_clear_object (&self->review);
  g_clear_object (&self->mark_icons[0]);
  g_clear_object (&self->mark_icons[1]);
  G_OBJECT_CLASS (kd_plan_grid_parent_class)->dispose (object);
}

static void
kd_plan_grid_finalize (GObject *object)
{
  KdPlanGrid *self = KD_PLAN_GRID (object);

  g_clear_pointer (&self->headers, g_ptr_array_unref);
  g_free (self->x);
  g_free (self->width);
  g_free (self->chosen_width);
  G_OBJECT_CLASS (kd_plan_grid_parent_class)->finalize (object);
}

static void
kd_plan_grid_class_init (KdPlanGridClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_plan_grid_dispose;
  object_class->finalize = kd_plan_grid_finalize;
  object_class->get_property = kd_plan_grid_get_property;
  object_class->set_property = kd_plan_grid_set_property;
  widget_class->measure = kd_plan_grid_measure;
  widget_class->size_allocate = kd_plan_grid_size_allocate;
  widget_class->grab_focus = kd_plan_grid_grab_focus;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * KdPlanGrid::sort-changed:
   *
   * The user asked for another order (a header clicked), or kd_plan_grid_set_sort was called.
   */
  signals[SORT_CHANGED] = g_signal_new ("sort-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "kdplangrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
kd_plan_grid_init (KdPlanGrid *self)
{
  self->headers = g_ptr_array_new ();
  self->sort_column = -1;
  g_date_clear (&self->today, 1);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, NULL));
  gtk_list_view_set_show_separators (self->list_view, TRUE);
  gtk_widget_set_parent (GTK_WIDGET (self->list_view), GTK_WIDGET (self));
  /* Named as the grid, not "GtkListView" (GTK 4.8's name for a list with none). */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_RELATION_LABELLED_BY, self, NULL, -1);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  set_hadjustment (self, NULL);
  self->resized_part = -1;
  {
    GtkGesture         *drag = gtk_gesture_drag_new ();
    GtkEventController *motion = gtk_event_controller_motion_new ();

    /* Before the titles' buttons: a press on an edge resizes, elsewhere it clicks the title. */
    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drag), GTK_PHASE_CAPTURE);
    g_signal_connect (drag, "drag-begin", G_CALLBACK (resize_begin_cb), self);
    g_signal_connect (drag, "drag-update", G_CALLBACK (resize_update_cb), self);
    g_signal_connect (drag, "drag-end", G_CALLBACK (resize_end_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
    g_signal_connect (motion, "motion", G_CALLBACK (pointer_motion_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), motion);
  }
}

GtkWidget *
kd_plan_grid_new (void)
{
  return g_object_new (KD_TYPE_PLAN_GRID, NULL);
}
