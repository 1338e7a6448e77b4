/* kd-window.c
 *
 * A window holds at most one assessment.  Its sections are KdPage widgets listed in one table
 * below; the window gives them the document and routes the window-wide commands (search,
 * previous / next) to the visible one.  The window owns the file: saving, the unsaved mark, the
 * recovery copy written a few seconds after a change, and the question before closing.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-package.h"
#include "kd-page.h"
#include "kd-window-private.h"

/* The sections of the window, in sidebar order: adding a section is one line here, naming the
 * get_type function of a KdPage.  A document opens on the first: the overview. */
#define KD_WINDOW_SECTIONS(SECTION)   \
  SECTION (kd_summary_page_get_type)  \
  SECTION (kd_school_page_get_type)   \
  SECTION (kd_council_page_get_type)  \
  SECTION (kd_wizard_page_get_type)   \
  SECTION (kd_extra_page_get_type)    \
  SECTION (kd_evidence_page_get_type) \
  SECTION (kd_plan_page_get_type)     \
  SECTION (kd_export_page_get_type)

#define DECLARE_SECTION(get_type) GType get_type (void);
#define LIST_SECTION(get_type) get_type,
KD_WINDOW_SECTIONS (DECLARE_SECTION)
static GType (*const section_types[]) (void) = { KD_WINDOW_SECTIONS (LIST_SECTION) };

#define SAMPLE_RESOURCE "/vn/kiemdinh/KiemDinh/samples/thcs-van-hoa-2023-2024.kdcl"

G_DEFINE_FINAL_TYPE (KdWindow, kd_window, GTK_TYPE_APPLICATION_WINDOW)

