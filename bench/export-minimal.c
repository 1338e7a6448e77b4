/* export-minimal.c — the reference for bench/export.py: the least a program must do to write
 * the same improvement-plan rows with the same formats as kiemdinh-cli export.
 *
 *   export-minimal ROWS.tsv OUT.xlsx
 *
 * ROWS.tsv has one plan row per line, 13 tab-separated fields in the order of the sheet's
 * columns (TT, criterion, target, actions, owner, partners, start, deadline as ISO dates, budget,
 * support, supervisor, status, note).  The program writes them under a two-row header with
 * Times New Roman, borders and wrapping, real dates shown dd/mm/yyyy, budgets as numbers with a
 * thousands format and their total — and nothing else: no document, no rules, no other sheet.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define COLUMNS 13

static lxw_format *
make_format (lxw_workbook *workbook,
             int           bold,
             int           center,
             const char   *num_format)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_font_name (format, "Times New Roman");
  format_set_font_size (format, 11);
  format_set_text_wrap (format);
  format_set_border (format, LXW_BORDER_THIN);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  if (center)
    format_set_align (format, LXW_ALIGN_CENTER);
  if (bold)
    format_set_bold (format);
  if (num_format != NULL)
    format_set_num_format (format, num_format);
  return format;
}

int
main (int    argc,
      char **argv)
{
  static const char *const head[COLUMNS] = { "TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Công việc, giải pháp",
                                             "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành",
                                             "Dự kiến kinh phí (đồng)", "Điều kiện hỗ trợ khác",
                                             "Giám sát thực hiện", "Mức độ thực hiện", "Ghi chú" };
  static const double      widths[COLUMNS] = { 4.5, 11, 20, 28, 12, 12, 10.5, 10.5, 12, 13, 12, 11, 11 };
  lxw_workbook            *workbook;
  lxw_worksheet           *sheet;
  lxw_format              *header, *text, *date, *money, *count, *total_format;
  FILE                    *input;
  char                    *line = NULL;
  size_t                   size = 0;
  lxw_row_t                row = 2;
  double                   total = 0;
  char                     formula[64];

  if (argc != 3 || (input = fopen (argv[1], "r")) == NULL)
    {
      fprintf (stderr, "usage: %s ROWS.tsv OUT.xlsx\n", argv[0]);
      return 2;
    }
  workbook = workbook_new (argv[2]);
  sheet = workbook_add_worksheet (workbook, "Kế hoạch cải tiến");
  header = make_format (workbook, 1, 1, NULL);
  text = make_format (workbook, 0, 0, NULL);
  date = make_format (workbook, 0, 1, "dd/mm/yyyy");
  money = make_format (workbook, 0, 0, "#,##0");
  count = make_format (workbook, 0, 1, "0");
  total_format = make_format (workbook, 1, 0, "#,##0");

  for (int i = 0; i < COLUMNS; i++)
    {
      worksheet_set_column (sheet, i, i, widths[i], NULL);
      worksheet_write_string (sheet, 0, i, head[i], header);
      worksheet_write_blank (sheet, 1, i, header);
    }
  while (getline (&line, &size, input) > 0)
    {
      char *fields[COLUMNS] = { 0 };
      char *cursor = line;

      line[strcspn (line, "\n")] = '\0';
      for (int i = 0; i < COLUMNS; i++)
        fields[i] = strsep (&cursor, "\t");
      for (int i = 0; i < COLUMNS; i++)
        {
          const char *value = fields[i] != NULL ? fields[i] : "";

          if (i == 0)
            worksheet_write_number (sheet, row, i, atof (value), count);
          else if (i == 6 || i == 7)
            {
              lxw_datetime when = { 0 };

              if (sscanf (value, "%d-%d-%d", &when.year, &when.month, &when.day) == 3)
                worksheet_write_datetime (sheet, row, i, &when, date);
              else
                worksheet_write_blank (sheet, row, i, date);
            }
          else if (i == 8)
            {
              total += atof (value);
              worksheet_write_number (sheet, row, i, atof (value), money);
            }
          else
            worksheet_write_string (sheet, row, i, value, text);
        }
      row++;
    }
  snprintf (formula, sizeof formula, "=SUM(I3:I%u)", (unsigned)row);
  worksheet_write_formula_num (sheet, row, 8, formula, total_format, total);
  worksheet_set_paper (sheet, 9);
  worksheet_set_landscape (sheet);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_repeat_rows (sheet, 0, 1);
  worksheet_freeze_panes (sheet, 2, 0);
  free (line);
  fclose (input);
  return workbook_close (workbook) == LXW_NO_ERROR ? 0 : 1;
}
