/* kd-document-io.c — reading and writing .kdcl files (docs/FORMAT.md)
 *
 * Nothing in a file is trusted.  What cannot be read is reported with where it is and kept
 * verbatim, so saving never silently drops what another version (or a person) wrote.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-criterion-record-private.h"
#include "kd-document-private.h"
#include "kd-error.h"
#include "kd-item-private.h"
#include "kd-json-guard.h"
#include "kd-json-util.h"

enum
{
  LIST_MEMBERS,
  LIST_GROUPS,
  LIST_EVIDENCE,
  LIST_PLAN,
  LIST_REVIEWS,
  LIST_HISTORY,
  LIST_MEETINGS,
};

/* Members of the top level this version reads; every other one is kept as it is. */
static const char *const known_root[] = {
  "format",
  "version",
  "framework",
  "school",
  "cycle",
  "council",
  "criteria",
  "standards",
  "extra",
  "extra_descriptions",
  "evidence",
  "plan",
  "reviews",
  "id",
  "revision",
  "history",
  "meetings",
  "package",
  "conflicts",
  "merge_decisions",
  NULL,
};

static void
load_object_member (KdItem         *item,
                    JsonObject     *root,
                    const char     *member,
                    const char     *location,
                    KdDocumentKept *kept,
                    KdProblemList  *problems)
{
  JsonObject *object = NULL;

  switch (kd_json_read_object (root, member, &object))
    {
      case KD_JSON_OK:
        _kd_item_load (item, object, location, problems);
        break;
      case KD_JSON_WRONG_TYPE:
        kd_problem_list_add (problems, KD_PROBLEM_ERROR, 0, location, _ ("this part of the file is not an object"));
        _kd_item_copy_json_member (root, kept->root, member);
        break;
      case KD_JSON_MISSING:
        break;
    }
}

static void
load_list (KdDocument    *self,
           JsonObject    *parent,
           const char    *member,
           GListModel    *store,
           GType          item_type,
           JsonArray     *kept_elements,
           JsonObject    *kept_parent,
           const char    *list_label,
           const char    *item_label,
           KdProblemList *problems)
{
  JsonArray *array = NULL;

  switch (kd_json_read_array (parent, member, &array))
    {
      case KD_JSON_MISSING:
        return;
      case KD_JSON_WRONG_TYPE:
        kd_problem_list_add (problems, KD_PROBLEM_ERROR, 0, list_label, _ ("this part of the file is not a list"));
        _kd_item_copy_json_member (parent, kept_parent, member);
        return;
      case KD_JSON_OK:
        _kd_item_load_list (array, G_LIST_STORE (store), item_type, kept_elements, item_label, problems);
        break;
    }
}

static void
load_criteria (KdDocument    *self,
               JsonObject    *root,
               KdProblemList *problems)
{
  KdDocumentKept *kept = _kd_document_get_kept (self);
  KdFramework    *framework = kd_document_get_framework (self);
  JsonObject     *criteria = NULL;
  g_autoptr (GList) codes = NULL;

  switch (kd_json_read_object (root, "criteria", &criteria))
    {
      case KD_JSON_MISSING:
        return;
      case KD_JSON_WRONG_TYPE:
        kd_problem_list_add (problems, KD_PROBLEM_ERROR, KD_PROBLEM_AFFECTS_LEVELS, _ ("criteria"),
                             _ ("this part of the file is not an object"));
        _kd_item_copy_json_member (root, kept->root, "criteria");
        return;
      case KD_JSON_OK:
        break;
    }

  codes = json_object_get_members (criteria);
  for (GList *l = codes; l != NULL; l = l->next)
    {
      const char        *code = l->data;
      KdCriterionRecord *record = kd_document_get_criterion (self, code);
      JsonNode          *node = json_object_get_member (criteria, code);
      g_autofree char   *where = g_strdup_printf (_ ("criterion %s"), code);

      if (record == NULL)
        {
          kd_problem_list_add (problems, KD_PROBLEM_ERROR, KD_PROBLEM_AFFECTS_LEVELS, where,
                               _ ("%s has no criterion %s"), kd_framework_get_short_title (framework), code);
          json_object_set_member (kept->criteria, code, json_node_copy (node));
          continue;
        }
      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          kd_problem_list_add (problems, KD_PROBLEM_ERROR, KD_PROBLEM_AFFECTS_LEVELS, where,
                               _ ("this part of the file is not an object"));
          json_object_set_member (kept->criteria, code, json_node_copy (node));
          continue;
        }
      _kd_item_load (KD_ITEM (record), json_node_get_object (node), where, problems);
    }
}

