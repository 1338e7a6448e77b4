/* test-ui-wizard.c — the self-assessment section of the real window, driven as a user would
 *
 * Each case starts a 1366×768 window, opens the bundled sample (TT 18, 28 criteria) or a new
 * TT 57 assessment, and acts through the window's actions (win.show-criterion, win.next,
 * win.undo, win.save) and the sheet's own widgets (the Đạt / Không đạt buttons, the text boxes,
 * the evidence picker, the navigator's search and "only mine"); it checks what a user sees (the
 * level and its reason, underlined codes, the criteria listed) and what lands in the document.
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "kd-application-private.h"
#include "kd-i18n.h"
#include "kd-ui-test.h"
#include "kd-window-private.h"
#include "kd-wizard-page.h"

/* One application for the whole program: GApplication registers its D-Bus path once. */
static KdApplication *shared_app;

typedef struct
{
  KdApplication *app;
  KdWindow      *window;
  char          *dir;
} Fixture;

/* A criterion's sheet is complete after its first frame (the end of it is shown then). */
static void
settle_sheet (Fixture *f)
{
  kd_ui_test_settle ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  kd_ui_test_settle ();
}

static void
wait_ms (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  kd_ui_test_settle ();
}

/* GtkSearchEntry reports a search 150 ms after the last key. */
static void
wait_for_search (void)
{
  wait_ms (400);
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *recovery_dir = NULL;
  g_autoptr (KdRecovery) recovery = NULL;

  g_settings_reset (settings, "me");
  f->app = g_object_ref (shared_app);
  f->dir = g_dir_make_tmp ("kd-ui-wizard-XXXXXX", NULL);
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

static KdDocument *
document (Fixture *f)
{
  return kd_window_get_document (f->window);
}

static void
open_sample (Fixture *f)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (kd_window_open_sample (f->window, &error));
  g_assert_no_error (error);
  kd_ui_test_settle ();
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
action (Fixture    *f,
        const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), name, NULL));
  settle_sheet (f);
}

/* Opens @code in the wizard the way the summary or the plan grid do. */
static KdWizardPage *
show_criterion (Fixture    *f,
                const char *code)
{
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-criterion", "s", code));
  settle_sheet (f);
  page = _kd_window_get_visible_page (f->window);
  g_assert_true (KD_IS_WIZARD_PAGE (page));
  g_assert_cmpstr (_kd_wizard_page_get_shown_criterion (KD_WIZARD_PAGE (page)), ==, code);
  g_assert_true (_kd_wizard_page_is_complete (KD_WIZARD_PAGE (page)));
  return KD_WIZARD_PAGE (page);
}

static KdWizardPage *
wizard (Fixture *f)
{
  return KD_WIZARD_PAGE (_kd_window_get_page (f->window, KD_TYPE_WIZARD_PAGE));
}

static void
choose (KdWizardPage *page,
        const char   *indicator,
        KdState       state)
{
  g_assert_true (_kd_wizard_page_choose (page, indicator, state));
  kd_ui_test_settle ();
}

static KdTextBox *
text_box (KdWizardPage *page,
          const char   *field)
{
  KdTextBox *box = _kd_wizard_page_get_text_box (page, field);

  g_assert_nonnull (box);
  return box;
}

