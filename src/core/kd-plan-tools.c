/* kd-plan-tools.c */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kd-error.h"
#include "kd-item-private.h"
#include "kd-plan-tools.h"
#include "kd-text.h"

/* ---- columns ------------------------------------------------------------------------- */

/* Every column a plan row has, in the order of the row's fields. */
static const KdPlanColumn all_columns[] = {
  { "criterion", N_ ("Criterion"), KD_PLAN_CELL_CRITERION, 90 },
  { "issue", N_ ("Issue to improve"), KD_PLAN_CELL_TEXT, 220 },
  { "target", N_ ("Target / expected result"), KD_PLAN_CELL_TEXT, 240 },
  { "actions", N_ ("Actions / solutions"), KD_PLAN_CELL_LONG_TEXT, 260 },
  { "owner", N_ ("Lead"), KD_PLAN_CELL_NAME, 150 },
  { "partners", N_ ("Partners"), KD_PLAN_CELL_NAME, 150 },
  { "start", N_ ("Start"), KD_PLAN_CELL_DATE, 120 },
  { "deadline", N_ ("Due"), KD_PLAN_CELL_DATE, 120 },
  { "budget", N_ ("Budget (đồng)"), KD_PLAN_CELL_MONEY, 130 },
  { "budget-source", N_ ("Source of funds"), KD_PLAN_CELL_TEXT, 160 },
  { "support", N_ ("Other support"), KD_PLAN_CELL_TEXT, 170 },
  { "supervisor", N_ ("Supervisor"), KD_PLAN_CELL_NAME, 150 },
  { "indicators", N_ ("Result indicators"), KD_PLAN_CELL_TEXT, 200 },
  { "expected-evidence", N_ ("Expected evidence"), KD_PLAN_CELL_TEXT, 200 },
  { "status", N_ ("Status"), KD_PLAN_CELL_STATUS, 140 },
  { "note", N_ ("Note"), KD_PLAN_CELL_TEXT, 160 },
};

enum
{
  COL_CRITERION,
  COL_ISSUE,
  COL_TARGET,
  COL_ACTIONS,
  COL_OWNER,
  COL_PARTNERS,
  COL_START,
  COL_DEADLINE,
  COL_BUDGET,
  COL_BUDGET_SOURCE,
  COL_SUPPORT,
  COL_SUPERVISOR,
  COL_INDICATORS,
  COL_EXPECTED_EVIDENCE,
  COL_STATUS,
  COL_NOTE,
  N_ALL_COLUMNS
};

G_STATIC_ASSERT (G_N_ELEMENTS (all_columns) == N_ALL_COLUMNS);

/* The 2018 frameworks: the columns of the schools' own plans (seeds 000, 001, 004). */
static const KdPlanColumn *const columns_5932[] = {
  &all_columns[COL_CRITERION],
  &all_columns[COL_ISSUE],
  &all_columns[COL_TARGET],
  &all_columns[COL_ACTIONS],
  &all_columns[COL_OWNER],
  &all_columns[COL_PARTNERS],
  &all_columns[COL_START],
  &all_columns[COL_DEADLINE],
  &all_columns[COL_BUDGET],
  &all_columns[COL_BUDGET_SOURCE],
  &all_columns[COL_SUPPORT],
  &all_columns[COL_SUPERVISOR],
  &all_columns[COL_STATUS],
  &all_columns[COL_NOTE],
};

/* TT 57, Biểu 2 mục V: columns (2)–(10) in their order, with the criterion first. */
static const KdPlanColumn *const columns_bieu2[] = {
  &all_columns[COL_CRITERION],
  &all_columns[COL_ISSUE],
  &all_columns[COL_TARGET],
  &all_columns[COL_ACTIONS],
  &all_columns[COL_INDICATORS],
  &all_columns[COL_START],
  &all_columns[COL_DEADLINE],
  &all_columns[COL_OWNER],
  &all_columns[COL_PARTNERS],
  &all_columns[COL_BUDGET],
  &all_columns[COL_BUDGET_SOURCE],
  &all_columns[COL_SUPPORT],
  &all_columns[COL_EXPECTED_EVIDENCE],
  &all_columns[COL_SUPERVISOR],
  &all_columns[COL_STATUS],
  &all_columns[COL_NOTE],
};

const KdPlanColumn *const *
kd_plan_get_columns (KdPlanLayout layout,
                     guint       *n_columns)
{
  g_return_val_if_fail (n_columns != NULL, NULL);
  if (layout == KD_PLAN_LAYOUT_BIEU2)
    {
      *n_columns = G_N_ELEMENTS (columns_bieu2);
      return columns_bieu2;
    }
  *n_columns = G_N_ELEMENTS (columns_5932);
  return columns_5932;
}

const KdPlanColumn *
kd_plan_lookup_column (const char *field)
{
  for (guint i = 0; field != NULL && i < G_N_ELEMENTS (all_columns); i++)
    if (g_str_equal (all_columns[i].field, field))
      return &all_columns[i];
  return NULL;
}

/* ---- what a row says, cached -------------------------------------------------------- */

/* Folding and collation keys are costly next to a 5,000-row sort or a search at every
 * keystroke: each row keeps them until one of its fields changes. */
typedef struct
{
  char *search;              /* every field as shown, folded */
  char *keys[N_ALL_COLUMNS]; /* Vietnamese collation keys of the text fields */
} RowCache;

static void
row_cache_free (gpointer data)
{
  RowCache *cache = data;

  g_free (cache->search);
  for (guint i = 0; i < N_ALL_COLUMNS; i++)
    g_free (cache->keys[i]);
  g_free (cache);
}

/* Looked up once: a sort calls these for every comparison. */
static GQuark
row_cache_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("kd-plan-row-cache");
  return quark;
}

static GQuark
row_cache_watched_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("kd-plan-row-cache-watched");
  return quark;
}

static void
row_changed_cb (GObject *row)
{
  g_object_set_qdata (row, row_cache_quark (), NULL);
}

static RowCache *
get_cache (KdPlanRow *row)
{
  RowCache *cache = g_object_get_qdata (G_OBJECT (row), row_cache_quark ());

  if (cache != NULL)
    return cache;
  if (g_object_get_qdata (G_OBJECT (row), row_cache_watched_quark ()) == NULL)
    {
      g_signal_connect (row, "notify", G_CALLBACK (row_changed_cb), NULL);
      g_object_set_qdata (G_OBJECT (row), row_cache_watched_quark (), GINT_TO_POINTER (TRUE));
    }
  cache = g_new0 (RowCache, 1);
  g_object_set_qdata_full (G_OBJECT (row), row_cache_quark (), cache, row_cache_free);
  return cache;
}

