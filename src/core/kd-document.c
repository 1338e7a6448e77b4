/* kd-document.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-criterion-record-private.h"
#include "kd-document-private.h"
#include "kd-item-private.h"
#include "kd-text.h"

struct _KdDocument
{
  GObject parent_instance;

  KdFramework  *framework;
  KdChangeSink *sink;
  KdUndoStack  *undo;

  KdSchool          *school;
  KdCycle           *cycle;
  GListStore        *members;
  GListStore        *groups;
  GListStore        *evidence;
  GListStore        *plan;
  GListStore        *reviews;
  GPtrArray         *records;   /* of KdCriterionRecord, catalogue order */
  GHashTable        *by_code;   /* code → KdCriterionRecord */
  GPtrArray         *standards; /* of KdStandardRecord, index = number - 1 */
  KdCriterionRecord *extra;
  KdDocumentKept     kept;
  guint              file_version;
  gboolean           in_use_elsewhere; /* someone else has the file open: shown, not changed */
  KdProblemList     *problems;         /* found while loading */

  char       *id;          /* stable across copies and packages of this assessment */
  gboolean    id_stored;   /* the id is in the file on disk */
  guint       revision;    /* saves so far */
  char       *author_name; /* who edits on this PC (history) */
  char       *author_id;
  GListStore *history;   /* of KdHistoryEntry */
  GListStore *meetings;  /* of KdMeeting */
  JsonObject *package;   /* set when this document is a group's work package */
  JsonArray  *conflicts; /* merge conflicts not yet resolved */
  JsonArray  *decisions; /* conflicts resolved, so that re-importing a package asks nothing */
};

