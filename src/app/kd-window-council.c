/* kd-window-council.c — the window's council commands: work packages, their import, the
 * conflicts a merge leaves, the history of a criterion
 *
 * Every rule is core's (kd-package, kd-merge, kd-history); here are the file choosers, the
 * messages, and putting the merged document in the window.  A merge makes a new version of the
 * document: it replaces the one shown (same file, unsaved, with a recovery copy at once).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-author-dialog.h"
#include "kd-conflict-dialog.h"
#include "kd-error.h"
#include "kd-history-dialog.h"
#include "kd-merge.h"
#include "kd-package.h"
#include "kd-window-private.h"

static KdFrameworkRegistry *
get_registry (KdWindow *self)
{
  return kd_application_get_registry (KD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

/* ---- Giao việc ---------------------------------------------------------------------- */

/* A file in @folder named @name, or "name (2).kdcl"…: a package a group sent back may lie there
 * under the same name, and it must not be written over. */
static GFile *
free_file (GFile      *folder,
           const char *name)
{
  g_autofree char *stem = g_strndup (name, strlen (name) - strlen (".kdcl"));
  GFile           *file = g_file_get_child (folder, name);

  for (guint n = 2; g_file_query_exists (file, NULL); n++)
    {
      g_autofree char *numbered = g_strdup_printf ("%s (%u).kdcl", stem, n);

      g_object_unref (file);
      file = g_file_get_child (folder, numbered);
    }
  return file;
}

/**
 * _kd_window_write_packages:
 * @written: (element-type utf8): receives the names of the files written
 *
 * Writes a work package for each group (or member) with criteria into @folder.  The document is
 * saved first, since packages are merged back against what was saved.
 */
gboolean
_kd_window_write_packages (KdWindow  *self,
                           GFile     *folder,
                           GPtrArray *written,
                           GError   **error)
{
  g_autoptr (GPtrArray) owners = NULL;

  g_return_val_if_fail (KD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->document != NULL, FALSE);

  if (self->file == NULL)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_FAILED,
                   _ ("Save the assessment to a file first: the groups’ work is merged back into that file."));
      return FALSE;
    }
  if (!kd_document_is_saved (self->document) && !kd_window_save_to_file (self, self->file, error))
    return FALSE;
  owners = kd_package_list_owners (self->document);
  if (owners->len == 0)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_FAILED,
                   _ ("No criterion is assigned to a group or member yet. Assign the criteria in the section Council first."));
      return FALSE;
    }
  for (guint i = 0; i < owners->len; i++)
    {
      g_autofree char *name = kd_package_suggest_file_name (self->document, g_ptr_array_index (owners, i));
      g_autoptr (GFile) file = free_file (folder, name);

      if (!kd_package_write (self->document, g_ptr_array_index (owners, i), file, error))
        return FALSE;
      g_ptr_array_add (written, g_file_get_basename (file));
    }
  return TRUE;
}

static void
write_packages_to (KdWindow *self,
                   GFile    *folder)
{
  g_autoptr (GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) list = g_string_new (NULL);
  g_autofree char *where = g_file_get_parse_name (folder);
  g_autofree char *message = NULL;

  if (!_kd_window_write_packages (self, folder, written, &error))
    {
      kd_window_show_message (self, _ ("The work packages could not be written"), error->message);
      return;
    }
  for (guint i = 0; i < written->len; i++)
    g_string_append_printf (list, "• %s\n", (char *)g_ptr_array_index (written, i));
  message = g_strdup_printf (_ ("In %s:\n%s\nSend each group its file. Each group opens it in Kiểm Định, fills its criteria, saves "
                                "and sends it back; then use “Import Group Results”."),
                             where, list->str);
  kd_window_show_message (self, _ ("Work packages written"), message);
}

