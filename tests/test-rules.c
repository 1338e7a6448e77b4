/* test-rules.c — the rules engine against the regulations and the seeds */
#include "config.h"

#include <string.h>

#include "kd-test-util.h"

static const char *const tt57_mandatory[] = { "1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2" };
static const char *const tt57_others[] = { "1.1", "1.2", "2.3", "3.3", "3.4", "3.5", "4.3" };

static void
set (KdDocument *document,
     const char *code,
     const char *id,
     KdState     state)
{
  kd_criterion_record_set_indicator (kd_document_get_criterion (document, code), id, state);
}

static gboolean
reasons_contain (KdEvaluation *evaluation,
                 const char   *text)
{
  GPtrArray *reasons = kd_evaluation_get_reasons (evaluation);

  for (guint i = 0; reasons != NULL && i < reasons->len; i++)
    if (strstr (g_ptr_array_index (reasons, i), text) != NULL)
      return TRUE;
  return FALSE;
}

/* Seed 000 calls itself "mức 1" with 3.2 failing indicator a: the rule says not Mức 1. */
static void
test_seed_000 (void)
{
  g_autoptr (KdDocument) document = kd_test_load_fixture ("seed-000-van-hoa.kdcl");
  g_autoptr (KdEvaluation) evaluation = kd_evaluate (document);
  const KdCriterionResult *result = kd_evaluation_lookup (evaluation, "3.2");
  const KdCriterionResult *other = kd_evaluation_lookup (evaluation, "1.1");
  g_autofree char         *count = kd_criterion_result_count_label (result, 1);
  GPtrArray               *reasons = kd_evaluation_get_reasons (evaluation);

  g_assert_cmpuint (result->level, ==, 0);
  g_assert_cmpuint (result->unmet->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (result->unmet, 0), ==, "1a");
  g_assert_cmpuint (other->level, ==, 1);
  g_assert_false (other->complete); /* Mức 2 and 3 not assessed */
  g_assert_cmpstr (count, ==, "2/3 (chỉ báo b, c)");

  g_assert_cmpuint (evaluation->school_level, ==, 0);
  g_assert_cmpuint (evaluation->accreditation_level, ==, 0);
  g_assert_cmpuint (evaluation->national_standard, ==, 0);
  g_assert_cmpuint (reasons->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (reasons, 0), ==, "Tiêu chí 3.2 chưa đạt Mức 1 (chỉ báo a)");
  g_assert_cmpuint (evaluation->next_missing->len, ==, 1);
  g_assert_cmpstr (((KdMissing *)g_ptr_array_index (evaluation->next_missing, 0))->criterion, ==, "3.2");

  /* The seed's own table: 83/84 indicators, 27/28 criteria at Mức 1. */
  g_assert_cmpuint (kd_evaluation_count_indicators_met (evaluation, 1), ==, 83);
  g_assert_cmpuint (kd_framework_count_indicators (evaluation->framework, 1), ==, 84);
  g_assert_cmpuint (kd_evaluation_count_criteria_at (evaluation, 1), ==, 27);
  g_assert_cmpuint (evaluation->criteria->len, ==, 28);
  /* Mức 2 and 3 were not assessed in the seed: no criterion is there, none has failed it. */
  g_assert_cmpuint (kd_evaluation_count_criteria_at (evaluation, 2), ==, 0);
  g_assert_cmpuint (kd_evaluation_count_indicators_met (evaluation, 2), ==, 0);
  g_assert_cmpint (kd_criterion_result_state_at (other, 1), ==, KD_STATE_MET);
  g_assert_cmpint (kd_criterion_result_state_at (other, 2), ==, KD_STATE_UNASSESSED);
  g_assert_cmpint (kd_criterion_result_state_at (result, 1), ==, KD_STATE_UNMET);
  /* 3.2 fails Mức 1, so it fails every level above it too. */
  g_assert_cmpint (kd_criterion_result_state_at (result, 3), ==, KD_STATE_UNMET);
}

/* Seed 004 says "mức độ 3" with 3.3 not met: the rule says not Mức 1.  With 3.3 met it is Mức 3
 * (Mức 4 fails on khoản 1, 2, 4) and national standard mức độ 2. */
