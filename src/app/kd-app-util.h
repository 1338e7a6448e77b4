/* kd-app-util.h — small helpers of the application's widgets */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void  kd_widget_unparent_children (GtkWidget *widget);
char *kd_capitalize (const char *text);

G_END_DECLS
