/* test-ui-shared.c — the window on a shared or synced folder
 *
 * A second process holding the lock (tests/kd-lock-holder), forgotten locks, the file saved by
 * another computer while the window has it open (detected, merged with the unsaved changes,
 * nothing lost; also at save time), and a sync tool's conflict copy beside the file.
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kd-application-private.h"
#include "kd-error.h"
#include "kd-i18n.h"
#include "kd-merge.h"
#include "kd-school-page.h"
#include "kd-sync.h"
#include "kd-test-util.h"
#include "kd-ui-test.h"
#include "kd-window-private.h"

static KdApplication *shared_app;

typedef struct
{
  KdWindow *window;
  char     *dir;
  char     *path;
  GFile    *file;
} Fixture;

static KdDocument *
document (Fixture *f)
{
  return kd_window_get_document (f->window);
}

static KdSchool *
school (Fixture *f)
{
  return kd_document_get_school (document (f));
}

/* Whether the school's name can be typed into, in its section, shown as a user would see it. */
static gboolean
school_name_editable (Fixture *f)
{
  KdSchoolPage *page = KD_SCHOOL_PAGE (_kd_window_get_page (f->window, KD_TYPE_SCHOOL_PAGE));
  GtkEditable  *entry;

  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_SCHOOL_PAGE));
  kd_ui_test_settle ();
  entry = kd_field_entry_get_editable (KD_FIELD_ENTRY (_kd_school_page_get_editor (page, "name")));
  /* Never greyed out: what cannot be changed is still there to read, select and copy. */
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (entry)));
  return gtk_editable_get_editable (GTK_EDITABLE (entry));
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) sample = g_resources_lookup_data ("/vn/kiemdinh/KiemDinh/samples/thcs-van-hoa-2023-2024.kdcl", 0, NULL);

  f->dir = g_dir_make_tmp ("kd-shared-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "Trường THCS Vạn Hòa.kdcl", NULL);
  f->file = g_file_new_for_path (f->path);
  /* The council's document, saved once as the app saves it (with its id). */
  {
    g_autoptr (KdDocument) doc = kd_document_load_from_data (kd_application_get_registry (shared_app), g_bytes_get_data (sample, NULL),
                                                             g_bytes_get_size (sample), "mẫu", &error);

    g_assert_no_error (error);
    g_assert_true (kd_document_save_to_file (doc, f->file, &error));
    g_assert_no_error (error);
  }
  f->window = kd_ui_test_window_new (shared_app, f->dir);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  kd_ui_test_close_windows (shared_app);
  g_clear_object (&f->file);
  kd_ui_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
open_document (Fixture *f)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (kd_window_open_file (f->window, f->file, &error));
  g_assert_no_error (error);
  kd_ui_test_settle ();
}

static const char *
dialog_text (GtkWidget *dialog)
{
  static char     *text;
  g_autofree char *primary = NULL;
  g_autofree char *secondary = NULL;

  g_object_get (dialog, "text", &primary, "secondary-text", &secondary, NULL);
  g_free (text);
  text = g_strconcat (primary, "\n", secondary, NULL);
  return text;
}

/* What another computer does: opens the file, changes it, saves it. */
static void
other_computer_saves (Fixture    *f,
                      const char *field,
                      const char *value)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) other = kd_document_load_from_file (kd_application_get_registry (shared_app), f->file, &error);

  g_assert_no_error (error);
  g_object_set (kd_document_get_school (other), field, value, NULL);
  /* A different second on the clock, as two computers' saves are. */
  g_usleep (10000);
  g_assert_true (kd_document_save_to_file (other, f->file, &error));
  g_assert_no_error (error);
}

static char *
saved_field (Fixture    *f,
             const char *field)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) saved = kd_document_load_from_file (kd_application_get_registry (shared_app), f->file, &error);

  g_assert_no_error (error);
  return g_strdup (kd_item_get_string (KD_ITEM (kd_document_get_school (saved)), field));
}

