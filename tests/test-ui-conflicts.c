/* test-ui-conflicts.c — work packages from the window, their import and the conflict review
 *
 * The secretary's window writes a package per group ("Giao việc"); a group's PC (core, as the
 * group's Kiểm Định would) edits its package; meanwhile the secretary edits the same fields; the
 * import applies what changed on one side and leaves the rest for the conflict dialog, where the
 * secretary keeps hers, takes the group's or writes the value.  Nothing is lost on the way.
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kd-application-private.h"
#include "kd-conflict-dialog.h"
#include "kd-council-page.h"
#include "kd-history-dialog.h"
#include "kd-i18n.h"
#include "kd-meeting-session.h"
#include "kd-field-entry.h"
#include "kd-package.h"
#include "kd-school-page.h"
#include "kd-state-choice.h"
#include "kd-ui-test.h"
#include "kd-window-private.h"

static KdApplication *shared_app;

typedef struct
{
  KdWindow *window;
  char     *dir;
  GFile    *file;     /* the council's document */
  GFile    *packages; /* the folder of the packages */
} Fixture;

static KdDocument *
document (Fixture *f)
{
  return kd_window_get_document (f->window);
}

static KdCriterionRecord *
criterion (KdDocument *doc,
           const char *code)
{
  return kd_document_get_criterion (doc, code);
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  g_autoptr (KdRecovery) recovery = NULL;
  g_autoptr (GError) error = NULL;

  /* Nobody chosen yet on this "computer". */
  {
    g_autoptr (GSettings) settings = g_settings_new (APP_ID);

    g_settings_reset (settings, "author-name");
  }
  f->dir = g_dir_make_tmp ("kd-conflicts-XXXXXX", NULL);
  f->window = kd_ui_test_window_new (shared_app, f->dir);
  g_assert_true (kd_window_open_sample (f->window, &error));
  path = g_build_filename (f->dir, "hoi-dong.kdcl", NULL);
  f->file = g_file_new_for_path (path);
  g_assert_true (kd_window_save_to_file (f->window, f->file, &error));
  g_assert_no_error (error);
  folder = g_build_filename (f->dir, "goi", NULL);
  g_mkdir (folder, 0755);
  f->packages = g_file_new_for_path (folder);
  kd_ui_test_settle ();
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  kd_ui_test_close_windows (shared_app);
  g_clear_object (&f->file);
  g_clear_object (&f->packages);
  if (g_getenv ("KD_KEEP") == NULL)
    kd_ui_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GFile *
package_file (Fixture    *f,
              const char *name)
{
  return g_file_get_child (f->packages, name);
}

/* Giao việc: one package per group with criteria, into the folder. */
static void
write_packages (Fixture *f)
{
  g_autoptr (GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;

  g_assert_true (_kd_window_write_packages (f->window, f->packages, written, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (written->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (written, 0), ==, "Nhóm công tác 1 - 2023-2024.kdcl");
}

/* What Nhóm công tác 1 does on its own PC: its criterion 1.1, in its package. */
static void
group_edits (Fixture    *f,
             const char *strengths,
             const char *weaknesses)
{
  g_autoptr (GFile) file = package_file (f, "Nhóm công tác 1 - 2023-2024.kdcl");
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) package = kd_document_load_from_file (kd_application_get_registry (shared_app), file, &error);

  g_assert_no_error (error);
  g_assert_true (kd_document_is_package (package));
  g_object_set (criterion (package, "1.1"), "strengths", strengths, NULL);
  if (weaknesses != NULL)
    g_object_set (criterion (package, "1.1"), "weaknesses", weaknesses, NULL);
  kd_criterion_record_set_indicator (criterion (package, "1.2"), "1a", KD_STATE_UNMET);
  g_assert_true (kd_document_save_to_file (package, file, &error));
  g_assert_no_error (error);
}

static void
import (Fixture    *f,
        const char *expected)
{
  g_autoptr (GFile) file = package_file (f, "Nhóm công tác 1 - 2023-2024.kdcl");
  g_autoptr (GString) report = g_string_new (NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (_kd_window_import_package (f->window, file, report, &error));
  g_assert_no_error (error);
  if (strstr (report->str, expected) == NULL)
    g_error ("%s", report->str);
  kd_ui_test_settle ();
}

/* The button @name ("ours", "theirs", "edit", "use") of the conflict at @index. */
static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_str_equal (gtk_widget_get_name (widget), name))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
conflict_button (GtkWidget  *dialog,
                 guint       index,
                 const char *name)
{
  GtkWidget *box = GTK_WIDGET (gtk_widget_get_template_child (dialog, KD_TYPE_CONFLICT_DIALOG, "conflicts_box"));
  GtkWidget *row = gtk_widget_get_first_child (box);

  for (guint i = 0; i < index && row != NULL; i++)
    row = gtk_widget_get_next_sibling (row);
  g_assert_nonnull (row);
  return find_named (row, name);
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  kd_ui_test_settle ();
}

static void
test_write_packages (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr (GPtrArray) again = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GFile) first = package_file (f, "Nhóm công tác 1 - 2023-2024.kdcl");
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) package = NULL;

  write_packages (f);
  package = kd_document_load_from_file (kd_application_get_registry (shared_app), first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kd_document_get_package_owner_name (package), ==, "Nhóm công tác 1");
  g_assert_true (kd_document_package_can_edit (package, KD_ITEM (criterion (package, "1.1"))));
  /* 2.1 is Nhóm công tác 2's. */
  g_assert_false (kd_document_package_can_edit (package, KD_ITEM (criterion (package, "5.1"))) &&
                  kd_document_package_can_edit (package, KD_ITEM (criterion (package, "2.1"))));

  /* Writing again never overwrites a package a group may have sent back under that name. */
  g_assert_true (_kd_window_write_packages (f->window, f->packages, again, &error));
  g_assert_cmpstr (g_ptr_array_index (again, 0), ==, "Nhóm công tác 1 - 2023-2024 (2).kdcl");
}

static void
test_import_clean (Fixture      *f,
                   gconstpointer data)
{
  write_packages (f);
  group_edits (f, "Nhóm 1 viết điểm mạnh mới.", NULL);
  import (f, "0 xung đột");
  g_assert_cmpstr (kd_criterion_record_get_strengths (criterion (document (f), "1.1")), ==, "Nhóm 1 viết điểm mạnh mới.");
  g_assert_cmpint (kd_criterion_record_get_indicator (criterion (document (f), "1.2"), "1a"), ==, KD_STATE_UNMET);
  g_assert_true (kd_window_is_unsaved (f->window));
  /* The recovery copy is written at once: the merge exists nowhere else yet. */
  g_assert_nonnull (_kd_window_get_recovery_slot (f->window));

  /* The same package again changes nothing. */
  import (f, "nhận 0 thay đổi");
  g_assert_cmpuint (kd_document_count_conflicts (document (f)), ==, 0);
}

static void
test_resolve_conflicts (Fixture      *f,
                        gconstpointer data)
{
  GtkWidget *dialog;
  GtkWidget *editor_text;
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) reloaded = NULL;

  write_packages (f);
  group_edits (f, "Điểm mạnh theo nhóm 1.", "Điểm yếu theo nhóm 1.");
  /* Meanwhile the secretary writes the same two fields. */
  g_object_set (criterion (document (f), "1.1"), "strengths", "Điểm mạnh theo thư ký.", "weaknesses",
                "Điểm yếu theo thư ký.", NULL);
  import (f, "2 xung đột");
  g_assert_cmpuint (kd_document_count_conflicts (document (f)), ==, 2);
  /* Until decided, the document keeps its own value; the indicator the group alone changed is in. */
  g_assert_cmpstr (kd_criterion_record_get_strengths (criterion (document (f), "1.1")), ==, "Điểm mạnh theo thư ký.");
  g_assert_cmpint (kd_criterion_record_get_indicator (criterion (document (f), "1.2"), "1a"), ==, KD_STATE_UNMET);
  g_assert_nonnull (strstr (kd_ui_test_banner_text (f->window), "Xung đột cần quyết định: 2"));
  g_assert_cmpstr (kd_ui_test_banner_button (f->window), ==, "_Quyết định…");
  /* Work recovered after a crash says so first, and its button still leads to the conflicts. */
  f->window->recovered = TRUE;
  _kd_window_refresh_state (f->window);
  g_assert_nonnull (strstr (kd_ui_test_banner_text (f->window), "khôi phục"));
  g_assert_cmpstr (kd_ui_test_banner_button (f->window), ==, "_Quyết định…");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.review-conflicts", NULL));
  kd_ui_test_settle ();
  dialog = f->window->conflict_dialog;
  g_assert_nonnull (dialog);
  g_assert_cmpuint (kd_conflict_dialog_get_n_conflicts (KD_CONFLICT_DIALOG (dialog)), ==, 2);

  /* The first: the group's. */
  click (conflict_button (dialog, 0, "theirs"));
  g_assert_cmpuint (kd_conflict_dialog_get_n_conflicts (KD_CONFLICT_DIALOG (dialog)), ==, 1);
  g_assert_cmpuint (kd_document_count_conflicts (document (f)), ==, 1);

  /* The second: written by hand. */
  click (conflict_button (dialog, 0, "edit"));
  editor_text = find_named (gtk_widget_get_first_child (
                                GTK_WIDGET (gtk_widget_get_template_child (dialog, KD_TYPE_CONFLICT_DIALOG, "conflicts_box"))),
                            "use");
  editor_text = g_object_get_data (G_OBJECT (editor_text), "kd-text");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor_text)), "Điểm yếu hội đồng chốt.", -1);
  click (conflict_button (dialog, 0, "use"));
  g_assert_cmpuint (kd_conflict_dialog_get_n_conflicts (KD_CONFLICT_DIALOG (dialog)), ==, 0);
  g_assert_cmpuint (kd_document_count_conflicts (document (f)), ==, 0);

  {
    KdCriterionRecord *record = criterion (document (f), "1.1");
    const char        *strengths = kd_criterion_record_get_strengths (record);
    const char        *weaknesses = kd_criterion_record_get_weaknesses (record);

    /* Which field came first is the merge's order: check both decisions landed, one each. */
    g_assert_true ((g_str_equal (strengths, "Điểm mạnh theo nhóm 1.") && g_str_equal (weaknesses, "Điểm yếu hội đồng chốt.")) ||
                   (g_str_equal (strengths, "Điểm yếu hội đồng chốt.") && g_str_equal (weaknesses, "Điểm yếu theo nhóm 1.")));
  }
  g_assert_null (strstr (kd_ui_test_banner_text (f->window), "Xung đột"));
  /* Deciding does not make recovered work saved: it still says so, and with nothing left to
   * decide and nothing unread its message asks for nothing. */
  g_assert_nonnull (strstr (kd_ui_test_banner_text (f->window), "khôi phục"));
  g_assert_null (kd_ui_test_banner_button (f->window));

  /* Saved and read back: the decisions are in the file, no conflict left. */
  g_assert_true (kd_window_save_to_file (f->window, f->file, &error));
  reloaded = kd_document_load_from_file (kd_application_get_registry (shared_app), f->file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kd_document_count_conflicts (reloaded), ==, 0);
  /* Importing the package once more asks nothing again. */
  import (f, "0 xung đột");
}

