/* kd-export-plan.c — "Kế hoạch cải tiến": the improvement plan and its reviews
 *
 * Two layouts (forms-5932.md §B.6): the CV 5932-era columns the seeds use (TT | Tiêu chuẩn,
 * tiêu chí | Kết quả cần đạt | … | Ghi chú) and TT 57 Biểu 2 mục V, columns (1)–(10).  Rows are
 * grouped under a header row per standard; rows tied to no criterion come last.  Below the
 * plan, the reviews (Biểu 2 mục VI: Thời điểm | Nội dung theo dõi | Kết quả thực hiện | Điều
 * chỉnh | Người đánh giá).
 */
#include "config.h"

#include "kd-export-private.h"
#include "kd-text.h"

enum
{
  P_TT,
  P_CRITERION,
  P_TARGET,
  P_ACTIONS,
  P_OWNER,
  P_PARTNERS,
  P_START,
  P_DEADLINE,
  P_BUDGET,
  P_SUPPORT,
  P_SUPERVISOR,
  P_STATUS,
  P_NOTE,
  P_5932_COLUMNS
};

enum
{
  B_TT,
  B_ISSUE,
  B_TARGET,
  B_ACTIONS,
  B_INDICATORS,
  B_TIME,
  B_OWNER,
  B_BUDGET,
  B_RESOURCES,
  B_EVIDENCE,
  B_STATUS,
  B_BIEU2_COLUMNS
};

static const double widths_5932[P_5932_COLUMNS] = { 4.5, 11, 20, 28, 12, 12, 10.5, 10.5, 12, 13, 12, 11, 11 };
static const double widths_bieu2[B_BIEU2_COLUMNS] = { 4.5, 20, 20, 28, 16, 13, 15, 12, 15, 16, 13 };

/* Where the five review columns fall on each layout's columns: first and last. */
static const guint review_spans_5932[5][2] = { { 0, 1 }, { 2, 3 }, { 4, 7 }, { 8, 10 }, { 11, 12 } };
static const guint review_spans_bieu2[5][2] = { { 0, 1 }, { 2, 3 }, { 4, 6 }, { 7, 9 }, { 10, 10 } };

typedef struct
{
  char      *label; /* "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường" */
  GPtrArray *rows;  /* of KdPlanRow */
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->label);
  g_ptr_array_unref (group->rows);
  g_free (group);
}

static Group *
group_new (char *label)
{
  Group *group = g_new0 (Group, 1);

  group->label = label;
  group->rows = g_ptr_array_new_with_free_func (g_object_unref);
  return group;
}

/* One group per standard with rows, in the catalogue's order, then the rows tied to no
 * criterion of the framework. */
static GPtrArray *
group_rows (KdExportContext *ctx)
{
  GListModel *plan = kd_document_get_plan (ctx->document);
  GPtrArray  *standards = kd_framework_get_standards (ctx->framework);
  GPtrArray  *groups = g_ptr_array_new_with_free_func (group_free);
  Group      *general = group_new (g_strdup ("Nội dung chung (không gắn với tiêu chí)"));

  for (guint s = 0; s < standards->len; s++)
    g_ptr_array_add (groups, group_new (kd_export_standard_label (g_ptr_array_index (standards, s))));

  for (guint i = 0; i < g_list_model_get_n_items (plan); i++)
    {
      KdPlanRow            *row = g_list_model_get_item (plan, i);
      const KdCriterionDef *def = kd_framework_lookup_criterion (ctx->framework, kd_plan_row_get_criterion (row));
      Group                *group = general;

      for (guint s = 0; def != NULL && s < standards->len; s++)
        if (((KdStandardDef *)g_ptr_array_index (standards, s))->number == def->standard)
          group = g_ptr_array_index (groups, s);
      g_ptr_array_add (group->rows, row);
    }
  g_ptr_array_add (groups, general);
  for (guint i = groups->len; i > 0; i--)
    if (((Group *)g_ptr_array_index (groups, i - 1))->rows->len == 0)
      g_ptr_array_remove_index (groups, i - 1);
  return groups;
}