static const char *
row_search_text (KdPlanRow *row)
{
  RowCache *cache = get_cache (row);

  if (cache->search == NULL)
    {
      GString *text = g_string_sized_new (512);

      for (guint i = 0; i < N_ALL_COLUMNS; i++)
        {
          const KdPlanColumn *column = &all_columns[i];

          /* Text as stored is text as shown: folded in place, without a copy. */
          if (column->kind == KD_PLAN_CELL_DATE || column->kind == KD_PLAN_CELL_MONEY || column->kind == KD_PLAN_CELL_STATUS)
            {
              g_autofree char *shown = kd_item_dup_display (KD_ITEM (row), column->field);

              kd_text_fold_append (text, shown);
            }
          else
            kd_text_fold_append (text, kd_item_get_string (KD_ITEM (row), column->field));
          g_string_append_c (text, '\n');
        }
      cache->search = g_string_free (text, FALSE);
    }
  return cache->search;
}

/* The collation key of a text field, or "" when the field is blank (a key is never empty). */
static const char *
row_collate_key (KdPlanRow          *row,
                 const KdPlanColumn *column)
{
  RowCache *cache = get_cache (row);
  guint     i = column - all_columns;

  if (cache->keys[i] == NULL)
    {
      const char *text = kd_item_get_string (KD_ITEM (row), column->field);

      cache->keys[i] = kd_text_is_blank (text) ? g_strdup ("") : kd_text_collate_key (text);
    }
  return cache->keys[i];
}

/* ---- marks and totals ---------------------------------------------------------------- */

/* What needs attention in a row: past its deadline and not finished, or nobody in charge, or
 * no deadline.  A cancelled row needs nothing. */
KdPlanMarks
kd_plan_row_get_marks (KdPlanRow   *row,
                       const GDate *today)
{
  KdPlanMarks marks = KD_PLAN_MARK_NONE;

  g_return_val_if_fail (KD_IS_PLAN_ROW (row), KD_PLAN_MARK_NONE);
  g_return_val_if_fail (today != NULL, KD_PLAN_MARK_NONE);

  if (kd_plan_row_get_status (row) == KD_PLAN_STATUS_CANCELLED)
    return KD_PLAN_MARK_NONE;
  if (kd_plan_row_is_overdue (row, today))
    marks |= KD_PLAN_MARK_OVERDUE;
  if (kd_text_is_blank (kd_plan_row_get_owner (row)))
    marks |= KD_PLAN_MARK_NO_OWNER;
  if (kd_text_is_blank (kd_plan_row_get_deadline (row)))
    marks |= KD_PLAN_MARK_NO_DEADLINE;
  return marks;
}

char *
kd_plan_marks_describe (KdPlanMarks marks)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new ();

  if (marks & KD_PLAN_MARK_OVERDUE)
    g_ptr_array_add (parts, _ ("Overdue: the deadline has passed and the work is not done."));
  if (marks & KD_PLAN_MARK_NO_OWNER)
    g_ptr_array_add (parts, _ ("Nobody leads this work yet."));
  if (marks & KD_PLAN_MARK_NO_DEADLINE)
    g_ptr_array_add (parts, _ ("No deadline yet."));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" ", (char **)parts->pdata);
}

void
kd_plan_totals_compute (GListModel   *rows,
                        const GDate  *today,
                        KdPlanTotals *totals)
{
  guint n;

  g_return_if_fail (G_IS_LIST_MODEL (rows));
  g_return_if_fail (today != NULL && totals != NULL);

  memset (totals, 0, sizeof *totals);
  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KdPlanRow) row = g_list_model_get_item (rows, i);

      if (!KD_IS_PLAN_ROW (row))
        continue;
      totals->rows++;
      switch (kd_plan_row_get_status (row))
        {
          case KD_PLAN_STATUS_DONE:
            totals->done++;
            break;
          case KD_PLAN_STATUS_DOING:
            totals->doing++;
            break;
          default:
            break;
        }
      if (kd_plan_row_is_overdue (row, today))
        totals->overdue++;
      /* Budgets are at most KD_BUDGET_MAX each; saturate rather than wrap on absurd plans. */
      if (totals->budget > G_MAXINT64 - kd_plan_row_get_budget (row))
        totals->budget = G_MAXINT64;
      else
        totals->budget += kd_plan_row_get_budget (row);
    }
}

char *
kd_plan_totals_describe (const KdPlanTotals *totals)
{
  g_autofree char *budget = NULL;

  g_return_val_if_fail (totals != NULL, NULL);
  budget = kd_budget_format (totals->budget);
  return g_strdup_printf (_ ("Rows shown: %u · Done: %u · In progress: %u · Overdue: %u · Budget: %s đồng"),
                          totals->rows, totals->done, totals->doing, totals->overdue, budget);
}

/* ---- filter ------------------------------------------------------------------------- */

struct _KdPlanFilter
{
  KdFramework *framework;
  GDate        today;
  guint        standard;   /* 0: any */
  char        *criterion;  /* NULL: any; "": rows tied to no criterion */
  char        *owner;      /* folded, NULL: any */
  char        *supervisor; /* folded, NULL: any */
  int          status;     /* KdPlanStatus, or -1 for any */
  gboolean     overdue_only;
  char       **words; /* folded words of the search, all must appear; NULL: none */
};

KdPlanFilter *
kd_plan_filter_new (KdFramework *framework)
{
  KdPlanFilter *filter = g_new0 (KdPlanFilter, 1);

  g_return_val_if_fail (framework == NULL || KD_IS_FRAMEWORK (framework), NULL);
  filter->framework = framework != NULL ? g_object_ref (framework) : NULL;
  filter->status = -1;
  g_date_clear (&filter->today, 1);
  g_date_set_time_t (&filter->today, time (NULL));
  return filter;
}

void
kd_plan_filter_free (KdPlanFilter *filter)
{
  if (filter == NULL)
    return;
  g_clear_object (&filter->framework);
  g_free (filter->criterion);
  g_free (filter->owner);
  g_free (filter->supervisor);
  g_strfreev (filter->words);
  g_free (filter);
}

void
kd_plan_filter_set_today (KdPlanFilter *filter,
                          const GDate  *today)
{
  g_return_if_fail (filter != NULL && today != NULL && g_date_valid (today));
  filter->today = *today;
}

void
kd_plan_filter_set_standard (KdPlanFilter *filter,
                             guint         standard)
{
  g_return_if_fail (filter != NULL);
  filter->standard = standard;
}