/* Types @text into @box as its whole content, the cursor at the end, the focus in it. */
static void
type_text (KdTextBox  *box,
           const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (kd_text_box_get_view (box));

  /* On screen (scrolled to), not only built. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (box)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (kd_text_box_get_view (box))));
  gtk_text_buffer_set_text (buffer, text, -1);
  kd_ui_test_settle ();
}

static char *
shown_text (KdTextBox *box)
{
  return kd_text_box_dup_text (box);
}

/* ---- levels ------------------------------------------------------------------------- */

static void
test_levels (Fixture      *f,
             gconstpointer data)
{
  KdWizardPage      *page;
  KdCriterionRecord *record;
  g_autofree char   *status = NULL;

  open_sample (f);
  page = show_criterion (f, "2.1");
  record = kd_document_get_criterion (document (f), "2.1");
  /* The sample's 2.1: Mức 1, with indicator b of Mức 2 not met. */
  g_assert_cmpstr (_kd_wizard_page_get_level_text (page), ==, "Đạt Mức 1");
  g_assert_cmpstr (_kd_wizard_page_get_reason_text (page), ==, "Chưa đạt Mức 2 (chỉ báo b)");

  choose (page, "2b", KD_STATE_MET);
  g_assert_cmpint (kd_criterion_record_get_indicator (record, "2b"), ==, KD_STATE_MET);
  g_assert_cmpstr (_kd_wizard_page_get_level_text (page), ==, "Đạt Mức 2");
  g_assert_cmpstr (_kd_wizard_page_get_reason_text (page), ==, "Chưa đạt Mức 3");
  /* The navigator follows: 6 of 6 indicators assessed, level 2. */
  status = _kd_wizard_page_dup_row_status (page, "2.1");
  g_assert_cmpstr (status, ==, "6/6 2");

  choose (page, "3", KD_STATE_MET);
  g_assert_cmpstr (_kd_wizard_page_get_level_text (page), ==, "Đạt Mức 3");

  choose (page, "1a", KD_STATE_UNMET);
  g_assert_cmpstr (_kd_wizard_page_get_level_text (page), ==, "Không đạt Mức 1");
  g_assert_cmpstr (_kd_wizard_page_get_reason_text (page), ==, "Chưa đạt Mức 1 (chỉ báo a)");

  choose (page, "1a", KD_STATE_UNASSESSED);
  g_assert_cmpint (kd_criterion_record_get_indicator (record, "1a"), ==, KD_STATE_UNASSESSED);
  g_clear_pointer (&status, g_free);
  status = _kd_wizard_page_dup_row_status (page, "2.1");
  g_assert_cmpstr (status, ==, "5/6 0");
  g_assert_cmpstr (_kd_wizard_page_get_reason_text (page), ==, "Chưa đạt Mức 1 (chưa đánh giá chỉ báo a)");

  /* Ctrl+Z takes back one answer at a time, and the sheet follows. */
  action (f, "win.undo");
  g_assert_cmpint (kd_criterion_record_get_indicator (record, "1a"), ==, KD_STATE_UNMET);
  action (f, "win.undo");
  g_assert_cmpint (kd_criterion_record_get_indicator (record, "1a"), ==, KD_STATE_MET);
  g_assert_cmpstr (_kd_wizard_page_get_level_text (page), ==, "Đạt Mức 3");
}

/* ---- navigation --------------------------------------------------------------------- */

static void
test_navigate (Fixture      *f,
               gconstpointer data)
{
  KdWizardPage *page;

  open_sample (f);
  page = show_criterion (f, "1.10");
  /* Ctrl+PgDn / Ctrl+PgUp: next and previous criterion, across standards. */
  action (f, "win.next");
  g_assert_cmpstr (_kd_wizard_page_get_shown_criterion (page), ==, "2.1");
  action (f, "win.previous");
  g_assert_cmpstr (_kd_wizard_page_get_shown_criterion (page), ==, "1.10");

  /* At the first criterion there is nothing before: it stays. */
  show_criterion (f, "1.1");
  action (f, "win.previous");
  g_assert_cmpstr (_kd_wizard_page_get_shown_criterion (page), ==, "1.1");

  /* An unknown criterion is refused: the page stays. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-criterion", "s", "9.9"));
  kd_ui_test_settle ();
  g_assert_cmpstr (_kd_wizard_page_get_shown_criterion (page), ==, "1.1");
}

static void
test_search (Fixture      *f,
             gconstpointer data)
{
  KdWizardPage    *page;
  g_autofree char *listed = NULL;
  GtkWidget       *focus;

  open_sample (f);
  page = show_criterion (f, "1.1");
  /* Ctrl+F reaches the navigator's search; typed without diacritics it still finds. */
  action (f, "win.find");
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (_kd_wizard_page_get_search (page))));
  gtk_editable_set_text (_kd_wizard_page_get_search (page), "phong hoc");
  wait_for_search ();
  listed = _kd_wizard_page_dup_listed (page);
  g_assert_cmpstr (listed, ==, "3.2");
  g_assert_cmpstr (_kd_wizard_page_get_shown_criterion (page), ==, "3.2");

  /* A criterion asked for by name is shown even when the search hides it. */
  show_criterion (f, "5.1");
  g_assert_cmpstr (gtk_editable_get_text (_kd_wizard_page_get_search (page)), ==, "");
}

