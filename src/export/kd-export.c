/* kd-export.c — the workbook: formats, the Nghị định 30 blocks, safe writing
 *
 * The sheets' wording is the official forms' (CV 5932, TT 57, Nghị định 30/2020): a school
 * submits these tables in Vietnamese whatever its PC's language, so that wording is written as
 * it is printed in the regulation and is not translated.  Messages to the user are.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kd-error.h"
#include "kd-export-private.h"
#include "kd-text.h"

/* Excel refuses a cell longer than 32,767 characters; longer user text is cut with a mark. */
#define CELL_MAX_CHARS 32000

#define FONT "Times New Roman"

/* Column widths are in units of the default font's "0"; Times New Roman at 11 pt fits about
 * 1.3 characters of Vietnamese text in each (measured on LibreOffice's rendering). */
#define CHARS_PER_UNIT 1.3

/* ---- formats ------------------------------------------------------------------------ */

enum
{
  F_CENTER = 1 << 0,
  F_BOLD = 1 << 1,
  F_ITALIC = 1 << 2,
  F_BORDER = 1 << 3,
  F_UNDERLINE = 1 << 4,
  F_TOP = 1 << 5, /* else vertically centred */
  F_RIGHT = 1 << 6,
};

static lxw_format *
make_format (lxw_workbook *workbook,
             double        size,
             guint         flags,
             const char   *num_format)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_font_name (format, FONT);
  format_set_font_size (format, size);
  format_set_text_wrap (format);
  format_set_align (format, (flags & F_TOP) ? LXW_ALIGN_VERTICAL_TOP : LXW_ALIGN_VERTICAL_CENTER);
  if (flags & F_CENTER)
    format_set_align (format, LXW_ALIGN_CENTER);
  else if (flags & F_RIGHT)
    format_set_align (format, LXW_ALIGN_RIGHT);
  else
    format_set_align (format, LXW_ALIGN_LEFT);
  if (flags & F_BOLD)
    format_set_bold (format);
  if (flags & F_ITALIC)
    format_set_italic (format);
  if (flags & F_UNDERLINE)
    format_set_underline (format, LXW_UNDERLINE_SINGLE);
  if (flags & F_BORDER)
    format_set_border (format, LXW_BORDER_THIN);
  if (num_format != NULL)
    format_set_num_format (format, num_format);
  return format;
}

static void
make_formats (KdExportFormats *f,
              lxw_workbook    *workbook)
{
  f->agency = make_format (workbook, 12, F_CENTER, NULL);
  f->school = make_format (workbook, 12, F_CENTER | F_BOLD, NULL);
  f->nation = make_format (workbook, 12, F_CENTER | F_BOLD, NULL);
  f->motto = make_format (workbook, 13, F_CENTER | F_BOLD | F_UNDERLINE, NULL);
  f->number = make_format (workbook, 13, F_CENTER, NULL);
  f->place_date = make_format (workbook, 13, F_CENTER | F_ITALIC, NULL);
  f->title = make_format (workbook, 14, F_CENTER | F_BOLD, NULL);
  f->subtitle = make_format (workbook, 13, F_CENTER | F_BOLD, NULL);
  f->head = make_format (workbook, 11, F_CENTER | F_BOLD | F_BORDER, NULL);
  f->head_small = make_format (workbook, 10, F_CENTER | F_ITALIC | F_BORDER, NULL);
  f->cell = make_format (workbook, 11, F_BORDER | F_TOP, NULL);
  f->cell_center = make_format (workbook, 11, F_CENTER | F_BORDER | F_TOP, NULL);
  f->cell_bold = make_format (workbook, 11, F_BOLD | F_BORDER | F_TOP, NULL);
  f->cell_bold_center = make_format (workbook, 11, F_CENTER | F_BOLD | F_BORDER | F_TOP, NULL);
  f->money = make_format (workbook, 11, F_RIGHT | F_BORDER | F_TOP, "#,##0");
  f->money_bold = make_format (workbook, 11, F_RIGHT | F_BOLD | F_BORDER | F_TOP, "#,##0");
  f->count = make_format (workbook, 11, F_CENTER | F_BORDER | F_TOP, "0");
  f->count_bold = make_format (workbook, 11, F_CENTER | F_BOLD | F_BORDER | F_TOP, "0");
  f->percent = make_format (workbook, 11, F_CENTER | F_BORDER | F_TOP, "0.0%");
  f->percent_bold = make_format (workbook, 11, F_CENTER | F_BOLD | F_BORDER | F_TOP, "0.0%");
  f->date = make_format (workbook, 11, F_CENTER | F_BORDER | F_TOP, "dd/mm/yyyy");
  f->section = make_format (workbook, 12, F_BOLD, NULL);
  f->text = make_format (workbook, 12, F_TOP, NULL);
  f->text_bold = make_format (workbook, 12, F_BOLD | F_TOP, NULL);
  f->note = make_format (workbook, 11, F_ITALIC | F_TOP, NULL);
  f->sign_title = make_format (workbook, 13, F_CENTER | F_BOLD, NULL);
  f->sign_hint = make_format (workbook, 12, F_CENTER | F_ITALIC, NULL);
  f->sign_name = make_format (workbook, 13, F_CENTER | F_BOLD, NULL);
  f->recipients_title = make_format (workbook, 12, F_BOLD | F_ITALIC, NULL);
  f->recipients = make_format (workbook, 11, F_TOP, NULL);
}

