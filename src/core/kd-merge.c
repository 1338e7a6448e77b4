/* kd-merge.c — three-way merge of documents on their canonical JSON form */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-document-private.h"
#include "kd-error.h"
#include "kd-item-private.h"
#include "kd-json-util.h"
#include "kd-merge.h"
#include "kd-package.h"
#include "kd-text.h"

struct _KdMergeResult
{
  JsonObject *root;      /* the merged document */
  GPtrArray  *conflicts; /* of KdConflict, new in this merge */
  GPtrArray  *applied;   /* of char *: where the other version's changes were taken */
  char       *source;
  char       *author;
  char       *author_id;
  JsonArray  *previous;  /* ours' unresolved conflicts */
  JsonArray  *decisions; /* ours' resolved conflicts */
};

typedef struct
{
  KdPackageScope *scope; /* NULL: the other version may change anything */
  KdMergeResult  *result;
  JsonObject     *ours_root;
  JsonObject     *base_root;
  JsonObject     *theirs_root;
  KdFramework    *framework;
} Merge;

/* Members of the top level that are not merged field by field. */
static const char *const own_members[] = { "format", "version", "framework", "id", "revision", "package",
                                           "conflicts", "merge_decisions", NULL };

void
kd_conflict_free (KdConflict *conflict)
{
  if (conflict == NULL)
    return;
  g_free (conflict->id);
  g_strfreev (conflict->path);
  g_free (conflict->location);
  g_free (conflict->source);
  g_clear_pointer (&conflict->base, json_node_unref);
  g_clear_pointer (&conflict->ours, json_node_unref);
  g_clear_pointer (&conflict->theirs, json_node_unref);
  g_free (conflict);
}

void
kd_merge_result_free (KdMergeResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->root, json_object_unref);
  g_ptr_array_unref (result->conflicts);
  g_ptr_array_unref (result->applied);
  g_clear_pointer (&result->previous, json_array_unref);
  g_clear_pointer (&result->decisions, json_array_unref);
  g_free (result->source);
  g_free (result->author);
  g_free (result->author_id);
  g_free (result);
}

GPtrArray *
kd_merge_result_get_conflicts (KdMergeResult *result)
{
  return result->conflicts;
}

GPtrArray *
kd_merge_result_get_applied (KdMergeResult *result)
{
  return result->applied;
}

static gboolean
same (JsonNode *a,
      JsonNode *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return json_node_equal (a, b);
}

static JsonNode *
copy_or_null (JsonNode *node)
{
  return node != NULL ? json_node_copy (node) : NULL;
}

/* ---- paths ---------------------------------------------------------------------------- */

/* The member that identifies the elements of a list at @path: rows of a review by the plan row
 * they review, a meeting's items by their criterion, everything else by its id. */
static const char *
key_member (GPtrArray *path)
{
  const char *last = path->len > 0 ? g_ptr_array_index (path, path->len - 1) : "";

  if (g_str_equal (last, "entries"))
    return "row";
  if (g_str_equal (last, "items"))
    return "criterion";
  return "id";
}

static const char *
key_of (JsonNode   *element,
        const char *member)
{
  const char *key = NULL;

  if (element == NULL || !JSON_NODE_HOLDS_OBJECT (element))
    return NULL;
  kd_json_read_string (json_node_get_object (element), member, &key);
  return key != NULL && *key != '\0' ? key : NULL;
}

/* A map key → element when every element of @array has a distinct key, else NULL. */
static GHashTable *
keyed (JsonNode   *node,
       const char *member)
{
  GHashTable *map;
  JsonArray  *array;

  if (node == NULL)
    return g_hash_table_new (g_str_hash, g_str_equal);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  array = json_node_get_array (node);
  map = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode   *element = json_array_get_element (array, i);
      const char *key = key_of (element, member);

      if (key == NULL || !g_hash_table_insert (map, (gpointer)key, element))
        {
          g_hash_table_unref (map);
          return NULL;
        }
    }
  return map;
}

static char **
path_strv (GPtrArray  *path,
           const char *last)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char        **strv;

  for (guint i = 0; i < path->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (path, i));
  if (last != NULL)
    g_strv_builder_add (builder, last);
  strv = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return strv;
}

/* The node at @path in @root (lists entered by their elements' keys), or NULL. */
static JsonNode *
node_at (JsonObject        *root,
         const char *const *path)
{
  g_autoptr (GPtrArray) walked = g_ptr_array_new ();
  JsonNode   *node = NULL;
  JsonObject *object = root;

  for (guint i = 0; path[i] != NULL; i++)
    {
      if (object != NULL)
        node = json_object_get_member (object, path[i]);
      else if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray  *array = json_node_get_array (node);
          const char *member = key_member (walked);
          JsonNode   *found = NULL;

          for (guint j = 0; j < json_array_get_length (array) && found == NULL; j++)
            if (g_strcmp0 (key_of (json_array_get_element (array, j), member), path[i]) == 0)
              found = json_array_get_element (array, j);
          node = found;
        }
      else
        return NULL;
      if (node == NULL)
        return NULL;
      g_ptr_array_add (walked, (gpointer)path[i]);
      object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
    }
  return node;
}