void
kd_plan_filter_set_criterion (KdPlanFilter *filter,
                              const char   *criterion)
{
  g_return_if_fail (filter != NULL);
  g_free (filter->criterion);
  filter->criterion = g_strdup (criterion);
}

static char *
fold_or_null (const char *text)
{
  return kd_text_is_blank (text) ? NULL : g_strstrip (kd_text_fold (text));
}

void
kd_plan_filter_set_owner (KdPlanFilter *filter,
                          const char   *owner)
{
  g_return_if_fail (filter != NULL);
  g_free (filter->owner);
  filter->owner = fold_or_null (owner);
}

void
kd_plan_filter_set_supervisor (KdPlanFilter *filter,
                               const char   *supervisor)
{
  g_return_if_fail (filter != NULL);
  g_free (filter->supervisor);
  filter->supervisor = fold_or_null (supervisor);
}

void
kd_plan_filter_set_status (KdPlanFilter *filter,
                           int           status)
{
  g_return_if_fail (filter != NULL);
  g_return_if_fail (status >= -1 && status <= KD_PLAN_STATUS_CANCELLED);
  filter->status = status;
}

void
kd_plan_filter_set_overdue_only (KdPlanFilter *filter,
                                 gboolean      overdue_only)
{
  g_return_if_fail (filter != NULL);
  filter->overdue_only = overdue_only;
}

