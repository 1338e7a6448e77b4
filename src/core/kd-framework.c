/* kd-framework.c — loading and querying a framework catalogue */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-error.h"
#include "kd-framework.h"
#include "kd-json-guard.h"
#include "kd-json-util.h"

struct _KdFramework
{
  GObject parent_instance;

  char         *id;
  char         *number;
  char         *short_title;
  char         *title;
  char         *issued;
  char        **school_types;
  char         *first_year;
  char         *last_year;
  guint         max_level;
  KdScope       strengths_scope;
  KdPlanLayout  plan_layout;
  guint         reviews_per_year;
  gboolean      accreditation;
  KdCouncilRule council;
  char         *verification;
  GHashTable   *confidence_legend; /* mark → sentence */

  GPtrArray  *standards; /* of KdStandardDef */
  GPtrArray  *criteria;  /* of KdCriterionDef, catalogue order */
  GHashTable *criteria_by_code;
  char       *extra_title;
  GPtrArray  *extra;             /* of KdExtraDef */
  GPtrArray  *school_levels;     /* of KdSchoolLevelRule, by level */
  GArray     *national_standard; /* guint min school level per degree (index 0 = degree 1) */

  char   *evidence_template;
  char   *evidence_example;
  char   *evidence_regex_text;
  char   *evidence_open;
  char   *evidence_close;
  char   *evidence_separator;
  GRegex *evidence_regex;
};

G_DEFINE_FINAL_TYPE (KdFramework, kd_framework, G_TYPE_OBJECT)

static void
indicator_def_free (gpointer data)
{
  KdIndicatorDef *ind = data;

  g_free (ind->id);
  g_free (ind->key);
  g_free (ind->text);
  g_free (ind->citation);
  g_free (ind->confidence);
  g_free (ind);
}

static void
criterion_def_free (gpointer data)
{
  KdCriterionDef *crit = data;

  g_free (crit->code);
  g_free (crit->title);
  g_clear_pointer (&crit->indicators, g_ptr_array_unref);
  g_strfreev (crit->notes);
  g_free (crit->amended_by);
  g_free (crit->amendment_status);
  g_free (crit->evidence_group);
  g_strfreev (crit->evidence_suggestions);
  g_strfreev (crit->quantitative_data);
  g_free (crit);
}

static void
standard_def_free (gpointer data)
{
  KdStandardDef *std = data;

  g_free (std->title);
  g_clear_pointer (&std->criteria, g_ptr_array_unref);
  g_free (std);
}

static void
extra_def_free (gpointer data)
{
  KdExtraDef *extra = data;

  g_free (extra->id);
  g_free (extra->text);
  g_free (extra->citation);
  g_free (extra->confidence);
  g_free (extra);
}

static void
school_level_rule_free (gpointer data)
{
  KdSchoolLevelRule *rule = data;

  g_clear_pointer (&rule->requirements, g_array_unref);
  g_free (rule);
}

void
kd_code_match_free (KdCodeMatch *match)
{
  if (match == NULL)
    return;
  g_free (match->code);
  g_free (match);
}

static void
kd_framework_finalize (GObject *object)
{
  KdFramework *self = KD_FRAMEWORK (object);

  g_free (self->id);
  g_free (self->number);
  g_free (self->short_title);
  g_free (self->title);
  g_free (self->issued);
  g_strfreev (self->school_types);
  g_free (self->first_year);
  g_free (self->last_year);
  g_strfreev (self->council.exactly_one_roles);
  g_free (self->verification);
  g_clear_pointer (&self->confidence_legend, g_hash_table_unref);
  g_clear_pointer (&self->standards, g_ptr_array_unref);
  g_clear_pointer (&self->criteria_by_code, g_hash_table_unref);
  g_clear_pointer (&self->criteria, g_ptr_array_unref);
  g_free (self->extra_title);
  g_clear_pointer (&self->extra, g_ptr_array_unref);
  g_clear_pointer (&self->school_levels, g_ptr_array_unref);
  g_clear_pointer (&self->national_standard, g_array_unref);
  g_free (self->evidence_template);
  g_free (self->evidence_example);
  g_free (self->evidence_regex_text);
  g_free (self->evidence_open);
  g_free (self->evidence_close);
  g_free (self->evidence_separator);
  g_clear_pointer (&self->evidence_regex, g_regex_unref);

  G_OBJECT_CLASS (kd_framework_parent_class)->finalize (object);
}

