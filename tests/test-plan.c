/* test-plan.c — the rules of the improvement-plan grid: marks, totals, filter, order, copy and
 * paste, row commands, rows from the weaknesses, names, reviews */
#include "config.h"

#include <string.h>

#include "kd-error.h"
#include "kd-package.h"
#include "kd-plan-tools.h"
#include "kd-test-util.h"
#include "kd-text.h"

static KdDocument *
new_document (const char *framework)
{
  return kd_document_new (kd_test_framework (framework));
}

static KdPlanRow *
add_row (KdDocument  *document,
         const char  *criterion,
         const char  *owner,
         const char  *deadline,
         KdPlanStatus status,
         gint64       budget)
{
  KdPlanRow *row = kd_plan_insert_row (document, G_MAXUINT, criterion);

  g_object_set (row, "owner", owner, "deadline", deadline, "status", status, "budget", budget, NULL);
  return row;
}

static void
set_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_dmy (today, 15, G_DATE_MARCH, 2024);
}

static void
test_columns (void)
{
  guint                      n_5932, n_bieu2;
  const KdPlanColumn *const *old = kd_plan_get_columns (KD_PLAN_LAYOUT_5932, &n_5932);
  const KdPlanColumn *const *bieu2 = kd_plan_get_columns (KD_PLAN_LAYOUT_BIEU2, &n_bieu2);
  gboolean                   has_indicators = FALSE;
  GObjectClass              *klass;

  g_assert_cmpstr (old[0]->field, ==, "criterion");
  g_assert_cmpstr (bieu2[0]->field, ==, "criterion");
  g_assert_cmpuint (n_bieu2, >, n_5932);
  for (guint i = 0; i < n_5932; i++)
    g_assert_cmpstr (old[i]->field, !=, "indicators");
  for (guint i = 0; i < n_bieu2; i++)
    has_indicators |= g_str_equal (bieu2[i]->field, "indicators");
  g_assert_true (has_indicators);
  g_assert_cmpint (kd_plan_lookup_column ("budget")->kind, ==, KD_PLAN_CELL_MONEY);
  g_assert_cmpint (kd_plan_lookup_column ("deadline")->kind, ==, KD_PLAN_CELL_DATE);
  g_assert_null (kd_plan_lookup_column ("nonsense"));
  /* Every column is a property of a plan row. */
  klass = g_type_class_ref (KD_TYPE_PLAN_ROW);
  for (guint i = 0; i < n_bieu2; i++)
    g_assert_nonnull (g_object_class_find_property (klass, bieu2[i]->field));
  g_type_class_unref (klass);
}

static void
test_marks (void)
{
  g_autoptr (KdDocument) document = new_document ("tt18-2018");
  GDate            today;
  KdPlanRow       *late, *done, *cancelled, *empty;
  g_autofree char *text = NULL;

  set_today (&today);
  late = add_row (document, "1.1", "Nguyễn Văn An", "2024-03-14", KD_PLAN_STATUS_DOING, 0);
  done = add_row (document, "1.2", "", "2024-01-01", KD_PLAN_STATUS_DONE, 0);
  cancelled = add_row (document, "1.3", "", "", KD_PLAN_STATUS_CANCELLED, 0);
  empty = add_row (document, "", "", "", KD_PLAN_STATUS_TODO, 0);

  g_assert_cmpint (kd_plan_row_get_marks (late, &today), ==, KD_PLAN_MARK_OVERDUE);
  g_assert_cmpint (kd_plan_row_get_marks (done, &today), ==, KD_PLAN_MARK_NO_OWNER);
  g_assert_cmpint (kd_plan_row_get_marks (cancelled, &today), ==, KD_PLAN_MARK_NONE);
  g_assert_cmpint (kd_plan_row_get_marks (empty, &today), ==, KD_PLAN_MARK_NO_OWNER | KD_PLAN_MARK_NO_DEADLINE);
  /* Due today is not late yet. */
  g_object_set (late, "deadline", "2024-03-15", NULL);
  g_assert_cmpint (kd_plan_row_get_marks (late, &today), ==, KD_PLAN_MARK_NONE);

  text = kd_plan_marks_describe (KD_PLAN_MARK_OVERDUE | KD_PLAN_MARK_NO_OWNER);
  g_assert_nonnull (strstr (text, "Quá hạn"));
  g_assert_nonnull (strstr (text, "chủ trì"));
}