static const char *
roman (guint n)
{
  static const char *const numerals[] = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
                                          "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX" };

  return n >= 1 && n <= G_N_ELEMENTS (numerals) ? numerals[n - 1] : "";
}

/* "Tiêu chí 1.3" and, when given, the issue on the next line. */
static char *
criterion_cell (KdExportContext *ctx,
                KdPlanRow       *row,
                gboolean         with_issue)
{
  const char           *code = kd_plan_row_get_criterion (row);
  const KdCriterionDef *def = kd_framework_lookup_criterion (ctx->framework, code);
  const char           *issue = kd_plan_row_get_issue (row);
  GString              *text = g_string_new (NULL);

  if (def != NULL)
    {
      g_string_append (text, "Tiêu chí ");
      g_string_append (text, def->code);
    }
  else if (!kd_text_is_blank (code))
    g_string_append (text, code);
  if (with_issue && !kd_text_is_blank (issue))
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, issue);
    }
  return g_string_free (text, FALSE);
}

/* Joins the non-blank parts with line breaks, each after its label when it has one. */
static char *
join_lines (const char *first,
            ...)
{
  GString    *text = g_string_new (NULL);
  va_list     args;
  const char *label = first;

  va_start (args, first);
  while (label != NULL)
    {
      const char *value = va_arg (args, const char *);

      if (!kd_text_is_blank (value))
        {
          if (text->len > 0)
            g_string_append_c (text, '\n');
          g_string_append (text, label);
          g_string_append (text, value);
        }
      label = va_arg (args, const char *);
    }
  va_end (args);
  return g_string_free (text, FALSE);
}

/* "01/09/2024 – 31/05/2025", "Từ 01/09/2024", "Đến 31/05/2025" or "". */
static char *
period (KdPlanRow *row)
{
  g_autofree char *start = kd_date_format_user (kd_plan_row_get_start (row));
  g_autofree char *deadline = kd_date_format_user (kd_plan_row_get_deadline (row));

  if (*start != '\0' && *deadline != '\0')
    return g_strdup_printf ("%s – %s", start, deadline);
  if (*start != '\0')
    return g_strdup_printf ("Từ %s", start);
  if (*deadline != '\0')
    return g_strdup_printf ("Đến %s", deadline);
  return g_strdup ("");
}

static guint
write_header_5932 (KdExportContext *ctx,
                   KdExportSheet   *sheet,
                   guint            row)
{
  static const char *const titles[P_5932_COLUMNS] = {
    "TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Công việc, giải pháp", "Chủ trì", "Phối hợp", NULL, NULL,
    "Dự kiến kinh phí (đồng)", "Điều kiện hỗ trợ khác", "Giám sát thực hiện", "Mức độ thực hiện", "Ghi chú"
  };
  KdExportFormats *f = &ctx->formats;

  for (guint i = 0; i < P_5932_COLUMNS; i++)
    if (titles[i] != NULL)
      kd_export_merge (ctx, sheet, row, i, row + 1, i, titles[i], f->head);
  kd_export_merge (ctx, sheet, row, P_START, row, P_DEADLINE, "Thời gian thực hiện", f->head);
  kd_export_text (ctx, sheet, row + 1, P_START, "Bắt đầu", f->head);
  kd_export_text (ctx, sheet, row + 1, P_DEADLINE, "Hoàn thành", f->head);
  return row + 2;
}

