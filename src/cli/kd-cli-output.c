/* kd-cli-output.c */
#include "config.h"

#include <glib/gi18n.h>

#include "kd-cli-output.h"

static JsonNode *
strv_node (const char *const *strv)
{
  JsonArray *array = json_array_new ();
  JsonNode  *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);
  json_node_take_array (node, array);
  return node;
}

static JsonNode *
ptr_strings_node (GPtrArray *strings)
{
  JsonArray *array = json_array_new ();
  JsonNode  *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; strings != NULL && i < strings->len; i++)
    json_array_add_string_element (array, g_ptr_array_index (strings, i));
  json_node_take_array (node, array);
  return node;
}

char *
kd_cli_json_to_string (JsonNode *node)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, NULL);
}

JsonNode *
kd_cli_framework_list_to_json (KdFrameworkRegistry *registry)
{
  GPtrArray *frameworks = kd_framework_registry_list (registry);
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < frameworks->len; i++)
    {
      KdFramework *framework = g_ptr_array_index (frameworks, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, kd_framework_get_id (framework));
      json_builder_set_member_name (builder, "number");
      json_builder_add_string_value (builder, kd_framework_get_number (framework));
      json_builder_set_member_name (builder, "short_title");
      json_builder_add_string_value (builder, kd_framework_get_short_title (framework));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, kd_framework_get_title (framework));
      json_builder_set_member_name (builder, "school_types");
      json_builder_add_value (builder, strv_node (kd_framework_get_school_types (framework)));
      json_builder_set_member_name (builder, "max_level");
      json_builder_add_int_value (builder, kd_framework_get_max_level (framework));
      json_builder_set_member_name (builder, "criteria");
      json_builder_add_int_value (builder, kd_framework_get_criteria (framework)->len);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