static void
test_totals (void)
{
  g_autoptr (KdDocument) document = new_document ("tt18-2018");
  GDate            today;
  KdPlanTotals     totals;
  g_autofree char *text = NULL;

  set_today (&today);
  add_row (document, "1.1", "A", "2024-01-01", KD_PLAN_STATUS_DOING, 1500000);
  add_row (document, "1.2", "B", "2024-06-01", KD_PLAN_STATUS_DOING, 0);
  add_row (document, "1.3", "C", "2023-06-01", KD_PLAN_STATUS_DONE, 2000000);
  add_row (document, "1.4", "D", "", KD_PLAN_STATUS_TODO, 500);
  kd_plan_totals_compute (kd_document_get_plan (document), &today, &totals);
  g_assert_cmpuint (totals.rows, ==, 4);
  g_assert_cmpuint (totals.done, ==, 1);
  g_assert_cmpuint (totals.doing, ==, 2);
  g_assert_cmpuint (totals.overdue, ==, 1);
  g_assert_cmpint (totals.budget, ==, 3500500);
  text = kd_plan_totals_describe (&totals);
  g_assert_nonnull (strstr (text, "3.500.500"));
  g_assert_nonnull (strstr (text, "Quá hạn: 1"));
}

static void
test_filter (void)
{
  g_autoptr (KdDocument) document = new_document ("tt18-2018");
  g_autoptr (KdPlanFilter) filter = kd_plan_filter_new (kd_document_get_framework (document));
  GDate      today;
  KdPlanRow *a, *b, *c;

  set_today (&today);
  kd_plan_filter_set_today (filter, &today);
  a = add_row (document, "1.1", "Trần Minh Đức", "2024-01-01", KD_PLAN_STATUS_DOING, 0);
  b = add_row (document, "2.3", "Hiệu trưởng", "2024-09-01", KD_PLAN_STATUS_TODO, 0);
  c = add_row (document, "", "Tổ Toán", "", KD_PLAN_STATUS_DONE, 0);
  g_object_set (b, "supervisor", "Phó hiệu trưởng", "target", "Tăng tỉ lệ học sinh giỏi", NULL);

  g_assert_true (kd_plan_filter_is_empty (filter));
  g_assert_true (kd_plan_filter_matches (filter, a) && kd_plan_filter_matches (filter, b) && kd_plan_filter_matches (filter, c));

  kd_plan_filter_set_standard (filter, 2);
  g_assert_false (kd_plan_filter_is_empty (filter));
  g_assert_false (kd_plan_filter_matches (filter, a));
  g_assert_true (kd_plan_filter_matches (filter, b));
  g_assert_false (kd_plan_filter_matches (filter, c));
  kd_plan_filter_set_standard (filter, 0);

  kd_plan_filter_set_criterion (filter, "");
  g_assert_true (kd_plan_filter_matches (filter, c));
  g_assert_false (kd_plan_filter_matches (filter, a));
  kd_plan_filter_set_criterion (filter, "1.1");
  g_assert_true (kd_plan_filter_matches (filter, a));
  g_assert_false (kd_plan_filter_matches (filter, c));
  kd_plan_filter_set_criterion (filter, NULL);

  kd_plan_filter_set_owner (filter, "duc");
  g_assert_true (kd_plan_filter_matches (filter, a));
  g_assert_false (kd_plan_filter_matches (filter, b));
  kd_plan_filter_set_owner (filter, NULL);

  kd_plan_filter_set_supervisor (filter, "PHÓ HIỆU");
  g_assert_true (kd_plan_filter_matches (filter, b));
  g_assert_false (kd_plan_filter_matches (filter, a));
  kd_plan_filter_set_supervisor (filter, "");

  kd_plan_filter_set_status (filter, KD_PLAN_STATUS_DONE);
  g_assert_true (kd_plan_filter_matches (filter, c));
  g_assert_false (kd_plan_filter_matches (filter, a));
  kd_plan_filter_set_status (filter, -1);

  kd_plan_filter_set_overdue_only (filter, TRUE);
  g_assert_true (kd_plan_filter_matches (filter, a));
  g_assert_false (kd_plan_filter_matches (filter, b));
  kd_plan_filter_set_overdue_only (filter, FALSE);

  /* Search ignores case and diacritics, words in any order, across every column as shown. */
  kd_plan_filter_set_search (filter, "hieu truong");
  g_assert_true (kd_plan_filter_matches (filter, b));
  g_assert_false (kd_plan_filter_matches (filter, a));
  kd_plan_filter_set_search (filter, "gioi  tang");
  g_assert_true (kd_plan_filter_matches (filter, b));
  kd_plan_filter_set_search (filter, "01/09/2024");
  g_assert_true (kd_plan_filter_matches (filter, b));
  kd_plan_filter_set_search (filter, "hoan thanh");
  g_assert_true (kd_plan_filter_matches (filter, c));
  g_assert_false (kd_plan_filter_matches (filter, a));
  /* An edit is seen by the next search (the folded text is not stale). */
  kd_plan_filter_set_search (filter, "ngoai khoa");
  g_assert_false (kd_plan_filter_matches (filter, a));
  g_object_set (a, "actions", "Tổ chức hoạt động ngoại khóa", NULL);
  g_assert_true (kd_plan_filter_matches (filter, a));
  kd_plan_filter_set_search (filter, "  ");
  g_assert_true (kd_plan_filter_is_empty (filter));
}