/* Sets (or with @value NULL removes) the node at @path, creating objects on the way. */
static void
set_at (JsonObject        *root,
        const char *const *path,
        JsonNode          *value)
{
  g_autoptr (GPtrArray) walked = g_ptr_array_new ();
  JsonObject *object = root;
  JsonArray  *array = NULL;

  for (guint i = 0; path[i] != NULL; i++)
    {
      gboolean last = path[i + 1] == NULL;

      if (object != NULL)
        {
          if (last)
            {
              if (value != NULL)
                json_object_set_member (object, path[i], json_node_copy (value));
              else
                json_object_remove_member (object, path[i]);
              return;
            }
          if (!json_object_has_member (object, path[i]))
            {
              if (g_str_equal (path[i], "criteria") || g_str_equal (path[i], "standards") || g_strv_length ((char **)path) - i > 2)
                json_object_set_object_member (object, path[i], json_object_new ());
              else
                json_object_set_array_member (object, path[i], json_array_new ());
            }
          {
            JsonNode *next = json_object_get_member (object, path[i]);

            object = JSON_NODE_HOLDS_OBJECT (next) ? json_node_get_object (next) : NULL;
            array = JSON_NODE_HOLDS_ARRAY (next) ? json_node_get_array (next) : NULL;
          }
        }
      else if (array != NULL)
        {
          const char *member = key_member (walked);
          guint       j;
          JsonNode   *element = NULL;

          for (j = 0; j < json_array_get_length (array); j++)
            if (g_strcmp0 (key_of (json_array_get_element (array, j), member), path[i]) == 0)
              {
                element = json_array_get_element (array, j);
                break;
              }
          if (last)
            {
              if (element != NULL)
                json_array_remove_element (array, j);
              if (value != NULL)
                json_array_add_element (array, json_node_copy (value));
              return;
            }
          if (element == NULL || !JSON_NODE_HOLDS_OBJECT (element))
            return; /* the item is gone: nothing to set inside it */
          object = json_node_get_object (element);
          array = NULL;
        }
      else
        return;
      g_ptr_array_add (walked, (gpointer)path[i]);
    }
}

/* ---- where, in words ---------------------------------------------------------------- */

static const char *
field_label (GType       type,
             const char *member)
{
  KdItemClass     *klass = g_type_class_ref (type);
  g_autofree char *property = g_strdup (member);
  const char      *label = NULL;

  g_strdelimit (property, "_", '-');
  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->fields[i].name, property))
      label = _ (klass->fields[i].label);
  g_type_class_unref (klass);
  return label != NULL ? label : member;
}

static const char *
item_text (Merge             *merge,
           const char *const *path,
           guint              depth,
           const char        *member)
{
  /* The item is the one @path names with its first @depth elements. */
  g_auto (GStrv) prefix = g_new0 (char *, depth + 1);
  const char *text = NULL;
  JsonObject *roots[] = { merge->ours_root, merge->theirs_root, merge->base_root };

  for (guint i = 0; i < depth && path[i] != NULL; i++)
    prefix[i] = g_strdup (path[i]);
  for (guint r = 0; r < G_N_ELEMENTS (roots) && text == NULL; r++)
    {
      JsonNode *node = roots[r] != NULL ? node_at (roots[r], (const char *const *)prefix) : NULL;

      if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
        kd_json_read_string (json_node_get_object (node), member, &text);
    }
  return text != NULL && *text != '\0' ? text : path[depth - 1];
}

static char *
shorten (const char *text)
{
  if (g_utf8_strlen (text, -1) <= 40)
    return g_strdup (text);
  {
    g_autofree char *head = g_utf8_substring (text, 0, 40);
    return g_strconcat (head, "…", NULL);
  }
}

static void
append_field (GString    *out,
              GType       type,
              const char *member)
{
  if (member != NULL)
    g_string_append_printf (out, ", %s", field_label (type, member));
}