static guint
write_header_bieu2 (KdExportContext *ctx,
                    KdExportSheet   *sheet,
                    guint            row)
{
  static const char *const titles[B_BIEU2_COLUMNS] = {
    "TT", "Nội dung cải tiến", "Mục tiêu cải tiến", "Hoạt động/giải pháp", "Chỉ số đánh giá kết quả",
    "Thời gian thực hiện", "Đơn vị/cá nhân phụ trách", NULL, NULL,
    "Thông tin, dữ liệu hoặc minh chứng dự kiến", "Mức độ thực hiện"
  };
  KdExportFormats *f = &ctx->formats;
  guint            number = 1;

  for (guint i = 0; i < B_BIEU2_COLUMNS; i++)
    if (titles[i] != NULL)
      kd_export_merge (ctx, sheet, row, i, row + 1, i, titles[i], f->head);
  kd_export_merge (ctx, sheet, row, B_BUDGET, row, B_RESOURCES, "Nguồn lực bảo đảm", f->head);
  kd_export_text (ctx, sheet, row + 1, B_BUDGET, "Kinh phí (đồng)", f->head);
  kd_export_text (ctx, sheet, row + 1, B_RESOURCES, "Nguồn lực khác", f->head);
  /* The form numbers its columns (1)–(10); (8) covers both resource columns. */
  for (guint i = 0; i < B_BIEU2_COLUMNS; i++)
    {
      g_autofree char *label = g_strdup_printf ("(%u)", number++);

      if (i == B_BUDGET)
        {
          kd_export_merge (ctx, sheet, row + 2, B_BUDGET, row + 2, B_RESOURCES, label, f->head_small);
          i++;
        }
      else
        kd_export_text (ctx, sheet, row + 2, i, label, f->head_small);
    }
  return row + 3;
}

static void
write_row_5932 (KdExportContext *ctx,
                KdExportSheet   *sheet,
                guint            row,
                guint            number,
                KdPlanRow       *plan_row)
{
  KdExportFormats *f = &ctx->formats;
  g_autofree char *criterion = criterion_cell (ctx, plan_row, TRUE);
  g_autofree char *support = join_lines ("", kd_plan_row_get_support (plan_row), "Nguồn kinh phí: ",
                                         kd_plan_row_get_budget_source (plan_row), NULL);

  kd_export_number (ctx, sheet, row, P_TT, number, f->count);
  kd_export_text (ctx, sheet, row, P_CRITERION, criterion, f->cell);
  kd_export_text (ctx, sheet, row, P_TARGET, kd_plan_row_get_target (plan_row), f->cell);
  kd_export_text (ctx, sheet, row, P_ACTIONS, kd_plan_row_get_actions (plan_row), f->cell);
  kd_export_text (ctx, sheet, row, P_OWNER, kd_plan_row_get_owner (plan_row), f->cell);
  kd_export_text (ctx, sheet, row, P_PARTNERS, kd_plan_row_get_partners (plan_row), f->cell);
  kd_export_date (ctx, sheet, row, P_START, kd_plan_row_get_start (plan_row), f->date);
  kd_export_date (ctx, sheet, row, P_DEADLINE, kd_plan_row_get_deadline (plan_row), f->date);
  kd_export_number (ctx, sheet, row, P_BUDGET, kd_plan_row_get_budget (plan_row), f->money);
  kd_export_text (ctx, sheet, row, P_SUPPORT, support, f->cell);
  kd_export_text (ctx, sheet, row, P_SUPERVISOR, kd_plan_row_get_supervisor (plan_row), f->cell);
  kd_export_text (ctx, sheet, row, P_STATUS, kd_plan_status_describe (kd_plan_row_get_status (plan_row)), f->cell_center);
  kd_export_text (ctx, sheet, row, P_NOTE, kd_plan_row_get_note (plan_row), f->cell);
}

static void
write_row_bieu2 (KdExportContext *ctx,
                 KdExportSheet   *sheet,
                 guint            row,
                 guint            number,
                 KdPlanRow       *plan_row)
{
  KdExportFormats *f = &ctx->formats;
  g_autofree char *issue = criterion_cell (ctx, plan_row, TRUE);
  g_autofree char *time = period (plan_row);
  g_autofree char *owner = join_lines ("", kd_plan_row_get_owner (plan_row), "Phối hợp: ",
                                       kd_plan_row_get_partners (plan_row), NULL);
  g_autofree char *resources = join_lines ("", kd_plan_row_get_support (plan_row), "Nguồn kinh phí: ",
                                           kd_plan_row_get_budget_source (plan_row), NULL);
  g_autofree char *status = join_lines ("", kd_plan_status_describe (kd_plan_row_get_status (plan_row)),
                                        "Giám sát: ", kd_plan_row_get_supervisor (plan_row), "Ghi chú: ",
                                        kd_plan_row_get_note (plan_row), NULL);

  kd_export_number (ctx, sheet, row, B_TT, number, f->count);
  kd_export_text (ctx, sheet, row, B_ISSUE, issue, f->cell);
  kd_export_text (ctx, sheet, row, B_TARGET, kd_plan_row_get_target (plan_row), f->cell);
  kd_export_text (ctx, sheet, row, B_ACTIONS, kd_plan_row_get_actions (plan_row), f->cell);
  kd_export_text (ctx, sheet, row, B_INDICATORS, kd_plan_row_get_indicators (plan_row), f->cell);
  kd_export_text (ctx, sheet, row, B_TIME, time, f->cell_center);
  kd_export_text (ctx, sheet, row, B_OWNER, owner, f->cell);
  kd_export_number (ctx, sheet, row, B_BUDGET, kd_plan_row_get_budget (plan_row), f->money);
  kd_export_text (ctx, sheet, row, B_RESOURCES, resources, f->cell);
  kd_export_text (ctx, sheet, row, B_EVIDENCE, kd_plan_row_get_expected_evidence (plan_row), f->cell);
  kd_export_text (ctx, sheet, row, B_STATUS, status, f->cell_center);
}