static int
compare_owner (gconstpointer a,
               gconstpointer b)
{
  return kd_plan_compare (*(KdPlanRow **)a, *(KdPlanRow **)b, "owner");
}

static void
test_compare (void)
{
  const char *names[] = { "Zô", "Đức", "Bình", "", "Ăn", "Dũng", "An", "Ân" };
  const char *sorted[] = { "An", "Ăn", "Ân", "Bình", "Dũng", "Đức", "Zô", "" };
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (KdPlanRow) x = kd_plan_row_new ();
  g_autoptr (KdPlanRow) y = kd_plan_row_new ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      KdPlanRow *row = kd_plan_row_new ();

      g_object_set (row, "owner", names[i], NULL);
      g_ptr_array_add (rows, row);
    }
  g_ptr_array_sort (rows, compare_owner);
  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    g_assert_cmpstr (kd_plan_row_get_owner (g_ptr_array_index (rows, i)), ==, sorted[i]);
  /* The cached keys follow an edit. */
  g_object_set (g_ptr_array_index (rows, 0), "owner", "Ý", NULL);
  g_ptr_array_sort (rows, compare_owner);
  g_assert_cmpstr (kd_plan_row_get_owner (g_ptr_array_index (rows, 5)), ==, "Ý");
  /* A cell emptied to spaces goes with the empty ones, after the names. */
  g_object_set (g_ptr_array_index (rows, 0), "owner", "  ", NULL);
  g_ptr_array_sort (rows, compare_owner);
  g_assert_cmpstr (kd_plan_row_get_owner (g_ptr_array_index (rows, 0)), ==, "Ân");
  g_assert_true (kd_text_is_blank (kd_plan_row_get_owner (g_ptr_array_index (rows, 6))));
  g_assert_true (kd_text_is_blank (kd_plan_row_get_owner (g_ptr_array_index (rows, 7))));

  g_assert_cmpint (kd_plan_compare_criteria ("1.9", "1.10"), <, 0);
  g_assert_cmpint (kd_plan_compare_criteria ("2.1", "1.10"), >, 0);
  g_assert_cmpint (kd_plan_compare_criteria ("", "5.1"), >, 0);
  g_assert_cmpint (kd_plan_compare_criteria ("3.2", "3.2"), ==, 0);

  g_object_set (x, "deadline", "2024-12-01", "budget", (gint64)900, "status", KD_PLAN_STATUS_DONE, NULL);
  g_object_set (y, "deadline", "2025-01-01", "budget", (gint64)10000, "status", KD_PLAN_STATUS_TODO, NULL);
  g_assert_cmpint (kd_plan_compare (x, y, "deadline"), <, 0);
  g_assert_cmpint (kd_plan_compare (x, y, "budget"), <, 0);
  g_assert_cmpint (kd_plan_compare (x, y, "status"), >, 0);
  g_object_set (x, "deadline", "", NULL);
  g_assert_cmpint (kd_plan_compare (x, y, "deadline"), >, 0);
}

