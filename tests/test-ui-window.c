/* test-ui-window.c — the real main window, driven as a user would
 *
 * Each case starts an application and a 1366×768 window, acts through the window's widgets and
 * actions (typing in fields, clicking buttons, Ctrl+Z as the win.undo action) and checks what a
 * user would see (the header, a warning, a message) and what lands in the document or the file.
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "kd-application-private.h"
#include "kd-council-page.h"
#include "kd-error.h"
#include "kd-evidence-page.h"
#include "kd-extra-page.h"
#include "kd-i18n.h"
#include "kd-plan-page.h"
#include "kd-school-page.h"
#include "kd-summary-page.h"
#include "kd-ui-test.h"
#include "kd-window-private.h"

/* One application for the whole program: GApplication registers its D-Bus path once. */
static KdApplication *shared_app;

typedef struct
{
  KdApplication *app;
  KdWindow      *window;
  char          *dir;
} Fixture;

static GtkWidget *
child (KdWindow   *window,
       const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), KD_TYPE_WINDOW, name));
}

static const char *
header_title (KdWindow *window)
{
  return gtk_label_get_text (GTK_LABEL (child (window, "title_label")));
}

static const char *
header_subtitle (KdWindow *window)
{
  return gtk_label_get_text (GTK_LABEL (child (window, "subtitle_label")));
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);

  g_autoptr (KdRecovery) recovery = NULL;

  g_settings_reset (settings, "recent-files");
  g_settings_set_uint (settings, "autosave-delay", 1);
  f->app = g_object_ref (shared_app);
  f->dir = g_dir_make_tmp ("kd-ui-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->window = kd_ui_test_window_new (f->app, f->dir);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  kd_ui_test_close_windows (f->app);
  g_clear_object (&f->app);
  kd_ui_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

/* Types @text into a field editor and presses Enter. */
static void
type_in (GtkWidget  *field,
         const char *text)
{
  GtkEditable *entry;

  /* A table's cell makes its editor when it gets the focus, as with a click or Tab. */
  g_assert_true (gtk_widget_grab_focus (field));
  entry = kd_field_entry_get_editable (KD_FIELD_ENTRY (field));
  g_assert_nonnull (entry);
  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "activate");
  kd_ui_test_settle ();
}

static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  kd_ui_test_settle ();
}

static void
open_sample (Fixture *f)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (kd_window_open_sample (f->window, &error));
  g_assert_no_error (error);
  kd_ui_test_settle ();
}

/* The sample saved to a file of the test, and open in the window. */
static GFile *
open_sample_file (Fixture *f)
{
  g_autofree char *path = path_in (f, "van-hoa.kdcl");
  GFile           *file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  open_sample (f);
  g_assert_true (kd_window_save_to_file (f->window, file, &error));
  g_assert_no_error (error);
  kd_ui_test_settle ();
  return file;
}

static KdDocument *
document (Fixture *f)
{
  return kd_window_get_document (f->window);
}

/* ---- new assessment ----------------------------------------------------------------- */

static GtkWidget *
dialog_child (KdNewDialog *dialog,
              const char  *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), KD_TYPE_NEW_DIALOG, name));
}

static void
test_new_assessment (Fixture      *f,
                     gconstpointer data)
{
  KdNewDialog *dialog;
  GtkWidget   *create;
  const char  *explanation;
  KdSchool    *school;
  KdCycle     *cycle;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (f->window, "main_stack"))), ==, "welcome");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "app.new", NULL);
  kd_ui_test_settle ();
  dialog = _kd_window_get_new_dialog (f->window);
  g_assert_nonnull (dialog);
  create = dialog_child (dialog, "create_button");

  /* Nothing typed yet: Create waits for the school's name, and says so. */
  g_assert_false (gtk_widget_is_sensitive (create));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (dialog_child (dialog, "problem_label"))), "tên trường"));

  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "name_entry")), "Trường THCS Vạn Hòa");
  kd_new_dialog_select_school_type (dialog, "THCS");
  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "agency_entry")), "Phòng GD&ĐT thành phố Lào Cai");
  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "place_entry")), "Vạn Hòa");

  /* The framework follows the year: TT 57 from 2026-2027, TT 18 for a THCS before. */
  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "year_entry")), "2026-2027");
  g_assert_cmpstr (kd_framework_get_id (kd_new_dialog_get_framework (dialog)), ==, "tt57-2026-pt");
  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "year_entry")), "2023-2024");
  g_assert_cmpstr (kd_framework_get_id (kd_new_dialog_get_framework (dialog)), ==, "tt18-2018");
  explanation = gtk_label_get_text (GTK_LABEL (dialog_child (dialog, "explanation_label")));
  g_assert_nonnull (strstr (explanation, "Thông tư 18/2018"));

  /* A year that is not one is refused with core's words. */
  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "year_entry")), "2023-2025");
  g_assert_false (gtk_widget_is_sensitive (create));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (dialog_child (dialog, "problem_label"))), "2023-2025"));
  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "year_entry")), "2023-2024");

  /* Another framework can be chosen; one that does not fit the school type is a warning. */
  kd_new_dialog_select_framework (dialog, "tt19-2018");
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, "problem_label")));
  g_assert_true (gtk_widget_is_sensitive (create));
  kd_new_dialog_select_framework (dialog, "tt18-2018");

  click (create);
  g_assert_null (_kd_window_get_new_dialog (f->window));
  g_assert_nonnull (document (f));
  g_assert_cmpstr (kd_framework_get_id (kd_document_get_framework (document (f))), ==, "tt18-2018");
  school = kd_document_get_school (document (f));
  cycle = kd_document_get_cycle (document (f));
  g_assert_cmpstr (kd_school_get_name (school), ==, "Trường THCS Vạn Hòa");
  g_assert_cmpstr (kd_school_get_type_code (school), ==, "THCS");
  g_assert_cmpstr (kd_school_get_agency (school), ==, "Phòng GD&ĐT thành phố Lào Cai");
  g_assert_cmpstr (kd_cycle_get_school_year (cycle), ==, "2023-2024");
  g_assert_cmpstr (kd_cycle_get_place (cycle), ==, "Vạn Hòa");

  /* The window shows it: the school in the header, its information page, nothing to undo. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (f->window, "main_stack"))), ==, "document");
  g_assert_cmpstr (header_title (f->window), ==, "Trường THCS Vạn Hòa");
  g_assert_nonnull (strstr (header_subtitle (f->window), "chưa lưu vào tệp"));
  g_assert_true (KD_IS_SCHOOL_PAGE (_kd_window_get_visible_page (f->window)));
  g_assert_false (kd_document_can_undo (document (f)));
  g_assert_false (kd_window_is_unsaved (f->window));
}

static void
test_new_assessment_cancel (Fixture      *f,
                            gconstpointer data)
{
  KdNewDialog *dialog;

  kd_window_new_assessment (f->window);
  kd_ui_test_settle ();
  dialog = _kd_window_get_new_dialog (f->window);
  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "name_entry")), "Trường TH Thử");
  click (dialog_child (dialog, "cancel_button"));
  g_assert_null (_kd_window_get_new_dialog (f->window));
  g_assert_null (document (f));
}

/* ---- school information ------------------------------------------------------------- */

