/* kd-field-choice.h — edits one field of a document item by picking from a list
 *
 * A KdChoiceList holds the choices: keys (what the field stores: an enum nick, an id, a code, a
 * number) and the labels users read.  Several KdFieldChoice widgets can share one list (every
 * member's "group" picks from the same groups); when the list changes they all follow.  A
 * KdFieldChoice shows a button that looks like a drop-down's and makes the GtkDropDown when it
 * is first opened.
 */
#pragma once

#include <gtk/gtk.h>

#include "kd-item.h"

G_BEGIN_DECLS

#define KD_TYPE_CHOICE_LIST (kd_choice_list_get_type ())
G_DECLARE_FINAL_TYPE (KdChoiceList, kd_choice_list, KD, CHOICE_LIST, GObject)

KdChoiceList *kd_choice_list_new (void);
void          kd_choice_list_set (KdChoiceList      *self,
                                  const char *const *keys,
                                  const char *const *labels);
gboolean      kd_choice_list_set_if_changed (KdChoiceList      *self,
                                             const char *const *keys,
                                             const char *const *labels);
GListModel   *kd_choice_list_get_labels (KdChoiceList *self);
guint         kd_choice_list_find (KdChoiceList *self,
                                   const char   *key);
const char   *kd_choice_list_get_key (KdChoiceList *self,
                                      guint         position);
guint         kd_choice_list_get_n_items (KdChoiceList *self);
gboolean      kd_choice_list_is_updating (KdChoiceList *self);

#define KD_TYPE_FIELD_CHOICE (kd_field_choice_get_type ())
G_DECLARE_FINAL_TYPE (KdFieldChoice, kd_field_choice, KD, FIELD_CHOICE, GtkWidget)

GtkWidget   *kd_field_choice_new (const char   *field,
                                  KdChoiceList *choices);
void         kd_field_choice_set_item (KdFieldChoice *self,
                                       KdItem        *item);
KdItem      *kd_field_choice_get_item (KdFieldChoice *self);
GtkDropDown *kd_field_choice_get_drop_down (KdFieldChoice *self);
void         kd_field_choice_select (KdFieldChoice *self,
                                     const char    *key);
const char  *kd_field_choice_get_text (KdFieldChoice *self);
void         kd_field_choice_set_accessible_label (KdFieldChoice *self,
                                                   const char    *label);

G_END_DECLS
