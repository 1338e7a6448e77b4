/* kd-criterion-face.h — what a criterion's cell on the overview shows: code, level, level marks */
#pragma once

#include <gtk/gtk.h>

#include "kd-types.h"

G_BEGIN_DECLS

#define KD_TYPE_CRITERION_FACE (kd_criterion_face_get_type ())
G_DECLARE_FINAL_TYPE (KdCriterionFace, kd_criterion_face, KD, CRITERION_FACE, GtkWidget)

GtkWidget  *kd_criterion_face_new (const char *code,
                                   guint       max_level);
void        kd_criterion_face_set_level_text (KdCriterionFace *self,
                                              const char      *text);
const char *kd_criterion_face_get_level_text (KdCriterionFace *self);
void        kd_criterion_face_set_mark_state (KdCriterionFace *self,
                                              guint            level,
                                              KdState          state);
KdState     kd_criterion_face_get_mark_state (KdCriterionFace *self,
                                              guint            level);

G_END_DECLS
