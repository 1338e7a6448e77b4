/* kd-recovery.h — recovery copies of unsaved work
 *
 * While a document has unsaved changes the app writes a copy of it into the recovery folder a few
 * seconds after each change; the copy is removed when the document is saved or closed on purpose.
 * A copy still there when the app starts again was left by a crash or a power cut, and is offered
 * back to the user.  Each open document owns one slot: "<slot>.kdcl" (the document) beside
 * "<slot>.info" (where it came from, whose school, when it was written).
 */
#pragma once

#include "kd-document.h"

G_BEGIN_DECLS

typedef struct
{
  char      *slot;   /* the copy's name in the folder */
  GFile     *copy;   /* the document copy itself */
  GFile     *source; /* the file the document belongs to, or NULL if it was never saved */
  char      *school; /* the school's name when the copy was written; may be "" */
  GDateTime *saved;  /* when the copy was written (local time) */
} KdRecoveryEntry;

#define KD_TYPE_RECOVERY (kd_recovery_get_type ())
G_DECLARE_FINAL_TYPE (KdRecovery, kd_recovery, KD, RECOVERY, GObject)

KdRecovery *kd_recovery_new (const char *dir);
const char *kd_recovery_get_dir (KdRecovery *self);
char       *kd_recovery_new_slot (KdRecovery *self);
gboolean    kd_recovery_save (KdRecovery *self,
                              const char *slot,
                              KdDocument *document,
                              GFile      *source,
                              GError    **error);
void        kd_recovery_discard (KdRecovery *self,
                                 const char *slot);
GPtrArray  *kd_recovery_list (KdRecovery *self);
KdDocument *kd_recovery_load (KdRecovery            *self,
                              const KdRecoveryEntry *entry,
                              KdFrameworkRegistry   *registry,
                              GError               **error);
char       *kd_recovery_entry_describe (const KdRecoveryEntry *entry);
void        kd_recovery_entry_free (KdRecoveryEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KdRecoveryEntry, kd_recovery_entry_free)

G_END_DECLS
