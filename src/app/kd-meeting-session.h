/* kd-meeting-session.h — one council meeting as the meeting windows drive it
 *
 * The projector view and the presenter window show the same criterion: they share a session,
 * which holds the agenda, where the meeting is in it, and the minutes being written (a KdMeeting
 * of the document).  Every change goes through core (kd-meeting.h), so it is undoable and in the
 * document's history.
 */
#pragma once

#include <gio/gio.h>

#include "kd-document.h"

G_BEGIN_DECLS

#define KD_TYPE_MEETING_SESSION (kd_meeting_session_get_type ())
G_DECLARE_FINAL_TYPE (KdMeetingSession, kd_meeting_session, KD, MEETING_SESSION, GObject)

KdMeetingSession *kd_meeting_session_new (KdDocument *document);
KdDocument       *kd_meeting_session_get_document (KdMeetingSession *self);
KdMeeting        *kd_meeting_session_get_meeting (KdMeetingSession *self);
gboolean          kd_meeting_session_get_editable (KdMeetingSession *self);

void          kd_meeting_session_set_agenda (KdMeetingSession *self,
                                             KdAgendaFlags     flags,
                                             const char       *group_id);
KdAgendaFlags kd_meeting_session_get_agenda_flags (KdMeetingSession *self);
const char   *kd_meeting_session_get_agenda_group (KdMeetingSession *self);
guint         kd_meeting_session_get_length (KdMeetingSession *self);
const char   *kd_meeting_session_get_code (KdMeetingSession *self,
                                           guint             position);
guint         kd_meeting_session_get_position (KdMeetingSession *self);
const char   *kd_meeting_session_get_criterion (KdMeetingSession *self);
gboolean      kd_meeting_session_move (KdMeetingSession *self,
                                       int               direction);
gboolean      kd_meeting_session_go_to (KdMeetingSession *self,
                                        const char       *criterion);

gboolean kd_meeting_session_set_indicator (KdMeetingSession *self,
                                           const char       *indicator,
                                           KdState           state);
gboolean kd_meeting_session_toggle_agreed (KdMeetingSession *self);
gboolean kd_meeting_session_set_note (KdMeetingSession *self,
                                      const char       *note);
gboolean kd_meeting_session_set_attendee (KdMeetingSession *self,
                                          const char       *member_id,
                                          gboolean          present);
void     kd_meeting_session_count_agreed (KdMeetingSession *self,
                                          guint            *agreed,
                                          guint            *total);

G_END_DECLS