JsonNode *
kd_cli_framework_to_json (KdFramework *framework)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  GPtrArray *standards = kd_framework_get_standards (framework);
  GPtrArray *extra = kd_framework_get_extra (framework);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, kd_framework_get_id (framework));
  json_builder_set_member_name (builder, "number");
  json_builder_add_string_value (builder, kd_framework_get_number (framework));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, kd_framework_get_title (framework));
  json_builder_set_member_name (builder, "max_level");
  json_builder_add_int_value (builder, kd_framework_get_max_level (framework));
  json_builder_set_member_name (builder, "school_types");
  json_builder_add_value (builder, strv_node (kd_framework_get_school_types (framework)));

  json_builder_set_member_name (builder, "standards");
  json_builder_begin_array (builder);
  for (guint s = 0; s < standards->len; s++)
    {
      const KdStandardDef *std = g_ptr_array_index (standards, s);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "number");
      json_builder_add_int_value (builder, std->number);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, std->title);
      json_builder_set_member_name (builder, "criteria");
      json_builder_begin_array (builder);
      for (guint c = 0; c < std->criteria->len; c++)
        {
          const KdCriterionDef *crit = g_ptr_array_index (std->criteria, c);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "code");
          json_builder_add_string_value (builder, crit->code);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, crit->title);
          json_builder_set_member_name (builder, "mandatory");
          json_builder_add_boolean_value (builder, crit->mandatory);
          json_builder_set_member_name (builder, "indicators");
          json_builder_begin_array (builder);
          for (guint i = 0; i < crit->indicators->len; i++)
            {
              const KdIndicatorDef *ind = g_ptr_array_index (crit->indicators, i);

              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "id");
              json_builder_add_string_value (builder, ind->id);
              json_builder_set_member_name (builder, "level");
              json_builder_add_int_value (builder, ind->level);
              json_builder_set_member_name (builder, "text");
              json_builder_add_string_value (builder, ind->text);
              json_builder_set_member_name (builder, "confidence");
              json_builder_add_string_value (builder, ind->confidence);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
          if (crit->amended_by != NULL)
            {
              json_builder_set_member_name (builder, "amended_by");
              json_builder_add_string_value (builder, crit->amended_by);
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "extra");
  json_builder_begin_array (builder);
  for (guint i = 0; i < extra->len; i++)
    {
      const KdExtraDef *item = g_ptr_array_index (extra, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, item->id);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, item->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

JsonNode *
kd_cli_evaluation_to_json (KdEvaluation *evaluation,
                           KdDocument   *document)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  GPtrArray *reasons = kd_evaluation_get_reasons (evaluation);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "framework");
  json_builder_add_string_value (builder, kd_framework_get_id (evaluation->framework));

  json_builder_set_member_name (builder, "criteria");
  json_builder_begin_object (builder);
  for (guint i = 0; i < evaluation->criteria->len; i++)
    {
      const KdCriterionResult *result = g_ptr_array_index (evaluation->criteria, i);

      json_builder_set_member_name (builder, result->def->code);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "level");
      json_builder_add_int_value (builder, result->level);
      json_builder_set_member_name (builder, "complete");
      json_builder_add_boolean_value (builder, result->complete);
      json_builder_set_member_name (builder, "unmet");
      json_builder_add_value (builder, ptr_strings_node (result->unmet));
      json_builder_set_member_name (builder, "unassessed");
      json_builder_add_value (builder, ptr_strings_node (result->unassessed));
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "extra");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "met");
  json_builder_add_int_value (builder, evaluation->extra_met);
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, evaluation->extra_total);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "indicators");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "assessed");
  json_builder_add_int_value (builder, evaluation->indicators_assessed);
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, evaluation->indicators_total);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "school");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "level");
  json_builder_add_int_value (builder, evaluation->school_level);
  json_builder_set_member_name (builder, "accreditation_level");
  json_builder_add_int_value (builder, evaluation->accreditation_level);
  json_builder_set_member_name (builder, "national_standard");
  json_builder_add_int_value (builder, evaluation->national_standard);
  json_builder_set_member_name (builder, "reasons");
  json_builder_add_value (builder, ptr_strings_node (reasons));

  json_builder_set_member_name (builder, "next_level");
  if (evaluation->school_level >= evaluation->levels->len)
    json_builder_add_null_value (builder);
  else
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "level");
      json_builder_add_int_value (builder, evaluation->school_level + 1);
      json_builder_set_member_name (builder, "missing");
      json_builder_begin_array (builder);
      for (guint i = 0; i < evaluation->next_missing->len; i++)
        {
          const KdMissing *missing = g_ptr_array_index (evaluation->next_missing, i);

          json_builder_begin_object (builder);
          if (missing->criterion != NULL)
            {
              json_builder_set_member_name (builder, "criterion");
              json_builder_add_string_value (builder, missing->criterion);
              json_builder_set_member_name (builder, "indicators");
              json_builder_add_value (builder, ptr_strings_node (missing->indicators));
            }
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, missing->text);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }

  json_builder_set_member_name (builder, "levels");
  json_builder_begin_array (builder);
  for (guint i = 0; i < evaluation->levels->len; i++)
    {
      const KdLevelResult *level = g_ptr_array_index (evaluation->levels, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "level");
      json_builder_add_int_value (builder, level->level);
      json_builder_set_member_name (builder, "reached");
      json_builder_add_boolean_value (builder, level->reached);
      json_builder_set_member_name (builder, "reasons");
      json_builder_add_value (builder, ptr_strings_node (level->reasons));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

void
kd_cli_print_framework (KdFramework *framework)
{
  GPtrArray *standards = kd_framework_get_standards (framework);
  GPtrArray *extra = kd_framework_get_extra (framework);

  g_print ("%s — %s\n", kd_framework_get_number (framework), kd_framework_get_title (framework));
  if (kd_framework_get_verification (framework) != NULL)
    g_print ("%s\n", kd_framework_get_verification (framework));
  for (guint s = 0; s < standards->len; s++)
    {
      const KdStandardDef *std = g_ptr_array_index (standards, s);

      g_print ("\n");
      g_print (_ ("Standard %u: %s\n"), std->number, std->title);
      for (guint c = 0; c < std->criteria->len; c++)
        {
          const KdCriterionDef *crit = g_ptr_array_index (std->criteria, c);

          g_print ("\n  ");
          g_print (_ ("Criterion %s: %s"), crit->code, crit->title);
          g_print ("%s\n", crit->mandatory ? _ (" (mandatory criterion)") : "");
          for (guint i = 0; i < crit->indicators->len; i++)
            {
              const KdIndicatorDef *ind = g_ptr_array_index (crit->indicators, i);

              if (*ind->key != '\0')
                g_print ("    [%s] %s) %s\n", ind->id, ind->key, ind->text);
              else
                g_print ("    [%s] %s\n", ind->id, ind->text);
            }
        }
    }
  if (extra->len > 0)
    {
      g_print ("\n%s\n", kd_framework_get_extra_title (framework));
      for (guint i = 0; i < extra->len; i++)
        {
          const KdExtraDef *item = g_ptr_array_index (extra, i);

          g_print ("  [%s] %s\n", item->id, item->text);
        }
    }
}

void
kd_cli_print_evaluation (KdEvaluation *evaluation,
                         KdDocument   *document)
{
  KdFramework     *framework = evaluation->framework;
  GPtrArray       *standards = kd_framework_get_standards (framework);
  const char      *school = kd_school_get_name (kd_document_get_school (document));
  GPtrArray       *reasons = kd_evaluation_get_reasons (evaluation);
  g_autofree char *conclusion = kd_evaluation_describe_school (evaluation);
  g_autofree char *accreditation = kd_evaluation_describe_accreditation (evaluation);
  g_autofree char *national = kd_evaluation_describe_national (evaluation);

  g_print ("%s — %s\n", *school != '\0' ? school : _ ("(school name not entered)"),
           kd_framework_get_short_title (framework));
  for (guint s = 0; s < standards->len; s++)
    {
      const KdStandardDef *std = g_ptr_array_index (standards, s);

      g_print ("\n");
      g_print (_ ("Standard %u: %s\n"), std->number, std->title);
      for (guint c = 0; c < std->criteria->len; c++)
        {
          const KdCriterionDef    *crit = g_ptr_array_index (std->criteria, c);
          const KdCriterionResult *result = kd_evaluation_lookup (evaluation, crit->code);
          g_autofree char         *state = kd_criterion_result_describe (result);
          g_autofree char         *reason = kd_criterion_result_reason (result, kd_framework_get_max_level (framework));

          g_print ("  %-5s %s", crit->code, state);
          if (reason != NULL && result->unassessed->len < crit->indicators->len)
            g_print (" — %s", reason);
          g_print ("\n");
        }
    }
  g_print ("\n");
  if (evaluation->extra_total > 0)
    {
      g_print (_ ("%s: %u of %u requirements met"), kd_framework_get_extra_title (framework),
               evaluation->extra_met, evaluation->extra_total);
      g_print ("\n");
    }
  g_print (_ ("Indicators assessed: %u of %u"), evaluation->indicators_assessed, evaluation->indicators_total);
  g_print ("\n\n");
  g_print (_ ("Conclusion: %s"), conclusion);
  g_print ("\n");
  if (reasons != NULL && reasons->len > 0)
    {
      g_print (_ ("Why Mức %u is not reached:"), evaluation->school_level + 1);
      g_print ("\n");
      for (guint i = 0; i < reasons->len; i++)
        g_print ("  - %s\n", (char *)g_ptr_array_index (reasons, i));
    }
  if (accreditation != NULL)
    g_print ("%s\n", accreditation);
  g_print ("%s\n", national);
}