static void
test_only_mine (Fixture      *f,
                gconstpointer data)
{
  KdWizardPage    *page;
  g_autofree char *listed = NULL;
  g_autofree char *remembered = NULL;
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);

  open_sample (f);
  page = show_criterion (f, "5.1");
  /* Nguyễn Văn Thắng works in Nhóm công tác 1, which has standards 1 and 2. */
  _kd_wizard_page_set_me (page, "Nguyễn Văn Thắng");
  _kd_wizard_page_set_only_mine (page, TRUE);
  kd_ui_test_settle ();
  listed = _kd_wizard_page_dup_listed (page);
  g_assert_cmpstr (listed, ==, "1.1 1.2 1.3 1.4 1.5 1.6 1.7 1.8 1.9 1.10 2.1 2.2 2.3 2.4");
  /* 5.1 is someone else's: the sheet moves to the first of mine. */
  g_assert_cmpstr (_kd_wizard_page_get_shown_criterion (page), ==, "1.1");
  remembered = g_settings_get_string (settings, "me");
  g_assert_cmpstr (remembered, ==, "Nguyễn Văn Thắng");
  g_assert_cmpstr (kd_document_get_author_name (document (f)), ==, "Nguyễn Văn Thắng");

  /* Next walks only my criteria. */
  show_criterion (f, "2.4");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (gtk_widget_get_template_child (
      GTK_WIDGET (page), KD_TYPE_WIZARD_PAGE, "mine_check"))));
  action (f, "win.next");
  g_assert_cmpstr (_kd_wizard_page_get_shown_criterion (page), ==, "2.4");

  _kd_wizard_page_set_only_mine (page, FALSE);
  kd_ui_test_settle ();
  g_clear_pointer (&listed, g_free);
  listed = _kd_wizard_page_dup_listed (page);
  g_assert_cmpuint (strlen (listed), >, 80);

  /* The next time, this computer remembers who it is. */
  kd_window_set_document (f->window, NULL, NULL);
  kd_ui_test_settle ();
  open_sample (f);
  page = show_criterion (f, "1.1");
  g_assert_cmpstr (kd_document_get_author_name (document (f)), ==, "Nguyễn Văn Thắng");
  _kd_wizard_page_set_only_mine (page, TRUE);
  kd_ui_test_settle ();
  g_clear_pointer (&listed, g_free);
  listed = _kd_wizard_page_dup_listed (page);
  g_assert_cmpstr (listed, ==, "1.1 1.2 1.3 1.4 1.5 1.6 1.7 1.8 1.9 1.10 2.1 2.2 2.3 2.4");
}

/* ---- text and evidence codes -------------------------------------------------------- */

static void
test_unknown_code (Fixture      *f,
                   gconstpointer data)
{
  KdWizardPage    *page;
  KdTextBox       *box;
  g_autofree char *marked = NULL;
  g_autofree char *after = NULL;

  open_sample (f);
  page = show_criterion (f, "3.2");
  box = text_box (page, "descriptions.1a");
  type_text (box, "Đủ phòng học theo quy định [H3-3.2-01]; [H3-3.2-99] và (MC.3.2.01).");
  marked = _kd_text_box_dup_unknown_codes (box);
  g_assert_cmpstr (marked, ==, "[H3-3.2-99]");

  /* Adding the document to the evidence list clears the mark. */
  {
    g_autoptr (KdEvidence) evidence = kd_evidence_new ("[H3-3.2-99]", "Biên bản kiểm kê phòng học");

    kd_document_append_item (document (f), kd_document_get_evidence (document (f)), KD_ITEM (evidence));
    kd_ui_test_settle ();
  }
  after = _kd_text_box_dup_unknown_codes (box);
  g_assert_cmpstr (after, ==, "");
}

static void
test_picker (Fixture      *f,
             gconstpointer data)
{
  KdWizardPage      *page;
  KdTextBox         *box;
  GtkListBox        *list;
  GtkListBoxRow     *row = NULL;
  GtkListBoxRow     *first;
  KdCriterionRecord *record;
  g_autofree char   *text = NULL;

  open_sample (f);
  page = show_criterion (f, "1.1");
  record = kd_document_get_criterion (document (f), "1.1");
  box = text_box (page, "descriptions.1b");
  type_text (box, "Được cấp có thẩm quyền phê duyệt");

  gtk_menu_button_popup (GTK_MENU_BUTTON (_kd_text_box_get_picker (box)));
  kd_ui_test_settle ();
  list = _kd_text_box_get_picker_list (box);
  /* The criterion's own evidence comes first. */
  first = gtk_list_box_get_row_at_index (list, 0);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (first), "kd-code"), ==, "[H1-1.1-01]");
  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "kd-code"), "[H1-1.1-02]") == 0)
      break;
  g_assert_nonnull (row);
  g_signal_emit_by_name (list, "row-activated", row);
  kd_ui_test_settle ();
  text = shown_text (box);
  g_assert_cmpstr (text, ==, "Được cấp có thẩm quyền phê duyệt [H1-1.1-02]");

  /* A second code joins the first the way CV 5932 writes them. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (_kd_text_box_get_picker (box)));
  kd_ui_test_settle ();
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  kd_ui_test_settle ();
  g_clear_pointer (&text, g_free);
  text = shown_text (box);
  g_assert_cmpstr (text, ==, "Được cấp có thẩm quyền phê duyệt [H1-1.1-02]; [H1-1.1-01]");

  /* Leaving the text commits it to the document. */
  gtk_window_set_focus (GTK_WINDOW (f->window), NULL);
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_criterion_record_get_description (record, "1b"), ==, text);
}