static void
kd_framework_class_init (KdFrameworkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kd_framework_finalize;
}

static void
kd_framework_init (KdFramework *self)
{
  self->standards = g_ptr_array_new_with_free_func (standard_def_free);
  self->criteria = g_ptr_array_new_with_free_func (criterion_def_free);
  self->criteria_by_code = g_hash_table_new (g_str_hash, g_str_equal);
  self->extra = g_ptr_array_new_with_free_func (extra_def_free);
  self->school_levels = g_ptr_array_new_with_free_func (school_level_rule_free);
  self->national_standard = g_array_new (FALSE, TRUE, sizeof (guint));
  self->confidence_legend = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* ---- parsing ------------------------------------------------------------------------ */

typedef struct
{
  const char *name;
  char       *problem; /* first problem found, a translated phrase */
} Parse;

G_GNUC_PRINTF (2, 3)
static gboolean
parse_fail (Parse      *parse,
            const char *format,
            ...)
{
  va_list args;

  if (parse->problem == NULL)
    {
      va_start (args, format);
      parse->problem = g_strdup_vprintf (format, args);
      va_end (args);
    }
  return FALSE;
}

static char *
required_string (Parse      *parse,
                 JsonObject *object,
                 const char *member)
{
  const char *value;

  if (kd_json_read_string (object, member, &value) != KD_JSON_OK || *value == '\0')
    {
      parse_fail (parse, _ ("the member “%s” is missing or is not text"), member);
      return NULL;
    }
  return g_strdup (value);
}

static char *
optional_string (JsonObject *object,
                 const char *member)
{
  const char *value;

  if (kd_json_read_string (object, member, &value) != KD_JSON_OK)
    return NULL;
  return g_strdup (value);
}

/* One or two digits, a dot, one or two digits: "1.1", "10.12". */
static gboolean
valid_criterion_code (const char *code)
{
  const char *p = code;
  guint       digits;

  for (digits = 0; g_ascii_isdigit (*p) && digits < 3; p++)
    digits++;
  if (digits < 1 || digits > 2 || *p++ != '.')
    return FALSE;
  for (digits = 0; g_ascii_isdigit (*p) && digits < 3; p++)
    digits++;
  return digits >= 1 && digits <= 2 && *p == '\0';
}

static int
compare_indicators (gconstpointer a,
                    gconstpointer b)
{
  const KdIndicatorDef *x = *(KdIndicatorDef **)a;
  const KdIndicatorDef *y = *(KdIndicatorDef **)b;

  if (x->level != y->level)
    return x->level < y->level ? -1 : 1;
  return strcmp (x->key, y->key);
}

static gboolean
parse_indicator (Parse          *parse,
                 KdFramework    *self,
                 KdCriterionDef *crit,
                 JsonNode       *node)
{
  KdIndicatorDef  *ind;
  JsonObject      *object;
  gint64           level;
  g_autofree char *expected = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return parse_fail (parse, _ ("criterion %s has an indicator that is not an object"), crit->code);
  object = json_node_get_object (node);

  ind = g_new0 (KdIndicatorDef, 1);
  g_ptr_array_add (crit->indicators, ind);
  ind->id = required_string (parse, object, "id");
  ind->text = required_string (parse, object, "text");
  ind->key = optional_string (object, "key");
  ind->citation = optional_string (object, "citation");
  ind->confidence = optional_string (object, "confidence");
  if (parse->problem != NULL)
    return FALSE;
  if (ind->key == NULL)
    ind->key = g_strdup ("");
  if (ind->confidence == NULL)
    ind->confidence = g_strdup ("?");
  if (kd_json_read_int (object, "level", &level) != KD_JSON_OK ||
      level < 1 || level > (gint64)self->max_level)
    return parse_fail (parse, _ ("criterion %s, indicator %s: the level is missing or out of range"),
                       crit->code, ind->id);
  ind->level = (guint)level;

  expected = g_strdup_printf ("%u%s", ind->level, ind->key);
  if (strcmp (expected, ind->id) != 0 || g_utf8_strlen (ind->key, -1) > 1)
    return parse_fail (parse, _ ("criterion %s: indicator “%s” must be named by its level and letter"),
                       crit->code, ind->id);
  if (kd_criterion_def_lookup_indicator (crit, ind->id) != ind)
    return parse_fail (parse, _ ("criterion %s: indicator %s appears twice"), crit->code, ind->id);
  crit->top_level = MAX (crit->top_level, ind->level);
  return TRUE;
}

static gboolean
parse_criterion (Parse         *parse,
                 KdFramework   *self,
                 KdStandardDef *std,
                 JsonNode      *node)
{
  KdCriterionDef *crit;
  JsonObject     *object;
  JsonObject     *amendment = NULL;
  JsonArray      *indicators = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return parse_fail (parse, _ ("standard %u has a criterion that is not an object"), std->number);
  object = json_node_get_object (node);

  crit = g_new0 (KdCriterionDef, 1);
  g_ptr_array_add (self->criteria, crit);
  crit->standard = std->number;
  crit->indicators = g_ptr_array_new_with_free_func (indicator_def_free);
  crit->code = required_string (parse, object, "code");
  crit->title = required_string (parse, object, "title");
  if (parse->problem != NULL)
    return FALSE;
  if (!valid_criterion_code (crit->code))
    return parse_fail (parse, _ ("“%s” is not a criterion code such as 1.1"), crit->code);
  if (!g_hash_table_insert (self->criteria_by_code, crit->code, crit))
    return parse_fail (parse, _ ("criterion %s appears twice"), crit->code);
  g_ptr_array_add (std->criteria, crit);

  kd_json_read_bool (object, "mandatory", &crit->mandatory);
  crit->notes = kd_json_read_strv (object, "notes");
  crit->evidence_group = optional_string (object, "evidence_group");
  crit->evidence_suggestions = kd_json_read_strv (object, "evidence_suggestions");
  crit->quantitative_data = kd_json_read_strv (object, "quantitative_data");
  if (kd_json_read_object (object, "amendment", &amendment) == KD_JSON_OK)
    {
      crit->amended_by = optional_string (amendment, "by");
      crit->amendment_status = optional_string (amendment, "status");
    }

  if (kd_json_read_array (object, "indicators", &indicators) != KD_JSON_OK)
    return parse_fail (parse, _ ("criterion %s has no list of indicators"), crit->code);
  for (guint i = 0; i < json_array_get_length (indicators); i++)
    if (!parse_indicator (parse, self, crit, json_array_get_element (indicators, i)))
      return FALSE;
  if (kd_criterion_def_count_level (crit, 1) == 0)
    return parse_fail (parse, _ ("criterion %s has no Mức 1 requirement"), crit->code);
  g_ptr_array_sort (crit->indicators, compare_indicators);
  return TRUE;
}

static gboolean
parse_standards (Parse       *parse,
                 KdFramework *self,
                 JsonObject  *root)
{
  JsonArray *standards = NULL;

  if (kd_json_read_array (root, "standards", &standards) != KD_JSON_OK ||
      json_array_get_length (standards) == 0)
    return parse_fail (parse, _ ("the member “%s” is missing or is not a list"), "standards");

  for (guint i = 0; i < json_array_get_length (standards); i++)
    {
      JsonNode      *node = json_array_get_element (standards, i);
      JsonArray     *criteria = NULL;
      KdStandardDef *std;
      gint64         number;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return parse_fail (parse, _ ("standard %u is not an object"), i + 1);
      std = g_new0 (KdStandardDef, 1);
      std->criteria = g_ptr_array_new ();
      g_ptr_array_add (self->standards, std);
      std->title = required_string (parse, json_node_get_object (node), "title");
      if (kd_json_read_int (json_node_get_object (node), "number", &number) != KD_JSON_OK ||
          number != (gint64)i + 1)
        return parse_fail (parse, _ ("standard %u is not numbered %u"), i + 1, i + 1);
      std->number = (guint)number;
      if (kd_json_read_array (json_node_get_object (node), "criteria", &criteria) != KD_JSON_OK ||
          json_array_get_length (criteria) == 0)
        return parse_fail (parse, _ ("standard %u has no criteria"), std->number);
      for (guint j = 0; j < json_array_get_length (criteria); j++)
        if (!parse_criterion (parse, self, std, json_array_get_element (criteria, j)))
          return FALSE;
    }
  return parse->problem == NULL;
}

static gboolean
parse_extra (Parse       *parse,
             KdFramework *self,
             JsonObject  *root)
{
  JsonArray *extra = NULL;

  self->extra_title = optional_string (root, "extra_title");
  if (self->extra_title == NULL)
    self->extra_title = g_strdup ("");
  if (kd_json_read_array (root, "extra", &extra) != KD_JSON_OK)
    return TRUE;
  for (guint i = 0; i < json_array_get_length (extra); i++)
    {
      JsonNode   *node = json_array_get_element (extra, i);
      KdExtraDef *item;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return parse_fail (parse, _ ("extra requirement %u is not an object"), i + 1);
      item = g_new0 (KdExtraDef, 1);
      g_ptr_array_add (self->extra, item);
      item->id = required_string (parse, json_node_get_object (node), "id");
      item->text = required_string (parse, json_node_get_object (node), "text");
      item->citation = optional_string (json_node_get_object (node), "citation");
      item->confidence = optional_string (json_node_get_object (node), "confidence");
      if (parse->problem != NULL)
        return FALSE;
      if (kd_framework_lookup_extra (self, item->id) != item)
        return parse_fail (parse, _ ("extra requirement %s appears twice"), item->id);
    }
  return TRUE;
}

static gboolean
parse_requirement (Parse              *parse,
                   KdFramework        *self,
                   JsonObject         *object,
                   KdLevelRequirement *req)
{
  const char *set = NULL;
  const char *extra = NULL;
  gint64      min_level = 0, at_least = 0;

  if (kd_json_read_string (object, "extra", &extra) == KD_JSON_OK)
    {
      req->extra = TRUE;
      return g_str_equal (extra, "all") && self->extra->len > 0;
    }
  if (kd_json_read_string (object, "criteria", &set) != KD_JSON_OK ||
      kd_json_read_int (object, "min_level", &min_level) != KD_JSON_OK ||
      min_level < 1 || min_level > (gint64)self->max_level)
    return FALSE;
  if (g_str_equal (set, "all"))
    req->set = KD_CRITERIA_SET_ALL;
  else if (g_str_equal (set, "mandatory"))
    req->set = KD_CRITERIA_SET_MANDATORY;
  else if (g_str_equal (set, "optional"))
    req->set = KD_CRITERIA_SET_OPTIONAL;
  else
    return FALSE;
  req->min_level = (guint)min_level;
  if (kd_json_read_int (object, "at_least", &at_least) == KD_JSON_WRONG_TYPE ||
      at_least < 0 || at_least > (gint64)self->criteria->len)
    return FALSE;
  req->at_least = (guint)at_least;
  return TRUE;
}

static gboolean
parse_rules (Parse       *parse,
             KdFramework *self,
             JsonObject  *root)
{
  JsonObject *rules = NULL;
  JsonObject *council = NULL;
  JsonArray  *levels = NULL;
  JsonArray  *national = NULL;
  gint64      number;

  if (kd_json_read_object (root, "rules", &rules) != KD_JSON_OK ||
      kd_json_read_array (rules, "school_levels", &levels) != KD_JSON_OK ||
      json_array_get_length (levels) == 0)
    return parse_fail (parse, _ ("the school-level rules are missing"));

  for (guint i = 0; i < json_array_get_length (levels); i++)
    {
      JsonNode          *node = json_array_get_element (levels, i);
      JsonArray         *requires = NULL;
      KdSchoolLevelRule *rule;
      gint64             level;

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          kd_json_read_int (json_node_get_object (node), "level", &level) != KD_JSON_OK ||
          level != (gint64)i + 1 ||
          kd_json_read_array (json_node_get_object (node), "requires", &requires) != KD_JSON_OK ||
          json_array_get_length (requires) == 0)
        return parse_fail (parse, _ ("the rule for school level %u is not valid"), i + 1);
      rule = g_new0 (KdSchoolLevelRule, 1);
      rule->level = (guint)level;
      rule->requirements = g_array_new (FALSE, TRUE, sizeof (KdLevelRequirement));
      g_ptr_array_add (self->school_levels, rule);
      for (guint j = 0; j < json_array_get_length (requires); j++)
        {
          JsonNode          *req_node = json_array_get_element (requires, j);
          KdLevelRequirement req = { 0 };

          if (!JSON_NODE_HOLDS_OBJECT (req_node) ||
              !parse_requirement (parse, self, json_node_get_object (req_node), &req))
            return parse_fail (parse, _ ("the rule for school level %u is not valid"), rule->level);
          g_array_append_val (rule->requirements, req);
        }
    }

  kd_json_read_bool (rules, "accreditation", &self->accreditation);
  if (kd_json_read_array (rules, "national_standard", &national) == KD_JSON_OK)
    for (guint i = 0; i < json_array_get_length (national); i++)
      {
        JsonNode *node = json_array_get_element (national, i);
        gint64    degree, min_level;
        guint     value;

        if (!JSON_NODE_HOLDS_OBJECT (node) ||
            kd_json_read_int (json_node_get_object (node), "degree", &degree) != KD_JSON_OK ||
            degree != (gint64)i + 1 ||
            kd_json_read_int (json_node_get_object (node), "min_school_level", &min_level) != KD_JSON_OK ||
            min_level < 1 || min_level > (gint64)self->school_levels->len)
          return parse_fail (parse, _ ("the national-standard rule is not valid"));
        value = (guint)min_level;
        g_array_append_val (self->national_standard, value);
      }

  if (kd_json_read_object (rules, "council", &council) == KD_JSON_OK)
    {
      if (kd_json_read_int (council, "min_members", &number) == KD_JSON_OK && number > 0 && number < 1000)
        self->council.min_members = (guint)number;
      kd_json_read_bool (council, "odd", &self->council.odd);
      self->council.exactly_one_roles = kd_json_read_strv (council, "exactly_one");
    }
  else
    self->council.exactly_one_roles = g_new0 (char *, 1);

  if (kd_json_read_int (rules, "reviews_per_year", &number) == KD_JSON_OK && number >= 0 && number < 100)
    self->reviews_per_year = (guint)number;
  return TRUE;
}

