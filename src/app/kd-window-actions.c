/* kd-window-actions.c — every win.* command of the main window, and its shortcut
 *
 * Commands that a text field could want for itself (Ctrl+Z, Ctrl+F) are bindings of the window
 * class: the focused widget sees the key first.  Commands that belong to the window whatever has
 * the focus (save, export, previous / next criterion, full screen) are caught before any child.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-export-page.h"
#include "kd-meeting-window.h"
#include "kd-page.h"
#include "kd-plan-page.h"
#include "kd-window-private.h"

/* ---- saving ------------------------------------------------------------------------- */

static void
save_to (KdWindow *self,
         GFile    *file)
{
  g_autoptr (GError) error = NULL;

  if (!kd_window_save_to_file (self, file, &error))
    {
      self->close_after_save = FALSE;
      kd_window_show_message (self, _ ("The assessment could not be saved"), error->message);
      return;
    }
  if (self->close_after_save)
    {
      self->close_after_save = FALSE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/* "Trường THCS Vạn Hòa 2023-2024.kdcl": what the file is about, without characters that
 * Windows refuses in names. */
static char *
suggest_file_name (KdDocument *document)
{
  const char      *school = kd_school_get_name (kd_document_get_school (document));
  const char      *year = kd_cycle_get_school_year (kd_document_get_cycle (document));
  g_autofree char *name = g_strdup_printf ("%s%s%s.kdcl", *school != '\0' ? school : _ ("Self-assessment"),
                                           *year != '\0' ? " " : "", year);

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_steal_pointer (&name);
}

static GFile *
with_suffix (GFile      *file,
             const char *suffix)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folded = g_utf8_strdown (name, -1);
  g_autofree char *named = NULL;
  g_autoptr (GFile) parent = NULL;

  if (g_str_has_suffix (folded, suffix))
    return g_object_ref (file);
  parent = g_file_get_parent (file);
  named = g_strconcat (name, suffix, NULL);
  return parent != NULL ? g_file_get_child (parent, named) : g_object_ref (file);
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  KdWindow        *self)
{
  g_autoptr (GFile) chosen = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  if (chosen == NULL)
    {
      self->close_after_save = FALSE;
      return;
    }
  {
    g_autoptr (GFile) file = with_suffix (chosen, ".kdcl");

    save_to (self, file);
  }
}

static GtkFileFilter *
documents_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _ ("Kiểm Định assessments (.kdcl)"));
  gtk_file_filter_add_pattern (filter, "*.kdcl");
  gtk_file_filter_add_mime_type (filter, "application/x-kiemdinh");
  return filter;
}

static void
choose_save_file (KdWindow *self)
{
  g_autoptr (GtkFileFilter) filter = documents_filter ();
  g_autofree char *name = suggest_file_name (self->document);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_ ("Save the Assessment"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _ ("_Save"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), self->file, NULL);
  else
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (save_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
_kd_window_save (KdWindow *self,
                 gboolean  choose_file)
{
  if (self->document == NULL || kd_document_get_read_only (self->document))
    return;
  if (choose_file || self->file == NULL)
    {
      /* The text being typed belongs in the file chosen next. */
      _kd_window_commit_edits (self);
      choose_save_file (self);
    }
  else
    save_to (self, self->file);
}

static void
save_cb (GtkWidget  *widget,
         const char *action,
         GVariant   *parameter)
{
  _kd_window_save (KD_WINDOW (widget), FALSE);
}

static void
save_as_cb (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  _kd_window_save (KD_WINDOW (widget), TRUE);
}

/* ---- export ------------------------------------------------------------------------- */

/* Ctrl+E shows the Xuất Excel section, where the layout and the file are chosen. */
static void
export_cb (GtkWidget  *widget,
           const char *action,
           GVariant   *parameter)
{
  _kd_window_show_page (KD_WINDOW (widget), KD_TYPE_EXPORT_PAGE);
}

/* ---- editing ------------------------------------------------------------------------ */

static void
undo_cb (GtkWidget  *widget,
         const char *action,
         GVariant   *parameter)
{
  KdWindow *self = KD_WINDOW (widget);

  if (self->document == NULL)
    return;
  /* Text still being typed is committed first, so Ctrl+Z takes back exactly that. */
  _kd_window_commit_edits (self);
  if (!kd_document_undo (self->document))
    gtk_widget_error_bell (widget);
}

static void
redo_cb (GtkWidget  *widget,
         const char *action,
         GVariant   *parameter)
{
  KdWindow *self = KD_WINDOW (widget);

  if (self->document == NULL)
    return;
  _kd_window_commit_edits (self);
  if (!kd_document_redo (self->document))
    gtk_widget_error_bell (widget);
}

static KdPage *
visible_page (KdWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->content);

  return self->document != NULL && page != NULL && KD_IS_PAGE (page) ? KD_PAGE (page) : NULL;
}

static void
find_cb (GtkWidget  *widget,
         const char *action,
         GVariant   *parameter)
{
  KdPage *page = visible_page (KD_WINDOW (widget));

  if (page == NULL || !kd_page_start_search (page))
    gtk_widget_error_bell (widget);
}

static void
move_cb (GtkWidget  *widget,
         const char *action,
         GVariant   *parameter)
{
  KdPage *page = visible_page (KD_WINDOW (widget));
  int     direction = g_str_equal (action, "win.previous") ? -1 : 1;

  if (page == NULL || !kd_page_move (page, direction))
    gtk_widget_error_bell (widget);
}

/* win.show-criterion("3.2"): the first listed page that can show the criterion shows it. */
/* The plan's reviews, from the overview's reminder: the plan's section, its reviews open. */
static void
plan_reviews_cb (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  KdWindow *self = KD_WINDOW (widget);

  if (self->document == NULL || !_kd_window_show_page (self, KD_TYPE_PLAN_PAGE))
    return;
  gtk_widget_activate_action (_kd_window_get_page (self, KD_TYPE_PLAN_PAGE), "plan.reviews", NULL);
}

static void
show_criterion_cb (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  KdWindow   *self = KD_WINDOW (widget);
  const char *criterion_id = g_variant_get_string (parameter, NULL);

  if (self->document == NULL)
    return;
  for (guint i = 0; i < _kd_window_n_sections (); i++)
    {
      GType   type = _kd_window_section_type (i);
      KdPage *page;

      if (!kd_page_type_can_show_criterion (type) || !_kd_window_page_is_listed (self, type))
        continue;
      page = KD_PAGE (_kd_window_get_page (self, type));
      _kd_window_attach_page (self, GTK_WIDGET (page));
      if (kd_page_show_criterion (page, criterion_id))
        {
          _kd_window_show_page (self, type);
          return;
        }
    }
  gtk_widget_error_bell (widget);
}

/* ---- meeting mode ------------------------------------------------------------------ */

static void
meeting_cb (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  KdWindow *self = KD_WINDOW (widget);

  if (self->document == NULL)
    return;
  if (self->meeting_window == NULL)
    {
      _kd_window_commit_edits (self);
      g_set_weak_pointer (&self->meeting_window, GTK_WIDGET (kd_meeting_window_start (GTK_WINDOW (self), self->document)));
    }
  gtk_window_present (GTK_WINDOW (self->meeting_window));
}

/* Built when asked for: GtkApplication would build gtk/help-overlay.ui with every window, about
 * a twentieth of what opening a document costs, for a window few people open. */
static void
show_shortcuts_cb (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  KdWindow *self = KD_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource ("/vn/kiemdinh/KiemDinh/kd-shortcuts-window.ui");
      GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));

      gtk_window_set_transient_for (window, GTK_WINDOW (self));
      gtk_window_set_destroy_with_parent (window, TRUE);
      g_set_weak_pointer (&self->shortcuts_window, GTK_WIDGET (window));
    }
  /* The grid's keys are what someone in the plan looks for. */
  g_object_set (self->shortcuts_window, "section-name",
                KD_IS_PLAN_PAGE (_kd_window_get_visible_page (self)) ? "plan" : "shortcuts", NULL);
  gtk_window_present (GTK_WINDOW (self->shortcuts_window));
}

