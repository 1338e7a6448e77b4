/* screenshots.c — renders the shell's screens to PNG for people to look at
 *
 *   kd-screenshots OUTDIR [--large]
 *
 * At 1366×768 (the common office screen), or with --large in full screen with text scaled by 1.5
 * (a projector).  Run under Xvfb with GSK_RENDERER=cairo, LANGUAGE=vi and GSETTINGS_SCHEMA_DIR
 * pointing at the build's data folder (tools/run-screenshots does all that).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-council-page.h"
#include "kd-evidence-page.h"
#include "kd-i18n.h"
#include "kd-school-page.h"
#include "kd-snapshot.h"
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
  KdWindow        *window = kd_window_new (KD_APPLICATION (app));
  KdNewDialog     *dialog;
  g_autofree char *sample = g_build_filename (g_get_tmp_dir (), "Trường THCS Vạn Hòa 2023-2024.kdcl", NULL);
  g_autoptr (GFile) sample_file = g_file_new_for_path (sample);
  g_autoptr (GError) error = NULL;

  /* A page change cross-fades: the picture would catch it half-way. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  if (large)
    {
      g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 96 * 1024 * 3 / 2, NULL);
      gtk_window_fullscreen (GTK_WINDOW (window));
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));

  /* A recent file so the welcome screen shows its list. */
  if (!kd_window_open_sample (window, &error) || !kd_window_save_to_file (window, sample_file, &error))
    g_error ("%s", error->message);
  kd_window_set_document (window, NULL, NULL);
  shoot (GTK_WIDGET (window), "welcome");

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
  _kd_window_show_page (window, KD_TYPE_SCHOOL_PAGE);
  shoot (GTK_WIDGET (window), "school");
  _kd_window_show_page (window, KD_TYPE_COUNCIL_PAGE);
  shoot (GTK_WIDGET (window), "council");
  _kd_window_show_page (window, KD_TYPE_EVIDENCE_PAGE);
  shoot (GTK_WIDGET (window), "evidence");

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
  app = kd_application_new (G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
