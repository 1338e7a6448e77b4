/* kd-export-summary.c — "Tổng hợp": Bảng tổng hợp kết quả tự đánh giá
 *
 * 2018 frameworks (CV 5932 Phụ lục 6, seeds 000 and 004): each criterion's result with "x" under
 * Không đạt or under each level reached, the indicators met ("2/3 (chỉ báo b, c)"), totals,
 * the Mức 4 table and the conclusion.  TT 57 (Biểu 1 Phần III): Không đạt Mức 1 | Đạt Mức 1 |
 * Mức 2 marked "×", then the per-standard counts and percentages, and the conclusion.
 */
#include "config.h"

#include <string.h>

#include "kd-export-private.h"
#include "kd-text.h"

/* TT 57 has no accreditation levels; its report is the Biểu 1 form. */
static gboolean
is_tt57 (KdExportContext *ctx)
{
  return !kd_framework_has_accreditation (ctx->framework);
}

static gboolean
never_assessed (const KdCriterionResult *result)
{
  return result->unassessed->len == result->def->indicators->len;
}

typedef struct
{
  guint first_level; /* column of Mức 1 */
  guint count;       /* "Số chỉ báo đạt", or 0 when the form has none */
  guint note;        /* first column of Ghi chú */
  guint last;
} Columns;

static guint
write_criteria_header (KdExportContext *ctx,
                       KdExportSheet   *sheet,
                       guint            row,
                       const Columns   *c,
                       guint            max_level)
{
  KdExportFormats *f = &ctx->formats;

  kd_export_merge (ctx, sheet, row, 0, row + 2, 0, "Tiêu chuẩn, tiêu chí", f->head);
  kd_export_merge (ctx, sheet, row, 1, row, c->first_level + max_level - 1, "Kết quả", f->head);
  kd_export_merge (ctx, sheet, row + 1, 1, row + 2, 1, is_tt57 (ctx) ? "Không đạt Mức 1" : "Không đạt", f->head);
  kd_export_merge (ctx, sheet, row + 1, c->first_level, row + 1, c->first_level + max_level - 1, "Đạt", f->head);
  for (guint level = 1; level <= max_level; level++)
    {
      g_autofree char *label = g_strdup_printf ("Mức %u", level);

      kd_export_text (ctx, sheet, row + 2, c->first_level + level - 1, label, f->head);
    }
  if (c->count != 0)
    kd_export_merge (ctx, sheet, row, c->count, row + 2, c->count, "Số chỉ báo Mức 1 đạt", f->head);
  kd_export_merge (ctx, sheet, row, c->note, row + 2, c->last, "Ghi chú", f->head);
  return row + 3;
}

static char *
criterion_note (const KdCriterionResult *result,
                guint                    max_level)
{
  if (never_assessed (result))
    return g_strdup ("Chưa đánh giá");
  if (result->level == 0 || !result->complete)
    return kd_criterion_result_reason (result, max_level);
  return NULL;
}

