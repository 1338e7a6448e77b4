/* test-ui-summary.c — "Tổng quan" in the real window, driven as a user would
 *
 * Each case starts a 1366×768 window and opens the bundled sample (TT 18, not at Mức 1 because of
 * criterion 3.2) or a new TT 57 assessment.  It checks what the overview shows (the level
 * sentence, the counts, a cell's colour, the reminder) as the document changes, and that a cell
 * opens its criterion in the wizard.
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "kd-application-private.h"
#include "kd-criterion-face.h"
#include "kd-extra-page.h"
#include "kd-i18n.h"
#include "kd-plan-page.h"
#include "kd-school-page.h"
#include "kd-summary-page.h"
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

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{

  f->app = g_object_ref (shared_app);
  f->dir = g_dir_make_tmp ("kd-ui-summary-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->window = kd_ui_test_window_new (f->app, f->dir);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  /* Nothing here is meant to be kept: close without the question about unsaved changes. */
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

static KdSummaryPage *
summary (Fixture *f)
{
  return KD_SUMMARY_PAGE (_kd_window_get_page (f->window, KD_TYPE_SUMMARY_PAGE));
}

static void
open_sample (Fixture *f)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (kd_window_open_sample (f->window, &error));
  g_assert_no_error (error);
  /* The overview's explanations are filled after its first frame, which a loaded machine may
   * paint later than a settle waits. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  kd_ui_test_settle ();
}

/* Every label a user can see in @widget, one per line. */
static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  else if (KD_IS_CRITERION_FACE (widget))
    g_string_append_printf (out, "%s\n", kd_criterion_face_get_level_text (KD_CRITERION_FACE (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

static char *
shown_text (Fixture *f)
{
  GString *out = g_string_new (NULL);

  collect_text (GTK_WIDGET (summary (f)), out);
  return g_string_free (out, FALSE);
}

static void
assert_shows (Fixture    *f,
              const char *text)
{
  g_autofree char *shown = shown_text (f);

  if (strstr (shown, text) == NULL)
    g_error ("the overview does not show “%s”; it shows:\n%s", text, shown);
}

static GtkWidget *
cell (Fixture    *f,
      const char *code)
{
  GtkWidget *button = _kd_summary_page_get_cell (summary (f), code);

  g_assert_nonnull (button);
  return button;
}

/* What a cell shows: the criterion's level in words and a mark per level. */
static KdCriterionFace *
face (Fixture    *f,
      const char *code)
{
  GtkWidget *child = gtk_button_get_child (GTK_BUTTON (cell (f, code)));

  g_assert_true (KD_IS_CRITERION_FACE (child));
  return KD_CRITERION_FACE (child);
}

static void
assert_marks (Fixture    *f,
              const char *code,
              KdState     level1,
              KdState     level2,
              KdState     level3)
{
  g_assert_cmpint (kd_criterion_face_get_mark_state (face (f, code), 1), ==, level1);
  g_assert_cmpint (kd_criterion_face_get_mark_state (face (f, code), 2), ==, level2);
  g_assert_cmpint (kd_criterion_face_get_mark_state (face (f, code), 3), ==, level3);
}

static void
set_indicator (Fixture    *f,
               const char *code,
               const char *id,
               KdState     state)
{
  kd_criterion_record_set_indicator (kd_document_get_criterion (document (f), code), id, state);
  kd_ui_test_settle ();
}

/* ---- cases -------------------------------------------------------------------------- */

/* The sample opens on its overview: the level, why, the seed 000 counts, the cells. */
static void
test_sample (Fixture      *f,
             gconstpointer data)
{
  open_sample (f);
  g_assert_true (KD_IS_SUMMARY_PAGE (_kd_window_get_visible_page (f->window)));
  g_assert_cmpstr (_kd_summary_page_get_verdict (summary (f)), ==, "Trường chưa đạt Mức 1.");
  assert_shows (f, "Kiểm định chất lượng giáo dục: chưa đạt");
  assert_shows (f, "Đã đánh giá 154/154 chỉ báo (100%)");
  /* Seed 000's totals: criteria at Mức 1, indicators of Mức 1 met; Mức 4's requirements. */
  assert_shows (f, "27/28");
  assert_shows (f, "83/84");
  assert_shows (f, "đạt 0/6 yêu cầu");
  assert_shows (f, "Vì sao chưa đạt Mức 1");
  assert_shows (f, "Tiêu chí 3.2 chưa đạt Mức 1 (chỉ báo a)");
  assert_shows (f, "Cần làm để đạt Mức 1");

  /* 28 cells, coloured by level: 3.2 fails Mức 1, 1.1 is at Mức 3, 2.1 at Mức 1. */
  for (guint i = 0; i < 28; i++)
    {
      static const char *const codes[] = { "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10",
                                           "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
                                           "4.1", "4.2", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6" };

      g_assert_true (gtk_widget_get_mapped (cell (f, codes[i])));
    }
  g_assert_true (gtk_widget_has_css_class (cell (f, "3.2"), "kd-level-0"));
  g_assert_true (gtk_widget_has_css_class (cell (f, "1.1"), "kd-level-3"));
  g_assert_true (gtk_widget_has_css_class (cell (f, "2.1"), "kd-level-1"));
  /* Pointing at a cell says why. */
  g_assert_nonnull (strstr (kd_ui_test_tooltip (cell (f, "3.2")), "Tiêu chí 3.2: Phòng học"));
  g_assert_nonnull (strstr (kd_ui_test_tooltip (cell (f, "3.2")), "Chưa đạt Mức 1 (chỉ báo a)"));
  g_assert_nonnull (strstr (kd_ui_test_tooltip (cell (f, "3.2")), "Mức 1, chỉ báo đạt: 2/3 (chỉ báo b, c)"));
  /* 2018 frameworks ask for no plan review: no reminder. */
  g_assert_null (_kd_summary_page_dup_reminders (summary (f)));
}

/* A change anywhere shows on the overview: at once when it is on screen, when it comes back
 * otherwise; undo brings the old verdict back. */
static void
test_updates (Fixture      *f,
              gconstpointer data)
{
  KdWizardPage *wizard;

  open_sample (f);
  set_indicator (f, "3.2", "1a", KD_STATE_MET);
  g_assert_cmpstr (_kd_summary_page_get_verdict (summary (f)), ==, "Trường đạt Mức 1.");
  assert_shows (f, "Kiểm định chất lượng giáo dục: đạt cấp độ 1.");
  assert_shows (f, "28/28");
  assert_shows (f, "Tiêu chí 2.1 chưa đạt Mức 2 (chỉ báo b)");
  g_assert_true (gtk_widget_has_css_class (cell (f, "3.2"), "kd-level-1"));
  g_assert_false (gtk_widget_has_css_class (cell (f, "3.2"), "kd-level-0"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpstr (_kd_summary_page_get_verdict (summary (f)), ==, "Trường chưa đạt Mức 1.");
  g_assert_true (gtk_widget_has_css_class (cell (f, "3.2"), "kd-level-0"));

  /* In the wizard, a council marks 3.2 a as met, then comes back to the overview. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-criterion", "s", "3.2"));
  kd_ui_test_settle ();
  wizard = KD_WIZARD_PAGE (_kd_window_get_visible_page (f->window));
  g_assert_true (_kd_wizard_page_choose (wizard, "1a", KD_STATE_MET));
  kd_ui_test_settle ();
  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_SUMMARY_PAGE));
  kd_ui_test_settle ();
  g_assert_cmpstr (_kd_summary_page_get_verdict (summary (f)), ==, "Trường đạt Mức 1.");
  g_assert_true (gtk_widget_has_css_class (cell (f, "3.2"), "kd-level-1"));
}

/* A cell opens its criterion in the wizard; so does a line of "what Mức 1 needs". */
static void
test_cell_opens_criterion (Fixture      *f,
                           gconstpointer data)
{
  GtkWidget *page;

  open_sample (f);
  /* the reasons are filled after the overview's first frame, not forgotten */
  g_assert_true (_kd_summary_page_open_missing (summary (f), 0));
  kd_ui_test_settle ();
  page = _kd_window_get_visible_page (f->window);
  g_assert_cmpstr (_kd_wizard_page_get_shown_criterion (KD_WIZARD_PAGE (page)), ==, "3.2");
  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_SUMMARY_PAGE));
  kd_ui_test_settle ();

  g_assert_true (gtk_widget_is_sensitive (cell (f, "3.5")));
  g_signal_emit_by_name (cell (f, "3.5"), "clicked");
  kd_ui_test_settle ();
  page = _kd_window_get_visible_page (f->window);
  g_assert_true (KD_IS_WIZARD_PAGE (page));
  g_assert_cmpstr (_kd_wizard_page_get_shown_criterion (KD_WIZARD_PAGE (page)), ==, "3.5");

  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_SUMMARY_PAGE));
  kd_ui_test_settle ();
  g_assert_true (_kd_summary_page_open_missing (summary (f), 0));
  kd_ui_test_settle ();
  page = _kd_window_get_visible_page (f->window);
  g_assert_true (KD_IS_WIZARD_PAGE (page));
  g_assert_cmpstr (_kd_wizard_page_get_shown_criterion (KD_WIZARD_PAGE (page)), ==, "3.2");
}

/* A cell reads its level in words and a mark per level, and follows a change; its size follows
 * the text size (large text on a projector). */
static void
test_cell_face (Fixture      *f,
                gconstpointer data)
{
  GtkSettings *settings = gtk_settings_get_default ();
  int          dpi;
  int          width, height, large_width, large_height;

  open_sample (f);
  g_assert_cmpstr (kd_criterion_face_get_level_text (face (f, "1.1")), ==, "Mức 3");
  assert_marks (f, "1.1", KD_STATE_MET, KD_STATE_MET, KD_STATE_MET);
  g_assert_cmpstr (kd_criterion_face_get_level_text (face (f, "2.1")), ==, "Mức 1");
  assert_marks (f, "2.1", KD_STATE_MET, KD_STATE_UNMET, KD_STATE_UNMET);
  g_assert_cmpstr (kd_criterion_face_get_level_text (face (f, "3.2")), ==, "Chưa đạt");
  assert_marks (f, "3.2", KD_STATE_UNMET, KD_STATE_UNMET, KD_STATE_UNMET);

  set_indicator (f, "3.2", "1a", KD_STATE_MET);
  g_assert_cmpstr (kd_criterion_face_get_level_text (face (f, "3.2")), ==, "Mức 1");
  assert_marks (f, "3.2", KD_STATE_MET, KD_STATE_UNMET, KD_STATE_UNMET);
  set_indicator (f, "3.2", "1a", KD_STATE_UNASSESSED);
  assert_marks (f, "3.2", KD_STATE_UNASSESSED, KD_STATE_UNMET, KD_STATE_UNMET);

  /* Half as large again: the code, the words and the marks grow with it. */
  gtk_widget_measure (GTK_WIDGET (face (f, "1.10")), GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (face (f, "1.10")), GTK_ORIENTATION_VERTICAL, -1, &height, NULL, NULL, NULL);
  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 96 * 1024 * 3 / 2, NULL);
  kd_ui_test_settle ();
  gtk_widget_measure (GTK_WIDGET (face (f, "1.10")), GTK_ORIENTATION_HORIZONTAL, -1, &large_width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (face (f, "1.10")), GTK_ORIENTATION_VERTICAL, -1, &large_height, NULL, NULL, NULL);
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  kd_ui_test_settle ();
  g_assert_cmpint (large_width, >, width);
  g_assert_cmpint (large_height, >=, height * 13 / 10);
}

static void
add_review (KdDocument *doc,
            const char *date)
{
  g_autoptr (KdReview) review = kd_review_new ();

  g_object_set (review, "date", date, NULL);
  kd_document_append_item (doc, kd_document_get_reviews (doc), KD_ITEM (review));
}

/* TT 57 asks for two plan reviews a school year: without them the overview reminds. */
static void
test_tt57_reminder (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr (KdDocument) doc = kd_document_new (kd_framework_registry_lookup (kd_framework_registry_get_default (), "tt57-2026-pt"));
  g_autofree char *reminder = NULL;
  GtkWindow       *dialog;

  g_object_set (kd_document_get_cycle (doc), "school-year", "2026-2027", NULL);
  kd_window_set_document (f->window, doc, NULL);
  kd_ui_test_settle ();
  g_assert_true (KD_IS_SUMMARY_PAGE (_kd_window_get_visible_page (f->window)));
  /* Nothing assessed: not at Mức 1, every cell grey, 0 of the 30 indicators. */
  g_assert_cmpstr (_kd_summary_page_get_verdict (summary (f)), ==, "Trường chưa đạt Mức 1.");
  assert_shows (f, "Đã đánh giá 0/30 chỉ báo (0%)");
  g_assert_true (gtk_widget_has_css_class (cell (f, "1.1"), "kd-unassessed"));
  g_assert_null (_kd_summary_page_get_cell (summary (f), "5.1"));

  reminder = _kd_summary_page_dup_reminders (summary (f));
  g_assert_nonnull (reminder);
  g_assert_nonnull (strstr (reminder, "Năm học 2026-2027"));
  g_assert_nonnull (strstr (reminder, "0 trong 2"));
  /* Its button opens the plan's reviews, where they are recorded. */
  g_assert_true (_kd_summary_page_open_reviews (summary (f)));
  kd_ui_test_settle ();
  g_assert_true (KD_IS_PLAN_PAGE (_kd_window_get_visible_page (f->window)));
  dialog = _kd_plan_page_get_dialog (KD_PLAN_PAGE (_kd_window_get_visible_page (f->window)));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Theo dõi, đánh giá thực hiện kế hoạch");
  gtk_window_close (dialog);
  kd_ui_test_settle ();
  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_SUMMARY_PAGE));
  kd_ui_test_settle ();

  /* The two reviews of the year recorded: the reminder goes. */
  add_review (doc, "2027-01-15");
  add_review (doc, "2027-05-20");
  kd_ui_test_settle ();
  g_assert_null (_kd_summary_page_dup_reminders (summary (f)));
}

