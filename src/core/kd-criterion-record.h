/* kd-criterion-record.h — what the school recorded for one criterion (the Phiếu đánh giá)
 *
 * Indicator states, the "Mô tả hiện trạng" of each indicator, strengths, weaknesses, the planned
 * improvement, TT 57's quantitative data, and who is assigned.  The document's Mức 4 (extra
 * requirements) uses the same record, keyed "1".."6".
 */
#pragma once

#include "kd-council.h"
#include "kd-framework.h"
#include "kd-item.h"

G_BEGIN_DECLS

#define KD_TYPE_CRITERION_RECORD (kd_criterion_record_get_type ())
G_DECLARE_FINAL_TYPE (KdCriterionRecord, kd_criterion_record, KD, CRITERION_RECORD, KdItem)

const char           *kd_criterion_record_get_code (KdCriterionRecord *self);
const KdCriterionDef *kd_criterion_record_get_def (KdCriterionRecord *self);
gboolean              kd_criterion_record_is_extra (KdCriterionRecord *self);

KdState     kd_criterion_record_get_indicator (KdCriterionRecord *self,
                                               const char        *id);
void        kd_criterion_record_set_indicator (KdCriterionRecord *self,
                                               const char        *id,
                                               KdState            state);
const char *kd_criterion_record_get_description (KdCriterionRecord *self,
                                                 const char        *id);
void        kd_criterion_record_set_description (KdCriterionRecord *self,
                                                 const char        *id,
                                                 const char        *text);
const char *kd_criterion_record_get_quantitative (KdCriterionRecord *self,
                                                  guint              index);
void        kd_criterion_record_set_quantitative (KdCriterionRecord *self,
                                                  guint              index,
                                                  const char        *value);

const char *kd_criterion_record_get_strengths (KdCriterionRecord *self);
const char *kd_criterion_record_get_weaknesses (KdCriterionRecord *self);
const char *kd_criterion_record_get_improvement (KdCriterionRecord *self);
const char *kd_criterion_record_get_assignee (KdCriterionRecord *self);
gboolean    kd_criterion_record_is_assigned_to (KdCriterionRecord *self,
                                                KdMember          *member);

char *kd_criterion_record_dup_all_text (KdCriterionRecord *self);

#define KD_TYPE_STANDARD_RECORD (kd_standard_record_get_type ())
G_DECLARE_FINAL_TYPE (KdStandardRecord, kd_standard_record, KD, STANDARD_RECORD, KdItem)

guint       kd_standard_record_get_number (KdStandardRecord *self);
const char *kd_standard_record_get_strengths (KdStandardRecord *self);
const char *kd_standard_record_get_weaknesses (KdStandardRecord *self);
const char *kd_standard_record_get_improvement (KdStandardRecord *self);

G_END_DECLS