static guint
write_criteria_table (KdExportContext *ctx,
                      KdExportSheet   *sheet,
                      guint            row,
                      const Columns   *c,
                      guint           *header_first,
                      guint           *header_last)
{
  KdExportFormats *f = &ctx->formats;
  KdEvaluation    *evaluation = ctx->evaluation;
  GPtrArray       *standards = kd_framework_get_standards (ctx->framework);
  guint            max_level = kd_framework_get_max_level (ctx->framework);
  const char      *mark = is_tt57 (ctx) ? "×" : "x";
  guint            not_met = 0, n_criteria = 0;

  *header_first = row;
  row = write_criteria_header (ctx, sheet, row, c, max_level);
  *header_last = row - 1;

  for (guint s = 0; s < standards->len; s++)
    {
      const KdStandardDef *standard = g_ptr_array_index (standards, s);
      g_autofree char     *label = kd_export_standard_label (standard);

      kd_export_merge (ctx, sheet, row, 0, row, c->last, label, f->cell_bold);
      row++;
      for (guint i = 0; i < standard->criteria->len; i++)
        {
          const KdCriterionDef    *def = g_ptr_array_index (standard->criteria, i);
          const KdCriterionResult *result = kd_evaluation_lookup (evaluation, def->code);
          g_autofree char         *name = kd_export_criterion_label (def, TRUE);
          g_autofree char         *note = NULL;
          gboolean                 assessed;

          if (result == NULL)
            continue;
          n_criteria++;
          assessed = !never_assessed (result);
          note = criterion_note (result, max_level);
          kd_export_text (ctx, sheet, row, 0, name, f->cell);
          kd_export_text (ctx, sheet, row, 1, assessed && result->level == 0 ? mark : "", f->cell_center);
          for (guint level = 1; level <= max_level; level++)
            kd_export_text (ctx, sheet, row, c->first_level + level - 1, result->level >= level ? mark : "",
                            f->cell_center);
          if (c->count != 0)
            {
              g_autofree char *count = kd_criterion_result_count_label (result, 1);

              kd_export_text (ctx, sheet, row, c->count, count, f->cell_center);
            }
          kd_export_merge (ctx, sheet, row, c->note, row, c->last, note, f->cell);
          if (assessed && result->level == 0)
            not_met++;
          row++;
        }
    }

  /* Cộng: criteria per column as numbers, indicators and criteria at Mức 1 as "83/84". */
  kd_export_text (ctx, sheet, row, 0, is_tt57 (ctx) ? "Cộng chung" : "Cộng", f->cell_bold_center);
  kd_export_number (ctx, sheet, row, 1, not_met, f->count_bold);
  for (guint level = 1; level <= max_level; level++)
    kd_export_number (ctx, sheet, row, c->first_level + level - 1, kd_evaluation_count_criteria_at (evaluation, level),
                      f->count_bold);
  if (c->count != 0)
    {
      g_autofree char *indicators = g_strdup_printf ("%u/%u", kd_evaluation_count_indicators_met (evaluation, 1),
                                                     kd_framework_count_indicators (ctx->framework, 1));

      kd_export_text (ctx, sheet, row, c->count, indicators, f->cell_bold_center);
    }
  {
    g_autofree char *criteria = g_strdup_printf ("%u/%u tiêu chí đạt Mức 1",
                                                 kd_evaluation_count_criteria_at (evaluation, 1), n_criteria);

    kd_export_merge (ctx, sheet, row, c->note, row, c->last, criteria, f->cell_bold);
  }
  row++;
  if (is_tt57 (ctx))
    {
      kd_export_merge (ctx, sheet, row, 0, row, c->last, "Đánh dấu (×) vào ô kết quả tương ứng.", f->note);
      row++;
    }
  return row;
}

/* Mức 4 (2018): requirement | Đạt | Không đạt | Ghi chú. */
static guint
write_extra_table (KdExportContext *ctx,
                   KdExportSheet   *sheet,
                   guint            row)
{
  KdExportFormats   *f = &ctx->formats;
  GPtrArray         *extra = kd_framework_get_extra (ctx->framework);
  KdCriterionRecord *record = kd_document_get_extra (ctx->document);
  guint              last = sheet->n_columns - 1, met = 0, unmet = 0;

  kd_export_merge (ctx, sheet, row, 0, row + 1, 0, "Tiêu chí Mức 4 (Điều, khoản)", f->head);
  kd_export_merge (ctx, sheet, row, 1, row, 2, "Kết quả", f->head);
  kd_export_text (ctx, sheet, row + 1, 1, "Đạt", f->head);
  kd_export_text (ctx, sheet, row + 1, 2, "Không đạt", f->head);
  kd_export_merge (ctx, sheet, row, 3, row + 1, last, "Ghi chú", f->head);
  row += 2;
  for (guint i = 0; i < extra->len; i++)
    {
      const KdExtraDef *def = g_ptr_array_index (extra, i);
      KdState           state = record != NULL ? kd_criterion_record_get_indicator (record, def->id) : KD_STATE_UNASSESSED;
      g_autofree char  *label = def->citation != NULL ? g_strdup_printf ("%s: %s", def->citation, def->text)
                                                      : g_strdup_printf ("%s. %s", def->id, def->text);

      kd_export_text (ctx, sheet, row, 0, label, f->cell);
      kd_export_text (ctx, sheet, row, 1, state == KD_STATE_MET ? "x" : "", f->cell_center);
      kd_export_text (ctx, sheet, row, 2, state == KD_STATE_UNMET ? "x" : "", f->cell_center);
      kd_export_merge (ctx, sheet, row, 3, row, last, state == KD_STATE_UNASSESSED ? "Chưa đánh giá" : "", f->cell);
      met += state == KD_STATE_MET;
      unmet += state == KD_STATE_UNMET;
      row++;
    }
  kd_export_text (ctx, sheet, row, 0, "Cộng", f->cell_bold_center);
  kd_export_number (ctx, sheet, row, 1, met, f->count_bold);
  kd_export_number (ctx, sheet, row, 2, unmet, f->count_bold);
  {
    g_autofree char *summary = g_strdup_printf ("%u/%u yêu cầu đạt", met, extra->len);

    kd_export_merge (ctx, sheet, row, 3, row, last, summary, f->cell_bold);
  }
  return row + 1;
}

