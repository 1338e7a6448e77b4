/* kd-rules.c */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-rules.h"

/* ---- one criterion ------------------------------------------------------------------ */

void
kd_criterion_result_free (KdCriterionResult *result)
{
  if (result == NULL)
    return;
  g_ptr_array_unref (result->unmet);
  g_ptr_array_unref (result->unassessed);
  g_array_unref (result->states);
  g_free (result);
}

KdCriterionResult *
kd_evaluate_criterion (KdCriterionRecord *record)
{
  KdCriterionResult    *result;
  const KdCriterionDef *def;
  KdFramework          *framework;
  guint                 max_level;
  gboolean              failed = FALSE;

  g_return_val_if_fail (KD_IS_CRITERION_RECORD (record), NULL);
  def = kd_criterion_record_get_def (record);
  g_return_val_if_fail (def != NULL, NULL);
  framework = kd_document_get_framework (kd_item_get_document (KD_ITEM (record)));
  max_level = framework != NULL ? kd_framework_get_max_level (framework) : def->top_level;

  result = g_new0 (KdCriterionResult, 1);
  result->def = def;
  result->unmet = g_ptr_array_new ();
  result->unassessed = g_ptr_array_new ();
  result->states = g_array_sized_new (FALSE, TRUE, sizeof (KdState), def->indicators->len);

  for (guint i = 0; i < def->indicators->len; i++)
    {
      const KdIndicatorDef *ind = g_ptr_array_index (def->indicators, i);
      KdState               state = kd_criterion_record_get_indicator (record, ind->id);

      g_array_append_val (result->states, state);
      if (state == KD_STATE_UNMET)
        g_ptr_array_add (result->unmet, ind->id);
      else if (state == KD_STATE_UNASSESSED)
        g_ptr_array_add (result->unassessed, ind->id);
    }
  result->complete = result->unassessed->len == 0;

  /* Levels are cumulative; a level where the criterion has no requirement adds nothing. */
  for (guint level = 1; level <= max_level && !failed; level++)
    {
      for (guint i = 0; i < def->indicators->len; i++)
        {
          const KdIndicatorDef *ind = g_ptr_array_index (def->indicators, i);

          if (ind->level == level && g_array_index (result->states, KdState, i) != KD_STATE_MET)
            failed = TRUE;
        }
      if (!failed)
        result->level = level;
    }
  return result;
}

KdState
kd_criterion_result_state_of (const KdCriterionResult *result,
                              const char              *id)
{
  for (guint i = 0; id != NULL && i < result->def->indicators->len; i++)
    if (g_str_equal (((KdIndicatorDef *)g_ptr_array_index (result->def->indicators, i))->id, id))
      return g_array_index (result->states, KdState, i);
  return KD_STATE_UNASSESSED;
}

guint
kd_criterion_result_met_at (const KdCriterionResult *result,
                            guint                    level)
{
  guint n = 0;

  for (guint i = 0; i < result->def->indicators->len; i++)
    if (((KdIndicatorDef *)g_ptr_array_index (result->def->indicators, i))->level == level &&
        g_array_index (result->states, KdState, i) == KD_STATE_MET)
      n++;
  return n;
}

/* Whether the criterion is at @level: MET when it reaches it, UNMET when an indicator of that
 * level or below is not met (no assessment can change that), UNASSESSED while it depends on
 * indicators not assessed yet. */
KdState
kd_criterion_result_state_at (const KdCriterionResult *result,
                              guint                    level)
{
  if (result->level >= level)
    return KD_STATE_MET;
  for (guint i = 0; i < result->def->indicators->len; i++)
    if (((KdIndicatorDef *)g_ptr_array_index (result->def->indicators, i))->level <= level &&
        g_array_index (result->states, KdState, i) == KD_STATE_UNMET)
      return KD_STATE_UNMET;
  return KD_STATE_UNASSESSED;
}

/* "Đạt Mức 2", "Không đạt Mức 1", "Chưa đánh giá". */
char *
kd_criterion_result_describe (const KdCriterionResult *result)
{
  if (result->unassessed->len == result->def->indicators->len)
    return g_strdup (_ ("Not assessed"));
  if (result->level == 0)
    return g_strdup (_ ("Not at Mức 1"));
  return g_strdup_printf (_ ("Mức %u"), result->level);
}

