/* kd-document.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-criterion-record-private.h"
#include "kd-document-private.h"
#include "kd-item-private.h"

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

  KdDocumentKept kept;
  guint          file_version;
  KdProblemList *problems; /* found while loading */
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

void
_kd_change_sink_record (KdChangeSink  *sink,
                        const char    *label,
                        KdUndoApply    apply,
                        gpointer       data,
                        GDestroyNotify destroy)
{
  KdDocument *self = sink != NULL ? sink->document : NULL;

  if (self == NULL || kd_undo_stack_is_applying (self->undo))
    destroy (data);
  else
    kd_undo_stack_push (self->undo, label, apply, data, destroy);
  if (self != NULL)
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
  _kd_change_sink_record (self->sink, label, list_edit_apply, edit, list_edit_free);
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
}
