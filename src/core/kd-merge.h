/* kd-merge.h — bringing two versions of a document together without losing a change
 *
 * A three-way merge, field by field, of two documents against their common ancestor: what
 * changed on one side only is applied; what changed differently on both sides is a conflict the
 * secretary decides (both values are kept until then); rows, evidence, members… are matched by
 * their stable ids, so importing the same package twice changes nothing.
 */
#pragma once

#include "kd-document.h"

G_BEGIN_DECLS

typedef enum
{
  KD_CONFLICT_BOTH_CHANGED,   /* both sides changed the value, differently */
  KD_CONFLICT_EDITED_DELETED, /* changed here, deleted in the other version */
  KD_CONFLICT_DELETED_EDITED, /* deleted here, changed in the other version */
  KD_CONFLICT_OUT_OF_SCOPE,   /* a work package changed what was not given to it */
} KdConflictKind;

typedef struct
{
  char          *id;
  KdConflictKind kind;
  char         **path;     /* ["criteria", "3.2", "descriptions", "1a"] — list items by their id */
  char          *location; /* "tiêu chí 3.2, mô tả hiện trạng chỉ báo 1a" */
  char          *source;   /* where the other version came from */
  JsonNode      *base;     /* NULL: absent */
  JsonNode      *ours;
  JsonNode      *theirs;
} KdConflict;

void        kd_conflict_free (KdConflict *conflict);
char       *kd_conflict_describe_value (const JsonNode *value);
const char *kd_conflict_kind_describe (KdConflictKind kind);

typedef struct _KdMergeResult KdMergeResult;

typedef struct
{
  const char *source;      /* shown in the history and the conflicts: "Nhóm công tác 1 (nhom1.kdcl)" */
  const char *scope_owner; /* a work package's owner: theirs may change only what was given to it */
} KdMergeOptions;

KdMergeResult *kd_merge_documents (KdDocument           *ours,
                                   KdDocument           *base,
                                   KdDocument           *theirs,
                                   const KdMergeOptions *options,
                                   GError              **error);
KdMergeResult *kd_merge_package (KdDocument *ours,
                                 KdDocument *package,
                                 const char *file_name,
                                 GError    **error);
void           kd_merge_result_free (KdMergeResult *result);
GPtrArray     *kd_merge_result_get_conflicts (KdMergeResult *result);
GPtrArray     *kd_merge_result_get_applied (KdMergeResult *result);
KdDocument    *kd_merge_result_to_document (KdMergeResult       *result,
                                            KdFrameworkRegistry *registry,
                                            GError             **error);

typedef enum
{
  KD_RESOLVE_OURS,
  KD_RESOLVE_THEIRS,
  KD_RESOLVE_VALUE,
} KdResolution;

GPtrArray  *kd_document_list_conflicts (KdDocument *document);
KdDocument *kd_document_resolve_conflict (KdDocument          *document,
                                          KdFrameworkRegistry *registry,
                                          const char          *conflict_id,
                                          KdResolution         resolution,
                                          JsonNode            *value,
                                          GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KdMergeResult, kd_merge_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KdConflict, kd_conflict_free)

G_END_DECLS
