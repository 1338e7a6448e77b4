/* kd-ui-test.h — what every test of the real window needs */
#pragma once

#include "kd-application.h"
#include "kd-window.h"

G_BEGIN_DECLS

KdApplication *kd_ui_test_init (int    *argc,
                                char ***argv);
void           kd_ui_test_settle (void);
KdWindow      *kd_ui_test_window_new (KdApplication *app,
                                      const char    *dir);
void           kd_ui_test_close_windows (KdApplication *app);
void           kd_ui_test_remove_tree (const char *path);
const char    *kd_ui_test_banner_text (KdWindow *window);
const char    *kd_ui_test_banner_button (KdWindow *window);
const char    *kd_ui_test_tooltip (GtkWidget *widget);
gboolean       kd_ui_test_press_key (GtkWidget      *widget,
                                     guint           keyval,
                                     GdkModifierType state);
void           kd_ui_test_click (GtkWidget *widget,
                                 int        n_press,
                                 double     x,
                                 double     y);

G_END_DECLS
