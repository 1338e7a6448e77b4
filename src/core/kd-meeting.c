/* kd-meeting.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-item-private.h"
#include "kd-meeting.h"

struct _KdMeetingItem
{
  KdItem parent_instance;

  char    *criterion;
  gboolean agreed;    /* "Hội đồng thống nhất" */
  char    *agreed_at; /* when the council agreed */
  char    *result;    /* the agreed result as said: "Đạt Mức 2" */
  char    *note;      /* for the minutes */
};

G_DEFINE_FINAL_TYPE (KdMeetingItem, kd_meeting_item, KD_TYPE_ITEM)

static const KdField meeting_item_fields[] = {
  KD_FIELD (KdMeetingItem, "criterion", criterion, KD_FIELD_CRITERION, N_ ("criterion")),
  KD_FIELD (KdMeetingItem, "agreed", agreed, KD_FIELD_BOOL, N_ ("agreed by the council")),
  KD_FIELD (KdMeetingItem, "agreed-at", agreed_at, KD_FIELD_DATETIME, N_ ("agreed at")),
  KD_FIELD (KdMeetingItem, "result", result, KD_FIELD_STRING, N_ ("agreed result")),
  KD_FIELD (KdMeetingItem, "note", note, KD_FIELD_STRING, N_ ("note")),
};

static void
kd_meeting_item_class_init (KdMeetingItemClass *klass)
{
  kd_item_class_install_fields (KD_ITEM_CLASS (klass), meeting_item_fields, G_N_ELEMENTS (meeting_item_fields));
}

static void
kd_meeting_item_init (KdMeetingItem *self)
{
}

KdMeetingItem *
kd_meeting_item_new (const char *criterion)
{
  return g_object_new (KD_TYPE_MEETING_ITEM, "criterion", criterion, NULL);
}

KD_ITEM_STRING_GETTER (KdMeetingItem, kd_meeting_item, KD_IS_MEETING_ITEM, criterion)
KD_ITEM_STRING_GETTER (KdMeetingItem, kd_meeting_item, KD_IS_MEETING_ITEM, agreed_at)
KD_ITEM_STRING_GETTER (KdMeetingItem, kd_meeting_item, KD_IS_MEETING_ITEM, result)
KD_ITEM_STRING_GETTER (KdMeetingItem, kd_meeting_item, KD_IS_MEETING_ITEM, note)

gboolean
kd_meeting_item_get_agreed (KdMeetingItem *self)
{
  g_return_val_if_fail (KD_IS_MEETING_ITEM (self), FALSE);
  return self->agreed;
}

struct _KdMeeting
{
  KdItem parent_instance;

  char       *date;
  char       *title; /* "Họp hội đồng tự đánh giá lần 2" */
  char       *place;
  char      **attendees; /* ids of council members */
  char       *notes;
  GListStore *items; /* of KdMeetingItem: the criteria discussed */
  JsonArray  *kept;
};

G_DEFINE_FINAL_TYPE (KdMeeting, kd_meeting, KD_TYPE_ITEM)

static const KdField meeting_fields[] = {
  KD_FIELD (KdMeeting, "date", date, KD_FIELD_DATE, N_ ("date")),
  KD_FIELD (KdMeeting, "title", title, KD_FIELD_STRING, N_ ("title")),
  KD_FIELD (KdMeeting, "place", place, KD_FIELD_STRING, N_ ("place")),
  KD_FIELD (KdMeeting, "attendees", attendees, KD_FIELD_STRV, N_ ("attendees")),
  KD_FIELD (KdMeeting, "notes", notes, KD_FIELD_STRING, N_ ("notes")),
};

static void
kd_meeting_class_init (KdMeetingClass *klass)
{
  KdItemClass *item_class = KD_ITEM_CLASS (klass);

  kd_item_class_install_fields (item_class, meeting_fields, G_N_ELEMENTS (meeting_fields));
  kd_item_class_install_children (item_class, "items", KD_TYPE_MEETING_ITEM, G_STRUCT_OFFSET (KdMeeting, items),
                                  G_STRUCT_OFFSET (KdMeeting, kept), N_ ("criterion discussed"));
}

static void
kd_meeting_init (KdMeeting *self)
{
  g_autofree char *id = _kd_item_new_id ("mt-");

  _kd_item_set_id (KD_ITEM (self), id);
}

KdMeeting *
kd_meeting_new (void)
{
  return g_object_new (KD_TYPE_MEETING, NULL);
}

KD_ITEM_STRING_GETTER (KdMeeting, kd_meeting, KD_IS_MEETING, date)
KD_ITEM_STRING_GETTER (KdMeeting, kd_meeting, KD_IS_MEETING, title)
KD_ITEM_STRING_GETTER (KdMeeting, kd_meeting, KD_IS_MEETING, place)
KD_ITEM_STRING_GETTER (KdMeeting, kd_meeting, KD_IS_MEETING, notes)

const char *const *
kd_meeting_get_attendees (KdMeeting *self)
{
  static const char *const none[] = { NULL };

  g_return_val_if_fail (KD_IS_MEETING (self), none);
  return self->attendees != NULL ? (const char *const *)self->attendees : none;
}

/* The criteria discussed; add them with kd_document_insert_item(). */
GListModel *
kd_meeting_get_items (KdMeeting *self)
{
  g_return_val_if_fail (KD_IS_MEETING (self), NULL);
  return G_LIST_MODEL (self->items);
}

KdMeetingItem *
kd_meeting_lookup_item (KdMeeting  *self,
                        const char *criterion)
{
  g_return_val_if_fail (KD_IS_MEETING (self), NULL);
  for (guint i = 0; criterion != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->items)); i++)
    {
      g_autoptr (KdMeetingItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (g_strcmp0 (item->criterion, criterion) == 0)
        return item; /* the store keeps it alive */
    }
  return NULL;
}
