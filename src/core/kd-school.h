/* kd-school.h — the school and the assessment cycle */
#pragma once

#include "kd-item.h"

G_BEGIN_DECLS

#define KD_TYPE_SCHOOL (kd_school_get_type ())
G_DECLARE_FINAL_TYPE (KdSchool, kd_school, KD, SCHOOL, KdItem)

KdSchool   *kd_school_new (void);
const char *kd_school_get_name (KdSchool *self);
const char *kd_school_get_type_code (KdSchool *self);
const char *kd_school_get_agency (KdSchool *self);
const char *kd_school_get_address (KdSchool *self);
const char *kd_school_get_principal (KdSchool *self);

#define KD_TYPE_CYCLE (kd_cycle_get_type ())
G_DECLARE_FINAL_TYPE (KdCycle, kd_cycle, KD, CYCLE, KdItem)

KdCycle    *kd_cycle_new (void);
const char *kd_cycle_get_school_year (KdCycle *self);
const char *kd_cycle_get_place (KdCycle *self);
const char *kd_cycle_get_date (KdCycle *self);
const char *kd_cycle_get_number (KdCycle *self);
guint       kd_cycle_get_target_level (KdCycle *self);

G_END_DECLS