/* The same in the few words of an overview cell, ten side by side: "Mức 2", "Chưa đạt",
 * "Chưa đánh giá", "Đang đánh giá" (some indicators assessed, none unmet, no level yet). */
char *
kd_criterion_result_describe_short (const KdCriterionResult *result)
{
  if (result->level > 0)
    return g_strdup_printf (_ ("Level %u"), result->level);
  if (kd_criterion_result_state_at (result, 1) == KD_STATE_UNMET)
    return g_strdup (_ ("Not reached"));
  if (result->unassessed->len == result->def->indicators->len)
    return g_strdup (_ ("Not assessed"));
  return g_strdup (_ ("Being assessed"));
}

/* Names the indicators of levels 1…@target_level in @wanted state: "chỉ báo a, c",
 * "chỉ báo b of Mức 1", "the requirement of Mức 2".  An unlettered requirement of the target
 * level itself needs no name: the level says it. */
static void
append_labels (GString                 *out,
               const KdCriterionResult *result,
               KdState                  wanted,
               guint                    target_level,
               guint                   *n_written)
{
  const KdCriterionDef *def = result->def;
  guint                 written = 0;

  for (guint level = 1; level <= target_level; level++)
    {
      g_autoptr (GString) keys = g_string_new (NULL);
      gboolean unlettered = FALSE;

      for (guint i = 0; i < def->indicators->len; i++)
        {
          const KdIndicatorDef *ind = g_ptr_array_index (def->indicators, i);

          if (ind->level != level || g_array_index (result->states, KdState, i) != wanted)
            continue;
          if (*ind->key == '\0')
            unlettered = TRUE;
          else
            {
              if (keys->len > 0)
                g_string_append (keys, ", ");
              g_string_append (keys, ind->key);
            }
        }
      if (keys->len > 0)
        {
          g_autofree char *label = level == target_level
                                       ? g_strdup_printf (_ ("indicator %s"), keys->str)
                                       : g_strdup_printf (_ ("indicator %s of Mức %u"), keys->str, level);

          if (written++ > 0)
            g_string_append (out, ", ");
          g_string_append (out, label);
        }
      if (unlettered && level != target_level)
        {
          g_autofree char *label = g_strdup_printf (_ ("the requirement of Mức %u"), level);

          if (written++ > 0)
            g_string_append (out, ", ");
          g_string_append (out, label);
        }
    }
  *n_written = written;
}

/* "(chỉ báo a; not yet assessed: chỉ báo b)", or "" when nothing needs naming. */
static char *
failing_details (const KdCriterionResult *result,
                 guint                    target_level)
{
  GString *out = g_string_new (NULL);
  GString *pending = g_string_new (NULL);
  gboolean any_pending = FALSE;
  guint    n_unmet, n_pending;

  append_labels (out, result, KD_STATE_UNMET, target_level, &n_unmet);
  append_labels (pending, result, KD_STATE_UNASSESSED, target_level, &n_pending);
  for (guint i = 0; i < result->def->indicators->len; i++)
    if (((KdIndicatorDef *)g_ptr_array_index (result->def->indicators, i))->level <= target_level &&
        g_array_index (result->states, KdState, i) == KD_STATE_UNASSESSED)
      any_pending = TRUE;

  if (any_pending)
    {
      if (out->len > 0)
        g_string_append (out, "; ");
      if (n_pending > 0)
        g_string_append_printf (out, _ ("not yet assessed: %s"), pending->str);
      else
        g_string_append (out, _ ("not yet assessed"));
    }
  g_string_free (pending, TRUE);
  if (out->len == 0)
    return g_string_free (out, FALSE);
  g_string_prepend (out, " (");
  g_string_append_c (out, ')');
  return g_string_free (out, FALSE);
}

/* Why the criterion is not at the next level: "Chưa đạt Mức 2: chỉ báo b chưa đạt". */
char *
kd_criterion_result_reason (const KdCriterionResult *result,
                            guint                    max_level)
{
  g_autofree char *details = NULL;

  if (result->level >= max_level)
    return NULL;
  details = failing_details (result, result->level + 1);
  return g_strdup_printf (_ ("Not at Mức %u%s"), result->level + 1, details);
}