/* A document written by a newer version, with conflicts: they are shown, nothing is decided. */
static void
test_read_only (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *contents = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *path = g_file_get_path (f->file);
  g_autoptr (GRegex) version = g_regex_new ("^ \"version\" *: *1,", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr (GError) error = NULL;
  GtkWidget *dialog;
  GtkLabel  *summary;

  write_packages (f);
  group_edits (f, "Điểm mạnh theo nhóm 1.", NULL);
  g_object_set (criterion (document (f), "1.1"), "strengths", "Điểm mạnh theo thư ký.", NULL);
  import (f, "1 xung đột");
  g_assert_true (kd_window_save_to_file (f->window, f->file, &error));
  g_assert_no_error (error);
  kd_ui_test_close_windows (shared_app);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  newer = g_regex_replace_literal (version, contents, -1, 0, " \"version\" : 2,", G_REGEX_MATCH_DEFAULT, NULL);
  g_assert_cmpstr (newer, !=, contents);
  g_assert_true (g_file_set_contents (path, newer, -1, NULL));

  f->window = kd_ui_test_window_new (shared_app, f->dir);
  g_assert_true (kd_window_open_file (f->window, f->file, &error));
  g_assert_no_error (error);
  kd_ui_test_settle ();
  g_assert_false (kd_document_is_editable (document (f)));
  g_assert_cmpuint (kd_document_count_conflicts (document (f)), ==, 1);
  g_assert_nonnull (strstr (kd_ui_test_banner_text (f->window), "phiên bản mới hơn"));
  g_assert_cmpstr (kd_ui_test_banner_button (f->window), ==, "_Xem xung đột");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.review-conflicts", NULL));
  kd_ui_test_settle ();
  dialog = f->window->conflict_dialog;
  g_assert_nonnull (dialog);
  g_assert_cmpuint (kd_conflict_dialog_get_n_conflicts (KD_CONFLICT_DIALOG (dialog)), ==, 1);
  summary = GTK_LABEL (gtk_widget_get_template_child (dialog, KD_TYPE_CONFLICT_DIALOG, "summary_label"));
  g_assert_nonnull (strstr (gtk_label_get_text (summary), "chỉ để đọc"));
  g_assert_false (gtk_widget_is_sensitive (conflict_button (dialog, 0, "theirs")));
  g_assert_false (gtk_widget_is_sensitive (conflict_button (dialog, 0, "ours")));
  g_assert_cmpstr (kd_criterion_record_get_strengths (criterion (document (f), "1.1")), ==, "Điểm mạnh theo thư ký.");
}

static void
test_keep_ours (Fixture      *f,
                gconstpointer data)
{
  GtkWidget *dialog;

  write_packages (f);
  group_edits (f, "Điểm mạnh theo nhóm 1.", NULL);
  g_object_set (criterion (document (f), "1.1"), "strengths", "Điểm mạnh theo thư ký.", NULL);
  import (f, "1 xung đột");
  dialog = _kd_window_review_conflicts (f->window);
  /* Closing the dialog decides nothing: the conflict stays. */
  gtk_window_close (GTK_WINDOW (dialog));
  kd_ui_test_settle ();
  g_assert_cmpuint (kd_document_count_conflicts (document (f)), ==, 1);
  dialog = _kd_window_review_conflicts (f->window);
  click (conflict_button (dialog, 0, "ours"));
  g_assert_cmpuint (kd_document_count_conflicts (document (f)), ==, 0);
  g_assert_cmpstr (kd_criterion_record_get_strengths (criterion (document (f), "1.1")), ==, "Điểm mạnh theo thư ký.");
}

/* Whether the first indicator button and text box of a page can be used to change anything. */
static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  /* A toggle button that sets an indicator (the wizard's Đạt / Không đạt), not the navigator's. */
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget) &&
      (type != GTK_TYPE_TOGGLE_BUTTON || KD_IS_STATE_CHOICE (gtk_widget_get_parent (widget))))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first button showing the icon @icon_name under @widget. */
