/* kd-window-sync.c — a document on a shared or synced folder
 *
 * While a window shows a file it holds the file's lock (kd_lock_acquire): a second person
 * opening it sees it read-only and is told who has it; a forgotten lock can be taken over after
 * a warning.  The window remembers the file as it last read or wrote it (its stamp and its
 * bytes): when another computer saves it, the window merges that version with its own changes,
 * three-way against what it had read (core's kd_merge_documents), instead of writing over it —
 * when told by the file monitor, and again before each save.  Copies a sync tool made beside the
 * file ("conflicted copy", ".sync-conflict-") are offered for merge when the file is opened.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-error.h"
#include "kd-merge.h"
#include "kd-sync.h"
#include "kd-window-private.h"

/* The answers of the lock question, besides reading only. */
enum
{
  KD_LOCK_COPY = 1,
  KD_LOCK_TAKE_OVER = 2,
};

static KdApplication *
get_app (KdWindow *self)
{
  return KD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

/* The name the lock shows to others: the author chosen on this PC, or the account's name. */
static const char *
lock_name (KdWindow *self)
{
  const char *author = self->document != NULL ? kd_document_get_author_name (self->document) : "";

  return *author != '\0' ? author : g_get_real_name ();
}

/* ---- what is on disk ---------------------------------------------------------------- */

/* Remembers @file as it is now: what a later change on disk is measured against. */
static void
read_disk (KdWindow *self,
           GFile    *file)
{
  g_clear_pointer (&self->disk_stamp, kd_file_stamp_free);
  g_clear_pointer (&self->disk_data, g_bytes_unref);
  self->disk_stamp = kd_file_stamp_read (file, NULL);
  {
    g_autofree char *contents = NULL;
    gsize            length = 0;

    if (g_file_load_contents (file, NULL, &contents, &length, NULL, NULL))
      self->disk_data = g_bytes_new_take (g_steal_pointer (&contents), length);
  }
}

static KdDocument *
load_bytes (KdWindow   *self,
            GBytes     *bytes,
            const char *name,
            GError    **error)
{
  gsize       length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  return kd_document_load_from_data (kd_application_get_registry (get_app (self)), data, length, name, error);
}

/* Merges what another computer saved into @self->file with the window's document. */
static gboolean
merge_from_disk (KdWindow *self,
                 GError  **error)
{
  g_autofree char *name = g_file_get_basename (self->sync_file);
  g_autofree char *source = g_strdup_printf (_ ("%s as saved by another computer"), name);
  g_autoptr (KdDocument) base = NULL;
  g_autoptr (KdDocument) theirs = NULL;
  g_autoptr (KdMergeResult) result = NULL;
  g_autoptr (KdDocument) merged = NULL;
  KdMergeOptions options = { source, NULL };
  gboolean       had_changes = kd_window_is_unsaved (self);

  if (self->disk_data == NULL)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_FAILED, _ ("The version this window opened is not known; save under another name."));
      return FALSE;
    }
  _kd_window_commit_edits (self);
  theirs = kd_document_load_from_file (kd_application_get_registry (get_app (self)), self->sync_file, error);
  if (theirs == NULL)
    return FALSE;
  base = load_bytes (self, self->disk_data, name, error);
  if (base == NULL)
    return FALSE;
  result = kd_merge_documents (self->document, base, theirs, &options, error);
  if (result == NULL)
    return FALSE;
  merged = kd_merge_result_to_document (result, kd_application_get_registry (get_app (self)), error);
  if (merged == NULL)
    return FALSE;
  kd_document_set_author (merged, kd_document_get_author_name (self->document), NULL);
  /* The version merged is the new common ground. */
  read_disk (self, self->sync_file);
  _kd_window_replace_document (self, merged);
  /* Nothing of this window's was in it: what is shown is what is on disk. */
  if (!had_changes && kd_document_count_conflicts (merged) == 0)
    {
      kd_document_mark_saved (merged);
      _kd_window_autosave_now (self);
    }
  return TRUE;
}