/* The seed 000 form: "3/3", "2/3 (chỉ báo b, c)" — the met indicators named when not all are. */
char *
kd_criterion_result_count_label (const KdCriterionResult *result,
                                 guint                    level)
{
  guint    total = kd_criterion_def_count_level (result->def, level);
  guint    met = kd_criterion_result_met_at (result, level);
  GString *names;

  if (met == total || met == 0)
    return g_strdup_printf ("%u/%u", met, total);
  names = g_string_new (NULL);
  for (guint i = 0; i < result->def->indicators->len; i++)
    {
      const KdIndicatorDef *ind = g_ptr_array_index (result->def->indicators, i);

      if (ind->level == level && g_array_index (result->states, KdState, i) == KD_STATE_MET && *ind->key != '\0')
        g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", ind->key);
    }
  if (names->len == 0)
    {
      g_string_free (names, TRUE);
      return g_strdup_printf ("%u/%u", met, total);
    }
  {
    g_autofree char *list = g_string_free (names, FALSE);
    return g_strdup_printf (_ ("%u/%u (indicators %s)"), met, total, list);
  }
}

/* ---- the school --------------------------------------------------------------------- */

static void
level_result_free (gpointer data)
{
  KdLevelResult *level = data;

  g_ptr_array_unref (level->reasons);
  g_free (level);
}

static void
missing_free (gpointer data)
{
  KdMissing *missing = data;

  g_free (missing->criterion);
  g_clear_pointer (&missing->indicators, g_ptr_array_unref);
  g_free (missing->text);
  g_free (missing);
}

void
kd_evaluation_free (KdEvaluation *evaluation)
{
  if (evaluation == NULL)
    return;
  g_clear_object (&evaluation->framework);
  g_ptr_array_unref (evaluation->criteria);
  g_ptr_array_unref (evaluation->levels);
  g_ptr_array_unref (evaluation->next_missing);
  g_free (evaluation);
}

static gboolean
in_set (const KdCriterionDef *def,
        KdCriteriaSet         set)
{
  switch (set)
    {
      case KD_CRITERIA_SET_MANDATORY:
        return def->mandatory;
      case KD_CRITERIA_SET_OPTIONAL:
        return !def->mandatory;
      case KD_CRITERIA_SET_ALL:
      default:
        return TRUE;
    }
}

static const char *
set_name (KdCriteriaSet set)
{
  switch (set)
    {
      case KD_CRITERIA_SET_MANDATORY:
        return _ ("mandatory criteria");
      case KD_CRITERIA_SET_OPTIONAL:
        return _ ("non-mandatory criteria");
      case KD_CRITERIA_SET_ALL:
      default:
        return _ ("criteria");
    }
}

static KdMissing *
missing_new (const char *criterion,
             guint       level,
             char       *text)
{
  KdMissing *missing = g_new0 (KdMissing, 1);

  missing->criterion = g_strdup (criterion);
  missing->level = level;
  missing->indicators = g_ptr_array_new_with_free_func (g_free);
  missing->text = text;
  return missing;
}