static gboolean
parse_evidence_code (Parse       *parse,
                     KdFramework *self,
                     JsonObject  *root)
{
  JsonObject *code = NULL;
  g_autoptr (GError) regex_error = NULL;

  if (kd_json_read_object (root, "evidence_code", &code) != KD_JSON_OK)
    return parse_fail (parse, _ ("the member “%s” is missing or is not an object"), "evidence_code");
  self->evidence_template = required_string (parse, code, "template");
  self->evidence_regex_text = required_string (parse, code, "regex");
  self->evidence_example = optional_string (code, "example");
  self->evidence_open = optional_string (code, "open");
  self->evidence_close = optional_string (code, "close");
  self->evidence_separator = optional_string (code, "separator");
  if (parse->problem != NULL)
    return FALSE;
  if (strstr (self->evidence_template, "{criterion}") == NULL ||
      strstr (self->evidence_template, "{serial}") == NULL)
    return parse_fail (parse, _ ("the evidence code template needs {criterion} and {serial}"));
  self->evidence_regex = g_regex_new (self->evidence_regex_text, G_REGEX_OPTIMIZE, 0, &regex_error);
  if (self->evidence_regex == NULL)
    return parse_fail (parse, _ ("the evidence code pattern is not a valid regular expression"));
  if (self->evidence_example == NULL)
    self->evidence_example = g_strdup ("");
  if (self->evidence_open == NULL)
    self->evidence_open = g_strdup ("");
  if (self->evidence_close == NULL)
    self->evidence_close = g_strdup ("");
  if (self->evidence_separator == NULL)
    self->evidence_separator = g_strdup ("; ");
  return TRUE;
}

