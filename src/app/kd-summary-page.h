/* kd-summary-page.h — "Tổng quan": where the school stands, at a glance and from across a room */
#pragma once

#include "kd-page.h"

G_BEGIN_DECLS

#define KD_TYPE_SUMMARY_PAGE (kd_summary_page_get_type ())
G_DECLARE_FINAL_TYPE (KdSummaryPage, kd_summary_page, KD, SUMMARY_PAGE, GtkWidget)

GtkWidget *kd_summary_page_new (void);

/* For tests: the sentence of the school's level, a criterion's cell, the plan-review reminders. */
const char *_kd_summary_page_get_verdict (KdSummaryPage *self);
GtkWidget  *_kd_summary_page_get_cell (KdSummaryPage *self,
                                       const char    *criterion_id);
char       *_kd_summary_page_dup_reminders (KdSummaryPage *self);
gboolean    _kd_summary_page_open_reviews (KdSummaryPage *self);
gboolean    _kd_summary_page_open_missing (KdSummaryPage *self,
                                           guint          index);

G_END_DECLS
