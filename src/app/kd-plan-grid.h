/* kd-plan-grid.h — the improvement plan's grid: a header of column titles over a list of rows,
 * scrolled sideways together
 *
 * GTK 4.8's GtkColumnView builds a widget per column in each of the ~205 rows it keeps, which put
 * showing a plan of thousands of rows far above what a spreadsheet user accepts.  This grid keeps a
 * GtkListView of rows, each one KdPlanLine drawing all its cells; the grid owns where each column
 * is, the header's buttons (click to sort), and what every line needs to draw (today's date for
 * the marks, the latest review).
 *
 * Columns are counted as the plan's columns: 0 … n-1.  KD_PLAN_GRID_MARKS is the marks column in
 * front of them, and the column n (kd_plan_grid_get_n_columns) is the latest review's, shown only
 * while the plan has a review.
 */
#pragma once

#include <gtk/gtk.h>

#include "kd-plan-tools.h"
#include "kd-review.h"

G_BEGIN_DECLS

#define KD_PLAN_GRID_MARKS (-1)
#define KD_PLAN_GRID_NOWHERE (-2)

#define KD_TYPE_PLAN_GRID (kd_plan_grid_get_type ())
G_DECLARE_FINAL_TYPE (KdPlanGrid, kd_plan_grid, KD, PLAN_GRID, GtkWidget)

GtkWidget          *kd_plan_grid_new (void);
GtkListView        *kd_plan_grid_get_list_view (KdPlanGrid *self);
void                kd_plan_grid_set_columns (KdPlanGrid                *self,
                                              const KdPlanColumn *const *columns,
                                              guint                      n_columns);
guint               kd_plan_grid_get_n_columns (KdPlanGrid *self);
const KdPlanColumn *kd_plan_grid_get_column (KdPlanGrid *self,
                                             int         column);
void                kd_plan_grid_set_sort (KdPlanGrid *self,
                                           int         column,
                                           GtkSortType order);
int                 kd_plan_grid_get_sort_column (KdPlanGrid *self);
GtkSortType         kd_plan_grid_get_sort_order (KdPlanGrid *self);

void              kd_plan_grid_set_today (KdPlanGrid  *self,
                                          const GDate *today);
const GDate      *kd_plan_grid_get_today (KdPlanGrid *self);
void              kd_plan_grid_set_review (KdPlanGrid *self,
                                           KdReview   *review);
KdReview         *kd_plan_grid_get_review (KdPlanGrid *self);
char             *kd_plan_grid_dup_review_text (KdPlanGrid *self,
                                                KdPlanRow  *row);
GtkIconPaintable *kd_plan_grid_get_mark_icon (KdPlanGrid *self,
                                              KdPlanMarks marks);

/* Where things are, in the coordinates of a line (and of the grid before scrolling sideways). */
gboolean kd_plan_grid_get_column_area (KdPlanGrid *self,
                                       int         column,
                                       int        *x,
                                       int        *width);
int      kd_plan_grid_column_at (KdPlanGrid *self,
                                 double      x);
void     kd_plan_grid_get_visible_range (KdPlanGrid *self,
                                         int        *from,
                                         int        *to);
void     kd_plan_grid_redraw_lines (KdPlanGrid *self);

/* For tests: the button heading @column. */
GtkWidget *_kd_plan_grid_get_header (KdPlanGrid *self,
                                     int         column);

G_END_DECLS
