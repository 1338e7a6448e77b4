/* kd-recovery.c — where recovery copies live, how they are named, found and cleaned
 *
 * The folder is "$XDG_STATE_HOME/kiemdinh/recovery" (GLib maps it on Windows).  Both files of a
 * slot are written with g_file_set_contents_full (temporary file, flush, rename), so a copy on
 * disk is always whole: a crash in the middle of an autosave leaves the previous copy.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kd-error.h"
#include "kd-recovery.h"

#define INFO_GROUP "Recovery"

struct _KdRecovery
{
  GObject parent_instance;

  char       *dir;
  GHashTable *own; /* slots made by this instance: never offered back to it */
};

G_DEFINE_FINAL_TYPE (KdRecovery, kd_recovery, G_TYPE_OBJECT)

static void
kd_recovery_finalize (GObject *object)
{
  KdRecovery *self = KD_RECOVERY (object);

  g_free (self->dir);
  g_hash_table_unref (self->own);
  G_OBJECT_CLASS (kd_recovery_parent_class)->finalize (object);
}

static void
kd_recovery_class_init (KdRecoveryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kd_recovery_finalize;
}

static void
kd_recovery_init (KdRecovery *self)
{
  self->own = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * kd_recovery_new:
 * @dir: (nullable): the folder for the copies; NULL for the user's state folder
 */
KdRecovery *
kd_recovery_new (const char *dir)
{
  KdRecovery *self = g_object_new (KD_TYPE_RECOVERY, NULL);

  self->dir = dir != NULL ? g_strdup (dir) : g_build_filename (g_get_user_state_dir (), "kiemdinh", "recovery", NULL);
  return self;
}

const char *
kd_recovery_get_dir (KdRecovery *self)
{
  g_return_val_if_fail (KD_IS_RECOVERY (self), NULL);
  return self->dir;
}

/* A new slot name, unique in the folder: the time it was made and a random part. */
char *
kd_recovery_new_slot (KdRecovery *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char            *slot;

  g_return_val_if_fail (KD_IS_RECOVERY (self), NULL);
  slot = g_strdup_printf ("%s-%08x", stamp, g_random_int ());
  g_hash_table_add (self->own, g_strdup (slot));
  return slot;
}

static char *
slot_path (KdRecovery *self,
           const char *slot,
           const char *suffix)
{
  g_autofree char *name = g_strconcat (slot, suffix, NULL);

  return g_build_filename (self->dir, name, NULL);
}

static gboolean
write_file (const char *path,
            const char *data,
            gsize       length,
            GError    **error)
{
  g_autoptr (GError) io_error = NULL;

  if (g_file_set_contents_full (path, data, length,
                                G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600, &io_error))
    return TRUE;
  g_set_error (error, KD_ERROR, KD_ERROR_WRITE,
               _ ("The recovery copy of your work could not be written (%s). Save your document now so that nothing is lost."),
               io_error->message);
  return FALSE;
}

/**
 * kd_recovery_save:
 * @slot: from kd_recovery_new_slot()
 * @source: (nullable): the file the document belongs to
 *
 * Writes (or replaces) the recovery copy of @document in @slot.
 */
gboolean
kd_recovery_save (KdRecovery *self,
                  const char *slot,
                  KdDocument *document,
                  GFile      *source,
                  GError    **error)
{
  g_autoptr (GKeyFile) info = g_key_file_new ();
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *copy_path = NULL;
  g_autofree char *info_path = NULL;
  g_autofree char *data = NULL;
  g_autofree char *info_data = NULL;
  g_autofree char *saved = NULL;
  gsize            length = 0, info_length = 0;

  g_return_val_if_fail (KD_IS_RECOVERY (self), FALSE);
  g_return_val_if_fail (slot != NULL && *slot != '\0', FALSE);
  g_return_val_if_fail (KD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (source == NULL || G_IS_FILE (source), FALSE);

  if (g_mkdir_with_parents (self->dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, KD_ERROR, KD_ERROR_WRITE,
                   _ ("The folder for recovery copies “%s” cannot be made (%s). Save your document now so that nothing is lost."),
                   self->dir, g_strerror (saved_errno));
      return FALSE;
    }
  g_hash_table_add (self->own, g_strdup (slot));

  data = kd_document_to_data (document, &length);
  copy_path = slot_path (self, slot, ".kdcl");
  if (!write_file (copy_path, data, length, error))
    return FALSE;

  if (source != NULL)
    {
      g_autofree char *uri = g_file_get_uri (source);

      g_key_file_set_string (info, INFO_GROUP, "Source", uri);
    }
  g_key_file_set_string (info, INFO_GROUP, "School", kd_school_get_name (kd_document_get_school (document)));
  saved = g_date_time_format_iso8601 (now);
  g_key_file_set_string (info, INFO_GROUP, "Saved", saved);
  info_data = g_key_file_to_data (info, &info_length, NULL);
  info_path = slot_path (self, slot, ".info");
  return write_file (info_path, info_data, info_length, error);
}

/* Removes the copy of @slot: its document was saved, or closed on purpose. */
void
kd_recovery_discard (KdRecovery *self,
                     const char *slot)
{
  g_autofree char *copy_path = NULL;
  g_autofree char *info_path = NULL;

  g_return_if_fail (KD_IS_RECOVERY (self));
  if (slot == NULL)
    return;
  copy_path = slot_path (self, slot, ".kdcl");
  info_path = slot_path (self, slot, ".info");
  g_remove (copy_path);
  g_remove (info_path);
}

static KdRecoveryEntry *
read_entry (KdRecovery *self,
            const char *slot)
{
  g_autofree char *copy_path = slot_path (self, slot, ".kdcl");
  g_autofree char *info_path = slot_path (self, slot, ".info");
  g_autoptr (GKeyFile) info = g_key_file_new ();
  KdRecoveryEntry *entry = g_new0 (KdRecoveryEntry, 1);

  entry->slot = g_strdup (slot);
  entry->copy = g_file_new_for_path (copy_path);
  /* A copy whose description was lost (a crash between the two writes) is still offered. */
  if (g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL))
    {
      g_autofree char *source = g_key_file_get_string (info, INFO_GROUP, "Source", NULL);
      g_autofree char *saved = g_key_file_get_string (info, INFO_GROUP, "Saved", NULL);

      entry->school = g_key_file_get_string (info, INFO_GROUP, "School", NULL);
      if (source != NULL && g_uri_peek_scheme (source) != NULL)
        entry->source = g_file_new_for_uri (source);
      if (saved != NULL)
        entry->saved = g_date_time_new_from_iso8601 (saved, NULL);
    }
  if (entry->school == NULL || !g_utf8_validate (entry->school, -1, NULL))
    {
      g_free (entry->school);
      entry->school = g_strdup ("");
    }
  if (entry->saved == NULL)
    {
      GStatBuf st;

      entry->saved = g_stat (copy_path, &st) == 0 ? g_date_time_new_from_unix_local (st.st_mtime)
                                                  : g_date_time_new_now_local ();
    }
  return entry;
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const KdRecoveryEntry *x = *(KdRecoveryEntry **)a;
  const KdRecoveryEntry *y = *(KdRecoveryEntry **)b;

  return g_date_time_compare (y->saved, x->saved);
}

/**
 * kd_recovery_list:
 *
 * The copies left by earlier runs (not those of this instance), newest first.  Leftovers that
 * hold no work — an unfinished temporary file, a description without its copy — are removed.
 *
 * Returns: (transfer full) (element-type KdRecoveryEntry): the copies
 */
GPtrArray *
kd_recovery_list (KdRecovery *self)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify)kd_recovery_entry_free);
  g_autoptr (GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (KD_IS_RECOVERY (self), entries);

  dir = g_dir_open (self->dir, 0, NULL);
  if (dir == NULL)
    return entries;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (self->dir, name, NULL);

      if (g_str_has_suffix (name, ".kdcl"))
        {
          g_autofree char *slot = g_strndup (name, strlen (name) - strlen (".kdcl"));

          if (!g_hash_table_contains (self->own, slot))
            g_ptr_array_add (entries, read_entry (self, slot));
        }
      else if (g_str_has_suffix (name, ".info"))
        {
          g_autofree char *slot = g_strndup (name, strlen (name) - strlen (".info"));
          g_autofree char *copy_path = slot_path (self, slot, ".kdcl");

          if (!g_file_test (copy_path, G_FILE_TEST_EXISTS))
            g_remove (path);
        }
      else if (strstr (name, ".kdcl.") != NULL || strstr (name, ".info.") != NULL)
        {
          /* g_file_set_contents' temporary file of a write that never finished. */
          g_remove (path);
        }
    }
  g_ptr_array_sort (entries, newest_first);
  return entries;
}

