/* kd-history-dialog.h — who changed a criterion (or the document), and when */
#pragma once

#include <gtk/gtk.h>

#include "kd-document.h"

G_BEGIN_DECLS

#define KD_TYPE_HISTORY_DIALOG (kd_history_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KdHistoryDialog, kd_history_dialog, KD, HISTORY_DIALOG, GtkWindow)

KdHistoryDialog *kd_history_dialog_new (GtkWindow  *parent,
                                        KdDocument *document,
                                        const char *criterion);
guint            kd_history_dialog_get_n_entries (KdHistoryDialog *self);

G_END_DECLS