static void
test_tsv_copy (void)
{
  g_autoptr (KdDocument) document = new_document ("tt18-2018");
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  const KdPlanColumn *const *columns;
  guint                      n;
  g_autofree char           *tsv = NULL;
  g_autoptr (KdPlanPaste) paste = NULL;
  g_autoptr (GError) error = NULL;
  KdPlanRow *row = add_row (document, "3.2", "Tổ Văn", "2024-05-31", KD_PLAN_STATUS_DOING, 1500000);
  char     **cells;

  g_object_set (row, "actions", "Bước 1\tchuẩn bị\nBước 2 \"họp\"", NULL);
  g_ptr_array_add (rows, row);
  columns = kd_plan_get_columns (KD_PLAN_LAYOUT_5932, &n);
  tsv = kd_plan_rows_to_tsv (rows, columns, n, FALSE);
  g_assert_true (g_str_has_prefix (tsv, "3.2\t\t\t\"Bước 1\tchuẩn bị\nBước 2 \"\"họp\"\"\"\tTổ Văn\t"));
  g_assert_nonnull (strstr (tsv, "\t31/05/2024\t1.500.000\t"));
  g_assert_nonnull (strstr (tsv, "\tĐang thực hiện\t"));

  paste = kd_plan_paste_parse (tsv, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (paste->rows->len, ==, 1);
  g_assert_cmpuint (paste->n_columns, ==, n);
  cells = g_ptr_array_index (paste->rows, 0);
  g_assert_cmpstr (cells[3], ==, "Bước 1\tchuẩn bị\nBước 2 \"họp\"");
  g_assert_cmpstr (cells[8], ==, "1.500.000");
}

static void
test_paste_parse (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KdPlanPaste) paste = NULL;
  g_autoptr (GString) huge = g_string_new (NULL);
  char **cells;

  paste = kd_plan_paste_parse ("a\tb\r\n\r\n  \t \r\nc\r\nd\te\tf", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (paste->rows->len, ==, 3);
  g_assert_cmpuint (paste->n_columns, ==, 3);
  cells = g_ptr_array_index (paste->rows, 1);
  g_assert_cmpstr (cells[0], ==, "c");
  g_assert_null (cells[1]);
  g_clear_pointer (&paste, kd_plan_paste_free);

  /* 100,000 characters in one cell: refused with a message that says what to do. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (huge, 'x');
  paste = kd_plan_paste_parse (huge->str, &error);
  g_assert_null (paste);
  g_assert_error (error, KD_ERROR, KD_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "100000"));
  g_assert_nonnull (strstr (error->message, "Chưa dán gì"));
  g_clear_error (&error);

  paste = kd_plan_paste_parse ("\xff\xfe bad", &error);
  g_assert_null (paste);
  g_assert_error (error, KD_ERROR, KD_ERROR_INVALID_UTF8);
  g_clear_error (&error);

  paste = kd_plan_paste_parse ("\n\t\n", &error);
  g_assert_null (paste);
  g_assert_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE);
}

static void
test_paste_apply (void)
{
  g_autoptr (KdDocument) document = new_document ("tt18-2018");
  GListModel                *plan = kd_document_get_plan (document);
  const KdPlanColumn *const *columns;
  guint                      n;
  gboolean                   matches;
  g_autoptr (GError) error = NULL;
  g_autoptr (KdPlanPaste) paste = NULL;
  g_autoptr (KdPlanPaste) bad = NULL;
  g_autoptr (KdPlanPaste) titled = NULL;
  g_autoptr (GPtrArray) changed = NULL;
  g_autoptr (GPtrArray) targets = g_ptr_array_new ();
  g_autofree int *mapping = NULL;
  g_autofree int *bad_mapping = NULL;
  g_autofree int *titled_mapping = NULL;
  g_autoptr (KdPlanRow) first = NULL;
  KdPlanRow *existing;

  columns = kd_plan_get_columns (KD_PLAN_LAYOUT_5932, &n);
  existing = add_row (document, "1.1", "Cũ", "", KD_PLAN_STATUS_TODO, 0);
  kd_document_mark_saved (document);

  /* The same fourteen columns as the grid, as Excel copies them. */
  paste = kd_plan_paste_parse ("Tiêu chí 3.2\tHọc sinh giỏi\tTăng tỉ lệ\tHọp tổ\tTổ Văn\tTổ Toán\t1/9/2024\t31/05/2025\t1500000\tNgân sách\tPhòng GD\tHiệu trưởng\tHoàn thành\tghi chú\n"
                               "5.1\t\tTrồng cây\t\tĐoàn\t\t\t\t2.000.000\t\t\t\t\t\n",
                               &error);
  g_assert_no_error (error);
  mapping = kd_plan_paste_guess_mapping (paste, columns, n, &matches);
  g_assert_true (matches);
  g_assert_false (paste->has_header);
  changed = kd_plan_paste_apply (document, paste, columns, mapping, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed->len, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 3);
  first = g_list_model_get_item (plan, 0);
  g_assert_cmpstr (kd_plan_row_get_criterion (first), ==, "3.2");
  g_assert_cmpstr (kd_plan_row_get_start (first), ==, "2024-09-01");
  g_assert_cmpstr (kd_plan_row_get_deadline (first), ==, "2025-05-31");
  g_assert_cmpint (kd_plan_row_get_budget (first), ==, 1500000);
  g_assert_cmpint (kd_plan_row_get_status (first), ==, KD_PLAN_STATUS_DONE);
  g_assert_cmpint (kd_plan_row_get_budget (g_ptr_array_index (changed, 1)), ==, 2000000);
  /* One paste, one undo step. */
  g_assert_true (kd_document_undo (document));
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 1);
  g_clear_pointer (&changed, g_ptr_array_unref);

  /* One bad cell refuses all of it: the document is untouched. */
  kd_document_mark_saved (document);
  bad = kd_plan_paste_parse ("1.2\tA\n1.3\tB\t\t\t\t\t\t31/02/2024\n", &error);
  g_assert_no_error (error);
  bad_mapping = kd_plan_paste_guess_mapping (bad, columns, n, &matches);
  g_assert_false (matches);
  changed = kd_plan_paste_apply (document, bad, columns, bad_mapping, NULL, 0, &error);
  g_assert_null (changed);
  g_assert_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "31/02/2024"));
  g_assert_nonnull (strstr (error->message, "dòng 2"));
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 1);
  g_assert_false (kd_document_get_modified (document));
  g_clear_error (&error);

  /* A line of titles places the columns by name; the selected row is written over. */
  titled = kd_plan_paste_parse ("Chủ trì\tKhông có cột này\tTiêu chí\nTổ Sử\tx\t2.1\n", &error);
  g_assert_no_error (error);
  titled_mapping = kd_plan_paste_guess_mapping (titled, columns, n, &matches);
  g_assert_true (titled->has_header);
  g_assert_false (matches);
  g_assert_cmpint (titled_mapping[1], ==, -1);
  g_ptr_array_add (targets, existing);
  changed = kd_plan_paste_apply (document, titled, columns, titled_mapping, targets, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 1);
  g_assert_cmpstr (kd_plan_row_get_owner (existing), ==, "Tổ Sử");
  g_assert_cmpstr (kd_plan_row_get_criterion (existing), ==, "2.1");
  g_assert_true (kd_document_undo (document));
  g_assert_cmpstr (kd_plan_row_get_owner (existing), ==, "Cũ");
  g_assert_cmpstr (kd_plan_row_get_criterion (existing), ==, "1.1");
}