/* "tiêu chí 3.2, mô tả hiện trạng chỉ báo 1a", "kế hoạch, dòng “Có đủ phòng…”, chủ trì". */
static char *
describe_path (Merge             *merge,
               const char *const *path)
{
  GString    *out = g_string_new (NULL);
  const char *section = path[0];
  guint       n = g_strv_length ((char **)path);

  if (g_str_equal (section, "criteria") && n >= 2)
    {
      g_string_append_printf (out, _ ("criterion %s"), path[1]);
      if (n >= 4 && g_str_equal (path[2], "indicators"))
        {
          g_string_append (out, ", ");
          g_string_append_printf (out, _ ("indicator %s"), path[3]);
        }
      else if (n >= 4 && g_str_equal (path[2], "descriptions"))
        g_string_append_printf (out, ", %s %s", _ ("description of indicator"), path[3]);
      else if (n >= 4 && g_str_equal (path[2], "quantitative"))
        g_string_append_printf (out, ", %s %s", _ ("quantitative data"), path[3]);
      else if (n == 3 && g_str_equal (path[2], "indicators"))
        g_string_append_printf (out, ", %s", _ ("indicator states"));
      else if (n == 3 && g_str_equal (path[2], "descriptions"))
        g_string_append_printf (out, ", %s", _ ("descriptions of the indicators"));
      else if (n == 3 && g_str_equal (path[2], "quantitative"))
        g_string_append_printf (out, ", %s", _ ("quantitative data"));
      else if (n >= 3)
        append_field (out, KD_TYPE_CRITERION_RECORD, path[2]);
    }
  else if (g_str_equal (section, "standards") && n >= 2)
    {
      g_string_append_printf (out, _ ("standard %s"), path[1]);
      append_field (out, KD_TYPE_STANDARD_RECORD, path[2]);
    }
  else if ((g_str_equal (section, "extra") || g_str_equal (section, "extra_descriptions")) && merge->framework != NULL)
    {
      g_string_append (out, kd_framework_get_extra_title (merge->framework));
      if (n >= 2)
        g_string_append_printf (out, ", %s %s", g_str_equal (section, "extra") ? _ ("requirement") : _ ("description of requirement"), path[1]);
    }
  else if (g_str_equal (section, "school"))
    {
      g_string_append (out, _ ("school"));
      append_field (out, KD_TYPE_SCHOOL, path[1]);
    }
  else if (g_str_equal (section, "cycle"))
    {
      g_string_append (out, _ ("assessment cycle"));
      append_field (out, KD_TYPE_CYCLE, path[1]);
    }
  else if (g_str_equal (section, "council") && n >= 3 && g_str_equal (path[1], "members"))
    {
      g_string_append_printf (out, "%s “%s”", _ ("council, member"), item_text (merge, path, 3, "name"));
      append_field (out, KD_TYPE_MEMBER, path[3]);
    }
  else if (g_str_equal (section, "council") && n >= 3 && g_str_equal (path[1], "groups"))
    {
      g_string_append_printf (out, "%s “%s”", _ ("council, group"), item_text (merge, path, 3, "name"));
      append_field (out, KD_TYPE_GROUP, path[3]);
    }
  else if (g_str_equal (section, "evidence") && n >= 2)
    {
      g_string_append_printf (out, "%s %s", _ ("evidence"), item_text (merge, path, 2, "code"));
      append_field (out, KD_TYPE_EVIDENCE, path[2]);
    }
  else if (g_str_equal (section, "plan") && n >= 2)
    {
      g_autofree char *target = shorten (item_text (merge, path, 2, "target"));

      g_string_append_printf (out, "%s “%s”", _ ("plan, row"), target);
      append_field (out, KD_TYPE_PLAN_ROW, path[2]);
    }
  else if (g_str_equal (section, "reviews") && n >= 2)
    {
      g_string_append_printf (out, "%s %s", _ ("review"), item_text (merge, path, 2, "title"));
      if (n >= 4 && g_str_equal (path[2], "entries"))
        append_field (out, KD_TYPE_REVIEW_ENTRY, path[4]);
      else
        append_field (out, KD_TYPE_REVIEW, path[2]);
    }
  else if (g_str_equal (section, "meetings") && n >= 2)
    {
      g_string_append_printf (out, "%s %s", _ ("meeting"), item_text (merge, path, 2, "date"));
      if (n >= 4 && g_str_equal (path[2], "items"))
        g_string_append_printf (out, ", %s", path[3]);
    }
  else
    {
      g_autofree char *joined = g_strjoinv (" › ", (char **)path);
      g_string_append (out, joined);
    }
  return g_string_free (out, FALSE);
}

/* ---- the merge ---------------------------------------------------------------------- */

/* The part of @node at @rest (member names), or NULL; @node itself when @rest is empty. */
static JsonNode *
descend (JsonNode          *node,
         const char *const *rest)
{
  for (guint i = 0; node != NULL && rest[i] != NULL; i++)
    node = JSON_NODE_HOLDS_OBJECT (node) ? json_object_get_member (json_node_get_object (node), rest[i]) : NULL;
  return node;
}

/* @prefix is @path or one of its ancestors: returns what remains of @path after it. */
static const char *const *
rest_after (const char *const *prefix,
            const char *const *path)
{
  guint i;

  for (i = 0; prefix[i] != NULL; i++)
    if (path[i] == NULL || !g_str_equal (prefix[i], path[i]))
      return NULL;
  return path + i;
}

static gboolean
already_decided (Merge             *merge,
                 const char *const *path,
                 JsonNode          *ours,
                 JsonNode          *theirs)
{
  JsonArray *lists[] = { merge->result->decisions, merge->result->previous };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && i < json_array_get_length (lists[l]); i++)
      {
        JsonNode          *node = json_array_get_element (lists[l], i);
        const char *const *rest;
        JsonObject        *entry;
        g_auto (GStrv) entry_path = NULL;

        if (!JSON_NODE_HOLDS_OBJECT (node))
          continue;
        entry = json_node_get_object (node);
        entry_path = kd_json_read_strv (entry, "path");
        /* The earlier conflict may be about a whole record of which this is a part. */
        rest = rest_after ((const char *const *)entry_path, path);
        if (rest == NULL || !same (descend (json_object_get_member (entry, "theirs"), rest), theirs))
          continue;
        /* A decision stands while ours still holds what was decided; a pending conflict is
         * simply not asked twice. */
        if (l == 1 || same (descend (json_object_get_member (entry, "result"), rest), ours))
          return TRUE;
      }
  return FALSE;
}

