/* kd-school.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-item-private.h"
#include "kd-school.h"

struct _KdSchool
{
  KdItem parent_instance;

  char *name;
  char *type;
  char *agency; /* cơ quan chủ quản */
  char *address;
  char *principal;
  char *phone;
  char *email;
};

G_DEFINE_FINAL_TYPE (KdSchool, kd_school, KD_TYPE_ITEM)

static const KdField school_fields[] = {
  KD_FIELD (KdSchool, "name", name, KD_FIELD_STRING, N_ ("school name")),
  KD_FIELD (KdSchool, "type", type, KD_FIELD_STRING, N_ ("school type")),
  KD_FIELD (KdSchool, "agency", agency, KD_FIELD_STRING, N_ ("governing agency")),
  KD_FIELD (KdSchool, "address", address, KD_FIELD_STRING, N_ ("address")),
  KD_FIELD (KdSchool, "principal", principal, KD_FIELD_STRING, N_ ("principal")),
  KD_FIELD (KdSchool, "phone", phone, KD_FIELD_STRING, N_ ("telephone")),
  KD_FIELD (KdSchool, "email", email, KD_FIELD_STRING, N_ ("e-mail")),
};

static void
kd_school_class_init (KdSchoolClass *klass)
{
  kd_item_class_install_fields (KD_ITEM_CLASS (klass), school_fields, G_N_ELEMENTS (school_fields));
}

static void
kd_school_init (KdSchool *self)
{
}

KdSchool *
kd_school_new (void)
{
  return g_object_new (KD_TYPE_SCHOOL, NULL);
}

KD_ITEM_STRING_GETTER (KdSchool, kd_school, KD_IS_SCHOOL, name)
KD_ITEM_STRING_GETTER (KdSchool, kd_school, KD_IS_SCHOOL, agency)
KD_ITEM_STRING_GETTER (KdSchool, kd_school, KD_IS_SCHOOL, address)
KD_ITEM_STRING_GETTER (KdSchool, kd_school, KD_IS_SCHOOL, principal)

const char *
kd_school_get_type_code (KdSchool *self)
{
  g_return_val_if_fail (KD_IS_SCHOOL (self), NULL);
  return self->type != NULL ? self->type : "";
}

struct _KdCycle
{
  KdItem parent_instance;

  char *school_year;
  char *place;
  char *date;
  char *number;       /* số, ký hiệu of the plan or report */
  guint target_level; /* the level the school aims at */
};

G_DEFINE_FINAL_TYPE (KdCycle, kd_cycle, KD_TYPE_ITEM)

static const KdField cycle_fields[] = {
  KD_FIELD (KdCycle, "school-year", school_year, KD_FIELD_YEAR, N_ ("school year")),
  KD_FIELD (KdCycle, "place", place, KD_FIELD_STRING, N_ ("place")),
  KD_FIELD (KdCycle, "date", date, KD_FIELD_DATE, N_ ("date")),
  KD_FIELD (KdCycle, "number", number, KD_FIELD_STRING, N_ ("document number")),
  KD_FIELD (KdCycle, "target-level", target_level, KD_FIELD_UINT, N_ ("target level")),
};

static void
kd_cycle_class_init (KdCycleClass *klass)
{
  kd_item_class_install_fields (KD_ITEM_CLASS (klass), cycle_fields, G_N_ELEMENTS (cycle_fields));
}

static void
kd_cycle_init (KdCycle *self)
{
}

KdCycle *
kd_cycle_new (void)
{
  return g_object_new (KD_TYPE_CYCLE, NULL);
}

KD_ITEM_STRING_GETTER (KdCycle, kd_cycle, KD_IS_CYCLE, school_year)
KD_ITEM_STRING_GETTER (KdCycle, kd_cycle, KD_IS_CYCLE, place)
KD_ITEM_STRING_GETTER (KdCycle, kd_cycle, KD_IS_CYCLE, date)
KD_ITEM_STRING_GETTER (KdCycle, kd_cycle, KD_IS_CYCLE, number)

guint
kd_cycle_get_target_level (KdCycle *self)
{
  g_return_val_if_fail (KD_IS_CYCLE (self), 0);
  return self->target_level;
}
