/* kd-application.c
 *
 * One instance per user session: a .kdcl opened from the file manager or the command line while
 * Kiểm Định runs opens in the running instance (GApplication's D-Bus uniqueness).  The
 * application owns what every window shares: the framework catalogues, the settings, and the
 * recovery folder.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-application-private.h"
#include "kd-error.h"
#include "kd-page.h"
#include "kd-window.h"

#define MAX_RECENT 10

struct _KdApplication
{
  GtkApplication parent_instance;

  KdFrameworkRegistry  *registry;
  GSettings            *settings;
  KdRecovery           *recovery;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (KdApplication, kd_application, GTK_TYPE_APPLICATION)

KdFrameworkRegistry *
kd_application_get_registry (KdApplication *self)
{
  g_return_val_if_fail (KD_IS_APPLICATION (self), NULL);
  return self->registry;
}

GSettings *
kd_application_get_settings (KdApplication *self)
{
  g_return_val_if_fail (KD_IS_APPLICATION (self), NULL);
  return self->settings;
}

KdRecovery *
kd_application_get_recovery (KdApplication *self)
{
  g_return_val_if_fail (KD_IS_APPLICATION (self), NULL);
  return self->recovery;
}

void
_kd_application_set_recovery (KdApplication *self,
                              KdRecovery    *recovery)
{
  g_return_if_fail (KD_IS_APPLICATION (self));
  g_return_if_fail (KD_IS_RECOVERY (recovery));
  g_set_object (&self->recovery, recovery);
}

/* ---- recent files ------------------------------------------------------------------- */

static void
change_recent (KdApplication *self,
               GFile         *file,
               gboolean       add)
{
  g_auto (GStrv) old = g_settings_get_strv (self->settings, "recent-files");
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *uri = g_file_get_uri (file);
  g_auto (GStrv) recent = NULL;
  guint n = 0;

  if (add)
    {
      g_strv_builder_add (builder, uri);
      n++;
    }
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (!g_str_equal (old[i], uri))
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char *const *)recent);
}

void
kd_application_add_recent (KdApplication *self,
                           GFile         *file)
{
  g_return_if_fail (KD_IS_APPLICATION (self));
  change_recent (self, file, TRUE);
}

void
kd_application_forget_recent (KdApplication *self,
                              GFile         *file)
{
  g_return_if_fail (KD_IS_APPLICATION (self));
  change_recent (self, file, FALSE);
}

/* ---- windows ------------------------------------------------------------------------ */

static gboolean
is_empty (GtkWindow *window)
{
  return KD_IS_WINDOW (window) && kd_window_get_document (KD_WINDOW (window)) == NULL;
}

/* A window that shows no document: the active one if it is empty, else another, else a new one. */
KdWindow *
kd_application_get_empty_window (KdApplication *self)
{
  GtkWindow *active;

  g_return_val_if_fail (KD_IS_APPLICATION (self), NULL);
  active = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (active != NULL && is_empty (active))
    return KD_WINDOW (active);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (is_empty (l->data))
      return l->data;
  return kd_window_new (self);
}

