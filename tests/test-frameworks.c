/* test-frameworks.c — the six built-in catalogues, user catalogues, framework proposal */
#include "config.h"

#include <string.h>

#include "kd-error.h"
#include "kd-test-util.h"

typedef struct
{
  const char *id;
  guint       standards;
  guint       criteria;
  guint       level1;
  guint       extra;
  guint       criteria_with_level3;
  guint       max_level;
} Expected;

static const Expected expected[] = {
  { "tt18-2018", 5, 28, 84, 6, 20, 3 },
  { "tt17-2018", 5, 27, 81, 5, 19, 3 },
  { "tt19-2018", 5, 25, 75, 6, 19, 3 },
  { "tt57-2026-mn", 4, 15, 15, 0, 0, 2 },
  { "tt57-2026-pt", 4, 15, 15, 0, 0, 2 },
  { "tt57-2026-gdtx", 4, 15, 15, 0, 0, 2 },
};

static void
test_counts (gconstpointer data)
{
  const Expected *e = data;
  KdFramework    *framework = kd_test_framework (e->id);
  GPtrArray      *criteria = kd_framework_get_criteria (framework);
  guint           with_level3 = 0;

  g_assert_cmpuint (kd_framework_get_standards (framework)->len, ==, e->standards);
  g_assert_cmpuint (criteria->len, ==, e->criteria);
  g_assert_cmpuint (kd_framework_count_indicators (framework, 1), ==, e->level1);
  g_assert_cmpuint (kd_framework_get_extra (framework)->len, ==, e->extra);
  g_assert_cmpuint (kd_framework_get_max_level (framework), ==, e->max_level);
  for (guint i = 0; i < criteria->len; i++)
    if (kd_criterion_def_count_level (g_ptr_array_index (criteria, i), 3) > 0)
      with_level3++;
  g_assert_cmpuint (with_level3, ==, e->criteria_with_level3);
  g_assert_cmpstr (kd_framework_get_id (framework), ==, e->id);
}

static void
test_tt57_structure (void)
{
  static const char *const ids[] = { "tt57-2026-mn", "tt57-2026-pt", "tt57-2026-gdtx" };
  static const char *const mandatory[] = { "1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", NULL };
  static const guint       per_standard[] = { 4, 3, 5, 3 };

  for (guint f = 0; f < G_N_ELEMENTS (ids); f++)
    {
      KdFramework *framework = kd_test_framework (ids[f]);
      GPtrArray   *standards = kd_framework_get_standards (framework);
      GPtrArray   *criteria = kd_framework_get_criteria (framework);
      guint        quantitative = 0;

      for (guint s = 0; s < standards->len; s++)
        g_assert_cmpuint (((KdStandardDef *)g_ptr_array_index (standards, s))->criteria->len, ==, per_standard[s]);
      for (guint i = 0; i < criteria->len; i++)
        {
          const KdCriterionDef *def = g_ptr_array_index (criteria, i);

          g_assert_cmpint (def->mandatory, ==, g_strv_contains (mandatory, def->code));
          /* Each level is one unlettered paragraph: ids "1" and "2". */
          g_assert_cmpuint (def->indicators->len, ==, 2);
          g_assert_nonnull (kd_criterion_def_lookup_indicator (def, "1"));
          g_assert_nonnull (kd_criterion_def_lookup_indicator (def, "2"));
          g_assert_nonnull (def->evidence_suggestions);
          g_assert_cmpuint (g_strv_length (def->evidence_suggestions), >, 0);
          quantitative += g_strv_length (def->quantitative_data);
        }
      g_assert_cmpuint (quantitative, >, 30);
      g_assert_cmpuint (kd_framework_get_reviews_per_year (framework), ==, 2);
      g_assert_cmpint (kd_framework_get_strengths_scope (framework), ==, KD_SCOPE_STANDARD);
      g_assert_cmpint (kd_framework_get_plan_layout (framework), ==, KD_PLAN_LAYOUT_BIEU2);
      g_assert_false (kd_framework_has_accreditation (framework));
    }
}