G_DEFINE_FINAL_TYPE (KdDocument, kd_document, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_FRAMEWORK,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_READ_ONLY,
  PROP_EDITABLE,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* ---- change sink -------------------------------------------------------------------- */

KdChangeSink *
kd_change_sink_ref (KdChangeSink *sink)
{
  return g_rc_box_acquire (sink);
}

void
kd_change_sink_unref (KdChangeSink *sink)
{
  g_rc_box_release (sink);
}

/* History entries shorter than this are kept whole; longer values are cut with "…". */
#define HISTORY_VALUE_LENGTH 160
/* Edits of the same field by the same person closer than this make one history entry. */
#define HISTORY_COALESCE_SECONDS (10 * 60)

static const char *const action_names[] = { "edit", "add", "delete", "move" };

static gboolean
extends_last_entry (KdDocument     *self,
                    const char     *action,
                    const char     *target,
                    const char     *field,
                    GDateTime      *now,
                    KdHistoryEntry *last)
{
  g_autoptr (GDateTime) then = NULL;

  if (last == NULL || !g_str_equal (action, "edit") ||
      g_strcmp0 (kd_history_entry_get_action (last), "edit") != 0 ||
      g_strcmp0 (kd_history_entry_get_target (last), target) != 0 ||
      g_strcmp0 (kd_history_entry_get_field (last), field) != 0 ||
      g_strcmp0 (kd_history_entry_get_by (last), self->author_name != NULL ? self->author_name : "") != 0)
    return FALSE;
  if (!kd_datetime_parse_iso (kd_history_entry_get_at (last), &then))
    return FALSE;
  return g_date_time_difference (now, then) < (GTimeSpan)HISTORY_COALESCE_SECONDS * G_TIME_SPAN_SECOND;
}

static void
note_change (KdDocument         *self,
             const KdChangeNote *note)
{
  g_autofree char *target = kd_history_target_of (note->item);
  g_autofree char *at = kd_datetime_now_iso ();
  g_autofree char *value = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (KdHistoryEntry) last = NULL;
  const char *action = action_names[note->action];
  guint       n = g_list_model_get_n_items (G_LIST_MODEL (self->history));

  if (note->value != NULL && g_utf8_strlen (note->value, -1) > HISTORY_VALUE_LENGTH)
    {
      g_autofree char *head = g_utf8_substring (note->value, 0, HISTORY_VALUE_LENGTH);
      value = g_strconcat (head, "…", NULL);
    }
  else
    value = g_strdup (note->value != NULL ? note->value : "");

  if (n > 0)
    last = g_list_model_get_item (G_LIST_MODEL (self->history), n - 1);
  if (extends_last_entry (self, action, target, note->field, now, last))
    {
      g_object_set (last, "at", at, "value", value, NULL);
      return;
    }
  {
    g_autoptr (KdHistoryEntry) entry =
        g_object_new (KD_TYPE_HISTORY_ENTRY, "at", at, "by", self->author_name != NULL ? self->author_name : "",
                      "by-id", self->author_id != NULL ? self->author_id : "", "action", action, "target", target,
                      "field", note->field != NULL ? note->field : "", "value", value, NULL);

    g_list_store_append (self->history, entry);
  }
}

void
_kd_change_sink_record (KdChangeSink       *sink,
                        const KdChangeNote *note,
                        const char         *label,
                        KdUndoApply         apply,
                        gpointer            data,
                        GDestroyNotify      destroy)
{
  KdDocument *self = sink != NULL ? sink->document : NULL;

  if (self == NULL || kd_undo_stack_is_applying (self->undo))
    destroy (data);
  else
    kd_undo_stack_push (self->undo, label, apply, data, destroy);
  if (self == NULL)
    return;
  if (note != NULL && note->item != NULL && !KD_IS_HISTORY_ENTRY (note->item))
    note_change (self, note);
  g_signal_emit (self, signals[CHANGED], 0);
}

KdChangeSink *
_kd_document_get_sink (KdDocument *self)
{
  return self->sink;
}

/* ---- lifecycle ---------------------------------------------------------------------- */

static void
undo_state_changed_cb (KdDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
kd_document_dispose (GObject *object)
{
  KdDocument *self = KD_DOCUMENT (object);

  if (self->sink != NULL)
    self->sink->document = NULL;
  g_clear_object (&self->undo);
  G_OBJECT_CLASS (kd_document_parent_class)->dispose (object);
}

static void
kd_document_finalize (GObject *object)
{
  KdDocument *self = KD_DOCUMENT (object);

  g_clear_pointer (&self->sink, kd_change_sink_unref);
  g_clear_object (&self->school);
  g_clear_object (&self->cycle);
  g_clear_object (&self->members);
  g_clear_object (&self->groups);
  g_clear_object (&self->evidence);
  g_clear_object (&self->plan);
  g_clear_object (&self->reviews);
  g_clear_object (&self->history);
  g_clear_object (&self->meetings);
  g_clear_pointer (&self->package, json_object_unref);
  g_clear_pointer (&self->conflicts, json_array_unref);
  g_clear_pointer (&self->decisions, json_array_unref);
  g_free (self->id);
  g_free (self->author_name);
  g_free (self->author_id);
  g_clear_pointer (&self->by_code, g_hash_table_unref);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->standards, g_ptr_array_unref);
  g_clear_object (&self->extra);
  g_clear_pointer (&self->kept.root, json_object_unref);
  g_clear_pointer (&self->kept.council, json_object_unref);
  g_clear_pointer (&self->kept.criteria, json_object_unref);
  g_clear_pointer (&self->kept.standards, json_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->kept.lists); i++)
    g_clear_pointer (&self->kept.lists[i], json_array_unref);
  g_clear_pointer (&self->problems, kd_problem_list_free);
  g_clear_object (&self->framework);
  G_OBJECT_CLASS (kd_document_parent_class)->finalize (object);
}

