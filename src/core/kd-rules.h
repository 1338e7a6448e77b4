/* kd-rules.h — the rules engine: indicator states → criterion levels → the school's level
 *
 * Interprets the declarative rules of the framework catalogue; there is no per-framework code.
 */
#pragma once

#include "kd-document.h"

G_BEGIN_DECLS

typedef struct
{
  const KdCriterionDef *def;
  guint                 level;      /* highest level reached; 0 = not Mức 1 */
  gboolean              complete;   /* every indicator assessed */
  GPtrArray            *unmet;      /* indicator ids marked "unmet" */
  GPtrArray            *unassessed; /* indicator ids not assessed yet */
  GArray               *states;     /* KdState of each indicator of def, same order */
} KdCriterionResult;

typedef struct
{
  guint      level;
  gboolean   reached;
  GPtrArray *reasons; /* sentences, why not */
} KdLevelResult;

typedef struct
{
  char      *criterion; /* code, or NULL for a requirement about several criteria */
  guint      level;
  GPtrArray *indicators; /* ids still to meet */
  char      *text;       /* the sentence */
} KdMissing;

typedef struct
{
  KdFramework *framework;
  GPtrArray   *criteria; /* of KdCriterionResult, catalogue order */
  guint        extra_met;
  guint        extra_total;
  guint        indicators_assessed;
  guint        indicators_total;
  guint        school_level;
  guint        accreditation_level; /* 0 where the framework has none */
  guint        national_standard;   /* mức độ 0–2 */
  GPtrArray   *levels;              /* of KdLevelResult, for levels 1…max */
  GPtrArray   *next_missing;        /* of KdMissing: what the next level needs */
} KdEvaluation;

KdEvaluation            *kd_evaluate (KdDocument *document);
void                     kd_evaluation_free (KdEvaluation *evaluation);
const KdCriterionResult *kd_evaluation_lookup (KdEvaluation *evaluation,
                                               const char   *code);
GPtrArray               *kd_evaluation_get_reasons (KdEvaluation *evaluation);
char                    *kd_evaluation_describe_school (KdEvaluation *evaluation);
char                    *kd_evaluation_describe_national (KdEvaluation *evaluation);
char                    *kd_evaluation_describe_accreditation (KdEvaluation *evaluation);
guint                    kd_evaluation_count_criteria_at (KdEvaluation *evaluation,
                                                          guint         level);
guint                    kd_evaluation_count_indicators_met (KdEvaluation *evaluation,
                                                             guint         level);

KdCriterionResult *kd_evaluate_criterion (KdCriterionRecord *record);
void               kd_criterion_result_free (KdCriterionResult *result);
KdState            kd_criterion_result_state_of (const KdCriterionResult *result,
                                                 const char              *id);
guint              kd_criterion_result_met_at (const KdCriterionResult *result,
                                               guint                    level);
KdState            kd_criterion_result_state_at (const KdCriterionResult *result,
                                                 guint                    level);
char              *kd_criterion_result_describe (const KdCriterionResult *result);
char              *kd_criterion_result_describe_short (const KdCriterionResult *result);
char              *kd_criterion_result_reason (const KdCriterionResult *result,
                                               guint                    max_level);
char              *kd_criterion_result_count_label (const KdCriterionResult *result,
                                                    guint                    level);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KdEvaluation, kd_evaluation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KdCriterionResult, kd_criterion_result_free)

G_END_DECLS
