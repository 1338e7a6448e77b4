/* main.c — kiemdinh, the Kiểm Định application */
#include "config.h"

#include <gtk/gtk.h>

#include "kd-application.h"
#include "kd-i18n.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr (KdApplication) app = NULL;

  /* kd_i18n_init chooses the locale (Vietnamese even on a PC set to "C"); GTK must keep it. */
  gtk_disable_setlocale ();
  kd_i18n_init ();
  app = kd_application_new (G_APPLICATION_DEFAULT_FLAGS);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