/* "Hoàn thành: 3; Đang thực hiện: 2" from a review's rows. */
static char *
review_counts (KdReview *review)
{
  GListModel *entries = kd_review_get_entries (review);
  guint       counts[KD_PLAN_STATUS_CANCELLED + 1] = { 0 };
  GString    *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (KdReviewEntry) entry = g_list_model_get_item (entries, i);
      KdPlanStatus status = kd_review_entry_get_status (entry);

      if (status <= KD_PLAN_STATUS_CANCELLED)
        counts[status]++;
    }
  for (guint s = 0; s <= KD_PLAN_STATUS_CANCELLED; s++)
    if (counts[s] > 0)
      g_string_append_printf (text, "%s%s: %u", text->len > 0 ? "; " : "", kd_plan_status_describe (s), counts[s]);
  return g_string_free (text, FALSE);
}

static void
write_review_row (KdExportContext *ctx,
                  KdExportSheet   *sheet,
                  guint            row,
                  const guint (*spans)[2],
                  const char *const *texts,
                  lxw_format        *format)
{
  for (guint i = 0; i < 5; i++)
    kd_export_merge (ctx, sheet, row, spans[i][0], row, spans[i][1], texts[i],
                     i == 0 && format == ctx->formats.cell ? ctx->formats.cell_center : format);
}

/* Biểu 2 mục VI; with no review recorded yet, the form's two rows to fill in by hand. */
static guint
write_reviews (KdExportContext *ctx,
               KdExportSheet   *sheet,
               guint            row)
{
  static const char *const head[5] = { "Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện", "Điều chỉnh (nếu có)",
                                       "Người đánh giá" };
  GListModel              *reviews = kd_document_get_reviews (ctx->document);
  guint                    n = g_list_model_get_n_items (reviews);
  const guint (*spans)[2] = ctx->plan_layout == KD_EXPORT_PLAN_BIEU2 ? review_spans_bieu2 : review_spans_5932;

  write_review_row (ctx, sheet, row++, spans, head, ctx->formats.head);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KdReview) review = g_list_model_get_item (reviews, i);
      g_autofree char *date = kd_date_format_user (kd_review_get_date (review));
      g_autofree char *when = join_lines ("", kd_review_get_title (review), "", date, NULL);
      g_autofree char *counts = review_counts (review);
      g_autofree char *result = join_lines ("", kd_review_get_result (review), "", counts, NULL);
      const char      *texts[5] = { when, kd_review_get_content (review), result, kd_review_get_adjustment (review),
                                    kd_review_get_reviewer (review) };

      write_review_row (ctx, sheet, row++, spans, texts, ctx->formats.cell);
    }
  if (n == 0)
    {
      static const char *const first[5] = { "Cuối học kỳ I", "", "", "", "" };
      static const char *const second[5] = { "Cuối năm học", "", "", "", "" };

      write_review_row (ctx, sheet, row++, spans, first, ctx->formats.cell);
      write_review_row (ctx, sheet, row++, spans, second, ctx->formats.cell);
    }
  return row;
}

