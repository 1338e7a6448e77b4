/* kd-item.h — base of every object in a document
 *
 * An item declares its fields in a table (KdField); KdItem turns the table into GObject
 * properties, reads and writes them as JSON members, keeps the members it does not know (a newer
 * version's data survives this one), and records every change for undo.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "kd-types.h"

G_BEGIN_DECLS

typedef enum
{
  KD_FIELD_STRING,    /* any text */
  KD_FIELD_DATE,      /* ISO date "2024-05-31" or "" */
  KD_FIELD_YEAR,      /* school year "2023-2024" or "" */
  KD_FIELD_MONEY,     /* whole đồng, 0 … KD_BUDGET_MAX */
  KD_FIELD_UINT,      /* small whole number */
  KD_FIELD_ENUM,      /* a registered enum, written by its nick */
  KD_FIELD_CRITERION, /* a criterion code of the framework, or "" */
  KD_FIELD_ID,        /* the id of another item, or "" */
  KD_FIELD_BOOL,      /* true or false */
  KD_FIELD_DATETIME,  /* ISO 8601 date and time with its offset, or "" */
  KD_FIELD_STRV,      /* a list of texts (the ids of members…) */
} KdFieldKind;

typedef struct
{
  const char *name; /* property name; the JSON member has '_' for '-' */
  KdFieldKind kind;
  gsize       offset; /* of the value in the instance struct */
  GType (*enum_type) (void);
  const char *label; /* N_() phrase naming the field in messages */
} KdField;

typedef struct _KdProblemList KdProblemList;

#define KD_TYPE_ITEM (kd_item_get_type ())
G_DECLARE_DERIVABLE_TYPE (KdItem, kd_item, KD, ITEM, GObject)

struct _KdItemClass
{
  GObjectClass parent_class;

  /*< private >*/
  const KdField *fields;
  guint          n_fields;
  GParamSpec   **pspecs;
  const char   **json_members; /* interned: each field's member name in the file */

  void (*load_extra) (KdItem        *self,
                      JsonObject    *object,
                      const char    *location,
                      KdProblemList *problems);
  void (*save_extra) (KdItem     *self,
                      JsonObject *object);

  /* An item may own one list of child items (a review's rows, a meeting's criteria):
   * kd_item_class_install_children() describes it and KdItem loads, saves and attaches it. */
  const char *children_member;
  GType       children_type;
  gsize       children_offset; /* GListStore * in the instance */
  gsize       kept_offset;     /* JsonArray * of unreadable elements, written back as they were */
  const char *children_label;  /* N_() phrase: "reviewed row" */
};

void kd_item_class_install_fields (KdItemClass   *klass,
                                   const KdField *fields,
                                   guint          n_fields);
void kd_item_class_install_children (KdItemClass *klass,
                                     const char  *member,
                                     GType        child_type,
                                     gsize        children_offset,
                                     gsize        kept_offset,
                                     const char  *label);

const char    *kd_item_get_id (KdItem *self);
KdDocument    *kd_item_get_document (KdItem *self);
const KdField *kd_item_lookup_field (KdItem     *self,
                                     const char *name);
const char    *kd_item_get_string (KdItem     *self,
                                   const char *name);
gint64         kd_item_get_number (KdItem     *self,
                                   const char *name);
char          *kd_item_dup_display (KdItem     *self,
                                    const char *name);
gboolean       kd_item_set_from_text (KdItem     *self,
                                      const char *name,
                                      const char *text,
                                      GError    **error);
gboolean       kd_item_is_empty (KdItem *self);
KdItem        *kd_item_duplicate (KdItem *self);

G_END_DECLS
