/* test-ui-meeting.c — meeting mode on the real window, driven from the keyboard
 *
 * F5 (win.meeting) on the sample opens meeting mode (one screen under Xvfb: the view alone);
 * keys go through the window's own key handling, and the tests check the document: indicator
 * states, the council's agreement with its time, the notes and attendees of the minutes, and
 * that they survive saving.
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kd-application-private.h"
#include "kd-history-dialog.h"
#include "kd-i18n.h"
#include "kd-meeting-window.h"
#include "kd-rules.h"
#include "kd-ui-test.h"
#include "kd-window-private.h"

static KdApplication *shared_app;

typedef struct
{
  KdWindow        *window;
  KdMeetingWindow *meeting;
  char            *dir;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("kd-meeting-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->window = kd_ui_test_window_new (shared_app, f->dir);
  g_assert_true (kd_window_open_sample (f->window, &error));
  g_assert_no_error (error);
  kd_ui_test_settle ();

  /* F5 */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.meeting", NULL));
  kd_ui_test_settle ();
  f->meeting = KD_MEETING_WINDOW (_kd_window_get_meeting_window (f->window));
  g_assert_nonnull (f->meeting);
  gtk_window_set_default_size (GTK_WINDOW (f->meeting), 1366, 768);
  kd_ui_test_settle ();
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  kd_ui_test_close_windows (shared_app);
  kd_ui_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
press (KdMeetingWindow *meeting,
       guint            keyval)
{
  _kd_meeting_window_handle_key (meeting, keyval, 0);
  kd_ui_test_settle ();
}

static KdDocument *
document (Fixture *f)
{
  return kd_window_get_document (f->window);
}

static const char *
shown (Fixture *f)
{
  return kd_meeting_session_get_criterion (kd_meeting_window_get_session (f->meeting));
}

static GtkWidget *
meeting_child (KdMeetingWindow *meeting,
               const char      *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (meeting), KD_TYPE_MEETING_WINDOW, name));
}

static const char *
label_text (KdMeetingWindow *meeting,
            const char      *name)
{
  return gtk_label_get_text (GTK_LABEL (meeting_child (meeting, name)));
}

static KdState
state_of (Fixture    *f,
          const char *criterion,
          const char *indicator)
{
  return kd_criterion_record_get_indicator (kd_document_get_criterion (document (f), criterion), indicator);
}

static void
test_navigation (Fixture      *f,
                 gconstpointer data)
{
  g_assert_cmpstr (_kd_meeting_window_get_page (f->meeting), ==, "criterion");
  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (f->meeting)) ||
                 gtk_widget_get_visible (GTK_WIDGET (f->meeting)));
  g_assert_cmpstr (shown (f), ==, "1.1");
  g_assert_nonnull (strstr (label_text (f->meeting, "title_label"), "1.1"));
  g_assert_nonnull (strstr (label_text (f->meeting, "standard_label"), "1"));
  g_assert_cmpstr (label_text (f->meeting, "level_label"), ==, "Đạt Mức 3");
  g_assert_cmpstr (label_text (f->meeting, "progress_label"), ==, "Đã thống nhất: 0/28 tiêu chí");

  press (f->meeting, GDK_KEY_Right);
  g_assert_cmpstr (shown (f), ==, "1.2");
  g_assert_nonnull (strstr (label_text (f->meeting, "title_label"), "1.2"));
  press (f->meeting, GDK_KEY_Page_Down);
  g_assert_cmpstr (shown (f), ==, "1.3");
  press (f->meeting, GDK_KEY_Left);
  press (f->meeting, GDK_KEY_Left);
  g_assert_cmpstr (shown (f), ==, "1.1");
  /* At the start nothing moves. */
  press (f->meeting, GDK_KEY_Left);
  g_assert_cmpstr (shown (f), ==, "1.1");
  press (f->meeting, GDK_KEY_End);
  g_assert_cmpstr (shown (f), ==, "5.6");
  press (f->meeting, GDK_KEY_Home);
  g_assert_cmpstr (shown (f), ==, "1.1");

  /* H: the criterion's history, over the meeting. */
  press (f->meeting, GDK_KEY_h);
  g_assert_true (KD_IS_HISTORY_DIALOG (_kd_window_get_message_dialog (f->window)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (_kd_window_get_message_dialog (f->window))) == GTK_WINDOW (f->meeting));
  gtk_window_destroy (GTK_WINDOW (_kd_window_get_message_dialog (f->window)));

  /* Looking changes nothing: no minutes yet. */
  g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_meetings (document (f))), ==, 0);
  g_assert_false (kd_document_get_modified (document (f)));
}

