/* kd-field-entry.h — edits one field of a document item as text
 *
 * GtkEntry based (GtkEditableLabel crashes in GTK 4.8, STYLE.md §2.4): a form's field is a GtkEntry;
 * a table cell draws its value and edits it in a GtkText, made when the cell is focused or clicked
 * and gone when the focus leaves.  The text is committed on Enter and when the focus leaves,
 * checked by core (kd_item_set_from_text); Escape reverts.  An unchanged text writes nothing, so
 * one committed edit is one model change and one undo step.  A refused text stays in the editor
 * with core's message: below it in a form, as its tooltip in a table cell.
 */
#pragma once

#include <gtk/gtk.h>

#include "kd-item.h"

G_BEGIN_DECLS

#define KD_TYPE_FIELD_ENTRY (kd_field_entry_get_type ())
G_DECLARE_FINAL_TYPE (KdFieldEntry, kd_field_entry, KD, FIELD_ENTRY, GtkWidget)

GtkWidget   *kd_field_entry_new (const char *field,
                                 gboolean    in_form);
KdItem      *kd_field_entry_get_item (KdFieldEntry *self);
void         kd_field_entry_set_item (KdFieldEntry *self,
                                      KdItem       *item);
GtkEditable *kd_field_entry_get_editable (KdFieldEntry *self);
const char  *kd_field_entry_get_text (KdFieldEntry *self);
gboolean     kd_field_entry_commit (KdFieldEntry *self);
const char  *kd_field_entry_get_message (KdFieldEntry *self);
void         kd_field_entry_set_accessible_label (KdFieldEntry *self,
                                                  const char   *label);
void         kd_field_entry_set_has_frame (KdFieldEntry *self,
                                           gboolean      has_frame);

G_END_DECLS