static void
test_undo_text (Fixture      *f,
                gconstpointer data)
{
  KdWizardPage      *page;
  KdTextBox         *box;
  KdCriterionRecord *record;
  g_autofree char   *before = NULL;
  g_autofree char   *shown = NULL;

  open_sample (f);
  page = show_criterion (f, "1.1");
  record = kd_document_get_criterion (document (f), "1.1");
  before = g_strdup (kd_criterion_record_get_strengths (record));
  box = text_box (page, "strengths");
  type_text (box, "Kế hoạch chiến lược được công khai rộng rãi.");
  /* Leaving the text commits it; Ctrl+Z takes the whole edit back in one step. */
  gtk_window_set_focus (GTK_WINDOW (f->window), NULL);
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_criterion_record_get_strengths (record), ==, "Kế hoạch chiến lược được công khai rộng rãi.");
  action (f, "win.undo");
  g_assert_cmpstr (kd_criterion_record_get_strengths (record), ==, before);
  shown = shown_text (box);
  g_assert_cmpstr (shown, ==, before);
  action (f, "win.redo");
  g_assert_cmpstr (kd_criterion_record_get_strengths (record), ==, "Kế hoạch chiến lược được công khai rộng rãi.");
  g_clear_pointer (&shown, g_free);
  shown = shown_text (box);
  g_assert_cmpstr (shown, ==, "Kế hoạch chiến lược được công khai rộng rãi.");

  /* Escape takes back what was typed and not committed. */
  type_text (box, "nháp");
  g_assert_true (kd_ui_test_press_key (GTK_WIDGET (kd_text_box_get_view (box)), GDK_KEY_Escape, 0));
  g_clear_pointer (&shown, g_free);
  shown = shown_text (box);
  g_assert_cmpstr (shown, ==, "Kế hoạch chiến lược được công khai rộng rãi.");
}

/* A description written without leaving the box is committed at a pause: the window knows it
 * is unsaved and its recovery copy will have it. */
static void
test_pause_commits (Fixture      *f,
                    gconstpointer data)
{
  KdWizardPage      *page;
  KdCriterionRecord *record;
  const char        *text = "Nhà trường có đủ phòng học, mỗi lớp một phòng [H3-3.2-01].";

  open_sample (f);
  page = show_criterion (f, "3.2");
  record = kd_document_get_criterion (document (f), "3.2");
  g_assert_false (kd_window_is_unsaved (f->window));
  type_text (text_box (page, "descriptions.1a"), text);
  g_assert_cmpstr (kd_criterion_record_get_description (record, "1a"), !=, text);
  wait_ms (2500);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (kd_text_box_get_view (text_box (page, "descriptions.1a")))));
  g_assert_cmpstr (kd_criterion_record_get_description (record, "1a"), ==, text);
  g_assert_true (kd_window_is_unsaved (f->window));
}

static void
test_save_and_reopen (Fixture      *f,
                      gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "van-hoa.kdcl", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) reread = NULL;
  KdWizardPage *page;
  const char   *text = "Nhà trường công khai kế hoạch trên trang thông tin điện tử [H1-1.1-01].";

  open_sample (f);
  g_assert_true (kd_window_save_to_file (f->window, file, &error));
  g_assert_no_error (error);
  page = show_criterion (f, "1.1");
  type_text (text_box (page, "descriptions.1c"), text);
  choose (page, "2", KD_STATE_UNMET);
  /* Ctrl+S with the text still being typed saves it. */
  action (f, "win.save");
  g_assert_false (kd_window_is_unsaved (f->window));

  reread = kd_document_load_from_file (kd_framework_registry_get_default (), file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kd_criterion_record_get_description (kd_document_get_criterion (reread, "1.1"), "1c"), ==, text);
  g_assert_cmpint (kd_criterion_record_get_indicator (kd_document_get_criterion (reread, "1.1"), "2"), ==, KD_STATE_UNMET);

  /* Opened again, the sheet shows it. */
  kd_window_set_document (f->window, NULL, NULL);
  kd_ui_test_settle ();
  g_assert_true (kd_window_open_file (f->window, file, &error));
  g_assert_no_error (error);
  kd_ui_test_settle ();
  page = show_criterion (f, "1.1");
  {
    g_autofree char *shown = shown_text (text_box (page, "descriptions.1c"));

    g_assert_cmpstr (shown, ==, text);
  }
  g_assert_cmpstr (_kd_wizard_page_get_level_text (page), ==, "Đạt Mức 1");
}