static void
report_first_frame_cb (GdkFrameClock *clock,
                       gpointer       data)
{
  GApplication *app = data;

  /* For bench/startup: the moment the window with its document is first on screen. */
  g_print ("first-frame-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, report_first_frame_cb, data);
  if (g_strcmp0 (g_getenv ("KIEMDINH_BENCH"), "quit") == 0)
    g_application_quit (app);
}

static void
window_mapped_cb (GtkWidget *window,
                  gpointer   data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_handlers_disconnect_by_func (window, window_mapped_cb, data);
  if (clock != NULL)
    g_signal_connect (clock, "after-paint", G_CALLBACK (report_first_frame_cb), data);
}

static void
present (KdApplication *self,
         KdWindow      *window)
{
  if (g_getenv ("KIEMDINH_BENCH") != NULL && !gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_signal_connect (window, "map", G_CALLBACK (window_mapped_cb), self);
  gtk_window_present (GTK_WINDOW (window));
}

/**
 * kd_application_open_file:
 *
 * Shows @file: the window that already has it, or an empty or new window.  A file that cannot
 * be opened is explained in a dialog.
 *
 * Returns: (transfer none): the window
 */
KdWindow *
kd_application_open_file (KdApplication *self,
                          GFile         *file)
{
  g_autoptr (GError) error = NULL;
  KdWindow *window;

  g_return_val_if_fail (KD_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (KD_IS_WINDOW (l->data) && kd_window_get_file (l->data) != NULL &&
        g_file_equal (kd_window_get_file (l->data), file))
      {
        gtk_window_present (l->data);
        return l->data;
      }

  window = kd_application_get_empty_window (self);
  if (!kd_window_open_file (window, file, &error))
    {
      if (g_error_matches (error, KD_ERROR, KD_ERROR_NOT_FOUND))
        kd_application_forget_recent (self, file);
      kd_window_show_message (window, _ ("The assessment could not be opened"), error->message);
    }
  present (self, window);
  return window;
}

/* ---- app actions -------------------------------------------------------------------- */

static void
new_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       data)
{
  KdApplication *self = data;
  KdWindow      *window = kd_application_get_empty_window (self);

  gtk_window_present (GTK_WINDOW (window));
  kd_window_new_assessment (window);
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  KdApplication   *self)
{
  g_autoptr (GListModel) files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  for (guint i = 0; files != NULL && i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr (GFile) file = g_list_model_get_item (files, i);

      kd_application_open_file (self, file);
    }
}

static void
open_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       data)
{
  KdApplication *self = data;
  g_autoptr (GtkFileFilter) documents = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) everything = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;
  gtk_file_filter_set_name (documents, _ ("Kiểm Định assessments (.kdcl)"));
  gtk_file_filter_add_pattern (documents, "*.kdcl");
  gtk_file_filter_add_mime_type (documents, "application/x-kiemdinh");
  gtk_file_filter_set_name (everything, _ ("All files"));
  gtk_file_filter_add_pattern (everything, "*");
  self->chooser = gtk_file_chooser_native_new (_ ("Open an Assessment"), gtk_application_get_active_window (GTK_APPLICATION (self)),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Open"), _ ("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), documents);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), everything);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (open_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       data)
{
  g_autoptr (GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (data)));

  /* Each window asks about its own unsaved work; the application ends with the last one. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       data)
{
  const char *developers[] = { _ ("Kiểm Định team"), NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (data)),
                         "program-name", "Kiểm Định",
                         "version", PACKAGE_VERSION,
                         "logo-icon-name", APP_ID,
                         "comments", _ ("Quality self-assessment of schools, criterion by criterion, as the regulations of the Ministry of Education and Training ask."),
                         "website", "https://kiemdinh.vn",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", developers,
                         NULL);
}

static void
shortcuts_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (data));

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static const GActionEntry app_actions[] = {
  { "new", new_activated, NULL, NULL, NULL, { 0 } },
  { "open", open_activated, NULL, NULL, NULL, { 0 } },
  { "quit", quit_activated, NULL, NULL, NULL, { 0 } },
  { "about", about_activated, NULL, NULL, NULL, { 0 } },
  { "shortcuts", shortcuts_activated, NULL, NULL, NULL, { 0 } },
};

/* ---- GApplication ------------------------------------------------------------------- */

static void
kd_application_startup (GApplication *application)
{
  KdApplication *self = KD_APPLICATION (application);
  const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.new", { "<Control>n", NULL } },
    { "app.open", { "<Control>o", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };

  G_APPLICATION_CLASS (kd_application_parent_class)->startup (application);

  self->settings = g_settings_new (APP_ID);
  self->registry = g_object_ref (kd_framework_registry_get_default ());
  self->recovery = kd_recovery_new (NULL);
  kd_style_init ();
  gtk_window_set_default_icon_name (APP_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);
}

static void
kd_application_activate (GApplication *application)
{
  KdApplication *self = KD_APPLICATION (application);
  GtkWindow     *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (kd_window_new (self));
  present (self, KD_WINDOW (window));
}

static void
kd_application_open (GApplication *application,
                     GFile       **files,
                     int           n_files,
                     const char   *hint)
{
  for (int i = 0; i < n_files; i++)
    kd_application_open_file (KD_APPLICATION (application), files[i]);
}

static void
kd_application_dispose (GObject *object)
{
  KdApplication *self = KD_APPLICATION (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->settings);
  g_clear_object (&self->registry);
  g_clear_object (&self->recovery);
  G_OBJECT_CLASS (kd_application_parent_class)->dispose (object);
}

static void
kd_application_class_init (KdApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kd_application_dispose;
  app_class->startup = kd_application_startup;
  app_class->activate = kd_application_activate;
  app_class->open = kd_application_open;
}

static void
kd_application_init (KdApplication *self)
{
}

/**
 * kd_application_new:
 * @extra_flags: G_APPLICATION_NON_UNIQUE for tests that run several instances
 */
KdApplication *
kd_application_new (GApplicationFlags extra_flags)
{
  return g_object_new (KD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | extra_flags,
                       NULL);
}