/* TT 57 b) Bảng tổng hợp chung: per standard, how many criteria at each result, and %. */
static guint
write_standard_counts (KdExportContext *ctx,
                       KdExportSheet   *sheet,
                       guint            row)
{
  KdExportFormats         *f = &ctx->formats;
  GPtrArray               *standards = kd_framework_get_standards (ctx->framework);
  static const char *const results[] = { "Không đạt", "Mức 1", "Mức 2" };
  guint                    totals[4] = { 0 };

  kd_export_merge (ctx, sheet, row, 0, row + 1, 0, "Tiêu chuẩn", f->head);
  kd_export_merge (ctx, sheet, row, 1, row + 1, 1, "Tổng số tiêu chí", f->head);
  for (guint r = 0; r < G_N_ELEMENTS (results); r++)
    {
      kd_export_merge (ctx, sheet, row, 2 + 2 * r, row, 3 + 2 * r, results[r], f->head);
      kd_export_text (ctx, sheet, row + 1, 2 + 2 * r, "SL", f->head);
      kd_export_text (ctx, sheet, row + 1, 3 + 2 * r, "%", f->head);
    }
  row += 2;
  for (guint s = 0; s <= standards->len; s++)
    {
      gboolean         all = s == standards->len;
      guint            counts[4] = { 0 }, total = 0;
      g_autofree char *label = NULL;

      if (all)
        {
          memcpy (counts, totals, sizeof counts);
          total = totals[3];
          label = g_strdup ("Cộng chung");
        }
      else
        {
          const KdStandardDef *standard = g_ptr_array_index (standards, s);

          label = g_strdup_printf ("Tiêu chuẩn %u", standard->number);
          for (guint i = 0; i < standard->criteria->len; i++)
            {
              const KdCriterionDef    *def = g_ptr_array_index (standard->criteria, i);
              const KdCriterionResult *result = kd_evaluation_lookup (ctx->evaluation, def->code);

              if (result == NULL)
                continue;
              total++;
              if (!never_assessed (result))
                counts[MIN (result->level, 2u)]++;
            }
          for (guint r = 0; r < 3; r++)
            totals[r] += counts[r];
          totals[3] += total;
        }
      kd_export_text (ctx, sheet, row, 0, label, all ? f->cell_bold_center : f->cell);
      kd_export_number (ctx, sheet, row, 1, total, all ? f->count_bold : f->count);
      for (guint r = 0; r < 3; r++)
        {
          kd_export_number (ctx, sheet, row, 2 + 2 * r, counts[r], all ? f->count_bold : f->count);
          kd_export_number (ctx, sheet, row, 3 + 2 * r, total > 0 ? (double)counts[r] / total : 0,
                            all ? f->percent_bold : f->percent);
        }
      row++;
    }
  return row;
}

static guint
write_conclusion (KdExportContext *ctx,
                  KdExportSheet   *sheet,
                  guint            row)
{
  KdExportFormats *f = &ctx->formats;
  KdEvaluation    *evaluation = ctx->evaluation;
  g_autofree char *school = kd_evaluation_describe_school (evaluation);
  g_autofree char *conclusion = g_strdup_printf ("Kết luận: %s", school);
  g_autofree char *accreditation = kd_evaluation_describe_accreditation (evaluation);
  g_autofree char *national = kd_evaluation_describe_national (evaluation);
  GPtrArray       *reasons = kd_evaluation_get_reasons (evaluation);

  row = kd_export_paragraph (ctx, sheet, row, conclusion, f->text_bold);
  if (reasons != NULL && reasons->len > 0)
    {
      g_autoptr (GString) text = g_string_new (NULL);

      if (evaluation->school_level == 0)
        g_string_append (text, "Lý do:");
      else
        g_string_append_printf (text, "Để đạt Mức %u còn cần:", evaluation->school_level + 1);
      for (guint i = 0; i < reasons->len; i++)
        g_string_append_printf (text, "\n- %s", (char *)g_ptr_array_index (reasons, i));
      row = kd_export_paragraph (ctx, sheet, row, text->str, f->text);
    }
  if (accreditation != NULL)
    row = kd_export_paragraph (ctx, sheet, row, accreditation, f->text);
  row = kd_export_paragraph (ctx, sheet, row, national, f->text);
  return row;
}

