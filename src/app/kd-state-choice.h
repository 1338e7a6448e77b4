/* kd-state-choice.h — Đạt / Không đạt / Chưa đánh giá for one indicator of a record
 *
 * Three linked toggle buttons over one indicator (or Mức 4 requirement) of a
 * KdCriterionRecord: a click sets it in the model (one undo step); kd_state_choice_sync() shows
 * the model's state again after an undo or a change made elsewhere.
 */
#pragma once

#include <gtk/gtk.h>

#include "kd-criterion-record.h"

G_BEGIN_DECLS

#define KD_TYPE_STATE_CHOICE (kd_state_choice_get_type ())
G_DECLARE_FINAL_TYPE (KdStateChoice, kd_state_choice, KD, STATE_CHOICE, GtkWidget)

GtkWidget  *kd_state_choice_new (const char *subject);
const char *kd_state_choice_get_id (KdStateChoice *self);
void        kd_state_choice_set_target (KdStateChoice     *self,
                                        KdCriterionRecord *record,
                                        const char        *id);
void        kd_state_choice_sync (KdStateChoice *self);
KdState     kd_state_choice_get_state (KdStateChoice *self);

/* For tests: clicks the button of @state. */
gboolean _kd_state_choice_choose (KdStateChoice *self,
                                  KdState        state);

G_END_DECLS