/* ---- cells -------------------------------------------------------------------------- */

static void
note_status (KdExportContext *ctx,
             lxw_error        status)
{
  if (ctx->status == LXW_NO_ERROR && status != LXW_NO_ERROR)
    ctx->status = status;
}

void
kd_export_reserve_height (KdExportSheet *sheet,
                          guint          row,
                          double         height)
{
  if (row >= sheet->heights->len)
    g_array_set_size (sheet->heights, row + 1);
  if (height > g_array_index (sheet->heights, double, row))
    g_array_index (sheet->heights, double, row) = height;
}

/* The characters in @length bytes of UTF-8: the bytes that do not continue a sequence
 * (10xxxxxx), counted eight at a time.  Plan texts run to hundreds of bytes a cell. */
static gsize
count_characters (const char *text,
                  gsize       length)
{
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  gsize         continuing = 0, i = 0;

  for (; i + 8 <= length; i += 8)
    {
      guint64 word;

      memcpy (&word, text + i, sizeof word);
      /* bit 7 of each byte that is 10xxxxxx, summed across the bytes by the multiplication */
      continuing += (((word & ~(word << 1) & high) >> 7) * ones) >> 56;
    }
  for (; i < length; i++)
    continuing += ((guchar)text[i] & 0xC0) == 0x80;
  return length - continuing;
}

/* How tall a row must be for @text (@length bytes) in the columns @first…@last: lines
 * estimated from the average width of Times New Roman letters, less the space word wrapping
 * leaves at line ends. */
static void
fit_text (KdExportSheet *sheet,
          guint          row,
          guint          first,
          guint          last,
          const char    *text,
          gsize          length,
          lxw_format    *format)
{
  double      width = 0, per_line, size = format->font_size > 0 ? format->font_size : 11;
  guint       lines = 0;
  const char *p = text, *end = text + length;

  if (length == 0)
    return;
  for (guint column = first; column <= last && column < sheet->n_columns; column++)
    width += sheet->widths[column];
  per_line = MAX (3.0, width * CHARS_PER_UNIT * 11.0 / size - 4);
  for (;;)
    {
      const char *line_end = memchr (p, '\n', end - p);
      gsize       chars = count_characters (p, (line_end != NULL ? line_end : end) - p);

      lines += MAX (1u, (guint)ceil (chars / per_line));
      if (line_end == NULL)
        break;
      p = line_end + 1;
    }
  kd_export_reserve_height (sheet, row, MIN (409.0, lines * size * 1.2 + 4));
}

/* User text is only ever written with worksheet_write_string: "=HYPERLINK(…)" stays text.
 * The row is made tall enough for the text across @fit_last (G_MAXUINT: do not size it). */
static void
write_string (KdExportContext *ctx,
              KdExportSheet   *sheet,
              guint            row,
              guint            column,
              guint            fit_last,
              const char      *text,
              lxw_format      *format)
{
  g_autofree char *cut = NULL;
  gsize            length;

  if (text == NULL)
    text = "";
  length = strlen (text);
  /* A text of fewer bytes than the limit has fewer characters: most cells skip the count. */
  if (length > CELL_MAX_CHARS && count_characters (text, length) > CELL_MAX_CHARS)
    {
      g_autofree char *head = g_utf8_substring (text, 0, CELL_MAX_CHARS);

      cut = g_strconcat (head, "…", NULL);
      text = cut;
      length = strlen (cut);
    }
  note_status (ctx, worksheet_write_string (sheet->worksheet, row, column, text, format));
  if (fit_last != G_MAXUINT)
    fit_text (sheet, row, column, fit_last, text, length, format);
}

