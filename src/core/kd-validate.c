/* kd-validate.c — every problem of a document, with where it is */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-document-private.h"
#include "kd-text.h"

static gboolean
role_is_required_once (KdFramework *framework,
                       KdRole       role)
{
  const KdCouncilRule *rule = kd_framework_get_council_rule (framework);

  return rule->exactly_one_roles != NULL &&
         g_strv_contains ((const char *const *)rule->exactly_one_roles, kd_role_to_string (role));
}

static void
check_council (KdDocument    *self,
               KdProblemList *problems)
{
  KdFramework         *framework = kd_document_get_framework (self);
  const KdCouncilRule *rule = kd_framework_get_council_rule (framework);
  GListModel          *members = kd_document_get_members (self);
  GListModel          *groups = kd_document_get_groups (self);
  guint                n = g_list_model_get_n_items (members);
  guint                roles[KD_ROLE_SECRETARY + 1] = { 0 };
  g_autoptr (GString) unassigned = g_string_new (NULL);
  GPtrArray  *criteria = kd_framework_get_criteria (framework);
  const char *where = _ ("council");

  if (n < rule->min_members)
    kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, where,
                         _ ("%s requires at least %u members; the council has %u"),
                         kd_framework_get_short_title (framework), rule->min_members, n);
  if (rule->odd && n % 2 == 0 && n > 0)
    kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, where,
                         _ ("%s requires an odd number of members; the council has %u"),
                         kd_framework_get_short_title (framework), n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KdMember) member = g_list_model_get_item (members, i);
      const char *group = kd_member_get_group (member);

      roles[kd_member_get_role (member)]++;
      if (*group != '\0' && kd_document_lookup_item (self, groups, group) == NULL)
        {
          g_autofree char *loc = g_strdup_printf ("%s %u", _ ("council, member"), i + 1);

          kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, loc, _ ("%s belongs to a group that does not exist"),
                               kd_member_get_name (member));
        }
    }
  for (KdRole role = KD_ROLE_CHAIR; role <= KD_ROLE_SECRETARY; role++)
    if (role_is_required_once (framework, role) && roles[role] != 1)
      {
        g_autofree char *name = g_utf8_strdown (kd_role_describe (role), -1);

        kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, where,
                             _ ("the council needs exactly one %s; it has %u"), name, roles[role]);
      }

  for (guint i = 0; i < criteria->len; i++)
    {
      const KdCriterionDef *def = g_ptr_array_index (criteria, i);
      KdCriterionRecord    *record = kd_document_get_criterion (self, def->code);
      const char           *assignee = kd_criterion_record_get_assignee (record);

      if (*assignee == '\0')
        {
          g_string_append_printf (unassigned, "%s%s", unassigned->len > 0 ? ", " : "", def->code);
          continue;
        }
      if (*kd_document_describe_assignee (self, assignee) == '\0')
        {
          g_autofree char *loc = g_strdup_printf (_ ("criterion %s"), def->code);

          kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, loc,
                               _ ("it is assigned to a group or member that does not exist"));
        }
    }
  if (n > 0 && unassigned->len > 0)
    kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, where,
                         _ ("these criteria are not assigned to a group or member: %s"), unassigned->str);
}

static void
add_citation (GHashTable *citations,
              const char *code,
              const char *criterion)
{
  GPtrArray *list = g_hash_table_lookup (citations, code);

  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (citations, g_strdup (code), list);
    }
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (g_ptr_array_index (list, i), criterion))
      return;
  g_ptr_array_add (list, g_strdup (criterion));
}

static void
collect_from_record (KdDocument        *self,
                     KdCriterionRecord *record,
                     const char        *label,
                     GHashTable        *citations)
{
  g_autofree char *text = kd_criterion_record_dup_all_text (record);
  g_autoptr (GPtrArray) matches = kd_framework_find_evidence_codes (kd_document_get_framework (self), text);

  for (guint i = 0; i < matches->len; i++)
    add_citation (citations, ((KdCodeMatch *)g_ptr_array_index (matches, i))->code, label);
}

/**
 * kd_document_collect_citations:
 *
 * Returns: (transfer full): evidence code → GPtrArray of the criterion codes (or the extra
 *   requirements' title) whose texts cite it, in catalogue order.
 */