static gboolean
parse_catalogue (Parse       *parse,
                 KdFramework *self,
                 JsonObject  *root)
{
  const char *format = NULL;
  const char *text = NULL;
  JsonObject *years = NULL;
  JsonObject *legend = NULL;
  gint64      max_level;

  if (kd_json_read_string (root, "format", &format) != KD_JSON_OK ||
      !g_str_equal (format, "kiemdinh-framework"))
    return parse_fail (parse, _ ("it is not a Kiểm Định framework catalogue"));

  self->id = required_string (parse, root, "id");
  self->number = required_string (parse, root, "number");
  self->title = required_string (parse, root, "title");
  self->short_title = optional_string (root, "short_title");
  self->issued = optional_string (root, "issued");
  self->verification = optional_string (root, "verification_vi");
  if (parse->problem != NULL)
    return FALSE;
  if (!g_regex_match_simple ("^[a-z0-9][a-z0-9-]{0,63}$", self->id, 0, 0))
    return parse_fail (parse, _ ("“%s” is not a valid framework id"), self->id);
  if (self->short_title == NULL)
    self->short_title = g_strdup (self->number);

  self->school_types = kd_json_read_strv (root, "school_types");
  if (kd_json_read_object (root, "school_years", &years) == KD_JSON_OK)
    {
      self->first_year = optional_string (years, "first");
      self->last_year = optional_string (years, "last");
    }

  if (kd_json_read_int (root, "max_level", &max_level) != KD_JSON_OK || max_level < 1 || max_level > 9)
    return parse_fail (parse, _ ("the highest level is missing or out of range"));
  self->max_level = (guint)max_level;

  if (kd_json_read_string (root, "strengths_per", &text) == KD_JSON_OK && g_str_equal (text, "standard"))
    self->strengths_scope = KD_SCOPE_STANDARD;
  if (kd_json_read_string (root, "plan_layout", &text) == KD_JSON_OK && g_str_equal (text, "bieu2"))
    self->plan_layout = KD_PLAN_LAYOUT_BIEU2;

  if (kd_json_read_object (root, "confidence_legend", &legend) == KD_JSON_OK)
    {
      g_autoptr (GList) members = json_object_get_members (legend);

      for (GList *l = members; l != NULL; l = l->next)
        {
          const char *sentence;

          if (kd_json_read_string (legend, l->data, &sentence) == KD_JSON_OK)
            g_hash_table_insert (self->confidence_legend, g_strdup (l->data), g_strdup (sentence));
        }
    }

  return parse_standards (parse, self, root) &&
         parse_extra (parse, self, root) &&
         parse_rules (parse, self, root) &&
         parse_evidence_code (parse, self, root);
}