static KdApplication *
get_application (KdWindow *self)
{
  return KD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

/* ---- messages ----------------------------------------------------------------------- */

static void
message_response_cb (GtkDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Shows @message (a sentence that says what to do) under @title, in a dialog over the window. */
void
kd_window_show_message (KdWindow   *self,
                        const char *title,
                        const char *message)
{
  GtkWidget *dialog;

  g_return_if_fail (KD_IS_WINDOW (self));
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_CLOSE, "%s", title);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", message);
  g_signal_connect (dialog, "response", G_CALLBACK (message_response_cb), NULL);
  g_set_weak_pointer (&self->message_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- title and banner --------------------------------------------------------------- */

gboolean
kd_window_is_unsaved (KdWindow *self)
{
  g_return_val_if_fail (KD_IS_WINDOW (self), FALSE);
  return self->document != NULL && !kd_document_get_read_only (self->document) &&
         (self->recovered || kd_document_get_modified (self->document));
}

static void
update_title (KdWindow *self)
{
  g_autofree char *file_name = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *window_title = NULL;
  const char      *school;
  const char      *mark;

  if (self->document == NULL)
    {
      gtk_label_set_text (self->title_label, "Kiểm Định");
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
      gtk_window_set_title (GTK_WINDOW (self), "Kiểm Định");
      return;
    }

  school = kd_school_get_name (kd_document_get_school (self->document));
  if (*school == '\0')
    school = _ ("New assessment");
  file_name = self->file != NULL ? g_file_get_basename (self->file) : g_strdup (_ ("not saved to a file yet"));
  /* The unsaved mark: a bullet before the file name, as GNOME applications do. */
  mark = kd_window_is_unsaved (self) ? "• " : "";
  if (kd_document_get_read_only (self->document) || self->view_only)
    subtitle = g_strdup_printf (_ ("%s (read-only)"), file_name);
  else
    subtitle = g_strdup_printf ("%s%s", mark, file_name);

  gtk_label_set_text (self->title_label, school);
  gtk_label_set_text (self->subtitle_label, subtitle);
  kd_widget_set_tooltip (GTK_WIDGET (self->subtitle_label),
                         kd_window_is_unsaved (self) ? _ ("There are changes that are not saved yet") : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);
  window_title = g_strdup_printf ("%s%s — %s", mark, school, file_name);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
update_banner (KdWindow *self)
{
  const KdProblemList *problems = self->document != NULL ? kd_document_get_load_problems (self->document) : NULL;
  guint                n_problems = problems != NULL ? problems->items->len : 0;
  guint                conflicts = self->document != NULL ? kd_document_count_conflicts (self->document) : 0;
  g_autofree char     *text = NULL;
  const char          *button_label = NULL;
  const char          *button_action = NULL;
  GtkMessageType       type = GTK_MESSAGE_WARNING;

  if (self->document == NULL)
    text = NULL;
  else if (kd_document_get_read_only (self->document))
    text = g_strdup_printf (_ ("This assessment was written by a newer version of Kiểm Định (format %u). It is open read-only so that nothing it holds is lost: you can read it here; use the newer version to change it."),
                            kd_document_get_file_version (self->document));
  else if (self->view_only && self->lock_holder != NULL)
    {
      g_autofree char *who = kd_lock_info_describe (self->lock_holder);

      text = g_strdup_printf (_ ("%s It is open read-only here."), who);
      button_label = _ ("_Options…");
      button_action = "win.lock-options";
    }
  else if (self->recovered)
    {
      text = g_strdup (_ ("This is work recovered after Kiểm Định was closed unexpectedly. Check it, then save it."));
      type = GTK_MESSAGE_INFO;
    }
  else if (conflicts > 0)
    text = g_strdup_printf (_ ("Conflicts to decide: %u. A group changed what was also changed here; until you decide, this document keeps its own value."),
                            conflicts);
  else if (kd_document_is_package (self->document))
    {
      text = g_strdup_printf (_ ("This is the work package of %s: only the criteria given to it can be changed here, the rest is for reading. Save it and send the file back to the council’s secretary."),
                              kd_document_get_package_owner_name (self->document));
      type = GTK_MESSAGE_INFO;
    }
  else if (n_problems > 0)
    text = g_strdup_printf (_ ("Some parts of this file could not be read (%u). They are kept as they are and written back when you save; see the details to correct them."),
                            n_problems);
  else if (*_kd_window_get_author (self) == '\0' && g_list_model_get_n_items (kd_document_get_members (self->document)) > 0)
    {
      text = g_strdup (_ ("Who works on this computer? Choose your name: each change is recorded with it."));
      button_label = _ ("_Choose…");
      button_action = "win.choose-author";
      type = GTK_MESSAGE_INFO;
    }

  if (text == NULL)
    {
      kd_banner_hide (self->banner);
      return;
    }
  /* A message that asks nothing of its own offers what is still to be done: the conflicts to
   * decide, or else the parts of the file that could not be read. */
  if (button_action == NULL && conflicts > 0)
    {
      button_label = kd_document_is_editable (self->document) ? _ ("_Decide…") : _ ("_See the Conflicts");
      button_action = "win.review-conflicts";
    }
  else if (button_action == NULL && n_problems > 0)
    {
      button_label = _ ("_Details");
      button_action = "win.show-problems";
    }
  kd_banner_show (self->banner, type, text, button_label, button_action);
}

/* ---- actions state ------------------------------------------------------------------ */

/* Whether the focus is in a text field of a section: typing there is not in the document until
 * it is committed, but Ctrl+Z must take it back (undo commits it first). */
static gboolean
is_typing (KdWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus)) &&
         gtk_widget_is_ancestor (focus, GTK_WIDGET (self->content));
}

void
_kd_window_update_actions (KdWindow *self)
{
  gboolean has_document = self->document != NULL;
  gboolean writable = has_document && kd_document_is_editable (self->document);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 writable && (kd_document_can_undo (self->document) || is_typing (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", writable && kd_document_can_redo (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.plan-reviews", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.meeting", has_document && !self->view_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.lock-options", self->view_only);
  _kd_window_update_council_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-problems",
                                 has_document && kd_document_get_load_problems (self->document)->items->len > 0);
  gtk_widget_set_visible (self->edit_buttons, has_document);
  gtk_widget_set_visible (self->save_button, writable);
}

/* ---- autosave ----------------------------------------------------------------------- */

void
_kd_window_autosave_now (KdWindow *self)
{
  KdRecovery *recovery = kd_application_get_recovery (get_application (self));
  g_autoptr (GError) error = NULL;

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->document == NULL)
    return;
  if (!kd_window_is_unsaved (self))
    {
      /* Undone back to what is saved: nothing to recover any more. */
      kd_recovery_discard (recovery, self->recovery_slot);
      return;
    }
  if (self->recovery_slot == NULL)
    self->recovery_slot = kd_recovery_new_slot (recovery);
  if (!kd_recovery_save (recovery, self->recovery_slot, self->document, self->file, &error) && !self->autosave_failed)
    {
      self->autosave_failed = TRUE;
      kd_window_show_message (self, _ ("Your work is not protected against a crash"), error->message);
    }
}

static gboolean
autosave_cb (gpointer data)
{
  KdWindow *self = data;

  self->autosave_id = 0;
  _kd_window_autosave_now (self);
  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (KdWindow *self)
{
  guint delay = g_settings_get_uint (kd_application_get_settings (get_application (self)), "autosave-delay");

  update_title (self);
  /* Counted from the first change, not postponed by the next ones: typing without pause for a
   * minute must not leave a minute of work unprotected. */
  if (self->autosave_id == 0)
    self->autosave_id = g_timeout_add_seconds (MAX (delay, 1), autosave_cb, self);
}

static void
document_state_cb (KdWindow *self)
{
  update_title (self);
  _kd_window_update_actions (self);
}

static void
forget_recovery (KdWindow *self)
{
  KdApplication *app = get_application (self);

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (app != NULL && self->recovery_slot != NULL)
    kd_recovery_discard (kd_application_get_recovery (app), self->recovery_slot);
  g_clear_pointer (&self->recovery_slot, g_free);
}

/* ---- the document ------------------------------------------------------------------- */

/* Sections are numbered in sidebar order; a row carries its number + 1. */
static GtkWidget *
row_at (KdWindow *self,
        guint     index)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kd-section")) == index + 1)
      return row;
  return NULL;
}

static int
index_of_type (GType type)
{
  for (guint i = 0; i < G_N_ELEMENTS (section_types); i++)
    if (section_types[i]() == type)
      return (int)i;
  return -1;
}

GType
_kd_window_section_type (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (section_types), G_TYPE_INVALID);
  return section_types[index]();
}

