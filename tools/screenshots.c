/* screenshots.c — renders the shell's screens to PNG for people to look at
 *
 *   kd-screenshots OUTDIR [--large]
 *
 * At 1366×768 (the common office screen), or with --large in full screen with text scaled by 1.5
 * (a projector).  Run under Xvfb with GSK_RENDERER=cairo, LANGUAGE=vi and GSETTINGS_SCHEMA_DIR
 * pointing at the build's data folder (tools/run-screenshots does all that).
 */
#include "config.h"

#include <glib/gstdio.h>

#include <glib/gi18n-lib.h>

#include "kd-council-page.h"
#include "kd-evidence-page.h"
#include "kd-extra-page.h"
#include "kd-export-page.h"
#include "kd-field-entry.h"
#include "kd-i18n.h"
#include "kd-meeting-window.h"
#include "kd-package.h"
#include "kd-plan-page.h"
#include "kd-school-page.h"
#include "kd-snapshot.h"
#include "kd-summary-page.h"
#include "kd-wizard-page.h"
#include "kd-window-private.h"

static char    *out_dir;
static gboolean large;

static void
settle (void)
{
  /* Layout and paint need a few frames; idle callbacks of the pages run in between. */
  for (guint i = 0; i < 30; i++)
    g_main_context_iteration (NULL, FALSE);
  g_usleep (50000);
  for (guint i = 0; i < 30; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* The first field under @root, in the order the widgets are stacked (a table's first row). */
static GtkWidget *
first_field (GtkWidget *root)
{
  if (KD_IS_FIELD_ENTRY (root) && gtk_widget_get_mapped (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = first_field (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
shoot (GtkWidget  *widget,
       const char *name)
{
  g_autofree char *file = g_strdup_printf ("%s%s.png", name, large ? "-large" : "");
  g_autofree char *path = g_build_filename (out_dir, file, NULL);
  g_autoptr (GError) error = NULL;

  settle ();
  gtk_test_widget_wait_for_draw (widget);
  settle ();
  if (!kd_snapshot_widget_to_png (widget, path, &error))
    g_printerr ("%s: %s\n", path, error->message);
  else
    g_print ("%s\n", path);
}

static void
activate_cb (GApplication *app)
{
  KdWindow    *window = kd_window_new (KD_APPLICATION (app));
  KdNewDialog *dialog;
  /* A folder of its own: a second run at the same time would find the file locked by this one. */
  g_autofree char *folder = g_dir_make_tmp ("kd-screenshots-XXXXXX", NULL);
  g_autofree char *sample = g_build_filename (folder, "Trường THCS Vạn Hòa 2023-2024.kdcl", NULL);
  g_autoptr (GFile) sample_file = g_file_new_for_path (sample);
  g_autoptr (GError) error = NULL;

  /* A page change cross-fades: the picture would catch it half-way. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  if (large)
    {
      g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 96 * 1024 * 3 / 2, NULL);
      gtk_window_fullscreen (GTK_WINDOW (window));
    }
  /* Xvfb has no window manager to size a full-screen window: give it the screen's size. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));

  /* A recent file so the welcome screen shows its list. */
  if (!kd_window_open_sample (window, &error) || !kd_window_save_to_file (window, sample_file, &error))
    g_error ("%s", error->message);
  kd_window_set_document (window, NULL, NULL);
  shoot (GTK_WIDGET (window), "welcome");

  /* The same screen after a crash: the work left unsaved is offered first. */
  {
    KdRecovery *recovery = kd_application_get_recovery (KD_APPLICATION (app));
    g_autoptr (KdRecovery) crashed = kd_recovery_new (kd_recovery_get_dir (recovery));
    g_autoptr (GFile) lost_file = g_file_new_for_path ("/home/hieutruong/Tài liệu/Tự đánh giá 2026-2027.kdcl");
    g_autoptr (KdDocument) lost = kd_document_new (kd_framework_registry_lookup (kd_framework_registry_get_default (), "tt57-2026-pt"));
    g_autofree char *slot = kd_recovery_new_slot (crashed);

    g_object_set (kd_document_get_school (lost), "name", "Trường THCS Nguyễn Bỉnh Khiêm", NULL);
    kd_recovery_save (crashed, slot, lost, lost_file, NULL);
    _kd_window_refresh_welcome (window);
    shoot (GTK_WIDGET (window), "welcome-recovery");
    kd_recovery_discard (crashed, slot);
    _kd_window_refresh_welcome (window);
  }

  kd_window_new_assessment (window);
  dialog = _kd_window_get_new_dialog (window);
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), KD_TYPE_NEW_DIALOG, "name_entry")),
                         "Trường THCS Nguyễn Bỉnh Khiêm");
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), KD_TYPE_NEW_DIALOG, "agency_entry")),
                         "Phòng GD&ĐT huyện Krông Pắc");
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), KD_TYPE_NEW_DIALOG, "place_entry")),
                         "Phước An");
  shoot (GTK_WIDGET (dialog), "new-assessment");
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (!kd_window_open_file (window, sample_file, &error))
    g_error ("%s", error->message);
  /* A document opens on its overview. */
  shoot (GTK_WIDGET (window), "summary");
  _kd_window_show_page (window, KD_TYPE_SCHOOL_PAGE);
  shoot (GTK_WIDGET (window), "school");
  _kd_window_show_page (window, KD_TYPE_COUNCIL_PAGE);
  shoot (GTK_WIDGET (window), "council");
  /* A field being typed into looks as it does at rest, with the focus and the text selected. */
  gtk_widget_grab_focus (first_field (_kd_window_get_page (window, KD_TYPE_COUNCIL_PAGE)));
  shoot (GTK_WIDGET (window), "council-editing");
  _kd_window_show_page (window, KD_TYPE_EVIDENCE_PAGE);
  shoot (GTK_WIDGET (window), "evidence");
  gtk_widget_grab_focus (first_field (_kd_window_get_page (window, KD_TYPE_EVIDENCE_PAGE)));
  shoot (GTK_WIDGET (window), "evidence-editing");
  _kd_window_show_page (window, KD_TYPE_EXTRA_PAGE);
  shoot (GTK_WIDGET (window), "extra");
  _kd_window_show_page (window, KD_TYPE_PLAN_PAGE);
  shoot (GTK_WIDGET (window), "plan");
  {
    GtkWidget  *page = _kd_window_get_page (window, KD_TYPE_PLAN_PAGE);
    KdPlanCell *cell = _kd_plan_page_get_cell (KD_PLAN_PAGE (page), 1, "deadline");

    /* A date that does not exist: the message above the grid, the cell marked. */
    settle ();
    if (cell != NULL && kd_plan_cell_start_editing (cell, "31/02/2024"))
      {
        g_signal_emit_by_name (_kd_plan_cell_get_editor (cell), "activate");
        shoot (GTK_WIDGET (window), "plan-refused-date");
        kd_plan_cell_cancel (cell);
      }
    /* The last columns (the status in its colours, the latest review), two rows selected. */
    {
      GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (_kd_plan_page_get_grid (KD_PLAN_PAGE (page))));

      _kd_plan_page_select (KD_PLAN_PAGE (page), 2, 2);
      gtk_adjustment_set_value (h, gtk_adjustment_get_upper (h));
      shoot (GTK_WIDGET (window), "plan-end");
      gtk_adjustment_set_value (h, 0);
      _kd_plan_page_select (KD_PLAN_PAGE (page), 0, 0);
    }
    /* The filters: a popover of the toolbar's "Lọc" button. */
    {
      GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (_kd_plan_page_get_status_filter (KD_PLAN_PAGE (page))), GTK_TYPE_POPOVER);

      gtk_popover_popup (GTK_POPOVER (popover));
      shoot (popover, "plan-filters");
      gtk_popover_popdown (GTK_POPOVER (popover));
    }
    gtk_widget_activate_action (page, "plan.generate", NULL);
    shoot (GTK_WIDGET (_kd_plan_page_get_dialog (KD_PLAN_PAGE (page))), "plan-generate");
    gtk_window_destroy (_kd_plan_page_get_dialog (KD_PLAN_PAGE (page)));
    gtk_widget_activate_action (page, "plan.reviews", NULL);
    shoot (GTK_WIDGET (_kd_plan_page_get_dialog (KD_PLAN_PAGE (page))), "plan-reviews");
    gtk_window_destroy (_kd_plan_page_get_dialog (KD_PLAN_PAGE (page)));
  }

  /* Xuất Excel: as Ctrl+E shows it, after an export, and when the folder does not exist. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  shoot (GTK_WIDGET (window), "export");
  {
    KdExportPage    *page = KD_EXPORT_PAGE (_kd_window_get_visible_page (window));
    g_autofree char *path = g_build_filename (folder, "Trường THCS Vạn Hòa 2023-2024.xlsx", NULL);
    g_autoptr (GFile) target = g_file_new_for_path (path);
    g_autoptr (GFile) nowhere = g_file_new_for_path ("/home/hieutruong/Tài liệu cũ/Trường THCS Vạn Hòa.xlsx");

    _kd_export_page_set_file (page, target);
    gtk_widget_activate_action (GTK_WIDGET (page), "export.run", NULL);
    shoot (GTK_WIDGET (window), "export-done");
    _kd_export_page_set_file (page, nowhere);
    gtk_widget_activate_action (GTK_WIDGET (page), "export.run", NULL);
    shoot (GTK_WIDGET (window), "export-failed");
  }

  /* The wizard: a criterion below its top level (the reason shows), then one citing a code the
   * evidence list lacks (underlined, named under the text). */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-criterion", "s", "2.1");
  shoot (GTK_WIDGET (window), "wizard");
  {
    KdDocument        *doc = kd_window_get_document (window);
    KdCriterionRecord *record = kd_document_get_criterion (doc, "3.2");

    kd_criterion_record_set_description (record, "1a", "Nhà trường có phòng học đủ theo quy định [H3-3.2-01]; [H3-3.2-09].");
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-criterion", "s", "3.2");
    shoot (GTK_WIDGET (window), "wizard-unknown-code");
  }

  /* A council that breaks the rule of TT 57: the warnings say what is wrong. */
  {
    g_autoptr (KdDocument) doc = kd_document_new (kd_framework_registry_lookup (kd_framework_registry_get_default (), "tt57-2026-pt"));
    const char *names[] = { "Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung" };

    g_object_set (kd_document_get_school (doc), "name", "Trường THCS Nguyễn Bỉnh Khiêm", NULL);
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autoptr (KdMember) member = kd_member_new (names[i], i == 0 ? KD_ROLE_CHAIR : KD_ROLE_MEMBER);

        kd_document_append_item (doc, kd_document_get_members (doc), KD_ITEM (member));
      }
    kd_window_set_document (window, doc, NULL);
    _kd_window_show_page (window, KD_TYPE_COUNCIL_PAGE);
    shoot (GTK_WIDGET (window), "council-warnings");

    /* The same TT 57 school half-way through: its overview, with the plan-review reminder. */
    g_object_set (kd_document_get_cycle (doc), "school-year", "2026-2027", "target-level", 2, NULL);
    for (guint i = 0; i < kd_framework_get_criteria (kd_document_get_framework (doc))->len; i++)
      {
        const KdCriterionDef *def = g_ptr_array_index (kd_framework_get_criteria (kd_document_get_framework (doc)), i);

        for (guint j = 0; j < def->indicators->len && i < 11; j++)
          {
            const KdIndicatorDef *ind = g_ptr_array_index (def->indicators, j);

            kd_criterion_record_set_indicator (kd_document_get_criterion (doc, def->code), ind->id,
                                               (i + j) % 7 == 3 ? KD_STATE_UNMET : KD_STATE_MET);
          }
      }
    _kd_window_show_page (window, KD_TYPE_SUMMARY_PAGE);
    shoot (GTK_WIDGET (window), "summary-tt57");
    /* TT 57: a mandatory criterion with suggested evidence and quantitative data, then the page
     * of a standard's strengths and weaknesses. */
    kd_criterion_record_set_indicator (kd_document_get_criterion (doc, "1.3"), "1", KD_STATE_MET);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-criterion", "s", "1.3");
    shoot (GTK_WIDGET (window), "wizard-tt57");
    {
      GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_template_child (
          _kd_window_get_page (window, KD_TYPE_WIZARD_PAGE), KD_TYPE_WIZARD_PAGE, "sheet_scroller"));
      GtkAdjustment     *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      shoot (GTK_WIDGET (window), "wizard-tt57-end");
    }
    gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL);
    shoot (GTK_WIDGET (window), "wizard-tt57-standard");
  }

  /* A working group's package: the school's information and the council are for reading. */
  {
    g_autofree char *path = g_build_filename (folder, "Nhóm công tác 1 - 2023-2024.kdcl", NULL);
    g_autoptr (GFile) package = g_file_new_for_path (path);
    KdDocument *document;
    const char *owner;

    if (!kd_window_open_file (window, sample_file, &error))
      g_error ("%s", error->message);
    document = kd_window_get_document (window);
    owner = kd_package_find_owner (document, "Nhóm công tác 1");
    if (owner == NULL || !kd_package_write (document, owner, package, &error) ||
        !kd_window_open_file (window, package, &error))
      g_error ("%s", error != NULL ? error->message : "no Nhóm công tác 1 in the sample");
    _kd_window_show_page (window, KD_TYPE_SCHOOL_PAGE);
    shoot (GTK_WIDGET (window), "package-school");
    _kd_window_show_page (window, KD_TYPE_COUNCIL_PAGE);
    shoot (GTK_WIDGET (window), "package-council");
    g_unlink (path);
  }

  /* The sample as a newer version would write it: read in every section, changed in none. */
  {
    g_autofree char *path = g_build_filename (folder, "Vạn Hòa - phiên bản mới.kdcl", NULL);
    g_autoptr (GFile) newer = g_file_new_for_path (path);
    g_autoptr (GBytes) bytes = g_file_load_bytes (sample_file, NULL, NULL, &error);
    g_autoptr (GString) text = NULL;

    if (bytes == NULL)
      g_error ("%s", error->message);
    text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    if (g_string_replace (text, "\"version\" : 1,", "\"version\" : 2,", 1) != 1 ||
        !g_file_set_contents (path, text->str, text->len, &error) || !kd_window_open_file (window, newer, &error))
      g_error ("%s", error != NULL ? error->message : "no version in the sample");
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-criterion", "s", "3.2");
    shoot (GTK_WIDGET (window), "read-only-wizard");
    g_unlink (path);
  }

  /* Meeting mode on the sample: run it under a 1366×768 and a 1920×1080 screen to see both
   * projectors. */
  {
    GdkDisplay *display = gdk_display_get_default ();
    g_autoptr (GdkMonitor) monitor = g_list_model_get_item (gdk_display_get_monitors (display), 0);
    GdkRectangle     screen;
    KdMeetingWindow *meeting;
    g_autofree char *name = NULL;

    if (!kd_window_open_file (window, sample_file, &error))
      g_error ("%s", error->message);
    gdk_monitor_get_geometry (monitor, &screen);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.meeting", NULL);
    meeting = KD_MEETING_WINDOW (_kd_window_get_meeting_window (window));
    name = g_strdup_printf ("meeting-%dx%d", screen.width, screen.height);
    _kd_meeting_window_handle_key (meeting, GDK_KEY_Down, 0);
    _kd_meeting_window_handle_key (meeting, GDK_KEY_k, 0);
    shoot (GTK_WIDGET (meeting), name);
    _kd_meeting_window_handle_key (meeting, GDK_KEY_End, 0);
    _kd_meeting_window_handle_key (meeting, GDK_KEY_a, 0);
    g_free (name);
    name = g_strdup_printf ("meeting-last-%dx%d", screen.width, screen.height);
    shoot (GTK_WIDGET (meeting), name);
    _kd_meeting_window_handle_key (meeting, GDK_KEY_Escape, 0);
    g_free (name);
    name = g_strdup_printf ("meeting-summary-%dx%d", screen.width, screen.height);
    shoot (GTK_WIDGET (meeting), name);
    gtk_window_destroy (GTK_WINDOW (meeting));
  }

  /* The window lets go of the sample's lock; then the folder is left empty and removed. */
  gtk_window_destroy (GTK_WINDOW (window));
  {
    static const char *const leftovers[] = { "Trường THCS Vạn Hòa 2023-2024.kdcl", "Trường THCS Vạn Hòa 2023-2024.kdcl~",
                                             "Trường THCS Vạn Hòa 2023-2024.xlsx" };

    for (guint i = 0; i < G_N_ELEMENTS (leftovers); i++)
      {
        g_autofree char *path = g_build_filename (folder, leftovers[i], NULL);

        g_unlink (path);
      }
    if (g_rmdir (folder) != 0)
      g_printerr ("%s is not empty; left as it is\n", folder);
  }
  g_application_quit (app);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (KdApplication) app = NULL;

  if (argc < 2)
    {
      g_printerr ("usage: %s OUTDIR [--large]\n", argv[0]);
      return 2;
    }
  out_dir = argv[1];
  large = argc > 2 && g_str_equal (argv[2], "--large");
  gtk_disable_setlocale ();
  kd_i18n_init ();
  g_mkdir_with_parents (out_dir, 0755);
  /* Recovery copies and recent files of the screenshots stay out of the user's own. */
  {
    g_autofree char *state = g_dir_make_tmp ("kd-screenshots-XXXXXX", NULL);

    g_setenv ("XDG_STATE_HOME", state, TRUE);
    g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  }
  app = kd_application_new (G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