static void
kd_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KdDocument *self = KD_DOCUMENT (object);

  switch (prop_id)
    {
      case PROP_FRAMEWORK:
        g_value_set_object (value, self->framework);
        break;
      case PROP_MODIFIED:
        g_value_set_boolean (value, kd_document_get_modified (self));
        break;
      case PROP_CAN_UNDO:
        g_value_set_boolean (value, kd_document_can_undo (self));
        break;
      case PROP_CAN_REDO:
        g_value_set_boolean (value, kd_document_can_redo (self));
        break;
      case PROP_READ_ONLY:
        g_value_set_boolean (value, kd_document_get_read_only (self));
        break;
      case PROP_EDITABLE:
        g_value_set_boolean (value, kd_document_is_editable (self));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kd_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KdDocument *self = KD_DOCUMENT (object);

  switch (prop_id)
    {
      case PROP_FRAMEWORK:
        self->framework = g_value_dup_object (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attach_store (KdDocument *self,
              GListStore *store)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr (KdItem) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      _kd_item_attach (item, self);
    }
}

static void
kd_document_constructed (GObject *object)
{
  KdDocument *self = KD_DOCUMENT (object);
  GPtrArray  *criteria;

  G_OBJECT_CLASS (kd_document_parent_class)->constructed (object);
  g_return_if_fail (KD_IS_FRAMEWORK (self->framework));

  criteria = kd_framework_get_criteria (self->framework);
  for (guint i = 0; i < criteria->len; i++)
    {
      const KdCriterionDef *def = g_ptr_array_index (criteria, i);
      KdCriterionRecord    *record = _kd_criterion_record_new (self->framework, def);

      _kd_item_attach (KD_ITEM (record), self);
      g_ptr_array_add (self->records, record);
      g_hash_table_insert (self->by_code, (gpointer)kd_criterion_record_get_code (record), record);
    }
  for (guint i = 0; i < kd_framework_get_standards (self->framework)->len; i++)
    {
      KdStandardRecord *record = _kd_standard_record_new (i + 1);

      _kd_item_attach (KD_ITEM (record), self);
      g_ptr_array_add (self->standards, record);
    }
  self->extra = _kd_criterion_record_new (self->framework, NULL);
  _kd_item_attach (KD_ITEM (self->extra), self);
  _kd_item_attach (KD_ITEM (self->school), self);
  _kd_item_attach (KD_ITEM (self->cycle), self);
}

static void
kd_document_class_init (KdDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kd_document_constructed;
  object_class->dispose = kd_document_dispose;
  object_class->finalize = kd_document_finalize;
  object_class->get_property = kd_document_get_property;
  object_class->set_property = kd_document_set_property;

  properties[PROP_FRAMEWORK] =
      g_param_spec_object ("framework", NULL, NULL, KD_TYPE_FRAMEWORK,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
      g_param_spec_boolean ("modified", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
      g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
      g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
      g_param_spec_boolean ("read-only", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] =
      g_param_spec_boolean ("editable", NULL, NULL, TRUE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KdDocument::changed:
   *
   * Something in the document changed (an edit, an undo or a redo).
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kd_document_init (KdDocument *self)
{
  self->sink = g_rc_box_new0 (KdChangeSink);
  self->sink->document = self;
  self->undo = kd_undo_stack_new ();
  g_signal_connect_object (self->undo, "notify::clean", G_CALLBACK (undo_state_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo, "notify::can-undo", G_CALLBACK (undo_state_changed_cb), self, G_CONNECT_SWAPPED);

  self->school = kd_school_new ();
  self->cycle = kd_cycle_new ();
  self->members = g_list_store_new (KD_TYPE_MEMBER);
  self->groups = g_list_store_new (KD_TYPE_GROUP);
  self->evidence = g_list_store_new (KD_TYPE_EVIDENCE);
  self->plan = g_list_store_new (KD_TYPE_PLAN_ROW);
  self->reviews = g_list_store_new (KD_TYPE_REVIEW);
  self->records = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  self->standards = g_ptr_array_new_with_free_func (g_object_unref);
  self->kept.root = json_object_new ();
  self->kept.council = json_object_new ();
  self->kept.criteria = json_object_new ();
  self->kept.standards = json_object_new ();
  for (guint i = 0; i < G_N_ELEMENTS (self->kept.lists); i++)
    self->kept.lists[i] = json_array_new ();
  self->file_version = KD_FORMAT_VERSION;
  self->problems = kd_problem_list_new ();
  self->id = g_uuid_string_random ();
  self->history = g_list_store_new (KD_TYPE_HISTORY_ENTRY);
  self->meetings = g_list_store_new (KD_TYPE_MEETING);
}

KdDocument *
kd_document_new (KdFramework *framework)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (framework), NULL);
  return g_object_new (KD_TYPE_DOCUMENT, "framework", framework, NULL);
}

/* ---- accessors ---------------------------------------------------------------------- */

KdFramework *
kd_document_get_framework (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  return self->framework;
}

KdSchool *
kd_document_get_school (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  return self->school;
}

KdCycle *
kd_document_get_cycle (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  return self->cycle;
}

GListModel *
kd_document_get_members (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->members);
}

GListModel *
kd_document_get_groups (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->groups);
}

GListModel *
kd_document_get_evidence (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->evidence);
}

GListModel *
kd_document_get_plan (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->plan);
}

GListModel *
kd_document_get_reviews (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->reviews);
}

KdCriterionRecord *
kd_document_get_criterion (KdDocument *self,
                           const char *code)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  return code != NULL ? g_hash_table_lookup (self->by_code, code) : NULL;
}

KdStandardRecord *
kd_document_get_standard (KdDocument *self,
                          guint       number)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  if (number == 0 || number > self->standards->len)
    return NULL;
  return g_ptr_array_index (self->standards, number - 1);
}

