/* kd-conflict-dialog.h — the secretary decides what a merge could not
 *
 * Each conflict left in the document (kd_document_list_conflicts) is shown with the version the
 * package was cut from, the secretary's and the group's, side by side; the secretary keeps one or
 * writes the value.  A conflict stays in the document until decided: closing the dialog drops
 * nothing.
 */
#pragma once

#include <gtk/gtk.h>

#include "kd-document.h"

G_BEGIN_DECLS

#define KD_TYPE_CONFLICT_DIALOG (kd_conflict_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KdConflictDialog, kd_conflict_dialog, KD, CONFLICT_DIALOG, GtkWindow)

KdConflictDialog *kd_conflict_dialog_new (GtkWindow           *parent,
                                          KdDocument          *document,
                                          KdFrameworkRegistry *registry);
void              kd_conflict_dialog_set_document (KdConflictDialog *self,
                                                   KdDocument       *document);
guint             kd_conflict_dialog_get_n_conflicts (KdConflictDialog *self);

G_END_DECLS