static void
test_seed_004 (void)
{
  g_autoptr (KdDocument) document = kd_test_load_fixture ("seed-004-nguyen-binh-khiem.kdcl");
  g_autoptr (KdEvaluation) before = kd_evaluate (document);
  g_autoptr (KdEvaluation) after = NULL;

  g_assert_cmpuint (before->school_level, ==, 0);
  g_assert_cmpuint (before->extra_met, ==, 3);
  g_assert_cmpuint (before->extra_total, ==, 6);
  g_assert_true (reasons_contain (before, "Tiêu chí 3.3 chưa đạt Mức 1"));

  set (document, "3.3", "1a", KD_STATE_MET);
  after = kd_evaluate (document);
  g_assert_cmpuint (kd_evaluation_lookup (after, "3.3")->level, ==, 3);
  g_assert_cmpuint (after->school_level, ==, 3);
  g_assert_cmpuint (after->accreditation_level, ==, 3);
  g_assert_cmpuint (after->national_standard, ==, 2);
  g_assert_true (reasons_contain (after, "khoản 1"));
  g_assert_cmpuint (kd_evaluation_get_reasons (after)->len, ==, 3);
}

/* A TT 18 criterion with no Mức 3 requirement that meets Mức 2 is at Mức 3. */
static void
test_level_without_requirement (void)
{
  g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt18-2018"));
  g_autoptr (KdCriterionResult) result = NULL;
  KdCriterionRecord *record = kd_document_get_criterion (document, "1.2");

  kd_criterion_record_set_indicator (record, "1a", KD_STATE_MET);
  kd_criterion_record_set_indicator (record, "1b", KD_STATE_MET);
  kd_criterion_record_set_indicator (record, "1c", KD_STATE_MET);
  result = kd_evaluate_criterion (record);
  g_assert_cmpuint (result->level, ==, 1);
  g_clear_pointer (&result, kd_criterion_result_free);

  for (guint i = 0; i < kd_framework_lookup_criterion (kd_test_framework ("tt18-2018"), "1.2")->indicators->len; i++)
    {
      const KdIndicatorDef *ind = g_ptr_array_index (kd_criterion_record_get_def (record)->indicators, i);
      kd_criterion_record_set_indicator (record, ind->id, KD_STATE_MET);
    }
  result = kd_evaluate_criterion (record);
  g_assert_cmpuint (result->level, ==, 3);
  g_assert_true (result->complete);
}

/* Levels are sequential: Mức 2 met but Mức 1 not gives level 0. */
static void
test_sequential (void)
{
  g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt18-2018"));
  g_autoptr (KdCriterionResult) result = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *state = NULL;

  kd_test_set_all (document, 3, KD_STATE_MET);
  set (document, "1.1", "1b", KD_STATE_UNMET);
  result = kd_evaluate_criterion (kd_document_get_criterion (document, "1.1"));
  g_assert_cmpuint (result->level, ==, 0);
  state = kd_criterion_result_describe (result);
  g_assert_cmpstr (state, ==, "Không đạt Mức 1");
  g_clear_pointer (&result, kd_criterion_result_free);

  set (document, "1.1", "1b", KD_STATE_MET);
  set (document, "1.1", "2", KD_STATE_UNMET);
  result = kd_evaluate_criterion (kd_document_get_criterion (document, "1.1"));
  g_assert_cmpuint (result->level, ==, 1);
  reason = kd_criterion_result_reason (result, 3);
  g_assert_cmpstr (reason, ==, "Chưa đạt Mức 2");
}

static void
test_unassessed (void)
{
  g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt18-2018"));
  g_autoptr (KdEvaluation) evaluation = NULL;
  g_autofree char         *reason = NULL;
  const KdCriterionResult *result;

  set (document, "2.1", "1a", KD_STATE_MET);
  set (document, "2.1", "1b", KD_STATE_UNMET);
  evaluation = kd_evaluate (document);
  result = kd_evaluation_lookup (evaluation, "2.1");
  g_assert_cmpuint (evaluation->school_level, ==, 0);
  g_assert_cmpuint (evaluation->indicators_assessed, ==, 2);
  g_assert_cmpuint (evaluation->indicators_total, ==, 84 + 45 + 25);
  g_assert_false (result->complete);
  g_assert_cmpuint (result->unassessed->len, ==, kd_criterion_record_get_def (kd_document_get_criterion (document, "2.1"))->indicators->len - 2);
  reason = kd_criterion_result_reason (result, 3);
  g_assert_cmpstr (reason, ==, "Chưa đạt Mức 1 (chỉ báo b; chưa đánh giá chỉ báo c)");
  g_assert_true (reasons_contain (evaluation, "Tiêu chí 2.1 chưa đạt Mức 1 (chỉ báo b; chưa đánh giá chỉ báo c)"));
  g_assert_true (reasons_contain (evaluation, "Tiêu chí 1.1 chưa đạt Mức 1 (chưa đánh giá chỉ báo a, b, c)"));
}

