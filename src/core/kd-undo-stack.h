/* kd-undo-stack.h — undo and redo for every edit of a document
 *
 * Each change the model records is an action that knows how to apply itself both ways.  Actions
 * pushed between begin_group and end_group undo as one step ("Tạo từ điểm yếu" adds ten rows:
 * one Ctrl+Z removes them).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef void (*KdUndoApply) (gpointer data,
                             gboolean undo);

#define KD_TYPE_UNDO_STACK (kd_undo_stack_get_type ())
G_DECLARE_FINAL_TYPE (KdUndoStack, kd_undo_stack, KD, UNDO_STACK, GObject)

KdUndoStack *kd_undo_stack_new (void);
void         kd_undo_stack_push (KdUndoStack   *self,
                                 const char    *label,
                                 KdUndoApply    apply,
                                 gpointer       data,
                                 GDestroyNotify destroy);
void         kd_undo_stack_begin_group (KdUndoStack *self,
                                        const char  *label);
void         kd_undo_stack_end_group (KdUndoStack *self);
gboolean     kd_undo_stack_undo (KdUndoStack *self);
gboolean     kd_undo_stack_redo (KdUndoStack *self);
gboolean     kd_undo_stack_can_undo (KdUndoStack *self);
gboolean     kd_undo_stack_can_redo (KdUndoStack *self);
const char  *kd_undo_stack_get_undo_label (KdUndoStack *self);
const char  *kd_undo_stack_get_redo_label (KdUndoStack *self);
gboolean     kd_undo_stack_is_applying (KdUndoStack *self);
void         kd_undo_stack_mark_clean (KdUndoStack *self);
void         kd_undo_stack_mark_dirty (KdUndoStack *self);
gboolean     kd_undo_stack_is_clean (KdUndoStack *self);
void         kd_undo_stack_clear (KdUndoStack *self);

G_END_DECLS
