/* kd-welcome.h — what a window shows before a document is open
 *
 * New assessment, open, the bundled sample, recent files, and the work a crash left unsaved.
 * Every button is an action (app.new, app.open, win.open-sample, win.open-recent,
 * win.recover, win.discard-recovery), so the welcome screen holds no logic of its own.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KD_TYPE_WELCOME (kd_welcome_get_type ())
G_DECLARE_FINAL_TYPE (KdWelcome, kd_welcome, KD, WELCOME, GtkWidget)

void kd_welcome_set_recent (KdWelcome         *self,
                            const char *const *uris);
void kd_welcome_set_recovery (KdWelcome *self,
                              GPtrArray *entries);

G_END_DECLS
