/* kd-review-check.c
 *
 * A school year runs from 1 August to 31 July; its teaching months are September to May.  With
 * N reviews a year, review i is due by the end of the month that closes the i-th N-th of those
 * nine months: for two reviews, 31 January (end of semester I) and 31 May (end of the year).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-review-check.h"
#include "kd-text.h"

#define TEACHING_MONTHS 9

/* The school year a date belongs to, by its first calendar year: 2027-01-20 → 2026. */
static guint
school_year_of (const GDate *date)
{
  guint year = g_date_get_year (date);

  return g_date_get_month (date) >= G_DATE_AUGUST ? year : year - 1;
}

/**
 * kd_review_due_date:
 * @first_year: the school year, by its first calendar year (2026 for 2026-2027)
 * @number: which review of the year, from 1
 * @per_year: how many reviews the framework asks for in a school year
 * @due: (out): the last day the review is on time
 *
 * Returns: FALSE when @number is not one of the year's @per_year reviews
 */
gboolean
kd_review_due_date (guint  first_year,
                    guint  number,
                    guint  per_year,
                    GDate *due)
{
  guint months, month, year;

  g_return_val_if_fail (due != NULL, FALSE);
  if (number == 0 || number > per_year || first_year == 0 || first_year >= G_MAXUINT16)
    return FALSE;
  /* Months counted from September, rounded up: review 1 of 2 closes month 5, January. */
  months = (TEACHING_MONTHS * number + per_year - 1) / per_year;
  month = G_DATE_SEPTEMBER + months - 1;
  year = first_year;
  if (month > 12)
    {
      month -= 12;
      year++;
    }
  g_date_clear (due, 1);
  g_date_set_dmy (due, g_date_get_days_in_month (month, year), month, year);
  return TRUE;
}

static void
check_year (KdProblemList *problems,
            KdFramework   *framework,
            guint          first_year,
            GArray        *dates,
            const GDate   *today)
{
  guint            per_year = kd_framework_get_reviews_per_year (framework);
  g_autofree char *label = g_strdup_printf ("%u-%u", first_year, first_year + 1);
  guint            done = 0;
  GDate            due;

  for (guint i = 0; i < dates->len; i++)
    if (school_year_of (&g_array_index (dates, GDate, i)) == first_year)
      done++;
  if (done >= per_year)
    return;
  /* The next review is overdue once its date has passed; a late review still counts, as the aim
   * is the reviews themselves, not the calendar. */
  if (kd_review_due_date (first_year, done + 1, per_year, &due) && g_date_compare (today, &due) > 0)
    {
      g_autofree char *due_iso = kd_date_to_iso (&due);
      g_autofree char *due_text = kd_date_format_user (due_iso);

      kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, _ ("improvement plan"),
                           _ ("School year %s: review %u of the improvement plan was due by %s and is not recorded (%u of the %u reviews %s asks for are done)."),
                           label, done + 1, due_text, done, per_year, kd_framework_get_short_title (framework));
    }
  else
    kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, _ ("improvement plan"),
                         _ ("School year %s: %u of the %u reviews of the improvement plan that %s asks for are recorded."),
                         label, done, per_year, kd_framework_get_short_title (framework));
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

/**
 * kd_document_check_reviews:
 * @today: the date to judge "overdue" against
 *
 * For frameworks that ask for reviews of the improvement plan: each school year of the
 * assessment cycle or of a recorded review with fewer reviews than asked for, or with a review
 * past its due date; and reviews without a date, which count for no year.
 *
 * Returns: (transfer full): the reminders, oldest school year first; empty when all is well
 */
KdProblemList *
kd_document_check_reviews (KdDocument  *self,
                           const GDate *today)
{
  KdProblemList *problems = kd_problem_list_new ();
  KdFramework   *framework;
  GListModel    *reviews;
  guint          per_year;
  guint          cycle_year = 0;
  g_autoptr (GArray) dates = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autoptr (GArray) years = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (KD_IS_DOCUMENT (self), problems);
  g_return_val_if_fail (today != NULL && g_date_valid (today), problems);

  framework = kd_document_get_framework (self);
  per_year = kd_framework_get_reviews_per_year (framework);
  if (per_year == 0)
    return problems;

  reviews = kd_document_get_reviews (self);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr (KdReview) review = g_list_model_get_item (reviews, i);
      GDate date;

      g_date_clear (&date, 1);
      if (kd_date_parse_iso (kd_review_get_date (review), &date))
        g_array_append_val (dates, date);
      else
        {
          g_autofree char *where = g_strdup_printf ("%s %u", _ ("review"), i + 1);

          kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, where,
                               _ ("this review of the improvement plan has no date, so it counts for no school year"));
        }
    }

  if (kd_school_year_parse (kd_cycle_get_school_year (kd_document_get_cycle (self)), &cycle_year))
    g_array_append_val (years, cycle_year);
  for (guint i = 0; i < dates->len; i++)
    {
      guint    year = school_year_of (&g_array_index (dates, GDate, i));
      gboolean known = FALSE;

      for (guint j = 0; j < years->len; j++)
        known |= g_array_index (years, guint, j) == year;
      if (!known)
        g_array_append_val (years, year);
    }
  g_array_sort (years, compare_years);

  if (years->len == 0)
    kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, _ ("improvement plan"),
                         _ ("No review of the improvement plan is recorded; %s asks for at least %u each school year."),
                         kd_framework_get_short_title (framework), per_year);
  for (guint i = 0; i < years->len; i++)
    check_year (problems, framework, g_array_index (years, guint, i), dates, today);
  return problems;
}
