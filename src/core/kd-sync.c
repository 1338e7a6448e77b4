/* kd-sync.c */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#ifdef G_OS_UNIX
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#endif
#ifdef G_OS_WIN32
#include <windows.h>
#endif

#include "kd-error.h"
#include "kd-json-guard.h"
#include "kd-json-util.h"
#include "kd-sync.h"
#include "kd-text.h"

/* A lock older than this is someone's forgotten session, not a colleague at work. */
#define LOCK_MAX_AGE (24 * G_TIME_SPAN_HOUR)

void
kd_lock_info_free (KdLockInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->who);
  g_free (info->host);
  g_free (info->since);
  g_free (info);
}

/* ".~lock.truong.kdcl#" beside "truong.kdcl", as LibreOffice names its locks. */
GFile *
kd_lock_file_for (GFile *document)
{
  g_autoptr (GFile) parent = g_file_get_parent (document);
  g_autofree char *name = g_file_get_basename (document);
  g_autofree char *lock = g_strdup_printf (".~lock.%s#", name);

  g_return_val_if_fail (parent != NULL, NULL);
  return g_file_get_child (parent, lock);
}

static guint64
current_pid (void)
{
#ifdef G_OS_WIN32
  return GetCurrentProcessId ();
#else
  return (guint64)getpid ();
#endif
}

static gboolean
process_running (guint64 pid)
{
#if defined(G_OS_UNIX)
  return pid > 0 && pid <= G_MAXINT && (kill ((pid_t)pid, 0) == 0 || errno == EPERM);
#elif defined(G_OS_WIN32)
  HANDLE process = OpenProcess (SYNCHRONIZE, FALSE, (DWORD)pid);
  DWORD  state;

  if (process == NULL)
    return FALSE;
  state = WaitForSingleObject (process, 0);
  CloseHandle (process);
  return state == WAIT_TIMEOUT;
#else
  return TRUE; /* cannot tell: only the age makes it stale */
#endif
}

static KdLockInfo *
read_lock (GFile *lock)
{
  g_autofree char *contents = NULL;
  g_autoptr (JsonNode) root = NULL;
  KdLockInfo *info;
  JsonObject *object;
  const char *who = NULL, *host = NULL, *since = NULL;
  gint64      pid = 0;
  gsize       length = 0;
  g_autoptr (GDateTime) then = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  if (!g_file_load_contents (lock, NULL, &contents, &length, NULL, NULL))
    return NULL;
  info = g_new0 (KdLockInfo, 1);
  if (length < 4096 && kd_json_guard_parse (contents, length, "lock", &root, NULL) && root != NULL &&
      JSON_NODE_HOLDS_OBJECT (root))
    {
      object = json_node_get_object (root);
      kd_json_read_string (object, "who", &who);
      kd_json_read_string (object, "host", &host);
      kd_json_read_string (object, "since", &since);
      kd_json_read_int (object, "pid", &pid);
    }
  info->who = g_strdup (who != NULL ? who : "");
  info->host = g_strdup (host != NULL ? host : "");
  info->since = g_strdup (since != NULL ? since : "");
  info->pid = pid > 0 ? (guint64)pid : 0;

  /* An unreadable lock, one older than a day, or one of a program gone from this computer. */
  if (!kd_datetime_parse_iso (info->since, &then) || g_date_time_difference (now, then) > LOCK_MAX_AGE)
    info->stale = TRUE;
  else if (g_str_equal (info->host, g_get_host_name ()) && !process_running (info->pid))
    info->stale = TRUE;
  return info;
}

static gboolean
is_ours (const KdLockInfo *info)
{
  return g_str_equal (info->host, g_get_host_name ()) && info->pid == current_pid ();
}

static gboolean
write_lock (GFile      *lock,
            const char *who,
            GError    **error)
{
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *since = kd_datetime_now_iso ();
  g_autofree char *data = NULL;
  gsize            length;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "kiemdinh-lock");
  json_builder_set_member_name (builder, "who");
  json_builder_add_string_value (builder, who != NULL ? who : "");
  json_builder_set_member_name (builder, "host");
  json_builder_add_string_value (builder, g_get_host_name ());
  json_builder_set_member_name (builder, "pid");
  json_builder_add_int_value (builder, (gint64)current_pid ());
  json_builder_set_member_name (builder, "since");
  json_builder_add_string_value (builder, since);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &length);

  /* Creating fails if the file appeared meanwhile: two people cannot both take it. */
  stream = g_file_create (lock, G_FILE_CREATE_NONE, NULL, error);
  return stream != NULL && g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, length, NULL, NULL, error) &&
         g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

