/* kd-window-private.h — what kd-window.c and kd-window-actions.c share, and what tests reach */
#pragma once

#include "kd-new-dialog.h"
#include "kd-welcome.h"
#include "kd-window.h"

G_BEGIN_DECLS

struct _KdWindow
{
  GtkApplicationWindow parent_instance;

  /* template */
  GtkLabel   *title_label;
  GtkLabel   *subtitle_label;
  GtkWidget  *edit_buttons;
  GtkWidget  *save_button;
  GtkStack   *main_stack;
  KdWelcome  *welcome;
  GtkInfoBar *banner;
  GtkLabel   *banner_label;
  GtkWidget  *banner_details;
  GtkListBox *sidebar;
  GtkStack   *content;

  /* owned */
  GPtrArray            *pages; /* KdPage, in sidebar order (the stack keeps them alive) */
  KdDocument           *document;
  GFile                *file;          /* NULL until saved (a new assessment, the sample) */
  gboolean              recovered;     /* holds work recovered after a crash, not saved since */
  char                 *recovery_slot; /* this window's recovery copy, once written */
  guint                 autosave_id;
  gboolean              autosave_failed; /* told the user once; not again for this document */
  gboolean              close_confirmed;
  gboolean              close_after_save;
  GtkFileChooserNative *chooser;
  GtkWidget            *new_dialog;      /* weak */
  GtkWidget            *message_dialog;  /* weak: the last message shown */
  GtkWidget            *meeting_window;  /* weak: meeting mode, while it is open */
  GtkWidget            *conflict_dialog; /* weak */
};

void _kd_window_class_actions_init (GtkWidgetClass *widget_class);
void _kd_window_add_shortcuts (KdWindow *self);
void _kd_window_update_actions (KdWindow *self);
void _kd_window_commit_edits (KdWindow *self);
void _kd_window_save (KdWindow *self,
                      gboolean  choose_file);
void _kd_window_refresh_welcome (KdWindow *self);
void _kd_window_attach_page (KdWindow  *self,
                             GtkWidget *page);
void _kd_window_recover (KdWindow   *self,
                         const char *slot);
void _kd_window_discard_recovery (KdWindow   *self,
                                  const char *slot);
void _kd_window_replace_document (KdWindow   *self,
                                  KdDocument *document);

/* kd-window-council.c */
void       _kd_window_class_council_init (GtkWidgetClass *widget_class);
void       _kd_window_update_council_actions (KdWindow *self);
gboolean   _kd_window_write_packages (KdWindow  *self,
                                      GFile     *folder,
                                      GPtrArray *written,
                                      GError   **error);
gboolean   _kd_window_import_package (KdWindow *self,
                                      GFile    *file,
                                      GString  *report,
                                      GError  **error);
GtkWidget *_kd_window_review_conflicts (KdWindow *self);

/* For tests. */
GtkWidget   *_kd_window_get_page (KdWindow *self,
                                  GType     type);
gboolean     _kd_window_show_page (KdWindow *self,
                                   GType     type);
GtkWidget   *_kd_window_get_visible_page (KdWindow *self);
gboolean     _kd_window_page_is_listed (KdWindow *self,
                                        GType     type);
KdNewDialog *_kd_window_get_new_dialog (KdWindow *self);
GtkWidget   *_kd_window_get_message_dialog (KdWindow *self);
void         _kd_window_autosave_now (KdWindow *self);
const char  *_kd_window_get_recovery_slot (KdWindow *self);
GtkWidget   *_kd_window_get_meeting_window (KdWindow *self);

G_END_DECLS
