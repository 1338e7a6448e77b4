/* kd-bench.h — what the frame-timing benches share */
#pragma once

#include <gtk/gtk.h>
#include <time.h>

G_BEGIN_DECLS

void   kd_bench_report (const char *what,
                        GArray     *samples);
void   kd_bench_settle (void);
double kd_bench_median_ms (GArray *samples);
gint64 kd_bench_clock_us (clockid_t clock);
int    kd_bench_run_app (char    **argv,
                         GCallback activate,
                         gpointer  data);

G_END_DECLS