KdFramework *
kd_framework_new_from_data (const char *data,
                            gsize       length,
                            const char *display_name,
                            GError    **error)
{
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (KdFramework) self = NULL;
  Parse parse = { display_name, NULL };

  g_return_val_if_fail (data != NULL, NULL);

  if (!kd_json_guard_parse (data, length, display_name, &root, error))
    return NULL;
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_INVALID_FRAMEWORK,
                   _ ("The framework catalogue “%s” cannot be used: %s."), display_name,
                   _ ("it is not a Kiểm Định framework catalogue"));
      return NULL;
    }

  self = g_object_new (KD_TYPE_FRAMEWORK, NULL);
  if (!parse_catalogue (&parse, self, json_node_get_object (root)))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_INVALID_FRAMEWORK,
                   _ ("The framework catalogue “%s” cannot be used: %s."), display_name,
                   parse.problem != NULL ? parse.problem : "?");
      g_free (parse.problem);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/* ---- queries ------------------------------------------------------------------------ */

const char *
kd_framework_get_id (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->id;
}

const char *
kd_framework_get_number (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->number;
}

const char *
kd_framework_get_short_title (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->short_title;
}

const char *
kd_framework_get_title (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->title;
}

const char *
kd_framework_get_issued (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->issued;
}

const char *const *
kd_framework_get_school_types (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return (const char *const *)self->school_types;
}

