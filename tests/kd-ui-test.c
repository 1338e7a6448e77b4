/* kd-ui-test.c — what every test of the real window needs */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "kd-app-util.h"
#include "kd-application-private.h"
#include "kd-banner.h"
#include "kd-i18n.h"
#include "kd-recovery.h"
#include "kd-ui-test.h"

/* Starts GTK in Vietnamese with dates in UTC and returns the one application of the program:
 * GApplication registers its D-Bus path once, so every case shares it. */
KdApplication *
kd_ui_test_init (int    *argc,
                 char ***argv)
{
  KdApplication *app;

  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("LANGUAGE", "vi", TRUE);
  gtk_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  kd_i18n_init ();
  app = kd_application_new (G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  return app;
}

/* Lets the main loop run what is pending: idles, the frame clock, a second chance for what those
 * queued. */
void
kd_ui_test_settle (void)
{
  for (guint round = 0; round < 3; round++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

/* A 1366×768 window on screen, with a recovery folder of its own in @dir. */
KdWindow *
kd_ui_test_window_new (KdApplication *app,
                       const char    *dir)
{
  g_autofree char *recovery_dir = g_build_filename (dir, "recovery", NULL);
  g_autoptr (KdRecovery) recovery = kd_recovery_new (recovery_dir);
  KdWindow *window;

  _kd_application_set_recovery (app, recovery);
  window = kd_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  kd_ui_test_settle ();
  return window;
}

/* Nothing a test opens is meant to be kept: closes without the question about unsaved changes. */
void
kd_ui_test_close_windows (KdApplication *app)
{
  g_autoptr (GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  kd_ui_test_settle ();
}

void
kd_ui_test_remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      if (g_file_test (file, G_FILE_TEST_IS_DIR))
        kd_ui_test_remove_tree (file);
      else
        g_remove (file);
    }
  g_rmdir (path);
}

static KdBanner *
banner_of (KdWindow *window)
{
  return KD_BANNER (gtk_widget_get_template_child (GTK_WIDGET (window), KD_TYPE_WINDOW, "banner"));
}

/* The message of the banner as a user sees it: none while it is hidden. */
const char *
kd_ui_test_banner_text (KdWindow *window)
{
  KdBanner *banner = banner_of (window);

  return kd_banner_get_revealed (banner) ? kd_banner_get_message (banner) : "";
}

/* The label of the button beside the banner's message: none while it is hidden or has none. */
const char *
kd_ui_test_banner_button (KdWindow *window)
{
  KdBanner *banner = banner_of (window);

  return kd_banner_get_revealed (banner) ? kd_banner_get_button_label (banner) : NULL;
}

/* The tooltip a pointer resting on @widget shows, or NULL if it shows none. */
const char *
kd_ui_test_tooltip (GtkWidget *widget)
{
  g_autoptr (GObject) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  if (!gtk_widget_get_has_tooltip (widget))
    return NULL;
  g_signal_emit_by_name (widget, "query-tooltip", 1, 1, FALSE, tooltip, &shown);
  return shown ? kd_widget_get_tooltip (widget) : NULL;
}

/* A key press given to @widget's key controllers as GTK delivers it: those of the capture phase
 * first, until one handles it.  Returns whether one did. */
gboolean
kd_ui_test_press_key (GtkWidget      *widget,
                      guint           keyval,
                      GdkModifierType state)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (int capture = 1; capture >= 0 && !handled; capture--)
    for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
      {
        g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
            (gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE) == capture)
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
      }
  return handled;
}

/* A press of the pointer's button at (@x, @y) of @widget, given to its click gestures. */
void
kd_ui_test_click (GtkWidget *widget,
                  int        n_press,
                  double     x,
                  double     y)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        g_signal_emit_by_name (controller, "pressed", n_press, x, y);
    }
}
