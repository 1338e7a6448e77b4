/* kd-review-check.h — is the improvement plan reviewed as often as the framework asks?
 *
 * TT 57 (Biểu 2 mục VIII) asks for at least two reviews of the plan each school year, at the end
 * of semester I and at the end of the year; the 2018 circulars ask for none.
 */
#pragma once

#include "kd-document.h"

G_BEGIN_DECLS

KdProblemList *kd_document_check_reviews (KdDocument  *self,
                                          const GDate *today);
gboolean       kd_review_due_date (guint  first_year,
                                   guint  number,
                                   guint  per_year,
                                   GDate *due);

G_END_DECLS