GHashTable *
kd_document_collect_citations (KdDocument *self)
{
  GHashTable *citations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
  GPtrArray  *records = _kd_document_get_records (self);

  for (guint i = 0; i < records->len; i++)
    {
      KdCriterionRecord *record = g_ptr_array_index (records, i);

      collect_from_record (self, record, kd_criterion_record_get_code (record), citations);
    }
  collect_from_record (self, kd_document_get_extra (self),
                       kd_framework_get_extra_title (kd_document_get_framework (self)), citations);
  return citations;
}

static void
check_evidence (KdDocument    *self,
                KdProblemList *problems)
{
  KdFramework *framework = kd_document_get_framework (self);
  GListModel  *evidence = kd_document_get_evidence (self);
  g_autoptr (GHashTable) citations = kd_document_collect_citations (self);
  g_autoptr (GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GRegex) pattern = NULL;
  g_autofree char *anchored = g_strdup_printf ("^(?:%s)$", kd_framework_get_evidence_regex (framework));
  GHashTableIter   iter;
  gpointer         key;

  pattern = g_regex_new (anchored, 0, 0, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr (KdEvidence) item = g_list_model_get_item (evidence, i);
      const char      *code = kd_evidence_get_code (item);
      const char      *criterion = kd_evidence_get_criterion (item);
      g_autofree char *where = g_strdup_printf ("%s %u", _ ("evidence"), i + 1);

      if (*code == '\0')
        {
          kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, where, _ ("it has no code"));
          continue;
        }
      if (!g_hash_table_add (listed, (gpointer)code))
        kd_problem_list_add (problems, KD_PROBLEM_ERROR, 0, where,
                             _ ("the code %s is used for two documents; one document keeps one code"), code);
      if (pattern != NULL && !g_regex_match (pattern, code, 0, NULL))
        kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, where,
                             _ ("the code %s is not written like %s"), code, kd_framework_get_evidence_example (framework));
      if (*criterion != '\0' && kd_framework_lookup_criterion (framework, criterion) == NULL)
        kd_problem_list_add (problems, KD_PROBLEM_ERROR, 0, where, _ ("%s has no criterion %s"),
                             kd_framework_get_short_title (framework), criterion);
      if (!g_hash_table_contains (citations, code))
        kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, where, _ ("%s is listed but no criterion cites it"), code);
    }

  g_hash_table_iter_init (&iter, citations);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (listed, key))
      {
        GPtrArray       *where_cited = g_hash_table_lookup (citations, key);
        const char      *first = g_ptr_array_index (where_cited, 0);
        g_autofree char *loc = kd_document_get_criterion (self, first) != NULL
                                   ? g_strdup_printf (_ ("criterion %s"), first)
                                   : g_strdup (first);

        kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, loc,
                             _ ("the evidence %s is cited but not in the evidence list"), (char *)key);
      }
}

static void
check_plan (KdDocument    *self,
            KdProblemList *problems)
{
  KdFramework *framework = kd_document_get_framework (self);
  GListModel  *plan = kd_document_get_plan (self);
  GListModel  *reviews = kd_document_get_reviews (self);

  for (guint i = 0; i < g_list_model_get_n_items (plan); i++)
    {
      g_autoptr (KdPlanRow) row = g_list_model_get_item (plan, i);
      const char      *criterion = kd_plan_row_get_criterion (row);
      g_autofree char *where = g_strdup_printf ("%s %u", _ ("plan, row"), i + 1);
      GDate            start, deadline;

      if (*criterion != '\0' && kd_framework_lookup_criterion (framework, criterion) == NULL)
        kd_problem_list_add (problems, KD_PROBLEM_ERROR, 0, where, _ ("%s has no criterion %s"),
                             kd_framework_get_short_title (framework), criterion);
      if (kd_date_parse_iso (kd_plan_row_get_start (row), &start) &&
          kd_date_parse_iso (kd_plan_row_get_deadline (row), &deadline) &&
          g_date_compare (&deadline, &start) < 0)
        kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, where, _ ("the deadline is before the start date"));
    }

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr (KdReview) review = g_list_model_get_item (reviews, i);
      GListModel *entries = kd_review_get_entries (review);

      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr (KdReviewEntry) entry = g_list_model_get_item (entries, j);

          if (kd_document_lookup_item (self, plan, kd_review_entry_get_row (entry)) == NULL)
            {
              g_autofree char *where = g_strdup_printf (_ ("%s %u, reviewed row %u"), _ ("review"), i + 1, j + 1);

              kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, where, _ ("the plan row it reviews no longer exists"));
            }
        }
    }
}