/**
 * kd_lock_acquire:
 * @who: the name to show to others
 * @take_over: replace another's lock (after the user agreed)
 * @holder: (out) (optional): who has it when it is not ours
 *
 * Returns: TRUE when this program now holds the document's lock.  FALSE with @holder set (and
 *   no error) when someone else does; FALSE with @error when the folder cannot take a lock
 *   file (the document can still be opened).
 */
gboolean
kd_lock_acquire (GFile       *document,
                 const char  *who,
                 gboolean     take_over,
                 KdLockInfo **holder,
                 GError     **error)
{
  g_autoptr (GFile) lock = NULL;
  g_autoptr (GError) create_error = NULL;
  g_autoptr (KdLockInfo) current = NULL;

  g_return_val_if_fail (G_IS_FILE (document), FALSE);
  if (holder != NULL)
    *holder = NULL;

  lock = kd_lock_file_for (document);
  if (write_lock (lock, who, &create_error))
    return TRUE;
  if (!g_error_matches (create_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_WRITE,
                   _ ("Others cannot be told that you have this document open: %s."), create_error->message);
      return FALSE;
    }

  current = read_lock (lock);
  if (current != NULL && is_ours (current))
    return TRUE;
  if (take_over)
    {
      g_clear_error (&create_error);
      g_file_delete (lock, NULL, NULL);
      if (write_lock (lock, who, &create_error))
        return TRUE;
      g_set_error (error, KD_ERROR, KD_ERROR_WRITE,
                   _ ("Others cannot be told that you have this document open: %s."), create_error->message);
      return FALSE;
    }
  if (holder != NULL)
    *holder = g_steal_pointer (&current);
  return FALSE;
}

/* Removes the lock if this program holds it. */
void
kd_lock_release (GFile *document)
{
  g_autoptr (GFile) lock = NULL;
  g_autoptr (KdLockInfo) current = NULL;

  g_return_if_fail (G_IS_FILE (document));
  lock = kd_lock_file_for (document);
  current = read_lock (lock);
  if (current != NULL && is_ours (current))
    g_file_delete (lock, NULL, NULL);
}

/* "Nguyễn Văn Đức (máy PHONG-HT) đang mở tài liệu từ 31/05/2024 14:05." */
char *
kd_lock_info_describe (const KdLockInfo *info)
{
  g_autofree char *since = kd_datetime_format_user (info->since);
  const char      *who = *info->who != '\0' ? info->who : _ ("Someone");

  if (info->stale)
    return g_strdup_printf (_ ("%s (computer %s) opened this document on %s and has not closed it properly; the lock looks forgotten."),
                            who, info->host, since);
  return g_strdup_printf (_ ("%s (computer %s) has had this document open since %s."), who, info->host, since);
}

/* Whether the lock was left by a Kiểm Định of this computer that is gone (a crash, a power cut):
 * nobody is working on the document, and the lock can be taken over without asking. */
gboolean
kd_lock_info_left_here (const KdLockInfo *info)
{
  g_return_val_if_fail (info != NULL, FALSE);
  return g_str_equal (info->host, g_get_host_name ()) && !process_running (info->pid);
}

/* ---- file stamps -------------------------------------------------------------------- */

struct _KdFileStamp
{
  guint64 size;
  guint64 modified; /* µs */
  char   *checksum;
};

void
kd_file_stamp_free (KdFileStamp *stamp)
{
  if (stamp == NULL)
    return;
  g_free (stamp->checksum);
  g_free (stamp);
}

