/* kd-package.c */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-document-private.h"
#include "kd-error.h"
#include "kd-json-util.h"
#include "kd-package.h"
#include "kd-text.h"

struct _KdPackageScope
{
  GHashTable *criteria;  /* codes given to the owner */
  GHashTable *standards; /* numbers (as text) of their standards */
  GHashTable *rows;      /* plan row id → criterion, as in the base */
  GHashTable *evidence;  /* evidence id → criterion, as in the base */
};

static void
map_list (JsonObject *root,
          const char *member,
          GHashTable *into)
{
  JsonArray *array = NULL;

  if (kd_json_read_array (root, member, &array) != KD_JSON_OK)
    return;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode   *node = json_array_get_element (array, i);
      const char *id = NULL, *criterion = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          kd_json_read_string (json_node_get_object (node), "id", &id) != KD_JSON_OK)
        continue;
      kd_json_read_string (json_node_get_object (node), "criterion", &criterion);
      g_hash_table_insert (into, g_strdup (id), g_strdup (criterion != NULL ? criterion : ""));
    }
}

/* The group of each council member, from the base. */
static GHashTable *
member_groups (JsonObject *root)
{
  GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JsonObject *council = NULL;
  JsonArray  *members = NULL;

  if (kd_json_read_object (root, "council", &council) != KD_JSON_OK ||
      kd_json_read_array (council, "members", &members) != KD_JSON_OK)
    return groups;
  for (guint i = 0; i < json_array_get_length (members); i++)
    {
      JsonNode   *node = json_array_get_element (members, i);
      const char *id = NULL, *group = NULL;

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          kd_json_read_string (json_node_get_object (node), "id", &id) == KD_JSON_OK &&
          kd_json_read_string (json_node_get_object (node), "group", &group) == KD_JSON_OK)
        g_hash_table_insert (groups, g_strdup (id), g_strdup (group));
    }
  return groups;
}

/**
 * kd_package_scope_new:
 * @base_root: the document as it was when the package was cut (its JSON)
 * @owner_id: the group or member the package was written for
 *
 * What the owner may change: the criteria assigned to it (for a group, also those assigned to
 * its members), their standards, the evidence and plan rows of those criteria, and anything new.
 */
KdPackageScope *
kd_package_scope_new (JsonObject *base_root,
                      const char *owner_id)
{
  KdPackageScope *scope = g_new0 (KdPackageScope, 1);
  g_autoptr (GHashTable) groups = member_groups (base_root);
  JsonObject *criteria = NULL;

  scope->criteria = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  scope->standards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  scope->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  scope->evidence = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (owner_id != NULL && kd_json_read_object (base_root, "criteria", &criteria) == KD_JSON_OK)
    {
      g_autoptr (GList) codes = json_object_get_members (criteria);

      for (GList *l = codes; l != NULL; l = l->next)
        {
          JsonNode   *node = json_object_get_member (criteria, l->data);
          const char *assignee = NULL;

          if (!JSON_NODE_HOLDS_OBJECT (node) ||
              kd_json_read_string (json_node_get_object (node), "assignee", &assignee) != KD_JSON_OK)
            continue;
          if (g_str_equal (assignee, owner_id) ||
              g_strcmp0 (g_hash_table_lookup (groups, assignee), owner_id) == 0)
            {
              const char *dot = strchr (l->data, '.');

              g_hash_table_add (scope->criteria, g_strdup (l->data));
              if (dot != NULL)
                g_hash_table_add (scope->standards, g_strndup (l->data, dot - (const char *)l->data));
            }
        }
    }
  map_list (base_root, "plan", scope->rows);
  map_list (base_root, "evidence", scope->evidence);
  return scope;
}

void
kd_package_scope_free (KdPackageScope *scope)
{
  if (scope == NULL)
    return;
  g_hash_table_unref (scope->criteria);
  g_hash_table_unref (scope->standards);
  g_hash_table_unref (scope->rows);
  g_hash_table_unref (scope->evidence);
  g_free (scope);
}

gboolean
kd_package_scope_has_criterion (KdPackageScope *scope,
                                const char     *code)
{
  return code != NULL && g_hash_table_contains (scope->criteria, code);
}

/**
 * kd_package_scope_allows:
 * @path: where the change is (as in KdConflict)
 * @added: the change adds an item that was not in the base
 */