static void
test_set_indicators (Fixture      *f,
                     gconstpointer data)
{
  g_assert_cmpstr (_kd_meeting_window_get_cursor (f->meeting), ==, "1a");
  g_assert_cmpint (state_of (f, "1.1", "1a"), ==, KD_STATE_MET);

  /* K: không đạt; the cursor goes on to the next indicator. */
  press (f->meeting, GDK_KEY_k);
  g_assert_cmpint (state_of (f, "1.1", "1a"), ==, KD_STATE_UNMET);
  g_assert_cmpstr (_kd_meeting_window_get_cursor (f->meeting), ==, "1b");
  g_assert_cmpstr (label_text (f->meeting, "level_label"), ==, "Không đạt Mức 1");
  g_assert_nonnull (strstr (label_text (f->meeting, "reason_label"), "Mức 1"));

  /* Back up and D: đạt again; the level is back. */
  press (f->meeting, GDK_KEY_Up);
  g_assert_cmpstr (_kd_meeting_window_get_cursor (f->meeting), ==, "1a");
  press (f->meeting, GDK_KEY_d);
  g_assert_cmpint (state_of (f, "1.1", "1a"), ==, KD_STATE_MET);
  g_assert_cmpstr (label_text (f->meeting, "level_label"), ==, "Đạt Mức 3");

  /* Delete: not assessed. */
  press (f->meeting, GDK_KEY_Down);
  press (f->meeting, GDK_KEY_Delete);
  g_assert_cmpint (state_of (f, "1.1", "1c"), ==, KD_STATE_UNASSESSED);
  g_assert_nonnull (strstr (label_text (f->meeting, "reason_label"), "1 chỉ báo"));

  /* Ctrl+Z in the meeting takes the last change back. */
  _kd_meeting_window_handle_key (f->meeting, GDK_KEY_z, GDK_CONTROL_MASK);
  kd_ui_test_settle ();
  g_assert_cmpint (state_of (f, "1.1", "1c"), ==, KD_STATE_MET);
  g_assert_true (kd_document_get_modified (document (f)));
}

static void
test_agree (Fixture      *f,
            gconstpointer data)
{
  KdMeeting       *meeting;
  KdMeetingItem   *item;
  g_autofree char *today = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  press (f->meeting, GDK_KEY_a);
  g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_meetings (document (f))), ==, 1);
  meeting = g_list_model_get_item (kd_document_get_meetings (document (f)), 0);
  g_object_unref (meeting); /* the document keeps it */
  today = g_date_time_format (now, "%Y-%m-%d");
  g_assert_cmpstr (kd_meeting_get_date (meeting), ==, today);
  /* The whole council is expected until the secretary says who is absent. */
  g_assert_cmpuint (g_strv_length ((char **)kd_meeting_get_attendees (meeting)), ==, 9);
  item = kd_meeting_lookup_item (meeting, "1.1");
  g_assert_nonnull (item);
  g_assert_true (kd_meeting_item_get_agreed (item));
  g_assert_cmpstr (kd_meeting_item_get_result (item), ==, "Đạt Mức 3");
  g_assert_true (g_str_has_prefix (kd_meeting_item_get_agreed_at (item), today));
  g_assert_nonnull (strstr (label_text (f->meeting, "agreed_label"), "Hội đồng thống nhất"));
  g_assert_cmpstr (label_text (f->meeting, "progress_label"), ==, "Đã thống nhất: 1/28 tiêu chí");

  /* A changed indicator takes the agreement back: the council agrees on what it sees. */
  press (f->meeting, GDK_KEY_Down);
  press (f->meeting, GDK_KEY_k);
  g_assert_false (kd_meeting_item_get_agreed (item));
  g_assert_null (kd_document_lookup_agreement (document (f), "1.1"));
  g_assert_cmpstr (label_text (f->meeting, "progress_label"), ==, "Đã thống nhất: 0/28 tiêu chí");
  press (f->meeting, GDK_KEY_a);
  g_assert_true (kd_meeting_item_get_agreed (item));
  g_assert_cmpstr (kd_meeting_item_get_result (item), ==, "Không đạt Mức 1");

  /* A again takes it back. */
  press (f->meeting, GDK_KEY_a);
  g_assert_false (kd_meeting_item_get_agreed (item));
}