/* "hieu truong" finds "Hiệu trưởng"; several words must all appear, in any order. */
void
kd_plan_filter_set_search (KdPlanFilter *filter,
                           const char   *text)
{
  g_autofree char *folded = NULL;
  g_auto (GStrv) words = NULL;
  g_autoptr (GPtrArray) kept = g_ptr_array_new ();

  g_return_if_fail (filter != NULL);
  g_clear_pointer (&filter->words, g_strfreev);
  if (kd_text_is_blank (text))
    return;
  folded = kd_text_fold (text);
  words = g_strsplit_set (folded, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_ptr_array_add (kept, g_strdup (words[i]));
  g_ptr_array_add (kept, NULL);
  filter->words = (char **)g_ptr_array_steal (kept, NULL);
}

gboolean
kd_plan_filter_is_empty (const KdPlanFilter *filter)
{
  g_return_val_if_fail (filter != NULL, TRUE);
  return filter->standard == 0 && filter->criterion == NULL && filter->owner == NULL &&
         filter->supervisor == NULL && filter->status < 0 && !filter->overdue_only && filter->words == NULL;
}

static gboolean
contains_folded (const char *text,
                 const char *folded_needle)
{
  g_autofree char *folded = kd_text_fold (text);

  return strstr (folded, folded_needle) != NULL;
}

gboolean
kd_plan_filter_matches (const KdPlanFilter *filter,
                        KdPlanRow          *row)
{
  g_return_val_if_fail (filter != NULL, FALSE);
  g_return_val_if_fail (KD_IS_PLAN_ROW (row), FALSE);

  if (filter->status >= 0 && (int)kd_plan_row_get_status (row) != filter->status)
    return FALSE;
  if (filter->overdue_only && !kd_plan_row_is_overdue (row, &filter->today))
    return FALSE;
  if (filter->criterion != NULL && !g_str_equal (filter->criterion, kd_plan_row_get_criterion (row)))
    return FALSE;
  if (filter->standard > 0)
    {
      const KdCriterionDef *def = filter->framework != NULL ? kd_framework_lookup_criterion (filter->framework, kd_plan_row_get_criterion (row)) : NULL;

      if (def == NULL || def->standard != filter->standard)
        return FALSE;
    }
  if (filter->owner != NULL && !contains_folded (kd_plan_row_get_owner (row), filter->owner))
    return FALSE;
  if (filter->supervisor != NULL && !contains_folded (kd_plan_row_get_supervisor (row), filter->supervisor))
    return FALSE;
  if (filter->words != NULL)
    {
      const char *text = row_search_text (row);

      for (guint i = 0; filter->words[i] != NULL; i++)
        if (strstr (text, filter->words[i]) == NULL)
          return FALSE;
    }
  return TRUE;
}

/* ---- order -------------------------------------------------------------------------- */

/* "1.2" before "1.10" before "2.1"; rows tied to no criterion last. */
int
kd_plan_compare_criteria (const char *a,
                          const char *b)
{
  guint64 a1 = 0, a2 = 0, b1 = 0, b2 = 0;
  char   *end;

  a = a != NULL ? a : "";
  b = b != NULL ? b : "";
  if (*a == '\0' || *b == '\0')
    return (*a == '\0') - (*b == '\0');
  a1 = g_ascii_strtoull (a, &end, 10);
  if (*end == '.')
    a2 = g_ascii_strtoull (end + 1, NULL, 10);
  b1 = g_ascii_strtoull (b, &end, 10);
  if (*end == '.')
    b2 = g_ascii_strtoull (end + 1, NULL, 10);
  if (a1 != b1)
    return a1 < b1 ? -1 : 1;
  if (a2 != b2)
    return a2 < b2 ? -1 : 1;
  return strcmp (a, b);
}

int
kd_plan_compare (KdPlanRow  *a,
                 KdPlanRow  *b,
                 const char *field)
{
  const KdPlanColumn *column = kd_plan_lookup_column (field);

  g_return_val_if_fail (column != NULL, 0);
  return kd_plan_compare_column (a, b, column);
}

/* Sorting by a column: Vietnamese alphabetical order for text (A Ă Â B … Đ …), dates and
 * money by value, statuses in the order of the work; empty cells after the filled ones. */
int
kd_plan_compare_column (KdPlanRow          *a,
                        KdPlanRow          *b,
                        const KdPlanColumn *column)
{
  const char *field, *sa, *sb;

  g_return_val_if_fail (KD_IS_PLAN_ROW (a) && KD_IS_PLAN_ROW (b), 0);
  g_return_val_if_fail (column >= all_columns && column < all_columns + N_ALL_COLUMNS, 0);
  field = column->field;

  switch (column->kind)
    {
      case KD_PLAN_CELL_MONEY:
        {
          gint64 x = kd_plan_row_get_budget (a), y = kd_plan_row_get_budget (b);

          return x < y ? -1 : x > y;
        }
      case KD_PLAN_CELL_STATUS:
        return (int)kd_plan_row_get_status (a) - (int)kd_plan_row_get_status (b);
      case KD_PLAN_CELL_CRITERION:
        return kd_plan_compare_criteria (kd_plan_row_get_criterion (a), kd_plan_row_get_criterion (b));
      default:
        break;
    }
  if (column->kind == KD_PLAN_CELL_DATE)
    {
      sa = kd_item_get_string (KD_ITEM (a), field);
      sb = kd_item_get_string (KD_ITEM (b), field);
      if (kd_text_is_blank (sa) || kd_text_is_blank (sb))
        return kd_text_is_blank (sa) - kd_text_is_blank (sb);
      return strcmp (sa, sb); /* ISO dates sort as text */
    }
  sa = row_collate_key (a, column);
  sb = row_collate_key (b, column);
  if (*sa == '\0' || *sb == '\0')
    return (*sa == '\0') - (*sb == '\0');
  return strcmp (sa, sb);
}

/* ---- setting a cell from text ------------------------------------------------------- */

static gboolean
parse_status (const char   *text,
              KdPlanStatus *status)
{
  /* What users write in their spreadsheets, besides the app's own words (Biểu 2 uses
   * "Hoàn thành / Đang thực hiện / Chưa hoàn thành"). */
  static const struct
  {
    const char  *folded;
    KdPlanStatus status;
  } synonyms[] = {
    { "hoan thanh", KD_PLAN_STATUS_DONE },
    { "da hoan thanh", KD_PLAN_STATUS_DONE },
    { "da xong", KD_PLAN_STATUS_DONE },
    { "xong", KD_PLAN_STATUS_DONE },
    { "dang thuc hien", KD_PLAN_STATUS_DOING },
    { "dang lam", KD_PLAN_STATUS_DOING },
    { "chua thuc hien", KD_PLAN_STATUS_TODO },
    { "chua hoan thanh", KD_PLAN_STATUS_TODO },
    { "chua bat dau", KD_PLAN_STATUS_TODO },
    { "huy", KD_PLAN_STATUS_CANCELLED },
    { "da huy", KD_PLAN_STATUS_CANCELLED },
    { "khong thuc hien", KD_PLAN_STATUS_CANCELLED },
  };
  g_autofree char *folded = g_strstrip (kd_text_fold (text));

  if (*folded == '\0')
    {
      *status = KD_PLAN_STATUS_TODO;
      return TRUE;
    }
  if (kd_plan_status_from_string (folded, status))
    return TRUE;
  for (int s = KD_PLAN_STATUS_TODO; s <= KD_PLAN_STATUS_CANCELLED; s++)
    {
      g_autofree char *described = kd_text_fold (kd_plan_status_describe (s));

      if (g_str_equal (folded, described))
        {
          *status = s;
          return TRUE;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (synonyms); i++)
    if (g_str_equal (folded, synonyms[i].folded))
      {
        *status = synonyms[i].status;
        return TRUE;
      }
  return FALSE;
}

/* "3.2", "Tiêu chí 3.2", "TC3.2" → "3.2". */
static char *
parse_criterion (const char *text)
{
  g_autofree char *folded = g_strstrip (kd_text_fold (text));
  const char      *p = folded;
  const char      *start;

  if (g_str_has_prefix (p, "tieu chi"))
    p += strlen ("tieu chi");
  else if (g_str_has_prefix (p, "tc"))
    p += strlen ("tc");
  while (*p == ' ')
    p++;
  start = p;
  while (g_ascii_isdigit (*p))
    p++;
  if (p == start || *p != '.')
    return NULL;
  p++;
  if (!g_ascii_isdigit (*p))
    return NULL;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p != '\0')
    return NULL;
  return g_strdup (start);
}

/**
 * kd_plan_row_set_from_text:
 * @framework: (nullable): checks criterion codes against it
 *
 * Sets a cell from what a user typed or pasted: dates, money and statuses in the words people
 * use, criteria as "3.2" or "Tiêu chí 3.2".  Refused text leaves the row unchanged.
 */
gboolean
kd_plan_row_set_from_text (KdPlanRow   *row,
                           KdFramework *framework,
                           const char  *field,
                           const char  *text,
                           GError     **error)
{
  const KdPlanColumn *column = kd_plan_lookup_column (field);

  g_return_val_if_fail (KD_IS_PLAN_ROW (row), FALSE);
  g_return_val_if_fail (column != NULL, FALSE);

  if (!_kd_item_check_editable (KD_ITEM (row), error))
    return FALSE;
  /* A cell is a sentence or a paragraph: a whole document pasted into one is a mistake. */
  if (text != NULL && g_utf8_strlen (text, -1) > KD_PLAN_PASTE_MAX_CELL_CHARS)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_TOO_LARGE,
                   _ ("The text is too long for a cell of the plan (%ld characters, at most %d). Nothing was changed: shorten it, or keep the long text as evidence and name it here."),
                   g_utf8_strlen (text, -1), KD_PLAN_PASTE_MAX_CELL_CHARS);
      return FALSE;
    }
  if (column->kind == KD_PLAN_CELL_STATUS)
    {
      KdPlanStatus status;

      if (!parse_status (text, &status))
        {
          g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE,
                       _ ("“%s” is not a status. Write “%s”, “%s”, “%s” or “%s”."), text,
                       kd_plan_status_describe (KD_PLAN_STATUS_TODO), kd_plan_status_describe (KD_PLAN_STATUS_DOING),
                       kd_plan_status_describe (KD_PLAN_STATUS_DONE), kd_plan_status_describe (KD_PLAN_STATUS_CANCELLED));
          return FALSE;
        }
      g_object_set (row, "status", status, NULL);
      return TRUE;
    }
  if (column->kind == KD_PLAN_CELL_CRITERION)
    {
      g_autofree char *code = NULL;

      if (kd_text_is_blank (text))
        {
          g_object_set (row, "criterion", "", NULL);
          return TRUE;
        }
      code = parse_criterion (text);
      if (code == NULL || (framework != NULL && kd_framework_lookup_criterion (framework, code) == NULL))
        {
          g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE,
                       _ ("“%s” is not a criterion of this assessment. Write its code, for example 1.2, or leave the cell empty."),
                       text);
          return FALSE;
        }
      g_object_set (row, "criterion", code, NULL);
      return TRUE;
    }
  return kd_item_set_from_text (KD_ITEM (row), field, text, error);
}

/* ---- copy --------------------------------------------------------------------------- */