static void
load_standards (KdDocument    *self,
                JsonObject    *root,
                KdProblemList *problems)
{
  KdDocumentKept *kept = _kd_document_get_kept (self);
  JsonObject     *standards = NULL;
  g_autoptr (GList) numbers = NULL;

  if (kd_json_read_object (root, "standards", &standards) != KD_JSON_OK)
    {
      if (json_object_has_member (root, "standards"))
        {
          kd_problem_list_add (problems, KD_PROBLEM_ERROR, 0, _ ("standards"), _ ("this part of the file is not an object"));
          _kd_item_copy_json_member (root, kept->root, "standards");
        }
      return;
    }
  numbers = json_object_get_members (standards);
  for (GList *l = numbers; l != NULL; l = l->next)
    {
      guint64           number = 0;
      KdStandardRecord *record = NULL;
      JsonNode         *node = json_object_get_member (standards, l->data);
      g_autofree char  *where = g_strdup_printf (_ ("standard %s"), (char *)l->data);

      if (g_ascii_string_to_unsigned (l->data, 10, 1, 99, &number, NULL))
        record = kd_document_get_standard (self, (guint)number);
      if (record == NULL || !JSON_NODE_HOLDS_OBJECT (node))
        {
          kd_problem_list_add (problems, KD_PROBLEM_ERROR, 0, where,
                               record == NULL ? _ ("there is no such standard") : _ ("this part of the file is not an object"));
          json_object_set_member (kept->standards, l->data, json_node_copy (node));
          continue;
        }
      _kd_item_load (KD_ITEM (record), json_node_get_object (node), where, problems);
    }
}

static void
load_extra (KdDocument    *self,
            JsonObject    *root,
            KdProblemList *problems)
{
  KdDocumentKept *kept = _kd_document_get_kept (self);
  KdFramework    *framework = kd_document_get_framework (self);
  g_autoptr (JsonObject) shaped = json_object_new ();
  const char *members[] = { "extra", "extra_descriptions" };
  const char *record_members[] = { "indicators", "descriptions" };

  /* The extra requirements are stored like a criterion's indicators and descriptions. */
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      JsonNode *node = json_object_get_member (root, members[i]);

      if (node == NULL)
        continue;
      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          kd_problem_list_add (problems, KD_PROBLEM_ERROR, i == 0 ? KD_PROBLEM_AFFECTS_LEVELS : 0,
                               kd_framework_get_extra_title (framework),
                               _ ("this part of the file is not an object"));
          _kd_item_copy_json_member (root, kept->root, members[i]);
          continue;
        }
      json_object_set_member (shaped, record_members[i], json_node_copy (node));
    }
  _kd_item_load (KD_ITEM (kd_document_get_extra (self)), shaped, kd_framework_get_extra_title (framework), problems);
}

static void
load_council (KdDocument    *self,
              JsonObject    *root,
              KdProblemList *problems)
{
  KdDocumentKept *kept = _kd_document_get_kept (self);
  JsonObject     *council = NULL;
  g_autoptr (GList) members = NULL;

  switch (kd_json_read_object (root, "council", &council))
    {
      case KD_JSON_MISSING:
        return;
      case KD_JSON_WRONG_TYPE:
        kd_problem_list_add (problems, KD_PROBLEM_ERROR, 0, _ ("council"), _ ("this part of the file is not an object"));
        _kd_item_copy_json_member (root, kept->root, "council");
        return;
      case KD_JSON_OK:
        break;
    }
  load_list (self, council, "members", kd_document_get_members (self), KD_TYPE_MEMBER,
             kept->lists[LIST_MEMBERS], kept->council, _ ("council members"), _ ("council, member"), problems);
  load_list (self, council, "groups", kd_document_get_groups (self), KD_TYPE_GROUP,
             kept->lists[LIST_GROUPS], kept->council, _ ("council groups"), _ ("council, group"), problems);

  members = json_object_get_members (council);
  for (GList *l = members; l != NULL; l = l->next)
    if (!g_str_equal (l->data, "members") && !g_str_equal (l->data, "groups"))
      _kd_item_copy_json_member (council, kept->council, l->data);
}