static GtkWidget *
school_editor (Fixture    *f,
               const char *field)
{
  KdSchoolPage *page = KD_SCHOOL_PAGE (_kd_window_get_page (f->window, KD_TYPE_SCHOOL_PAGE));

  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_SCHOOL_PAGE));
  kd_ui_test_settle ();
  return _kd_school_page_get_editor (page, field);
}

static void
test_school_info (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr (GFile) file = open_sample_file (f);
  KdCycle     *cycle = kd_document_get_cycle (document (f));
  GtkWidget   *year = school_editor (f, "school-year");
  GtkWidget   *date = school_editor (f, "date");
  GtkEditable *year_entry = kd_field_entry_get_editable (KD_FIELD_ENTRY (year));
  const char  *message;

  g_assert_cmpstr (header_title (f->window), ==, "Trường THCS Vạn Hòa");
  g_assert_cmpstr (header_subtitle (f->window), ==, "van-hoa.kdcl");

  type_in (school_editor (f, "name"), "Trường THCS Vạn Hòa mới");
  g_assert_cmpstr (kd_school_get_name (kd_document_get_school (document (f))), ==, "Trường THCS Vạn Hòa mới");
  g_assert_cmpstr (header_title (f->window), ==, "Trường THCS Vạn Hòa mới");
  /* The unsaved mark, in the header and the window title (what the taskbar shows). */
  g_assert_cmpstr (header_subtitle (f->window), ==, "• van-hoa.kdcl");
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (f->window)), "• Trường THCS Vạn Hòa mới"));

  /* A school year that is not one: refused with core's message, the model keeps its value. */
  type_in (year, "2023-2025");
  message = kd_field_entry_get_message (KD_FIELD_ENTRY (year));
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "2026-2027"));
  g_assert_cmpstr (kd_cycle_get_school_year (cycle), ==, "2023-2024");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (year_entry), "error"));
  type_in (year, "2023-2024");
  g_assert_null (kd_field_entry_get_message (KD_FIELD_ENTRY (year)));

  /* Dates are typed the Vietnamese way and shown back normalised. */
  type_in (date, "1/5/2024");
  g_assert_cmpstr (kd_cycle_get_date (cycle), ==, "2024-05-01");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kd_field_entry_get_editable (KD_FIELD_ENTRY (date)))), ==, "01/05/2024");

  /* Leaving a field commits it too, without Enter. */
  {
    GtkEditable *place = kd_field_entry_get_editable (KD_FIELD_ENTRY (school_editor (f, "place")));

    gtk_widget_grab_focus (GTK_WIDGET (place));
    gtk_editable_set_text (GTK_EDITABLE (place), "Phường Vạn Hòa");
    gtk_widget_grab_focus (GTK_WIDGET (kd_field_entry_get_editable (KD_FIELD_ENTRY (school_editor (f, "number")))));
    kd_ui_test_settle ();
    g_assert_cmpstr (kd_cycle_get_place (cycle), ==, "Phường Vạn Hòa");
  }

  /* The target level is picked among the framework's levels. */
  kd_field_choice_select (KD_FIELD_CHOICE (school_editor (f, "target-level")), "3");
  g_assert_cmpuint (kd_cycle_get_target_level (cycle), ==, 3);
}

static void
test_school_escape_reverts (Fixture      *f,
                            gconstpointer data)
{
  GtkWidget   *name;
  GtkEditable *entry;

  open_sample (f);
  name = school_editor (f, "name");
  entry = kd_field_entry_get_editable (KD_FIELD_ENTRY (name));
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Tên gõ nhầm");
  g_assert_true (kd_ui_test_press_key (GTK_WIDGET (entry), GDK_KEY_Escape, 0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Trường THCS Vạn Hòa");
  gtk_window_set_focus (GTK_WINDOW (f->window), NULL);
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_school_get_name (kd_document_get_school (document (f))), ==, "Trường THCS Vạn Hòa");
  g_assert_false (kd_document_can_undo (document (f)));
}

/* ---- undo and redo ------------------------------------------------------------------ */

static void
test_undo_redo (Fixture      *f,
                gconstpointer data)
{
  GtkWidget   *name;
  GtkEditable *entry;
  KdSchool    *school;

  open_sample (f);
  school = kd_document_get_school (document (f));
  name = school_editor (f, "name");
  entry = kd_field_entry_get_editable (KD_FIELD_ENTRY (name));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (gtk_widget_get_first_child (child (f->window, "edit_buttons")))));

  /* The very first edit, still being typed: Ctrl+Z already takes it back. */
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Trường THCS Không");
  kd_ui_test_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_school_get_name (school), ==, "Trường THCS Vạn Hòa");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Trường THCS Vạn Hòa");
  g_assert_false (kd_window_is_unsaved (f->window));

  type_in (name, "Trường THCS Một");
  type_in (name, "Trường THCS Hai");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_school_get_name (school), ==, "Trường THCS Một");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Trường THCS Một");
  g_assert_cmpstr (header_title (f->window), ==, "Trường THCS Một");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_school_get_name (school), ==, "Trường THCS Hai");

  /* Typing not yet committed is what Ctrl+Z takes back first. */
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Trường THCS Ba");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_school_get_name (school), ==, "Trường THCS Hai");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Trường THCS Hai");

  /* Back to the opened state: no unsaved mark, nothing more to undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_school_get_name (school), ==, "Trường THCS Vạn Hòa");
  g_assert_false (kd_window_is_unsaved (f->window));
  g_assert_false (kd_document_can_undo (document (f)));
}

/* ---- council ------------------------------------------------------------------------ */

static KdCouncilPage *
council_page (Fixture *f)
{
  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_COUNCIL_PAGE));
  kd_ui_test_settle ();
  return KD_COUNCIL_PAGE (_kd_window_get_page (f->window, KD_TYPE_COUNCIL_PAGE));
}

static void
new_document (Fixture    *f,
              const char *framework)
{
  g_autoptr (KdDocument) doc = kd_document_new (kd_framework_registry_lookup (kd_framework_registry_get_default (), framework));

  kd_window_set_document (f->window, doc, NULL);
  kd_ui_test_settle ();
}