static GtkWidget *
find_named_button (GtkWidget  *widget,
                   const char *icon_name)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon_name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named_button (child, icon_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
first_editor_editable (GtkWidget *page)
{
  GtkWidget *button = find_type (page, GTK_TYPE_TOGGLE_BUTTON);
  GtkWidget *text = find_type (page, GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (button);
  g_assert_nonnull (text);
  g_assert_true (gtk_widget_is_sensitive (button) == gtk_text_view_get_editable (GTK_TEXT_VIEW (text)));
  return gtk_widget_is_sensitive (button);
}

static void
test_open_package (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr (GFile) file = package_file (f, "Nhóm công tác 1 - 2023-2024.kdcl");
  g_autoptr (GError) error = NULL;
  g_autoptr (KdMeetingSession) session = NULL;

  write_packages (f);
  g_assert_true (kd_window_open_file (f->window, file, &error));
  g_assert_no_error (error);
  kd_ui_test_settle ();
  g_assert_nonnull (strstr (kd_ui_test_banner_text (f->window), "Nhóm công tác 1"));
  /* A package is not cut into packages, nor has packages merged into it. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.write-packages", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-packages", NULL);
  g_assert_null (f->window->chooser);
  /* The wizard writes only the group's criteria: Nhóm công tác 1 has 1.1, not 5.6. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-criterion", "s", "1.1"));
  kd_ui_test_settle ();
  g_assert_true (first_editor_editable (_kd_window_get_visible_page (f->window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-criterion", "s", "5.6"));
  kd_ui_test_settle ();
  g_assert_false (first_editor_editable (_kd_window_get_visible_page (f->window)));

  /* The school's information belongs to the secretary's document: here it is for reading. */
  {
    GtkWidget *name;

    g_assert_true (_kd_window_show_page (f->window, KD_TYPE_SCHOOL_PAGE));
    kd_ui_test_settle ();
    name = _kd_school_page_get_editor (KD_SCHOOL_PAGE (_kd_window_get_page (f->window, KD_TYPE_SCHOOL_PAGE)), "name");
    g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (kd_field_entry_get_editable (KD_FIELD_ENTRY (name)))));
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (kd_field_entry_get_editable (KD_FIELD_ENTRY (name))), "kd-read-only"));
  }

  /* So is the council: members are neither added nor removed here. */
  {
    GtkWidget *council;
    GtkWidget *trash;
    guint      members = g_list_model_get_n_items (kd_document_get_members (document (f)));

    g_assert_cmpuint (members, >, 0);
    g_assert_true (_kd_window_show_page (f->window, KD_TYPE_COUNCIL_PAGE));
    kd_ui_test_settle ();
    council = _kd_window_get_page (f->window, KD_TYPE_COUNCIL_PAGE);
    gtk_widget_activate_action (council, "council.add-member", NULL);
    gtk_widget_activate_action (council, "council.add-group", NULL);
    kd_ui_test_settle ();
    g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_members (document (f))), ==, members);
    trash = find_named_button (council, "user-trash-symbolic");
    g_assert_nonnull (trash);
    g_assert_false (gtk_widget_is_sensitive (trash));
  }

  /* In a package, meeting mode changes only the group's criteria. */
  session = kd_meeting_session_new (document (f));
  g_assert_true (kd_meeting_session_go_to (session, "1.1"));
  g_assert_true (kd_meeting_session_get_editable (session));
  g_assert_true (kd_meeting_session_go_to (session, "5.6"));
  g_assert_false (kd_meeting_session_get_editable (session));
}

