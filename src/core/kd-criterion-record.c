/* kd-criterion-record.c */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-criterion-record-private.h"
#include "kd-item-private.h"
#include "kd-json-util.h"

typedef enum
{
  MAP_INDICATORS,
  MAP_DESCRIPTIONS,
  MAP_QUANTITATIVE,
  N_MAPS
} MapKind;

static const char *const map_members[N_MAPS] = { "indicators", "descriptions", "quantitative" };

struct _KdCriterionRecord
{
  KdItem parent_instance;

  char                 *code;
  const KdCriterionDef *def; /* NULL for the extra requirements */
  KdFramework          *framework;

  char *strengths;
  char *weaknesses;
  char *improvement;
  char *assignee; /* id of a KdGroup or KdMember, or "" */

  GHashTable *maps[N_MAPS]; /* key → string; indicator states as "met"/"unmet" */
  JsonObject *kept[N_MAPS]; /* entries the file had that could not be used, kept verbatim */
};

G_DEFINE_FINAL_TYPE (KdCriterionRecord, kd_criterion_record, KD_TYPE_ITEM)

enum
{
  INDICATOR_CHANGED,
  DESCRIPTION_CHANGED,
  QUANTITATIVE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const KdField record_fields[] = {
  KD_FIELD (KdCriterionRecord, "strengths", strengths, KD_FIELD_STRING, N_ ("strengths")),
  KD_FIELD (KdCriterionRecord, "weaknesses", weaknesses, KD_FIELD_STRING, N_ ("weaknesses")),
  KD_FIELD (KdCriterionRecord, "improvement", improvement, KD_FIELD_STRING, N_ ("improvement plan")),
  KD_FIELD (KdCriterionRecord, "assignee", assignee, KD_FIELD_ID, N_ ("assigned to")),
};

static gboolean
knows_key (KdCriterionRecord *self,
           MapKind            kind,
           const char        *key)
{
  guint64 index;

  switch (kind)
    {
      case MAP_QUANTITATIVE:
        return self->def != NULL && self->def->quantitative_data != NULL &&
               g_ascii_string_to_unsigned (key, 10, 1, g_strv_length (self->def->quantitative_data), &index, NULL);
      default:
        if (self->def != NULL)
          return kd_criterion_def_lookup_indicator (self->def, key) != NULL;
        return kd_framework_lookup_extra (self->framework, key) != NULL;
    }
}

typedef struct
{
  KdCriterionRecord *record;
  MapKind            kind;
  char              *key;
  char              *old_value;
  char              *new_value;
} MapChange;

static void
map_change_free (gpointer data)
{
  MapChange *change = data;

  g_object_unref (change->record);
  g_free (change->key);
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change);
}

static void set_map (KdCriterionRecord *self,
                     MapKind            kind,
                     const char        *key,
                     const char        *value);

static void
map_change_apply (gpointer data,
                  gboolean undo)
{
  MapChange *change = data;

  set_map (change->record, change->kind, change->key, undo ? change->old_value : change->new_value);
}

/* NULL or "" removes the entry. */
static void
set_map (KdCriterionRecord *self,
         MapKind            kind,
         const char        *key,
         const char        *value)
{
  const char *old = g_hash_table_lookup (self->maps[kind], key);
  MapChange  *change;

  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (old, value) == 0)
    return;

  change = g_new0 (MapChange, 1);
  change->record = g_object_ref (self);
  change->kind = kind;
  change->key = g_strdup (key);
  change->old_value = g_strdup (old);
  change->new_value = g_strdup (value);

  if (value != NULL)
    g_hash_table_insert (self->maps[kind], g_strdup (key), g_strdup (value));
  else
    g_hash_table_remove (self->maps[kind], key);
  json_object_remove_member (self->kept[kind], key);
  {
    g_autofree char *field = g_strdup_printf ("%s.%s", map_members[kind], key);
    KdState          state = KD_STATE_UNASSESSED;
    const char      *shown = value != NULL ? value : "";

    if (kind == MAP_INDICATORS)
      {
        kd_state_from_string (value, &state);
        shown = kd_state_describe (state);
      }
    _kd_item_record (KD_ITEM (self), field, shown, _ ("Edit"), map_change_apply, change, map_change_free);
  }
  g_signal_emit (self, signals[INDICATOR_CHANGED + kind], 0, key);
}