/* The document's id and revision, and the members merges and packages use; what cannot be read
 * is reported and kept as it was. */
static void
load_identity (KdDocument     *self,
               JsonObject     *root,
               KdDocumentKept *kept,
               KdProblemList  *problems)
{
  const char *id = NULL;
  gint64      revision = 0;
  JsonObject *package = NULL;
  JsonArray  *array = NULL;

  if (kd_json_read_string (root, "id", &id) == KD_JSON_WRONG_TYPE || (id != NULL && strlen (id) > 64))
    {
      kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, "", _ ("the document id is not valid; a new one was given"));
      _kd_item_copy_json_member (root, kept->root, "id");
      id = NULL;
    }
  if (kd_json_read_int (root, "revision", &revision) == KD_JSON_WRONG_TYPE || revision < 0 || revision > G_MAXINT)
    {
      kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, "", _ ("the revision number is not valid; it starts again from 0"));
      revision = 0;
    }
  _kd_document_set_identity (self, id, (guint)revision);

  switch (kd_json_read_object (root, "package", &package))
    {
      case KD_JSON_OK:
        _kd_document_set_package (self, package);
        break;
      case KD_JSON_WRONG_TYPE:
        kd_problem_list_add (problems, KD_PROBLEM_ERROR, 0, _ ("work package"), _ ("this part of the file is not an object"));
        _kd_item_copy_json_member (root, kept->root, "package");
        break;
      case KD_JSON_MISSING:
        break;
    }
  for (guint i = 0; i < 2; i++)
    {
      const char *member = i == 0 ? "conflicts" : "merge_decisions";
      JsonArray  *target = i == 0 ? _kd_document_get_conflicts (self) : _kd_document_get_decisions (self);

      switch (kd_json_read_array (root, member, &array))
        {
          case KD_JSON_OK:
            for (guint j = 0; j < json_array_get_length (array); j++)
              json_array_add_element (target, json_node_copy (json_array_get_element (array, j)));
            break;
          case KD_JSON_WRONG_TYPE:
            kd_problem_list_add (problems, KD_PROBLEM_ERROR, 0, _ ("merge conflicts"), _ ("this part of the file is not a list"));
            _kd_item_copy_json_member (root, kept->root, member);
            break;
          case KD_JSON_MISSING:
            break;
        }
    }
}

/* The long lists of a document, read from the text straight into their items. */
typedef enum
{
  READ_EVIDENCE,
  READ_PLAN,
  N_READ_LISTS
} ReadList;

static const char *const read_list_members[N_READ_LISTS] = { "evidence", "plan" };

