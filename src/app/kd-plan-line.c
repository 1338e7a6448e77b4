/* kd-plan-line.c
 *
 * GTK 4.8's list view keeps a row widget for ~205 rows whatever the window's height, and puts
 * them all through a new row after a sort or a search: a line is therefore one widget with no
 * child at rest, given its row without building or laying out anything; it makes its texts'
 * layouts when drawn, for the columns in view only.  It draws a cell as KdPlanCell draws it (one
 * line, ellipsized, centred in the height, money to the right), so a cell made real over it shows
 * the same pixels.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-plan-line.h"

#define MARK_SIZE 16

struct _KdPlanLine
{
  GtkWidget parent_instance;

  KdPlanGrid   *grid;      /* the grid holds the list holding the line */
  GtkListItem  *list_item; /* owns the line */
  GtkTreeModel *names;     /* for the name cells' completion */
  guint         n_columns;

  KdPlanRow    *row;
  gulong        notify_id;
  char        **texts;      /* per column, as shown; NULL until drawn */
  PangoLayout **layouts;    /* per column, made when first drawn */
  KdPlanCell  **cells;      /* per column, while made real */
  guint         said_marks; /* the marks its accessible description says, plus one; 0: none said */
};

G_DEFINE_FINAL_TYPE (KdPlanLine, kd_plan_line, GTK_TYPE_WIDGET)