guint
_kd_window_n_sections (void)
{
  return G_N_ELEMENTS (section_types);
}

/* A page is built the first time it is needed: most sessions never open most sections, and
 * building all eight before the first frame took a third of the time to open a document. */
static GtkWidget *
ensure_page (KdWindow *self,
             guint     index)
{
  GtkWidget *page = g_ptr_array_index (self->pages, index);
  GType      type = section_types[index]();

  if (page == NULL)
    {
      page = g_object_new (type, NULL);
      g_ptr_array_index (self->pages, index) = page;
      gtk_stack_add_titled (self->content, page, g_type_name (type), kd_page_type_get_title (type));
      gtk_stack_page_set_visible (gtk_stack_get_page (self->content, page), gtk_widget_get_visible (row_at (self, index)));
    }
  return page;
}

void
_kd_window_attach_page (KdWindow  *self,
                        GtkWidget *page)
{
  if (kd_page_get_document (KD_PAGE (page)) != self->document)
    kd_page_set_document (KD_PAGE (page), self->document);
}

/**
 * kd_window_set_document:
 * @document: (nullable): the assessment to show, or NULL for the welcome screen
 * @file: (nullable): where it is saved; NULL for a new assessment or the sample
 */
void
kd_window_set_document (KdWindow   *self,
                        KdDocument *document,
                        GFile      *file)
{
  KdDocument *old;
  int         first = -1;

  g_return_if_fail (KD_IS_WINDOW (self));
  g_return_if_fail (document == NULL || KD_IS_DOCUMENT (document));

  old = self->document;
  if (old != NULL)
    {
      g_signal_handlers_disconnect_by_data (old, self);
      g_signal_handlers_disconnect_by_data (kd_document_get_school (old), self);
    }
  forget_recovery (self);
  if (file == NULL || (self->sync_file != NULL && !g_file_equal (file, self->sync_file)))
    _kd_window_sync_detach (self);
  /* Meeting mode shows the document it was opened on, not the next one. */
  if (self->meeting_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->meeting_window));
  self->document = document != NULL ? g_object_ref (document) : NULL;
  g_set_object (&self->file, file);
  self->recovered = FALSE;
  self->autosave_failed = FALSE;
  self->close_confirmed = FALSE;

  if (document != NULL)
    {
      _kd_window_apply_author (self);
      g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::modified", G_CALLBACK (document_state_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::can-undo", G_CALLBACK (document_state_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::can-redo", G_CALLBACK (document_state_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (kd_document_get_school (document), "notify::name", G_CALLBACK (update_title), self,
                               G_CONNECT_SWAPPED);
    }

  for (guint i = 0; i < self->pages->len; i++)
    {
      GtkWidget *page = g_ptr_array_index (self->pages, i);
      gboolean   listed = kd_page_type_applies_to (section_types[i](), document);

      /* A page gets the document when it is first shown (_kd_window_attach_page): handing it to
       * every section before the first frame would double the time to open a document. */
      if (page != NULL && kd_page_get_document (KD_PAGE (page)) != NULL)
        kd_page_set_document (KD_PAGE (page), NULL);
      gtk_widget_set_visible (row_at (self, i), listed);
      if (page != NULL)
        gtk_stack_page_set_visible (gtk_stack_get_page (self->content, page), listed);
      if (listed && first < 0)
        first = (int)i;
    }
  g_clear_object (&old);

  if (first >= 0)
    {
      gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row_at (self, first)));
      _kd_window_attach_page (self, ensure_page (self, first));
    }
  gtk_stack_set_visible_child_name (self->main_stack, document != NULL ? "document" : "welcome");
  update_title (self);
  update_banner (self);
  _kd_window_update_actions (self);
  if (document != NULL && file != NULL)
    _kd_window_sync_attach (self, file, FALSE);
}