static void
append_tsv_cell (GString    *out,
                 const char *text)
{
  /* Excel and LibreOffice quote a cell holding a tab, a line break or a quote. */
  if (strpbrk (text, "\t\r\n\"") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* The rows as tab-separated text, cells as users read them (31/05/2024, 1.500.000). */
char *
kd_plan_rows_to_tsv (GPtrArray                 *rows,
                     const KdPlanColumn *const *columns,
                     guint                      n_columns,
                     gboolean                   with_header)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (rows != NULL && columns != NULL, NULL);

  if (with_header)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          if (c > 0)
            g_string_append_c (out, '\t');
          append_tsv_cell (out, _ (columns[c]->title));
        }
      g_string_append_c (out, '\n');
    }
  for (guint r = 0; r < rows->len; r++)
    {
      KdItem *row = g_ptr_array_index (rows, r);

      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *shown = kd_item_dup_display (row, columns[c]->field);

          if (c > 0)
            g_string_append_c (out, '\t');
          append_tsv_cell (out, shown);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* ---- paste -------------------------------------------------------------------------- */

void
kd_plan_paste_free (KdPlanPaste *paste)
{
  if (paste == NULL)
    return;
  g_ptr_array_unref (paste->rows);
  g_free (paste);
}

static gboolean
line_is_blank (GPtrArray *cells)
{
  for (guint i = 0; i < cells->len; i++)
    if (!kd_text_is_blank (g_ptr_array_index (cells, i)))
      return FALSE;
  return TRUE;
}

/**
 * kd_plan_paste_parse:
 *
 * Reads tab-separated text as Excel and LibreOffice put it on the clipboard: one line per row,
 * cells quoted when they hold a tab, a line break or a quote.  Blank lines are skipped.  Text too
 * long for a plan (a cell over KD_PLAN_PASTE_MAX_CELL_CHARS, more than KD_PLAN_PASTE_MAX_ROWS
 * lines) is refused as a whole with a message: nothing is half pasted.
 */
KdPlanPaste *
kd_plan_paste_parse (const char *text,
                     GError    **error)
{
  g_autoptr (KdPlanPaste) paste = g_new0 (KdPlanPaste, 1);
  g_autoptr (GPtrArray) cells = NULL;
  g_autoptr (GString) cell = g_string_new (NULL);
  const char *p;
  glong       n_chars;

  g_return_val_if_fail (text != NULL, NULL);
  paste->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_INVALID_UTF8,
                   _ ("The copied text is not readable text. Copy the cells again from the spreadsheet."));
      return NULL;
    }
  n_chars = g_utf8_strlen (text, -1);
  if (n_chars > KD_PLAN_PASTE_MAX_CHARS)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_TOO_LARGE,
                   _ ("The copied text is too long to paste (%ld characters, at most %d). Nothing was pasted: copy fewer rows at a time."),
                   n_chars, KD_PLAN_PASTE_MAX_CHARS);
      return NULL;
    }

  cells = g_ptr_array_new_with_free_func (g_free);
  p = text;
  while (TRUE)
    {
      gboolean end_of_line = FALSE;

      g_string_truncate (cell, 0);
      if (*p == '"')
        {
          /* A quoted cell: "" is a quote, the cell ends at the closing quote. */
          p++;
          while (*p != '\0')
            {
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (cell, '"');
                  p += 2;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (cell, *p++);
            }
          /* Anything after the closing quote up to the separator belongs to the cell. */
          while (*p != '\0' && *p != '\t' && *p != '\n' && *p != '\r')
            g_string_append_c (cell, *p++);
        }
      else
        while (*p != '\0' && *p != '\t' && *p != '\n' && *p != '\r')
          g_string_append_c (cell, *p++);

      if (g_utf8_strlen (cell->str, -1) > KD_PLAN_PASTE_MAX_CELL_CHARS)
        {
          g_set_error (error, KD_ERROR, KD_ERROR_TOO_LARGE,
                       _ ("Cell %u of copied row %u is too long (%ld characters, at most %d). Nothing was pasted: shorten that cell in the spreadsheet and copy again."),
                       cells->len + 1, paste->rows->len + 1, g_utf8_strlen (cell->str, -1), KD_PLAN_PASTE_MAX_CELL_CHARS);
          return NULL;
        }
      g_ptr_array_add (cells, g_strdup (cell->str));

      if (*p == '\t')
        p++;
      else
        {
          end_of_line = TRUE;
          if (*p == '\r')
            p++;
          if (*p == '\n')
            p++;
        }
      if (end_of_line)
        {
          if (!line_is_blank (cells))
            {
              if (paste->rows->len >= KD_PLAN_PASTE_MAX_ROWS)
                {
                  g_set_error (error, KD_ERROR, KD_ERROR_TOO_LARGE,
                               _ ("The copied text has more than %d rows. Nothing was pasted: copy fewer rows at a time."),
                               KD_PLAN_PASTE_MAX_ROWS);
                  return NULL;
                }
              paste->n_columns = MAX (paste->n_columns, cells->len);
              g_ptr_array_add (cells, NULL);
              g_ptr_array_add (paste->rows, g_ptr_array_steal (cells, NULL));
            }
          g_ptr_array_set_size (cells, 0);
          if (*p == '\0')
            break;
        }
    }
  if (paste->rows->len == 0)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE,
                   _ ("There is nothing to paste. Copy cells from a spreadsheet first."));
      return NULL;
    }
  return g_steal_pointer (&paste);
}

static int
find_column_by_title (const char                *text,
                      const KdPlanColumn *const *columns,
                      guint                      n_columns)
{
  g_autofree char *folded = g_strstrip (kd_text_fold (text));

  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *title = kd_text_fold (_ (columns[c]->title));

      if (*folded != '\0' && g_str_equal (folded, title))
        return c;
    }
  return -1;
}

/**
 * kd_plan_paste_guess_mapping:
 * @matches: (out): TRUE when every pasted column found its place without asking
 *
 * Which grid column each pasted column goes to (-1: left out).  A first line naming the grid's
 * column titles (copied from the app, or typed as headers) places the columns by name and is not
 * pasted as a row; otherwise columns go in order.
 *
 * Returns: (transfer full): paste->n_columns indexes into @columns
 */
int *
kd_plan_paste_guess_mapping (KdPlanPaste               *paste,
                             const KdPlanColumn *const *columns,
                             guint                      n_columns,
                             gboolean                  *matches)
{
  int   *mapping = g_new (int, MAX (paste->n_columns, 1));
  char **first;
  guint  named = 0, filled = 0;

  g_return_val_if_fail (paste != NULL && columns != NULL && matches != NULL, NULL);

  first = g_ptr_array_index (paste->rows, 0);
  for (guint i = 0; i < paste->n_columns; i++)
    {
      const char *text = i < g_strv_length (first) ? first[i] : "";

      mapping[i] = find_column_by_title (text, columns, n_columns);
      filled += !kd_text_is_blank (text);
      named += mapping[i] >= 0;
    }
  paste->has_header = named > 0 && named * 2 >= filled;
  if (paste->has_header)
    {
      *matches = named == filled;
      return mapping;
    }
  for (guint i = 0; i < paste->n_columns; i++)
    mapping[i] = i < n_columns ? (int)i : -1;
  *matches = paste->n_columns == n_columns;
  return mapping;
}

