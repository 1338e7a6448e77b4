/* kd-plan-row.h — one action of the improvement plan (kế hoạch cải tiến chất lượng) */
#pragma once

#include "kd-item.h"

G_BEGIN_DECLS

#define KD_TYPE_PLAN_ROW (kd_plan_row_get_type ())
G_DECLARE_FINAL_TYPE (KdPlanRow, kd_plan_row, KD, PLAN_ROW, KdItem)

KdPlanRow   *kd_plan_row_new (void);
const char  *kd_plan_row_get_criterion (KdPlanRow *self);
const char  *kd_plan_row_get_issue (KdPlanRow *self);
const char  *kd_plan_row_get_target (KdPlanRow *self);
const char  *kd_plan_row_get_actions (KdPlanRow *self);
const char  *kd_plan_row_get_owner (KdPlanRow *self);
const char  *kd_plan_row_get_partners (KdPlanRow *self);
const char  *kd_plan_row_get_start (KdPlanRow *self);
const char  *kd_plan_row_get_deadline (KdPlanRow *self);
gint64       kd_plan_row_get_budget (KdPlanRow *self);
const char  *kd_plan_row_get_budget_source (KdPlanRow *self);
const char  *kd_plan_row_get_support (KdPlanRow *self);
const char  *kd_plan_row_get_supervisor (KdPlanRow *self);
const char  *kd_plan_row_get_indicators (KdPlanRow *self);
const char  *kd_plan_row_get_expected_evidence (KdPlanRow *self);
KdPlanStatus kd_plan_row_get_status (KdPlanRow *self);
const char  *kd_plan_row_get_note (KdPlanRow *self);

gboolean kd_plan_row_is_overdue (KdPlanRow   *self,
                                 const GDate *today);

G_END_DECLS