static void
add_conflict (Merge         *merge,
              KdConflictKind kind,
              GPtrArray     *path,
              const char    *last,
              JsonNode      *base,
              JsonNode      *ours,
              JsonNode      *theirs)
{
  KdConflict *conflict;
  g_auto (GStrv) full = path_strv (path, last);

  if (already_decided (merge, (const char *const *)full, ours, theirs))
    return;
  conflict = g_new0 (KdConflict, 1);
  conflict->id = _kd_item_new_id ("c-");
  conflict->kind = kind;
  conflict->path = g_steal_pointer (&full);
  conflict->location = describe_path (merge, (const char *const *)conflict->path);
  conflict->source = g_strdup (merge->result->source);
  conflict->base = copy_or_null (base);
  conflict->ours = copy_or_null (ours);
  conflict->theirs = copy_or_null (theirs);
  g_ptr_array_add (merge->result->conflicts, conflict);
}

static gboolean
allowed (Merge      *merge,
         GPtrArray  *path,
         const char *last,
         gboolean    added)
{
  g_auto (GStrv) full = NULL;

  if (merge->scope == NULL)
    return TRUE;
  full = path_strv (path, last);
  return kd_package_scope_allows (merge->scope, (const char *const *)full, added);
}

static void
note_applied (Merge      *merge,
              GPtrArray  *path,
              const char *last)
{
  g_auto (GStrv) full = path_strv (path, last);

  /* History entries come along with the changes they describe; they are not changes. */
  if (g_str_equal (full[0], "history"))
    return;
  g_ptr_array_add (merge->result->applied, describe_path (merge, (const char *const *)full));
}

static JsonNode *merge_node (Merge      *merge,
                             GPtrArray  *path,
                             const char *key,
                             JsonNode   *base,
                             JsonNode   *ours,
                             JsonNode   *theirs);

static JsonNode *
merge_object (Merge      *merge,
              GPtrArray  *path,
              JsonObject *base,
              JsonObject *ours,
              JsonObject *theirs)
{
  JsonObject *result = json_object_new ();
  JsonNode   *node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *sides[] = { ours, theirs, base };

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      g_autoptr (GList) members = sides[s] != NULL ? json_object_get_members (sides[s]) : NULL;

      for (GList *l = members; l != NULL; l = l->next)
        {
          const char *member = l->data;
          JsonNode   *merged;

          if (!g_hash_table_add (seen, (gpointer)member))
            continue;
          g_ptr_array_add (path, (gpointer)member);
          merged = merge_node (merge, path, NULL,
                               base != NULL ? json_object_get_member (base, member) : NULL,
                               ours != NULL ? json_object_get_member (ours, member) : NULL,
                               theirs != NULL ? json_object_get_member (theirs, member) : NULL);
          g_ptr_array_set_size (path, path->len - 1);
          if (merged != NULL)
            json_object_set_member (result, member, merged);
        }
    }
  json_node_take_object (node, result);
  return node;
}

static JsonNode *
merge_keyed_array (Merge      *merge,
                   GPtrArray  *path,
                   JsonNode   *base,
                   JsonNode   *ours,
                   JsonNode   *theirs,
                   GHashTable *base_map,
                   GHashTable *ours_map,
                   GHashTable *theirs_map,
                   const char *member)
{
  JsonArray *result = json_array_new ();
  JsonNode  *node = json_node_new (JSON_NODE_ARRAY);
  JsonArray *ours_array = ours != NULL ? json_node_get_array (ours) : NULL;
  JsonArray *theirs_array = theirs != NULL ? json_node_get_array (theirs) : NULL;

  for (guint i = 0; ours_array != NULL && i < json_array_get_length (ours_array); i++)
    {
      JsonNode   *o = json_array_get_element (ours_array, i);
      const char *key = key_of (o, member);
      JsonNode   *b = g_hash_table_lookup (base_map, key);
      JsonNode   *t = g_hash_table_lookup (theirs_map, key);

      if (t != NULL)
        {
          JsonNode *merged = merge_node (merge, path, key, b, o, t);

          if (merged != NULL)
            json_array_add_element (result, merged);
        }
      else if (b != NULL && (theirs != NULL || base != NULL))
        {
          /* The other version deleted it. */
          if (same (b, o) && allowed (merge, path, key, FALSE))
            {
              note_applied (merge, path, key);
              continue;
            }
          if (!same (b, o))
            add_conflict (merge, KD_CONFLICT_EDITED_DELETED, path, key, b, o, NULL);
          else
            add_conflict (merge, KD_CONFLICT_OUT_OF_SCOPE, path, key, b, o, NULL);
          json_array_add_element (result, json_node_copy (o));
        }
      else
        json_array_add_element (result, json_node_copy (o)); /* added here */
    }

  for (guint i = 0; theirs_array != NULL && i < json_array_get_length (theirs_array); i++)
    {
      JsonNode   *t = json_array_get_element (theirs_array, i);
      const char *key = key_of (t, member);
      JsonNode   *b = g_hash_table_lookup (base_map, key);

      if (g_hash_table_contains (ours_map, key))
        continue;
      if (b != NULL)
        {
          /* Deleted here: it stays deleted unless the other version changed it. */
          if (!same (b, t))
            add_conflict (merge, KD_CONFLICT_DELETED_EDITED, path, key, b, NULL, t);
          continue;
        }
      if (!allowed (merge, path, key, TRUE))
        {
          add_conflict (merge, KD_CONFLICT_OUT_OF_SCOPE, path, key, NULL, NULL, t);
          continue;
        }
      json_array_add_element (result, json_node_copy (t));
      note_applied (merge, path, key);
    }

  json_node_take_array (node, result);
  return node;
}