static void
test_history (Fixture      *f,
              gconstpointer data)
{
  GtkWidget *dialog;

  g_object_set (criterion (document (f), "1.1"), "strengths", "Sửa lần một.", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.criterion-history", "s", "1.1"));
  kd_ui_test_settle ();
  dialog = _kd_window_get_message_dialog (f->window);
  g_assert_true (KD_IS_HISTORY_DIALOG (dialog));
  g_assert_cmpuint (kd_history_dialog_get_n_entries (KD_HISTORY_DIALOG (dialog)), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.criterion-history", "s", "1.2"));
  kd_ui_test_settle ();
  g_assert_cmpuint (kd_history_dialog_get_n_entries (KD_HISTORY_DIALOG (_kd_window_get_message_dialog (f->window))), ==, 0);
}

/* Who works on this computer: asked once, kept in the settings, written in the history. */
static void
test_author (Fixture      *f,
             gconstpointer data)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  GtkWidget  *dialog;
  GtkListBox *members;
  GListModel *history;
  g_autoptr (KdHistoryEntry) last = NULL;

  g_assert_nonnull (strstr (kd_ui_test_banner_text (f->window), "Ai đang làm việc"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.choose-author", NULL));
  kd_ui_test_settle ();
  dialog = _kd_window_get_message_dialog (f->window);
  g_assert_nonnull (dialog);
  members = GTK_LIST_BOX (gtk_widget_get_template_child (dialog, g_type_from_name ("KdAuthorDialog"), "members_list"));
  gtk_list_box_select_row (members, gtk_list_box_get_row_at_index (members, 2));
  click (GTK_WIDGET (gtk_widget_get_template_child (dialog, g_type_from_name ("KdAuthorDialog"), "choose_button")));
  {
    g_autofree char *chosen = g_settings_get_string (settings, "author-name");

    g_assert_cmpstr (chosen, ==, "Lê Thị Hồng Nhung");
  }
  g_assert_null (strstr (kd_ui_test_banner_text (f->window), "Ai đang làm việc"));

  g_object_set (criterion (document (f), "1.1"), "strengths", "Thư ký sửa.", NULL);
  history = kd_document_get_history (document (f));
  last = g_list_model_get_item (history, g_list_model_get_n_items (history) - 1);
  g_assert_cmpstr (kd_history_entry_get_by (last), ==, "Lê Thị Hồng Nhung");
  g_settings_reset (settings, "author-name");
}

int
main (int    argc,
      char **argv)
{
  shared_app = kd_ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add ("/ui/conflicts/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("write-packages", test_write_packages);
  ADD ("import-clean", test_import_clean);
  ADD ("resolve-theirs-and-edit", test_resolve_conflicts);
  ADD ("keep-ours", test_keep_ours);
  ADD ("read-only", test_read_only);
  ADD ("open-package", test_open_package);
  ADD ("history", test_history);
  ADD ("author", test_author);
#undef ADD
  {
    int status = g_test_run ();

    g_clear_object (&shared_app);
    return status;
  }
}
