/* kd-app-util.h — small helpers of the application's widgets */
#pragma once

#include <gtk/gtk.h>

#include "kd-item.h"

G_BEGIN_DECLS

void     kd_widget_unparent_children (GtkWidget *widget);
char    *kd_capitalize (const char *text);
gboolean kd_item_can_be_edited (KdItem *item);

G_END_DECLS