static KdDocument *
load_root (KdFrameworkRegistry *registry,
           JsonObject          *root,
           KdItemListReading  **read_lists,
           const char          *display_name,
           GError             **error)
{
  g_autoptr (KdDocument) self = NULL;
  KdDocumentKept *kept;
  KdProblemList  *problems;
  KdFramework    *framework;
  const char     *format = NULL;
  const char     *framework_id = NULL;
  gint64          version = 0;
  g_autoptr (GList) members = NULL;

  if (kd_json_read_string (root, "format", &format) != KD_JSON_OK || !g_str_equal (format, "kiemdinh"))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_NOT_A_DOCUMENT,
                   _ ("“%s” is not a Kiểm Định document (its “format” member is missing or wrong)."), display_name);
      return NULL;
    }
  if (kd_json_read_int (root, "version", &version) != KD_JSON_OK || version < 1 || version > 1000000)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_NOT_A_DOCUMENT,
                   _ ("“%s” has no valid format version; it cannot be opened."), display_name);
      return NULL;
    }
  if (kd_json_read_string (root, "framework", &framework_id) != KD_JSON_OK)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_UNKNOWN_FRAMEWORK,
                   _ ("“%s” does not say which framework it follows."), display_name);
      return NULL;
    }
  framework = kd_framework_registry_lookup (registry, framework_id);
  if (framework == NULL)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_UNKNOWN_FRAMEWORK,
                   _ ("“%s” follows the framework “%s”, which this installation does not have. Install its catalogue or a newer Kiểm Định."),
                   display_name, framework_id);
      return NULL;
    }

  self = kd_document_new (framework);
  kept = _kd_document_get_kept (self);
  problems = _kd_document_get_problems (self);
  _kd_document_set_file_version (self, (guint)version);
  if (version > KD_FORMAT_VERSION)
    kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, "",
                         _ ("this document was written by a newer version of Kiểm Định (format %u); it is opened read-only so that nothing it holds is lost"),
                         (guint)version);

  load_object_member (KD_ITEM (kd_document_get_school (self)), root, "school", _ ("school"), kept, problems);
  load_object_member (KD_ITEM (kd_document_get_cycle (self)), root, "cycle", _ ("assessment cycle"), kept, problems);
  load_council (self, root, problems);
  load_criteria (self, root, problems);
  load_standards (self, root, problems);
  load_extra (self, root, problems);
  _kd_item_list_reading_finish (read_lists[READ_EVIDENCE], G_LIST_STORE (kd_document_get_evidence (self)),
                                kept->lists[LIST_EVIDENCE], problems);
  load_list (self, root, "evidence", kd_document_get_evidence (self), KD_TYPE_EVIDENCE,
             kept->lists[LIST_EVIDENCE], kept->root, _ ("evidence list"), _ ("evidence"), problems);
  _kd_item_list_reading_finish (read_lists[READ_PLAN], G_LIST_STORE (kd_document_get_plan (self)),
                                kept->lists[LIST_PLAN], problems);
  load_list (self, root, "plan", kd_document_get_plan (self), KD_TYPE_PLAN_ROW,
             kept->lists[LIST_PLAN], kept->root, _ ("improvement plan"), _ ("plan, row"), problems);
  load_list (self, root, "reviews", kd_document_get_reviews (self), KD_TYPE_REVIEW,
             kept->lists[LIST_REVIEWS], kept->root, _ ("plan reviews"), _ ("review"), problems);
  load_list (self, root, "history", kd_document_get_history (self), KD_TYPE_HISTORY_ENTRY,
             kept->lists[LIST_HISTORY], kept->root, _ ("history"), _ ("history, entry"), problems);
  load_list (self, root, "meetings", kd_document_get_meetings (self), KD_TYPE_MEETING,
             kept->lists[LIST_MEETINGS], kept->root, _ ("council meetings"), _ ("meeting"), problems);
  load_identity (self, root, kept, problems);
  _kd_document_attach_all (self);

  members = json_object_get_members (root);
  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (known_root, l->data))
      _kd_item_copy_json_member (root, kept->root, l->data);

  kd_document_mark_saved (self);
  return g_steal_pointer (&self);
}

KdDocument *
kd_document_load_from_data (KdFrameworkRegistry *registry,
                            const char          *data,
                            gsize                length,
                            const char          *display_name,
                            GError             **error)
{
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (KdItemListReading) evidence = _kd_item_list_reading_new (KD_TYPE_EVIDENCE, _ ("evidence"));
  g_autoptr (KdItemListReading) plan = _kd_item_list_reading_new (KD_TYPE_PLAN_ROW, _ ("plan, row"));
  KdItemListReading *read_lists[N_READ_LISTS] = { evidence, plan };
  KdJsonList         lists[N_READ_LISTS];

  g_return_val_if_fail (KD_IS_FRAMEWORK_REGISTRY (registry), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  for (guint i = 0; i < N_READ_LISTS; i++)
    lists[i] = (KdJsonList){ read_list_members[i], _kd_item_read_element, read_lists[i] };
  if (!kd_json_guard_parse_lists (data != NULL ? data : "", length, display_name, lists, N_READ_LISTS, &root, error))
    return NULL;
  if (root == NULL)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_NOT_A_DOCUMENT, _ ("“%s” is empty."), display_name);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_NOT_A_DOCUMENT,
                   _ ("“%s” is not a Kiểm Định document (its “format” member is missing or wrong)."), display_name);
      return NULL;
    }
  return load_root (registry, json_node_get_object (root), read_lists, display_name, error);
}

static char *
display_name_of (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  return path != NULL ? g_filename_display_name (path) : g_file_get_uri (file);
}