/* Merges one value; NULL means absent. */
static JsonNode *
merge_node (Merge      *merge,
            GPtrArray  *path,
            const char *key,
            JsonNode   *base,
            JsonNode   *ours,
            JsonNode   *theirs)
{
  JsonNode *result = NULL;

  if (key != NULL)
    g_ptr_array_add (path, (gpointer)key);

  if (same (ours, theirs))
    result = copy_or_null (ours);
  else if (same (base, theirs))
    result = copy_or_null (ours);
  else if (ours != NULL && theirs != NULL && JSON_NODE_HOLDS_OBJECT (ours) && JSON_NODE_HOLDS_OBJECT (theirs) &&
           (base == NULL || JSON_NODE_HOLDS_OBJECT (base)))
    result = merge_object (merge, path, base != NULL ? json_node_get_object (base) : NULL,
                           json_node_get_object (ours), json_node_get_object (theirs));
  else if ((ours == NULL || JSON_NODE_HOLDS_ARRAY (ours)) && (theirs == NULL || JSON_NODE_HOLDS_ARRAY (theirs)) &&
           (base == NULL || JSON_NODE_HOLDS_ARRAY (base)))
    {
      const char *member = key_member (path);
      g_autoptr (GHashTable) b = keyed (base, member);
      g_autoptr (GHashTable) o = keyed (ours, member);
      g_autoptr (GHashTable) t = keyed (theirs, member);

      if (b != NULL && o != NULL && t != NULL && (ours != NULL || theirs != NULL) &&
          (g_hash_table_size (o) > 0 || g_hash_table_size (t) > 0 || g_hash_table_size (b) > 0))
        result = merge_keyed_array (merge, path, base, ours, theirs, b, o, t, member);
    }

  if (result == NULL && !same (ours, theirs) && !same (base, theirs))
    {
      g_auto (GStrv) full = path_strv (path, NULL);

      /* A decision the secretary already made about this very value stands. */
      if (already_decided (merge, (const char *const *)full, ours, theirs))
        result = copy_or_null (ours);
      else if (same (base, ours))
        {
          if (allowed (merge, path, NULL, base == NULL))
            {
              result = copy_or_null (theirs);
              note_applied (merge, path, NULL);
            }
          else
            {
              add_conflict (merge, KD_CONFLICT_OUT_OF_SCOPE, path, NULL, base, ours, theirs);
              result = copy_or_null (ours);
            }
        }
      else
        {
          add_conflict (merge, KD_CONFLICT_BOTH_CHANGED, path, NULL, base, ours, theirs);
          result = copy_or_null (ours);
        }
    }

  if (key != NULL)
    g_ptr_array_set_size (path, path->len - 1);
  return result;
}

static JsonObject *
document_root (KdDocument *document)
{
  gsize            length = 0;
  g_autofree char *data = kd_document_to_data (document, &length);
  g_autoptr (JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, data, length, NULL))
    return NULL;
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static JsonArray *
copy_array_member (JsonObject *root,
                   const char *member)
{
  JsonArray *array = NULL;

  if (kd_json_read_array (root, member, &array) == KD_JSON_OK)
    return json_array_ref (array);
  return json_array_new ();
}

static KdMergeResult *
merge_roots (KdDocument     *ours,
             JsonObject     *ours_root,
             JsonObject     *base_root,
             JsonObject     *theirs_root,
             KdPackageScope *scope,
             const char     *source)
{
  KdMergeResult *result = g_new0 (KdMergeResult, 1);
  Merge          merge = { scope, result, ours_root, base_root, theirs_root, kd_document_get_framework (ours) };
  g_autoptr (GPtrArray) path = g_ptr_array_new ();
  g_autoptr (GList) members = NULL;
  JsonObject *sides[] = { ours_root, theirs_root, base_root };
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  result->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify)kd_conflict_free);
  result->applied = g_ptr_array_new_with_free_func (g_free);
  result->source = g_strdup (source);
  result->author = g_strdup (kd_document_get_author_name (ours));
  result->previous = copy_array_member (ours_root, "conflicts");
  result->decisions = copy_array_member (ours_root, "merge_decisions");
  result->root = json_object_new ();

  /* The document's own members stay ours. */
  for (guint i = 0; own_members[i] != NULL; i++)
    _kd_item_copy_json_member (ours_root, result->root, own_members[i]);
  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      g_autoptr (GList) names = json_object_get_members (sides[s]);

      for (GList *l = names; l != NULL; l = l->next)
        {
          JsonNode *merged;

          if (g_strv_contains (own_members, l->data) || !g_hash_table_add (seen, l->data))
            continue;
          merged = merge_node (&merge, path, l->data, json_object_get_member (base_root, l->data),
                               json_object_get_member (ours_root, l->data), json_object_get_member (theirs_root, l->data));
          if (merged != NULL)
            json_object_set_member (result->root, l->data, merged);
        }
    }
  return result;
}

