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

/* "kế hoạch …" → "Kế hoạch …": core's problem messages follow a location; alone they are
 * sentences. */
char *
kd_capitalize (const char *text)
{
  char first[8] = { 0 };

  g_return_val_if_fail (text != NULL, NULL);
  if (*text == '\0')
    return g_strdup ("");
  g_unichar_to_utf8 (g_unichar_toupper (g_utf8_get_char (text)), first);
  return g_strconcat (first, g_utf8_next_char (text), NULL);
}
