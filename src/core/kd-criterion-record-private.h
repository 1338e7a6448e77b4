/* kd-criterion-record-private.h */
#pragma once

#include "kd-criterion-record.h"

G_BEGIN_DECLS

KdCriterionRecord *_kd_criterion_record_new (KdFramework          *framework,
                                             const KdCriterionDef *def);
gboolean           _kd_criterion_record_has_data (KdCriterionRecord *self);
KdStandardRecord  *_kd_standard_record_new (guint number);

G_END_DECLS
