/* sections.c — how long a section of the window takes to show, the first time and again
 *
 *   bench-sections [ROUNDS] [MORE_EVIDENCE]
 *
 * Opens the bundled sample in the real window at 1366×768, with MORE_EVIDENCE documents added
 * to its evidence list (56 in the sample; a school's list often has a few hundred), and shows
 * each section of the sidebar in turn as a click on it does: the first time (the section is
 * built then) and once more, each until the frame that shows it is painted.  A new window each
 * round.  Prints, per section, the median over the rounds of the processor time of the process
 * and of the wall-clock time; then what the pointer crossing the evidence table costs: entering a
 * cell (its editor made, until the frame is painted) and leaving it (the editor dropped).  Run
 * under Xvfb with GSK_RENDERER set, LANGUAGE=vi and GSETTINGS_SCHEMA_DIR pointing at the build's
 * data folder (docs/PERFORMANCE.md).
 */
#include "config.h"

#include <stdlib.h>

#include "kd-bench.h"
#include "kd-evidence.h"
#include "kd-evidence-page.h"
#include "kd-field-entry.h"
#include "kd-page.h"
#include "kd-window-private.h"

enum
{
  FIRST_CPU,
  FIRST_WALL,
  AGAIN_CPU,
  AGAIN_WALL,
  N_MEASURES
};

typedef struct
{
  guint   rounds;
  guint   more_evidence;
  GArray *samples[32][N_MEASURES]; /* gint64 µs, per section */
  GArray *crossing[2][2];          /* [entering, leaving a cell][CPU, wall], gint64 µs */
} Bench;

static void
add_evidence (KdDocument *document,
              guint       n)
{
  GListStore *evidence = G_LIST_STORE (kd_document_get_evidence (document));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *code = g_strdup_printf ("[H5-5.6-%03u]", i + 1);
      g_autoptr (KdEvidence) listed = kd_evidence_new (code, "Biên bản họp tổ chuyên môn về đổi mới phương pháp dạy học");

      g_object_set (listed, "number-date", "Số 12/BB-TCM, ngày 15/10/2023", "issuer", "Tổ Khoa học tự nhiên", "location",
                    "Hộp 5", NULL);
      g_list_store_append (evidence, listed);
    }
}

/* Shows section @index and waits for the frame that shows it. */
static void
time_section (KdWindow *window,
              guint     index,
              GArray   *cpu,
              GArray   *wall)
{
  gint64 cpu_start = kd_bench_clock_us (CLOCK_PROCESS_CPUTIME_ID), wall_start = g_get_monotonic_time ();
  gint64 elapsed;

  if (!_kd_window_show_page (window, _kd_window_section_type (index)))
    return;
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  elapsed = kd_bench_clock_us (CLOCK_PROCESS_CPUTIME_ID) - cpu_start;
  g_array_append_val (cpu, elapsed);
  elapsed = g_get_monotonic_time () - wall_start;
  g_array_append_val (wall, elapsed);
  kd_bench_settle ();
}

static void
collect_fields (GtkWidget *root,
                GPtrArray *fields)
{
  if (KD_IS_FIELD_ENTRY (root) && gtk_widget_get_mapped (root))
    g_ptr_array_add (fields, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_fields (child, fields);
}

/* Gives @field's pointer controller @signal, as GTK does when the pointer crosses into or out of
 * it, and waits for the frame after it (and the idle that drops an editor left). */
static void
time_crossing (GtkWidget  *field,
               const char *signal,
               GArray     *cpu,
               GArray     *wall)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (field);
  gint64 cpu_start = kd_bench_clock_us (CLOCK_PROCESS_CPUTIME_ID), wall_start = g_get_monotonic_time ();
  gint64 elapsed;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_EVENT_CONTROLLER_MOTION (controller))
        continue;
      if (g_str_equal (signal, "enter"))
        g_signal_emit_by_name (controller, signal, 4.0, 4.0);
      else
        g_signal_emit_by_name (controller, signal);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
  gtk_test_widget_wait_for_draw (gtk_widget_get_ancestor (field, GTK_TYPE_WINDOW));
  elapsed = kd_bench_clock_us (CLOCK_PROCESS_CPUTIME_ID) - cpu_start;
  g_array_append_val (cpu, elapsed);
  elapsed = g_get_monotonic_time () - wall_start;
  g_array_append_val (wall, elapsed);
}