static void
kd_criterion_record_finalize (GObject *object)
{
  KdCriterionRecord *self = KD_CRITERION_RECORD (object);

  g_free (self->code);
  g_clear_object (&self->framework);
  for (guint i = 0; i < N_MAPS; i++)
    {
      g_clear_pointer (&self->maps[i], g_hash_table_unref);
      g_clear_pointer (&self->kept[i], json_object_unref);
    }
  G_OBJECT_CLASS (kd_criterion_record_parent_class)->finalize (object);
}

static char *
describe_key (KdCriterionRecord *self,
              MapKind            kind,
              const char        *key)
{
  if (kind == MAP_QUANTITATIVE)
    return g_strdup_printf (_ ("criterion %s, quantitative data %s"), self->code, key);
  if (self->def != NULL)
    return g_strdup_printf (_ ("criterion %s, indicator %s"), self->code, key);
  return g_strdup_printf (_ ("%s, requirement %s"), kd_framework_get_extra_title (self->framework), key);
}

static void
load_map (KdCriterionRecord *self,
          MapKind            kind,
          JsonObject        *object,
          const char        *location,
          KdProblemList     *problems)
{
  JsonNode      *node = json_object_get_member (object, map_members[kind]);
  KdProblemFlags flags = kind == MAP_INDICATORS ? KD_PROBLEM_AFFECTS_LEVELS : 0;
  g_autoptr (GList) keys = NULL;
  JsonObject *map;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      kd_problem_list_add (problems, KD_PROBLEM_ERROR, flags, location,
                           _ ("“%s” must be an object of values"), map_members[kind]);
      return; /* stays among the item's unknown members */
    }
  _kd_item_forget_unknown (KD_ITEM (self), map_members[kind]);
  map = json_node_get_object (node);
  keys = json_object_get_members (map);
  for (GList *l = keys; l != NULL; l = l->next)
    {
      const char      *key = l->data;
      JsonNode        *value = json_object_get_member (map, key);
      g_autofree char *where = describe_key (self, kind, key);
      g_autofree char *shown = kd_json_node_describe (value);
      const char      *text = NULL;
      KdState          state;

      if (!knows_key (self, kind, key))
        {
          if (kind == MAP_QUANTITATIVE)
            kd_problem_list_add (problems, KD_PROBLEM_ERROR, flags, where,
                                 _ ("criterion %s has no such quantitative data"), self->code);
          else if (self->def != NULL)
            kd_problem_list_add (problems, KD_PROBLEM_ERROR, flags, where,
                                 _ ("criterion %s has no indicator “%s”"), self->code, key);
          else
            kd_problem_list_add (problems, KD_PROBLEM_ERROR, flags, where,
                                 _ ("there is no requirement “%s”"), key);
          json_object_set_member (self->kept[kind], key, json_node_copy (value));
          continue;
        }
      if (JSON_NODE_HOLDS_NULL (value))
        continue;
      if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING)
        {
          kd_problem_list_add (problems, KD_PROBLEM_ERROR, flags, where, _ ("%s is not text"), shown);
          json_object_set_member (self->kept[kind], key, json_node_copy (value));
          continue;
        }
      text = json_node_get_string (value);
      if (kind == MAP_INDICATORS && !kd_state_from_string (text, &state))
        {
          kd_problem_list_add (problems, KD_PROBLEM_ERROR, flags, where,
                               _ ("the value “%s” is not valid (use “met” or “unmet”)"), shown);
          json_object_set_member (self->kept[kind], key, json_node_copy (value));
          continue;
        }
      if (*text != '\0')
        g_hash_table_insert (self->maps[kind], g_strdup (key), g_strdup (text));
    }
}