/* The header, the banner, the commands and whether the sections can be edited, after the
 * document's standing changed (someone else's lock, taken over).  A document that cannot be
 * changed is still read, scrolled and searched: each section's editors follow
 * kd_document_can_edit(), so the sections built so far are given the document again. */
void
_kd_window_refresh_state (KdWindow *self)
{
  GtkWidget *shown = gtk_stack_get_visible_child (self->content);

  for (guint i = 0; i < self->pages->len; i++)
    {
      GtkWidget *page = g_ptr_array_index (self->pages, i);

      if (page != NULL && kd_page_get_document (KD_PAGE (page)) != NULL)
        kd_page_set_document (KD_PAGE (page), NULL);
    }
  if (self->document != NULL && shown != NULL && KD_IS_PAGE (shown))
    _kd_window_attach_page (self, shown);
  update_title (self);
  update_banner (self);
  _kd_window_update_actions (self);
}

/**
 * _kd_window_replace_document:
 * @document: a new version of the document shown (a merge, a decided conflict)
 *
 * Shows @document in place of the current one: same file, same section, unsaved (recovered work
 * stays marked as such), with a recovery copy written at once (the version it replaces is only in
 * memory).
 */
void
_kd_window_replace_document (KdWindow   *self,
                             KdDocument *document)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->content);
  g_autoptr (GFile) file = self->file != NULL ? g_object_ref (self->file) : NULL;
  gboolean recovered = self->recovered;

  kd_window_set_document (self, document, file);
  /* Work recovered after a crash is still that, not saved since, with a decision more. */
  self->recovered = recovered;
  kd_document_mark_unsaved (document);
  if (visible != NULL)
    _kd_window_show_page (self, G_OBJECT_TYPE (visible));
  _kd_window_autosave_now (self);
  update_title (self);
  update_banner (self);
}

KdDocument *
kd_window_get_document (KdWindow *self)
{
  g_return_val_if_fail (KD_IS_WINDOW (self), NULL);
  return self->document;
}