static void
test_note (Fixture      *f,
           gconstpointer data)
{
  GtkWidget     *entry = meeting_child (f->meeting, "note_entry");
  KdMeeting     *meeting;
  KdMeetingItem *item;

  press (f->meeting, GDK_KEY_Right);
  press (f->meeting, GDK_KEY_n);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->meeting)), entry));
  /* Letters typed are the note's, not commands. */
  g_assert_false (_kd_meeting_window_handle_key (f->meeting, GDK_KEY_a, 0));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Bổ sung minh chứng kế hoạch năm 2024");
  g_signal_emit_by_name (entry, "activate");
  kd_ui_test_settle ();
  meeting = g_list_model_get_item (kd_document_get_meetings (document (f)), 0);
  g_object_unref (meeting);
  item = kd_meeting_lookup_item (meeting, "1.2");
  g_assert_nonnull (item);
  g_assert_cmpstr (kd_meeting_item_get_note (item), ==, "Bổ sung minh chứng kế hoạch năm 2024");
  g_assert_false (kd_meeting_item_get_agreed (item));

  /* Escape gives up what was being typed. */
  press (f->meeting, GDK_KEY_n);
  gtk_editable_set_text (GTK_EDITABLE (entry), "không lưu");
  press (f->meeting, GDK_KEY_Escape);
  g_assert_cmpstr (_kd_meeting_window_get_page (f->meeting), ==, "criterion");
  g_assert_cmpstr (kd_meeting_item_get_note (item), ==, "Bổ sung minh chứng kế hoạch năm 2024");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Bổ sung minh chứng kế hoạch năm 2024");

  /* The next criterion has its own note; coming back shows this one. */
  press (f->meeting, GDK_KEY_Right);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  press (f->meeting, GDK_KEY_Left);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Bổ sung minh chứng kế hoạch năm 2024");
}

static void
test_agenda (Fixture      *f,
             gconstpointer data)
{
  GtkDropDown      *agenda = GTK_DROP_DOWN (meeting_child (f->meeting, "agenda_dropdown"));
  KdMeetingSession *session = kd_meeting_window_get_session (f->meeting);

  press (f->meeting, GDK_KEY_a);
  /* Not agreed yet: 1.1 is no longer on it. */
  gtk_drop_down_set_selected (agenda, 1);
  kd_ui_test_settle ();
  g_assert_cmpuint (kd_meeting_session_get_length (session), ==, 27);
  g_assert_cmpstr (kd_meeting_session_get_code (session, 0), ==, "1.2");
  g_assert_cmpstr (shown (f), ==, "1.2");

  /* Below the target (Mức 2): only criteria under it. */
  gtk_drop_down_set_selected (agenda, 2);
  kd_ui_test_settle ();
  for (guint i = 0; i < kd_meeting_session_get_length (session); i++)
    {
      g_autoptr (KdCriterionResult) result =
          kd_evaluate_criterion (kd_document_get_criterion (document (f), kd_meeting_session_get_code (session, i)));

      g_assert_cmpuint (result->level, <, 2);
    }

  /* A group's criteria: Nhóm công tác 1 has 1.1 (assigned to the group). */
  gtk_drop_down_set_selected (agenda, 4);
  kd_ui_test_settle ();
  g_assert_cmpuint (kd_meeting_session_get_length (session), >, 0);
  g_assert_cmpstr (kd_meeting_session_get_code (session, 0), ==, "1.1");
  for (guint i = 0; i < kd_meeting_session_get_length (session); i++)
    {
      const char *assignee =
          kd_criterion_record_get_assignee (kd_document_get_criterion (document (f), kd_meeting_session_get_code (session, i)));
      KdItem *member = kd_document_lookup_item (document (f), kd_document_get_members (document (f)), assignee);

      g_assert_true (g_str_equal (assignee, "g-nhom1") ||
                     (member != NULL && g_str_equal (kd_member_get_group (KD_MEMBER (member)), "g-nhom1")));
    }

  gtk_drop_down_set_selected (agenda, 0);
  kd_ui_test_settle ();
  g_assert_cmpuint (kd_meeting_session_get_length (session), ==, 28);
}

