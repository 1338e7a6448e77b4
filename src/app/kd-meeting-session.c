/* kd-meeting-session.c
 *
 * The minutes of the day's meeting are opened (or started) the first time something is recorded,
 * not when the meeting view opens: looking at the criteria on a projector changes nothing in the
 * document.
 */
#include "config.h"

#include "kd-meeting-session.h"
#include "kd-package.h"

struct _KdMeetingSession
{
  GObject parent_instance;

  KdDocument   *document;
  KdMeeting    *meeting; /* the day's minutes, once something is recorded (the document owns it) */
  GPtrArray    *agenda;  /* criterion codes, owned by the framework */
  KdAgendaFlags flags;
  char         *group_id;
  guint         position;
};

G_DEFINE_FINAL_TYPE (KdMeetingSession, kd_meeting_session, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (KdMeetingSession *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static char *
today_iso (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Today's meeting if the document has one already (a meeting continued after a break). */
static void
find_meeting (KdMeetingSession *self)
{
  GListModel      *meetings = kd_document_get_meetings (self->document);
  g_autofree char *today = today_iso ();

  self->meeting = NULL;
  for (guint i = g_list_model_get_n_items (meetings); i > 0; i--)
    {
      g_autoptr (KdMeeting) meeting = g_list_model_get_item (meetings, i - 1);

      if (g_str_equal (kd_meeting_get_date (meeting), today))
        {
          self->meeting = meeting;
          return;
        }
    }
}

static KdMeeting *
ensure_meeting (KdMeetingSession *self)
{
  if (self->meeting == NULL)
    {
      g_autofree char *today = today_iso ();

      self->meeting = kd_document_open_meeting (self->document, today);
    }
  return self->meeting;
}

static void
document_changed_cb (KdMeetingSession *self)
{
  /* An undo may have taken the day's minutes out of the document again. */
  find_meeting (self);
  emit_changed (self);
}

static void
kd_meeting_session_dispose (GObject *object)
{
  KdMeetingSession *self = KD_MEETING_SESSION (object);

  g_clear_object (&self->document);
  G_OBJECT_CLASS (kd_meeting_session_parent_class)->dispose (object);
}

static void
kd_meeting_session_finalize (GObject *object)
{
  KdMeetingSession *self = KD_MEETING_SESSION (object);

  g_clear_pointer (&self->agenda, g_ptr_array_unref);
  g_free (self->group_id);
  G_OBJECT_CLASS (kd_meeting_session_parent_class)->finalize (object);
}

static void
kd_meeting_session_class_init (KdMeetingSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kd_meeting_session_dispose;
  object_class->finalize = kd_meeting_session_finalize;

  /* The criterion shown, the agenda or the document changed: the views show it again. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
kd_meeting_session_init (KdMeetingSession *self)
{
}

KdMeetingSession *
kd_meeting_session_new (KdDocument *document)
{
  KdMeetingSession *self;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);
  self = g_object_new (KD_TYPE_MEETING_SESSION, NULL);
  self->document = g_object_ref (document);
  self->agenda = kd_document_meeting_agenda (document, 0, NULL);
  find_meeting (self);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  return self;
}

KdDocument *
kd_meeting_session_get_document (KdMeetingSession *self)
{
  g_return_val_if_fail (KD_IS_MEETING_SESSION (self), NULL);
  return self->document;
}

/* The day's minutes; NULL until something is recorded. */
KdMeeting *
kd_meeting_session_get_meeting (KdMeetingSession *self)
{
  g_return_val_if_fail (KD_IS_MEETING_SESSION (self), NULL);
  return self->meeting;
}

/* Whether the criterion shown may be changed: not in a read-only document, and in a work
 * package only the criteria given to its group. */
gboolean
kd_meeting_session_get_editable (KdMeetingSession *self)
{
  const char *code;

  g_return_val_if_fail (KD_IS_MEETING_SESSION (self), FALSE);
  code = kd_meeting_session_get_criterion (self);
  return code != NULL && kd_document_can_edit (self->document, KD_ITEM (kd_document_get_criterion (self->document, code)));
}

/* ---- the agenda --------------------------------------------------------------------- */

/**
 * kd_meeting_session_set_agenda:
 * @group_id: (nullable): only the criteria of this group
 *
 * Goes through the criteria @flags and @group_id select.  The criterion shown stays when it is
 * on the new agenda.  An agenda that selects nothing keeps the previous one.
 */
void
kd_meeting_session_set_agenda (KdMeetingSession *self,
                               KdAgendaFlags     flags,
                               const char       *group_id)
{
  const char *current;
  g_autoptr (GPtrArray) agenda = NULL;

  g_return_if_fail (KD_IS_MEETING_SESSION (self));
  current = kd_meeting_session_get_criterion (self);
  agenda = kd_document_meeting_agenda (self->document, flags, group_id);
  self->flags = flags;
  g_free (self->group_id);
  self->group_id = g_strdup (group_id != NULL && *group_id != '\0' ? group_id : NULL);
  g_ptr_array_unref (self->agenda);
  self->agenda = g_steal_pointer (&agenda);
  self->position = 0;
  for (guint i = 0; current != NULL && i < self->agenda->len; i++)
    if (g_str_equal (g_ptr_array_index (self->agenda, i), current))
      self->position = i;
  emit_changed (self);
}

KdAgendaFlags
kd_meeting_session_get_agenda_flags (KdMeetingSession *self)
{
  g_return_val_if_fail (KD_IS_MEETING_SESSION (self), 0);
  return self->flags;
}

const char *
kd_meeting_session_get_agenda_group (KdMeetingSession *self)
{
  g_return_val_if_fail (KD_IS_MEETING_SESSION (self), NULL);
  return self->group_id;
}

guint
kd_meeting_session_get_length (KdMeetingSession *self)
{
  g_return_val_if_fail (KD_IS_MEETING_SESSION (self), 0);
  return self->agenda->len;
}

const char *
kd_meeting_session_get_code (KdMeetingSession *self,
                             guint             position)
{
  g_return_val_if_fail (KD_IS_MEETING_SESSION (self), NULL);
  return position < self->agenda->len ? g_ptr_array_index (self->agenda, position) : NULL;
}

guint
kd_meeting_session_get_position (KdMeetingSession *self)
{
  g_return_val_if_fail (KD_IS_MEETING_SESSION (self), 0);
  return self->position;
}

/* The code of the criterion shown; NULL when the agenda is empty. */
const char *
kd_meeting_session_get_criterion (KdMeetingSession *self)
{
  g_return_val_if_fail (KD_IS_MEETING_SESSION (self), NULL);
  return kd_meeting_session_get_code (self, self->position);
}

/* The next (@direction 1) or previous (-1) criterion of the agenda; FALSE at either end. */
gboolean
kd_meeting_session_move (KdMeetingSession *self,
                         int               direction)
{
  g_return_val_if_fail (KD_IS_MEETING_SESSION (self), FALSE);
  if ((direction < 0 && self->position == 0) || (direction > 0 && self->position + 1 >= self->agenda->len))
    return FALSE;
  self->position += direction < 0 ? -1 : 1;
  emit_changed (self);
  return TRUE;
}

gboolean
kd_meeting_session_go_to (KdMeetingSession *self,
                          const char       *criterion)
{
  g_return_val_if_fail (KD_IS_MEETING_SESSION (self), FALSE);
  for (guint i = 0; criterion != NULL && i < self->agenda->len; i++)
    if (g_str_equal (g_ptr_array_index (self->agenda, i), criterion))
      {
        self->position = i;
        emit_changed (self);
        return TRUE;
      }
  return FALSE;
}

/* ---- recording ---------------------------------------------------------------------- */

gboolean
kd_meeting_session_set_indicator (KdMeetingSession *self,
                                  const char       *indicator,
                                  KdState           state)
{
  g_return_val_if_fail (KD_IS_MEETING_SESSION (self), FALSE);
  if (!kd_meeting_session_get_editable (self))
    return FALSE;
  kd_meeting_set_indicator (ensure_meeting (self), kd_meeting_session_get_criterion (self), indicator, state);
  return TRUE;
}

/* "Hội đồng thống nhất" on the criterion shown, or taken back when it was agreed today. */
gboolean
kd_meeting_session_toggle_agreed (KdMeetingSession *self)
{
  const char    *code;
  KdMeetingItem *item;

  g_return_val_if_fail (KD_IS_MEETING_SESSION (self), FALSE);
  if (!kd_meeting_session_get_editable (self))
    return FALSE;
  code = kd_meeting_session_get_criterion (self);
  item = self->meeting != NULL ? kd_meeting_lookup_item (self->meeting, code) : NULL;
  kd_meeting_agree (ensure_meeting (self), code, item == NULL || !kd_meeting_item_get_agreed (item));
  return TRUE;
}

gboolean
kd_meeting_session_set_note (KdMeetingSession *self,
                             const char       *note)
{
  const char    *code;
  KdMeetingItem *item;

  g_return_val_if_fail (KD_IS_MEETING_SESSION (self), FALSE);
  if (!kd_document_is_editable (self->document))
    return FALSE;
  code = kd_meeting_session_get_criterion (self);
  item = self->meeting != NULL ? kd_meeting_lookup_item (self->meeting, code) : NULL;
  if (code == NULL || g_strcmp0 (item != NULL ? kd_meeting_item_get_note (item) : "", note) == 0)
    return TRUE;
  kd_meeting_set_note (ensure_meeting (self), code, note);
  return TRUE;
}

/* Who attended, for the minutes: @member_id added to the attendees or taken off. */
gboolean
kd_meeting_session_set_attendee (KdMeetingSession *self,
                                 const char       *member_id,
                                 gboolean          present)
{
  const char *const *attendees;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) updated = NULL;

  g_return_val_if_fail (KD_IS_MEETING_SESSION (self), FALSE);
  if (!kd_document_is_editable (self->document) || member_id == NULL)
    return FALSE;
  attendees = kd_meeting_get_attendees (ensure_meeting (self));
  if (g_strv_contains (attendees, member_id) == present)
    return TRUE;
  for (guint i = 0; attendees[i] != NULL; i++)
    if (!g_str_equal (attendees[i], member_id))
      g_strv_builder_add (builder, attendees[i]);
  if (present)
    g_strv_builder_add (builder, member_id);
  updated = g_strv_builder_end (builder);
  g_object_set (self->meeting, "attendees", updated, NULL);
  return TRUE;
}

/* Criteria the council has agreed on (in this meeting or an earlier one), of all the framework's. */
void
kd_meeting_session_count_agreed (KdMeetingSession *self,
                                 guint            *agreed,
                                 guint            *total)
{
  GPtrArray *criteria;

  g_return_if_fail (KD_IS_MEETING_SESSION (self));
  criteria = kd_framework_get_criteria (kd_document_get_framework (self->document));
  *agreed = 0;
  *total = criteria->len;
  for (guint i = 0; i < criteria->len; i++)
    {
      const KdCriterionDef *def = g_ptr_array_index (criteria, i);

      *agreed += kd_document_lookup_agreement (self->document, def->code) != NULL ? 1 : 0;
    }
}