gboolean
kd_framework_has_school_type (KdFramework *self,
                              const char  *type)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), FALSE);
  return type != NULL && g_strv_contains ((const char *const *)self->school_types, type);
}

const char *
kd_framework_get_first_year (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->first_year;
}

const char *
kd_framework_get_last_year (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->last_year;
}

guint
kd_framework_get_max_level (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), 0);
  return self->max_level;
}

guint
kd_framework_get_max_school_level (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), 0);
  return self->school_levels->len;
}

KdScope
kd_framework_get_strengths_scope (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), KD_SCOPE_CRITERION);
  return self->strengths_scope;
}

KdPlanLayout
kd_framework_get_plan_layout (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), KD_PLAN_LAYOUT_5932);
  return self->plan_layout;
}

guint
kd_framework_get_reviews_per_year (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), 0);
  return self->reviews_per_year;
}

gboolean
kd_framework_has_accreditation (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), FALSE);
  return self->accreditation;
}

const KdCouncilRule *
kd_framework_get_council_rule (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return &self->council;
}

const char *
kd_framework_get_verification (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->verification;
}

const char *
kd_framework_describe_confidence (KdFramework *self,
                                  const char  *mark)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return mark != NULL ? g_hash_table_lookup (self->confidence_legend, mark) : NULL;
}