static void
test_lock_held_by_another_process (Fixture      *f,
                                   gconstpointer data)
{
  g_autoptr (GSubprocess) holder = kd_test_start_lock_holder (f->path, "Phạm Minh Ánh");
  g_autoptr (GError) error = NULL;
  GtkWidget *dialog;

  open_document (f);
  /* Told who has it, since when; shown read-only. */
  dialog = _kd_window_get_message_dialog (f->window);
  g_assert_true (GTK_IS_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (dialog_text (dialog), "Phạm Minh Ánh"));
  g_assert_nonnull (strstr (kd_ui_test_banner_text (f->window), "Phạm Minh Ánh"));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (f->window)), "Trường THCS Vạn Hòa"));
  g_assert_false (school_name_editable (f));
  g_assert_false (kd_window_save_to_file (f->window, f->file, &error));
  g_assert_error (error, KD_ERROR, KD_ERROR_READ_ONLY);

  /* "Make a copy": the same work, no file yet, editable. */
  gtk_dialog_response (GTK_DIALOG (dialog), 1);
  kd_ui_test_settle ();
  g_assert_null (kd_window_get_file (f->window));
  g_assert_true (school_name_editable (f));
  g_assert_cmpstr (kd_school_get_name (school (f)), ==, "Trường THCS Vạn Hòa");
  g_assert_true (kd_window_is_unsaved (f->window));

  /* The other process's lock is untouched; once it lets go, the file opens normally. */
  {
    g_autoptr (GFile) lock = kd_lock_file_for (f->file);

    g_assert_true (g_file_query_exists (lock, NULL));
    kd_test_stop_lock_holder (holder);
    g_assert_false (g_file_query_exists (lock, NULL));
    kd_window_set_document (f->window, NULL, NULL);
    open_document (f);
    g_assert_true (g_file_query_exists (lock, NULL));
    g_assert_false (f->window->view_only);
    /* Closing the document lets go of it. */
    kd_window_set_document (f->window, NULL, NULL);
    g_assert_false (g_file_query_exists (lock, NULL));
  }
}

static void
write_foreign_lock (Fixture    *f,
                    const char *host,
                    int         days_ago)
{
  g_autoptr (GFile) lock = kd_lock_file_for (f->file);
  g_autofree char *path = g_file_get_path (lock);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) then = g_date_time_add_days (now, -days_ago);
  g_autofree char *since = g_date_time_format (then, "%Y-%m-%dT%H:%M:%S%:z");
  g_autofree char *data = g_strdup_printf ("{\"format\":\"kiemdinh-lock\",\"who\":\"Nguyễn Văn Đức\",\"host\":\"%s\",\"pid\":%d,\"since\":\"%s\"}",
                                           host, G_MAXINT - 7, since);

  g_assert_true (g_file_set_contents (path, data, -1, NULL));
}

static void
test_stale_lock_taken_over (Fixture      *f,
                            gconstpointer data)
{
  g_autoptr (GFile) lock = kd_lock_file_for (f->file);
  GtkWidget *dialog;

  /* Another computer's lock, two days old: a warning, then it can be taken over. */
  write_foreign_lock (f, "MAY-PHO-HT", 2);
  open_document (f);
  dialog = _kd_window_get_message_dialog (f->window);
  g_assert_true (GTK_IS_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (dialog_text (dialog), "MAY-PHO-HT"));
  g_assert_true (f->window->view_only);
  g_assert_false (school_name_editable (f));
  gtk_dialog_response (GTK_DIALOG (dialog), 2);
  kd_ui_test_settle ();
  g_assert_false (f->window->view_only);
  g_assert_true (f->window->lock_held);
  g_assert_true (school_name_editable (f));
  g_assert_cmpstr (kd_window_get_file (f->window) != NULL ? "file" : "none", ==, "file");

  /* A lock this computer's own Kiểm Định left when it crashed is taken back without a word. */
  kd_window_set_document (f->window, NULL, NULL);
  g_assert_false (g_file_query_exists (lock, NULL));
  write_foreign_lock (f, g_get_host_name (), 0);
  open_document (f);
  g_assert_false (f->window->view_only);
  g_assert_true (f->window->lock_held);
  g_assert_null (_kd_window_get_message_dialog (f->window));
}

static void
test_changed_on_disk_without_changes (Fixture      *f,
                                      gconstpointer data)
{
  open_document (f);
  other_computer_saves (f, "principal", "Lê Văn Hiếu");
  /* The file monitor notices; the window takes the new version as it is. */
  for (guint i = 0; i < 200 && g_strcmp0 (kd_item_get_string (KD_ITEM (school (f)), "principal"), "Lê Văn Hiếu") != 0; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (25000);
    }
  g_assert_cmpstr (kd_item_get_string (KD_ITEM (school (f)), "principal"), ==, "Lê Văn Hiếu");
  g_assert_false (kd_window_is_unsaved (f->window));
  g_assert_false (_kd_window_check_disk (f->window));
}

