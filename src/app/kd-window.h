/* kd-window.h — the main window: one assessment, its sections, its file */
#pragma once

#include <gtk/gtk.h>

#include "kd-application.h"
#include "kd-document.h"

G_BEGIN_DECLS

#define KD_TYPE_WINDOW (kd_window_get_type ())
G_DECLARE_FINAL_TYPE (KdWindow, kd_window, KD, WINDOW, GtkApplicationWindow)

KdWindow   *kd_window_new (KdApplication *application);
KdDocument *kd_window_get_document (KdWindow *self);
GFile      *kd_window_get_file (KdWindow *self);
void        kd_window_set_document (KdWindow   *self,
                                    KdDocument *document,
                                    GFile      *file);
gboolean    kd_window_open_file (KdWindow *self,
                                 GFile    *file,
                                 GError  **error);
gboolean    kd_window_open_sample (KdWindow *self,
                                   GError  **error);
gboolean    kd_window_save_to_file (KdWindow *self,
                                    GFile    *file,
                                    GError  **error);
gboolean    kd_window_is_unsaved (KdWindow *self);
void        kd_window_new_assessment (KdWindow *self);
void        kd_window_show_message (KdWindow   *self,
                                    const char *title,
                                    const char *message);

G_END_DECLS