/* The overview cell's few words, from core: a level, not reached, not assessed, in progress. */
static void
test_describe_short (void)
{
  g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt18-2018"));
  g_autoptr (KdEvaluation) evaluation = NULL;
  static const struct
  {
    const char *code;
    const char *words;
  } cells[] = { { "1.1", "Mức 3" }, { "2.1", "Chưa đạt" }, { "3.1", "Chưa đánh giá" }, { "4.1", "Đang đánh giá" } };

  kd_test_set_all (document, 3, KD_STATE_MET);
  for (guint i = 0; i < 4; i++)
    {
      KdCriterionRecord    *record = kd_document_get_criterion (document, cells[i].code);
      const KdCriterionDef *def = kd_criterion_record_get_def (record);

      for (guint j = 0; i > 0 && j < def->indicators->len; j++)
        kd_criterion_record_set_indicator (record, ((KdIndicatorDef *)g_ptr_array_index (def->indicators, j))->id,
                                           i == 3 && j == 0 ? KD_STATE_MET : KD_STATE_UNASSESSED);
    }
  set (document, "2.1", "1b", KD_STATE_UNMET);
  evaluation = kd_evaluate (document);
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      g_autofree char *words = kd_criterion_result_describe_short (kd_evaluation_lookup (evaluation, cells[i].code));

      g_assert_cmpstr (words, ==, cells[i].words);
    }
}

/* Mức 4 needs Mức 3 and every extra requirement. */
static void
test_level_4 (void)
{
  g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt17-2018"));
  g_autoptr (KdEvaluation) evaluation = NULL;
  KdCriterionRecord *extra = kd_document_get_extra (document);

  kd_test_set_all (document, 3, KD_STATE_MET);
  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *id = g_strdup_printf ("%u", i);
      kd_criterion_record_set_indicator (extra, id, KD_STATE_MET);
    }
  evaluation = kd_evaluate (document);
  g_assert_cmpuint (evaluation->school_level, ==, 4);
  g_assert_cmpuint (evaluation->accreditation_level, ==, 4);
  g_assert_cmpuint (evaluation->national_standard, ==, 2);
  g_assert_null (kd_evaluation_get_reasons (evaluation));
  g_clear_pointer (&evaluation, kd_evaluation_free);

  /* Mức 2 everywhere, one Mức 3 indicator missing: Mức 2, national standard mức độ 1. */
  {
    const KdCriterionDef *def = kd_criterion_record_get_def (kd_document_get_criterion (document, "2.2"));
    const KdIndicatorDef *top = g_ptr_array_index (def->indicators, def->indicators->len - 1);

    g_assert_cmpuint (top->level, ==, 3);
    set (document, "2.2", top->id, KD_STATE_UNMET);
  }
  evaluation = kd_evaluate (document);
  g_assert_cmpuint (evaluation->school_level, ==, 2);
  g_assert_cmpuint (evaluation->national_standard, ==, 1);
  g_assert_true (reasons_contain (evaluation, "Tiêu chí 2.2 chưa đạt Mức 3"));
}

static KdDocument *
tt57_document (guint mandatory_level,
               guint others_at_2,
               guint others_at_1,
               guint others_at_0)
{
  KdDocument *document = kd_document_new (kd_test_framework ("tt57-2026-pt"));
  guint       o = 0;

  for (guint i = 0; i < G_N_ELEMENTS (tt57_mandatory); i++)
    {
      set (document, tt57_mandatory[i], "1", mandatory_level >= 1 ? KD_STATE_MET : KD_STATE_UNMET);
      set (document, tt57_mandatory[i], "2", mandatory_level >= 2 ? KD_STATE_MET : KD_STATE_UNMET);
    }
  for (guint i = 0; i < others_at_2; i++, o++)
    {
      set (document, tt57_others[o], "1", KD_STATE_MET);
      set (document, tt57_others[o], "2", KD_STATE_MET);
    }
  for (guint i = 0; i < others_at_1; i++, o++)
    {
      set (document, tt57_others[o], "1", KD_STATE_MET);
      set (document, tt57_others[o], "2", KD_STATE_UNMET);
    }
  for (guint i = 0; i < others_at_0; i++, o++)
    set (document, tt57_others[o], "1", KD_STATE_UNMET);
  g_assert_cmpuint (o, ==, 7);
  return document;
}

typedef struct
{
  const char *name;
  guint       mandatory_level;
  guint       others[3]; /* at Mức 2, at Mức 1, below */
  guint       expected;
  const char *reason; /* part of a reason for the next level, or NULL */
} Tt57Case;