static void
test_set_from_text (void)
{
  g_autoptr (KdPlanRow) row = kd_plan_row_new ();
  KdFramework *framework = kd_test_framework ("tt18-2018");
  g_autoptr (GError) error = NULL;

  g_assert_true (kd_plan_row_set_from_text (row, framework, "status", "đang thực hiện", &error));
  g_assert_cmpint (kd_plan_row_get_status (row), ==, KD_PLAN_STATUS_DOING);
  g_assert_true (kd_plan_row_set_from_text (row, framework, "status", "Chưa hoàn thành", &error));
  g_assert_cmpint (kd_plan_row_get_status (row), ==, KD_PLAN_STATUS_TODO);
  g_assert_false (kd_plan_row_set_from_text (row, framework, "status", "có lẽ", &error));
  g_assert_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_true (kd_plan_row_set_from_text (row, framework, "criterion", "TC 2.3", &error));
  g_assert_cmpstr (kd_plan_row_get_criterion (row), ==, "2.3");
  g_assert_false (kd_plan_row_set_from_text (row, framework, "criterion", "9.9", &error));
  g_assert_cmpstr (kd_plan_row_get_criterion (row), ==, "2.3");
  g_clear_error (&error);

  g_assert_false (kd_plan_row_set_from_text (row, framework, "budget", "abc", &error));
  g_assert_cmpint (kd_plan_row_get_budget (row), ==, 0);
  g_clear_error (&error);
  g_assert_false (kd_plan_row_set_from_text (row, framework, "deadline", "31/02/2024", &error));
  g_assert_cmpstr (kd_plan_row_get_deadline (row), ==, "");
  g_clear_error (&error);

  /* 100,000 characters typed or pasted into one cell: refused, the cell unchanged. */
  {
    g_autofree char *huge = g_strnfill (100000, 'x');

    g_object_set (row, "target", "Mục tiêu", NULL);
    g_assert_false (kd_plan_row_set_from_text (row, framework, "target", huge, &error));
    g_assert_error (error, KD_ERROR, KD_ERROR_TOO_LARGE);
    g_assert_nonnull (strstr (error->message, "100000"));
    g_assert_cmpstr (kd_plan_row_get_target (row), ==, "Mục tiêu");
  }
}

static void
test_row_commands (void)
{
  g_autoptr (KdDocument) document = new_document ("tt18-2018");
  GListModel *plan = kd_document_get_plan (document);
  g_autoptr (GPtrArray) selection = g_ptr_array_new ();
  g_autoptr (GPtrArray) copies = NULL;
  KdPlanRow *a, *b, *c;

  a = add_row (document, "1.1", "A", "", KD_PLAN_STATUS_TODO, 0);
  b = add_row (document, "1.2", "B", "", KD_PLAN_STATUS_TODO, 0);
  c = add_row (document, "1.3", "C", "", KD_PLAN_STATUS_TODO, 0);

  g_ptr_array_add (selection, b);
  g_ptr_array_add (selection, c);
  g_assert_false (kd_plan_move_rows (document, selection, 1));
  g_assert_true (kd_plan_move_rows (document, selection, -1));
  {
    g_autoptr (KdPlanRow) at0 = g_list_model_get_item (plan, 0);
    g_autoptr (KdPlanRow) at2 = g_list_model_get_item (plan, 2);

    g_assert_true (at0 == b);
    g_assert_true (at2 == a);
  }
  g_assert_true (kd_document_undo (document)); /* one step for both rows */
  {
    g_autoptr (KdPlanRow) at0 = g_list_model_get_item (plan, 0);

    g_assert_true (at0 == a);
  }

  copies = kd_plan_duplicate_rows (document, selection);
  g_assert_cmpuint (copies->len, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 5);
  {
    g_autoptr (KdPlanRow) at2 = g_list_model_get_item (plan, 2);

    g_assert_true (at2 == g_ptr_array_index (copies, 0));
    g_assert_cmpstr (kd_plan_row_get_owner (at2), ==, "B");
    g_assert_cmpstr (kd_item_get_id (KD_ITEM (at2)), !=, kd_item_get_id (KD_ITEM (b)));
  }
  kd_plan_remove_rows (document, selection);
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 3);
  g_assert_true (kd_document_undo (document));
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 5);
  {
    g_autoptr (KdPlanRow) at1 = g_list_model_get_item (plan, 1);

    g_assert_true (at1 == b);
  }
}

