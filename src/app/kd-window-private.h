/* kd-window-private.h — what kd-window.c and kd-window-actions.c share, and what tests reach */
#pragma once

#include "kd-banner.h"
#include "kd-new-dialog.h"
#include "kd-sync.h"
#include "kd-welcome.h"
#include "kd-window.h"

G_BEGIN_DECLS

struct _KdWindow
{
  GtkApplicationWindow parent_instance;

  /* template */
  GtkLabel      *title_label;
  GtkLabel      *subtitle_label;
  GtkWidget     *edit_buttons;
  GtkWidget     *save_button;
  GtkMenuButton *menu_button;
  GMenuModel    *primary_menu;
  GtkStack      *main_stack;
  KdWelcome     *welcome;
  KdBanner      *banner;
  GtkListBox    *sidebar;
  GtkStack      *content;

  /* owned */
  GPtrArray            *pages; /* KdPage or NULL until built, in sidebar order (the stack keeps them alive) */
  KdDocument           *document;
  GFile                *file;          /* NULL until saved (a new assessment, the sample) */
  gboolean              recovered;     /* holds work recovered after a crash, not saved since */
  char                 *recovery_slot; /* this window's recovery copy, once written */
  guint                 autosave_id;
  gboolean              autosave_failed; /* told the user once; not again for this document */
  gboolean              close_confirmed;
  gboolean              close_after_save;
  GtkFileChooserNative *chooser;
  GtkWidget            *new_dialog;       /* weak */
  GtkWidget            *message_dialog;   /* weak: the last message shown */
  GtkWidget            *meeting_window;   /* weak: meeting mode, while it is open */
  GtkWidget            *shortcuts_window; /* weak: the keyboard shortcuts, while shown */
  GtkWidget            *conflict_dialog;  /* weak */

  /* the file on a shared folder (kd-window-sync.c) */
  GFile        *sync_file;   /* the file the window holds (its lock, its monitor) */
  gboolean      lock_held;   /* the lock is ours, to release */
  KdLockInfo   *lock_holder; /* someone else's lock: the document is shown read-only */
  gboolean      view_only;
  GFileMonitor *monitor;
  KdFileStamp  *disk_stamp; /* the file as last read or written… */
  GBytes       *disk_data;  /* …and its bytes: the common ground of a merge */
  guint         disk_check_id;
  char         *author; /* who works on this computer, as last read from the settings */
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
void        _kd_window_class_council_init (GtkWidgetClass *widget_class);
void        _kd_window_update_council_actions (KdWindow *self);
gboolean    _kd_window_write_packages (KdWindow  *self,
                                       GFile     *folder,
                                       GPtrArray *written,
                                       GError   **error);
gboolean    _kd_window_import_package (KdWindow *self,
                                       GFile    *file,
                                       GString  *report,
                                       GError  **error);
GtkWidget  *_kd_window_review_conflicts (KdWindow *self);
const char *_kd_window_get_author (KdWindow *self);
void        _kd_window_apply_author (KdWindow *self);

/* kd-window-sync.c */
void     _kd_window_refresh_state (KdWindow *self);
void     _kd_window_sync_attach (KdWindow *self,
                                 GFile    *file,
                                 gboolean  just_saved);
void     _kd_window_sync_detach (KdWindow *self);
void     _kd_window_sync_saved (KdWindow *self,
                                GFile    *file);
gboolean _kd_window_sync_before_save (KdWindow *self,
                                      GFile    *file,
                                      GError  **error);
gboolean _kd_window_check_disk (KdWindow *self);
void     _kd_window_ask_about_lock (KdWindow *self);
guint    _kd_window_merge_conflict_copies (KdWindow *self,
                                           GError  **error);

/* For tests. */
GType        _kd_window_section_type (guint index);
guint        _kd_window_n_sections (void);
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
