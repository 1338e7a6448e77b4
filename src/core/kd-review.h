/* kd-review.h — a review of the improvement plan (theo dõi, đánh giá thực hiện) */
#pragma once

#include <gio/gio.h>

#include "kd-item.h"

G_BEGIN_DECLS

#define KD_TYPE_REVIEW_ENTRY (kd_review_entry_get_type ())
G_DECLARE_FINAL_TYPE (KdReviewEntry, kd_review_entry, KD, REVIEW_ENTRY, KdItem)

KdReviewEntry *kd_review_entry_new (const char  *row_id,
                                    KdPlanStatus status);
const char    *kd_review_entry_get_row (KdReviewEntry *self);
KdPlanStatus   kd_review_entry_get_status (KdReviewEntry *self);
const char    *kd_review_entry_get_comment (KdReviewEntry *self);

#define KD_TYPE_REVIEW (kd_review_get_type ())
G_DECLARE_FINAL_TYPE (KdReview, kd_review, KD, REVIEW, KdItem)

KdReview      *kd_review_new (void);
const char    *kd_review_get_date (KdReview *self);
const char    *kd_review_get_title (KdReview *self);
const char    *kd_review_get_reviewer (KdReview *self);
const char    *kd_review_get_content (KdReview *self);
const char    *kd_review_get_result (KdReview *self);
const char    *kd_review_get_adjustment (KdReview *self);
GListModel    *kd_review_get_entries (KdReview *self);
KdReviewEntry *kd_review_lookup_entry (KdReview   *self,
                                       const char *row_id);

G_END_DECLS
