/* kd-meeting.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-document.h"
#include "kd-item-private.h"
#include "kd-meeting.h"
#include "kd-rules.h"
#include "kd-text.h"

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

guint
kd_meeting_count_agreed (KdMeeting *self)
{
  guint n = 0;

  g_return_val_if_fail (KD_IS_MEETING (self), 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->items)); i++)
    {
      g_autoptr (KdMeetingItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      n += item->agreed ? 1 : 0;
    }
  return n;
}

/* The minutes' line for @criterion, added to the meeting the first time it is needed. */
static KdMeetingItem *
ensure_item (KdMeeting  *self,
             const char *criterion)
{
  KdMeetingItem *item = kd_meeting_lookup_item (self, criterion);
  KdDocument    *document = kd_item_get_document (KD_ITEM (self));

  if (item == NULL)
    {
      g_autoptr (KdMeetingItem) added = kd_meeting_item_new (criterion);

      kd_document_append_item (document, G_LIST_MODEL (self->items), KD_ITEM (added));
      item = added;
    }
  return item;
}

/**
 * kd_meeting_agree:
 * @criterion: the code of a criterion of the document's framework
 * @agreed: TRUE when the council agrees on the criterion's result, FALSE to take it back
 *
 * "Hội đồng thống nhất": records the time and the criterion's level as it stands now, which is
 * what the minutes say the council agreed on.
 */
void
kd_meeting_agree (KdMeeting  *self,
                  const char *criterion,
                  gboolean    agreed)
{
  KdDocument        *document;
  KdCriterionRecord *record;
  KdMeetingItem     *item;
  g_autofree char   *now = NULL;
  g_autofree char   *result = NULL;

  g_return_if_fail (KD_IS_MEETING (self));
  document = kd_item_get_document (KD_ITEM (self));
  g_return_if_fail (document != NULL);
  record = kd_document_get_criterion (document, criterion);
  g_return_if_fail (record != NULL);

  if (agreed)
    {
      g_autoptr (KdCriterionResult) level = kd_evaluate_criterion (record);

      now = kd_datetime_now_iso ();
      result = kd_criterion_result_describe (level);
    }
  kd_document_begin_group (document, agreed ? _ ("Agree on a criterion") : _ ("Withdraw an agreement"));
  item = ensure_item (self, criterion);
  g_object_set (item, "agreed", agreed, "agreed-at", agreed ? now : "", "result", agreed ? result : "", NULL);
  kd_document_end_group (document);
}

void
kd_meeting_set_note (KdMeeting  *self,
                     const char *criterion,
                     const char *note)
{
  KdMeetingItem *item;
  KdDocument    *document;

  g_return_if_fail (KD_IS_MEETING (self));
  document = kd_item_get_document (KD_ITEM (self));
  g_return_if_fail (document != NULL && kd_document_get_criterion (document, criterion) != NULL);

  item = kd_meeting_lookup_item (self, criterion);
  if (item == NULL && (note == NULL || *note == '\0'))
    return;
  kd_document_begin_group (document, _ ("Note for the minutes"));
  item = ensure_item (self, criterion);
  g_object_set (item, "note", note != NULL ? note : "", NULL);
  kd_document_end_group (document);
}

/**
 * kd_meeting_set_indicator:
 *
 * Sets an indicator's state during the meeting.  An agreement on the criterion in this meeting
 * no longer holds once its indicators change: it is withdrawn, for the council to agree again.
 */
void
kd_meeting_set_indicator (KdMeeting  *self,
                          const char *criterion,
                          const char *indicator,
                          KdState     state)
{
  KdDocument        *document;
  KdCriterionRecord *record;
  KdMeetingItem     *item;

  g_return_if_fail (KD_IS_MEETING (self));
  document = kd_item_get_document (KD_ITEM (self));
  g_return_if_fail (document != NULL);
  record = kd_document_get_criterion (document, criterion);
  g_return_if_fail (record != NULL);

  if (kd_criterion_record_get_indicator (record, indicator) == state)
    return;
  item = kd_meeting_lookup_item (self, criterion);
  kd_document_begin_group (document, _ ("Set an indicator"));
  kd_criterion_record_set_indicator (record, indicator, state);
  if (item != NULL && item->agreed)
    g_object_set (item, "agreed", FALSE, "agreed-at", "", "result", "", NULL);
  kd_document_end_group (document);
}