static void
test_council (Fixture      *f,
              gconstpointer data)
{
  const char      *names[] = { "Trần Thị Thanh Xuân", "Nguyễn Văn Thắng", "Lê Thị Hồng Nhung", "Phạm Văn Dũng",
                               "Hoàng Thị Lan", "Vũ Thị Mai", "Đỗ Minh Tuấn" };
  KdCouncilPage   *page;
  g_autofree char *empty = NULL;
  g_autofree char *six = NULL;
  g_autofree char *seven = NULL;
  g_autofree char *grouped = NULL;
  g_autofree char *assigned = NULL;
  GListModel      *members;
  g_autoptr (KdMember) secretary = NULL;
  g_autoptr (KdGroup) group = NULL;

  new_document (f, "tt18-2018");
  page = council_page (f);
  members = kd_document_get_members (document (f));

  /* An empty council breaks the rule; unassigned criteria are counted once there are members. */
  empty = _kd_council_page_dup_warnings (page);
  g_assert_nonnull (strstr (empty, "ít nhất 7 thành viên; hội đồng hiện có 0"));
  g_assert_null (strstr (empty, "chưa được phân công"));

  for (guint i = 0; i < 6; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "council.add-member", NULL));
      kd_ui_test_settle ();
      type_in (_kd_council_page_get_member_editor (page, i, "name"), names[i]);
    }
  type_in (_kd_council_page_get_member_editor (page, 0, "position"), "Hiệu trưởng");
  six = _kd_council_page_dup_warnings (page);
  g_assert_nonnull (strstr (six, "ít nhất 7 thành viên; hội đồng hiện có 6"));
  g_assert_nonnull (strstr (six, "chưa được phân công"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "council.add-member", NULL));
  kd_ui_test_settle ();
  type_in (_kd_council_page_get_member_editor (page, 6, "name"), names[6]);
  kd_field_choice_select (KD_FIELD_CHOICE (_kd_council_page_get_member_editor (page, 2, "role")), "thu_ky");
  kd_ui_test_settle ();
  seven = _kd_council_page_dup_warnings (page);
  g_assert_null (strstr (seven, "ít nhất 7"));

  /* What was typed is the document's council. */
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 7);
  secretary = g_list_model_get_item (members, 2);
  g_assert_cmpstr (kd_member_get_name (secretary), ==, "Lê Thị Hồng Nhung");
  g_assert_cmpint (kd_member_get_role (secretary), ==, KD_ROLE_SECRETARY);
  {
    g_autoptr (KdMember) chair = g_list_model_get_item (members, 0);

    g_assert_cmpint (kd_member_get_role (chair), ==, KD_ROLE_CHAIR);
    g_assert_cmpstr (kd_member_get_position (chair), ==, "Hiệu trưởng");
  }

  /* A working group, given the whole of standard 1 at once: one undo step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "council.add-group", NULL));
  kd_ui_test_settle ();
  type_in (_kd_council_page_get_group_editor (page, 0, "name"), "Nhóm công tác 1");
  group = g_list_model_get_item (kd_document_get_groups (document (f)), 0);
  kd_field_choice_select (KD_FIELD_CHOICE (_kd_council_page_get_member_editor (page, 1, "group")),
                          kd_item_get_id (KD_ITEM (group)));
  kd_ui_test_settle ();
  {
    g_autoptr (KdMember) vice = g_list_model_get_item (members, 1);

    g_assert_cmpstr (kd_member_get_group (vice), ==, kd_item_get_id (KD_ITEM (group)));
  }
  gtk_drop_down_set_selected (GTK_DROP_DOWN (_kd_council_page_get_standard_assignment (page, 1)), 1);
  kd_ui_test_settle ();
  for (guint i = 1; i <= 10; i++)
    {
      g_autofree char *code = g_strdup_printf ("1.%u", i);

      g_assert_cmpstr (kd_criterion_record_get_assignee (kd_document_get_criterion (document (f), code)), ==,
                       kd_item_get_id (KD_ITEM (group)));
    }
  grouped = _kd_council_page_dup_warnings (page);
  g_assert_null (strstr (grouped, "1.10"));
  g_assert_nonnull (strstr (grouped, "2.1"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_criterion_record_get_assignee (kd_document_get_criterion (document (f), "1.1")), ==, "");
  g_assert_cmpstr (kd_criterion_record_get_assignee (kd_document_get_criterion (document (f), "1.10")), ==, "");

  /* One criterion to a member, from its own choice. */
  kd_field_choice_select (KD_FIELD_CHOICE (_kd_council_page_get_assignment (page, "5.6")),
                          kd_item_get_id (KD_ITEM (secretary)));
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_criterion_record_get_assignee (kd_document_get_criterion (document (f), "5.6")), ==,
                   kd_item_get_id (KD_ITEM (secretary)));
  assigned = _kd_council_page_dup_warnings (page);
  g_assert_null (strstr (assigned, "5.6"));

  /* Removing a member is undone like any edit. */
  click (gtk_widget_get_last_child (gtk_list_box_row_get_child (
      gtk_list_box_get_row_at_index (GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (page), KD_TYPE_COUNCIL_PAGE, "members_list")), 6))));
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 6);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 7);
}

static void
test_council_tt57 (Fixture      *f,
                   gconstpointer data)
{
  KdCouncilPage   *page;
  g_autofree char *warnings = NULL;

  new_document (f, "tt57-2026-pt");
  page = council_page (f);
  for (guint i = 0; i < 6; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "council.add-member", NULL));
      kd_ui_test_settle ();
    }
  warnings = _kd_council_page_dup_warnings (page);
  g_assert_nonnull (strstr (warnings, "số thành viên lẻ"));
  g_assert_nonnull (strstr (warnings, "đúng một thư ký"));
}

/* ---- files -------------------------------------------------------------------------- */

static void
test_save_and_reopen (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr (GFile) file = open_sample_file (f);
  g_autofree char *backup = g_strconcat (g_file_peek_path (file), "~", NULL);
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_auto (GStrv) recent = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr (KdDocument) reread = NULL;
  g_autoptr (GError) error = NULL;
  KdWindow *second;

  type_in (school_editor (f, "principal"), "Nguyễn Thị Mới");
  g_assert_true (kd_window_is_unsaved (f->window));
  g_assert_cmpstr (kd_ui_test_tooltip (child (f->window, "subtitle_label")), ==, "Có thay đổi chưa được lưu");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  kd_ui_test_settle ();
  g_assert_false (kd_window_is_unsaved (f->window));
  g_assert_cmpstr (header_subtitle (f->window), ==, "van-hoa.kdcl");
  /* Saved: the mark and its tooltip are gone, until the next change (undone here). */
  g_assert_null (kd_ui_test_tooltip (child (f->window, "subtitle_label")));
  type_in (school_editor (f, "principal"), "Nguyễn Thị Mới Hơn");
  g_assert_cmpstr (kd_ui_test_tooltip (child (f->window, "subtitle_label")), ==, "Có thay đổi chưa được lưu");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_false (kd_window_is_unsaved (f->window));
  g_assert_null (kd_ui_test_tooltip (child (f->window, "subtitle_label")));
  /* The previous version is kept beside it. */
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  recent = g_settings_get_strv (settings, "recent-files");
  g_assert_cmpstr (recent[0], ==, uri);

  reread = kd_document_load_from_file (kd_framework_registry_get_default (), file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kd_school_get_principal (kd_document_get_school (reread)), ==, "Nguyễn Thị Mới");
  g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_members (reread)), ==, 9);
  g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_evidence (reread)), ==, 56);

  /* Opening it again shows the window that has it; a second window opens it when the first is gone. */
  g_assert_true (kd_application_open_file (f->app, file) == f->window);
  gtk_window_destroy (GTK_WINDOW (f->window));
  kd_ui_test_settle ();
  second = kd_application_open_file (f->app, file);
  kd_ui_test_settle ();
  g_assert_nonnull (kd_window_get_document (second));
  g_assert_cmpstr (kd_school_get_principal (kd_document_get_school (kd_window_get_document (second))), ==, "Nguyễn Thị Mới");
  g_assert_cmpstr (header_title (second), ==, "Trường THCS Vạn Hòa");
  f->window = second;
}