void
kd_export_text (KdExportContext *ctx,
                KdExportSheet   *sheet,
                guint            row,
                guint            column,
                const char      *text,
                lxw_format      *format)
{
  write_string (ctx, sheet, row, column, column, text, format);
}

static gboolean
has_border (const lxw_format *format)
{
  return format != NULL && (format->top || format->bottom || format->left || format->right);
}

void
kd_export_merge (KdExportContext *ctx,
                 KdExportSheet   *sheet,
                 guint            first_row,
                 guint            first_column,
                 guint            last_row,
                 guint            last_column,
                 const char      *text,
                 lxw_format      *format)
{
  if (first_row == last_row && first_column == last_column)
    {
      kd_export_text (ctx, sheet, first_row, first_column, text, format);
      return;
    }
  /* A merged range shows its first cell's format, except for borders, which each cell draws:
   * only a bordered range needs its other cells written, as formatted blanks (a range without a
   * format writes none).  Then the text goes into the first cell as a string.  A range over
   * several rows has their height already. */
  note_status (ctx, worksheet_merge_range (sheet->worksheet, first_row, first_column, last_row, last_column, "",
                                           has_border (format) ? format : NULL));
  write_string (ctx, sheet, first_row, first_column, first_row == last_row ? last_column : G_MAXUINT, text, format);
}

void
kd_export_number (KdExportContext *ctx,
                  KdExportSheet   *sheet,
                  guint            row,
                  guint            column,
                  double           value,
                  lxw_format      *format)
{
  /* A NaN would be written as "NAN" and make the file unreadable. */
  if (!isfinite (value))
    value = 0;
  note_status (ctx, worksheet_write_number (sheet->worksheet, row, column, value, format));
}

/* A total that stays right when someone edits the sheet in Excel, with its value cached for
 * readers that do not calculate. */
void
kd_export_sum (KdExportContext *ctx,
               KdExportSheet   *sheet,
               guint            row,
               guint            column,
               guint            first_row,
               guint            last_row,
               double           value,
               lxw_format      *format)
{
  char formula[64];
  char first[16], last[16];

  if (!isfinite (value))
    value = 0;
  if (last_row < first_row)
    {
      kd_export_number (ctx, sheet, row, column, value, format);
      return;
    }
  lxw_rowcol_to_cell (first, first_row, column);
  lxw_rowcol_to_cell (last, last_row, column);
  g_snprintf (formula, sizeof formula, "=SUM(%s:%s)", first, last);
  note_status (ctx, worksheet_write_formula_num (sheet->worksheet, row, column, formula, format, value));
}

void
kd_export_date (KdExportContext *ctx,
                KdExportSheet   *sheet,
                guint            row,
                guint            column,
                const char      *iso,
                lxw_format      *format)
{
  GDate date;

  if (kd_date_parse_iso (iso, &date))
    {
      lxw_datetime when = { g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 0, 0, 0 };

      note_status (ctx, worksheet_write_datetime (sheet->worksheet, row, column, &when, format));
    }
  else
    kd_export_text (ctx, sheet, row, column, "", format);
}

void
kd_export_blank (KdExportContext *ctx,
                 KdExportSheet   *sheet,
                 guint            row,
                 guint            first_column,
                 guint            last_column,
                 lxw_format      *format)
{
  for (guint column = first_column; column <= last_column; column++)
    note_status (ctx, worksheet_write_blank (sheet->worksheet, row, column, format));
}

/* A sentence across the whole width of the sheet, below a table. */
guint
kd_export_paragraph (KdExportContext *ctx,
                     KdExportSheet   *sheet,
                     guint            row,
                     const char      *text,
                     lxw_format      *format)
{
  kd_export_merge (ctx, sheet, row, 0, row, sheet->n_columns - 1, text, format);
  return row + 1;
}

/* ---- sheets ------------------------------------------------------------------------- */