gboolean
kd_package_scope_allows (KdPackageScope    *scope,
                         const char *const *path,
                         gboolean           added)
{
  const char *section;

  g_return_val_if_fail (scope != NULL, FALSE);
  if (path == NULL || path[0] == NULL)
    return FALSE;
  section = path[0];

  if (g_str_equal (section, "criteria"))
    return path[1] != NULL && g_hash_table_contains (scope->criteria, path[1]);
  if (g_str_equal (section, "standards"))
    return path[1] != NULL && g_hash_table_contains (scope->standards, path[1]);
  if (g_str_equal (section, "history"))
    return TRUE;
  if (g_str_equal (section, "plan") || g_str_equal (section, "evidence"))
    {
      GHashTable *in_base = g_str_equal (section, "plan") ? scope->rows : scope->evidence;
      const char *criterion;

      if (path[1] == NULL)
        return FALSE;
      criterion = g_hash_table_lookup (in_base, path[1]);
      if (criterion == NULL)
        return added || path[2] != NULL; /* new in the package: its own to shape */
      return g_hash_table_contains (scope->criteria, criterion);
    }
  return FALSE;
}

/* ---- cutting a package -------------------------------------------------------------- */

static const char *
find_in (GListModel *list,
         const char *id_or_name,
         const char *(*name_of) (gpointer))
{
  g_autofree char *wanted = kd_text_fold (id_or_name);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (KdItem) item = g_list_model_get_item (list, i);
      g_autofree char *name = kd_text_fold (name_of (item));

      if (g_strcmp0 (kd_item_get_id (item), id_or_name) == 0 || g_str_equal (name, wanted))
        return kd_item_get_id (item); /* the list keeps it alive */
    }
  return NULL;
}

/* The id of the group or member named or numbered @id_or_name (case and accents ignored). */
const char *
kd_package_find_owner (KdDocument *document,
                       const char *id_or_name)
{
  const char *id;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);
  if (id_or_name == NULL)
    return NULL;
  id = find_in (kd_document_get_groups (document), id_or_name, (const char *(*)(gpointer))kd_group_get_name);
  if (id == NULL)
    id = find_in (kd_document_get_members (document), id_or_name, (const char *(*)(gpointer))kd_member_get_name);
  return id;
}

/* Whether a criterion is given to @owner_id: to it, or (for a group) to one of its members. */
static gboolean
criterion_given_to (KdDocument        *document,
                    KdCriterionRecord *record,
                    const char        *owner_id)
{
  const char *assignee = kd_criterion_record_get_assignee (record);
  KdItem     *member;

  if (*assignee == '\0')
    return FALSE;
  if (g_str_equal (assignee, owner_id))
    return TRUE;
  member = kd_document_lookup_item (document, kd_document_get_members (document), assignee);
  return member != NULL && g_strcmp0 (kd_member_get_group (KD_MEMBER (member)), owner_id) == 0;
}

static gboolean
has_criteria (KdDocument *document,
              const char *owner_id)
{
  GPtrArray *criteria = kd_framework_get_criteria (kd_document_get_framework (document));

  for (guint i = 0; i < criteria->len; i++)
    {
      const KdCriterionDef *def = g_ptr_array_index (criteria, i);
      KdCriterionRecord    *record = kd_document_get_criterion (document, def->code);

      if (record != NULL && criterion_given_to (document, record, owner_id))
        return TRUE;
    }
  return FALSE;
}

/**
 * kd_package_list_owners:
 *
 * Who gets a work package ("Giao việc"): every group with criteria (its own or its members'), and
 * every member outside a group who has criteria of their own.
 *
 * Returns: (transfer container) (element-type utf8): ids of groups and members, owned by the
 *   document
 */
GPtrArray *
kd_package_list_owners (KdDocument *document)
{
  GPtrArray  *owners = g_ptr_array_new ();
  GListModel *groups, *members;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), owners);
  groups = kd_document_get_groups (document);
  members = kd_document_get_members (document);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr (KdItem) group = g_list_model_get_item (groups, i);

      if (has_criteria (document, kd_item_get_id (group)))
        g_ptr_array_add (owners, (gpointer)kd_item_get_id (group));
    }
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KdItem) member = g_list_model_get_item (members, i);
      const char *group = kd_member_get_group (KD_MEMBER (member));

      if ((*group == '\0' || kd_document_lookup_item (document, groups, group) == NULL) &&
          has_criteria (document, kd_item_get_id (member)))
        g_ptr_array_add (owners, (gpointer)kd_item_get_id (member));
    }
  return owners;
}