static void
test_open_errors (Fixture      *f,
                  gconstpointer data)
{
  g_autofree char *missing_path = path_in (f, "không có.kdcl");
  g_autofree char *broken_path = path_in (f, "hỏng.kdcl");
  g_autoptr (GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr (GFile) broken = g_file_new_for_path (broken_path);
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_auto (GStrv) recent = NULL;
  GtkWidget       *dialog;
  g_autofree char *secondary = NULL;

  /* A recent file that is gone: a message that says so, and it leaves the list. */
  kd_application_add_recent (f->app, missing);
  kd_application_open_file (f->app, missing);
  kd_ui_test_settle ();
  dialog = _kd_window_get_message_dialog (f->window);
  g_assert_nonnull (dialog);
  g_object_get (dialog, "secondary-text", &secondary, NULL);
  g_assert_nonnull (strstr (secondary, "không tồn tại"));
  recent = g_settings_get_strv (settings, "recent-files");
  g_assert_cmpuint (g_strv_length (recent), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (g_file_set_contents (broken_path, "{ \"format\": \"kiemdinh\", ", -1, NULL));
  kd_application_open_file (f->app, broken);
  kd_ui_test_settle ();
  dialog = _kd_window_get_message_dialog (f->window);
  g_assert_nonnull (dialog);
  g_clear_pointer (&secondary, g_free);
  g_object_get (dialog, "secondary-text", &secondary, NULL);
  g_assert_nonnull (strstr (secondary, "hỏng.kdcl"));
  g_assert_null (document (f));
}

static void
test_save_failure (Fixture      *f,
                   gconstpointer data)
{
  g_autofree char *folder = path_in (f, "không ghi được");
  g_autofree char *path = g_build_filename (folder, "x.kdcl", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  open_sample (f);
  type_in (school_editor (f, "principal"), "Nguyễn Thị Mới");
  /* The folder does not exist: the error says the previous file is safe and what to do. */
  g_assert_false (kd_window_save_to_file (f->window, file, &error));
  g_assert_error (error, KD_ERROR, KD_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "Lưu thành"));
  g_assert_true (kd_window_is_unsaved (f->window));
  g_assert_null (kd_window_get_file (f->window));
}

static void
test_read_only (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *path = path_in (f, "moi-hon.kdcl");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  GtkEditable *name;
  const char  *newer = "{ \"format\": \"kiemdinh\", \"version\": 2, \"framework\": \"tt18-2018\","
                       "  \"school\": { \"name\": \"Trường THPT Tương Lai\", \"type\": \"THPT\" },"
                       "  \"hologram\": { \"kept\": true } }";

  g_assert_true (g_file_set_contents (path, newer, -1, NULL));
  g_assert_true (kd_window_open_file (f->window, file, &error));
  g_assert_no_error (error);
  kd_ui_test_settle ();
  g_assert_nonnull (strstr (kd_ui_test_banner_text (f->window), "chỉ đọc"));
  g_assert_nonnull (strstr (header_subtitle (f->window), "chỉ đọc"));
  /* It is there to read in every section, scrolled and searched; nothing in it changes. */
  g_assert_true (gtk_widget_is_sensitive (child (f->window, "content")));
  name = kd_field_entry_get_editable (KD_FIELD_ENTRY (school_editor (f, "name")));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (name)));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (name)));
  g_assert_cmpstr (kd_ui_test_tooltip (GTK_WIDGET (name)), ==, "Trường THPT Tương Lai"); /* all of it, if cut */
  type_in (school_editor (f, "name"), "Trường Khác");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Trường THPT Tương Lai");
  g_assert_cmpstr (kd_school_get_name (kd_document_get_school (document (f))), ==, "Trường THPT Tương Lai");
  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_EXTRA_PAGE));
  kd_ui_test_settle ();
  g_assert_false (_kd_state_choice_choose (_kd_extra_page_get_choice (KD_EXTRA_PAGE (_kd_window_get_page (f->window, KD_TYPE_EXTRA_PAGE)), "1"),
                                           KD_STATE_MET));
  g_assert_false (kd_document_get_modified (document (f)));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL) &&
                  kd_window_is_unsaved (f->window));
  g_assert_false (gtk_widget_get_visible (child (f->window, "save_button")));
}

static void
test_close_unsaved (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr (GFile) file = open_sample_file (f);
  KdRecovery      *recovery = kd_application_get_recovery (f->app);
  g_autofree char *copy = NULL;
  GtkWidget       *question;

  type_in (school_editor (f, "principal"), "Nguyễn Thị Mới");
  _kd_window_autosave_now (f->window);
  copy = g_strdup_printf ("%s/%s.kdcl", kd_recovery_get_dir (recovery), _kd_window_get_recovery_slot (f->window));
  g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));

  /* Closing asks first; Cancel keeps everything. */
  gtk_window_close (GTK_WINDOW (f->window));
  kd_ui_test_settle ();
  question = _kd_window_get_message_dialog (f->window);
  g_assert_nonnull (question);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CANCEL);
  kd_ui_test_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  g_assert_true (kd_window_is_unsaved (f->window));

  /* Closing without saving, on purpose: the file and the recovery copy are as they were / gone. */
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *)&f->window);
  gtk_window_close (GTK_WINDOW (f->window));
  kd_ui_test_settle ();
  gtk_dialog_response (GTK_DIALOG (_kd_window_get_message_dialog (f->window)), GTK_RESPONSE_REJECT);
  kd_ui_test_settle ();
  g_assert_null (f->window);
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  {
    g_autoptr (KdDocument) on_disk = kd_document_load_from_file (kd_framework_registry_get_default (), file, NULL);

    g_assert_cmpstr (kd_school_get_principal (kd_document_get_school (on_disk)), ==, "Trần Thị Thanh Xuân");
  }
}

static void
test_close_and_save (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr (GFile) file = open_sample_file (f);

  type_in (school_editor (f, "principal"), "Nguyễn Thị Mới");
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *)&f->window);
  gtk_window_close (GTK_WINDOW (f->window));
  kd_ui_test_settle ();
  gtk_dialog_response (GTK_DIALOG (_kd_window_get_message_dialog (f->window)), GTK_RESPONSE_ACCEPT);
  kd_ui_test_settle ();
  g_assert_null (f->window);
  {
    g_autoptr (KdDocument) on_disk = kd_document_load_from_file (kd_framework_registry_get_default (), file, NULL);

    g_assert_cmpstr (kd_school_get_principal (kd_document_get_school (on_disk)), ==, "Nguyễn Thị Mới");
  }
}

/* ---- autosave and recovery ---------------------------------------------------------- */

