/* kd-app-util.c */
#include "config.h"

#include "kd-app-util.h"

/* For widgets whose template gives them children directly (a GtkWidget with a layout manager):
 * gtk_widget_dispose_template() clears the bound fields, the widget unparents what is left. */
void
kd_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}
