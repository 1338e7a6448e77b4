/* kd-plan-row.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-item-private.h"
#include "kd-plan-row.h"
#include "kd-text.h"

struct _KdPlanRow
{
  KdItem parent_instance;

  char        *criterion;         /* "3.2", or "" for a row not tied to one */
  char        *issue;             /* nội dung cải tiến (Biểu 2, cột 2) */
  char        *target;            /* kết quả cần đạt / mục tiêu */
  char        *actions;           /* công việc / giải pháp */
  char        *owner;             /* chủ trì */
  char        *partners;          /* phối hợp */
  char        *start;             /* ISO date or "" */
  char        *deadline;          /* ISO date or "" */
  gint64       budget;            /* dự kiến kinh phí, đồng */
  char        *budget_source;     /* nguồn kinh phí */
  char        *support;           /* điều kiện hỗ trợ / nguồn lực */
  char        *supervisor;        /* giám sát thực hiện */
  char        *indicators;        /* chỉ số đánh giá kết quả (TT 57) */
  char        *expected_evidence; /* minh chứng dự kiến (TT 57) */
  KdPlanStatus status;            /* mức độ thực hiện */
  char        *note;
};

G_DEFINE_FINAL_TYPE (KdPlanRow, kd_plan_row, KD_TYPE_ITEM)

static const KdField plan_row_fields[] = {
  KD_FIELD (KdPlanRow, "criterion", criterion, KD_FIELD_CRITERION, N_ ("criterion")),
  KD_FIELD (KdPlanRow, "issue", issue, KD_FIELD_STRING, N_ ("issue to improve")),
  KD_FIELD (KdPlanRow, "target", target, KD_FIELD_STRING, N_ ("target")),
  KD_FIELD (KdPlanRow, "actions", actions, KD_FIELD_STRING, N_ ("actions")),
  KD_FIELD (KdPlanRow, "owner", owner, KD_FIELD_STRING, N_ ("owner")),
  KD_FIELD (KdPlanRow, "partners", partners, KD_FIELD_STRING, N_ ("partners")),
  KD_FIELD (KdPlanRow, "start", start, KD_FIELD_DATE, N_ ("start date")),
  KD_FIELD (KdPlanRow, "deadline", deadline, KD_FIELD_DATE, N_ ("deadline")),
  KD_FIELD (KdPlanRow, "budget", budget, KD_FIELD_MONEY, N_ ("budget")),
  KD_FIELD (KdPlanRow, "budget-source", budget_source, KD_FIELD_STRING, N_ ("source of funds")),
  KD_FIELD (KdPlanRow, "support", support, KD_FIELD_STRING, N_ ("other support")),
  KD_FIELD (KdPlanRow, "supervisor", supervisor, KD_FIELD_STRING, N_ ("supervisor")),
  KD_FIELD (KdPlanRow, "indicators", indicators, KD_FIELD_STRING, N_ ("result indicators")),
  KD_FIELD (KdPlanRow, "expected-evidence", expected_evidence, KD_FIELD_STRING, N_ ("expected evidence")),
  KD_ENUM_FIELD (KdPlanRow, "status", status, kd_plan_status_get_type, N_ ("status")),
  KD_FIELD (KdPlanRow, "note", note, KD_FIELD_STRING, N_ ("note")),
};

static void
kd_plan_row_class_init (KdPlanRowClass *klass)
{
  kd_item_class_install_fields (KD_ITEM_CLASS (klass), plan_row_fields, G_N_ELEMENTS (plan_row_fields));
}

static void
kd_plan_row_init (KdPlanRow *self)
{
  g_autofree char *id = _kd_item_new_id ("p-");

  _kd_item_set_id (KD_ITEM (self), id);
}

KdPlanRow *
kd_plan_row_new (void)
{
  return g_object_new (KD_TYPE_PLAN_ROW, NULL);
}

KD_ITEM_STRING_GETTER (KdPlanRow, kd_plan_row, KD_IS_PLAN_ROW, criterion)
KD_ITEM_STRING_GETTER (KdPlanRow, kd_plan_row, KD_IS_PLAN_ROW, issue)
KD_ITEM_STRING_GETTER (KdPlanRow, kd_plan_row, KD_IS_PLAN_ROW, target)
KD_ITEM_STRING_GETTER (KdPlanRow, kd_plan_row, KD_IS_PLAN_ROW, actions)
KD_ITEM_STRING_GETTER (KdPlanRow, kd_plan_row, KD_IS_PLAN_ROW, owner)
KD_ITEM_STRING_GETTER (KdPlanRow, kd_plan_row, KD_IS_PLAN_ROW, partners)
KD_ITEM_STRING_GETTER (KdPlanRow, kd_plan_row, KD_IS_PLAN_ROW, start)
KD_ITEM_STRING_GETTER (KdPlanRow, kd_plan_row, KD_IS_PLAN_ROW, deadline)
KD_ITEM_STRING_GETTER (KdPlanRow, kd_plan_row, KD_IS_PLAN_ROW, budget_source)
KD_ITEM_STRING_GETTER (KdPlanRow, kd_plan_row, KD_IS_PLAN_ROW, support)
KD_ITEM_STRING_GETTER (KdPlanRow, kd_plan_row, KD_IS_PLAN_ROW, supervisor)
KD_ITEM_STRING_GETTER (KdPlanRow, kd_plan_row, KD_IS_PLAN_ROW, indicators)
KD_ITEM_STRING_GETTER (KdPlanRow, kd_plan_row, KD_IS_PLAN_ROW, expected_evidence)
KD_ITEM_STRING_GETTER (KdPlanRow, kd_plan_row, KD_IS_PLAN_ROW, note)

gint64
kd_plan_row_get_budget (KdPlanRow *self)
{
  g_return_val_if_fail (KD_IS_PLAN_ROW (self), 0);
  return self->budget;
}

KdPlanStatus
kd_plan_row_get_status (KdPlanRow *self)
{
  g_return_val_if_fail (KD_IS_PLAN_ROW (self), KD_PLAN_STATUS_TODO);
  return self->status;
}

/* Past its deadline and neither done nor cancelled. */
gboolean
kd_plan_row_is_overdue (KdPlanRow   *self,
                        const GDate *today)
{
  GDate deadline;

  g_return_val_if_fail (KD_IS_PLAN_ROW (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  if (self->status == KD_PLAN_STATUS_DONE || self->status == KD_PLAN_STATUS_CANCELLED)
    return FALSE;
  if (!kd_date_parse_iso (self->deadline, &deadline))
    return FALSE;
  return g_date_compare (&deadline, today) < 0;
}