static gboolean
wait_for_file (const char *path,
               guint       seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!g_file_test (path, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
test_autosave_and_recover (Fixture      *f,
                           gconstpointer data)
{
  g_autoptr (GFile) file = open_sample_file (f);
  KdRecovery      *recovery = kd_application_get_recovery (f->app);
  g_autofree char *copy = NULL;
  g_autoptr (KdRecovery) next_start = NULL;
  g_autoptr (GPtrArray) left = NULL;
  KdRecoveryEntry *entry;
  KdWindow        *second;

  /* A change is copied for recovery by itself a moment later (the delay is 1 s here). */
  type_in (school_editor (f, "principal"), "Nguyễn Thị Mới");
  {
    gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (_kd_window_get_recovery_slot (f->window) == NULL && g_get_monotonic_time () < end)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (10000);
      }
  }
  g_assert_nonnull (_kd_window_get_recovery_slot (f->window));
  copy = g_strdup_printf ("%s/%s.kdcl", kd_recovery_get_dir (recovery), _kd_window_get_recovery_slot (f->window));
  g_assert_true (wait_for_file (copy, 1));

  /* As if the app had crashed: the next start finds the copy... */
  next_start = kd_recovery_new (kd_recovery_get_dir (recovery));
  left = kd_recovery_list (next_start);
  g_assert_cmpuint (left->len, ==, 1);
  entry = g_ptr_array_index (left, 0);
  g_assert_true (g_file_equal (entry->source, file));

  /* ...and its welcome screen offers it; Recover shows the work, marked unsaved, with its file. */
  gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = NULL;
  _kd_application_set_recovery (f->app, next_start);
  recovery = next_start;
  second = kd_window_new (f->app);
  gtk_window_present (GTK_WINDOW (second));
  kd_ui_test_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (second->welcome), KD_TYPE_WELCOME, "recovery_box"))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (second), "win.recover", "s", entry->slot));
  kd_ui_test_settle ();
  g_assert_nonnull (kd_window_get_document (second));
  g_assert_cmpstr (kd_school_get_principal (kd_document_get_school (kd_window_get_document (second))), ==, "Nguyễn Thị Mới");
  g_assert_true (kd_window_is_unsaved (second));
  g_assert_true (g_file_equal (kd_window_get_file (second), file));
  g_assert_true (g_str_has_prefix (header_subtitle (second), "• "));
  g_assert_true (kd_banner_get_revealed (KD_BANNER (child (second, "banner"))));
  /* The old copy went once the window had its own. */
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  g_assert_nonnull (_kd_window_get_recovery_slot (second));

  /* Saving makes the work safe: the recovery copy is removed. */
  {
    g_autofree char *own = g_strdup_printf ("%s/%s.kdcl", kd_recovery_get_dir (recovery), _kd_window_get_recovery_slot (second));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (second), "win.save", NULL));
    kd_ui_test_settle ();
    g_assert_false (kd_window_is_unsaved (second));
    g_assert_false (g_file_test (own, G_FILE_TEST_EXISTS));
  }
  f->window = second;
}

static void
test_discard_recovery (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr (KdRecovery) crashed = kd_recovery_new (kd_recovery_get_dir (kd_application_get_recovery (f->app)));
  g_autoptr (KdDocument) lost = kd_document_new (kd_framework_registry_lookup (kd_framework_registry_get_default (), "tt18-2018"));
  g_autofree char *slot = kd_recovery_new_slot (crashed);
  g_autoptr (GPtrArray) left = NULL;
  GtkWidget *question;

  g_object_set (kd_document_get_school (lost), "name", "Trường bị mất điện", NULL);
  g_assert_true (kd_recovery_save (crashed, slot, lost, NULL, NULL));
  _kd_window_refresh_welcome (f->window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.discard-recovery", "s", slot));
  kd_ui_test_settle ();
  /* Discarding the only copy of some work is asked first. */
  question = _kd_window_get_message_dialog (f->window);
  g_assert_nonnull (question);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
  kd_ui_test_settle ();
  left = kd_recovery_list (kd_application_get_recovery (f->app));
  g_assert_cmpuint (left->len, ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->window->welcome), KD_TYPE_WELCOME, "recovery_box"))));
}

static void
wait_for_count (GListModel *model,
                guint       n)
{
  gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (g_list_model_get_n_items (model) != n && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

/* ---- evidence ----------------------------------------------------------------------- */

static void
test_evidence (Fixture      *f,
               gconstpointer data)
{
  KdEvidencePage *page;
  GListModel     *evidence;
  g_autoptr (KdEvidence) added = NULL;
  g_autofree char   *checks = NULL;
  g_autofree char   *after = NULL;
  g_autofree char   *cited_by = NULL;
  KdCriterionRecord *record;

  open_sample (f);
  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_EVIDENCE_PAGE));
  kd_ui_test_settle ();
  page = KD_EVIDENCE_PAGE (_kd_window_get_page (f->window, KD_TYPE_EVIDENCE_PAGE));
  evidence = kd_document_get_evidence (document (f));

  /* The sample's list is whole: every document cited, every citation listed. */
  checks = _kd_evidence_page_dup_checks (page);
  g_assert_nonnull (strstr (checks, "mọi minh chứng đều được trích dẫn"));

  /* The code is proposed by core from the framework's pattern, the criterion and the box. */
  gtk_drop_down_set_selected (_kd_evidence_page_get_criterion_choice (page), 0);
  kd_ui_test_settle ();
  g_assert_cmpstr (_kd_evidence_page_get_proposed_code (page), ==, "[H1-1.1-03]");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "evidence.add", NULL));
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (evidence), ==, 57);
  added = g_list_model_get_item (evidence, 2);
  g_assert_cmpstr (kd_evidence_get_code (added), ==, "[H1-1.1-03]");
  g_assert_cmpstr (kd_evidence_get_criterion (added), ==, "1.1");
  g_assert_cmpstr (_kd_evidence_page_get_proposed_code (page), ==, "[H1-1.1-04]");

  /* Listed but cited nowhere: the check says so, until a description cites it. */
  g_clear_pointer (&checks, g_free);
  checks = _kd_evidence_page_dup_checks (page);
  g_assert_nonnull (strstr (checks, "[H1-1.1-03]"));
  record = kd_document_get_criterion (document (f), "4.2");
  kd_criterion_record_set_description (record, "1a", "Biên bản làm việc với UBND xã [H1-1.1-03] và [H4-4.2-09].");
  after = _kd_evidence_page_dup_checks (page);
  g_assert_null (strstr (after, "[H1-1.1-03] được liệt kê"));
  g_assert_nonnull (strstr (after, "[H4-4.2-09]"));
  cited_by = _kd_evidence_page_dup_cited_by (page, added);
  g_assert_cmpstr (cited_by, ==, "4.2");

  /* Searching without accents finds accented text (the search entry waits a moment). */
  gtk_editable_set_text (_kd_evidence_page_get_search (page), "bien ban kiem ke");
  wait_for_count (_kd_evidence_page_get_shown (page), 3);
  g_assert_cmpuint (g_list_model_get_n_items (_kd_evidence_page_get_shown (page)), ==, 3);
  gtk_editable_set_text (_kd_evidence_page_get_search (page), "");
  wait_for_count (_kd_evidence_page_get_shown (page), 57);
  g_assert_cmpuint (g_list_model_get_n_items (_kd_evidence_page_get_shown (page)), ==, 57);

  /* Ctrl+F on this page goes to its search field. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.find", NULL));
  kd_ui_test_settle ();
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), GTK_WIDGET (_kd_evidence_page_get_search (page))) ||
                 gtk_root_get_focus (GTK_ROOT (f->window)) == GTK_WIDGET (_kd_evidence_page_get_search (page)));

  /* Adding is one undo step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (evidence), ==, 56);
}

/* The cell of @field showing @item in the table under @root, or NULL. */
static KdFieldEntry *
find_cell (GtkWidget  *root,
           KdItem     *item,
           const char *field)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      KdFieldEntry *found;

      if (KD_IS_FIELD_ENTRY (child) && kd_field_entry_get_item (KD_FIELD_ENTRY (child)) == item)
        {
          g_autofree char *child_field = NULL;

          g_object_get (child, "field", &child_field, NULL);
          if (g_str_equal (child_field, field))
            return KD_FIELD_ENTRY (child);
        }
      if ((found = find_cell (child, item, field)) != NULL)
        return found;
    }
  return NULL;
}

/* Whether the keyboard's focus is in @editable (a GtkEntry's focus is the GtkText inside it). */
static gboolean
is_typing_in (Fixture     *f,
              GtkEditable *editable)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return editable != NULL && focus != NULL &&
         (focus == GTK_WIDGET (editable) || gtk_widget_is_ancestor (focus, GTK_WIDGET (editable)));
}