static void
test_propose_below_level (void)
{
  g_autoptr (KdDocument) document = new_document ("tt18-2018");
  g_autoptr (KdEvaluation) evaluation = NULL;
  g_autoptr (GPtrArray) proposed = NULL;
  g_autoptr (GPtrArray) again = NULL;
  KdCriterionRecord *record;
  KdPlanRow         *row = NULL;

  kd_test_set_all (document, 3, KD_STATE_MET);
  record = kd_document_get_criterion (document, "1.1");
  kd_criterion_record_set_indicator (record, "1b", KD_STATE_UNMET);
  g_object_set (record, "weaknesses", "Kế hoạch chưa cụ thể", NULL);
  kd_criterion_record_set_indicator (kd_document_get_criterion (document, "2.1"), "3", KD_STATE_UNMET);

  evaluation = kd_evaluate (document);
  proposed = kd_plan_propose_below_level (document, evaluation, 2);
  g_assert_cmpuint (proposed->len, ==, 1); /* 2.1 reaches Mức 2; only Mức 3 is missing there */
  row = g_ptr_array_index (proposed, 0);
  g_assert_cmpstr (kd_plan_row_get_criterion (row), ==, "1.1");
  g_assert_nonnull (strstr (kd_plan_row_get_target (row), "Mức 2"));
  g_assert_nonnull (strstr (kd_plan_row_get_target (row), "1b"));
  g_assert_cmpstr (kd_plan_row_get_issue (row), ==, "Kế hoạch chưa cụ thể");

  g_assert_cmpuint (kd_plan_add_proposed (document, proposed), ==, 1);
  /* Asked again: the row exists, nothing new; aiming higher adds 2.1. */
  again = kd_plan_propose_below_level (document, evaluation, 2);
  g_assert_cmpuint (again->len, ==, 0);
  g_clear_pointer (&again, g_ptr_array_unref);
  again = kd_plan_propose_below_level (document, evaluation, 3);
  g_assert_cmpuint (again->len, ==, 2);
  g_assert_true (kd_document_undo (document));
  g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_plan (document)), ==, 0);
}

static void
test_propose_from_weaknesses (void)
{
  g_autoptr (KdDocument) document = new_document ("tt18-2018");
  g_autoptr (KdDocument) tt57 = new_document ("tt57-2026-pt");
  g_autoptr (GPtrArray) proposed = NULL;
  g_autoptr (GPtrArray) again = NULL;
  g_autoptr (GPtrArray) standards = NULL;
  KdPlanRow *row;

  g_object_set (kd_document_get_criterion (document, "3.2"), "weaknesses", "Thiếu phòng học bộ môn",
                "improvement", "Xây thêm 2 phòng học bộ môn", NULL);
  g_object_set (kd_document_get_criterion (document, "1.4"), "weaknesses", "Tổ chuyên môn họp chưa đều", NULL);
  proposed = kd_plan_propose_from_weaknesses (document);
  g_assert_cmpuint (proposed->len, ==, 2);
  row = g_ptr_array_index (proposed, 0);
  g_assert_cmpstr (kd_plan_row_get_criterion (row), ==, "1.4");
  g_assert_nonnull (strstr (kd_plan_row_get_target (row), "1.4"));
  row = g_ptr_array_index (proposed, 1);
  g_assert_cmpstr (kd_plan_row_get_target (row), ==, "Xây thêm 2 phòng học bộ môn");
  g_assert_cmpstr (kd_plan_row_get_issue (row), ==, "Thiếu phòng học bộ môn");
  kd_plan_add_proposed (document, proposed);
  again = kd_plan_propose_from_weaknesses (document);
  g_assert_cmpuint (again->len, ==, 0);

  /* TT 57 records weaknesses per standard. */
  g_object_set (kd_document_get_standard (tt57, 2), "weaknesses", "Đội ngũ thiếu giáo viên Tin học", NULL);
  standards = kd_plan_propose_from_weaknesses (tt57);
  g_assert_cmpuint (standards->len, ==, 1);
  row = g_ptr_array_index (standards, 0);
  g_assert_cmpstr (kd_plan_row_get_criterion (row), ==, "");
  g_assert_nonnull (strstr (kd_plan_row_get_issue (row), "Tiêu chuẩn 2"));
}

