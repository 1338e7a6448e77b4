/* kd-school-page.h — "Thông tin trường": the school and the assessment cycle */
#pragma once

#include "kd-field-choice.h"
#include "kd-field-entry.h"
#include "kd-page.h"

G_BEGIN_DECLS

#define KD_TYPE_SCHOOL_PAGE (kd_school_page_get_type ())
G_DECLARE_FINAL_TYPE (KdSchoolPage, kd_school_page, KD, SCHOOL_PAGE, GtkWidget)

GtkWidget *kd_school_page_new (void);

/* For tests: the editor of a field of the school or the cycle ("name", "school-year" …). */
GtkWidget *_kd_school_page_get_editor (KdSchoolPage *self,
                                       const char   *field);

G_END_DECLS