static void
kd_criterion_record_load_extra (KdItem        *item,
                                JsonObject    *object,
                                const char    *location,
                                KdProblemList *problems)
{
  KdCriterionRecord *self = KD_CRITERION_RECORD (item);

  for (guint kind = 0; kind < N_MAPS; kind++)
    load_map (self, kind, object, location, problems);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const char *x = *(const char **)a;
  const char *y = *(const char **)b;
  gsize       lx = strlen (x), ly = strlen (y);

  /* "2" before "10" for quantitative indexes; "1a" before "1b" for indicators. */
  if (g_ascii_isdigit (*x) && g_ascii_isdigit (*y) && lx != ly && strspn (x, "0123456789") == lx &&
      strspn (y, "0123456789") == ly)
    return lx < ly ? -1 : 1;
  return strcmp (x, y);
}

static GPtrArray *
sorted_keys (GHashTable *map)
{
  GPtrArray     *keys = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer       key;

  g_hash_table_iter_init (&iter, map);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort (keys, compare_keys);
  return keys;
}

static JsonObject *
save_map (KdCriterionRecord *self,
          MapKind            kind)
{
  JsonObject *object = json_object_new ();
  g_autoptr (GPtrArray) keys = sorted_keys (self->maps[kind]);
  g_autoptr (GList) kept = json_object_get_members (self->kept[kind]);

  for (guint i = 0; i < keys->len; i++)
    json_object_set_string_member (object, g_ptr_array_index (keys, i),
                                   g_hash_table_lookup (self->maps[kind], g_ptr_array_index (keys, i)));
  for (GList *l = kept; l != NULL; l = l->next)
    if (!json_object_has_member (object, l->data))
      _kd_item_copy_json_member (self->kept[kind], object, l->data);
  return object;
}

static void
kd_criterion_record_save_extra (KdItem     *item,
                                JsonObject *object)
{
  KdCriterionRecord *self = KD_CRITERION_RECORD (item);

  for (guint kind = 0; kind < N_MAPS; kind++)
    {
      if (g_hash_table_size (self->maps[kind]) == 0 && json_object_get_size (self->kept[kind]) == 0)
        continue;
      json_object_set_object_member (object, map_members[kind], save_map (self, kind));
    }
}

