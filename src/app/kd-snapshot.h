/* kd-snapshot.h — render a realized widget to a PNG (screenshots for review, bench programs) */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean kd_snapshot_widget_to_png (GtkWidget  *widget,
                                    const char *path,
                                    GError    **error);

G_END_DECLS