enum
{
  CELL_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- the row ------------------------------------------------------------------------ */

/* Screen readers hear why a row is marked, as they heard the marks' icon before it was drawn;
 * rebinding a line to a row with the same marks changes nothing. */
static void
describe_marks (KdPlanLine *self)
{
  KdPlanMarks      marks = self->row != NULL ? kd_plan_row_get_marks (self->row, kd_plan_grid_get_today (self->grid)) : KD_PLAN_MARK_NONE;
  g_autofree char *text = NULL;

  if (self->said_marks == (guint)marks + 1)
    return;
  self->said_marks = (guint)marks + 1;
  if (marks == KD_PLAN_MARK_NONE)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  text = kd_plan_marks_describe (marks);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

static void
forget_text (KdPlanLine *self,
             guint       column)
{
  g_clear_pointer (&self->texts[column], g_free);
}

static const char *text_of (KdPlanLine *self,
                            guint       column);

/* Screen readers name a row by its first two columns (the criterion and what is to improve). */
static void
name_row (KdPlanLine *self)
{
  g_autofree char *name = NULL;

  if (self->row == NULL || self->n_columns < 2)
    return;
  if (*text_of (self, 0) != '\0' && *text_of (self, 1) != '\0')
    /* TRANSLATORS: a row of the plan for screen readers: its criterion and what is to improve */
    name = g_strdup_printf (_ ("%s — %s"), text_of (self, 0), text_of (self, 1));
  else if (*text_of (self, 0) != '\0' || *text_of (self, 1) != '\0')
    name = g_strconcat (text_of (self, 0), text_of (self, 1), NULL);
  else
    name = g_strdup (_ ("Empty row"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
row_notify_cb (KdPlanRow  *row,
               GParamSpec *pspec,
               KdPlanLine *self)
{
  for (guint i = 0; i < self->n_columns; i++)
    if (g_str_equal (kd_plan_grid_get_column (self->grid, i)->field, pspec->name))
      {
        forget_text (self, i);
        if (self->cells[i] != NULL)
          kd_plan_cell_update (self->cells[i]);
        if (i < 2)
          name_row (self);
      }
  /* The marks follow the owner, the dates and the status. */
  describe_marks (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* What was typed in a cell whose line goes to another row or away belongs to the row it had:
 * written, or dropped if refused — on the next turn of the loop, as this happens while GTK binds
 * rows, where the plan must not change under it. */
static gboolean
finish_dropped_cell_cb (gpointer data)
{
  kd_plan_cell_set_row (data, NULL);
  return G_SOURCE_REMOVE;
}

static void
drop_cell (KdPlanLine *self,
           guint       column)
{
  KdPlanCell *cell = g_steal_pointer (&self->cells[column]);

  if (kd_plan_cell_is_editing (cell))
    g_idle_add_full (G_PRIORITY_HIGH_IDLE, finish_dropped_cell_cb, g_object_ref (cell), g_object_unref);
  gtk_widget_unparent (GTK_WIDGET (cell));
}

static void
drop_cells (KdPlanLine *self)
{
  for (guint i = 0; i < self->n_columns; i++)
    if (self->cells[i] != NULL)
      drop_cell (self, i);
}

/**
 * kd_plan_line_update:
 *
 * What the line shows of the day (marks) or of the latest review changed: drawn and described
 * again.
 */
void
kd_plan_line_update (KdPlanLine *self)
{
  g_return_if_fail (KD_IS_PLAN_LINE (self));
  describe_marks (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

KdPlanRow *
kd_plan_line_get_row (KdPlanLine *self)
{
  g_return_val_if_fail (KD_IS_PLAN_LINE (self), NULL);
  return self->row;
}

/**
 * kd_plan_line_set_row:
 * @row: (nullable): the row to show
 *
 * Cells made real for the previous row go.  Nothing is laid out until the line is drawn.
 */
void
kd_plan_line_set_row (KdPlanLine *self,
                      KdPlanRow  *row)
{
  g_return_if_fail (KD_IS_PLAN_LINE (self));
  if (self->row == row)
    return;
  drop_cells (self);
  if (self->row != NULL)
    g_clear_signal_handler (&self->notify_id, self->row);
  g_set_object (&self->row, row);
  for (guint i = 0; i < self->n_columns; i++)
    forget_text (self, i);
  if (row != NULL)
    self->notify_id = g_signal_connect (row, "notify", G_CALLBACK (row_notify_cb), self);
  name_row (self);
  describe_marks (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * kd_plan_line_ensure_cell:
 *
 * The cell of plan column @column made real over the line, to take the focus or be edited.
 *
 * Returns: (transfer none) (nullable): the cell, or NULL without a row or such a column
 */
KdPlanCell *
kd_plan_line_ensure_cell (KdPlanLine *self,
                          int         column)
{
  GtkWidget *cell;

  g_return_val_if_fail (KD_IS_PLAN_LINE (self), NULL);
  if (self->row == NULL || column < 0 || column >= (int)self->n_columns)
    return NULL;
  if (self->cells[column] != NULL)
    return self->cells[column];
  cell = kd_plan_cell_new (kd_plan_grid_get_column (self->grid, column), self->list_item, self->names);
  kd_plan_cell_set_row (KD_PLAN_CELL (cell), self->row);
  gtk_widget_set_parent (cell, GTK_WIDGET (self));
  self->cells[column] = KD_PLAN_CELL (cell);
  g_signal_emit (self, signals[CELL_ADDED], 0, cell);
  return self->cells[column];
}

/* ---- size and drawing --------------------------------------------------------------- */

static void
kd_plan_line_measure (GtkWidget     *widget,
                      GtkOrientation orientation,
                      int            for_size,
                      int           *minimum,
                      int           *natural,
                      int           *minimum_baseline,
                      int           *natural_baseline)
{
  KdPlanLine *self = KD_PLAN_LINE (widget);

  /* The grid gives the list the width of every column. */
  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_VERTICAL)
    *minimum = *natural = PANGO_PIXELS_CEIL (kd_widget_get_font_metrics (widget)->line_height);
  for (guint i = 0; i < self->n_columns; i++)
    if (self->cells[i] != NULL && orientation == GTK_ORIENTATION_VERTICAL)
      {
        int cell_minimum, cell_natural;

        gtk_widget_measure (GTK_WIDGET (self->cells[i]), orientation, -1, &cell_minimum, &cell_natural, NULL, NULL);
        *minimum = MAX (*minimum, cell_minimum);
        *natural = MAX (*natural, cell_natural);
      }
}

static void
kd_plan_line_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  KdPlanLine *self = KD_PLAN_LINE (widget);

  for (guint i = 0; i < self->n_columns; i++)
    {
      int x, column_width;

      if (self->cells[i] == NULL)
        continue;
      if (!kd_plan_grid_get_column_area (self->grid, i, &x, &column_width))
        x = column_width = 0;
      gtk_widget_allocate (GTK_WIDGET (self->cells[i]), column_width, height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x, 0)));
    }
}

static const char *
text_of (KdPlanLine *self,
         guint       column)
{
  if (self->texts[column] == NULL)
    {
      self->texts[column] = kd_plan_cell_dup_shown_text (self->row, kd_plan_grid_get_column (self->grid, column));
      if (self->layouts[column] != NULL)
        pango_layout_set_text (self->layouts[column], self->texts[column], -1);
    }
  return self->texts[column];
}

static PangoLayout *
layout_of (KdPlanLine *self,
           guint       column)
{
  if (self->layouts[column] == NULL)
    self->layouts[column] = kd_plan_cell_create_layout (GTK_WIDGET (self), kd_plan_grid_get_column (self->grid, column), text_of (self, column));
  return self->layouts[column];
}

static void
draw_marks (KdPlanLine  *self,
            GtkSnapshot *snapshot,
            int          x,
            int          width,
            int          height)
{
  KdPlanMarks       marks = kd_plan_row_get_marks (self->row, kd_plan_grid_get_today (self->grid));
  GtkIconPaintable *icon;
  GdkRGBA           colours[4];

  if (marks == KD_PLAN_MARK_NONE)
    return;
  icon = kd_plan_grid_get_mark_icon (self->grid, marks);
  if (icon == NULL)
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &colours[0]);
  colours[1] = colours[2] = colours[3] = colours[0];
  gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                  marks & KD_PLAN_MARK_OVERDUE ? "kd_plan_overdue" : "kd_plan_missing", &colours[0]);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + (width - MARK_SIZE) / 2, (height - MARK_SIZE) / 2));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot, MARK_SIZE, MARK_SIZE, colours,
                                            G_N_ELEMENTS (colours));
  gtk_snapshot_restore (snapshot);
}

static void
kd_plan_line_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  KdPlanLine *self = KD_PLAN_LINE (widget);
  int         height = gtk_widget_get_height (widget);
  int         from, to;
  GdkRGBA     colour, rule;

  if (self->row == NULL)
    return;
  kd_plan_grid_get_visible_range (self->grid, &from, &to);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &colour);
  rule = colour;
  rule.alpha *= 0.15;
  for (int column = KD_PLAN_GRID_MARKS; column <= (int)self->n_columns; column++)
    {
      int x, width;

      if (!kd_plan_grid_get_column_area (self->grid, column, &x, &width) || x + width <= from || x >= to)
        continue;
      /* The rule between columns, on the left as a column view draws it. */
      if (column > KD_PLAN_GRID_MARKS)
        gtk_snapshot_append_color (snapshot, &rule, &GRAPHENE_RECT_INIT (x, 0, 1, height));
      if (column == KD_PLAN_GRID_MARKS)
        draw_marks (self, snapshot, x, width, height);
      else if (column == (int)self->n_columns)
        {
          g_autofree char *review = kd_plan_grid_dup_review_text (self->grid, self->row);
          g_autoptr (PangoLayout) layout = NULL;

          if (review == NULL || *review == '\0')
            continue;
          layout = gtk_widget_create_pango_layout (widget, review);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          kd_plan_cell_draw_text (snapshot, layout, x + KD_PLAN_CELL_PADDING, width - 2 * KD_PLAN_CELL_PADDING, height, &colour);
        }
      else if (self->cells[column] == NULL && *text_of (self, column) != '\0')
        {
          GdkRGBA cell_colour;

          kd_plan_cell_text_colour (widget, self->row, kd_plan_grid_get_column (self->grid, column),
                                    gtk_list_item_get_selected (self->list_item), &cell_colour);
          kd_plan_cell_draw_text (snapshot, layout_of (self, column), x + KD_PLAN_CELL_PADDING, width - 2 * KD_PLAN_CELL_PADDING,
                                  height, &cell_colour);
        }
    }
  GTK_WIDGET_CLASS (kd_plan_line_parent_class)->snapshot (widget, snapshot);
}