KdDocument *
kd_document_load_from_file (KdFrameworkRegistry *registry,
                            GFile               *file,
                            GError             **error)
{
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GError) io_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = display_name_of (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &io_error);
  if (info == NULL)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_NOT_FOUND,
                   g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
                       ? _ ("“%s” does not exist. Check the name and the folder.")
                       : _ ("“%s” cannot be read. Check that you may open it."),
                   name);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_NOT_A_DOCUMENT, _ ("“%s” is a folder, not a document."), name);
      return NULL;
    }
  /* A pipe or a device would be read for ever (a pipe with no writer waits). */
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_SPECIAL)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_NOT_A_DOCUMENT, _ ("“%s” is not a file that holds a document."), name);
      return NULL;
    }
  if (!kd_json_guard_check_size ((guint64)g_file_info_get_size (info), name, error))
    return NULL;

  /* A file on this computer is read in one go; GIO's reading grows its buffer 8 KB at a time. */
  if (g_file_peek_path (file) != NULL ? !g_file_get_contents (g_file_peek_path (file), &contents, &length, &io_error)
                                      : !g_file_load_contents (file, NULL, &contents, &length, NULL, &io_error))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_NOT_FOUND, _ ("“%s” cannot be read. Check that you may open it."), name);
      return NULL;
    }
  return kd_document_load_from_data (registry, contents, length, name, error);
}

/* ---- saving ------------------------------------------------------------------------- */

static void
copy_all_members (JsonObject *from,
                  JsonObject *to)
{
  g_autoptr (GList) members = json_object_get_members (from);

  for (GList *l = members; l != NULL; l = l->next)
    if (!json_object_has_member (to, l->data))
      _kd_item_copy_json_member (from, to, l->data);
}

static JsonObject *
save_root (KdDocument *self)
{
  KdDocumentKept *kept = _kd_document_get_kept (self);
  GPtrArray      *records = _kd_document_get_records (self);
  JsonObject     *root = json_object_new ();
  JsonObject     *council = json_object_new ();
  JsonObject     *criteria = json_object_new ();
  JsonObject     *standards = json_object_new ();
  g_autoptr (JsonObject) extra = NULL;

  json_object_set_string_member (root, "format", "kiemdinh");
  json_object_set_int_member (root, "version", KD_FORMAT_VERSION);
  json_object_set_string_member (root, "framework", kd_framework_get_id (kd_document_get_framework (self)));
  if (!json_object_has_member (kept->root, "id"))
    json_object_set_string_member (root, "id", kd_document_get_id (self));
  json_object_set_int_member (root, "revision", kd_document_get_revision (self));
  if (!json_object_has_member (kept->root, "school"))
    json_object_set_object_member (root, "school", _kd_item_save (KD_ITEM (kd_document_get_school (self))));
  if (!json_object_has_member (kept->root, "cycle"))
    json_object_set_object_member (root, "cycle", _kd_item_save (KD_ITEM (kd_document_get_cycle (self))));

  if (!json_object_has_member (kept->root, "council"))
    {
      json_object_set_array_member (council, "members", _kd_item_save_list (kd_document_get_members (self), kept->lists[LIST_MEMBERS]));
      json_object_set_array_member (council, "groups", _kd_item_save_list (kd_document_get_groups (self), kept->lists[LIST_GROUPS]));
      copy_all_members (kept->council, council);
      json_object_set_object_member (root, "council", council);
    }
  else
    json_object_unref (council);

  if (!json_object_has_member (kept->root, "criteria"))
    {
      for (guint i = 0; i < records->len; i++)
        {
          KdCriterionRecord *record = g_ptr_array_index (records, i);

          if (_kd_criterion_record_has_data (record))
            json_object_set_object_member (criteria, kd_criterion_record_get_code (record), _kd_item_save (KD_ITEM (record)));
        }
      copy_all_members (kept->criteria, criteria);
      json_object_set_object_member (root, "criteria", criteria);
    }
  else
    json_object_unref (criteria);

  for (guint n = 1; kd_document_get_standard (self, n) != NULL; n++)
    {
      KdStandardRecord *record = kd_document_get_standard (self, n);

      if (!kd_item_is_empty (KD_ITEM (record)))
        {
          g_autofree char *key = g_strdup_printf ("%u", n);
          json_object_set_object_member (standards, key, _kd_item_save (KD_ITEM (record)));
        }
    }
  copy_all_members (kept->standards, standards);
  if (json_object_get_size (standards) > 0 && !json_object_has_member (kept->root, "standards"))
    json_object_set_object_member (root, "standards", standards);
  else
    json_object_unref (standards);

  extra = _kd_item_save (KD_ITEM (kd_document_get_extra (self)));
  if (!json_object_has_member (kept->root, "extra"))
    json_object_set_object_member (root, "extra",
                                   json_object_has_member (extra, "indicators")
                                       ? json_object_ref (json_object_get_object_member (extra, "indicators"))
                                       : json_object_new ());
  if (json_object_has_member (extra, "descriptions") && !json_object_has_member (kept->root, "extra_descriptions"))
    json_object_set_object_member (root, "extra_descriptions",
                                   json_object_ref (json_object_get_object_member (extra, "descriptions")));

  if (!json_object_has_member (kept->root, "evidence"))
    json_object_set_array_member (root, "evidence", _kd_item_save_list (kd_document_get_evidence (self), kept->lists[LIST_EVIDENCE]));
  if (!json_object_has_member (kept->root, "plan"))
    json_object_set_array_member (root, "plan", _kd_item_save_list (kd_document_get_plan (self), kept->lists[LIST_PLAN]));
  if (!json_object_has_member (kept->root, "reviews"))
    json_object_set_array_member (root, "reviews", _kd_item_save_list (kd_document_get_reviews (self), kept->lists[LIST_REVIEWS]));
  if (!json_object_has_member (kept->root, "meetings"))
    json_object_set_array_member (root, "meetings", _kd_item_save_list (kd_document_get_meetings (self), kept->lists[LIST_MEETINGS]));
  if (!json_object_has_member (kept->root, "history"))
    json_object_set_array_member (root, "history", _kd_item_save_list (kd_document_get_history (self), kept->lists[LIST_HISTORY]));
  if (_kd_document_get_package (self) != NULL)
    json_object_set_object_member (root, "package", json_object_ref (_kd_document_get_package (self)));
  if (json_array_get_length (_kd_document_get_conflicts (self)) > 0)
    json_object_set_array_member (root, "conflicts", json_array_ref (_kd_document_get_conflicts (self)));
  if (json_array_get_length (_kd_document_get_decisions (self)) > 0)
    json_object_set_array_member (root, "merge_decisions", json_array_ref (_kd_document_get_decisions (self)));

  copy_all_members (kept->root, root);
  return root;
}