static guint
count_widgets (GtkWidget *root,
               GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (root, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child, type);
  return n;
}

/* The evidence table's cells as a keyboard user edits them: Tab goes from cell to cell, what was
 * typed is written when the cell is left, Escape takes back what is being typed, Ctrl+Z the edit. */
static void
test_evidence_cells (Fixture      *f,
                     gconstpointer data)
{
  GtkWidget    *page;
  KdFieldEntry *title, *number;
  GtkEditable  *typing;
  g_autoptr (KdEvidence) first = NULL;
  g_autofree char *old_title = NULL;

  open_sample (f);
  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_EVIDENCE_PAGE));
  kd_ui_test_settle ();
  page = _kd_window_get_page (f->window, KD_TYPE_EVIDENCE_PAGE);
  first = g_list_model_get_item (kd_document_get_evidence (document (f)), 0);
  old_title = g_strdup (kd_evidence_get_title (first));
  title = find_cell (page, KD_ITEM (first), "title");
  number = find_cell (page, KD_ITEM (first), "number-date");
  g_assert_nonnull (title);
  g_assert_nonnull (number);

  /* At rest the cells show their values and hold no text editor: a list of a few hundred
   * documents opens without building one per cell. */
  g_assert_cmpstr (kd_field_entry_get_text (title), ==, old_title);
  g_assert_null (kd_field_entry_get_editable (title));
  g_assert_cmpuint (count_widgets (page, GTK_TYPE_TEXT), <=, 3); /* the search, the box number */

  /* Focusing a cell (a click, Tab) edits it; Tab writes the text and edits the next cell. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (title)));
  typing = kd_field_entry_get_editable (title);
  g_assert_nonnull (typing);
  g_assert_true (is_typing_in (f, typing));
  gtk_editable_set_text (typing, "Kế hoạch chiến lược giai đoạn 2021–2025");
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_evidence_get_title (first), ==, "Kế hoạch chiến lược giai đoạn 2021–2025");
  g_assert_nonnull (kd_field_entry_get_editable (number));
  g_assert_true (is_typing_in (f, kd_field_entry_get_editable (number)));
  /* The cell left is at rest again, showing what was written. */
  g_assert_null (kd_field_entry_get_editable (title));
  g_assert_cmpstr (kd_field_entry_get_text (title), ==, "Kế hoạch chiến lược giai đoạn 2021–2025");

  /* Escape takes back what is being typed; nothing is written. */
  typing = kd_field_entry_get_editable (number);
  gtk_editable_set_text (typing, "Số gõ nhầm");
  g_assert_true (kd_ui_test_press_key (GTK_WIDGET (typing), GDK_KEY_Escape, 0));
  g_assert_cmpstr (gtk_editable_get_text (typing), ==, kd_evidence_get_number_date (first));
  gtk_window_set_focus (GTK_WINDOW (f->window), NULL);
  kd_ui_test_settle ();
  g_assert_null (kd_field_entry_get_editable (number));

  /* The edit is one undo step, and the cell shows the value taken back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_evidence_get_title (first), ==, old_title);
  g_assert_cmpstr (kd_field_entry_get_text (title), ==, old_title);
  g_assert_false (kd_document_can_undo (document (f)));

  /* A click in the middle of a cell's text edits it with the cursor there, nothing selected. */
  {
    int start, end;

    kd_ui_test_click (GTK_WIDGET (title), 1, gtk_widget_get_width (GTK_WIDGET (title)) / 2.0,
                      gtk_widget_get_height (GTK_WIDGET (title)) / 2.0);
    typing = kd_field_entry_get_editable (title);
    g_assert_nonnull (typing);
    g_assert_true (is_typing_in (f, typing));
    g_assert_false (gtk_editable_get_selection_bounds (typing, &start, &end));
    g_assert_cmpint (gtk_editable_get_position (typing), >, 5);
    g_assert_cmpint (gtk_editable_get_position (typing), <, g_utf8_strlen (old_title, -1));
  }

  /* What Ctrl+S, Ctrl+Z and the window's other commands do first while a text is typed: write
   * it, and leave the cursor and the selection as they were, so that the next key adds to the
   * text instead of replacing all of it. */
  {
    int start, end;

    gtk_editable_set_text (typing, "Kế hoạch năm học 2023-2024");
    gtk_editable_set_position (typing, 8);
    _kd_window_commit_edits (f->window);
    kd_ui_test_settle ();
    g_assert_cmpstr (kd_evidence_get_title (first), ==, "Kế hoạch năm học 2023-2024");
    g_assert_true (kd_field_entry_get_editable (title) == typing);
    g_assert_true (is_typing_in (f, typing));
    g_assert_false (gtk_editable_get_selection_bounds (typing, &start, &end));
    g_assert_cmpint (gtk_editable_get_position (typing), ==, 8);

    gtk_editable_select_region (typing, 12, 3); /* selected leftwards, with Shift+Left */
    _kd_window_commit_edits (f->window);
    g_assert_true (gtk_editable_get_selection_bounds (typing, &start, &end));
    g_assert_cmpint (start, ==, 3);
    g_assert_cmpint (end, ==, 12);
    /* The cursor is the text's (GtkEntry's position is the selection's end). */
    g_assert_cmpint (gtk_editable_get_position (gtk_editable_get_delegate (typing)), ==, 3);
  }
}

/* The council's choices are buttons showing the choice until one is opened: then it is a
 * drop-down, open, and what is picked in it is the member's. */