/* Checks one requirement of a school level; on failure adds the reasons and what is missing. */
static gboolean
check_requirement (KdEvaluation             *evaluation,
                   KdDocument               *document,
                   const KdLevelRequirement *req,
                   GPtrArray                *reasons,
                   GPtrArray                *missing)
{
  if (req->extra)
    {
      KdCriterionRecord *extra = kd_document_get_extra (document);
      GPtrArray         *defs = kd_framework_get_extra (evaluation->framework);
      gboolean           ok = TRUE;

      for (guint i = 0; i < defs->len; i++)
        {
          const KdExtraDef *def = g_ptr_array_index (defs, i);
          KdState           state = kd_criterion_record_get_indicator (extra, def->id);
          const char       *title = kd_framework_get_extra_title (evaluation->framework);

          if (state == KD_STATE_MET)
            continue;
          ok = FALSE;
          g_ptr_array_add (reasons, state == KD_STATE_UNMET
                                        ? g_strdup_printf (_ ("%s requirement %s (%s) is not met"), title, def->id, def->citation)
                                        : g_strdup_printf (_ ("%s requirement %s (%s) is not yet assessed"), title, def->id, def->citation));
          g_ptr_array_add (missing, missing_new (NULL, 0, g_strdup_printf (_ ("Meet %s requirement %s (%s)"), title, def->id, def->citation)));
        }
      return ok;
    }
  else
    {
      guint in = 0, reached = 0;
      g_autoptr (GString) below = g_string_new (NULL);
      g_autoptr (GPtrArray) below_results = g_ptr_array_new ();

      for (guint i = 0; i < evaluation->criteria->len; i++)
        {
          KdCriterionResult *result = g_ptr_array_index (evaluation->criteria, i);

          if (!in_set (result->def, req->set))
            continue;
          in++;
          if (result->level >= req->min_level)
            reached++;
          else
            {
              g_string_append_printf (below, "%s%s", below->len > 0 ? ", " : "", result->def->code);
              g_ptr_array_add (below_results, result);
            }
        }

      if (req->at_least == 0)
        {
          for (guint i = 0; i < below_results->len; i++)
            {
              KdCriterionResult *result = g_ptr_array_index (below_results, i);
              g_autofree char   *details = failing_details (result, req->min_level);
              KdMissing         *item = missing_new (result->def->code, req->min_level,
                                                     g_strdup_printf (_ ("Criterion %s: reach Mức %u%s"), result->def->code,
                                                                      req->min_level, details));

              g_ptr_array_add (reasons, g_strdup_printf (_ ("Criterion %s is not at Mức %u%s"),
                                                         result->def->code, req->min_level, details));
              for (guint j = 0; j < result->def->indicators->len; j++)
                {
                  const KdIndicatorDef *ind = g_ptr_array_index (result->def->indicators, j);

                  if (ind->level <= req->min_level && g_array_index (result->states, KdState, j) != KD_STATE_MET)
                    g_ptr_array_add (item->indicators, g_strdup (ind->id));
                }
              g_ptr_array_add (missing, item);
            }
          return below_results->len == 0;
        }

      if (reached >= req->at_least)
        return TRUE;
      g_ptr_array_add (reasons, g_strdup_printf (_ ("Only %u of the %u %s are at Mức %u or above (at least %u are needed; below: %s)"),
                                                 reached, in, set_name (req->set), req->min_level, req->at_least, below->str));
      g_ptr_array_add (missing, missing_new (NULL, req->min_level,
                                             g_strdup_printf (_ ("Bring %u more of the %s to Mức %u (choose among %s)"),
                                                              req->at_least - reached, set_name (req->set),
                                                              req->min_level, below->str)));
      return FALSE;
    }
}

KdEvaluation *
kd_evaluate (KdDocument *document)
{
  KdEvaluation *evaluation;
  GPtrArray    *criteria;
  GPtrArray    *rules;
  gboolean      still_reaching = TRUE;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);

  evaluation = g_new0 (KdEvaluation, 1);
  evaluation->framework = g_object_ref (kd_document_get_framework (document));
  evaluation->criteria = g_ptr_array_new_with_free_func ((GDestroyNotify)kd_criterion_result_free);
  evaluation->levels = g_ptr_array_new_with_free_func (level_result_free);
  evaluation->next_missing = g_ptr_array_new_with_free_func (missing_free);

  criteria = kd_framework_get_criteria (evaluation->framework);
  for (guint i = 0; i < criteria->len; i++)
    {
      const KdCriterionDef *def = g_ptr_array_index (criteria, i);
      KdCriterionResult    *result = kd_evaluate_criterion (kd_document_get_criterion (document, def->code));

      evaluation->indicators_total += def->indicators->len;
      evaluation->indicators_assessed += def->indicators->len - result->unassessed->len;
      g_ptr_array_add (evaluation->criteria, result);
    }

  for (guint i = 0; i < kd_framework_get_extra (evaluation->framework)->len; i++)
    {
      const KdExtraDef *def = g_ptr_array_index (kd_framework_get_extra (evaluation->framework), i);

      evaluation->extra_total++;
      if (kd_criterion_record_get_indicator (kd_document_get_extra (document), def->id) == KD_STATE_MET)
        evaluation->extra_met++;
    }

  /* School levels are sequential: level N needs every rule of levels 1…N. */
  rules = kd_framework_get_school_levels (evaluation->framework);
  for (guint i = 0; i < rules->len; i++)
    {
      const KdSchoolLevelRule *rule = g_ptr_array_index (rules, i);
      KdLevelResult           *level = g_new0 (KdLevelResult, 1);
      g_autoptr (GPtrArray) missing = g_ptr_array_new_with_free_func (missing_free);
      gboolean ok = TRUE;

      level->level = rule->level;
      level->reasons = g_ptr_array_new_with_free_func (g_free);
      for (guint j = 0; j < rule->requirements->len; j++)
        if (!check_requirement (evaluation, document, &g_array_index (rule->requirements, KdLevelRequirement, j),
                                level->reasons, missing))
          ok = FALSE;
      level->reached = ok && still_reaching;
      if (level->reached)
        evaluation->school_level = rule->level;
      else if (still_reaching)
        {
          /* The first level not reached: what it needs is what the school should do next. */
          g_ptr_array_extend_and_steal (evaluation->next_missing, g_steal_pointer (&missing));
          still_reaching = FALSE;
        }
      g_ptr_array_add (evaluation->levels, level);
    }

  evaluation->accreditation_level = kd_framework_has_accreditation (evaluation->framework) ? evaluation->school_level : 0;
  evaluation->national_standard = kd_framework_national_standard_for (evaluation->framework, evaluation->school_level);
  return evaluation;
}

