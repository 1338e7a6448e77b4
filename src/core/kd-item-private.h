/* kd-item-private.h — what the model's own code needs of KdItem */
#pragma once

#include <gio/gio.h>

#include "kd-item.h"
#include "kd-json-guard.h"
#include "kd-problem.h"
#include "kd-undo-stack.h"

G_BEGIN_DECLS

#define KD_FIELD(type, field, member, fkind, flabel)           \
  {                                                            \
    field, fkind, G_STRUCT_OFFSET (type, member), NULL, flabel \
  }
#define KD_ENUM_FIELD(type, field, member, get_type, flabel)               \
  {                                                                        \
    field, KD_FIELD_ENUM, G_STRUCT_OFFSET (type, member), get_type, flabel \
  }

void        _kd_item_set_id (KdItem     *self,
                             const char *id);
void        _kd_item_attach (KdItem     *self,
                             KdDocument *document);
JsonObject *_kd_item_get_unknown (KdItem *self);
void        _kd_item_forget_unknown (KdItem     *self,
                                     const char *json_member);
void        _kd_item_load (KdItem        *self,
                           JsonObject    *object,
                           const char    *location,
                           KdProblemList *problems);
JsonObject *_kd_item_save (KdItem *self);
void        _kd_item_copy_json_member (JsonObject *from,
                                       JsonObject *to,
                                       const char *member);
char       *_kd_item_new_id (const char *prefix);
gboolean    _kd_item_check_editable (KdItem  *self,
                                     GError **error);

/* Records a change the item made itself (outside its fields), already applied; @field and
 * @value say what changed, for the document's history. */
void _kd_item_record (KdItem        *self,
                      const char    *field,
                      const char    *value,
                      const char    *label,
                      KdUndoApply    apply,
                      gpointer       data,
                      GDestroyNotify destroy);

void       _kd_item_load_list (JsonArray     *array,
                               GListStore    *store,
                               GType          type,
                               JsonArray     *kept,
                               const char    *item_label,
                               KdProblemList *problems);
JsonArray *_kd_item_save_list (GListModel *list,
                               JsonArray  *kept);

/* A list of items read straight from the text: see kd_json_guard_parse_lists(). */
typedef struct _KdItemListReading KdItemListReading;

KdItemListReading *_kd_item_list_reading_new (GType       type,
                                              const char *item_label);
void               _kd_item_list_reading_free (KdItemListReading *reading);
gboolean           _kd_item_read_element (KdJsonReader *reader,
                                          guint         index,
                                          gpointer      reading);
void               _kd_item_list_reading_finish (KdItemListReading *reading,
                                                 GListStore        *store,
                                                 JsonArray         *kept,
                                                 KdProblemList     *problems);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KdItemListReading, _kd_item_list_reading_free)

/* Typed getters of string fields: "" rather than NULL. */
#define KD_ITEM_STRING_GETTER(Type, prefix, TYPE_CHECK, field) \
  const char *prefix##_get_##field (Type *self)                \
  {                                                            \
    g_return_val_if_fail (TYPE_CHECK (self), NULL);            \
    return self->field != NULL ? self->field : "";             \
  }

G_END_DECLS
