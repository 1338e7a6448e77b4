/* test-review.c — the reminder to review the improvement plan (TT 57: twice a school year) */
#include "config.h"

#include <string.h>

#include "kd-review-check.h"
#include "kd-test-util.h"

static KdDocument *
tt57_document (const char *school_year)
{
  KdDocument *document = kd_document_new (kd_test_framework ("tt57-2026-pt"));

  g_object_set (kd_document_get_cycle (document), "school-year", school_year, NULL);
  return document;
}

static void
add_review (KdDocument *document,
            const char *date)
{
  g_autoptr (KdReview) review = kd_review_new ();

  g_object_set (review, "date", date, NULL);
  kd_document_append_item (document, kd_document_get_reviews (document), KD_ITEM (review));
}

static KdProblemList *
check_on (KdDocument *document,
          guint       day,
          GDateMonth  month,
          guint       year)
{
  g_autoptr (GDate) today = g_date_new_dmy (day, month, year);

  return kd_document_check_reviews (document, today);
}

static const char *
message (KdProblemList *problems,
         guint          index)
{
  g_assert_cmpuint (index, <, problems->items->len);
  return ((KdProblem *)g_ptr_array_index (problems->items, index))->message;
}

static void
test_due_dates (void)
{
  GDate due;

  g_assert_true (kd_review_due_date (2026, 1, 2, &due));
  g_assert_cmpuint (g_date_get_day (&due), ==, 31);
  g_assert_cmpuint (g_date_get_month (&due), ==, G_DATE_JANUARY);
  g_assert_cmpuint (g_date_get_year (&due), ==, 2027);
  g_assert_true (kd_review_due_date (2026, 2, 2, &due));
  g_assert_cmpuint (g_date_get_day (&due), ==, 31);
  g_assert_cmpuint (g_date_get_month (&due), ==, G_DATE_MAY);
  g_assert_cmpuint (g_date_get_year (&due), ==, 2027);
  /* One review a year: by the end of the year; a leap February for three. */
  g_assert_true (kd_review_due_date (2027, 1, 1, &due));
  g_assert_cmpuint (g_date_get_month (&due), ==, G_DATE_MAY);
  g_assert_true (kd_review_due_date (2027, 2, 3, &due));
  g_assert_cmpuint (g_date_get_month (&due), ==, G_DATE_FEBRUARY);
  g_assert_cmpuint (g_date_get_day (&due), ==, 29);
  g_assert_false (kd_review_due_date (2026, 3, 2, &due));
  g_assert_false (kd_review_due_date (2026, 0, 2, &due));
}

/* A new TT 57 assessment: no review yet, none due yet — a reminder, not an alarm. */
static void
test_none_yet (void)
{
  g_autoptr (KdDocument) document = tt57_document ("2026-2027");
  g_autoptr (KdProblemList) problems = check_on (document, 3, G_DATE_DECEMBER, 2026);

  g_assert_cmpuint (problems->items->len, ==, 1);
  g_assert_cmpstr (message (problems, 0), ==,
                   "Năm học 2026-2027: mới ghi nhận 0 trong 2 lần rà soát kế hoạch cải tiến mà Thông tư 57/2026/TT-BGDĐT (phổ thông) yêu cầu.");
}

/* After 31 January without a review, the semester I review is overdue. */
static void
test_overdue (void)
{
  g_autoptr (KdDocument) document = tt57_document ("2026-2027");
  g_autoptr (KdProblemList) february = check_on (document, 1, G_DATE_FEBRUARY, 2027);
  g_autoptr (KdProblemList) late = NULL;
  g_autoptr (KdProblemList) june = NULL;

  g_assert_cmpuint (february->items->len, ==, 1);
  g_assert_nonnull (strstr (message (february, 0), "lần rà soát thứ 1"));
  g_assert_nonnull (strstr (message (february, 0), "31/01/2027"));

  /* A late review in March still counts: the year has one of its two, the second is not due. */
  add_review (document, "2027-03-10");
  late = check_on (document, 1, G_DATE_APRIL, 2027);
  g_assert_cmpuint (late->items->len, ==, 1);
  g_assert_null (strstr (message (late, 0), "lần rà soát thứ"));
  g_assert_nonnull (strstr (message (late, 0), "mới ghi nhận 1 trong 2"));

  /* June with one review: the end-of-year review is overdue. */
  june = check_on (document, 1, G_DATE_JUNE, 2027);
  g_assert_cmpuint (june->items->len, ==, 1);
  g_assert_nonnull (strstr (message (june, 0), "lần rà soát thứ 2"));
  g_assert_nonnull (strstr (message (june, 0), "31/05/2027"));
  add_review (document, "2027-06-05");
  g_clear_pointer (&june, kd_problem_list_free);
  june = check_on (document, 10, G_DATE_JUNE, 2027);
  g_assert_cmpuint (june->items->len, ==, 0);
}

/* Two reviews on time: nothing to say; a review dated in the next school year counts there. */
static void
test_on_time_and_other_years (void)
{
  g_autoptr (KdDocument) document = tt57_document ("2026-2027");
  g_autoptr (KdProblemList) problems = NULL;
  g_autoptr (KdProblemList) later = NULL;

  add_review (document, "2027-01-15");
  add_review (document, "2027-05-20");
  problems = check_on (document, 20, G_DATE_JULY, 2027);
  g_assert_cmpuint (problems->items->len, ==, 0);

  add_review (document, "2027-09-30");
  later = check_on (document, 1, G_DATE_OCTOBER, 2027);
  g_assert_cmpuint (later->items->len, ==, 1);
  g_assert_nonnull (strstr (message (later, 0), "Năm học 2027-2028"));
  g_assert_nonnull (strstr (message (later, 0), "1 trong 2"));
}

/* A review without a date counts nowhere, and says so; no school year at all still reminds. */
static void
test_undated_and_no_year (void)
{
  g_autoptr (KdDocument) document = tt57_document ("");
  g_autoptr (KdProblemList) empty = check_on (document, 1, G_DATE_MARCH, 2027);
  g_autoptr (KdProblemList) undated = NULL;

  g_assert_cmpuint (empty->items->len, ==, 1);
  g_assert_nonnull (strstr (message (empty, 0), "Chưa ghi nhận lần rà soát"));

  add_review (document, "");
  undated = check_on (document, 1, G_DATE_MARCH, 2027);
  g_assert_cmpuint (undated->items->len, ==, 2);
  g_assert_nonnull (strstr (message (undated, 0), "chưa có ngày"));
}

/* The 2018 circulars ask for no review: the bundled TT 18 sample has one, and no reminder. */
static void
test_2018_asks_nothing (void)
{
  g_autoptr (KdDocument) document = kd_test_load_fixture ("seed-000-van-hoa.kdcl");
  g_autoptr (KdProblemList) problems = check_on (document, 1, G_DATE_JUNE, 2030);

  g_assert_cmpuint (problems->items->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  kd_test_init (&argc, &argv);
  g_test_add_func ("/review/due-dates", test_due_dates);
  g_test_add_func ("/review/none-yet", test_none_yet);
  g_test_add_func ("/review/overdue", test_overdue);
  g_test_add_func ("/review/on-time-and-other-years", test_on_time_and_other_years);
  g_test_add_func ("/review/undated-and-no-year", test_undated_and_no_year);
  g_test_add_func ("/review/2018-asks-nothing", test_2018_asks_nothing);
  return g_test_run ();
}