GFile *
kd_window_get_file (KdWindow *self)
{
  g_return_val_if_fail (KD_IS_WINDOW (self), NULL);
  return self->file;
}

gboolean
kd_window_open_file (KdWindow *self,
                     GFile    *file,
                     GError  **error)
{
  KdApplication *app = get_application (self);
  g_autoptr (KdDocument) document = NULL;

  g_return_val_if_fail (KD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = kd_document_load_from_file (kd_application_get_registry (app), file, error);
  if (document == NULL)
    return FALSE;
  kd_window_set_document (self, document, file);
  kd_application_add_recent (app, file);
  return TRUE;
}

/* Opens the bundled sample as a new, unsaved assessment: saving it asks for a file, so the
 * sample itself is never changed. */
gboolean
kd_window_open_sample (KdWindow *self,
                       GError  **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (KdDocument) document = NULL;
  gsize       length = 0;
  const char *data;

  g_return_val_if_fail (KD_IS_WINDOW (self), FALSE);
  bytes = g_resources_lookup_data (SAMPLE_RESOURCE, 0, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  document = kd_document_load_from_data (kd_application_get_registry (get_application (self)), data, length,
                                         _ ("the sample assessment"), error);
  if (document == NULL)
    return FALSE;
  kd_window_set_document (self, document, NULL);
  return TRUE;
}

/* Commits what is being typed in the focused field (fields commit when the focus leaves them),
 * then gives the focus back: Ctrl+S or Ctrl+Z must see the text on screen.  The cursor and the
 * selection stay where they were: a GtkText given the focus selects all its text, and the next
 * key typed would replace it. */
void
_kd_window_commit_edits (KdWindow *self)
{
  GtkWidget *focused = gtk_root_get_focus (GTK_ROOT (self));
  g_autoptr (GtkWidget) focus = NULL;
  int anchor = 0, cursor = 0;

  if (focused == NULL)
    return;
  focus = g_object_ref (focused);
  if (GTK_IS_TEXT (focus))
    {
      int start, end;

      gtk_editable_get_selection_bounds (GTK_EDITABLE (focus), &start, &end);
      cursor = gtk_editable_get_position (GTK_EDITABLE (focus));
      anchor = cursor == start ? end : start;
    }
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  if (gtk_widget_get_root (focus) != GTK_ROOT (self) || !gtk_widget_get_mapped (focus))
    return;
  if (!GTK_IS_TEXT (focus))
    {
      gtk_widget_grab_focus (focus);
      return;
    }
  gtk_text_grab_focus_without_selecting (GTK_TEXT (focus));
  gtk_editable_select_region (GTK_EDITABLE (focus), anchor, cursor);
}

gboolean
kd_window_save_to_file (KdWindow *self,
                        GFile    *file,
                        GError  **error)
{
  g_return_val_if_fail (KD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->document != NULL, FALSE);

  _kd_window_commit_edits (self);
  if (!_kd_window_sync_before_save (self, file, error) || !kd_document_save_to_file (self->document, file, error))
    return FALSE;
  g_set_object (&self->file, file);
  _kd_window_sync_saved (self, file);
  self->recovered = FALSE;
  forget_recovery (self);
  kd_application_add_recent (get_application (self), file);
  update_title (self);
  update_banner (self);
  _kd_window_update_actions (self);
  return TRUE;
}

/* ---- new assessment ----------------------------------------------------------------- */

static void
assessment_created_cb (KdWindow   *self,
                       KdDocument *document)
{
  kd_window_set_document (self, document, NULL);
  _kd_window_show_page (self, g_type_from_name ("KdSchoolPage"));
}

/* Asks for a new assessment in this window (which shows no document). */
void
kd_window_new_assessment (KdWindow *self)
{
  KdNewDialog *dialog;

  g_return_if_fail (KD_IS_WINDOW (self));
  if (self->new_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->new_dialog));
      return;
    }
  dialog = kd_new_dialog_new (GTK_WINDOW (self), kd_application_get_registry (get_application (self)));
  g_signal_connect_object (dialog, "created", G_CALLBACK (assessment_created_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->new_dialog, GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- welcome ------------------------------------------------------------------------ */

void
_kd_window_refresh_welcome (KdWindow *self)
{
  KdApplication *app = get_application (self);
  g_auto (GStrv) recent = NULL;
  g_autoptr (GPtrArray) entries = NULL;

  if (app == NULL || kd_application_get_settings (app) == NULL)
    return;
  recent = g_settings_get_strv (kd_application_get_settings (app), "recent-files");
  entries = kd_recovery_list (kd_application_get_recovery (app));
  kd_welcome_set_recent (self->welcome, (const char *const *)recent);
  kd_welcome_set_recovery (self->welcome, entries);
}

static KdRecoveryEntry *
steal_entry (GPtrArray  *entries,
             const char *slot)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (((KdRecoveryEntry *)g_ptr_array_index (entries, i))->slot, slot))
      return g_ptr_array_steal_index (entries, i);
  return NULL;
}

static void
refresh_all_welcomes (KdWindow *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (get_application (self))); l != NULL; l = l->next)
    if (KD_IS_WINDOW (l->data))
      _kd_window_refresh_welcome (l->data);
}

