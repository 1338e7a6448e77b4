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

G_END_DECLS
