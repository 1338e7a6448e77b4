/* kd-plan-dialogs.h — the plan grid's two questions: where pasted columns go, and which rows to
 * create from the assessment's weaknesses
 *
 * Each dialog does its work on the document through core when confirmed, then calls @done with
 * the rows it wrote or added (one undo step) and a sentence for the page to show.
 */
#pragma once

#include <gtk/gtk.h>

#include "kd-plan-tools.h"

G_BEGIN_DECLS

typedef void (*KdPlanDialogDone) (gpointer    data,
                                  GPtrArray  *rows,
                                  const char *message);

GtkWindow *kd_plan_paste_dialog_new (GtkWindow                 *parent,
                                     KdDocument                *document,
                                     KdPlanPaste               *paste,
                                     const KdPlanColumn *const *columns,
                                     guint                      n_columns,
                                     const int                 *mapping,
                                     GPtrArray                 *targets,
                                     guint                      position,
                                     KdPlanDialogDone           done,
                                     gpointer                   data);
GtkWindow *kd_plan_generate_dialog_new (GtkWindow       *parent,
                                        KdDocument      *document,
                                        KdPlanDialogDone done,
                                        gpointer         data);

GtkWindow *kd_plan_reviews_dialog_new (GtkWindow  *parent,
                                       KdDocument *document);

/* For tests: the dialog's controls, by name ("confirm", "level", "weaknesses", "summary",
 * "error", "column-0", "picker", "add", "rows", "date", "reviewer" …). */
GtkWidget *_kd_plan_dialog_get (GtkWindow  *dialog,
                                const char *name);

G_END_DECLS