/* The Mức 4 (extra) requirements, keyed "1".."6"; empty for frameworks without them. */
KdCriterionRecord *
kd_document_get_extra (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  return self->extra;
}

KdItem *
kd_document_lookup_item (KdDocument *self,
                         GListModel *list,
                         const char *id)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (list), NULL);

  for (guint i = 0; id != NULL && *id != '\0' && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (KdItem) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (kd_item_get_id (item), id) == 0)
        return item; /* the list keeps it alive */
    }
  return NULL;
}

/* The name of the group or member a criterion is assigned to, or "" if none. */
const char *
kd_document_describe_assignee (KdDocument *self,
                               const char *id)
{
  KdItem *item;

  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  if ((item = kd_document_lookup_item (self, G_LIST_MODEL (self->groups), id)) != NULL)
    return kd_group_get_name (KD_GROUP (item));
  if ((item = kd_document_lookup_item (self, G_LIST_MODEL (self->members), id)) != NULL)
    return kd_member_get_name (KD_MEMBER (item));
  return "";
}

/* ---- list edits with undo ----------------------------------------------------------- */

typedef enum
{
  LIST_INSERT,
  LIST_REMOVE,
  LIST_MOVE,
} ListEditKind;

typedef struct
{
  KdDocument  *document; /* not owned: the undo stack dies with it */
  GListStore  *store;
  ListEditKind kind;
  guint        position;
  guint        to;
  KdItem      *item;
} ListEdit;

static void
list_edit_free (gpointer data)
{
  ListEdit *edit = data;

  g_object_unref (edit->store);
  g_object_unref (edit->item);
  g_free (edit);
}

static void
store_insert (KdDocument *self,
              GListStore *store,
              guint       position,
              KdItem     *item)
{
  _kd_item_attach (item, self);
  g_list_store_insert (store, position, item);
}

static void
store_move (GListStore *store,
            guint       from,
            guint       to)
{
  g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (store), from);

  g_list_store_remove (store, from);
  g_list_store_insert (store, to, item);
}

static void
list_edit_apply (gpointer data,
                 gboolean undo)
{
  ListEdit *edit = data;

  switch (edit->kind)
    {
      case LIST_INSERT:
        if (undo)
          g_list_store_remove (edit->store, edit->position);
        else
          store_insert (edit->document, edit->store, edit->position, edit->item);
        break;
      case LIST_REMOVE:
        if (undo)
          store_insert (edit->document, edit->store, edit->position, edit->item);
        else
          g_list_store_remove (edit->store, edit->position);
        break;
      case LIST_MOVE:
        if (undo)
          store_move (edit->store, edit->to, edit->position);
        else
          store_move (edit->store, edit->position, edit->to);
        break;
    }
}

static void
record_list_edit (KdDocument  *self,
                  GListStore  *store,
                  ListEditKind kind,
                  guint        position,
                  guint        to,
                  KdItem      *item,
                  const char  *label)
{
  ListEdit *edit = g_new0 (ListEdit, 1);

  edit->document = self;
  edit->store = g_object_ref (store);
  edit->kind = kind;
  edit->position = position;
  edit->to = to;
  edit->item = g_object_ref (item);
  {
    static const KdChangeAction actions[] = { KD_CHANGE_ADD, KD_CHANGE_DELETE, KD_CHANGE_MOVE };
    KdChangeNote                note = { actions[kind], item, "", "" };

    _kd_change_sink_record (self->sink, &note, label, list_edit_apply, edit, list_edit_free);
  }
}

/**
 * kd_document_insert_item:
 * @list: one of the document's lists (plan, evidence, members, groups, reviews, or the entries
 *   of one of its reviews)
 */
void
kd_document_insert_item (KdDocument *self,
                         GListModel *list,
                         guint       position,
                         KdItem     *item)
{
  g_return_if_fail (KD_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_LIST_STORE (list));
  g_return_if_fail (KD_IS_ITEM (item));

  position = MIN (position, g_list_model_get_n_items (list));
  store_insert (self, G_LIST_STORE (list), position, item);
  record_list_edit (self, G_LIST_STORE (list), LIST_INSERT, position, 0, item, _ ("Add"));
}

void
kd_document_append_item (KdDocument *self,
                         GListModel *list,
                         KdItem     *item)
{
  g_return_if_fail (G_IS_LIST_MODEL (list));
  kd_document_insert_item (self, list, g_list_model_get_n_items (list), item);
}