/* A new font or text size: the layouts follow the widget's new Pango context. */
static void
kd_plan_line_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  KdPlanLine *self = KD_PLAN_LINE (widget);

  GTK_WIDGET_CLASS (kd_plan_line_parent_class)->css_changed (widget, change);
  for (guint i = 0; i < self->n_columns; i++)
    if (self->layouts[i] != NULL)
      pango_layout_context_changed (self->layouts[i]);
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
kd_plan_line_dispose (GObject *object)
{
  KdPlanLine *self = KD_PLAN_LINE (object);

  if (self->cells != NULL)
    drop_cells (self);
  if (self->row != NULL)
    g_clear_signal_handler (&self->notify_id, self->row);
  g_clear_object (&self->row);
  g_clear_object (&self->names);
  if (self->layouts != NULL)
    for (guint i = 0; i < self->n_columns; i++)
      g_clear_object (&self->layouts[i]);
  G_OBJECT_CLASS (kd_plan_line_parent_class)->dispose (object);
}

static void
kd_plan_line_finalize (GObject *object)
{
  KdPlanLine *self = KD_PLAN_LINE (object);

  for (guint i = 0; self->texts != NULL && i < self->n_columns; i++)
    g_free (self->texts[i]);
  g_free (self->texts);
  g_free (self->layouts);
  g_free (self->cells);
  G_OBJECT_CLASS (kd_plan_line_parent_class)->finalize (object);
}

static void
kd_plan_line_class_init (KdPlanLineClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_plan_line_dispose;
  object_class->finalize = kd_plan_line_finalize;
  widget_class->measure = kd_plan_line_measure;
  widget_class->size_allocate = kd_plan_line_size_allocate;
  widget_class->snapshot = kd_plan_line_snapshot;
  widget_class->css_changed = kd_plan_line_css_changed;

  /**
   * KdPlanLine::cell-added:
   * @cell: the KdPlanCell made real over the line
   */
  signals[CELL_ADDED] = g_signal_new ("cell-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                      G_TYPE_NONE, 1, KD_TYPE_PLAN_CELL);

  gtk_widget_class_set_css_name (widget_class, "kdplanline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ROW);
}

static void
kd_plan_line_init (KdPlanLine *self)
{
}

GtkWidget *
kd_plan_line_new (KdPlanGrid   *grid,
                  GtkListItem  *list_item,
                  GtkTreeModel *names)
{
  KdPlanLine *self;

  g_return_val_if_fail (KD_IS_PLAN_GRID (grid), NULL);

  self = g_object_new (KD_TYPE_PLAN_LINE, NULL);
  self->grid = grid;
  self->list_item = list_item;
  self->names = names != NULL ? g_object_ref (names) : NULL;
  self->n_columns = kd_plan_grid_get_n_columns (grid);
  self->texts = g_new0 (char *, self->n_columns);
  self->layouts = g_new0 (PangoLayout *, self->n_columns);
  self->cells = g_new0 (KdPlanCell *, self->n_columns);
  return GTK_WIDGET (self);
}