GPtrArray *
kd_framework_get_standards (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->standards;
}

GPtrArray *
kd_framework_get_criteria (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->criteria;
}

const KdCriterionDef *
kd_framework_lookup_criterion (KdFramework *self,
                               const char  *code)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return code != NULL ? g_hash_table_lookup (self->criteria_by_code, code) : NULL;
}

const KdStandardDef *
kd_framework_lookup_standard (KdFramework *self,
                              guint        number)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  if (number == 0 || number > self->standards->len)
    return NULL;
  return g_ptr_array_index (self->standards, number - 1);
}

guint
kd_framework_count_indicators (KdFramework *self,
                               guint        level)
{
  guint n = 0;

  g_return_val_if_fail (KD_IS_FRAMEWORK (self), 0);
  for (guint i = 0; i < self->criteria->len; i++)
    n += kd_criterion_def_count_level (g_ptr_array_index (self->criteria, i), level);
  return n;
}

const char *
kd_framework_get_extra_title (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->extra_title;
}

GPtrArray *
kd_framework_get_extra (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->extra;
}

const KdExtraDef *
kd_framework_lookup_extra (KdFramework *self,
                           const char  *id)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  for (guint i = 0; id != NULL && i < self->extra->len; i++)
    {
      KdExtraDef *item = g_ptr_array_index (self->extra, i);

      if (item->id != NULL && g_str_equal (item->id, id))
        return item;
    }
  return NULL;
}

