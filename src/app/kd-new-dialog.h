/* kd-new-dialog.h — "Tạo bản đánh giá mới": school, type, agency, year, place and framework
 *
 * The framework is proposed by core from the school type and year (TT 57 from 2026-2027, the
 * matching 2018 circular before), with core's explanation; the user may pick another.
 */
#pragma once

#include <gtk/gtk.h>

#include "kd-document.h"

G_BEGIN_DECLS

#define KD_TYPE_NEW_DIALOG (kd_new_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KdNewDialog, kd_new_dialog, KD, NEW_DIALOG, GtkWindow)

KdNewDialog *kd_new_dialog_new (GtkWindow           *parent,
                                KdFrameworkRegistry *registry);
KdFramework *kd_new_dialog_get_framework (KdNewDialog *self);
void         kd_new_dialog_select_framework (KdNewDialog *self,
                                             const char  *id);
void         kd_new_dialog_select_school_type (KdNewDialog *self,
                                               const char  *type);
KdDocument  *kd_new_dialog_create (KdNewDialog *self);

G_END_DECLS
