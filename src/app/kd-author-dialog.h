/* kd-author-dialog.h — who works on this computer, for the history and the lock */
#pragma once

#include <gtk/gtk.h>

#include "kd-document.h"

G_BEGIN_DECLS

#define KD_TYPE_AUTHOR_DIALOG (kd_author_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KdAuthorDialog, kd_author_dialog, KD, AUTHOR_DIALOG, GtkWindow)

KdAuthorDialog *kd_author_dialog_new (GtkWindow  *parent,
                                      KdDocument *document,
                                      GSettings  *settings);

G_END_DECLS