void
kd_export_sheet_init (KdExportContext *ctx,
                      KdExportSheet   *sheet,
                      const char      *name,
                      const double    *widths,
                      guint            n_columns)
{
  double total = 0, left = 0;

  sheet->worksheet = workbook_add_worksheet (ctx->workbook, name);
  sheet->heights = g_array_new (FALSE, TRUE, sizeof (double));
  sheet->widths = widths;
  sheet->n_columns = n_columns;
  for (guint i = 0; i < n_columns; i++)
    {
      total += widths[i];
      note_status (ctx, worksheet_set_column (sheet->worksheet, i, i, widths[i], NULL));
    }
  /* The agency block takes the columns whose width comes closest to 40 % of the sheet's, the
   * Quốc hiệu block the rest. */
  sheet->split = 1;
  for (guint i = 0; i + 1 < n_columns; i++)
    {
      left += widths[i];
      if (fabs (left - total * 0.4) < fabs (left - widths[i] - total * 0.4) || i == 0)
        sheet->split = i + 1;
      else
        break;
    }
}

/* A4, one page wide, the table header on every page and frozen on screen (Nghị định 30
 * margins: 30 mm on the left, 15–20 mm elsewhere; landscape pages need the width more).  A
 * sheet of several short tables passes header_first > header_last: no header is repeated. */
void
kd_export_sheet_finish (KdExportContext *ctx,
                        KdExportSheet   *sheet,
                        gboolean         landscape,
                        guint            header_first,
                        guint            header_last)
{
  lxw_worksheet *worksheet = sheet->worksheet;

  for (guint row = 0; row < sheet->heights->len; row++)
    {
      double height = g_array_index (sheet->heights, double, row);

      /* Rounded up to a quarter point, which a sheet shows and prints the same and which the
       * file then holds as "43.75" rather than as "43.600000000000001". */
      if (height > 0)
        note_status (ctx, worksheet_set_row (worksheet, row, ceil (height * 4) / 4, NULL));
    }
  g_clear_pointer (&sheet->heights, g_array_unref);

  worksheet_set_paper (worksheet, 9);
  if (landscape)
    {
      worksheet_set_landscape (worksheet);
      worksheet_set_margins (worksheet, 0.79, 0.59, 0.79, 0.79);
    }
  else
    worksheet_set_margins (worksheet, 1.18, 0.59, 0.79, 0.79);
  worksheet_fit_to_pages (worksheet, 1, 0);
  worksheet_center_horizontally (worksheet);
  note_status (ctx, worksheet_set_footer (worksheet, "&C&\"" FONT ",Regular\"&11Trang &P/&N"));
  if (header_first <= header_last)
    {
      note_status (ctx, worksheet_repeat_rows (worksheet, header_first, header_last));
      worksheet_freeze_panes (worksheet, header_last + 1, 0);
    }
}

static char *
upper_or_dots (const char *text,
               const char *fallback)
{
  if (kd_text_is_blank (text))
    return g_strdup (fallback);
  return g_utf8_strup (text, -1);
}

/* The Nghị định 30 head of the page: agency and school top left, Quốc hiệu and Tiêu ngữ top
 * right, then the number and the place-and-date line, then the title.  Returns the next row. */
guint
kd_export_page_header (KdExportContext *ctx,
                       KdExportSheet   *sheet,
                       gboolean         with_number,
                       const char      *title,
                       const char      *subtitle)
{
  KdExportFormats *f = &ctx->formats;
  KdSchool        *school = kd_document_get_school (ctx->document);
  KdCycle         *cycle = kd_document_get_cycle (ctx->document);
  guint            left_last = sheet->split - 1, right = sheet->split, last = sheet->n_columns - 1;
  g_autofree char *agency = upper_or_dots (kd_school_get_agency (school), "……………");
  g_autofree char *name = upper_or_dots (kd_school_get_name (school), "TRƯỜNG ……………");
  g_autofree char *place_date = kd_date_format_long (kd_cycle_get_place (cycle), kd_cycle_get_date (cycle));
  g_autofree char *number = NULL;
  guint            row = 0;

  kd_export_merge (ctx, sheet, 0, 0, 0, left_last, agency, f->agency);
  kd_export_merge (ctx, sheet, 0, right, 0, last, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f->nation);
  kd_export_merge (ctx, sheet, 1, 0, 1, left_last, name, f->school);
  kd_export_merge (ctx, sheet, 1, right, 1, last, "Độc lập - Tự do - Hạnh phúc", f->motto);
  if (with_number)
    {
      number = kd_text_is_blank (kd_cycle_get_number (cycle))
                   ? g_strdup ("Số: ……/KH-……")
                   : g_strdup_printf ("Số: %s", kd_cycle_get_number (cycle));
      kd_export_merge (ctx, sheet, 2, 0, 2, left_last, number, f->number);
    }
  kd_export_merge (ctx, sheet, 2, right, 2, last, place_date, f->place_date);
  row = 4;
  kd_export_merge (ctx, sheet, row, 0, row, last, title, f->title);
  row++;
  if (subtitle != NULL)
    {
      kd_export_merge (ctx, sheet, row, 0, row, last, subtitle, f->subtitle);
      row++;
    }
  return row + 1;
}