/**
 * kd_merge_documents:
 * @ours: the document being worked on
 * @base: the version both come from
 * @theirs: the other version (another PC's save, a sync tool's copy)
 *
 * Returns: the merge, to look at and turn into a document; NULL when the versions are not of
 *   the same framework.
 */
KdMergeResult *
kd_merge_documents (KdDocument           *ours,
                    KdDocument           *base,
                    KdDocument           *theirs,
                    const KdMergeOptions *options,
                    GError              **error)
{
  g_autoptr (JsonObject) ours_root = NULL;
  g_autoptr (JsonObject) base_root = NULL;
  g_autoptr (JsonObject) theirs_root = NULL;
  g_autoptr (KdPackageScope) scope = NULL;

  g_return_val_if_fail (KD_IS_DOCUMENT (ours) && KD_IS_DOCUMENT (base) && KD_IS_DOCUMENT (theirs), NULL);

  if (kd_document_get_framework (ours) != kd_document_get_framework (theirs) ||
      kd_document_get_framework (ours) != kd_document_get_framework (base))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE,
                   _ ("The two versions follow different frameworks (%s and %s); they cannot be merged."),
                   kd_framework_get_short_title (kd_document_get_framework (ours)),
                   kd_framework_get_short_title (kd_document_get_framework (theirs)));
      return NULL;
    }
  ours_root = document_root (ours);
  base_root = document_root (base);
  theirs_root = document_root (theirs);
  if (options != NULL && options->scope_owner != NULL)
    scope = kd_package_scope_new (base_root, options->scope_owner);
  return merge_roots (ours, ours_root, base_root, theirs_root, scope, options != NULL ? options->source : NULL);
}

/**
 * kd_merge_package:
 * @file_name: (nullable): the package's file name, for the history
 *
 * Merges what a group did in its work package back into @ours.
 */
KdMergeResult *
kd_merge_package (KdDocument *ours,
                  KdDocument *package,
                  const char *file_name,
                  GError    **error)
{
  JsonObject *info = _kd_document_get_package (package);
  JsonObject *base_object = NULL;
  const char *document_id = NULL;
  const char *owner = NULL, *owner_name = NULL;
  g_autoptr (JsonObject) ours_root = NULL;
  g_autoptr (JsonObject) theirs_root = NULL;
  g_autoptr (KdPackageScope) scope = NULL;
  g_autofree char *source = NULL;

  g_return_val_if_fail (KD_IS_DOCUMENT (ours) && KD_IS_DOCUMENT (package), NULL);

  if (info == NULL || kd_json_read_object (info, "base", &base_object) != KD_JSON_OK ||
      kd_json_read_string (info, "owner", &owner) != KD_JSON_OK)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE,
                   _ ("“%s” is not a work package; to merge another copy of the document, give the version both came from."),
                   file_name != NULL ? file_name : "");
      return NULL;
    }
  if (kd_json_read_string (info, "document_id", &document_id) != KD_JSON_OK ||
      g_strcmp0 (document_id, kd_document_get_id (ours)) != 0)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE,
                   _ ("The work package “%s” was cut from another document; open the document it belongs to."),
                   file_name != NULL ? file_name : "");
      return NULL;
    }
  if (kd_document_get_framework (ours) != kd_document_get_framework (package))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE,
                   _ ("The two versions follow different frameworks (%s and %s); they cannot be merged."),
                   kd_framework_get_short_title (kd_document_get_framework (ours)),
                   kd_framework_get_short_title (kd_document_get_framework (package)));
      return NULL;
    }
  kd_json_read_string (info, "owner_name", &owner_name);
  source = file_name != NULL ? g_strdup_printf ("%s (%s)", owner_name != NULL ? owner_name : owner, file_name)
                             : g_strdup (owner_name != NULL ? owner_name : owner);
  ours_root = document_root (ours);
  theirs_root = document_root (package);
  scope = kd_package_scope_new (base_object, owner);
  return merge_roots (ours, ours_root, base_object, theirs_root, scope, source);
}

/* ---- conflicts in the document ------------------------------------------------------ */

static JsonNode *
conflict_to_node (const KdConflict *conflict)
{
  JsonObject              *object = json_object_new ();
  JsonArray               *path = json_array_new ();
  JsonNode                *node = json_node_new (JSON_NODE_OBJECT);
  static const char *const kinds[] = { "both_changed", "edited_deleted", "deleted_edited", "out_of_scope" };

  for (guint i = 0; conflict->path[i] != NULL; i++)
    json_array_add_string_element (path, conflict->path[i]);
  json_object_set_string_member (object, "id", conflict->id);
  json_object_set_string_member (object, "kind", kinds[conflict->kind]);
  json_object_set_array_member (object, "path", path);
  json_object_set_string_member (object, "location", conflict->location);
  json_object_set_string_member (object, "source", conflict->source != NULL ? conflict->source : "");
  if (conflict->base != NULL)
    json_object_set_member (object, "base", json_node_copy (conflict->base));
  if (conflict->ours != NULL)
    json_object_set_member (object, "ours", json_node_copy (conflict->ours));
  if (conflict->theirs != NULL)
    json_object_set_member (object, "theirs", json_node_copy (conflict->theirs));
  json_node_take_object (node, object);
  return node;
}