static void
test_names (void)
{
  g_autoptr (KdDocument) document = new_document ("tt18-2018");
  g_autoptr (KdMember) chair = kd_member_new ("Nguyễn Thị Ánh", KD_ROLE_CHAIR);
  g_autoptr (KdMember) member = kd_member_new ("Đỗ Văn Bình", KD_ROLE_MEMBER);
  g_autoptr (GPtrArray) names = NULL;
  KdPlanRow *row;

  kd_document_append_item (document, kd_document_get_members (document), KD_ITEM (chair));
  kd_document_append_item (document, kd_document_get_members (document), KD_ITEM (member));
  row = add_row (document, "1.1", "Tổ Toán", "", KD_PLAN_STATUS_TODO, 0);
  g_object_set (row, "partners", "Tổ Văn; nguyễn thị ánh, Đoàn trường", "supervisor", "Ban giám hiệu", NULL);

  names = kd_plan_collect_names (document);
  g_assert_cmpuint (names->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "Ban giám hiệu");
  g_assert_cmpstr (g_ptr_array_index (names, 1), ==, "Đoàn trường");
  g_assert_cmpstr (g_ptr_array_index (names, 2), ==, "Đỗ Văn Bình");
  g_assert_cmpstr (g_ptr_array_index (names, 3), ==, "Nguyễn Thị Ánh");
  g_assert_cmpstr (g_ptr_array_index (names, 4), ==, "Tổ Toán");
  g_assert_cmpstr (g_ptr_array_index (names, 5), ==, "Tổ Văn");
}

static void
test_latest_review (void)
{
  g_autoptr (KdDocument) document = new_document ("tt57-2026-pt");
  KdPlanRow *row = add_row (document, "", "A", "", KD_PLAN_STATUS_TODO, 0);
  KdPlanRow *other = add_row (document, "", "B", "", KD_PLAN_STATUS_TODO, 0);
  g_autoptr (KdReview) later = kd_review_new ();
  g_autoptr (KdReview) earlier = kd_review_new ();
  g_autoptr (KdReviewEntry) late_entry = kd_review_entry_new (kd_item_get_id (KD_ITEM (row)), KD_PLAN_STATUS_DONE);
  g_autoptr (KdReviewEntry) early_entry = kd_review_entry_new (kd_item_get_id (KD_ITEM (row)), KD_PLAN_STATUS_DOING);
  KdPlanStatus   status = KD_PLAN_STATUS_TODO;
  KdReviewEntry *entry = NULL;

  g_assert_null (kd_plan_get_latest_review (document));
  g_assert_false (kd_plan_row_get_review_status (document, row, &status, NULL));

  g_object_set (later, "date", "2027-05-20", NULL);
  g_object_set (earlier, "date", "2027-01-10", NULL);
  kd_document_append_item (document, kd_review_get_entries (later), KD_ITEM (late_entry));
  kd_document_append_item (document, kd_review_get_entries (earlier), KD_ITEM (early_entry));
  /* Listed out of order: the date decides. */
  kd_document_append_item (document, kd_document_get_reviews (document), KD_ITEM (later));
  kd_document_append_item (document, kd_document_get_reviews (document), KD_ITEM (earlier));

  g_assert_true (kd_plan_get_latest_review (document) == later);
  g_assert_true (kd_plan_row_get_review_status (document, row, &status, &entry));
  g_assert_cmpint (status, ==, KD_PLAN_STATUS_DONE);
  g_assert_true (entry == late_entry);
  g_assert_false (kd_plan_row_get_review_status (document, other, &status, NULL));
}