char *
kd_document_to_data (KdDocument *self,
                     gsize      *length)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  GString *text;

  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);

  json_node_take_object (node, save_root (self));
  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  text = json_generator_to_gstring (generator, g_string_new (NULL));
  g_string_append_c (text, '\n');
  if (length != NULL)
    *length = text->len;
  return g_string_free (text, FALSE);
}

/**
 * kd_document_save_to_file:
 *
 * Writes the document beside @file, flushes it to disk and renames it over @file, keeping the
 * previous version as "@file~".  On any failure the old file is left as it was.
 */
gboolean
kd_document_save_to_file (KdDocument *self,
                          GFile      *file,
                          GError    **error)
{
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) io_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  gsize            length = 0;

  g_return_val_if_fail (KD_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = display_name_of (file);
  if (kd_document_get_read_only (self))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_READ_ONLY,
                   _ ("This document was written by a newer version of Kiểm Định and is open read-only. Use a newer version to change it."));
      return FALSE;
    }

  /* The saved file carries the next revision; a failed save gives it back. */
  _kd_document_set_identity (self, NULL, kd_document_get_revision (self) + 1);
  data = kd_document_to_data (self, &length);
  stream = g_file_replace (file, NULL, TRUE, G_FILE_CREATE_NONE, cancellable, &io_error);
  if (stream == NULL)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_WRITE,
                   _ ("“%s” could not be saved: %s. Your previous file is unchanged; choose another folder with “Save as”."),
                   name, io_error->message);
      _kd_document_set_identity (self, NULL, kd_document_get_revision (self) - 1);
      return FALSE;
    }
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, length, NULL, cancellable, &io_error))
    {
      /* A cancelled close abandons the temporary file instead of renaming it over the original. */
      g_cancellable_cancel (cancellable);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, NULL);
      g_set_error (error, KD_ERROR, KD_ERROR_WRITE,
                   _ ("“%s” could not be saved: %s. Your previous file is unchanged; free some space or choose another folder with “Save as”."),
                   name, io_error->message);
      _kd_document_set_identity (self, NULL, kd_document_get_revision (self) - 1);
      return FALSE;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &io_error))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_WRITE,
                   _ ("“%s” could not be saved: %s. Your previous file is unchanged; choose another folder with “Save as”."),
                   name, io_error->message);
      _kd_document_set_identity (self, NULL, kd_document_get_revision (self) - 1);
      return FALSE;
    }
  _kd_document_set_id_stored (self);
  kd_document_mark_saved (self);
  return TRUE;
}