static guint
write_signer (KdExportContext      *ctx,
              KdExportSheet        *sheet,
              guint                 row,
              guint                 first,
              guint                 last,
              const KdExportSigner *signer)
{
  KdExportFormats *f = &ctx->formats;

  if (signer->authority != NULL)
    {
      kd_export_merge (ctx, sheet, row, first, row, last, signer->authority, f->sign_title);
      row++;
    }
  kd_export_merge (ctx, sheet, row, first, row, last, signer->title, f->sign_title);
  kd_export_merge (ctx, sheet, row + 1, first, row + 1, last, signer->hint != NULL ? signer->hint : "(Ký, ghi rõ họ tên)",
                   f->sign_hint);
  row += 2;
  /* Room for the signature and the seal. */
  kd_export_reserve_height (sheet, row++, 24);
  kd_export_reserve_height (sheet, row++, 24);
  kd_export_reserve_height (sheet, row++, 24);
  kd_export_merge (ctx, sheet, row, first, row, last, signer->name, f->sign_name);
  return row + 1;
}

/* The foot of the page: "Nơi nhận" or a second signer on the left, the signer on the right.
 * Returns the next row. */
guint
kd_export_signature (KdExportContext      *ctx,
                     KdExportSheet        *sheet,
                     guint                 row,
                     const KdExportSigner *left,
                     const char *const    *recipients,
                     const KdExportSigner *right)
{
  KdExportFormats *f = &ctx->formats;
  guint            left_last = sheet->split - 1, last = sheet->n_columns - 1;
  guint            end_left = row + 1, end_right;

  row++;
  if (left != NULL)
    end_left = write_signer (ctx, sheet, row, 0, left_last, left);
  else if (recipients != NULL)
    {
      guint r = row;

      kd_export_merge (ctx, sheet, r, 0, r, left_last, "Nơi nhận:", f->recipients_title);
      for (guint i = 0; recipients[i] != NULL; i++)
        {
          r++;
          kd_export_merge (ctx, sheet, r, 0, r, left_last, recipients[i], f->recipients);
        }
      end_left = r + 1;
    }
  end_right = write_signer (ctx, sheet, row, sheet->split, last, right);
  return MAX (end_left, end_right);
}

/* ---- labels ------------------------------------------------------------------------- */

char *
kd_export_criterion_label (const KdCriterionDef *def,
                           gboolean              with_title)
{
  if (!with_title)
    return g_strdup_printf ("Tiêu chí %s", def->code);
  return g_strdup_printf ("Tiêu chí %s: %s%s", def->code, def->title, def->mandatory ? " (tiêu chí bắt buộc)" : "");
}

char *
kd_export_standard_label (const KdStandardDef *def)
{
  return g_strdup_printf ("Tiêu chuẩn %u: %s", def->number, def->title);
}

/* The chair of the council signs for it; without one, the principal. */
const char *
kd_export_chair_name (KdExportContext *ctx)
{
  GListModel *members = kd_document_get_members (ctx->document);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KdMember) member = g_list_model_get_item (members, i);

      if (kd_member_get_role (member) == KD_ROLE_CHAIR)
        return kd_member_get_name (member);
    }
  return kd_school_get_principal (kd_document_get_school (ctx->document));
}

/* ---- the workbook ------------------------------------------------------------------- */

gboolean
kd_export_plan_layout_from_string (const char         *text,
                                   KdExportPlanLayout *layout)
{
  if (g_strcmp0 (text, "5932") == 0)
    *layout = KD_EXPORT_PLAN_5932;
  else if (g_ascii_strcasecmp (text != NULL ? text : "", "bieu2") == 0)
    *layout = KD_EXPORT_PLAN_BIEU2;
  else if (g_strcmp0 (text, "auto") == 0)
    *layout = KD_EXPORT_PLAN_AUTO;
  else
    return FALSE;
  return TRUE;
}

static void
set_properties (KdExportContext *ctx)
{
  KdSchool          *school = kd_document_get_school (ctx->document);
  g_autofree char   *title = g_strdup_printf ("Kết quả tự đánh giá — %s", kd_school_get_name (school));
  lxw_doc_properties properties = { 0 };

  properties.title = title;
  properties.company = (char *)kd_school_get_name (school);
  properties.author = (char *)kd_school_get_principal (school);
  properties.subject = (char *)kd_framework_get_title (ctx->framework);
  properties.comments = "Kiểm Định " PACKAGE_VERSION;
  note_status (ctx, workbook_set_properties (ctx->workbook, &properties));
}

