/* kd-plan-page.h — "Kế hoạch cải tiến": the improvement-plan grid */
#pragma once

#include "kd-page.h"
#include "kd-plan-cell.h"
#include "kd-plan-grid.h"

G_BEGIN_DECLS

#define KD_TYPE_PLAN_PAGE (kd_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (KdPlanPage, kd_plan_page, KD, PLAN_PAGE, GtkWidget)

GtkWidget *kd_plan_page_new (void);

/* For tests and the benchmark: what a user sees and touches. */
GListModel     *_kd_plan_page_get_shown (KdPlanPage *self);
KdPlanGrid     *_kd_plan_page_get_grid (KdPlanPage *self);
KdPlanCell     *_kd_plan_page_get_cell (KdPlanPage *self,
                                        guint       position,
                                        const char *field);
gboolean        _kd_plan_page_sort_by (KdPlanPage *self,
                                       const char *field,
                                       GtkSortType order);
GtkEditable    *_kd_plan_page_get_search (KdPlanPage *self);
GtkMenuButton  *_kd_plan_page_get_filter_button (KdPlanPage *self);
GtkDropDown    *_kd_plan_page_get_status_filter (KdPlanPage *self);
GtkDropDown    *_kd_plan_page_get_criterion_filter (KdPlanPage *self);
GtkEditable    *_kd_plan_page_get_owner_filter (KdPlanPage *self);
GtkCheckButton *_kd_plan_page_get_overdue_filter (KdPlanPage *self);
const char     *_kd_plan_page_get_footer (KdPlanPage *self);
const char     *_kd_plan_page_get_message (KdPlanPage *self);
GtkWindow      *_kd_plan_page_get_dialog (KdPlanPage *self);
void            _kd_plan_page_select (KdPlanPage *self,
                                      guint       position,
                                      guint       n);
char           *_kd_plan_page_dup_marks (KdPlanPage *self,
                                         guint       position);
const char     *_kd_plan_page_get_review_text (KdPlanPage *self,
                                               guint       position);

G_END_DECLS