/* ---- TT 57 -------------------------------------------------------------------------- */

static void
test_tt57 (Fixture      *f,
           gconstpointer data)
{
  KdWizardPage     *page;
  KdStandardRecord *standard;
  g_autofree char  *listed = NULL;
  g_autofree char  *status = NULL;

  new_document (f, "tt57-2026-pt");
  page = show_criterion (f, "1.3");
  g_assert_cmpstr (_kd_wizard_page_get_level_text (page), ==, "Chưa đánh giá");
  /* Its quantitative data, and no strengths per criterion. */
  type_text (text_box (page, "quantitative.1"), "100% hồ sơ được cập nhật đúng hạn");
  g_assert_null (_kd_wizard_page_get_text_box (page, "strengths"));
  choose (page, "1", KD_STATE_MET);
  g_assert_cmpstr (_kd_wizard_page_get_level_text (page), ==, "Đạt Mức 1");
  g_assert_cmpstr (kd_criterion_record_get_quantitative (kd_document_get_criterion (document (f), "1.3"), 1), ==,
                   "100% hồ sơ được cập nhật đúng hạn");

  /* After the last criterion of standard 1 comes the standard's own page. */
  action (f, "win.next");
  action (f, "win.next");
  g_assert_null (_kd_wizard_page_get_shown_criterion (page));
  g_assert_cmpuint (_kd_wizard_page_get_shown_standard (page), ==, 1);
  type_text (text_box (page, "strengths"), "Kế hoạch được xây dựng có sự tham gia của cha mẹ học sinh (MC.1.1.01).");
  action (f, "win.next");
  g_assert_cmpstr (_kd_wizard_page_get_shown_criterion (page), ==, "2.1");
  standard = kd_document_get_standard (document (f), 1);
  g_assert_cmpstr (kd_standard_record_get_strengths (standard), ==,
                   "Kế hoạch được xây dựng có sự tham gia của cha mẹ học sinh (MC.1.1.01).");
  status = _kd_wizard_page_dup_row_status (page, "S1");
  g_assert_cmpstr (status, ==, "1/3");
  g_clear_pointer (&status, g_free);
  status = _kd_wizard_page_dup_row_status (page, "1.3");
  g_assert_cmpstr (status, ==, "1/2 1");
  listed = _kd_wizard_page_dup_listed (wizard (f));
  g_assert_cmpstr (listed, ==, "1.1 1.2 1.3 1.4 S1 2.1 2.2 2.3 S2 3.1 3.2 3.3 3.4 3.5 S3 4.1 4.2 4.3 S4");
}

/* The window closed while a criterion's sheet still waits for its first frame (a principal who
 * opens a criterion and quits at once): GTK drops the frame clock's handlers with the window,
 * before the page goes, and the page must not disconnect them again (a GLib warning, fatal here). */
static void
test_close_while_waiting (Fixture      *f,
                          gconstpointer data)
{
  open_sample (f);
  show_criterion (f, "1.1");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-criterion", "s", "1.2"));
  g_assert_false (_kd_wizard_page_is_complete (wizard (f)));
  gtk_window_destroy (GTK_WINDOW (f->window));
  kd_ui_test_settle ();
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (f->app)));
}
int
main (int    argc,
      char **argv)
{
  shared_app = kd_ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add ("/ui/wizard/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("levels", test_levels);
  ADD ("navigate", test_navigate);
  ADD ("search", test_search);
  ADD ("only-mine", test_only_mine);
  ADD ("unknown-code", test_unknown_code);
  ADD ("picker", test_picker);
  ADD ("undo-text", test_undo_text);
  ADD ("pause-commits", test_pause_commits);
  ADD ("save-and-reopen", test_save_and_reopen);
  ADD ("tt57", test_tt57);
  ADD ("close-while-waiting", test_close_while_waiting);
#undef ADD
  return g_test_run ();
}