/**
 * _kd_window_check_disk:
 *
 * Looks whether the file shown was saved by someone else since the window read or wrote it; if
 * so, takes that version in: as it is when the window has no unsaved change, merged with the
 * changes otherwise.  Returns TRUE when the file had changed.
 */
gboolean
_kd_window_check_disk (KdWindow *self)
{
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (KD_IS_WINDOW (self), FALSE);
  if (self->document == NULL || self->sync_file == NULL || self->disk_stamp == NULL || self->view_only ||
      !kd_file_stamp_changed (self->disk_stamp, self->sync_file) || !g_file_query_exists (self->sync_file, NULL))
    return FALSE;
  if (!merge_from_disk (self, &error))
    {
      kd_window_show_message (self, _ ("The file was changed by another computer"), error->message);
      return TRUE;
    }
  if (kd_document_count_conflicts (self->document) > 0)
    _kd_window_review_conflicts (self);
  return TRUE;
}

static gboolean
check_disk_cb (gpointer data)
{
  KdWindow *self = data;

  self->disk_check_id = 0;
  _kd_window_check_disk (self);
  return G_SOURCE_REMOVE;
}

static void
file_changed_cb (GFileMonitor     *monitor,
                 GFile            *file,
                 GFile            *other,
                 GFileMonitorEvent event,
                 KdWindow         *self)
{
  /* A save is several events (a temporary file renamed over the document): look once they
   * settle. */
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_RENAMED && event != G_FILE_MONITOR_EVENT_MOVED_IN)
    return;
  g_clear_handle_id (&self->disk_check_id, g_source_remove);
  self->disk_check_id = g_timeout_add (300, check_disk_cb, self);
}

/* ---- the lock ----------------------------------------------------------------------- */

static void
set_view_only (KdWindow   *self,
               KdLockInfo *holder)
{
  g_clear_pointer (&self->lock_holder, kd_lock_info_free);
  self->lock_holder = holder;
  self->view_only = holder != NULL;
  if (self->document != NULL)
    kd_document_set_in_use_elsewhere (self->document, self->view_only);
  _kd_window_refresh_state (self);
}

static void
take_over (KdWindow *self)
{
  g_autoptr (KdLockInfo) holder = NULL;
  g_autoptr (GError) error = NULL;

  if (!kd_lock_acquire (self->sync_file, lock_name (self), TRUE, &holder, &error))
    {
      kd_window_show_message (self, _ ("The document could not be taken over"),
                              error != NULL ? error->message : _ ("Someone else holds it now."));
      return;
    }
  self->lock_held = TRUE;
  set_view_only (self, NULL);
}

/* A copy of the document, not saved anywhere yet: saving it asks for a file of its own. */
static void
make_copy (KdWindow *self)
{
  g_autoptr (KdDocument) copy = NULL;
  g_autoptr (GError) error = NULL;

  if (self->disk_data == NULL || (copy = load_bytes (self, self->disk_data, "", &error)) == NULL)
    {
      kd_window_show_message (self, _ ("No copy could be made"), error != NULL ? error->message : "");
      return;
    }
  kd_window_set_document (self, copy, NULL);
  kd_document_mark_unsaved (copy);
  _kd_window_refresh_state (self);
}

static void
lock_response_cb (GtkDialog *dialog,
                  int        response,
                  KdWindow  *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  switch (response)
    {
      case KD_LOCK_TAKE_OVER:
        take_over (self);
        break;
      case KD_LOCK_COPY:
        make_copy (self);
        break;
      default:
        break;
    }
}

/* Tells who has the document open, and asks what to do: read it, copy it, or take it over
 * when the lock looks forgotten. */