/**
 * kd_plan_paste_apply:
 * @targets: (nullable): rows to write over, in order (the selection); lines beyond them become
 *   new rows
 * @position: where new rows go in the document's plan
 *
 * Checks every pasted cell first (dates, money, statuses, criteria); one refused cell refuses the
 * whole paste with a message naming its row and column, and nothing changes.  Otherwise the paste
 * is one undo step.
 *
 * Returns: (transfer full): the rows written and added, or NULL with @error set
 */
GPtrArray *
kd_plan_paste_apply (KdDocument                *document,
                     KdPlanPaste               *paste,
                     const KdPlanColumn *const *columns,
                     const int                 *mapping,
                     GPtrArray                 *targets,
                     guint                      position,
                     GError                   **error)
{
  KdFramework *framework;
  GListModel  *plan;
  g_autoptr (GPtrArray) parsed = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *changed;
  guint      first_line;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (paste != NULL && columns != NULL && mapping != NULL, NULL);

  if (!kd_document_is_editable (document))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_READ_ONLY, _ ("This assessment is open read-only: nothing can be pasted into it."));
      return NULL;
    }
  framework = kd_document_get_framework (document);
  plan = kd_document_get_plan (document);
  first_line = paste->has_header ? 1 : 0;

  for (guint r = first_line; r < paste->rows->len; r++)
    {
      char     **cells = g_ptr_array_index (paste->rows, r);
      KdPlanRow *row = kd_plan_row_new ();

      g_ptr_array_add (parsed, row);
      for (guint c = 0; cells[c] != NULL && c < paste->n_columns; c++)
        {
          g_autoptr (GError) local = NULL;

          if (mapping[c] < 0)
            continue;
          if (!kd_plan_row_set_from_text (row, framework, columns[mapping[c]]->field, cells[c], &local))
            {
              g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE,
                           _ ("Copied row %u, column “%s”: %s Nothing was pasted."), r - first_line + 1,
                           _ (columns[mapping[c]]->title), local->message);
              return NULL;
            }
        }
    }
  if (parsed->len == 0)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE, _ ("The copied text holds only column titles: there is no row to paste."));
      return NULL;
    }

  changed = g_ptr_array_new_with_free_func (g_object_unref);
  position = MIN (position, g_list_model_get_n_items (plan));
  kd_document_begin_group (document, _ ("Paste rows"));
  for (guint r = 0; r < parsed->len; r++)
    {
      KdPlanRow *row = g_ptr_array_index (parsed, r);

      if (targets != NULL && r < targets->len)
        {
          KdPlanRow *target = g_ptr_array_index (targets, r);

          for (guint c = 0; c < paste->n_columns; c++)
            {
              g_auto (GValue) value = G_VALUE_INIT;
              const char *field;

              if (mapping[c] < 0)
                continue;
              field = columns[mapping[c]]->field;
              g_object_get_property (G_OBJECT (row), field, &value);
              g_object_set_property (G_OBJECT (target), field, &value);
            }
          g_ptr_array_add (changed, g_object_ref (target));
        }
      else
        {
          kd_document_insert_item (document, plan, position++, KD_ITEM (row));
          g_ptr_array_add (changed, g_object_ref (row));
        }
    }
  kd_document_end_group (document);
  return changed;
}

/* ---- row commands ------------------------------------------------------------------- */

KdPlanRow *
kd_plan_insert_row (KdDocument *document,
                    guint       position,
                    const char *criterion)
{
  g_autoptr (KdPlanRow) row = kd_plan_row_new ();

  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);
  if (criterion != NULL)
    g_object_set (row, "criterion", criterion, NULL);
  kd_document_insert_item (document, kd_document_get_plan (document), position, KD_ITEM (row));
  return row; /* the plan holds it */
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

/* The positions of @rows in the plan, ascending; rows not in the plan are left out. */
static GArray *
positions_of (KdDocument *document,
              GPtrArray  *rows)
{
  GListModel *plan = kd_document_get_plan (document);
  GArray     *positions = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      guint position;

      if (g_list_store_find (G_LIST_STORE (plan), g_ptr_array_index (rows, i), &position))
        g_array_append_val (positions, position);
    }
  g_array_sort (positions, compare_uint);
  return positions;
}

void
kd_plan_remove_rows (KdDocument *document,
                     GPtrArray  *rows)
{
  g_autoptr (GArray) positions = NULL;

  g_return_if_fail (KD_IS_DOCUMENT (document));
  positions = positions_of (document, rows);
  if (positions->len == 0)
    return;
  kd_document_begin_group (document, _ ("Delete rows"));
  for (guint i = positions->len; i > 0; i--)
    kd_document_remove_item (document, kd_document_get_plan (document), g_array_index (positions, guint, i - 1));
  kd_document_end_group (document);
}

/* Each copy goes right under its row; one undo step.  Returns the copies. */
GPtrArray *
kd_plan_duplicate_rows (KdDocument *document,
                        GPtrArray  *rows)
{
  GListModel *plan;
  GPtrArray  *copies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GArray) positions = NULL;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), copies);
  plan = kd_document_get_plan (document);
  positions = positions_of (document, rows);
  if (positions->len == 0)
    return copies;
  kd_document_begin_group (document, _ ("Duplicate rows"));
  for (guint i = positions->len; i > 0; i--)
    {
      guint position = g_array_index (positions, guint, i - 1);
      g_autoptr (KdItem) original = g_list_model_get_item (plan, position);
      KdItem *copy = kd_item_duplicate (original);

      kd_document_insert_item (document, plan, position + 1, copy);
      g_ptr_array_insert (copies, 0, copy);
    }
  kd_document_end_group (document);
  return copies;
}

/* Moves the rows one place up (-1) or down (+1) together; FALSE when one is already at the
 * edge (nothing moves). */