/**
 * kd_recovery_load:
 *
 * Reads a copy back.  The copy stays on disk until the caller discards it.
 */
KdDocument *
kd_recovery_load (KdRecovery            *self,
                  const KdRecoveryEntry *entry,
                  KdFrameworkRegistry   *registry,
                  GError               **error)
{
  g_autofree char *data = NULL;
  g_autofree char *display = NULL;
  g_autoptr (GError) io_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (KD_IS_RECOVERY (self), NULL);
  g_return_val_if_fail (entry != NULL, NULL);

  display = entry->source != NULL ? g_file_get_basename (entry->source) : g_strdup (entry->school);
  if (!g_file_load_contents (entry->copy, NULL, &data, &length, NULL, &io_error))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_NOT_FOUND,
                   _ ("The recovery copy of “%s” can no longer be read (%s)."), display, io_error->message);
      return NULL;
    }
  return kd_document_load_from_data (registry, data, length, display, error);
}

/* "Trường THCS Vạn Hòa — vanhoa.kdcl, 14:32 22/11/2026": what the user is offered. */
char *
kd_recovery_entry_describe (const KdRecoveryEntry *entry)
{
  g_autofree char *when = NULL;
  g_autofree char *file = NULL;
  const char      *school;

  g_return_val_if_fail (entry != NULL, NULL);
  when = g_date_time_format (entry->saved, "%H:%M %d/%m/%Y");
  file = entry->source != NULL ? g_file_get_basename (entry->source) : g_strdup (_ ("never saved"));
  school = *entry->school != '\0' ? entry->school : _ ("Assessment without a school name");
  /* TRANSLATORS: school — file name, time of the copy */
  return g_strdup_printf (_ ("%s — %s, kept at %s"), school, file, when);
}

void
kd_recovery_entry_free (KdRecoveryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->slot);
  g_clear_object (&entry->copy);
  g_clear_object (&entry->source);
  g_free (entry->school);
  g_clear_pointer (&entry->saved, g_date_time_unref);
  g_free (entry);
}
