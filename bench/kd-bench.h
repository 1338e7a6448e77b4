/* kd-bench.h — what the frame-timing benches share */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void kd_bench_report (const char *what,
                      GArray     *samples);
void kd_bench_settle (void);

G_END_DECLS