/* Opens the work a crash left in @slot, in a window of its own if this one shows a document. */
void
_kd_window_recover (KdWindow   *self,
                    const char *slot)
{
  KdApplication *app = get_application (self);
  KdRecovery    *recovery = kd_application_get_recovery (app);
  g_autoptr (GPtrArray) entries = kd_recovery_list (recovery);
  g_autoptr (KdRecoveryEntry) entry = steal_entry (entries, slot);
  g_autoptr (KdDocument) document = NULL;
  g_autoptr (GError) error = NULL;
  KdWindow *target;

  if (entry == NULL)
    {
      refresh_all_welcomes (self);
      return;
    }
  document = kd_recovery_load (recovery, entry, kd_application_get_registry (app), &error);
  if (document == NULL)
    {
      kd_window_show_message (self, _ ("The work could not be recovered"), error->message);
      return;
    }
  target = self->document == NULL ? self : kd_application_get_empty_window (app);
  kd_window_set_document (target, document, entry->source);
  target->recovered = TRUE;
  /* The window's own copy first, then the old one goes: the work is never on disk zero times. */
  _kd_window_autosave_now (target);
  if (target->recovery_slot != NULL && !target->autosave_failed)
    kd_recovery_discard (recovery, entry->slot);
  update_title (target);
  update_banner (target);
  gtk_window_present (GTK_WINDOW (target));
  refresh_all_welcomes (self);
}