static void
test_zoom (Fixture      *f,
           gconstpointer data)
{
  int start = _kd_meeting_window_get_font_size (f->meeting);

  /* Large by default: the screen's height (768 under the test's Xvfb) over 28. */
  g_assert_cmpint (start, >=, 24);
  press (f->meeting, GDK_KEY_plus);
  g_assert_cmpint (_kd_meeting_window_get_font_size (f->meeting), >, start);
  press (f->meeting, GDK_KEY_0);
  g_assert_cmpint (_kd_meeting_window_get_font_size (f->meeting), ==, start);
  press (f->meeting, GDK_KEY_minus);
  g_assert_cmpint (_kd_meeting_window_get_font_size (f->meeting), <, start);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->meeting), "meeting.zoom-in", NULL));
  g_assert_cmpint (_kd_meeting_window_get_font_size (f->meeting), ==, start);
}

static void
test_summary_and_minutes (Fixture      *f,
                          gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "hop.kdcl", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) reloaded = NULL;
  g_autoptr (KdMeeting) minutes = NULL;
  GtkWidget *summary_box;
  GtkWidget *check = NULL;

  press (f->meeting, GDK_KEY_a);
  press (f->meeting, GDK_KEY_Right);
  press (f->meeting, GDK_KEY_a);

  /* Escape: the end-of-meeting summary, with who attended. */
  press (f->meeting, GDK_KEY_Escape);
  g_assert_cmpstr (_kd_meeting_window_get_page (f->meeting), ==, "summary");
  summary_box = meeting_child (f->meeting, "summary_box");
  for (GtkWidget *w = gtk_widget_get_first_child (summary_box); w != NULL && check == NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_FLOW_BOX (w))
      check = gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (w), 1));
  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  kd_ui_test_settle ();

  /* Back, and out again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->meeting), "meeting.resume", NULL));
  kd_ui_test_settle ();
  g_assert_cmpstr (_kd_meeting_window_get_page (f->meeting), ==, "criterion");
  press (f->meeting, GDK_KEY_Escape);
  press (f->meeting, GDK_KEY_Escape);
  g_assert_null (_kd_window_get_meeting_window (f->window));

  /* The minutes are in the file. */
  g_assert_true (kd_window_save_to_file (f->window, file, &error));
  g_assert_no_error (error);
  reloaded = kd_document_load_from_file (kd_application_get_registry (shared_app), file, &error);
  g_assert_no_error (error);
  minutes = g_list_model_get_item (kd_document_get_meetings (reloaded), 0);
  g_assert_nonnull (minutes);
  g_assert_cmpuint (g_strv_length ((char **)kd_meeting_get_attendees (minutes)), ==, 8);
  g_assert_false (g_strv_contains (kd_meeting_get_attendees (minutes), "m-02"));
  g_assert_cmpuint (kd_meeting_count_agreed (minutes), ==, 2);
  g_assert_true (kd_meeting_item_get_agreed (kd_meeting_lookup_item (minutes, "1.2")));

  /* F5 again the same day continues the same minutes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.meeting", NULL));
  kd_ui_test_settle ();
  f->meeting = KD_MEETING_WINDOW (_kd_window_get_meeting_window (f->window));
  g_assert_cmpstr (label_text (f->meeting, "progress_label"), ==, "Đã thống nhất: 2/28 tiêu chí");
  press (f->meeting, GDK_KEY_End);
  press (f->meeting, GDK_KEY_a);
  g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_meetings (document (f))), ==, 1);
}

/* Two screens: the projector's clean view and the presenter window share the meeting. */
static void
test_presenter (Fixture      *f,
                gconstpointer data)
{
  KdMeetingSession *session = kd_meeting_window_get_session (f->meeting);
  KdMeetingWindow  *presenter = _kd_meeting_window_open_pair (GTK_WINDOW (f->window), session, NULL);
  KdMeetingWindow  *projector = _kd_meeting_window_get_partner (presenter);
  GtkListBox       *navigator = GTK_LIST_BOX (meeting_child (presenter, "navigator"));
  int               projector_font;

  kd_ui_test_settle ();
  g_assert_nonnull (projector);
  g_assert_true (gtk_widget_get_visible (meeting_child (presenter, "navigator_scroller")));
  /* The projector shows the criterion and the progress, none of the secretary's controls. */
  g_assert_false (gtk_widget_get_visible (meeting_child (projector, "navigator_scroller")));
  g_assert_false (gtk_widget_get_visible (meeting_child (projector, "controls")));
  g_assert_true (gtk_widget_get_visible (meeting_child (projector, "progress_label")));

  /* Choosing in the navigator moves both screens. */
  gtk_list_box_select_row (navigator, gtk_list_box_get_row_at_index (navigator, 4));
  kd_ui_test_settle ();
  g_assert_cmpstr (shown (f), ==, "1.5");
  g_assert_nonnull (strstr (label_text (projector, "title_label"), "1.5"));
  g_assert_nonnull (strstr (label_text (presenter, "title_label"), "1.5"));
  press (presenter, GDK_KEY_a);
  g_assert_nonnull (strstr (label_text (projector, "agreed_label"), "Hội đồng thống nhất"));

  /* The zoom of the presenter is the projector's too. */
  projector_font = _kd_meeting_window_get_font_size (projector);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presenter), "meeting.zoom-in", NULL));
  g_assert_cmpint (_kd_meeting_window_get_font_size (projector), >, projector_font);

  /* N on the projector types the note on the laptop. */
  press (projector, GDK_KEY_n);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (presenter)), meeting_child (presenter, "note_entry")));

  /* Ending on one screen ends on both; closing one closes both. */
  press (presenter, GDK_KEY_Escape);
  press (presenter, GDK_KEY_Escape);
  g_assert_cmpstr (_kd_meeting_window_get_page (projector), ==, "summary");
  g_object_add_weak_pointer (G_OBJECT (projector), (gpointer *)&projector);
  gtk_window_close (GTK_WINDOW (presenter));
  kd_ui_test_settle ();
  g_assert_null (projector);
}