static void
folder_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    KdWindow        *self)
{
  g_autoptr (GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  if (folder != NULL)
    write_packages_to (self, folder);
}

static void
write_packages_cb (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  KdWindow *self = KD_WINDOW (widget);

  if (self->document == NULL || self->chooser != NULL)
    return;
  _kd_window_commit_edits (self);
  self->chooser = gtk_file_chooser_native_new (_ ("Folder for the Work Packages"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _ ("_Write Packages"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (folder_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- Nhập kết quả nhóm ------------------------------------------------------------ */

/**
 * _kd_window_import_package:
 * @report: receives a line saying what the package brought
 *
 * Merges the work package in @file into the document shown.  Conflicts stay in the document for
 * the secretary to decide (win.review-conflicts); importing the same package again changes
 * nothing.
 */
gboolean
_kd_window_import_package (KdWindow *self,
                           GFile    *file,
                           GString  *report,
                           GError  **error)
{
  g_autoptr (KdDocument) package = NULL;
  g_autoptr (KdMergeResult) result = NULL;
  g_autoptr (KdDocument) merged = NULL;
  g_autofree char *name = g_file_get_basename (file);
  guint            applied, conflicts;

  g_return_val_if_fail (KD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->document != NULL, FALSE);

  _kd_window_commit_edits (self);
  package = kd_document_load_from_file (get_registry (self), file, error);
  if (package == NULL)
    return FALSE;
  result = kd_merge_package (self->document, package, name, error);
  if (result == NULL)
    return FALSE;
  applied = kd_merge_result_get_applied (result)->len;
  conflicts = kd_merge_result_get_conflicts (result)->len;
  if (applied > 0 || conflicts > 0)
    {
      merged = kd_merge_result_to_document (result, get_registry (self), error);
      if (merged == NULL)
        return FALSE;
      kd_document_set_author (merged, kd_document_get_author_name (self->document), NULL);
      _kd_window_replace_document (self, merged);
    }
  g_string_append_printf (report, _ ("%s: %u changes taken, %u conflicts to decide.\n"), name, applied, conflicts);
  return TRUE;
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    KdWindow        *self)
{
  g_autoptr (GListModel) files = NULL;
  g_autoptr (GString) report = g_string_new (NULL);

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  if (files == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr (GFile) file = g_list_model_get_item (files, i);
      g_autoptr (GError) error = NULL;

      if (!_kd_window_import_package (self, file, report, &error))
        g_string_append_printf (report, "%s\n", error->message);
    }
  if (kd_document_count_conflicts (self->document) > 0)
    _kd_window_review_conflicts (self);
  kd_window_show_message (self, _ ("Group results imported"), report->str);
}

static void
import_packages_cb (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  KdWindow *self = KD_WINDOW (widget);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->document == NULL || self->chooser != NULL)
    return;
  gtk_file_filter_set_name (filter, _ ("Kiểm Định assessments (.kdcl)"));
  gtk_file_filter_add_pattern (filter, "*.kdcl");
  gtk_file_filter_add_mime_type (filter, "application/x-kiemdinh");
  self->chooser = gtk_file_chooser_native_new (_ ("Import Group Results"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _ ("_Import"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- conflicts ---------------------------------------------------------------------- */

static void
conflict_decided_cb (KdWindow   *self,
                     KdDocument *decided)
{
  _kd_window_replace_document (self, decided);
}

/* Shows the conflicts left in the document; returns the dialog. */
GtkWidget *
_kd_window_review_conflicts (KdWindow *self)
{
  g_return_val_if_fail (KD_IS_WINDOW (self), NULL);
  if (self->document == NULL)
    return NULL;
  if (self->conflict_dialog == NULL)
    {
      KdConflictDialog *dialog = kd_conflict_dialog_new (GTK_WINDOW (self), self->document, get_registry (self));

      g_signal_connect_object (dialog, "decided", G_CALLBACK (conflict_decided_cb), self, G_CONNECT_SWAPPED);
      g_set_weak_pointer (&self->conflict_dialog, GTK_WIDGET (dialog));
    }
  else
    kd_conflict_dialog_set_document (KD_CONFLICT_DIALOG (self->conflict_dialog), self->document);
  gtk_window_present (GTK_WINDOW (self->conflict_dialog));
  return self->conflict_dialog;
}

static void
review_conflicts_cb (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  _kd_window_review_conflicts (KD_WINDOW (widget));
}

/* ---- history ------------------------------------------------------------------------ */

/* win.criterion-history("3.2"): who changed the criterion, and when; "" for the whole document. */
static void
criterion_history_cb (GtkWidget  *widget,
                      const char *action,
                      GVariant   *parameter)
{
  KdWindow        *self = KD_WINDOW (widget);
  KdHistoryDialog *dialog;

  if (self->document == NULL)
    return;
  _kd_window_commit_edits (self);
  /* Over meeting mode when it asked (H), where the council looks. */
  dialog = kd_history_dialog_new (self->meeting_window != NULL ? GTK_WINDOW (self->meeting_window) : GTK_WINDOW (self),
                                  self->document, g_variant_get_string (parameter, NULL));
  g_set_weak_pointer (&self->message_dialog, GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- who works on this computer ----------------------------------------------------- */

static GSettings *
get_settings (KdWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app != NULL ? kd_application_get_settings (KD_APPLICATION (app)) : NULL;
}

/* The name chosen on this computer, "" until someone chooses. */
const char *
_kd_window_get_author (KdWindow *self)
{
  GSettings *settings = get_settings (self);

  g_free (self->author);
  self->author = settings != NULL ? g_settings_get_string (settings, "author-name") : g_strdup ("");
  return self->author;
}

/* Gives the document who the next changes are by: a council member's name (with the member's id
 * when the council has that name) or another name. */
void
_kd_window_apply_author (KdWindow *self)
{
  if (self->document != NULL)
    kd_document_set_author (self->document, _kd_window_get_author (self), NULL);
}

static void
choose_author_cb (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  KdWindow       *self = KD_WINDOW (widget);
  GSettings      *settings = get_settings (self);
  KdAuthorDialog *dialog;

  if (settings == NULL)
    return;
  dialog = kd_author_dialog_new (GTK_WINDOW (self), self->document, settings);
  g_set_weak_pointer (&self->message_dialog, GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
lock_options_cb (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  _kd_window_ask_about_lock (KD_WINDOW (widget));
}

/* ---- installation ------------------------------------------------------------------- */

void
_kd_window_update_council_actions (KdWindow *self)
{
  gboolean has_document = self->document != NULL;
  gboolean council_copy = has_document && kd_document_is_editable (self->document) && !kd_document_is_package (self->document);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.write-packages", council_copy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-packages", council_copy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.review-conflicts",
                                 has_document && kd_document_count_conflicts (self->document) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.criterion-history", has_document);
}

void
_kd_window_class_council_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.write-packages", NULL, write_packages_cb);
  gtk_widget_class_install_action (widget_class, "win.import-packages", NULL, import_packages_cb);
  gtk_widget_class_install_action (widget_class, "win.review-conflicts", NULL, review_conflicts_cb);
  gtk_widget_class_install_action (widget_class, "win.criterion-history", "s", criterion_history_cb);
  gtk_widget_class_install_action (widget_class, "win.lock-options", NULL, lock_options_cb);
  gtk_widget_class_install_action (widget_class, "win.choose-author", NULL, choose_author_cb);
}