static void
discard_response_cb (GtkDialog *dialog,
                     int        response,
                     KdWindow  *self)
{
  const char *slot = g_object_get_data (G_OBJECT (dialog), "kd-slot");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      kd_recovery_discard (kd_application_get_recovery (get_application (self)), slot);
      refresh_all_welcomes (self);
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

void
_kd_window_discard_recovery (KdWindow   *self,
                             const char *slot)
{
  GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s",
                                              _ ("Discard this unsaved work?"));
  GtkWidget *discard;

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _ ("It is the only copy of the changes made after the last save. Once discarded it cannot be recovered."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Cancel"), GTK_RESPONSE_CANCEL);
  discard = gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Discard"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (discard, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_object_set_data_full (G_OBJECT (dialog), "kd-slot", g_strdup (slot), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  g_set_weak_pointer (&self->message_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- closing ------------------------------------------------------------------------ */

static void
save_size (KdWindow *self)
{
  GSettings *settings = kd_application_get_settings (get_application (self));
  int        width, height;

  if (settings == NULL)
    return;
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (gtk_window_is_maximized (GTK_WINDOW (self)) || gtk_window_is_fullscreen (GTK_WINDOW (self)))
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
}

static void
close_response_cb (GtkDialog *dialog,
                   int        response,
                   KdWindow  *self)
{
  /* The window may be gone before the dialog is finalized: untie them first. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
  switch (response)
    {
      case GTK_RESPONSE_REJECT:
        self->close_confirmed = TRUE;
        gtk_window_close (GTK_WINDOW (self));
        break;
      case GTK_RESPONSE_ACCEPT:
        self->close_after_save = TRUE;
        _kd_window_save (self, self->file == NULL);
        break;
      default:
        break;
    }
}

static void
ask_before_closing (KdWindow *self)
{
  const char      *school = kd_school_get_name (kd_document_get_school (self->document));
  g_autofree char *question = g_strdup_printf (_ ("Save the changes to “%s” before closing?"),
                                               *school != '\0' ? school : _ ("New assessment"));
  GtkWidget       *dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                                    GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", question);
  GtkWidget       *discard;
  GtkWidget       *save;

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _ ("If you close without saving, the changes made since the last save are lost."));
  discard = gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("Close _without Saving"), GTK_RESPONSE_REJECT);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Cancel"), GTK_RESPONSE_CANCEL);
  save = gtk_dialog_add_button (GTK_DIALOG (dialog), self->file != NULL ? _ ("_Save") : _ ("_Save As…"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (discard, "destructive-action");
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  g_set_weak_pointer (&self->message_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
kd_window_close_request (GtkWindow *window)
{
  KdWindow *self = KD_WINDOW (window);

  _kd_window_commit_edits (self);
  save_size (self);
  if (!self->close_confirmed && kd_window_is_unsaved (self))
    {
      ask_before_closing (self);
      return TRUE;
    }
  /* Closed on purpose: the recovery copy is no longer wanted, the file is free for others. */
  forget_recovery (self);
  _kd_window_sync_detach (self);
  return GTK_WINDOW_CLASS (kd_window_parent_class)->close_request (window);
}

/* ---- sections ----------------------------------------------------------------------- */

static GtkWidget *
make_row (guint index)
{
  GType      type = section_types[index]();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *icon = gtk_image_new_from_icon_name (kd_page_type_get_icon_name (type));
  GtkWidget *label = gtk_label_new (kd_page_type_get_title (type));
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* GTK 4.8 names a row by nothing it holds: a screen reader would say "list item". */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  g_object_set_data (G_OBJECT (row), "kd-section", GUINT_TO_POINTER (index + 1));
  return row;
}

static void
row_selected_cb (KdWindow      *self,
                 GtkListBoxRow *row)
{
  GtkWidget *page;

  if (row == NULL)
    return;
  page = ensure_page (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kd-section")) - 1);
  _kd_window_attach_page (self, page);
  gtk_stack_set_visible_child (self->content, page);
}

static void
build_sections (KdWindow *self)
{
  self->pages = g_ptr_array_new ();
  g_ptr_array_set_size (self->pages, G_N_ELEMENTS (section_types));
  for (guint i = 0; i < G_N_ELEMENTS (section_types); i++)
    gtk_list_box_append (self->sidebar, make_row (i));
}

/* The page of @type, built now if it was not yet. */
GtkWidget *
_kd_window_get_page (KdWindow *self,
                     GType     type)
{
  int index = index_of_type (type);

  g_return_val_if_fail (KD_IS_WINDOW (self), NULL);
  return index >= 0 ? ensure_page (self, index) : NULL;
}

gboolean
_kd_window_show_page (KdWindow *self,
                      GType     type)
{
  int        index = index_of_type (type);
  GtkWidget *row = index >= 0 ? row_at (self, index) : NULL;

  if (row == NULL || !gtk_widget_get_visible (row))
    return FALSE;
  gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
  return TRUE;
}

GtkWidget *
_kd_window_get_visible_page (KdWindow *self)
{
  g_return_val_if_fail (KD_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child (self->content);
}

gboolean
_kd_window_page_is_listed (KdWindow *self,
                           GType     type)
{
  int index = index_of_type (type);

  return index >= 0 && gtk_widget_get_visible (row_at (self, index));
}

KdNewDialog *
_kd_window_get_new_dialog (KdWindow *self)
{
  g_return_val_if_fail (KD_IS_WINDOW (self), NULL);
  return self->new_dialog != NULL ? KD_NEW_DIALOG (self->new_dialog) : NULL;
}

GtkWidget *
_kd_window_get_message_dialog (KdWindow *self)
{
  g_return_val_if_fail (KD_IS_WINDOW (self), NULL);
  return self->message_dialog;
}

GtkWidget *
_kd_window_get_meeting_window (KdWindow *self)
{
  g_return_val_if_fail (KD_IS_WINDOW (self), NULL);
  return self->meeting_window;
}

const char *
_kd_window_get_recovery_slot (KdWindow *self)
{
  g_return_val_if_fail (KD_IS_WINDOW (self), NULL);
  return self->recovery_slot;
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
author_changed_cb (KdWindow *self)
{
  _kd_window_apply_author (self);
  _kd_window_refresh_state (self);
}

/* What the window takes from its application (set after construction, hence not in
 * constructed): its size, the recent files, the recovery copies. */
static void
attach_application (KdWindow *self)
{
  GSettings *settings;

  settings = kd_application_get_settings (get_application (self));
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_signal_connect_object (settings, "changed::recent-files", G_CALLBACK (_kd_window_refresh_welcome), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::author-name", G_CALLBACK (author_changed_cb), self, G_CONNECT_SWAPPED);
  _kd_window_refresh_welcome (self);
}

static void
kd_window_dispose (GObject *object)
{
  KdWindow *self = KD_WINDOW (object);

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_weak_pointer (&self->new_dialog);
  g_clear_weak_pointer (&self->message_dialog);
  g_clear_weak_pointer (&self->meeting_window);
  g_clear_weak_pointer (&self->shortcuts_window);
  g_clear_weak_pointer (&self->conflict_dialog);
  _kd_window_sync_detach (self);
  if (self->pages != NULL)
    for (guint i = 0; i < self->pages->len; i++)
      if (g_ptr_array_index (self->pages, i) != NULL)
        kd_page_set_document (KD_PAGE (g_ptr_array_index (self->pages, i)), NULL);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  /* No gtk_widget_dispose_template here: in GTK 4.8 it unparents the bound main_stack, which
   * GtkWindow then unparents again.  GtkWindow releases its child and title bar itself. */
  g_clear_object (&self->document);
  g_clear_object (&self->file);
  G_OBJECT_CLASS (kd_window_parent_class)->dispose (object);
}

static void
kd_window_finalize (GObject *object)
{
  g_free (KD_WINDOW (object)->recovery_slot);
  g_free (KD_WINDOW (object)->author);
  G_OBJECT_CLASS (kd_window_parent_class)->finalize (object);
}

static void
kd_window_class_init (KdWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kd_window_dispose;
  object_class->finalize = kd_window_finalize;
  window_class->close_request = kd_window_close_request;

  g_type_ensure (KD_TYPE_BANNER);
  g_type_ensure (KD_TYPE_WELCOME);
  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KdWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, KdWindow, content);
  gtk_widget_class_bind_template_child (widget_class, KdWindow, edit_buttons);
  gtk_widget_class_bind_template_child (widget_class, KdWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KdWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KdWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, KdWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, KdWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, KdWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KdWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KdWindow, welcome);
  _kd_window_class_actions_init (widget_class);
  _kd_window_class_council_init (widget_class);
}

static void
focus_changed_cb (KdWindow   *self,
                  GParamSpec *pspec)
{
  _kd_window_update_actions (self);
}

/* The main menu's widgets are made when it first opens (by a click or F10), not with the window:
 * a GtkPopoverMenu builds an item per entry as soon as it has a model. */
static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       data)
{
  KdWindow *self = data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
kd_window_init (KdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu, self, NULL);
  g_signal_connect_object (self->sidebar, "row-selected", G_CALLBACK (row_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (focus_changed_cb), NULL);
  _kd_window_add_shortcuts (self);
  build_sections (self);
  update_title (self);
  _kd_window_update_actions (self);
}

KdWindow *
kd_window_new (KdApplication *application)
{
  KdWindow *self;

  g_return_val_if_fail (KD_IS_APPLICATION (application), NULL);
  self = g_object_new (KD_TYPE_WINDOW, "application", application, NULL);
  attach_application (self);
  return self;
}
