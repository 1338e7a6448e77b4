/* kd-plan-view-model.h — the rows the plan grid shows, handed to GTK so that it keeps its row
 * widgets across a sort or a new filter
 *
 * GTK 4.8's list views destroy the row widget of every row a model removes and build new ones for
 * the rows it adds, even when the same number of rows stays on screen: after a sort or a search
 * that is ~205 rows of widgets destroyed and built again.  This model follows its source row for
 * row, except that when a change replaces many rows at once it first adds the new rows in front,
 * lets the grid move to them (its row widgets are then reused for them), and only then removes the
 * old ones.  A new document's rows can reach GTK in two steps: those in view for the first frame,
 * the rest after it.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KD_TYPE_PLAN_VIEW_MODEL (kd_plan_view_model_get_type ())
G_DECLARE_FINAL_TYPE (KdPlanViewModel, kd_plan_view_model, KD, PLAN_VIEW_MODEL, GObject)

KdPlanViewModel *kd_plan_view_model_new (GListModel *source);
void             kd_plan_view_model_show_first (KdPlanViewModel *self,
                                                guint            n);
void             kd_plan_view_model_show_all (KdPlanViewModel *self);

G_END_DECLS