/* A document of a newer version is read, never changed: meeting mode shows it, records nothing. */
static void
test_read_only (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "seed-000-van-hoa.kdcl", NULL);
  g_autofree char *path = g_build_filename (f->dir, "moi-hon.kdcl", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GRegex) version = g_regex_new ("\"version\": *1", 0, 0, NULL);
  g_autofree char *newer = NULL;

  g_assert_true (g_file_get_contents (fixture, &contents, NULL, NULL));
  newer = g_regex_replace_literal (version, contents, -1, 0, "\"version\": 2", G_REGEX_MATCH_DEFAULT, NULL);
  g_assert_true (g_file_set_contents (path, newer, -1, NULL));
  g_assert_true (kd_window_open_file (f->window, file, &error));
  g_assert_no_error (error);
  kd_ui_test_settle ();
  g_assert_true (kd_document_get_read_only (document (f)));
  g_assert_null (_kd_window_get_meeting_window (f->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.meeting", NULL));
  kd_ui_test_settle ();
  f->meeting = KD_MEETING_WINDOW (_kd_window_get_meeting_window (f->window));
  g_assert_cmpstr (shown (f), ==, "1.1");
  press (f->meeting, GDK_KEY_k);
  press (f->meeting, GDK_KEY_a);
  g_assert_cmpint (state_of (f, "1.1", "1a"), ==, KD_STATE_MET);
  g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_meetings (document (f))), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (meeting_child (f->meeting, "note_entry")));
}

int
main (int    argc,
      char **argv)
{
  shared_app = kd_ui_test_init (&argc, &argv);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) g_test_add ("/ui/meeting/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("navigation", test_navigation);
  ADD ("set-indicators", test_set_indicators);
  ADD ("agree", test_agree);
  ADD ("note", test_note);
  ADD ("agenda", test_agenda);
  ADD ("zoom", test_zoom);
  ADD ("summary-and-minutes", test_summary_and_minutes);
  ADD ("presenter", test_presenter);
  ADD ("read-only", test_read_only);
#undef ADD
  {
    int status = g_test_run ();

    g_clear_object (&shared_app);
    return status;
  }
}