static KdFileStamp *
stamp_of (GFile   *file,
          gboolean with_checksum,
          GError **error)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GDateTime) modified = NULL;
  KdFileStamp *stamp;
  gsize        length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC, G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  stamp = g_new0 (KdFileStamp, 1);
  stamp->size = (guint64)g_file_info_get_size (info);
  modified = g_file_info_get_modification_date_time (info);
  stamp->modified = modified != NULL ? (guint64)g_date_time_to_unix (modified) * G_USEC_PER_SEC + g_date_time_get_microsecond (modified) : 0;
  if (with_checksum)
    {
      if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
        {
          kd_file_stamp_free (stamp);
          return NULL;
        }
      stamp->checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);
    }
  return stamp;
}

/* What the file is now: read after opening or saving it. */
KdFileStamp *
kd_file_stamp_read (GFile   *file,
                    GError **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  return stamp_of (file, TRUE, error);
}

/* Whether someone wrote @file since @stamp was taken (a touch without a change does not count). */
gboolean
kd_file_stamp_changed (const KdFileStamp *stamp,
                       GFile             *file)
{
  g_autoptr (KdFileStamp) quick = NULL;
  g_autoptr (KdFileStamp) full = NULL;

  g_return_val_if_fail (stamp != NULL && G_IS_FILE (file), FALSE);
  quick = stamp_of (file, FALSE, NULL);
  if (quick == NULL)
    return TRUE; /* gone or unreadable: certainly not what we saved */
  if (quick->size == stamp->size && quick->modified == stamp->modified)
    return FALSE;
  full = stamp_of (file, TRUE, NULL);
  return full == NULL || g_strcmp0 (full->checksum, stamp->checksum) != 0;
}

/* ---- conflict copies ---------------------------------------------------------------- */

static gboolean
looks_like_conflict_copy (const char *name,
                          const char *stem)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);
  g_autofree char *lower_stem = g_utf8_strdown (stem, -1);
  const char      *rest;

  if (!g_str_has_prefix (lower, lower_stem) || !g_str_has_suffix (lower, ".kdcl"))
    return FALSE;
  rest = lower + strlen (lower_stem);
  /* Dropbox, Nextcloud, ownCloud ("conflicted copy"), Syncthing (".sync-conflict-"), others
   * ("conflict"); Google Drive numbers the copy: "truong (1).kdcl". */
  if (strstr (rest, "conflict") != NULL || strstr (rest, "xung đột") != NULL)
    return TRUE;
  return g_regex_match_simple ("^ \\([0-9]{1,2}\\)\\.kdcl$", rest, 0, 0);
}

static char *
document_id_of (GFile *file)
{
  g_autofree char *contents = NULL;
  g_autoptr (JsonNode) root = NULL;
  const char *id = NULL;
  gsize       length = 0;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, NULL) ||
      !kd_json_guard_parse (contents, length, "", &root, NULL) || root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  kd_json_read_string (json_node_get_object (root), "id", &id);
  return g_strdup (id);
}

/**
 * kd_find_conflict_copies:
 * @document_id: the id of the open document: only copies of it are returned
 *
 * Returns: (transfer full): the GFiles beside @document that sync tools made of it when two
 *   computers changed it at once.
 */
GPtrArray *
kd_find_conflict_copies (GFile      *document,
                         const char *document_id)
{
  GPtrArray *copies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GFile) parent = NULL;
  g_autoptr (GFileEnumerator) children = NULL;
  g_autofree char *name = NULL;
  g_autofree char *stem = NULL;
  GFileInfo       *info;

  g_return_val_if_fail (G_IS_FILE (document), copies);
  parent = g_file_get_parent (document);
  name = g_file_get_basename (document);
  stem = g_str_has_suffix (name, ".kdcl") ? g_strndup (name, strlen (name) - 5) : g_strdup (name);
  if (parent == NULL || document_id == NULL)
    return copies;
  children = g_file_enumerate_children (parent, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      const char *child = g_file_info_get_name (info);

      if (!g_str_equal (child, name) && looks_like_conflict_copy (child, stem))
        {
          g_autoptr (GFile) file = g_file_get_child (parent, child);
          g_autofree char *id = document_id_of (file);

          if (g_strcmp0 (id, document_id) == 0)
            g_ptr_array_add (copies, g_steal_pointer (&file));
        }
      g_object_unref (info);
    }
  return copies;
}
