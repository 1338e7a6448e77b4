/* kd-sync.h — a document on a shared or synced folder
 *
 * A lock file beside the document says who has it open; a stamp of the file says whether
 * another computer saved it meanwhile; sync tools' conflict copies are found beside it.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char    *who;  /* the name the holder gave */
  char    *host; /* the computer */
  guint64  pid;
  char    *since; /* ISO date and time */
  gboolean stale; /* the holder's program is gone, or the lock is older than a day */
} KdLockInfo;

void     kd_lock_info_free (KdLockInfo *info);
GFile   *kd_lock_file_for (GFile *document);
gboolean kd_lock_acquire (GFile       *document,
                          const char  *who,
                          gboolean     take_over,
                          KdLockInfo **holder,
                          GError     **error);
void     kd_lock_release (GFile *document);
char    *kd_lock_info_describe (const KdLockInfo *info);
gboolean kd_lock_info_left_here (const KdLockInfo *info);

typedef struct _KdFileStamp KdFileStamp;

KdFileStamp *kd_file_stamp_read (GFile   *file,
                                 GError **error);
gboolean     kd_file_stamp_changed (const KdFileStamp *stamp,
                                    GFile             *file);
void         kd_file_stamp_free (KdFileStamp *stamp);

GPtrArray *kd_find_conflict_copies (GFile      *document,
                                    const char *document_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KdLockInfo, kd_lock_info_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KdFileStamp, kd_file_stamp_free)

G_END_DECLS