void
kd_document_remove_item (KdDocument *self,
                         GListModel *list,
                         guint       position)
{
  g_autoptr (KdItem) item = NULL;

  g_return_if_fail (KD_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_LIST_STORE (list));
  g_return_if_fail (position < g_list_model_get_n_items (list));

  item = g_list_model_get_item (list, position);
  g_list_store_remove (G_LIST_STORE (list), position);
  record_list_edit (self, G_LIST_STORE (list), LIST_REMOVE, position, 0, item, _ ("Delete"));
}

void
kd_document_move_item (KdDocument *self,
                       GListModel *list,
                       guint       from,
                       guint       to)
{
  g_autoptr (KdItem) item = NULL;
  guint n;

  g_return_if_fail (KD_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_LIST_STORE (list));
  n = g_list_model_get_n_items (list);
  g_return_if_fail (from < n && to < n);
  if (from == to)
    return;

  item = g_list_model_get_item (list, from);
  store_move (G_LIST_STORE (list), from, to);
  record_list_edit (self, G_LIST_STORE (list), LIST_MOVE, from, to, item, _ ("Move"));
}

/* ---- undo --------------------------------------------------------------------------- */

void
kd_document_begin_group (KdDocument *self,
                         const char *label)
{
  g_return_if_fail (KD_IS_DOCUMENT (self));
  kd_undo_stack_begin_group (self->undo, label);
}

void
kd_document_end_group (KdDocument *self)
{
  g_return_if_fail (KD_IS_DOCUMENT (self));
  kd_undo_stack_end_group (self->undo);
}

gboolean
kd_document_undo (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), FALSE);
  return kd_undo_stack_undo (self->undo);
}

gboolean
kd_document_redo (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), FALSE);
  return kd_undo_stack_redo (self->undo);
}

gboolean
kd_document_can_undo (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), FALSE);
  return kd_undo_stack_can_undo (self->undo);
}

gboolean
kd_document_can_redo (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), FALSE);
  return kd_undo_stack_can_redo (self->undo);
}

gboolean
kd_document_get_modified (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), FALSE);
  return !kd_undo_stack_is_clean (self->undo);
}

void
kd_document_mark_saved (KdDocument *self)
{
  g_return_if_fail (KD_IS_DOCUMENT (self));
  kd_undo_stack_mark_clean (self->undo);
}

/* Forgets every undo and redo step and counts the document as saved: the values a new
 * document starts with are not edits the user could undo. */
void
kd_document_forget_history (KdDocument *self)
{
  g_return_if_fail (KD_IS_DOCUMENT (self));
  kd_undo_stack_clear (self->undo);
  kd_undo_stack_mark_clean (self->undo);
}

/* A document written by a newer version of Kiểm Định: shown, never written over. */
gboolean
kd_document_get_read_only (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), FALSE);
  return self->file_version > KD_FORMAT_VERSION;
}

/**
 * kd_document_set_in_use_elsewhere:
 * @in_use: someone else has the document's file open (kd_lock_acquire() found their lock)
 *
 * While someone else works on the file, it is shown here and nothing in it can be changed:
 * two people editing one file would write over each other.
 */
void
kd_document_set_in_use_elsewhere (KdDocument *self,
                                  gboolean    in_use)
{
  g_return_if_fail (KD_IS_DOCUMENT (self));
  if (self->in_use_elsewhere == !!in_use)
    return;
  self->in_use_elsewhere = !!in_use;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

gboolean
kd_document_get_in_use_elsewhere (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), FALSE);
  return self->in_use_elsewhere;
}

/**
 * kd_document_is_editable:
 *
 * Whether anything in the document can be changed here: not when a newer version wrote it
 * (kd_document_get_read_only()) nor while someone else has its file open.  Either way it can
 * still be read, searched and exported.
 */
gboolean
kd_document_is_editable (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), FALSE);
  return !kd_document_get_read_only (self) && !self->in_use_elsewhere;
}

guint
kd_document_get_file_version (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), 0);
  return self->file_version;
}

const KdProblemList *
kd_document_get_load_problems (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  return self->problems;
}

/* ---- private ------------------------------------------------------------------------ */

KdDocumentKept *
_kd_document_get_kept (KdDocument *self)
{
  return &self->kept;
}