static void
kd_criterion_record_class_init (KdCriterionRecordClass *klass)
{
  KdItemClass *item_class = KD_ITEM_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = kd_criterion_record_finalize;
  kd_item_class_install_fields (item_class, record_fields, G_N_ELEMENTS (record_fields));
  item_class->load_extra = kd_criterion_record_load_extra;
  item_class->save_extra = kd_criterion_record_save_extra;

  signals[INDICATOR_CHANGED] =
      g_signal_new ("indicator-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[DESCRIPTION_CHANGED] =
      g_signal_new ("description-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                    NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[QUANTITATIVE_CHANGED] =
      g_signal_new ("quantitative-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                    NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
kd_criterion_record_init (KdCriterionRecord *self)
{
  for (guint i = 0; i < N_MAPS; i++)
    {
      self->maps[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      self->kept[i] = json_object_new ();
    }
}

KdCriterionRecord *
_kd_criterion_record_new (KdFramework          *framework,
                          const KdCriterionDef *def)
{
  KdCriterionRecord *self = g_object_new (KD_TYPE_CRITERION_RECORD, NULL);

  self->framework = g_object_ref (framework);
  self->def = def;
  self->code = g_strdup (def != NULL ? def->code : "");
  return self;
}

gboolean
_kd_criterion_record_has_data (KdCriterionRecord *self)
{
  if (!kd_item_is_empty (KD_ITEM (self)))
    return TRUE;
  for (guint i = 0; i < N_MAPS; i++)
    if (g_hash_table_size (self->maps[i]) > 0 || json_object_get_size (self->kept[i]) > 0)
      return TRUE;
  return FALSE;
}

const char *
kd_criterion_record_get_code (KdCriterionRecord *self)
{
  g_return_val_if_fail (KD_IS_CRITERION_RECORD (self), NULL);
  return self->code;
}

const KdCriterionDef *
kd_criterion_record_get_def (KdCriterionRecord *self)
{
  g_return_val_if_fail (KD_IS_CRITERION_RECORD (self), NULL);
  return self->def;
}

gboolean
kd_criterion_record_is_extra (KdCriterionRecord *self)
{
  g_return_val_if_fail (KD_IS_CRITERION_RECORD (self), FALSE);
  return self->def == NULL;
}

KdState
kd_criterion_record_get_indicator (KdCriterionRecord *self,
                                   const char        *id)
{
  KdState state = KD_STATE_UNASSESSED;

  g_return_val_if_fail (KD_IS_CRITERION_RECORD (self), KD_STATE_UNASSESSED);
  if (id != NULL && !kd_state_from_string (g_hash_table_lookup (self->maps[MAP_INDICATORS], id), &state))
    state = KD_STATE_UNASSESSED;
  return state;
}

void
kd_criterion_record_set_indicator (KdCriterionRecord *self,
                                   const char        *id,
                                   KdState            state)
{
  g_return_if_fail (KD_IS_CRITERION_RECORD (self));
  g_return_if_fail (id != NULL && knows_key (self, MAP_INDICATORS, id));

  set_map (self, MAP_INDICATORS, id, state == KD_STATE_UNASSESSED ? NULL : kd_state_to_string (state));
}

const char *
kd_criterion_record_get_description (KdCriterionRecord *self,
                                     const char        *id)
{
  const char *text;

  g_return_val_if_fail (KD_IS_CRITERION_RECORD (self), NULL);
  text = id != NULL ? g_hash_table_lookup (self->maps[MAP_DESCRIPTIONS], id) : NULL;
  return text != NULL ? text : "";
}

void
kd_criterion_record_set_description (KdCriterionRecord *self,
                                     const char        *id,
                                     const char        *text)
{
  g_return_if_fail (KD_IS_CRITERION_RECORD (self));
  g_return_if_fail (id != NULL && knows_key (self, MAP_DESCRIPTIONS, id));

  set_map (self, MAP_DESCRIPTIONS, id, text);
}

const char *
kd_criterion_record_get_quantitative (KdCriterionRecord *self,
                                      guint              index)
{
  char        key[16];
  const char *text;

  g_return_val_if_fail (KD_IS_CRITERION_RECORD (self), NULL);
  g_snprintf (key, sizeof key, "%u", index);
  text = g_hash_table_lookup (self->maps[MAP_QUANTITATIVE], key);
  return text != NULL ? text : "";
}

/* @index counts from 1, as the catalogue's quantitative_data list is numbered for users. */
void
kd_criterion_record_set_quantitative (KdCriterionRecord *self,
                                      guint              index,
                                      const char        *value)
{
  char key[16];

  g_return_if_fail (KD_IS_CRITERION_RECORD (self));
  g_snprintf (key, sizeof key, "%u", index);
  g_return_if_fail (knows_key (self, MAP_QUANTITATIVE, key));

  set_map (self, MAP_QUANTITATIVE, key, value);
}

KD_ITEM_STRING_GETTER (KdCriterionRecord, kd_criterion_record, KD_IS_CRITERION_RECORD, strengths)
KD_ITEM_STRING_GETTER (KdCriterionRecord, kd_criterion_record, KD_IS_CRITERION_RECORD, weaknesses)
KD_ITEM_STRING_GETTER (KdCriterionRecord, kd_criterion_record, KD_IS_CRITERION_RECORD, improvement)
KD_ITEM_STRING_GETTER (KdCriterionRecord, kd_criterion_record, KD_IS_CRITERION_RECORD, assignee)

/**
 * kd_criterion_record_is_assigned_to:
 *
 * Whether the criterion is @member's work: assigned to the member, or to the group the member
 * belongs to ("only my criteria").
 */
gboolean
kd_criterion_record_is_assigned_to (KdCriterionRecord *self,
                                    KdMember          *member)
{
  const char *assignee;
  const char *group;

  g_return_val_if_fail (KD_IS_CRITERION_RECORD (self), FALSE);
  g_return_val_if_fail (KD_IS_MEMBER (member), FALSE);
  assignee = kd_criterion_record_get_assignee (self);
  group = kd_member_get_group (member);
  if (*assignee == '\0')
    return FALSE;
  return g_str_equal (assignee, kd_item_get_id (KD_ITEM (member))) || (*group != '\0' && g_str_equal (assignee, group));
}

/* Every text the school wrote for the criterion, one after another: where evidence is cited. */
char *
kd_criterion_record_dup_all_text (KdCriterionRecord *self)
{
  GString *text = g_string_new (NULL);
  g_autoptr (GPtrArray) keys = NULL;

  g_return_val_if_fail (KD_IS_CRITERION_RECORD (self), NULL);
  keys = sorted_keys (self->maps[MAP_DESCRIPTIONS]);
  for (guint i = 0; i < keys->len; i++)
    {
      g_string_append (text, g_hash_table_lookup (self->maps[MAP_DESCRIPTIONS], g_ptr_array_index (keys, i)));
      g_string_append_c (text, '\n');
    }
  {
    const char *parts[] = { self->strengths, self->weaknesses, self->improvement };

    for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
      if (parts[i] != NULL)
        {
          g_string_append (text, parts[i]);
          g_string_append_c (text, '\n');
        }
  }
  return g_string_free (text, FALSE);
}

/* ---- KdStandardRecord --------------------------------------------------------------- */

struct _KdStandardRecord
{
  KdItem parent_instance;

  guint number;
  char *strengths;   /* điểm mạnh nổi bật */
  char *weaknesses;  /* điểm hạn chế trọng tâm và nguyên nhân */
  char *improvement; /* định hướng cải tiến chất lượng */
};

G_DEFINE_FINAL_TYPE (KdStandardRecord, kd_standard_record, KD_TYPE_ITEM)

static const KdField standard_fields[] = {
  KD_FIELD (KdStandardRecord, "strengths", strengths, KD_FIELD_STRING, N_ ("strengths")),
  KD_FIELD (KdStandardRecord, "weaknesses", weaknesses, KD_FIELD_STRING, N_ ("weaknesses")),
  KD_FIELD (KdStandardRecord, "improvement", improvement, KD_FIELD_STRING, N_ ("improvement plan")),
};

static void
kd_standard_record_class_init (KdStandardRecordClass *klass)
{
  kd_item_class_install_fields (KD_ITEM_CLASS (klass), standard_fields, G_N_ELEMENTS (standard_fields));
}

static void
kd_standard_record_init (KdStandardRecord *self)
{
}

KdStandardRecord *
_kd_standard_record_new (guint number)
{
  KdStandardRecord *self = g_object_new (KD_TYPE_STANDARD_RECORD, NULL);

  self->number = number;
  return self;
}

guint
kd_standard_record_get_number (KdStandardRecord *self)
{
  g_return_val_if_fail (KD_IS_STANDARD_RECORD (self), 0);
  return self->number;
}

KD_ITEM_STRING_GETTER (KdStandardRecord, kd_standard_record, KD_IS_STANDARD_RECORD, strengths)
KD_ITEM_STRING_GETTER (KdStandardRecord, kd_standard_record, KD_IS_STANDARD_RECORD, weaknesses)
KD_ITEM_STRING_GETTER (KdStandardRecord, kd_standard_record, KD_IS_STANDARD_RECORD, improvement)