static void
test_council_choices (Fixture      *f,
                      gconstpointer data)
{
  KdCouncilPage *page;
  KdFieldChoice *role;
  GtkDropDown   *drop_down;
  GtkWidget     *popover = NULL;
  g_autoptr (KdMember) member = NULL;

  open_sample (f);
  page = council_page (f);
  member = g_list_model_get_item (kd_document_get_members (document (f)), 1);
  role = KD_FIELD_CHOICE (_kd_council_page_get_member_editor (page, 1, "role"));
  g_assert_cmpuint (count_widgets (GTK_WIDGET (page), KD_TYPE_FIELD_CHOICE), >, 40);
  /* Only the standards' own drop-downs (five in TT 18) are built with the page. */
  g_assert_cmpuint (count_widgets (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN), <=, 6);
  g_assert_cmpstr (kd_field_choice_get_text (role), ==, "Phó chủ tịch");
  g_assert_cmpint (kd_member_get_role (member), ==, KD_ROLE_VICE_CHAIR);

  /* A click opens it: a drop-down takes its place and shows its list. */
  g_assert_true (gtk_widget_activate (gtk_widget_get_first_child (GTK_WIDGET (role))));
  for (guint round = 0; round < 500 && (popover == NULL || !gtk_widget_get_mapped (popover)); round++)
    {
      GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (role));

      kd_ui_test_settle ();
      if (GTK_IS_DROP_DOWN (first))
        for (GtkWidget *child = gtk_widget_get_first_child (first); child != NULL; child = gtk_widget_get_next_sibling (child))
          if (GTK_IS_POPOVER (child))
            popover = child;
    }
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_mapped (popover));
  drop_down = GTK_DROP_DOWN (gtk_widget_get_first_child (GTK_WIDGET (role)));
  g_assert_cmpstr (kd_field_choice_get_text (role), ==, "Phó chủ tịch");

  /* Picking writes the member's role. */
  for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (drop_down)); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (drop_down)), i), "Ủy viên"))
      gtk_drop_down_set_selected (drop_down, i);
  gtk_popover_popdown (GTK_POPOVER (popover));
  kd_ui_test_settle ();
  g_assert_cmpint (kd_member_get_role (member), ==, KD_ROLE_MEMBER);
  g_assert_cmpstr (kd_field_choice_get_text (role), ==, "Ủy viên");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpint (kd_member_get_role (member), ==, KD_ROLE_VICE_CHAIR);
  g_assert_cmpstr (kd_field_choice_get_text (role), ==, "Phó chủ tịch");

  /* A group renamed: the choices not opened yet show its new name. */
  {
    KdFieldChoice *group_choice = KD_FIELD_CHOICE (_kd_council_page_get_member_editor (page, 3, "group"));
    g_autoptr (KdMember) fourth = g_list_model_get_item (kd_document_get_members (document (f)), 3);
    GListModel *groups = kd_document_get_groups (document (f));
    g_autoptr (GError) error = NULL;

    g_assert_false (GTK_IS_DROP_DOWN (gtk_widget_get_first_child (GTK_WIDGET (group_choice))));
    for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
      {
        g_autoptr (KdGroup) group = g_list_model_get_item (groups, i);

        if (g_strcmp0 (kd_item_get_id (KD_ITEM (group)), kd_member_get_group (fourth)) == 0)
          {
            g_assert_cmpstr (kd_field_choice_get_text (group_choice), ==, kd_group_get_name (group));
            g_assert_true (kd_item_set_from_text (KD_ITEM (group), "name", "Nhóm đã đổi tên", &error));
            g_assert_no_error (error);
          }
      }
    kd_ui_test_settle ();
    g_assert_cmpstr (kd_field_choice_get_text (group_choice), ==, "Nhóm đã đổi tên");
  }

  /* From the keyboard (Tab to it, Space): the focus goes with it into the drop-down. */
  {
    GtkWidget *group = _kd_council_page_get_member_editor (page, 2, "group");

    g_assert_true (gtk_widget_grab_focus (group));
    g_assert_true (gtk_widget_activate (gtk_root_get_focus (GTK_ROOT (f->window))));
    for (guint round = 0; round < 100 && !GTK_IS_DROP_DOWN (gtk_widget_get_first_child (group)); round++)
      kd_ui_test_settle ();
    g_assert_true (GTK_IS_DROP_DOWN (gtk_widget_get_first_child (group)));
    g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), gtk_widget_get_first_child (group)));
  }
}

/* ---- the window's sections and commands --------------------------------------------- */

static void
test_sections_and_actions (Fixture      *f,
                           gconstpointer data)
{
  g_auto (GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), "app.new");

  g_assert_cmpstr (accels[0], ==, "<Control>n");
  g_assert_false (gtk_widget_get_visible (child (f->window, "save_button")));
  open_sample (f);
  /* A document opens on its overview, the first section. */
  g_assert_true (KD_IS_SUMMARY_PAGE (_kd_window_get_visible_page (f->window)));
  g_assert_true (_kd_window_page_is_listed (f->window, KD_TYPE_SCHOOL_PAGE));
  g_assert_true (_kd_window_page_is_listed (f->window, KD_TYPE_COUNCIL_PAGE));
  g_assert_true (_kd_window_page_is_listed (f->window, KD_TYPE_EVIDENCE_PAGE));
  g_assert_true (gtk_widget_get_visible (child (f->window, "save_button")));
  g_assert_true (gtk_widget_get_visible (child (f->window, "subtitle_label")));

  /* F11 / the menu: full screen, and back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.fullscreen", NULL));
  kd_ui_test_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.fullscreen", NULL));
  kd_ui_test_settle ();

  /* The sample is never written over: saving it asks for a file of its own. */
  g_assert_null (kd_window_get_file (f->window));
  g_assert_nonnull (strstr (header_subtitle (f->window), "chưa lưu vào tệp"));
}

/* The shown shortcuts window of @window, or NULL. */
static GtkShortcutsWindow *
shown_shortcuts_window (KdWindow *window)
{
  g_autoptr (GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (toplevel) && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return GTK_SHORTCUTS_WINDOW (toplevel);
    }
  return NULL;
}

/* The title the shortcuts window gives @accelerator, or NULL. */
static char *
shortcut_title (GtkWidget  *widget,
                const char *accelerator)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *shown = NULL;
      char            *title = NULL;

      g_object_get (widget, "accelerator", &shown, "title", &title, NULL);
      if (g_strcmp0 (shown, accelerator) == 0)
        return title;
      g_free (title);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      char *title = shortcut_title (child, accelerator);

      if (title != NULL)
        return title;
    }
  return NULL;
}

/* The name of the section @shortcuts shows. */
static char *
shown_section (GtkShortcutsWindow *shortcuts)
{
  char *name = NULL;

  g_object_get (shortcuts, "section-name", &name, NULL);
  return name;
}

/* Ctrl+? and the menu's "Phím tắt" show the shortcuts, in Vietnamese, over the window; it is
 * built when asked for, so it comes back after being closed. */
static void
test_shortcuts_window (Fixture      *f,
                       gconstpointer data)
{
  g_auto (GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), "win.show-help-overlay");
  GtkShortcutsWindow *shortcuts;
  g_autofree char    *save_title = NULL;
  g_autofree char    *general = NULL;
  g_autofree char    *plan = NULL;

  g_assert_cmpstr (accels[0], ==, "<Control>question");
  open_sample (f);
  g_assert_null (shown_shortcuts_window (f->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL));
  kd_ui_test_settle ();
  shortcuts = shown_shortcuts_window (f->window);
  g_assert_nonnull (shortcuts);
  save_title = shortcut_title (GTK_WIDGET (shortcuts), "<Control>s");
  g_assert_cmpstr (save_title, ==, "Lưu");

  gtk_window_close (GTK_WINDOW (shortcuts));
  kd_ui_test_settle ();
  g_assert_null (shown_shortcuts_window (f->window));
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "shortcuts", NULL);
  kd_ui_test_settle ();
  shortcuts = shown_shortcuts_window (f->window);
  g_assert_nonnull (shortcuts);
  general = shown_section (shortcuts);
  g_assert_cmpstr (general, ==, "shortcuts");
  gtk_window_close (GTK_WINDOW (shortcuts));
  kd_ui_test_settle ();

  /* from the plan, the grid's keys come first */
  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_PLAN_PAGE));
  kd_ui_test_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL));
  kd_ui_test_settle ();
  shortcuts = shown_shortcuts_window (f->window);
  g_assert_nonnull (shortcuts);
  plan = shown_section (shortcuts);
  g_assert_cmpstr (plan, ==, "plan");
}

/* Whether a label under @widget reads @text. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

/* The main menu, made when it first opens, offers the file's commands in Vietnamese each time. */
static void
test_main_menu (Fixture      *f,
                gconstpointer data)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (child (f->window, "menu_button"));

  open_sample (f);
  for (guint time = 0; time < 2; time++)
    {
      GtkWidget *popover;

      gtk_menu_button_popup (button);
      kd_ui_test_settle ();
      popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
      g_assert_true (GTK_IS_POPOVER_MENU (popover));
      g_assert_true (gtk_widget_get_visible (popover));
      g_assert_true (shows_label (popover, "Lưu thành…"));
      g_assert_true (shows_label (popover, "Xuất Excel…"));
      gtk_menu_button_popdown (button);
      kd_ui_test_settle ();
      g_assert_false (gtk_widget_get_visible (popover));
    }
}

