/* kd-package.h — work packages for the council's groups
 *
 * A package is the whole document written for one group (or member), stamped with the document's
 * id and revision and carrying the version it was cut from, so that its changes can be merged
 * back three-way.  Only the criteria assigned to its owner (and the evidence and plan rows of
 * those criteria, and new ones) are the owner's to change.
 */
#pragma once

#include "kd-document.h"

G_BEGIN_DECLS

typedef struct _KdPackageScope KdPackageScope;

KdPackageScope *kd_package_scope_new (JsonObject *base_root,
                                      const char *owner_id);
void            kd_package_scope_free (KdPackageScope *scope);
gboolean        kd_package_scope_allows (KdPackageScope    *scope,
                                         const char *const *path,
                                         gboolean           added);
gboolean        kd_package_scope_has_criterion (KdPackageScope *scope,
                                                const char     *code);

char       *kd_package_cut (KdDocument *document,
                            const char *owner_id,
                            gsize      *length,
                            GError    **error);
gboolean    kd_package_write (KdDocument *document,
                              const char *owner_id,
                              GFile      *file,
                              GError    **error);
const char *kd_package_find_owner (KdDocument *document,
                                   const char *id_or_name);
GPtrArray  *kd_package_list_owners (KdDocument *document);
char       *kd_package_suggest_file_name (KdDocument *document,
                                          const char *owner_id);

const char *kd_document_get_package_owner (KdDocument *document);
const char *kd_document_get_package_owner_name (KdDocument *document);
gboolean    kd_document_package_can_edit (KdDocument *document,
                                          KdItem     *item);
gboolean    kd_document_can_edit (KdDocument *document,
                                  KdItem     *item);
gboolean    kd_document_can_edit_council (KdDocument *document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KdPackageScope, kd_package_scope_free)

G_END_DECLS