const KdCriterionResult *
kd_evaluation_lookup (KdEvaluation *evaluation,
                      const char   *code)
{
  for (guint i = 0; code != NULL && i < evaluation->criteria->len; i++)
    {
      const KdCriterionResult *result = g_ptr_array_index (evaluation->criteria, i);

      if (g_str_equal (result->def->code, code))
        return result;
    }
  return NULL;
}

/* The seed 000 totals: criteria at @level or above ("27/28 tiêu chí đạt Mức 1")… */
guint
kd_evaluation_count_criteria_at (KdEvaluation *evaluation,
                                 guint         level)
{
  guint n = 0;

  for (guint i = 0; i < evaluation->criteria->len; i++)
    if (((KdCriterionResult *)g_ptr_array_index (evaluation->criteria, i))->level >= level)
      n++;
  return n;
}

/* … and indicators of @level met, out of kd_framework_count_indicators() ("83/84"). */
guint
kd_evaluation_count_indicators_met (KdEvaluation *evaluation,
                                    guint         level)
{
  guint n = 0;

  for (guint i = 0; i < evaluation->criteria->len; i++)
    n += kd_criterion_result_met_at (g_ptr_array_index (evaluation->criteria, i), level);
  return n;
}

/* Why the school is not at the level above the one it reached; empty at the top. */
GPtrArray *
kd_evaluation_get_reasons (KdEvaluation *evaluation)
{
  if (evaluation->school_level >= evaluation->levels->len)
    return NULL;
  return ((KdLevelResult *)g_ptr_array_index (evaluation->levels, evaluation->school_level))->reasons;
}

/* "Kết luận: Trường đạt Mức 2." or "Trường chưa đạt Mức 1." */
char *
kd_evaluation_describe_school (KdEvaluation *evaluation)
{
  if (evaluation->school_level == 0)
    return g_strdup (_ ("The school does not reach Mức 1."));
  return g_strdup_printf (_ ("The school reaches Mức %u."), evaluation->school_level);
}

char *
kd_evaluation_describe_accreditation (KdEvaluation *evaluation)
{
  if (!kd_framework_has_accreditation (evaluation->framework))
    return NULL;
  if (evaluation->accreditation_level == 0)
    return g_strdup (_ ("Education quality accreditation: not reached (cấp độ 1 needs Mức 1)."));
  return g_strdup_printf (_ ("Education quality accreditation: cấp độ %u."), evaluation->accreditation_level);
}

char *
kd_evaluation_describe_national (KdEvaluation *evaluation)
{
  if (evaluation->national_standard == 0)
    return g_strdup (_ ("National standard: not reached."));
  return g_strdup_printf (_ ("National standard: mức độ %u."), evaluation->national_standard);
}
