/* kd-meeting-window.h — meeting mode (Họp hội đồng): one criterion at a time, for a projector
 *
 * With one screen the window shows the criterion, the progress and the secretary's controls;
 * with two, the projector shows the clean view and a presenter window on the laptop keeps the
 * controls, the note and the navigator.  Both show one KdMeetingSession.
 */
#pragma once

#include <gtk/gtk.h>

#include "kd-meeting-session.h"

G_BEGIN_DECLS

typedef enum
{
  KD_MEETING_ROLE_ALONE,     /* one screen: the view and the controls */
  KD_MEETING_ROLE_PROJECTOR, /* the clean view on the projector */
  KD_MEETING_ROLE_PRESENTER, /* the laptop's window: controls, note, navigator */
} KdMeetingRole;

#define KD_TYPE_MEETING_WINDOW (kd_meeting_window_get_type ())
G_DECLARE_FINAL_TYPE (KdMeetingWindow, kd_meeting_window, KD, MEETING_WINDOW, GtkWindow)

KdMeetingWindow  *kd_meeting_window_new (KdMeetingSession *session,
                                         KdMeetingRole     role);
KdMeetingWindow  *kd_meeting_window_start (GtkWindow  *parent,
                                           KdDocument *document);
KdMeetingSession *kd_meeting_window_get_session (KdMeetingWindow *self);

KdMeetingWindow *_kd_meeting_window_open_pair (GtkWindow        *parent,
                                               KdMeetingSession *session,
                                               GdkMonitor       *projector_screen);

/* For tests: what a key press does, and what the window shows. */
gboolean         _kd_meeting_window_handle_key (KdMeetingWindow *self,
                                                guint            keyval,
                                                GdkModifierType  state);
const char      *_kd_meeting_window_get_cursor (KdMeetingWindow *self);
int              _kd_meeting_window_get_font_size (KdMeetingWindow *self);
const char      *_kd_meeting_window_get_page (KdMeetingWindow *self);
KdMeetingWindow *_kd_meeting_window_get_partner (KdMeetingWindow *self);

G_END_DECLS