static void
test_indicator_ids (void)
{
  KdFramework          *framework = kd_test_framework ("tt18-2018");
  const KdCriterionDef *def = kd_framework_lookup_criterion (framework, "1.1");
  const KdIndicatorDef *ind;

  /* An unlettered level requirement is keyed "" and its id is the level alone. */
  g_assert_nonnull (kd_criterion_def_lookup_indicator (def, "1a"));
  ind = kd_criterion_def_lookup_indicator (def, "2");
  g_assert_nonnull (ind);
  g_assert_cmpstr (ind->key, ==, "");
  g_assert_cmpuint (ind->level, ==, 2);
  g_assert_null (kd_criterion_def_lookup_indicator (def, "2a"));
  /* Exact legal wording with its confidence mark. */
  ind = kd_criterion_def_lookup_indicator (def, "1b");
  g_assert_cmpstr (ind->text, ==, "Được xác định bằng văn bản và cấp có thẩm quyền phê duyệt;");
  g_assert_cmpstr (ind->confidence, ==, "V");
  g_assert_cmpstr (kd_criterion_def_lookup_indicator (kd_framework_lookup_criterion (framework, "4.1"), "1a")->confidence, ==, "1");
  /* 1.2 has no Mức 3 requirement. */
  g_assert_cmpuint (kd_framework_lookup_criterion (framework, "1.2")->top_level, ==, 2);
}

static void
test_amendment_flags (void)
{
  KdFramework *framework = kd_test_framework ("tt18-2018");

  g_assert_cmpstr (kd_framework_lookup_criterion (framework, "5.6")->amended_by, ==, "22/2024/TT-BGDĐT");
  g_assert_cmpstr (kd_framework_lookup_criterion (framework, "3.1")->amended_by, ==, "22/2024/TT-BGDĐT");
  g_assert_null (kd_framework_lookup_criterion (framework, "1.1")->amended_by);
  g_assert_nonnull (kd_framework_describe_confidence (framework, "V-weak"));
}

static void
test_evidence_codes (void)
{
  KdFramework     *tt18 = kd_test_framework ("tt18-2018");
  KdFramework     *tt57 = kd_test_framework ("tt57-2026-pt");
  g_autofree char *code18 = kd_framework_format_evidence_code (tt18, "1.1", 1, 2);
  g_autofree char *code57 = kd_framework_format_evidence_code (tt57, "3.2", 0, 4);
  g_autoptr (GPtrArray) found = NULL;

  g_assert_cmpstr (code18, ==, "[H1-1.1-02]");
  g_assert_cmpstr (code57, ==, "MC.3.2.04");

  found = kd_framework_find_evidence_codes (tt18, "Nhà trường có kế hoạch [H1-1.1-01]; [H1-1.1-02] và H2-1.1-03.");
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpstr (((KdCodeMatch *)g_ptr_array_index (found, 1))->code, ==, "[H1-1.1-02]");
  g_clear_pointer (&found, g_ptr_array_unref);
  found = kd_framework_find_evidence_codes (tt57, "…theo quy định (MC.1.1.01, MC.1.1.02).");
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpuint (((KdCodeMatch *)g_ptr_array_index (found, 0))->start, ==, strlen ("…theo quy định ("));
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static void
test_user_catalogues (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "kiemdinh", "frameworks", NULL);
  g_autofree char *tt18 = NULL;
  g_autoptr (KdFrameworkRegistry) registry = NULL;
  g_autoptr (GBytes) bytes = NULL;
  GPtrArray *problems;
  GString   *custom;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  write_file (dir, "a-broken.json", "{ \"format\": \"kiemdinh-framework\", ");
  write_file (dir, "b-not-catalogue.json", "{ \"hello\": 1 }");
  write_file (dir, "c-deep.json", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");

  /* A valid extra catalogue: the TT 18 file under a new id. */
  {
    g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "data", "frameworks", "tt18-2018.json", NULL);

    g_assert_true (g_file_get_contents (source, &tt18, NULL, NULL));
    custom = g_string_new (tt18);
    g_string_replace (custom, "\"id\": \"tt18-2018\"", "\"id\": \"local-thcs-2027\"", 1);
    write_file (dir, "d-local.json", custom->str);
    g_string_free (custom, TRUE);
  }
  write_file (dir, "e-duplicate.json", tt18);

  registry = kd_framework_registry_new (dir);
  problems = kd_framework_registry_get_problems (registry);
  /* Broken ones are reported by name and skipped; nothing is fatal. */
  g_assert_cmpuint (problems->len, ==, 4);
  for (guint i = 0; i < problems->len; i++)
    {
      static const char *const names[] = { "a-broken.json", "b-not-catalogue.json", "c-deep.json", "e-duplicate.json" };
      KdCatalogueProblem      *problem = g_ptr_array_index (problems, i);

      g_assert_nonnull (strstr (problem->message, names[i]));
    }
  g_assert_nonnull (kd_framework_registry_lookup (registry, "local-thcs-2027"));
  g_assert_cmpuint (kd_framework_registry_list (registry)->len, ==, 7);
}