gboolean
kd_plan_move_rows (KdDocument *document,
                   GPtrArray  *rows,
                   int         direction)
{
  GListModel *plan;
  guint       n;
  g_autoptr (GArray) positions = NULL;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (direction == -1 || direction == 1, FALSE);
  plan = kd_document_get_plan (document);
  n = g_list_model_get_n_items (plan);
  positions = positions_of (document, rows);
  if (positions->len == 0)
    return FALSE;
  if (direction < 0 && g_array_index (positions, guint, 0) == 0)
    return FALSE;
  if (direction > 0 && g_array_index (positions, guint, positions->len - 1) == n - 1)
    return FALSE;
  kd_document_begin_group (document, _ ("Move rows"));
  if (direction < 0)
    for (guint i = 0; i < positions->len; i++)
      {
        guint position = g_array_index (positions, guint, i);

        kd_document_move_item (document, plan, position, position - 1);
      }
  else
    for (guint i = positions->len; i > 0; i--)
      {
        guint position = g_array_index (positions, guint, i - 1);

        kd_document_move_item (document, plan, position, position + 1);
      }
  kd_document_end_group (document);
  return TRUE;
}

/* ---- rows from the weaknesses ------------------------------------------------------- */

static gboolean
plan_has_row (KdDocument *document,
              GPtrArray  *proposed,
              const char *criterion,
              const char *target)
{
  GListModel      *plan = kd_document_get_plan (document);
  g_autofree char *folded = g_strstrip (kd_text_fold (target));
  guint            n = g_list_model_get_n_items (plan);

  for (guint i = 0; i < n + proposed->len; i++)
    {
      g_autoptr (KdPlanRow) row = i < n ? g_list_model_get_item (plan, i) : g_object_ref (g_ptr_array_index (proposed, i - n));
      g_autofree char *other = NULL;

      if (!g_str_equal (kd_plan_row_get_criterion (row), criterion))
        continue;
      other = g_strstrip (kd_text_fold (kd_plan_row_get_target (row)));
      if (g_str_equal (other, folded))
        return TRUE;
    }
  return FALSE;
}

static void
propose (KdDocument *document,
         GPtrArray  *proposed,
         const char *criterion,
         const char *issue,
         const char *target)
{
  KdPlanRow *row;

  if (plan_has_row (document, proposed, criterion, target))
    return;
  row = kd_plan_row_new ();
  g_object_set (row, "criterion", criterion, "issue", issue != NULL ? issue : "", "target", target, NULL);
  g_ptr_array_add (proposed, row);
}

/**
 * kd_plan_propose_below_level:
 * @target_level: the level the school aims at (capped at each criterion's highest level)
 *
 * One row per criterion below @target_level, its target naming the indicators still to meet
 * ("Đạt Mức 2: đáp ứng chỉ báo 1b, 2a"), its issue the weaknesses the council recorded.  Rows the
 * plan already has for the same criterion and target are not proposed again.
 *
 * Returns: (transfer full): new KdPlanRow objects, not yet in the plan
 */
GPtrArray *
kd_plan_propose_below_level (KdDocument   *document,
                             KdEvaluation *evaluation,
                             guint         target_level)
{
  GPtrArray *proposed = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (KD_IS_DOCUMENT (document), proposed);
  g_return_val_if_fail (evaluation != NULL, proposed);

  for (guint i = 0; i < evaluation->criteria->len; i++)
    {
      const KdCriterionResult *result = g_ptr_array_index (evaluation->criteria, i);
      const KdCriterionDef    *def = result->def;
      guint                    goal = MIN (target_level, def->top_level);
      g_autoptr (GString) missing = g_string_new (NULL);
      g_autofree char   *target = NULL;
      KdCriterionRecord *record;

      if (goal == 0 || result->level >= goal)
        continue;
      for (guint k = 0; k < def->indicators->len; k++)
        {
          const KdIndicatorDef *indicator = g_ptr_array_index (def->indicators, k);

          if (indicator->level > goal || kd_criterion_result_state_of (result, indicator->id) == KD_STATE_MET)
            continue;
          g_string_append_printf (missing, "%s%s", missing->len > 0 ? ", " : "", indicator->id);
        }
      target = g_strdup_printf (_ ("Reach Level %u: meet indicators %s"), goal, missing->str);
      record = kd_document_get_criterion (document, def->code);
      propose (document, proposed, def->code, record != NULL ? kd_criterion_record_get_weaknesses (record) : "", target);
    }
  return proposed;
}

/**
 * kd_plan_propose_from_weaknesses:
 *
 * One row per weakness the council recorded (per criterion, or per standard where the framework
 * records them per standard), its target the improvement written next to it.
 *
 * Returns: (transfer full): new KdPlanRow objects, not yet in the plan
 */
GPtrArray *
kd_plan_propose_from_weaknesses (KdDocument *document)
{
  GPtrArray   *proposed = g_ptr_array_new_with_free_func (g_object_unref);
  KdFramework *framework;
  GPtrArray   *criteria, *standards;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), proposed);
  framework = kd_document_get_framework (document);

  standards = kd_framework_get_standards (framework);
  for (guint i = 0; i < standards->len; i++)
    {
      const KdStandardDef *standard = g_ptr_array_index (standards, i);
      KdStandardRecord    *record = kd_document_get_standard (document, standard->number);
      g_autofree char     *issue = NULL;
      g_autofree char     *target = NULL;

      if (record == NULL || kd_text_is_blank (kd_standard_record_get_weaknesses (record)))
        continue;
      issue = g_strdup_printf (_ ("Standard %u: %s"), standard->number, kd_standard_record_get_weaknesses (record));
      target = kd_text_is_blank (kd_standard_record_get_improvement (record))
                   ? g_strdup_printf (_ ("Overcome the weaknesses of standard %u"), standard->number)
                   : kd_text_strip (kd_standard_record_get_improvement (record));
      propose (document, proposed, "", issue, target);
    }

  criteria = kd_framework_get_criteria (framework);
  for (guint i = 0; i < criteria->len; i++)
    {
      const KdCriterionDef *def = g_ptr_array_index (criteria, i);
      KdCriterionRecord    *record = kd_document_get_criterion (document, def->code);
      g_autofree char      *issue = NULL;
      g_autofree char      *target = NULL;

      if (record == NULL || kd_text_is_blank (kd_criterion_record_get_weaknesses (record)))
        continue;
      issue = kd_text_strip (kd_criterion_record_get_weaknesses (record));
      target = kd_text_is_blank (kd_criterion_record_get_improvement (record))
                   ? g_strdup_printf (_ ("Overcome the weaknesses of criterion %s"), def->code)
                   : kd_text_strip (kd_criterion_record_get_improvement (record));
      propose (document, proposed, def->code, issue, target);
    }
  return proposed;
}

