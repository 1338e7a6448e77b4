/* kd-text-box.h — edits one multi-line text of a document item, with evidence codes
 *
 * A GtkTextView over one text of the model: a field ("strengths"), an indicator's "Mô tả hiện
 * trạng" ("descriptions.1a") or a TT 57 quantitative datum ("quantitative.2") of a criterion
 * record.  Like KdFieldEntry, the text is committed when the focus leaves (or by
 * kd_text_box_commit), an unchanged text writes nothing and Escape reverts: one committed edit is
 * one undo step.  Evidence codes that the document's evidence list lacks are underlined as
 * errors and named below the text; a button beside the title inserts a code from the list at
 * the cursor.
 */
#pragma once

#include <gtk/gtk.h>

#include "kd-item.h"

G_BEGIN_DECLS

#define KD_TYPE_TEXT_BOX (kd_text_box_get_type ())
G_DECLARE_FINAL_TYPE (KdTextBox, kd_text_box, KD, TEXT_BOX, GtkWidget)

GtkWidget   *kd_text_box_new (const char *title,
                              const char *accessible_label);
void         kd_text_box_set_target (KdTextBox  *self,
                                     KdItem     *item,
                                     const char *field);
const char  *kd_text_box_get_field (KdTextBox *self);
GtkTextView *kd_text_box_get_view (KdTextBox *self);
char        *kd_text_box_dup_text (KdTextBox *self);
void         kd_text_box_commit (KdTextBox *self);
void         kd_text_box_insert_code (KdTextBox  *self,
                                      const char *code);

/* For tests: the codes underlined as unknown, in order, separated by spaces. */
char       *_kd_text_box_dup_unknown_codes (KdTextBox *self);
GtkWidget  *_kd_text_box_get_picker (KdTextBox *self);
GtkListBox *_kd_text_box_get_picker_list (KdTextBox *self);

G_END_DECLS