static const Tt57Case tt57_cases[] = {
  { "all-at-2", 2, { 7, 0, 0 }, 2, NULL },
  { "five-at-2-two-at-1", 2, { 5, 2, 0 }, 2, NULL },
  { "five-at-2-one-below", 2, { 5, 1, 1 }, 1, "Tiêu chí 4.3 chưa đạt Mức 1" },
  { "four-at-2", 2, { 4, 3, 0 }, 1, "Chỉ có 4/7 tiêu chí không bắt buộc đạt Mức 2" },
  { "mandatory-at-1", 1, { 7, 0, 0 }, 1, "Tiêu chí 1.3 chưa đạt Mức 2" },
  { "five-others-at-1", 1, { 0, 5, 2 }, 1, NULL },
  { "four-others-at-1", 1, { 0, 4, 3 }, 0, "Chỉ có 4/7 tiêu chí không bắt buộc đạt Mức 1" },
  { "mandatory-below-1", 0, { 7, 0, 0 }, 0, "Tiêu chí 1.3 chưa đạt Mức 1" },
};

static void
test_tt57 (gconstpointer data)
{
  const Tt57Case *c = data;
  g_autoptr (KdDocument) document = tt57_document (c->mandatory_level, c->others[0], c->others[1], c->others[2]);
  g_autoptr (KdEvaluation) evaluation = kd_evaluate (document);

  g_assert_cmpuint (evaluation->school_level, ==, c->expected);
  g_assert_cmpuint (evaluation->national_standard, ==, c->expected);
  g_assert_cmpuint (evaluation->accreditation_level, ==, 0);
  g_assert_cmpuint (evaluation->extra_total, ==, 0);
  if (c->reason != NULL)
    {
      if (!reasons_contain (evaluation, c->reason))
        {
          GPtrArray *reasons = kd_evaluation_get_reasons (evaluation);

          for (guint i = 0; reasons != NULL && i < reasons->len; i++)
            g_test_message ("reason: %s", (char *)g_ptr_array_index (reasons, i));
        }
      g_assert_true (reasons_contain (evaluation, c->reason));
    }
  if (c->expected < 2)
    g_assert_cmpuint (evaluation->next_missing->len, >, 0);
  else
    g_assert_cmpuint (evaluation->next_missing->len, ==, 0);
}

/* Every catalogue evaluates an empty document and a fully met one without special cases. */
static void
test_every_framework (void)
{
  GPtrArray *frameworks = kd_framework_registry_list (kd_framework_registry_get_default ());

  for (guint i = 0; i < frameworks->len; i++)
    {
      KdFramework *framework = g_ptr_array_index (frameworks, i);
      g_autoptr (KdDocument) document = kd_document_new (framework);
      g_autoptr (KdEvaluation) empty = kd_evaluate (document);
      g_autoptr (KdEvaluation) full = NULL;
      GPtrArray *extra = kd_framework_get_extra (framework);

      g_assert_cmpuint (empty->school_level, ==, 0);
      g_assert_cmpuint (empty->indicators_assessed, ==, 0);
      kd_test_set_all (document, kd_framework_get_max_level (framework), KD_STATE_MET);
      for (guint j = 0; j < extra->len; j++)
        kd_criterion_record_set_indicator (kd_document_get_extra (document),
                                           ((KdExtraDef *)g_ptr_array_index (extra, j))->id, KD_STATE_MET);
      full = kd_evaluate (document);
      g_assert_cmpuint (full->school_level, ==, kd_framework_get_max_school_level (framework));
      g_assert_cmpuint (full->indicators_assessed, ==, full->indicators_total);
      g_assert_null (kd_evaluation_get_reasons (full));
    }
}

int
main (int   argc,
      char *argv[])
{
  kd_test_init (&argc, &argv);

  g_test_add_func ("/rules/seed-000", test_seed_000);
  g_test_add_func ("/rules/seed-004", test_seed_004);
  g_test_add_func ("/rules/level-without-requirement", test_level_without_requirement);
  g_test_add_func ("/rules/sequential", test_sequential);
  g_test_add_func ("/rules/unassessed", test_unassessed);
  g_test_add_func ("/rules/describe-short", test_describe_short);
  g_test_add_func ("/rules/level-4", test_level_4);
  for (guint i = 0; i < G_N_ELEMENTS (tt57_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rules/tt57/%s", tt57_cases[i].name);
      g_test_add_data_func (path, &tt57_cases[i], test_tt57);
    }
  g_test_add_func ("/rules/every-framework", test_every_framework);
  return g_test_run ();
}