/* The pointer along the evidence table's first rows, cell by cell. */
static void
time_pointer_across_table (KdWindow *window,
                           Bench    *bench)
{
  g_autoptr (GPtrArray) fields = g_ptr_array_new ();

  _kd_window_show_page (window, KD_TYPE_EVIDENCE_PAGE);
  kd_bench_settle ();
  collect_fields (_kd_window_get_page (window, KD_TYPE_EVIDENCE_PAGE), fields);
  for (guint i = 0; i < MIN (fields->len, 40); i++)
    {
      time_crossing (fields->pdata[i], "enter", bench->crossing[0][0], bench->crossing[0][1]);
      time_crossing (fields->pdata[i], "leave", bench->crossing[1][0], bench->crossing[1][1]);
    }
}

static void
activate_cb (GApplication *app,
             Bench        *bench)
{
  guint n_sections = MIN (_kd_window_n_sections (), G_N_ELEMENTS (bench->samples));
  guint n_evidence = 0;

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  for (guint s = 0; s < n_sections; s++)
    for (guint m = 0; m < N_MEASURES; m++)
      bench->samples[s][m] = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint way = 0; way < 2; way++)
    for (guint measure = 0; measure < 2; measure++)
      bench->crossing[way][measure] = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint round = 0; round < bench->rounds; round++)
    {
      KdWindow *window = kd_window_new (KD_APPLICATION (app));
      g_autoptr (GError) error = NULL;

      gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
      gtk_window_present (GTK_WINDOW (window));
      if (!kd_window_open_sample (window, &error))
        g_error ("%s", error->message);
      add_evidence (kd_window_get_document (window), bench->more_evidence);
      n_evidence = g_list_model_get_n_items (kd_document_get_evidence (kd_window_get_document (window)));
      kd_bench_settle ();
      /* The overview is shown with the document; the others are built when first shown. */
      for (guint s = 1; s < n_sections; s++)
        time_section (window, s, bench->samples[s][FIRST_CPU], bench->samples[s][FIRST_WALL]);
      for (guint s = 0; s < n_sections; s++)
        time_section (window, s, bench->samples[s][AGAIN_CPU], bench->samples[s][AGAIN_WALL]);
      time_pointer_across_table (window, bench);
      gtk_window_destroy (GTK_WINDOW (window));
      kd_bench_settle ();
    }

  g_print ("\n%u documents in the evidence list, medians of %u rounds\n\n", n_evidence, bench->rounds);
  g_print ("| section | first time, CPU | first time, wall | again, CPU | again, wall |\n");
  g_print ("|---|---:|---:|---:|---:|\n");
  for (guint s = 0; s < n_sections; s++)
    {
      if (s == 0)
        g_print ("| %s | (with the document) | | %.1f ms | %.1f ms |\n", kd_page_type_get_title (_kd_window_section_type (s)),
                 kd_bench_median_ms (bench->samples[s][AGAIN_CPU]), kd_bench_median_ms (bench->samples[s][AGAIN_WALL]));
      else
        g_print ("| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |\n", kd_page_type_get_title (_kd_window_section_type (s)),
                 kd_bench_median_ms (bench->samples[s][FIRST_CPU]), kd_bench_median_ms (bench->samples[s][FIRST_WALL]),
                 kd_bench_median_ms (bench->samples[s][AGAIN_CPU]), kd_bench_median_ms (bench->samples[s][AGAIN_WALL]));
      for (guint m = 0; m < N_MEASURES; m++)
        g_array_unref (bench->samples[s][m]);
    }
  g_print ("\nThe pointer across the evidence table, %u crossings: entering a cell %.1f ms CPU, %.1f ms wall; "
           "leaving it %.1f ms CPU, %.1f ms wall (medians, until the next frame is painted)\n",
           bench->crossing[0][0]->len, kd_bench_median_ms (bench->crossing[0][0]), kd_bench_median_ms (bench->crossing[0][1]),
           kd_bench_median_ms (bench->crossing[1][0]), kd_bench_median_ms (bench->crossing[1][1]));
  for (guint way = 0; way < 2; way++)
    for (guint measure = 0; measure < 2; measure++)
      g_array_unref (bench->crossing[way][measure]);
  g_application_quit (app);
}

int
main (int    argc,
      char **argv)
{
  Bench bench = { 0 };

  bench.rounds = argc > 1 ? (guint)atoi (argv[1]) : 5;
  bench.more_evidence = argc > 2 ? (guint)atoi (argv[2]) : 0;
  if (bench.rounds == 0)
    bench.rounds = 5;
  bench.more_evidence = MIN (bench.more_evidence, 999);
  return kd_bench_run_app (argv, G_CALLBACK (activate_cb), &bench);
}