static void
test_add_review (void)
{
  g_autoptr (KdDocument) document = new_document ("tt57-2026-pt");
  KdPlanRow   *row = add_row (document, "", "A", "", KD_PLAN_STATUS_DOING, 0);
  KdPlanRow   *later = NULL;
  KdReview    *review;
  GDate        date;
  KdPlanStatus status;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 10, G_DATE_JANUARY, 2027);
  review = kd_plan_add_review (document, &date);
  g_assert_cmpstr (kd_review_get_date (review), ==, "2027-01-10");
  g_assert_cmpuint (g_list_model_get_n_items (kd_review_get_entries (review)), ==, 1);
  g_assert_true (kd_plan_row_get_review_status (document, row, &status, NULL));
  g_assert_cmpint (status, ==, KD_PLAN_STATUS_DOING);

  /* A row added after the review gets its entry when reviewed; unchanged writes nothing. */
  later = add_row (document, "", "B", "", KD_PLAN_STATUS_TODO, 0);
  g_assert_true (kd_plan_review_set_row (document, review, later, KD_PLAN_STATUS_DONE, "Đã xong sớm"));
  g_assert_false (kd_plan_review_set_row (document, review, later, KD_PLAN_STATUS_DONE, NULL));
  g_assert_true (kd_plan_row_get_review_status (document, later, &status, NULL));
  g_assert_cmpint (status, ==, KD_PLAN_STATUS_DONE);
  g_assert_cmpstr (kd_review_entry_get_comment (kd_review_lookup_entry (review, kd_item_get_id (KD_ITEM (later)))), ==, "Đã xong sớm");
  /* One undo step each. */
  g_assert_true (kd_document_undo (document));
  g_assert_false (kd_plan_row_get_review_status (document, later, &status, NULL));
  /* Then the row B, then the review with all its entries at once. */
  for (guint i = 0; i < 4 && g_list_model_get_n_items (kd_document_get_reviews (document)) > 0; i++)
    g_assert_true (kd_document_undo (document));
  g_assert_null (kd_plan_get_latest_review (document));
  g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_plan (document)), ==, 1);
}

/* While someone else has the file open, the document is read here and changed nowhere: not a
 * row, not the council, not by a paste; when they let go, everything can be changed again. */
static void
test_in_use_elsewhere (void)
{
  g_autoptr (KdDocument) document = new_document ("tt18-2018");
  g_autoptr (KdPlanPaste) paste = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree int            *mapping = NULL;
  const KdPlanColumn *const *columns;
  KdPlanRow                 *row = add_row (document, "1.1", "Cũ", "", KD_PLAN_STATUS_TODO, 0);
  gboolean                   matches;
  guint                      n;

  g_assert_true (kd_document_is_editable (document));
  kd_document_set_in_use_elsewhere (document, TRUE);
  g_assert_false (kd_document_is_editable (document));
  g_assert_false (kd_document_get_read_only (document)); /* not a newer version: a copy may be saved */
  g_assert_false (kd_document_can_edit (document, KD_ITEM (row)));
  g_assert_false (kd_document_can_edit_council (document));
  /* What a user types is refused by core, whichever editor it comes from. */
  g_assert_false (kd_item_set_from_text (KD_ITEM (row), "owner", "Mới", &error));
  g_assert_error (error, KD_ERROR, KD_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (kd_plan_row_set_from_text (row, NULL, "status", "Hoàn thành", &error));
  g_assert_error (error, KD_ERROR, KD_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpstr (kd_plan_row_get_target (row), ==, "");
  g_assert_cmpstr (kd_plan_row_get_owner (row), ==, "Cũ");

  columns = kd_plan_get_columns (KD_PLAN_LAYOUT_5932, &n);
  paste = kd_plan_paste_parse ("5.1\tMới\n", &error);
  g_assert_no_error (error);
  mapping = kd_plan_paste_guess_mapping (paste, columns, n, &matches);
  g_assert_null (kd_plan_paste_apply (document, paste, columns, mapping, NULL, 0, &error));
  g_assert_error (error, KD_ERROR, KD_ERROR_READ_ONLY);
  g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_plan (document)), ==, 1);

  kd_document_set_in_use_elsewhere (document, FALSE);
  g_assert_true (kd_document_can_edit (document, KD_ITEM (row)));
  g_assert_true (kd_document_can_edit_council (document));
}

int
main (int   argc,
      char *argv[])
{
  kd_test_init (&argc, &argv);

  g_test_add_func ("/plan/columns", test_columns);
  g_test_add_func ("/plan/marks", test_marks);
  g_test_add_func ("/plan/totals", test_totals);
  g_test_add_func ("/plan/filter", test_filter);
  g_test_add_func ("/plan/compare", test_compare);
  g_test_add_func ("/plan/tsv/copy", test_tsv_copy);
  g_test_add_func ("/plan/tsv/parse", test_paste_parse);
  g_test_add_func ("/plan/tsv/apply", test_paste_apply);
  g_test_add_func ("/plan/set-from-text", test_set_from_text);
  g_test_add_func ("/plan/row-commands", test_row_commands);
  g_test_add_func ("/plan/propose/below-level", test_propose_below_level);
  g_test_add_func ("/plan/propose/weaknesses", test_propose_from_weaknesses);
  g_test_add_func ("/plan/names", test_names);
  g_test_add_func ("/plan/latest-review", test_latest_review);
  g_test_add_func ("/plan/add-review", test_add_review);
  g_test_add_func ("/plan/in-use-elsewhere", test_in_use_elsewhere);
  return g_test_run ();
}