void
kd_export_write_plan (KdExportContext *ctx)
{
  KdExportFormats *f = &ctx->formats;
  gboolean         bieu2 = ctx->plan_layout == KD_EXPORT_PLAN_BIEU2;
  KdCycle         *cycle = kd_document_get_cycle (ctx->document);
  KdSchool        *school = kd_document_get_school (ctx->document);
  g_autoptr (GPtrArray) groups = group_rows (ctx);
  g_autofree char *agency = NULL;
  g_autofree char *subtitle = NULL;
  const char      *recipients[4] = { NULL };
  KdExportSheet    sheet;
  guint            row, header_first, header_last, first_body, number = 0, budget_column, last;
  gint64           total = 0;
  KdExportSigner   principal = { NULL, "HIỆU TRƯỞNG", kd_school_get_principal (school), "(Ký, ghi rõ họ tên, đóng dấu)" };

  if (bieu2)
    kd_export_sheet_init (ctx, &sheet, "Kế hoạch cải tiến", widths_bieu2, G_N_ELEMENTS (widths_bieu2));
  else
    kd_export_sheet_init (ctx, &sheet, "Kế hoạch cải tiến", widths_5932, G_N_ELEMENTS (widths_5932));
  last = sheet.n_columns - 1;
  budget_column = bieu2 ? B_BUDGET : P_BUDGET;

  if (!kd_text_is_blank (kd_cycle_get_school_year (cycle)))
    subtitle = g_strdup_printf (bieu2 ? "Cải tiến chất lượng giáo dục năm học %s" : "Năm học %s",
                                kd_cycle_get_school_year (cycle));
  else if (bieu2)
    subtitle = g_strdup ("Cải tiến chất lượng giáo dục");
  row = kd_export_page_header (ctx, &sheet, TRUE, bieu2 ? "KẾ HOẠCH" : "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", subtitle);
  row = kd_export_paragraph (ctx, &sheet, row, bieu2 ? "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG" : "Nội dung kế hoạch cải tiến chất lượng",
                             f->section);

  header_first = row;
  row = bieu2 ? write_header_bieu2 (ctx, &sheet, row) : write_header_5932 (ctx, &sheet, row);
  header_last = row - 1;
  first_body = row;

  for (guint g = 0; g < groups->len; g++)
    {
      Group *group = g_ptr_array_index (groups, g);

      kd_export_text (ctx, &sheet, row, 0, roman (g + 1), f->cell_bold_center);
      kd_export_merge (ctx, &sheet, row, 1, row, last, group->label, f->cell_bold);
      row++;
      for (guint i = 0; i < group->rows->len; i++)
        {
          KdPlanRow *plan_row = g_ptr_array_index (group->rows, i);

          if (bieu2)
            write_row_bieu2 (ctx, &sheet, row, ++number, plan_row);
          else
            write_row_5932 (ctx, &sheet, row, ++number, plan_row);
          total += kd_plan_row_get_budget (plan_row);
          row++;
        }
    }

  /* The total as a formula over the budget column, its value written for readers that do
   * not calculate; with no rows it is a plain 0. */
  kd_export_merge (ctx, &sheet, row, 0, row, budget_column - 1, "Tổng cộng", f->cell_bold_center);
  kd_export_sum (ctx, &sheet, row, budget_column, first_body, row - 1, (double)total, f->money_bold);
  kd_export_blank (ctx, &sheet, row, budget_column + 1, last, f->cell);
  row += 2;

  row = kd_export_paragraph (ctx, &sheet, row,
                             bieu2 ? "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)" : "Theo dõi, đánh giá thực hiện kế hoạch",
                             f->section);
  row = write_reviews (ctx, &sheet, row);

  if (!kd_text_is_blank (kd_school_get_agency (school)))
    agency = g_strdup_printf ("- %s (để b/c);", kd_school_get_agency (school));
  recipients[0] = agency != NULL ? agency : "- Cơ quan quản lý (để b/c);";
  recipients[1] = "- Hội đồng tự đánh giá (để th/h);";
  recipients[2] = "- Lưu: VT.";
  kd_export_signature (ctx, &sheet, row, NULL, recipients, &principal);
  kd_export_sheet_finish (ctx, &sheet, TRUE, header_first, header_last);
}