/* ---- Yêu cầu Mức 4 ------------------------------------------------------------------ */

static KdExtraPage *
show_extra (Fixture *f)
{
  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_EXTRA_PAGE));
  kd_ui_test_settle ();
  return KD_EXTRA_PAGE (_kd_window_get_visible_page (f->window));
}

/* The sidebar's sections, in order, as the names of their types. */
static char *
sidebar_order (Fixture *f)
{
  GtkWidget *sidebar = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->window), KD_TYPE_WINDOW, "sidebar"));
  GString   *out = g_string_new (NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (sidebar); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_visible (row))
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "",
                              g_type_name (_kd_window_section_type (
                                  GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kd-section")) - 1)));
  return g_string_free (out, FALSE);
}

/* TT 18: the requirements with their answers and descriptions, editable, counted, undone. */
static void
test_extra_tt18 (Fixture      *f,
                 gconstpointer data)
{
  KdCriterionRecord *extra;
  KdExtraPage       *page;
  KdStateChoice     *choice;
  KdTextBox         *text_box;
  g_autofree char   *order = NULL;
  g_autofree char   *shown = NULL;

  open_sample (f);
  extra = kd_document_get_extra (document (f));
  order = sidebar_order (f);
  g_assert_nonnull (strstr (order, "KdWizardPage KdExtraPage KdEvidencePage"));
  page = show_extra (f);
  g_assert_true (KD_IS_EXTRA_PAGE (page));
  g_assert_cmpstr (_kd_extra_page_get_result (page), ==, "Đạt 0/6 yêu cầu, không đạt 6, chưa đánh giá 0.");
  g_assert_null (_kd_extra_page_get_choice (page, "7"));
  text_box = _kd_extra_page_get_text_box (page, "4");
  shown = kd_text_box_dup_text (text_box);
  g_assert_cmpstr (shown, ==, "Thư viện chưa có hạ tầng công nghệ thông tin hiện đại theo tiêu chuẩn khu vực và quốc tế.");

  /* Requirement 1 met: in the document, in the counts here and on the overview. */
  choice = _kd_extra_page_get_choice (page, "1");
  g_assert_cmpint (kd_state_choice_get_state (choice), ==, KD_STATE_UNMET);
  g_assert_true (_kd_state_choice_choose (choice, KD_STATE_MET));
  kd_ui_test_settle ();
  g_assert_cmpint (kd_criterion_record_get_indicator (extra, "1"), ==, KD_STATE_MET);
  g_assert_cmpstr (_kd_extra_page_get_result (page), ==, "Đạt 1/6 yêu cầu, không đạt 5, chưa đánh giá 0.");
  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_SUMMARY_PAGE));
  kd_ui_test_settle ();
  assert_shows (f, "đạt 1/6 yêu cầu");

  /* Undo puts the answer back on the page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  page = show_extra (f);
  g_assert_cmpint (kd_criterion_record_get_indicator (extra, "1"), ==, KD_STATE_UNMET);
  g_assert_cmpint (kd_state_choice_get_state (choice), ==, KD_STATE_UNMET);
  g_assert_cmpstr (_kd_extra_page_get_result (page), ==, "Đạt 0/6 yêu cầu, không đạt 6, chưa đánh giá 0.");

  /* The description is the document's. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (kd_text_box_get_view (text_box)), "Đã có thư viện điện tử.", -1);
  kd_text_box_commit (text_box);
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_criterion_record_get_description (extra, "4"), ==, "Đã có thư viện điện tử.");
}

/* TT 57 has no Mức 4 requirements: no such section. */
static void
test_extra_hidden_tt57 (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr (KdDocument) doc = kd_document_new (kd_framework_registry_lookup (kd_framework_registry_get_default (), "tt57-2026-pt"));
  g_autofree char *order = NULL;

  kd_window_set_document (f->window, doc, NULL);
  kd_ui_test_settle ();
  g_assert_false (_kd_window_page_is_listed (f->window, KD_TYPE_EXTRA_PAGE));
  g_assert_false (_kd_window_show_page (f->window, KD_TYPE_EXTRA_PAGE));
  order = sidebar_order (f);
  g_assert_null (strstr (order, "KdExtraPage"));
  g_assert_nonnull (strstr (order, "KdSummaryPage KdSchoolPage"));
}

int
main (int    argc,
      char **argv)
{
  shared_app = kd_ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add ("/ui/summary/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("sample", test_sample);
  ADD ("updates", test_updates);
  ADD ("cell-opens-criterion", test_cell_opens_criterion);
  ADD ("cell-face", test_cell_face);
  ADD ("tt57-reminder", test_tt57_reminder);
  ADD ("extra-tt18", test_extra_tt18);
  ADD ("extra-hidden-tt57", test_extra_hidden_tt57);
#undef ADD
  return g_test_run ();
}
