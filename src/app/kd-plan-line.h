/* kd-plan-line.h — one row of the improvement-plan grid
 *
 * A line draws every cell of its row itself — the marks, each field on one line, the latest
 * review's status — so that the grid's list builds one widget per row.  A cell becomes a real
 * KdPlanCell, placed over the line where it is drawn, only when it is needed: focused, clicked,
 * edited.  Such a cell belongs to the line's row and goes when the line shows another row.
 */
#pragma once

#include <gtk/gtk.h>

#include "kd-plan-cell.h"
#include "kd-plan-grid.h"

G_BEGIN_DECLS

#define KD_TYPE_PLAN_LINE (kd_plan_line_get_type ())
G_DECLARE_FINAL_TYPE (KdPlanLine, kd_plan_line, KD, PLAN_LINE, GtkWidget)

GtkWidget  *kd_plan_line_new (KdPlanGrid   *grid,
                              GtkListItem  *list_item,
                              GtkTreeModel *names);
void        kd_plan_line_update (KdPlanLine *self);
KdPlanRow  *kd_plan_line_get_row (KdPlanLine *self);
void        kd_plan_line_set_row (KdPlanLine *self,
                                  KdPlanRow  *row);
KdPlanCell *kd_plan_line_ensure_cell (KdPlanLine *self,
                                      int         column);

G_END_DECLS