/* A criterion is named by one or two digits, a dot, and one or two digits. */
static void
test_criterion_codes (void)
{
  static const struct
  {
    const char *code;
    gboolean    valid;
  } cases[] = {
    { "10.12", TRUE },
    { "9.99", TRUE },
    { "1.1a", FALSE },
    { "123.1", FALSE },
    { "1.", FALSE },
    { ".1", FALSE },
    { "1.123", FALSE },
    { "1,1", FALSE },
    { "1.1 ", FALSE },
  };
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "data", "frameworks", "tt18-2018.json", NULL);
  g_autofree char *tt18 = NULL;

  g_assert_true (g_file_get_contents (source, &tt18, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GString) changed = g_string_new (tt18);
      g_autofree char *code = g_strdup_printf ("\"code\": \"%s\"", cases[i].code);
      g_autoptr (GError) error = NULL;
      g_autoptr (KdFramework) framework = NULL;

      g_assert_cmpuint (g_string_replace (changed, "\"code\": \"1.1\"", code, 1), ==, 1);
      framework = kd_framework_new_from_data (changed->str, changed->len, "tt18.json", &error);
      if (cases[i].valid)
        {
          g_assert_no_error (error);
          g_assert_nonnull (kd_framework_lookup_criterion (framework, cases[i].code));
        }
      else
        {
          g_assert_null (framework);
          g_assert_nonnull (strstr (error->message, cases[i].code));
        }
    }
}

static void
test_propose (void)
{
  KdFrameworkRegistry *registry = kd_framework_registry_get_default ();
  g_autofree char     *why = NULL;
  KdFramework         *framework;

  framework = kd_framework_registry_propose (registry, "THCS", "2026-2027", &why);
  g_assert_cmpstr (kd_framework_get_id (framework), ==, "tt57-2026-pt");
  g_assert_nonnull (strstr (why, "2026-2027"));
  g_clear_pointer (&why, g_free);
  framework = kd_framework_registry_propose (registry, "THCS", "2025-2026", &why);
  g_assert_cmpstr (kd_framework_get_id (framework), ==, "tt18-2018");
  framework = kd_framework_registry_propose (registry, "TH", "2023-2024", NULL);
  g_assert_cmpstr (kd_framework_get_id (framework), ==, "tt17-2018");
  framework = kd_framework_registry_propose (registry, "MN", "2019-2020", NULL);
  g_assert_cmpstr (kd_framework_get_id (framework), ==, "tt19-2018");
  framework = kd_framework_registry_propose (registry, "MN", "2027-2028", NULL);
  g_assert_cmpstr (kd_framework_get_id (framework), ==, "tt57-2026-mn");
  framework = kd_framework_registry_propose (registry, "GDTX", "2026-2027", NULL);
  g_assert_cmpstr (kd_framework_get_id (framework), ==, "tt57-2026-gdtx");
  g_clear_pointer (&why, g_free);
  g_assert_null (kd_framework_registry_propose (registry, "GDTX", "2024-2025", &why));
  g_assert_nonnull (why);
  g_assert_null (kd_framework_registry_propose (registry, "THCS", "năm nay", NULL));
}

int
main (int   argc,
      char *argv[])
{
  kd_test_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *path = g_strdup_printf ("/frameworks/counts/%s", expected[i].id);

      g_test_add_data_func (path, &expected[i], test_counts);
    }
  g_test_add_func ("/frameworks/tt57/structure", test_tt57_structure);
  g_test_add_func ("/frameworks/indicator-ids", test_indicator_ids);
  g_test_add_func ("/frameworks/amendment-flags", test_amendment_flags);
  g_test_add_func ("/frameworks/evidence-codes", test_evidence_codes);
  g_test_add_func ("/frameworks/user-catalogues", test_user_catalogues);
  g_test_add_func ("/frameworks/criterion-codes", test_criterion_codes);
  g_test_add_func ("/frameworks/propose", test_propose);
  return g_test_run ();
}