/* A file beside the target that nobody else uses, created empty so that a folder we cannot
 * write to is reported before any work; libxlsxwriter then writes over it. */
static char *
create_temporary (const char *path,
                  GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = g_strdup_printf (".%s.%08x.tmp", base, g_random_int ());
      char            *temp = g_build_filename (dir, name, NULL);
      int              fd = g_open (temp, O_WRONLY | O_CREAT | O_EXCL, 0666);
      int              saved = errno;

      if (fd >= 0)
        {
          g_close (fd, NULL);
          return temp;
        }
      g_free (temp);
      if (saved != EEXIST)
        {
          g_autofree char *shown = g_filename_display_name (dir);

          g_set_error (error, KD_ERROR, KD_ERROR_WRITE,
                       _ ("The Excel file could not be written in the folder “%s”: %s. Choose another folder."), shown,
                       g_strerror (saved));
          return NULL;
        }
    }
  g_set_error (error, KD_ERROR, KD_ERROR_WRITE, _ ("The Excel file could not be written: no free temporary name."));
  return NULL;
}

gboolean
kd_export_workbook (KdDocument            *document,
                    const char            *path,
                    const KdExportOptions *options,
                    GError               **error)
{
  KdExportContext      ctx = { 0 };
  lxw_workbook_options workbook_options = { 0 };
  g_autofree char     *temp = NULL;
  g_autofree char     *shown = NULL;
  g_autoptr (GFile) temp_file = NULL;
  g_autoptr (GFile) target = NULL;
  g_autoptr (GError) move_error = NULL;
  lxw_error status;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  shown = g_filename_display_name (path);
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_WRITE, _ ("“%s” is a folder. Give the Excel file a name."), shown);
      return FALSE;
    }
  if ((temp = create_temporary (path, error)) == NULL)
    return FALSE;

  ctx.document = document;
  ctx.framework = kd_document_get_framework (document);
  ctx.evaluation = kd_evaluate (document);
  ctx.plan_layout = options != NULL ? options->plan_layout : KD_EXPORT_PLAN_AUTO;
  if (ctx.plan_layout == KD_EXPORT_PLAN_AUTO)
    ctx.plan_layout = kd_framework_get_plan_layout (ctx.framework) == KD_PLAN_LAYOUT_BIEU2 ? KD_EXPORT_PLAN_BIEU2
                                                                                           : KD_EXPORT_PLAN_5932;
  ctx.workbook = workbook_new_opt (temp, &workbook_options);
  if (ctx.workbook == NULL)
    {
      g_unlink (temp);
      kd_evaluation_free (ctx.evaluation);
      g_set_error (error, KD_ERROR, KD_ERROR_WRITE, _ ("The Excel file “%s” could not be started: not enough memory."), shown);
      return FALSE;
    }
  make_formats (&ctx.formats, ctx.workbook);
  set_properties (&ctx);

  kd_export_write_summary (&ctx);
  kd_export_write_plan (&ctx);
  kd_export_write_evidence (&ctx);
  kd_export_write_council (&ctx);
  kd_export_write_meetings (&ctx);

  status = workbook_close (ctx.workbook);
  kd_evaluation_free (ctx.evaluation);
  if (ctx.status != LXW_NO_ERROR || status != LXW_NO_ERROR)
    {
      g_unlink (temp);
      /* libxlsxwriter's own wording is English and technical: it goes last, in brackets. */
      g_set_error (error, KD_ERROR, KD_ERROR_WRITE,
                   _ ("The Excel file “%s” could not be written: the disk may be full or the folder may not accept new files. The previous file, if any, is unchanged. (%s)"),
                   shown, lxw_strerror (ctx.status != LXW_NO_ERROR ? ctx.status : status));
      return FALSE;
    }

  temp_file = g_file_new_for_path (temp);
  target = g_file_new_for_path (path);
  if (!g_file_move (temp_file, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &move_error))
    {
      g_unlink (temp);
      g_set_error (error, KD_ERROR, KD_ERROR_WRITE, _ ("The Excel file “%s” could not be replaced: %s. Close it in Excel or choose another name."),
                   shown, move_error->message);
      return FALSE;
    }
  return TRUE;
}