void
_kd_document_set_file_version (KdDocument *self,
                               guint       version)
{
  self->file_version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

KdProblemList *
_kd_document_get_problems (KdDocument *self)
{
  return self->problems;
}

GPtrArray *
_kd_document_get_records (KdDocument *self)
{
  return self->records;
}

void
_kd_document_attach_all (KdDocument *self)
{
  attach_store (self, self->members);
  attach_store (self, self->groups);
  attach_store (self, self->evidence);
  attach_store (self, self->plan);
  attach_store (self, self->reviews);
  attach_store (self, self->meetings);
}

/* ---- identity, history, meetings ---------------------------------------------------- */

/* A random id given when the assessment is created; copies and work packages keep it. */
const char *
kd_document_get_id (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  return self->id;
}

/* How many times the document has been saved; packages are stamped with it. */
guint
kd_document_get_revision (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), 0);
  return self->revision;
}

void
_kd_document_set_identity (KdDocument *self,
                           const char *id,
                           guint       revision)
{
  if (id != NULL && *id != '\0')
    {
      g_free (self->id);
      self->id = g_strdup (id);
      self->id_stored = TRUE;
    }
  self->revision = revision;
}

/* Saved as it is, id included: what work packages need, so that they can be merged back. */
gboolean
kd_document_is_saved (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), FALSE);
  return self->id_stored && !kd_document_get_modified (self);
}

void
_kd_document_set_id_stored (KdDocument *self)
{
  self->id_stored = TRUE;
}

/**
 * kd_document_set_author:
 * @name: the council member's name (or whoever edits on this PC)
 * @member_id: (nullable): the member's id in the council; NULL: the member of the council who
 *   has that name, if any
 *
 * Who the following changes are by, for the history.
 */
void
kd_document_set_author (KdDocument *self,
                        const char *name,
                        const char *member_id)
{
  g_return_if_fail (KD_IS_DOCUMENT (self));
  for (guint i = 0; member_id == NULL && name != NULL && *name != '\0' &&
                    i < g_list_model_get_n_items (kd_document_get_members (self));
       i++)
    {
      g_autoptr (KdMember) member = g_list_model_get_item (kd_document_get_members (self), i);

      if (g_str_equal (kd_member_get_name (member), name))
        member_id = kd_item_get_id (KD_ITEM (member));
    }
  g_free (self->author_name);
  g_free (self->author_id);
  self->author_name = g_strdup (name != NULL ? name : "");
  self->author_id = g_strdup (member_id != NULL ? member_id : "");
}

const char *
kd_document_get_author_name (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  return self->author_name != NULL ? self->author_name : "";
}

/* Every change by whom and when, oldest first (KdHistoryEntry). */
GListModel *
kd_document_get_history (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->history);
}

/* An entry for an operation that is not one edit: a merge, a package cut, a resolution. */
void
kd_document_add_history (KdDocument *self,
                         const char *action,
                         const char *target,
                         const char *summary)
{
  g_autofree char *at = kd_datetime_now_iso ();
  g_autoptr (KdHistoryEntry) entry = NULL;

  g_return_if_fail (KD_IS_DOCUMENT (self));
  entry = g_object_new (KD_TYPE_HISTORY_ENTRY, "at", at, "by", self->author_name != NULL ? self->author_name : "",
                        "by-id", self->author_id != NULL ? self->author_id : "", "action", action,
                        "target", target != NULL ? target : "", "summary", summary != NULL ? summary : "", NULL);
  g_list_store_append (self->history, entry);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Council meetings and their minutes (KdMeeting). */
GListModel *
kd_document_get_meetings (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->meetings);
}

gboolean
kd_document_is_package (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), FALSE);
  return self->package != NULL;
}

guint
kd_document_count_conflicts (KdDocument *self)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (self), 0);
  return self->conflicts != NULL ? json_array_get_length (self->conflicts) : 0;
}

JsonObject *
_kd_document_get_package (KdDocument *self)
{
  return self->package;
}

void
_kd_document_set_package (KdDocument *self,
                          JsonObject *package)
{
  g_clear_pointer (&self->package, json_object_unref);
  if (package != NULL)
    self->package = json_object_ref (package);
}

JsonArray *
_kd_document_get_conflicts (KdDocument *self)
{
  if (self->conflicts == NULL)
    self->conflicts = json_array_new ();
  return self->conflicts;
}

JsonArray *
_kd_document_get_decisions (KdDocument *self)
{
  if (self->decisions == NULL)
    self->decisions = json_array_new ();
  return self->decisions;
}

/* Marks a document built in memory (a merge, a resolved conflict) as not saved yet. */
void
kd_document_mark_unsaved (KdDocument *self)
{
  g_return_if_fail (KD_IS_DOCUMENT (self));
  kd_undo_stack_mark_dirty (self->undo);
}