static void
check_school (KdDocument    *self,
              KdProblemList *problems)
{
  KdFramework *framework = kd_document_get_framework (self);
  const char  *type = kd_school_get_type_code (kd_document_get_school (self));
  guint        target = kd_cycle_get_target_level (kd_document_get_cycle (self));

  if (*type != '\0' && !g_strv_contains (kd_school_types (), type))
    kd_problem_list_add (problems, KD_PROBLEM_ERROR, 0, _ ("school"),
                         _ ("“%s” is not a school type (use MN, TH, THCS, THPT, PTNCH or GDTX)"), type);
  else if (*type != '\0' && !kd_framework_has_school_type (framework, type))
    kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, _ ("school"),
                         _ ("%s does not apply to schools of type %s"), kd_framework_get_short_title (framework), type);
  if (target > kd_framework_get_max_school_level (framework))
    kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, _ ("assessment cycle"),
                         _ ("the target level %u is above the highest level of %s"), target,
                         kd_framework_get_short_title (framework));
}

/**
 * kd_document_validate:
 *
 * Returns: (transfer full): what loading found plus every check against the framework.
 */
KdProblemList *
kd_document_validate (KdDocument *self)
{
  KdProblemList *problems = kd_problem_list_new ();

  g_return_val_if_fail (KD_IS_DOCUMENT (self), problems);

  kd_problem_list_extend (problems, kd_document_get_load_problems (self));
  check_school (self, problems);
  check_council (self, problems);
  check_evidence (self, problems);
  check_plan (self, problems);
  return problems;
}

/**
 * kd_document_check_council:
 *
 * The council part of kd_document_validate(): the framework's rule on members and roles, and
 * criteria not assigned to an existing group or member.
 *
 * Returns: (transfer full): the warnings, in the order validate reports them
 */
KdProblemList *
kd_document_check_council (KdDocument *self)
{
  KdProblemList *problems = kd_problem_list_new ();

  g_return_val_if_fail (KD_IS_DOCUMENT (self), problems);
  check_council (self, problems);
  return problems;
}

/**
 * kd_document_check_evidence:
 *
 * The evidence-list part of kd_document_validate(): codes cited but not listed, listed but never
 * cited, used twice, or not written in the framework's pattern.
 *
 * Returns: (transfer full): the problems, in the order validate reports them
 */
KdProblemList *
kd_document_check_evidence (KdDocument *self)
{
  KdProblemList *problems = kd_problem_list_new ();

  g_return_val_if_fail (KD_IS_DOCUMENT (self), problems);
  check_evidence (self, problems);
  return problems;
}

/**
 * kd_document_propose_evidence_code:
 * @box: the evidence box (2018 codes); frameworks without boxes ignore it
 *
 * The next free code for a new document of @criterion: [H1-1.1-03] after 01 and 02.
 */
char *
kd_document_propose_evidence_code (KdDocument *self,
                                   const char *criterion,
                                   guint       box)
{
  KdFramework *framework;
  GListModel  *evidence;
  g_autoptr (GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  guint highest = 0;

  g_return_val_if_fail (KD_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (criterion != NULL, NULL);

  framework = kd_document_get_framework (self);
  evidence = kd_document_get_evidence (self);
  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr (KdEvidence) item = g_list_model_get_item (evidence, i);

      g_hash_table_add (used, (gpointer)kd_evidence_get_code (item));
    }
  for (guint serial = 1; serial < 1000; serial++)
    {
      g_autofree char *code = kd_framework_format_evidence_code (framework, criterion, box, serial);

      if (g_hash_table_contains (used, code))
        highest = serial;
    }
  return kd_framework_format_evidence_code (framework, criterion, box, highest + 1);
}