/* Appends the proposed rows to the plan as one undo step; returns how many. */
guint
kd_plan_add_proposed (KdDocument *document,
                      GPtrArray  *proposed)
{
  g_return_val_if_fail (KD_IS_DOCUMENT (document), 0);
  if (proposed == NULL || proposed->len == 0)
    return 0;
  kd_document_begin_group (document, _ ("Create rows from the weaknesses"));
  for (guint i = 0; i < proposed->len; i++)
    kd_document_append_item (document, kd_document_get_plan (document), g_ptr_array_index (proposed, i));
  kd_document_end_group (document);
  return proposed->len;
}

/* ---- names and reviews ------------------------------------------------------------- */

static void
add_name (GHashTable *seen,
          GPtrArray  *names,
          const char *name)
{
  g_autofree char *stripped = kd_text_strip (name);
  char            *folded;

  if (*stripped == '\0')
    return;
  folded = kd_text_fold (stripped);
  if (g_hash_table_contains (seen, folded))
    {
      g_free (folded);
      return;
    }
  g_hash_table_add (seen, folded);
  g_ptr_array_add (names, g_steal_pointer (&stripped));
}

static void
add_names_in (GHashTable *seen,
              GPtrArray  *names,
              const char *text)
{
  g_auto (GStrv) parts = g_strsplit_set (text, ",;\n", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    add_name (seen, names, parts[i]);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return kd_text_compare (*(const char *const *)a, *(const char *const *)b);
}

/**
 * kd_plan_collect_names:
 *
 * What the owner, partner and supervisor cells offer: the council's members and groups, and
 * every name already used in the plan (a cell "Tổ Toán, Tổ Văn" gives two), once each, in
 * Vietnamese alphabetical order.
 *
 * Returns: (transfer full) (element-type utf8)
 */
GPtrArray *
kd_plan_collect_names (KdDocument *document)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *list;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), names);

  list = kd_document_get_members (document);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (KdMember) member = g_list_model_get_item (list, i);

      add_name (seen, names, kd_member_get_name (member));
    }
  list = kd_document_get_groups (document);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (KdGroup) group = g_list_model_get_item (list, i);

      add_name (seen, names, kd_group_get_name (group));
    }
  list = kd_document_get_plan (document);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (KdPlanRow) row = g_list_model_get_item (list, i);

      add_names_in (seen, names, kd_plan_row_get_owner (row));
      add_names_in (seen, names, kd_plan_row_get_partners (row));
      add_names_in (seen, names, kd_plan_row_get_supervisor (row));
    }
  g_ptr_array_sort (names, compare_names);
  return names;
}

/* The review with the latest date (the later in the list when two share a date), or NULL. */
KdReview *
kd_plan_get_latest_review (KdDocument *document)
{
  GListModel *reviews;
  KdReview   *latest = NULL;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);
  reviews = kd_document_get_reviews (document);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr (KdReview) review = g_list_model_get_item (reviews, i);

      if (latest == NULL || g_strcmp0 (kd_review_get_date (review), kd_review_get_date (latest)) >= 0)
        latest = review;
    }
  return latest; /* the document holds it */
}

/* The status the latest review gave @row; FALSE when no review looked at it. */
gboolean
kd_plan_row_get_review_status (KdDocument     *document,
                               KdPlanRow      *row,
                               KdPlanStatus   *status,
                               KdReviewEntry **entry)
{
  KdReview      *latest;
  KdReviewEntry *found;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (KD_IS_PLAN_ROW (row), FALSE);
  latest = kd_plan_get_latest_review (document);
  found = latest != NULL ? kd_review_lookup_entry (latest, kd_item_get_id (KD_ITEM (row))) : NULL;
  if (found == NULL)
    return FALSE;
  if (status != NULL)
    *status = kd_review_entry_get_status (found);
  if (entry != NULL)
    *entry = found;
  return TRUE;
}

/**
 * kd_plan_add_review:
 * @date: the day of the review
 *
 * Records a new review (theo dõi, đánh giá thực hiện) dated @date with one entry per plan row,
 * each starting from the row's current status; one undo step.
 *
 * Returns: (transfer none): the review, held by the document
 */
KdReview *
kd_plan_add_review (KdDocument  *document,
                    const GDate *date)
{
  g_autoptr (KdReview) review = kd_review_new ();
  g_autofree char *iso = NULL;
  GListModel      *plan;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  iso = kd_date_to_iso (date);
  plan = kd_document_get_plan (document);
  kd_document_begin_group (document, _ ("Add a review"));
  kd_document_append_item (document, kd_document_get_reviews (document), KD_ITEM (review));
  g_object_set (review, "date", iso, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (plan); i++)
    {
      g_autoptr (KdPlanRow) row = g_list_model_get_item (plan, i);
      g_autoptr (KdReviewEntry) entry = kd_review_entry_new (kd_item_get_id (KD_ITEM (row)), kd_plan_row_get_status (row));

      kd_document_append_item (document, kd_review_get_entries (review), KD_ITEM (entry));
    }
  kd_document_end_group (document);
  return review;
}

/**
 * kd_plan_review_set_row:
 * @comment: (nullable): NULL leaves the comment as it is
 *
 * What @review found for @row: its status and a short comment.  A row added to the plan after
 * the review gets its entry now.  Nothing is recorded when nothing changes.
 *
 * Returns: TRUE if something changed
 */
gboolean
kd_plan_review_set_row (KdDocument  *document,
                        KdReview    *review,
                        KdPlanRow   *row,
                        KdPlanStatus status,
                        const char  *comment)
{
  KdReviewEntry *entry;

  g_return_val_if_fail (KD_IS_DOCUMENT (document) && KD_IS_REVIEW (review) && KD_IS_PLAN_ROW (row), FALSE);
  entry = kd_review_lookup_entry (review, kd_item_get_id (KD_ITEM (row)));
  if (entry != NULL && kd_review_entry_get_status (entry) == status &&
      (comment == NULL || g_strcmp0 (kd_review_entry_get_comment (entry), comment) == 0))
    return FALSE;
  kd_document_begin_group (document, _ ("Review a row"));
  if (entry == NULL)
    {
      g_autoptr (KdReviewEntry) added = kd_review_entry_new (kd_item_get_id (KD_ITEM (row)), status);

      kd_document_append_item (document, kd_review_get_entries (review), KD_ITEM (added));
      entry = added;
    }
  if (kd_review_entry_get_status (entry) != status)
    g_object_set (entry, "status", status, NULL);
  if (comment != NULL && g_strcmp0 (kd_review_entry_get_comment (entry), comment) != 0)
    g_object_set (entry, "comment", comment, NULL);
  kd_document_end_group (document);
  return TRUE;
}