static char *
levels_phrase (guint max_level)
{
  GString *text = g_string_new ("Mức 1");

  for (guint level = 2; level <= max_level; level++)
    g_string_append_printf (text, level == max_level ? " và %u" : ", %u", level);
  return g_string_free (text, FALSE);
}

void
kd_export_write_summary (KdExportContext *ctx)
{
  static const double widths_2018[] = { 40, 8, 6.5, 6.5, 6.5, 12, 16 };
  static const double widths_tt57[] = { 38, 9, 7, 7, 7, 7, 7, 7 };
  KdExportFormats    *f = &ctx->formats;
  KdExportSheet       sheet;
  KdCycle            *cycle = kd_document_get_cycle (ctx->document);
  guint               max_level = kd_framework_get_max_level (ctx->framework);
  gboolean            tt57 = is_tt57 (ctx);
  g_autofree char    *year = NULL;
  Columns             c;
  guint               row, header_first, header_last;
  KdExportSigner      chair = { "TM. HỘI ĐỒNG TỰ ĐÁNH GIÁ", "CHỦ TỊCH", kd_export_chair_name (ctx), NULL };

  /* The 2018 frameworks have three levels and the indicator counts; TT 57 two levels and the
   * per-standard table, whose eight columns the sheet takes. */
  if (tt57)
    {
      kd_export_sheet_init (ctx, &sheet, "Tổng hợp", widths_tt57, G_N_ELEMENTS (widths_tt57));
      c = (Columns){ 2, 0, 2 + max_level, sheet.n_columns - 1 };
    }
  else
    {
      kd_export_sheet_init (ctx, &sheet, "Tổng hợp", widths_2018, G_N_ELEMENTS (widths_2018));
      c = (Columns){ 2, 2 + max_level, 3 + max_level, 3 + max_level };
    }
  if (c.last >= sheet.n_columns)
    c.last = c.note = sheet.n_columns - 1;

  if (!kd_text_is_blank (kd_cycle_get_school_year (cycle)))
    year = g_strdup_printf ("Năm học %s", kd_cycle_get_school_year (cycle));
  row = kd_export_page_header (ctx, &sheet, FALSE, "BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ", year);

  if (tt57)
    row = kd_export_paragraph (ctx, &sheet, row, "a) Bảng tổng hợp kết quả đánh giá tiêu chí", f->section);
  else
    {
      g_autofree char *levels = levels_phrase (max_level);
      g_autofree char *heading = g_strdup_printf ("1. Đánh giá tiêu chí %s", levels);

      row = kd_export_paragraph (ctx, &sheet, row, heading, f->section);
    }
  row = write_criteria_table (ctx, &sheet, row, &c, &header_first, &header_last);
  row++;

  if (tt57)
    {
      row = kd_export_paragraph (ctx, &sheet, row, "b) Bảng tổng hợp chung", f->section);
      row = write_standard_counts (ctx, &sheet, row);
      row++;
      row = kd_export_paragraph (ctx, &sheet, row, "Mức đạt của cơ sở giáo dục", f->section);
    }
  else
    {
      gboolean has_extra = kd_framework_get_extra (ctx->framework)->len > 0;

      if (has_extra)
        {
          row = kd_export_paragraph (ctx, &sheet, row, "2. Đánh giá tiêu chí Mức 4", f->section);
          row = write_extra_table (ctx, &sheet, row);
          row++;
        }
      row = kd_export_paragraph (ctx, &sheet, row, has_extra ? "3. Kết luận" : "2. Kết luận", f->section);
    }
  row = write_conclusion (ctx, &sheet, row);
  kd_export_signature (ctx, &sheet, row, NULL, NULL, &chair);
  kd_export_sheet_finish (ctx, &sheet, FALSE, header_first, header_last);
}
