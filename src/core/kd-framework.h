/* kd-framework.h — one regulation's catalogue: standards, criteria, indicators and rules
 *
 * A framework is data (data/frameworks/<id>.json, docs/FRAMEWORKS.md), never code: the rules
 * engine interprets its declarative school-level rules.  Loaded catalogues are immutable; the
 * structures below are owned by the KdFramework and live as long as it does.
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *id; /* "1a", "2": level followed by the letter printed in the regulation */
  guint level;
  char *key;        /* "a", or "" for one unlettered paragraph */
  char *text;       /* the legal wording */
  char *citation;   /* "Điều 7 khoản 1", may be NULL */
  char *confidence; /* "V", "V-weak", "1", "?" */
} KdIndicatorDef;

typedef struct
{
  char      *code;     /* "1.1" */
  guint      standard; /* number of its standard */
  char      *title;
  gboolean   mandatory;
  GPtrArray *indicators; /* of KdIndicatorDef, by level then key */
  guint      top_level;  /* highest level with a requirement */
  char     **notes;
  char      *amended_by; /* "22/2024/TT-BGDĐT" where an amendment touched it, else NULL */
  char      *amendment_status;
  char      *evidence_group;
  char     **evidence_suggestions;
  char     **quantitative_data;
} KdCriterionDef;

typedef struct
{
  guint      number;
  char      *title;
  GPtrArray *criteria; /* of KdCriterionDef, borrowed */
} KdStandardDef;

typedef struct
{
  char *id; /* "1".."6" */
  char *text;
  char *citation;
  char *confidence;
} KdExtraDef;

typedef enum
{
  KD_CRITERIA_SET_ALL,
  KD_CRITERIA_SET_MANDATORY,
  KD_CRITERIA_SET_OPTIONAL,
} KdCriteriaSet;

typedef struct
{
  gboolean      extra; /* every extra requirement met */
  KdCriteriaSet set;
  guint         min_level;
  guint         at_least; /* 0: every criterion of the set */
} KdLevelRequirement;

typedef struct
{
  guint   level;
  GArray *requirements; /* of KdLevelRequirement */
} KdSchoolLevelRule;

typedef enum
{
  KD_SCOPE_CRITERION,
  KD_SCOPE_STANDARD,
} KdScope;

typedef enum
{
  KD_PLAN_LAYOUT_5932,
  KD_PLAN_LAYOUT_BIEU2,
} KdPlanLayout;

typedef struct
{
  guint    min_members;
  gboolean odd;
  char   **exactly_one_roles;
} KdCouncilRule;

#define KD_TYPE_FRAMEWORK (kd_framework_get_type ())
G_DECLARE_FINAL_TYPE (KdFramework, kd_framework, KD, FRAMEWORK, GObject)

KdFramework *kd_framework_new_from_data (const char *data,
                                         gsize       length,
                                         const char *display_name,
                                         GError    **error);

const char          *kd_framework_get_id (KdFramework *self);
const char          *kd_framework_get_number (KdFramework *self);
const char          *kd_framework_get_short_title (KdFramework *self);
const char          *kd_framework_get_title (KdFramework *self);
const char          *kd_framework_get_issued (KdFramework *self);
const char *const   *kd_framework_get_school_types (KdFramework *self);
gboolean             kd_framework_has_school_type (KdFramework *self,
                                                   const char  *type);
const char          *kd_framework_get_first_year (KdFramework *self);
const char          *kd_framework_get_last_year (KdFramework *self);
guint                kd_framework_get_max_level (KdFramework *self);
guint                kd_framework_get_max_school_level (KdFramework *self);
KdScope              kd_framework_get_strengths_scope (KdFramework *self);
KdPlanLayout         kd_framework_get_plan_layout (KdFramework *self);
guint                kd_framework_get_reviews_per_year (KdFramework *self);
gboolean             kd_framework_has_accreditation (KdFramework *self);
const KdCouncilRule *kd_framework_get_council_rule (KdFramework *self);
const char          *kd_framework_get_verification (KdFramework *self);
const char          *kd_framework_describe_confidence (KdFramework *self,
                                                       const char  *mark);

GPtrArray            *kd_framework_get_standards (KdFramework *self);
GPtrArray            *kd_framework_get_criteria (KdFramework *self);
const KdCriterionDef *kd_framework_lookup_criterion (KdFramework *self,
                                                     const char  *code);
const KdStandardDef  *kd_framework_lookup_standard (KdFramework *self,
                                                    guint        number);
guint                 kd_framework_count_indicators (KdFramework *self,
                                                     guint        level);

const char       *kd_framework_get_extra_title (KdFramework *self);
GPtrArray        *kd_framework_get_extra (KdFramework *self);
const KdExtraDef *kd_framework_lookup_extra (KdFramework *self,
                                             const char  *id);

GPtrArray *kd_framework_get_school_levels (KdFramework *self);
guint      kd_framework_national_standard_for (KdFramework *self,
                                               guint        school_level);

const char *kd_framework_get_evidence_example (KdFramework *self);
const char *kd_framework_get_evidence_regex (KdFramework *self);
const char *kd_framework_get_evidence_open (KdFramework *self);
const char *kd_framework_get_evidence_close (KdFramework *self);
const char *kd_framework_get_evidence_separator (KdFramework *self);
char       *kd_framework_format_evidence_code (KdFramework *self,
                                               const char  *criterion,
                                               guint        box,
                                               guint        serial);
GPtrArray  *kd_framework_find_evidence_codes (KdFramework *self,
                                              const char  *text);

const KdIndicatorDef *kd_criterion_def_lookup_indicator (const KdCriterionDef *criterion,
                                                         const char           *id);
guint                 kd_criterion_def_count_level (const KdCriterionDef *criterion,
                                                    guint                 level);

typedef struct
{
  guint start; /* byte offsets in the text */
  guint end;
  char *code; /* the code as written, without brackets */
} KdCodeMatch;

void kd_code_match_free (KdCodeMatch *match);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KdCodeMatch, kd_code_match_free)

G_END_DECLS