static void
test_changed_on_disk_merged (Fixture      *f,
                             gconstpointer data)
{
  g_autofree char *principal = NULL;
  g_autofree char *phone = NULL;
  g_autoptr (GError) error = NULL;

  open_document (f);
  /* Not saved here yet… */
  g_object_set (school (f), "phone", "0214 3840 123", NULL);
  /* …while another computer saves its own change. */
  other_computer_saves (f, "principal", "Lê Văn Hiếu");
  g_assert_true (_kd_window_check_disk (f->window));
  g_assert_cmpstr (kd_item_get_string (KD_ITEM (school (f)), "principal"), ==, "Lê Văn Hiếu");
  g_assert_cmpstr (kd_item_get_string (KD_ITEM (school (f)), "phone"), ==, "0214 3840 123");
  g_assert_true (kd_window_is_unsaved (f->window));
  g_assert_true (kd_window_save_to_file (f->window, f->file, &error));
  g_assert_no_error (error);
  principal = saved_field (f, "principal");
  phone = saved_field (f, "phone");
  g_assert_cmpstr (principal, ==, "Lê Văn Hiếu");
  g_assert_cmpstr (phone, ==, "0214 3840 123");
}

static void
test_save_checks_first (Fixture      *f,
                        gconstpointer data)
{
  g_autofree char *principal = NULL;
  g_autofree char *phone = NULL;
  g_autoptr (GError) error = NULL;

  open_document (f);
  g_object_set (school (f), "phone", "0214 3840 123", NULL);
  /* Saved elsewhere, and the monitor not heard yet: saving merges first, never writes over. */
  g_signal_handlers_block_matched (f->window->monitor, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, f->window);
  other_computer_saves (f, "principal", "Lê Văn Hiếu");
  g_assert_true (kd_window_save_to_file (f->window, f->file, &error));
  g_assert_no_error (error);
  principal = saved_field (f, "principal");
  phone = saved_field (f, "phone");
  g_assert_cmpstr (principal, ==, "Lê Văn Hiếu");
  g_assert_cmpstr (phone, ==, "0214 3840 123");
}

static void
test_changed_on_disk_conflict (Fixture      *f,
                               gconstpointer data)
{
  open_document (f);
  g_object_set (school (f), "principal", "Trần Văn Bình", NULL);
  other_computer_saves (f, "principal", "Lê Văn Hiếu");
  g_assert_true (_kd_window_check_disk (f->window));
  /* Both changed the principal: the secretary decides; until then the window's value stays. */
  g_assert_cmpuint (kd_document_count_conflicts (document (f)), ==, 1);
  g_assert_cmpstr (kd_item_get_string (KD_ITEM (school (f)), "principal"), ==, "Trần Văn Bình");
  g_assert_nonnull (f->window->conflict_dialog);
  {
    g_autoptr (GPtrArray) conflicts = kd_document_list_conflicts (document (f));
    KdConflict *conflict = g_ptr_array_index (conflicts, 0);

    g_assert_cmpstr (json_node_get_string (conflict->theirs), ==, "Lê Văn Hiếu");
  }
}

static void
test_conflict_copy (Fixture      *f,
                    gconstpointer data)
{
  g_autofree char *copy_path = g_build_filename (f->dir, "Trường THCS Vạn Hòa (conflicted copy 2026-12-03).kdcl", NULL);
  g_autoptr (GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr (GError) error = NULL;
  GtkWidget *dialog;

  /* The other computer's save, kept aside by the sync tool. */
  {
    g_autoptr (KdDocument) other = kd_document_load_from_file (kd_application_get_registry (shared_app), f->file, &error);

    g_object_set (kd_document_get_school (other), "principal", "Lê Văn Hiếu", "email", "c2vanhoa@laocai.edu.vn", NULL);
    g_assert_true (kd_document_save_to_file (other, copy, &error));
    g_assert_no_error (error);
  }
  open_document (f);
  dialog = _kd_window_get_message_dialog (f->window);
  g_assert_true (GTK_IS_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (dialog_text (dialog), "conflicted copy"));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  kd_ui_test_settle ();
  /* What only the copy has comes in; what differs is the secretary's to decide. */
  g_assert_cmpstr (kd_item_get_string (KD_ITEM (school (f)), "email"), ==, "c2vanhoa@laocai.edu.vn");
  g_assert_cmpuint (kd_document_count_conflicts (document (f)), ==, 1);
  g_assert_cmpstr (kd_item_get_string (KD_ITEM (school (f)), "principal"), ==, "Trần Thị Thanh Xuân");
  g_assert_true (kd_window_is_unsaved (f->window));
}

int
main (int    argc,
      char **argv)
{
  shared_app = kd_ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add ("/ui/shared/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("lock-held-by-another-process", test_lock_held_by_another_process);
  ADD ("stale-lock-taken-over", test_stale_lock_taken_over);
  ADD ("changed-on-disk-without-changes", test_changed_on_disk_without_changes);
  ADD ("changed-on-disk-merged", test_changed_on_disk_merged);
  ADD ("save-checks-first", test_save_checks_first);
  ADD ("changed-on-disk-conflict", test_changed_on_disk_conflict);
  ADD ("conflict-copy", test_conflict_copy);
#undef ADD
  {
    int status = g_test_run ();

    g_clear_object (&shared_app);
    return status;
  }
}
