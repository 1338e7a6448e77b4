/* kd-application.h — the Kiểm Định application: one instance, its windows, settings, recovery */
#pragma once

#include <gtk/gtk.h>

#include "kd-framework-registry.h"
#include "kd-recovery.h"

G_BEGIN_DECLS

#define KD_TYPE_APPLICATION (kd_application_get_type ())
G_DECLARE_FINAL_TYPE (KdApplication, kd_application, KD, APPLICATION, GtkApplication)

typedef struct _KdWindow KdWindow;

KdApplication       *kd_application_new (GApplicationFlags extra_flags);
KdFrameworkRegistry *kd_application_get_registry (KdApplication *self);
GSettings           *kd_application_get_settings (KdApplication *self);
KdRecovery          *kd_application_get_recovery (KdApplication *self);
KdWindow            *kd_application_get_empty_window (KdApplication *self);
KdWindow            *kd_application_open_file (KdApplication *self,
                                               GFile         *file);
void                 kd_application_add_recent (KdApplication *self,
                                                GFile         *file);
void                 kd_application_forget_recent (KdApplication *self,
                                                   GFile         *file);

G_END_DECLS