GPtrArray *
kd_framework_get_school_levels (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->school_levels;
}

guint
kd_framework_national_standard_for (KdFramework *self,
                                    guint        school_level)
{
  guint degree = 0;

  g_return_val_if_fail (KD_IS_FRAMEWORK (self), 0);
  for (guint i = 0; i < self->national_standard->len; i++)
    if (school_level >= g_array_index (self->national_standard, guint, i))
      degree = i + 1;
  return degree;
}

const char *
kd_framework_get_evidence_example (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->evidence_example;
}

const char *
kd_framework_get_evidence_regex (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->evidence_regex_text;
}

const char *
kd_framework_get_evidence_open (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->evidence_open;
}

const char *
kd_framework_get_evidence_close (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->evidence_close;
}

const char *
kd_framework_get_evidence_separator (KdFramework *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  return self->evidence_separator;
}

/* Fills the catalogue's template: {box} (2018 evidence boxes), {criterion}, {serial} (two
 * digits, as CV 5932 and TT 57 Phụ lục IV write them). */
char *
kd_framework_format_evidence_code (KdFramework *self,
                                   const char  *criterion,
                                   guint        box,
                                   guint        serial)
{
  g_autofree char *box_text = g_strdup_printf ("%u", box);
  g_autofree char *serial_text = g_strdup_printf ("%02u", serial);
  GString         *code;

  g_return_val_if_fail (KD_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (criterion != NULL, NULL);

  code = g_string_new (self->evidence_template);
  g_string_replace (code, "{box}", box_text, 0);
  g_string_replace (code, "{criterion}", criterion, 0);
  g_string_replace (code, "{serial}", serial_text, 0);
  return g_string_free (code, FALSE);
}

/* Every evidence code written in @text, in order, as KdCodeMatch. */
GPtrArray *
kd_framework_find_evidence_codes (KdFramework *self,
                                  const char  *text)
{
  GPtrArray *matches = g_ptr_array_new_with_free_func ((GDestroyNotify)kd_code_match_free);
  g_autoptr (GMatchInfo) info = NULL;

  g_return_val_if_fail (KD_IS_FRAMEWORK (self), matches);
  if (text == NULL || *text == '\0')
    return matches;

  g_regex_match (self->evidence_regex, text, 0, &info);
  while (g_match_info_matches (info))
    {
      KdCodeMatch *match = g_new0 (KdCodeMatch, 1);
      int          start, end;

      g_match_info_fetch_pos (info, 0, &start, &end);
      match->start = (guint)start;
      match->end = (guint)end;
      match->code = g_match_info_fetch (info, 0);
      g_ptr_array_add (matches, match);
      g_match_info_next (info, NULL);
    }
  return matches;
}

const KdIndicatorDef *
kd_criterion_def_lookup_indicator (const KdCriterionDef *criterion,
                                   const char           *id)
{
  g_return_val_if_fail (criterion != NULL, NULL);
  for (guint i = 0; id != NULL && i < criterion->indicators->len; i++)
    {
      const KdIndicatorDef *ind = g_ptr_array_index (criterion->indicators, i);

      if (ind->id != NULL && g_str_equal (ind->id, id))
        return ind;
    }
  return NULL;
}

guint
kd_criterion_def_count_level (const KdCriterionDef *criterion,
                              guint                 level)
{
  guint n = 0;

  g_return_val_if_fail (criterion != NULL, 0);
  for (guint i = 0; i < criterion->indicators->len; i++)
    if (((KdIndicatorDef *)g_ptr_array_index (criterion->indicators, i))->level == level)
      n++;
  return n;
}