/* "Nhóm công tác 1 - 2023-2024.kdcl": whose package it is, without characters Windows refuses. */
char *
kd_package_suggest_file_name (KdDocument *document,
                              const char *owner_id)
{
  KdItem          *owner;
  const char      *name;
  const char      *year;
  g_autofree char *file_name = NULL;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);
  owner = kd_document_lookup_item (document, kd_document_get_groups (document), owner_id);
  if (owner == NULL)
    owner = kd_document_lookup_item (document, kd_document_get_members (document), owner_id);
  name = owner == NULL         ? owner_id
         : KD_IS_GROUP (owner) ? kd_group_get_name (KD_GROUP (owner))
                               : kd_member_get_name (KD_MEMBER (owner));
  year = kd_cycle_get_school_year (kd_document_get_cycle (document));
  file_name = g_strdup_printf ("%s%s%s.kdcl", name != NULL && *name != '\0' ? name : owner_id, *year != '\0' ? " - " : "",
                               year);
  g_strdelimit (file_name, "/\\:*?\"<>|", '-');
  return g_steal_pointer (&file_name);
}

static JsonObject *
parse_root (const char *data,
            gsize       length)
{
  g_autoptr (JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, data, length, NULL))
    return NULL;
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/**
 * kd_package_cut:
 *
 * Returns: (transfer full): the package's file contents: the document as it is, plus what its
 *   owner needs to work and what the secretary needs to merge it back.
 */
char *
kd_package_cut (KdDocument *document,
                const char *owner_id,
                gsize      *length,
                GError    **error)
{
  g_autofree char *data = NULL;
  g_autoptr (JsonObject) root = NULL;
  g_autoptr (JsonObject) base = NULL;
  g_autoptr (JsonGenerator) generator = NULL;
  g_autoptr (JsonNode) node = NULL;
  g_autoptr (KdPackageScope) scope = NULL;
  g_autofree char *cut_at = kd_datetime_now_iso ();
  JsonObject      *package;
  JsonArray       *codes;
  KdItem          *owner;
  const char      *kind = "group";
  gsize            data_length = 0;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);

  if (kd_document_is_package (document))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_FAILED,
                   _ ("This document is itself a work package; cut packages from the council's document."));
      return NULL;
    }
  if (!kd_document_is_saved (document))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_FAILED,
                   _ ("Save the document before writing work packages, so that they can be merged back into it."));
      return NULL;
    }
  owner = kd_document_lookup_item (document, kd_document_get_groups (document), owner_id);
  if (owner == NULL)
    {
      owner = kd_document_lookup_item (document, kd_document_get_members (document), owner_id);
      kind = "member";
    }
  if (owner == NULL)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_NOT_FOUND,
                   _ ("The council has no group or member “%s”."), owner_id != NULL ? owner_id : "");
      return NULL;
    }

  data = kd_document_to_data (document, &data_length);
  root = parse_root (data, data_length);
  base = parse_root (data, data_length);
  g_return_val_if_fail (root != NULL && base != NULL, NULL);
  scope = kd_package_scope_new (base, owner_id);

  package = json_object_new ();
  json_object_set_string_member (package, "owner", owner_id);
  json_object_set_string_member (package, "owner_name",
                                 KD_IS_GROUP (owner) ? kd_group_get_name (KD_GROUP (owner)) : kd_member_get_name (KD_MEMBER (owner)));
  json_object_set_string_member (package, "owner_kind", kind);
  json_object_set_string_member (package, "document_id", kd_document_get_id (document));
  json_object_set_int_member (package, "base_revision", kd_document_get_revision (document));
  json_object_set_string_member (package, "cut_at", cut_at);
  json_object_set_string_member (package, "cut_by", kd_document_get_author_name (document));
  codes = json_array_new ();
  for (guint i = 0; i < kd_framework_get_criteria (kd_document_get_framework (document))->len; i++)
    {
      const KdCriterionDef *def = g_ptr_array_index (kd_framework_get_criteria (kd_document_get_framework (document)), i);

      if (kd_package_scope_has_criterion (scope, def->code))
        json_array_add_string_element (codes, def->code);
    }
  json_object_set_array_member (package, "criteria", codes);
  json_object_set_object_member (package, "base", g_steal_pointer (&base));
  json_object_set_object_member (root, "package", package);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, root);
  generator = json_generator_new ();
  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  return json_generator_to_data (generator, length);
}