/* ---- layout ------------------------------------------------------------------------- */

/* The row (laid out by a horizontal, non-homogeneous GtkBoxLayout) around @widget, or NULL.  For such a row
 * GTK 4.8's GtkBoxLayout finds a height by halving (distribute_remaining_size) and asks a
 * wrapping label inside for its width at each height tried, which the label finds by halving
 * again: tens of Pango layouts of the text for each measure, where a grid needs one.  A scrolled
 * window measures its child at its own width, so the search stops there. */
static GtkWidget *
row_around (GtkWidget *widget)
{
  for (GtkWidget *up = gtk_widget_get_parent (widget); up != NULL && !GTK_IS_SCROLLED_WINDOW (up);
       up = gtk_widget_get_parent (up))
    {
      GtkLayoutManager *layout = gtk_widget_get_layout_manager (up);

      if (GTK_IS_BOX_LAYOUT (layout) && gtk_orientable_get_orientation (GTK_ORIENTABLE (layout)) == GTK_ORIENTATION_HORIZONTAL &&
          !gtk_box_layout_get_homogeneous (GTK_BOX_LAYOUT (layout)))
        return up;
    }
  return NULL;
}

/* Whether @widget is text that wraps and is measured by a search: not a label measured as one
 * line and ellipsized past a number of lines, which GtkLabel measures with a layout or three —
 * what GTK's own rows need (a check button's label, an expander's title). */
static gboolean
wraps_by_search (GtkWidget *widget)
{
  GtkLabel *label = GTK_IS_LABEL (widget) ? GTK_LABEL (widget) : NULL;

  if (label == NULL || !gtk_label_get_wrap (label))
    return FALSE;
  return gtk_label_get_natural_wrap_mode (label) != GTK_NATURAL_WRAP_NONE ||
         gtk_label_get_ellipsize (label) == PANGO_ELLIPSIZE_NONE || gtk_label_get_lines (label) < 1;
}

/* Appends to @found each wrapping text or flow box from @widget down, on screen, in a row. */
static void
find_wrapping_in_rows (GtkWidget *widget,
                       GString   *found)
{
  if ((wraps_by_search (widget) || GTK_IS_FLOW_BOX (widget)) && row_around (widget) != NULL)
    g_string_append_printf (found, "%s “%s” in a row: %s in %s; ", G_OBJECT_TYPE_NAME (widget),
                            GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget)) : "",
                            G_OBJECT_TYPE_NAME (row_around (widget)), G_OBJECT_TYPE_NAME (gtk_widget_get_parent (row_around (widget))));
  /* Not into a surface of its own (a tooltip shown because the pointer rests on a widget, as it
   * may in a slow run): GTK lays out its tooltips. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_mapped (child) && !GTK_IS_NATIVE (child))
      find_wrapping_in_rows (child, found);
}

/* Fails on wrapping text on @root's screen that a row lays out by a search within a search. */
static void
assert_no_wrapping_in_rows (GtkWidget *root)
{
  g_autoptr (GString) found = g_string_new (NULL);

  kd_ui_test_settle ();
  find_wrapping_in_rows (root, found);
  g_assert_cmpstr (found->str, ==, "");
}

/* The welcome screen with a recovery offer, then every section, with the banner shown (no author
 * chosen yet), for the sample (TT 18) and a TT 57
 * assessment (its criterion sheets have suggested evidence and data, a standard has a page of
 * its own), and meeting mode: no wrapping text is laid out by a row that measures it by a
 * search within a search. */
static void
test_wrapping_text_layout (Fixture      *f,
                           gconstpointer data)
{
  g_autoptr (KdDocument) tt57 = kd_document_new (kd_framework_registry_lookup (kd_framework_registry_get_default (), "tt57-2026-pt"));
  g_autoptr (KdMember) chair = kd_member_new ("Nguyễn Văn An", KD_ROLE_CHAIR);
  g_autoptr (KdRecovery) crashed = kd_recovery_new (kd_recovery_get_dir (kd_application_get_recovery (f->app)));
  g_autofree char *slot = kd_recovery_new_slot (crashed);
  GtkWidget       *meeting;

  /* The welcome screen, offering work left by a crash. */
  g_assert_true (kd_recovery_save (crashed, slot, tt57, NULL, NULL));
  _kd_window_refresh_welcome (f->window);
  assert_no_wrapping_in_rows (GTK_WIDGET (f->window));
  kd_recovery_discard (crashed, slot);

  open_sample (f);
  for (guint i = 0; i < _kd_window_n_sections (); i++)
    {
      g_assert_true (_kd_window_show_page (f->window, _kd_window_section_type (i)));
      assert_no_wrapping_in_rows (GTK_WIDGET (f->window));
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.meeting", NULL));
  kd_ui_test_settle ();
  meeting = _kd_window_get_meeting_window (f->window);
  g_assert_nonnull (meeting);
  assert_no_wrapping_in_rows (meeting);
  gtk_window_destroy (GTK_WINDOW (meeting));

  kd_document_append_item (tt57, kd_document_get_members (tt57), KD_ITEM (chair));
  kd_window_set_document (f->window, tt57, NULL);
  for (guint i = 0; i < _kd_window_n_sections (); i++)
    if (_kd_window_page_is_listed (f->window, _kd_window_section_type (i))) /* not Yêu cầu Mức 4 */
      {
        g_assert_true (_kd_window_show_page (f->window, _kd_window_section_type (i)));
        assert_no_wrapping_in_rows (GTK_WIDGET (f->window));
      }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-criterion", "s", "1.3"));
  assert_no_wrapping_in_rows (GTK_WIDGET (f->window));
  /* 1.3 is the last criterion of Tiêu chuẩn 1: next is the standard's page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.next", NULL));
  assert_no_wrapping_in_rows (GTK_WIDGET (f->window));
}

int
main (int    argc,
      char **argv)
{
  shared_app = kd_ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add ("/ui/window/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("new-assessment", test_new_assessment);
  ADD ("new-assessment-cancel", test_new_assessment_cancel);
  ADD ("school-info", test_school_info);
  ADD ("school-escape-reverts", test_school_escape_reverts);
  ADD ("undo-redo", test_undo_redo);
  ADD ("council", test_council);
  ADD ("council-tt57", test_council_tt57);
  ADD ("save-and-reopen", test_save_and_reopen);
  ADD ("open-errors", test_open_errors);
  ADD ("save-failure", test_save_failure);
  ADD ("read-only", test_read_only);
  ADD ("close-unsaved", test_close_unsaved);
  ADD ("close-and-save", test_close_and_save);
  ADD ("autosave-and-recover", test_autosave_and_recover);
  ADD ("discard-recovery", test_discard_recovery);
  ADD ("evidence", test_evidence);
  ADD ("evidence-cells", test_evidence_cells);
  ADD ("council-choices", test_council_choices);
  ADD ("sections-and-actions", test_sections_and_actions);
  ADD ("shortcuts-window", test_shortcuts_window);
  ADD ("main-menu", test_main_menu);
  ADD ("wrapping-text-layout", test_wrapping_text_layout);
#undef ADD
  return g_test_run ();
}
