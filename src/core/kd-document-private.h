/* kd-document-private.h — what the model's own code needs of KdDocument */
#pragma once

#include <json-glib/json-glib.h>

#include "kd-document.h"
#include "kd-undo-stack.h"

G_BEGIN_DECLS

/* Where items record their changes: shared by a document and its items, it outlives neither's
 * need (an item removed from the document may live on in the undo stack). */
typedef struct
{
  KdDocument *document; /* NULL once the document is gone */
} KdChangeSink;

typedef enum
{
  KD_CHANGE_EDIT,
  KD_CHANGE_ADD,
  KD_CHANGE_DELETE,
  KD_CHANGE_MOVE,
} KdChangeAction;

/* What a change was, for the history: the item, the field ("owner", "indicators.1a") and the
 * new value as users read it. */
typedef struct
{
  KdChangeAction action;
  KdItem        *item;
  const char    *field;
  const char    *value;
} KdChangeNote;

KdChangeSink *kd_change_sink_ref (KdChangeSink *sink);
void          kd_change_sink_unref (KdChangeSink *sink);
void          _kd_change_sink_record (KdChangeSink       *sink,
                                      const KdChangeNote *note,
                                      const char         *label,
                                      KdUndoApply         apply,
                                      gpointer            data,
                                      GDestroyNotify      destroy);

KdChangeSink *_kd_document_get_sink (KdDocument *self);

typedef struct
{
  JsonObject *root;      /* members of the top level this version does not know */
  JsonObject *council;   /* same inside "council" */
  JsonObject *criteria;  /* criteria whose code the framework does not have, kept verbatim */
  JsonObject *standards; /* same for standards */
  JsonArray  *lists[7];  /* list elements that were not objects: members, groups, evidence, plan,
                          * reviews, history, meetings */
} KdDocumentKept;

KdDocumentKept *_kd_document_get_kept (KdDocument *self);
void            _kd_document_set_file_version (KdDocument *self,
                                               guint       version);
KdProblemList  *_kd_document_get_problems (KdDocument *self);
GPtrArray      *_kd_document_get_records (KdDocument *self);
void            _kd_document_attach_all (KdDocument *self);

/* Members that only merge and packages read and write (kd-merge.c, kd-package.c); the document
 * keeps them as they are. */
void        _kd_document_set_identity (KdDocument *self,
                                       const char *id,
                                       guint       revision);
void        _kd_document_set_id_stored (KdDocument *self);
JsonObject *_kd_document_get_package (KdDocument *self);
void        _kd_document_set_package (KdDocument *self,
                                      JsonObject *package);
JsonArray  *_kd_document_get_conflicts (KdDocument *self);
JsonArray  *_kd_document_get_decisions (KdDocument *self);

G_END_DECLS