/* ---- opening ------------------------------------------------------------------------ */

static void
open_sample_cb (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  KdWindow *self = KD_WINDOW (widget);
  KdWindow *target = self->document == NULL
                         ? self
                         : kd_application_get_empty_window (KD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  g_autoptr (GError) error = NULL;

  if (!kd_window_open_sample (target, &error))
    kd_window_show_message (target, _ ("The sample could not be opened"), error->message);
  gtk_window_present (GTK_WINDOW (target));
}

static void
open_recent_cb (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  KdApplication *app = KD_APPLICATION (gtk_window_get_application (GTK_WINDOW (widget)));
  const char    *uri = g_variant_get_string (parameter, NULL);
  g_autoptr (GFile) file = g_file_new_for_uri (uri);

  kd_application_open_file (app, file);
}

static void
recover_cb (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  _kd_window_recover (KD_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
discard_recovery_cb (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  _kd_window_discard_recovery (KD_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_problems_cb (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  KdWindow            *self = KD_WINDOW (widget);
  const KdProblemList *problems;
  g_autoptr (GString) text = g_string_new (NULL);

  if (self->document == NULL)
    return;
  problems = kd_document_get_load_problems (self->document);
  for (guint i = 0; i < problems->items->len && i < 50; i++)
    {
      g_autofree char *line = kd_problem_to_string (g_ptr_array_index (problems->items, i));

      g_string_append_printf (text, "• %s\n", line);
    }
  if (problems->items->len > 50)
    g_string_append_printf (text, _ ("… and %u more."), problems->items->len - 50);
  kd_window_show_message (self, _ ("What could not be read"), text->str);
}

/* ---- installation ------------------------------------------------------------------- */

static void
add_window_shortcut (GtkEventController *controller,
                     const char         *trigger,
                     const char         *action)
{
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                                          gtk_named_action_new (action)));
}

void
_kd_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_cb);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_cb);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_cb);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_cb);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_cb);
  gtk_widget_class_install_action (widget_class, "win.previous", NULL, move_cb);
  gtk_widget_class_install_action (widget_class, "win.next", NULL, move_cb);
  gtk_widget_class_install_property_action (widget_class, "win.fullscreen", "fullscreened");
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_cb);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_cb);
  gtk_widget_class_install_action (widget_class, "win.recover", "s", recover_cb);
  gtk_widget_class_install_action (widget_class, "win.discard-recovery", "s", discard_recovery_cb);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_cb);
  gtk_widget_class_install_action (widget_class, "win.show-criterion", "s", show_criterion_cb);
  gtk_widget_class_install_action (widget_class, "win.plan-reviews", NULL, plan_reviews_cb);
  gtk_widget_class_install_action (widget_class, "win.meeting", NULL, meeting_cb);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
}

/* The shortcuts no child may take: a scrolled window would use Ctrl+PgUp to scroll sideways. */
void
_kd_window_add_shortcuts (KdWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_window_shortcut (controller, "<Control>s", "win.save");
  add_window_shortcut (controller, "<Control><Shift>s", "win.save-as");
  add_window_shortcut (controller, "<Control>e", "win.export");
  add_window_shortcut (controller, "<Control>Page_Up", "win.previous");
  add_window_shortcut (controller, "<Control>Page_Down", "win.next");
  add_window_shortcut (controller, "F11", "win.fullscreen");
  add_window_shortcut (controller, "F5", "win.meeting");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