void
_kd_window_ask_about_lock (KdWindow *self)
{
  g_autofree char *who = NULL;
  GtkWidget       *dialog;

  g_return_if_fail (KD_IS_WINDOW (self));
  if (self->lock_holder == NULL)
    return;
  who = kd_lock_info_describe (self->lock_holder);
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT, GTK_MESSAGE_INFO,
                                   GTK_BUTTONS_NONE, "%s", _ ("Someone else has this document open"));
  if (self->lock_holder->stale)
    gtk_message_dialog_format_secondary_text (
        GTK_MESSAGE_DIALOG (dialog), "%s\n\n%s", who,
        _ ("It is open read-only here. Take it over only if nobody is working on it any more: changes that person has not saved would have to be merged later."));
  else
    gtk_message_dialog_format_secondary_text (
        GTK_MESSAGE_DIALOG (dialog), "%s\n\n%s", who,
        _ ("It is open read-only here so that the two of you do not write over each other. To work on it now, make a copy; the copy can be merged back later."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Read Only"), GTK_RESPONSE_CLOSE);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Make a Copy"), KD_LOCK_COPY);
  if (self->lock_holder->stale)
    gtk_widget_add_css_class (gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Take Over"), KD_LOCK_TAKE_OVER),
                              "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (lock_response_cb), self, 0);
  g_set_weak_pointer (&self->message_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- conflict copies ---------------------------------------------------------------- */

/**
 * _kd_window_merge_conflict_copies:
 *
 * Merges the copies a sync tool left beside the file.  Their common ancestor with the document
 * is not known, so whatever differs where both have a value is a conflict for the secretary, and
 * what only one of them has is kept: nothing is lost either way.  Returns how many were merged.
 */
guint
_kd_window_merge_conflict_copies (KdWindow *self,
                                  GError  **error)
{
  g_autoptr (GPtrArray) copies = NULL;
  guint merged_count = 0;

  g_return_val_if_fail (KD_IS_WINDOW (self), 0);
  if (self->document == NULL || self->sync_file == NULL)
    return 0;
  copies = kd_find_conflict_copies (self->sync_file, kd_document_get_id (self->document));
  for (guint i = 0; i < copies->len; i++)
    {
      GFile           *copy = g_ptr_array_index (copies, i);
      g_autofree char *name = g_file_get_basename (copy);
      KdMergeOptions   options = { name, NULL };
      g_autoptr (KdDocument) theirs = NULL;
      g_autoptr (KdDocument) nothing = NULL;
      g_autoptr (KdMergeResult) result = NULL;
      g_autoptr (KdDocument) merged = NULL;

      _kd_window_commit_edits (self);
      theirs = kd_document_load_from_file (kd_application_get_registry (get_app (self)), copy, error);
      if (theirs == NULL)
        return merged_count;
      nothing = kd_document_new (kd_document_get_framework (self->document));
      result = kd_merge_documents (self->document, nothing, theirs, &options, error);
      if (result == NULL)
        return merged_count;
      merged = kd_merge_result_to_document (result, kd_application_get_registry (get_app (self)), error);
      if (merged == NULL)
        return merged_count;
      kd_document_set_author (merged, kd_document_get_author_name (self->document), NULL);
      _kd_window_replace_document (self, merged);
      merged_count++;
    }
  return merged_count;
}

static void
copies_response_cb (GtkDialog *dialog,
                    int        response,
                    KdWindow  *self)
{
  g_autoptr (GError) error = NULL;

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response != GTK_RESPONSE_ACCEPT)
    return;
  _kd_window_merge_conflict_copies (self, &error);
  if (error != NULL)
    kd_window_show_message (self, _ ("A copy could not be merged"), error->message);
  else if (kd_document_count_conflicts (self->document) > 0)
    _kd_window_review_conflicts (self);
}

static void
offer_conflict_copies (KdWindow *self)
{
  g_autoptr (GPtrArray) copies = kd_find_conflict_copies (self->sync_file, kd_document_get_id (self->document));
  g_autoptr (GString) names = g_string_new (NULL);
  GtkWidget *dialog;

  if (copies->len == 0)
    return;
  for (guint i = 0; i < copies->len; i++)
    {
      g_autofree char *name = g_file_get_basename (g_ptr_array_index (copies, i));

      g_string_append_printf (names, "• %s\n", name);
    }
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT, GTK_MESSAGE_QUESTION,
                                   GTK_BUTTONS_NONE, "%s", _ ("Other versions of this document were found beside it"));
  gtk_message_dialog_format_secondary_text (
      GTK_MESSAGE_DIALOG (dialog), "%s\n%s",
      _ ("A synchronisation program (Google Drive, Nextcloud, Syncthing…) kept these copies because the document was saved on two computers at once:"),
      names->str);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Not Now"), GTK_RESPONSE_CANCEL);
  gtk_widget_add_css_class (gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Merge Them In"), GTK_RESPONSE_ACCEPT),
                            "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect_object (dialog, "response", G_CALLBACK (copies_response_cb), self, 0);
  g_set_weak_pointer (&self->message_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- attaching to a file ------------------------------------------------------------ */

/* Lets go of the file: its lock, its monitor, what was read of it. */
void
_kd_window_sync_detach (KdWindow *self)
{
  g_clear_handle_id (&self->disk_check_id, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (self->sync_file != NULL && self->lock_held)
    kd_lock_release (self->sync_file);
  self->lock_held = FALSE;
  g_clear_pointer (&self->lock_holder, kd_lock_info_free);
  self->view_only = FALSE;
  if (self->document != NULL)
    kd_document_set_in_use_elsewhere (self->document, FALSE);
  g_clear_object (&self->sync_file);
  g_clear_pointer (&self->disk_stamp, kd_file_stamp_free);
  g_clear_pointer (&self->disk_data, g_bytes_unref);
}

/**
 * _kd_window_sync_attach:
 * @just_saved: the window has just written @file (no lock question, no copies to offer)
 *
 * Takes @file's lock (or shows the document read-only and says who has it), watches the file and
 * remembers it as it is.
 */
void
_kd_window_sync_attach (KdWindow *self,
                        GFile    *file,
                        gboolean  just_saved)
{
  g_autoptr (KdLockInfo) holder = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (KD_IS_WINDOW (self));
  /* The same file with a new version of the document (a merge): the lock and what was read stay;
   * reading the file again would take a change from another computer for the common ground. */
  if (self->sync_file != NULL && g_file_equal (self->sync_file, file))
    return;
  _kd_window_sync_detach (self);
  self->sync_file = g_object_ref (file);
  read_disk (self, file);
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (file_changed_cb), self, 0);

  if (self->document == NULL || kd_document_get_read_only (self->document))
    return;
  self->lock_held = kd_lock_acquire (file, lock_name (self), FALSE, &holder, &error);
  if (!self->lock_held && holder != NULL && kd_lock_info_left_here (holder))
    {
      g_clear_pointer (&holder, kd_lock_info_free);
      self->lock_held = kd_lock_acquire (file, lock_name (self), TRUE, &holder, &error);
    }
  if (!self->lock_held && holder != NULL)
    {
      set_view_only (self, g_steal_pointer (&holder));
      _kd_window_ask_about_lock (self);
      return;
    }
  /* A folder where no lock can be written (read-only share) still opens the document. */
  if (!self->lock_held)
    g_debug ("no lock: %s", error != NULL ? error->message : "");
  if (!just_saved)
    offer_conflict_copies (self);
}

/* After writing @file: it is the window's file now, as written. */
void
_kd_window_sync_saved (KdWindow *self,
                       GFile    *file)
{
  if (self->sync_file != NULL && g_file_equal (self->sync_file, file))
    read_disk (self, file);
  else
    _kd_window_sync_attach (self, file, TRUE);
}

/* Before writing @file: another computer's save is merged first, never written over. */
gboolean
_kd_window_sync_before_save (KdWindow *self,
                             GFile    *file,
                             GError  **error)
{
  if (self->view_only)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_READ_ONLY,
                   _ ("Someone else has this document open, so it is read-only here. Make a copy to keep your changes."));
      return FALSE;
    }
  if (self->sync_file == NULL || !g_file_equal (file, self->sync_file) || self->disk_stamp == NULL ||
      !kd_file_stamp_changed (self->disk_stamp, file) || !g_file_query_exists (file, NULL))
    return TRUE;
  return merge_from_disk (self, error);
}