static KdConflict *
conflict_from_node (JsonNode *node)
{
  static const char *const kinds[] = { "both_changed", "edited_deleted", "deleted_edited", "out_of_scope", NULL };
  JsonObject              *object;
  KdConflict              *conflict;
  const char              *id = NULL, *kind = NULL, *location = NULL, *source = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  object = json_node_get_object (node);
  if (kd_json_read_string (object, "id", &id) != KD_JSON_OK)
    return NULL;
  conflict = g_new0 (KdConflict, 1);
  conflict->id = g_strdup (id);
  kd_json_read_string (object, "kind", &kind);
  for (guint i = 0; kinds[i] != NULL; i++)
    if (g_strcmp0 (kind, kinds[i]) == 0)
      conflict->kind = i;
  conflict->path = kd_json_read_strv (object, "path");
  kd_json_read_string (object, "location", &location);
  kd_json_read_string (object, "source", &source);
  conflict->location = g_strdup (location != NULL ? location : "");
  conflict->source = g_strdup (source != NULL ? source : "");
  conflict->base = copy_or_null (json_object_get_member (object, "base"));
  conflict->ours = copy_or_null (json_object_get_member (object, "ours"));
  conflict->theirs = copy_or_null (json_object_get_member (object, "theirs"));
  return conflict;
}

static KdDocument *
document_from_root (JsonObject          *root,
                    KdFrameworkRegistry *registry,
                    GError             **error)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *data = NULL;
  gsize            length = 0;
  KdDocument      *document;

  json_node_set_object (node, root);
  json_generator_set_root (generator, node);
  data = json_generator_to_data (generator, &length);
  document = kd_document_load_from_data (registry, data, length, _ ("merged document"), error);
  if (document != NULL)
    kd_document_mark_unsaved (document);
  return document;
}

static void
append_history (JsonObject *root,
                const char *action,
                const char *author,
                const char *summary)
{
  JsonArray       *history = NULL;
  JsonObject      *entry = json_object_new ();
  g_autofree char *id = _kd_item_new_id ("h-");
  g_autofree char *at = kd_datetime_now_iso ();

  if (kd_json_read_array (root, "history", &history) != KD_JSON_OK)
    {
      history = json_array_new ();
      json_object_set_array_member (root, "history", history);
    }
  json_object_set_string_member (entry, "id", id);
  json_object_set_string_member (entry, "at", at);
  json_object_set_string_member (entry, "by", author != NULL ? author : "");
  json_object_set_string_member (entry, "action", action);
  json_object_set_string_member (entry, "summary", summary);
  json_array_add_object_element (history, entry);
}

/**
 * kd_merge_result_to_document:
 *
 * The merged document, with this merge's conflicts kept unresolved in it (ours' value in place)
 * and the merge written in its history.  It is a new document, not saved yet.
 */
KdDocument *
kd_merge_result_to_document (KdMergeResult       *result,
                             KdFrameworkRegistry *registry,
                             GError             **error)
{
  g_autoptr (JsonObject) root = json_object_ref (result->root);
  JsonArray *conflicts = json_array_new ();

  for (guint i = 0; i < json_array_get_length (result->previous); i++)
    json_array_add_element (conflicts, json_node_copy (json_array_get_element (result->previous, i)));
  for (guint i = 0; i < result->conflicts->len; i++)
    json_array_add_element (conflicts, conflict_to_node (g_ptr_array_index (result->conflicts, i)));
  if (json_array_get_length (conflicts) > 0)
    json_object_set_array_member (root, "conflicts", conflicts);
  else
    {
      json_object_remove_member (root, "conflicts");
      json_array_unref (conflicts);
    }

  if (result->applied->len > 0 || result->conflicts->len > 0)
    {
      g_autofree char *summary =
          g_strdup_printf (_ ("Merged %s: %u changes taken, %u conflicts to decide"),
                           result->source != NULL ? result->source : _ ("another version"),
                           result->applied->len, result->conflicts->len);

      append_history (root, "merge", result->author, summary);
    }
  return document_from_root (root, registry, error);
}

/* The unresolved conflicts of @document (KdConflict), oldest first. */
GPtrArray *
kd_document_list_conflicts (KdDocument *document)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify)kd_conflict_free);
  JsonArray *conflicts;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), list);
  conflicts = _kd_document_get_conflicts (document);
  for (guint i = 0; i < json_array_get_length (conflicts); i++)
    {
      KdConflict *conflict = conflict_from_node (json_array_get_element (conflicts, i));

      if (conflict != NULL)
        g_ptr_array_add (list, conflict);
    }
  return list;
}

/**
 * kd_document_resolve_conflict:
 * @value: (nullable): for KD_RESOLVE_VALUE, the value decided (NULL removes)
 *
 * Returns: (transfer full): a new document with the decision applied, the conflict gone from
 *   its list and remembered (so that merging the same package again asks nothing), and the
 *   decision in the history; NULL with KD_ERROR_READ_ONLY when @document cannot be changed
 *   here (kd_document_is_editable()).
 */
