/* kd-plan-tools.h — the rules of the improvement-plan grid (kế hoạch cải tiến chất lượng)
 *
 * Which columns a plan shows, filtering, Vietnamese ordering, the marks of a row (overdue, no
 * owner, no deadline), the footer's totals, tab-separated copy and paste (Excel, LibreOffice),
 * row commands with undo, rows proposed from the assessment's weaknesses, the names offered for
 * completion, and the status the latest review gave a row.  The grid only shows and edits.
 */
#pragma once

#include "kd-document.h"
#include "kd-rules.h"

G_BEGIN_DECLS

/* ---- columns ------------------------------------------------------------------------- */

typedef enum
{
  KD_PLAN_CELL_TEXT,      /* free text on one line */
  KD_PLAN_CELL_LONG_TEXT, /* free text, several lines (công việc / giải pháp) */
  KD_PLAN_CELL_NAME,      /* a person or a unit: completed from the names in use */
  KD_PLAN_CELL_DATE,      /* dd/mm/yyyy, stored ISO */
  KD_PLAN_CELL_MONEY,     /* 1.500.000, stored as whole đồng */
  KD_PLAN_CELL_CRITERION, /* a criterion code of the framework, or none */
  KD_PLAN_CELL_STATUS,    /* mức độ thực hiện */
} KdPlanCellKind;

typedef struct
{
  const char    *field; /* KdPlanRow property */
  const char    *title; /* N_() column header */
  KdPlanCellKind kind;
  int            width; /* natural width in pixels at the normal text size */
} KdPlanColumn;

const KdPlanColumn *const *kd_plan_get_columns (KdPlanLayout layout,
                                                guint       *n_columns);
const KdPlanColumn        *kd_plan_lookup_column (const char *field);

/* ---- marks and totals ---------------------------------------------------------------- */

typedef enum
{
  KD_PLAN_MARK_NONE = 0,
  KD_PLAN_MARK_OVERDUE = 1 << 0,
  KD_PLAN_MARK_NO_OWNER = 1 << 1,
  KD_PLAN_MARK_NO_DEADLINE = 1 << 2,
} KdPlanMarks;

KdPlanMarks kd_plan_row_get_marks (KdPlanRow   *row,
                                   const GDate *today);
char       *kd_plan_marks_describe (KdPlanMarks marks);

typedef struct
{
  guint  rows;
  guint  done;
  guint  doing;
  guint  overdue;
  gint64 budget;
} KdPlanTotals;

void  kd_plan_totals_compute (GListModel   *rows,
                              const GDate  *today,
                              KdPlanTotals *totals);
char *kd_plan_totals_describe (const KdPlanTotals *totals);

/* ---- filter and order ---------------------------------------------------------------- */

typedef struct _KdPlanFilter KdPlanFilter;

KdPlanFilter *kd_plan_filter_new (KdFramework *framework);
void          kd_plan_filter_free (KdPlanFilter *filter);
void          kd_plan_filter_set_today (KdPlanFilter *filter,
                                        const GDate  *today);
void          kd_plan_filter_set_standard (KdPlanFilter *filter,
                                           guint         standard);
void          kd_plan_filter_set_criterion (KdPlanFilter *filter,
                                            const char   *criterion);
void          kd_plan_filter_set_owner (KdPlanFilter *filter,
                                        const char   *owner);
void          kd_plan_filter_set_supervisor (KdPlanFilter *filter,
                                             const char   *supervisor);
void          kd_plan_filter_set_status (KdPlanFilter *filter,
                                         int           status);
void          kd_plan_filter_set_overdue_only (KdPlanFilter *filter,
                                               gboolean      overdue_only);
void          kd_plan_filter_set_search (KdPlanFilter *filter,
                                         const char   *text);
gboolean      kd_plan_filter_is_empty (const KdPlanFilter *filter);
gboolean      kd_plan_filter_matches (const KdPlanFilter *filter,
                                      KdPlanRow          *row);

int kd_plan_compare (KdPlanRow  *a,
                     KdPlanRow  *b,
                     const char *field);
int kd_plan_compare_column (KdPlanRow          *a,
                            KdPlanRow          *b,
                            const KdPlanColumn *column);
int kd_plan_compare_criteria (const char *a,
                              const char *b);

/* ---- copy and paste ------------------------------------------------------------------ */

#define KD_PLAN_PASTE_MAX_CELL_CHARS 5000
#define KD_PLAN_PASTE_MAX_ROWS 10000
#define KD_PLAN_PASTE_MAX_CHARS 2000000

char *kd_plan_rows_to_tsv (GPtrArray                 *rows,
                           const KdPlanColumn *const *columns,
                           guint                      n_columns,
                           gboolean                   with_header);

typedef struct
{
  GPtrArray *rows;       /* of GStrv: the cells of each pasted line */
  guint      n_columns;  /* of the widest line */
  gboolean   has_header; /* the first line names the columns (set by guess_mapping) */
} KdPlanPaste;

KdPlanPaste *kd_plan_paste_parse (const char *text,
                                  GError    **error);
void         kd_plan_paste_free (KdPlanPaste *paste);
int         *kd_plan_paste_guess_mapping (KdPlanPaste               *paste,
                                          const KdPlanColumn *const *columns,
                                          guint                      n_columns,
                                          gboolean                  *matches);
GPtrArray   *kd_plan_paste_apply (KdDocument                *document,
                                  KdPlanPaste               *paste,
                                  const KdPlanColumn *const *columns,
                                  const int                 *mapping,
                                  GPtrArray                 *targets,
                                  guint                      position,
                                  GError                   **error);

gboolean kd_plan_row_set_from_text (KdPlanRow   *row,
                                    KdFramework *framework,
                                    const char  *field,
                                    const char  *text,
                                    GError     **error);

/* ---- row commands (each one undo step) ------------------------------------------------ */

KdPlanRow *kd_plan_insert_row (KdDocument *document,
                               guint       position,
                               const char *criterion);
void       kd_plan_remove_rows (KdDocument *document,
                                GPtrArray  *rows);
GPtrArray *kd_plan_duplicate_rows (KdDocument *document,
                                   GPtrArray  *rows);
gboolean   kd_plan_move_rows (KdDocument *document,
                              GPtrArray  *rows,
                              int         direction);

/* ---- rows from the weaknesses ------------------------------------------------------- */

GPtrArray *kd_plan_propose_below_level (KdDocument   *document,
                                        KdEvaluation *evaluation,
                                        guint         target_level);
GPtrArray *kd_plan_propose_from_weaknesses (KdDocument *document);
guint      kd_plan_add_proposed (KdDocument *document,
                                 GPtrArray  *proposed);

/* ---- names and reviews ------------------------------------------------------------- */

GPtrArray *kd_plan_collect_names (KdDocument *document);
KdReview  *kd_plan_get_latest_review (KdDocument *document);
KdReview  *kd_plan_add_review (KdDocument  *document,
                               const GDate *date);
gboolean   kd_plan_review_set_row (KdDocument  *document,
                                   KdReview    *review,
                                   KdPlanRow   *row,
                                   KdPlanStatus status,
                                   const char  *comment);
gboolean   kd_plan_row_get_review_status (KdDocument     *document,
                                          KdPlanRow      *row,
                                          KdPlanStatus   *status,
                                          KdReviewEntry **entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KdPlanFilter, kd_plan_filter_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KdPlanPaste, kd_plan_paste_free)

G_END_DECLS
