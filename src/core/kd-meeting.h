/* kd-meeting.h — a council meeting and its minutes (biên bản họp)
 *
 * In a meeting the council walks through criteria and agrees each one's result; the agreed
 * results, the time, the notes and the attendees are the minutes.
 */
#pragma once

#include <gio/gio.h>

#include "kd-item.h"

G_BEGIN_DECLS

#define KD_TYPE_MEETING_ITEM (kd_meeting_item_get_type ())
G_DECLARE_FINAL_TYPE (KdMeetingItem, kd_meeting_item, KD, MEETING_ITEM, KdItem)

KdMeetingItem *kd_meeting_item_new (const char *criterion);
const char    *kd_meeting_item_get_criterion (KdMeetingItem *self);
gboolean       kd_meeting_item_get_agreed (KdMeetingItem *self);
const char    *kd_meeting_item_get_agreed_at (KdMeetingItem *self);
const char    *kd_meeting_item_get_result (KdMeetingItem *self);
const char    *kd_meeting_item_get_note (KdMeetingItem *self);

#define KD_TYPE_MEETING (kd_meeting_get_type ())
G_DECLARE_FINAL_TYPE (KdMeeting, kd_meeting, KD, MEETING, KdItem)

KdMeeting         *kd_meeting_new (void);
const char        *kd_meeting_get_date (KdMeeting *self);
const char        *kd_meeting_get_title (KdMeeting *self);
const char        *kd_meeting_get_place (KdMeeting *self);
const char *const *kd_meeting_get_attendees (KdMeeting *self);
const char        *kd_meeting_get_notes (KdMeeting *self);
GListModel        *kd_meeting_get_items (KdMeeting *self);
KdMeetingItem     *kd_meeting_lookup_item (KdMeeting  *self,
                                           const char *criterion);
guint              kd_meeting_count_agreed (KdMeeting *self);

/* Recording a meeting: each call is one undo step and one line of the document's history. */
void kd_meeting_agree (KdMeeting  *self,
                       const char *criterion,
                       gboolean    agreed);
void kd_meeting_set_note (KdMeeting  *self,
                          const char *criterion,
                          const char *note);
void kd_meeting_set_indicator (KdMeeting  *self,
                               const char *criterion,
                               const char *indicator,
                               KdState     state);

KdMeeting     *kd_document_open_meeting (KdDocument *document,
                                         const char *date);
KdMeetingItem *kd_document_lookup_agreement (KdDocument *document,
                                             const char *criterion);

typedef enum
{
  KD_AGENDA_NOT_AGREED = 1 << 0,   /* criteria the council has not agreed on in any meeting */
  KD_AGENDA_BELOW_TARGET = 1 << 1, /* criteria whose level is below the cycle's target */
} KdAgendaFlags;

GPtrArray *kd_document_meeting_agenda (KdDocument   *document,
                                       KdAgendaFlags flags,
                                       const char   *group_id);

G_END_DECLS