KdDocument *
kd_document_resolve_conflict (KdDocument          *document,
                              KdFrameworkRegistry *registry,
                              const char          *conflict_id,
                              KdResolution         resolution,
                              JsonNode            *value,
                              GError             **error)
{
  g_autoptr (JsonObject) root = NULL;
  g_autoptr (GPtrArray) conflicts = NULL;
  g_autofree char *summary = NULL;
  KdConflict      *conflict = NULL;
  JsonNode        *chosen;
  JsonArray       *remaining = json_array_new ();
  JsonArray       *decisions = NULL;
  JsonObject      *decision;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);

  /* A decision is a change: one made where it cannot be saved would be lost. */
  if (!kd_document_is_editable (document))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_READ_ONLY,
                   _ ("This assessment is open read-only: its conflicts can be read here, and decided where it can be changed."));
      return NULL;
    }
  conflicts = kd_document_list_conflicts (document);
  for (guint i = 0; i < conflicts->len; i++)
    {
      KdConflict *c = g_ptr_array_index (conflicts, i);

      if (g_strcmp0 (c->id, conflict_id) == 0)
        conflict = c;
      else
        json_array_add_element (remaining, conflict_to_node (c));
    }
  if (conflict == NULL)
    {
      json_array_unref (remaining);
      g_set_error (error, KD_ERROR, KD_ERROR_NOT_FOUND, _ ("This conflict has already been resolved."));
      return NULL;
    }

  chosen = resolution == KD_RESOLVE_OURS ? conflict->ours : resolution == KD_RESOLVE_THEIRS ? conflict->theirs
                                                                                            : value;
  root = document_root (document);
  set_at (root, (const char *const *)conflict->path, chosen);
  if (json_array_get_length (remaining) > 0)
    json_object_set_array_member (root, "conflicts", remaining);
  else
    {
      json_object_remove_member (root, "conflicts");
      json_array_unref (remaining);
    }

  if (kd_json_read_array (root, "merge_decisions", &decisions) != KD_JSON_OK)
    {
      decisions = json_array_new ();
      json_object_set_array_member (root, "merge_decisions", decisions);
    }
  decision = json_object_new ();
  {
    JsonArray *path = json_array_new ();

    for (guint i = 0; conflict->path[i] != NULL; i++)
      json_array_add_string_element (path, conflict->path[i]);
    json_object_set_array_member (decision, "path", path);
  }
  if (conflict->theirs != NULL)
    json_object_set_member (decision, "theirs", json_node_copy (conflict->theirs));
  if (chosen != NULL)
    json_object_set_member (decision, "result", json_node_copy (chosen));
  json_array_add_object_element (decisions, decision);

  summary = g_strdup_printf (_ ("Decided %s: %s"), conflict->location,
                             resolution == KD_RESOLVE_OURS     ? _ ("kept this document's value")
                             : resolution == KD_RESOLVE_THEIRS ? _ ("took the other version's value")
                                                               : _ ("wrote a new value"));
  append_history (root, "resolve", kd_document_get_author_name (document), summary);
  return document_from_root (root, registry, error);
}

/* A value of a conflict as users read it: the text itself, "Đạt", "(không có)"… */
char *
kd_conflict_describe_value (const JsonNode *value)
{
  JsonNode *node = (JsonNode *)value;
  KdState   state;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup (_ ("(nothing)"));
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);

      if (kd_state_from_string (text, &state))
        return g_strdup (kd_state_describe (state));
      return g_strdup (*text != '\0' ? text : _ ("(empty)"));
    }
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      const char *text = NULL;
      const char *members[] = { "target", "title", "name", "code" };

      JsonObject *indicators = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (members) && text == NULL; i++)
        kd_json_read_string (object, members[i], &text);
      if (text == NULL && kd_json_read_object (object, "indicators", &indicators) == KD_JSON_OK)
        {
          /* A criterion's record: its indicator states say what it is. */
          g_autoptr (GList) ids = json_object_get_members (indicators);
          GString *states = g_string_new (NULL);

          for (GList *l = ids; l != NULL; l = l->next)
            {
              g_autofree char *shown = kd_conflict_describe_value (json_object_get_member (indicators, l->data));

              g_string_append_printf (states, "%s%s: %s", states->len > 0 ? ", " : "", (char *)l->data, shown);
            }
          return g_string_free (states, FALSE);
        }
      return g_strdup_printf (_ ("the whole entry “%s”"), text != NULL ? text : "…");
    }
  return kd_json_node_describe (node);
}

const char *
kd_conflict_kind_describe (KdConflictKind kind)
{
  switch (kind)
    {
      case KD_CONFLICT_EDITED_DELETED:
        return _ ("changed here, deleted in the other version");
      case KD_CONFLICT_DELETED_EDITED:
        return _ ("deleted here, changed in the other version");
      case KD_CONFLICT_OUT_OF_SCOPE:
        return _ ("changed by a group outside what was given to it");
      case KD_CONFLICT_BOTH_CHANGED:
      default:
        return _ ("changed differently in both versions");
    }
}
