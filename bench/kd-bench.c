/* kd-bench.c */
#include "config.h"

#include "kd-application.h"
#include "kd-bench.h"
#include "kd-i18n.h"

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;

  return x < y ? -1 : x > y;
}

/* @clock's time in µs: CLOCK_PROCESS_CPUTIME_ID for the processor time of this process, which
 * shared cores disturb far less than CLOCK_MONOTONIC's wall time. */
gint64
kd_bench_clock_us (clockid_t clock)
{
  struct timespec ts;

  clock_gettime (clock, &ts);
  return (gint64)ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* Prints the minimum, median, 90th percentile and maximum of @samples (gint64 µs), which it
 * sorts. */
void
kd_bench_report (const char *what,
                 GArray     *samples)
{
  guint n = samples->len;

  if (n == 0)
    return;
  g_array_sort (samples, compare_gint64);
  g_print ("%-40s min %5.1f ms   median %5.1f ms   p90 %5.1f ms   max %5.1f ms   (%u)\n", what,
           g_array_index (samples, gint64, 0) / 1000.0, g_array_index (samples, gint64, n / 2) / 1000.0,
           g_array_index (samples, gint64, n * 9 / 10) / 1000.0, g_array_index (samples, gint64, n - 1) / 1000.0, n);
}

/* The median of @samples (gint64 µs), which it sorts, in milliseconds; 0 if there are none. */
double
kd_bench_median_ms (GArray *samples)
{
  if (samples->len == 0)
    return 0;
  g_array_sort (samples, compare_gint64);
  return g_array_index (samples, gint64, samples->len / 2) / 1000.0;
}

/* Lets the window finish what it was doing (layout, deferred work, paints) before a timing. */
void
kd_bench_settle (void)
{
  for (guint i = 0; i < 50; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10000);
    }
}

/* Runs Kiểm Định's application with @activate connected to its "activate" (given @data), in
 * Vietnamese as the bench's environment asks, with settings in memory and recovery copies and
 * recent files in a folder of its own, away from the user's. */
int
kd_bench_run_app (char    **argv,
                  GCallback activate,
                  gpointer  data)
{
  g_autoptr (GApplication) app = NULL;
  g_autofree char *state = g_dir_make_tmp ("kd-bench-XXXXXX", NULL);

  gtk_disable_setlocale ();
  kd_i18n_init ();
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  app = G_APPLICATION (kd_application_new (G_APPLICATION_NON_UNIQUE));
  g_signal_connect (app, "activate", activate, data);
  return g_application_run (app, 1, argv);
}