gboolean
kd_package_write (KdDocument *document,
                  const char *owner_id,
                  GFile      *file,
                  GError    **error)
{
  g_autofree char *data = NULL;
  g_autoptr (GError) io_error = NULL;
  g_autofree char *name = NULL;
  gsize            length = 0;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  data = kd_package_cut (document, owner_id, &length, error);
  if (data == NULL)
    return FALSE;
  if (!g_file_replace_contents (file, data, length, NULL, TRUE, G_FILE_CREATE_NONE, NULL, NULL, &io_error))
    {
      name = g_file_get_parse_name (file);
      g_set_error (error, KD_ERROR, KD_ERROR_WRITE,
                   _ ("The work package “%s” could not be written: %s. Choose another folder."), name, io_error->message);
      return FALSE;
    }
  return TRUE;
}

/* ---- a package opened by its group ------------------------------------------------- */

static const char *
package_string (KdDocument *document,
                const char *member)
{
  JsonObject *package = _kd_document_get_package (document);
  const char *value = NULL;

  if (package != NULL)
    kd_json_read_string (package, member, &value);
  return value;
}

/* The id of the group or member a package was written for; NULL if not a package. */
const char *
kd_document_get_package_owner (KdDocument *document)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);
  return package_string (document, "owner");
}

const char *
kd_document_get_package_owner_name (KdDocument *document)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);
  return package_string (document, "owner_name");
}

static KdPackageScope *
document_scope (KdDocument *document)
{
  KdPackageScope *scope = g_object_get_data (G_OBJECT (document), "kd-package-scope");
  JsonObject     *package = _kd_document_get_package (document);
  JsonObject     *base = NULL;

  if (scope == NULL && package != NULL && kd_json_read_object (package, "base", &base) == KD_JSON_OK)
    {
      scope = kd_package_scope_new (base, kd_document_get_package_owner (document));
      g_object_set_data_full (G_OBJECT (document), "kd-package-scope", scope, (GDestroyNotify)kd_package_scope_free);
    }
  return scope;
}

/**
 * kd_document_package_can_edit:
 *
 * Whether the group working on this package may change @item.  Always TRUE for a document that
 * is not a package.
 */
gboolean
kd_document_package_can_edit (KdDocument *document,
                              KdItem     *item)
{
  KdPackageScope  *scope;
  g_autofree char *number = NULL;
  const char      *path[3] = { NULL, NULL, NULL };

  g_return_val_if_fail (KD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (KD_IS_ITEM (item), FALSE);
  if (!kd_document_is_package (document))
    return TRUE;
  scope = document_scope (document);
  if (scope == NULL)
    return FALSE;

  if (KD_IS_CRITERION_RECORD (item) && !kd_criterion_record_is_extra (KD_CRITERION_RECORD (item)))
    return kd_package_scope_has_criterion (scope, kd_criterion_record_get_code (KD_CRITERION_RECORD (item)));
  if (KD_IS_STANDARD_RECORD (item))
    {
      number = g_strdup_printf ("%u", kd_standard_record_get_number (KD_STANDARD_RECORD (item)));
      path[0] = "standards";
      path[1] = number;
    }
  else if (KD_IS_PLAN_ROW (item))
    {
      path[0] = "plan";
      path[1] = kd_item_get_id (item);
    }
  else if (KD_IS_EVIDENCE (item))
    {
      path[0] = "evidence";
      path[1] = kd_item_get_id (item);
    }
  else
    return FALSE;
  return kd_package_scope_allows (scope, path, TRUE);
}

/**
 * kd_document_can_edit_council:
 *
 * Whether council members and groups can be added, changed or removed: the council belongs to
 * the secretary's document, so not in a work package, and not in a document that cannot be
 * changed here (kd_document_is_editable()).
 */
gboolean
kd_document_can_edit_council (KdDocument *document)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (document), FALSE);
  return kd_document_is_editable (document) && !kd_document_is_package (document);
}

/**
 * kd_document_can_edit:
 *
 * Whether @item may be changed in @document: never in a document from a newer version or one
 * someone else has open (kd_document_is_editable()), and in a work package only what was given
 * to its group (the rest is there to read).
 */
gboolean
kd_document_can_edit (KdDocument *document,
                      KdItem     *item)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (KD_IS_ITEM (item), FALSE);
  return kd_document_is_editable (document) && kd_document_package_can_edit (document, item);
}