/**
 * kd_document_open_meeting:
 * @date: the ISO date of the meeting ("2026-10-20")
 *
 * The meeting held on @date, or a new one: numbered after the earlier ones, with the whole
 * council as attendees (the secretary removes who is absent).
 *
 * Returns: (transfer none): the meeting, part of the document
 */
KdMeeting *
kd_document_open_meeting (KdDocument *document,
                          const char *date)
{
  GListModel *meetings;
  GListModel *members;
  guint       n;
  g_autoptr (KdMeeting) meeting = NULL;
  g_autoptr (GStrvBuilder) attendees = g_strv_builder_new ();
  g_auto (GStrv) attendee_ids = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  meetings = kd_document_get_meetings (document);
  n = g_list_model_get_n_items (meetings);
  for (guint i = n; i > 0; i--)
    {
      g_autoptr (KdMeeting) held = g_list_model_get_item (meetings, i - 1);

      if (g_strcmp0 (held->date, date) == 0)
        return held; /* the document keeps it alive */
    }

  members = kd_document_get_members (document);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KdItem) member = g_list_model_get_item (members, i);

      g_strv_builder_add (attendees, kd_item_get_id (member));
    }
  attendee_ids = g_strv_builder_end (attendees);
  /* TRANSLATORS: the title of a meeting's minutes; %u is its number in the cycle */
  title = g_strdup_printf (_ ("Self-assessment council meeting %u"), n + 1);
  meeting = kd_meeting_new ();
  g_object_set (meeting, "date", date, "title", title, "attendees", attendee_ids, NULL);
  kd_document_append_item (document, meetings, KD_ITEM (meeting));
  return meeting;
}

/* The council's latest agreement on @criterion, in any meeting; NULL when it has none. */
KdMeetingItem *
kd_document_lookup_agreement (KdDocument *document,
                              const char *criterion)
{
  GListModel *meetings;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);
  meetings = kd_document_get_meetings (document);
  for (guint i = g_list_model_get_n_items (meetings); i > 0; i--)
    {
      g_autoptr (KdMeeting) meeting = g_list_model_get_item (meetings, i - 1);
      KdMeetingItem *item = kd_meeting_lookup_item (meeting, criterion);

      if (item != NULL && item->agreed)
        return item;
    }
  return NULL;
}

static gboolean
assigned_to (KdDocument        *document,
             KdCriterionRecord *record,
             const char        *group_id)
{
  const char *assignee = kd_criterion_record_get_assignee (record);
  KdItem     *member;

  if (g_strcmp0 (assignee, group_id) == 0)
    return TRUE;
  member = kd_document_lookup_item (document, kd_document_get_members (document), assignee);
  return member != NULL && g_strcmp0 (kd_member_get_group (KD_MEMBER (member)), group_id) == 0;
}

/**
 * kd_document_meeting_agenda:
 * @flags: which criteria to keep
 * @group_id: (nullable): only the criteria assigned to this group (or to its members)
 *
 * The criteria a meeting goes through, in the framework's order.
 *
 * Returns: (transfer container) (element-type utf8): criterion codes, owned by the framework
 */
GPtrArray *
kd_document_meeting_agenda (KdDocument   *document,
                            KdAgendaFlags flags,
                            const char   *group_id)
{
  GPtrArray *agenda = g_ptr_array_new ();
  GPtrArray *criteria;
  guint      target;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), agenda);
  criteria = kd_framework_get_criteria (kd_document_get_framework (document));
  /* A cycle without a target still aims at Mức 1 at least. */
  target = MAX (kd_cycle_get_target_level (kd_document_get_cycle (document)), 1);
  for (guint i = 0; i < criteria->len; i++)
    {
      const KdCriterionDef *def = g_ptr_array_index (criteria, i);
      KdCriterionRecord    *record = kd_document_get_criterion (document, def->code);

      if (record == NULL)
        continue;
      if (group_id != NULL && *group_id != '\0' && !assigned_to (document, record, group_id))
        continue;
      if ((flags & KD_AGENDA_NOT_AGREED) && kd_document_lookup_agreement (document, def->code) != NULL)
        continue;
      if (flags & KD_AGENDA_BELOW_TARGET)
        {
          g_autoptr (KdCriterionResult) result = kd_evaluate_criterion (record);

          if (result->level >= MIN (target, def->top_level))
            continue;
        }
      g_ptr_array_add (agenda, def->code);
    }
  return agenda;
}
