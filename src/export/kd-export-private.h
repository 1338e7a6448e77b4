/* kd-export-private.h — what the sheet writers of the workbook share
 *
 * Every cell is written through the helpers below: they give each cell one of the formats made
 * once in kd-export.c (Times New Roman everywhere; libxlsxwriter has no workbook-wide font),
 * write user text only as text, and remember the first failure so a sheet writer need not
 * check each call.
 */
#pragma once

#include <xlsxwriter.h>

#include "kd-export.h"
#include "kd-rules.h"

G_BEGIN_DECLS

typedef struct
{
  lxw_format *agency;     /* cơ quan chủ quản: caps, regular */
  lxw_format *school;     /* TÊN TRƯỜNG: caps, bold */
  lxw_format *nation;     /* Quốc hiệu */
  lxw_format *motto;      /* Tiêu ngữ, underlined */
  lxw_format *number;     /* Số, ký hiệu */
  lxw_format *place_date; /* italic */
  lxw_format *title;
  lxw_format *subtitle;
  lxw_format *head; /* table header cells */
  lxw_format *head_small;
  lxw_format *cell;
  lxw_format *cell_center;
  lxw_format *cell_bold;
  lxw_format *cell_bold_center;
  lxw_format *money;
  lxw_format *money_bold;
  lxw_format *count;
  lxw_format *count_bold;
  lxw_format *percent;
  lxw_format *percent_bold;
  lxw_format *date;
  lxw_format *section; /* "1. Kết quả đánh giá" above a table */
  lxw_format *text;    /* a sentence under a table */
  lxw_format *text_bold;
  lxw_format *note; /* italic remark */
  lxw_format *sign_title;
  lxw_format *sign_hint;
  lxw_format *sign_name;
  lxw_format *recipients_title;
  lxw_format *recipients;
} KdExportFormats;

typedef struct
{
  lxw_workbook      *workbook;
  KdExportFormats    formats;
  KdDocument        *document;
  KdFramework       *framework;
  KdEvaluation      *evaluation;
  KdExportPlanLayout plan_layout; /* resolved: never AUTO */
  lxw_error          status;      /* the first failure, LXW_NO_ERROR while all goes well */
} KdExportContext;

/* A sheet's columns: their widths (in Excel's character units) decide where the agency block
 * ends and the Quốc hiệu block begins, and how tall a row of wrapped text must be.  Neither
 * LibreOffice nor Excel sizes the rows of a generated file to their wrapped text, so each text
 * written raises its row's height as needed and kd_export_sheet_finish() applies them. */
typedef struct
{
  lxw_worksheet *worksheet;
  const double  *widths;
  guint          n_columns;
  guint          split;   /* first column of the right-hand blocks */
  GArray        *heights; /* double per row, in points; 0 for the default */
} KdExportSheet;

typedef struct
{
  const char *authority; /* "TM. HỘI ĐỒNG TỰ ĐÁNH GIÁ", or NULL */
  const char *title;     /* "CHỦ TỊCH", "HIỆU TRƯỞNG" */
  const char *name;      /* may be empty: the line stays for a handwritten name */
  const char *hint;      /* "(Ký, ghi rõ họ tên, đóng dấu)"; NULL for "(Ký, ghi rõ họ tên)" */
} KdExportSigner;

void kd_export_sheet_init (KdExportContext *ctx,
                           KdExportSheet   *sheet,
                           const char      *name,
                           const double    *widths,
                           guint            n_columns);
void kd_export_sheet_finish (KdExportContext *ctx,
                             KdExportSheet   *sheet,
                             gboolean         landscape,
                             guint            header_first,
                             guint            header_last);

guint kd_export_page_header (KdExportContext *ctx,
                             KdExportSheet   *sheet,
                             gboolean         with_number,
                             const char      *title,
                             const char      *subtitle);
guint kd_export_signature (KdExportContext      *ctx,
                           KdExportSheet        *sheet,
                           guint                 row,
                           const KdExportSigner *left,
                           const char *const    *recipients,
                           const KdExportSigner *right);

void  kd_export_text (KdExportContext *ctx,
                      KdExportSheet   *sheet,
                      guint            row,
                      guint            column,
                      const char      *text,
                      lxw_format      *format);
void  kd_export_merge (KdExportContext *ctx,
                       KdExportSheet   *sheet,
                       guint            first_row,
                       guint            first_column,
                       guint            last_row,
                       guint            last_column,
                       const char      *text,
                       lxw_format      *format);
void  kd_export_number (KdExportContext *ctx,
                        KdExportSheet   *sheet,
                        guint            row,
                        guint            column,
                        double           value,
                        lxw_format      *format);
void  kd_export_sum (KdExportContext *ctx,
                     KdExportSheet   *sheet,
                     guint            row,
                     guint            column,
                     guint            first_row,
                     guint            last_row,
                     double           value,
                     lxw_format      *format);
void  kd_export_date (KdExportContext *ctx,
                      KdExportSheet   *sheet,
                      guint            row,
                      guint            column,
                      const char      *iso,
                      lxw_format      *format);
void  kd_export_blank (KdExportContext *ctx,
                       KdExportSheet   *sheet,
                       guint            row,
                       guint            first_column,
                       guint            last_column,
                       lxw_format      *format);
guint kd_export_paragraph (KdExportContext *ctx,
                           KdExportSheet   *sheet,
                           guint            row,
                           const char      *text,
                           lxw_format      *format);
void  kd_export_reserve_height (KdExportSheet *sheet,
                                guint          row,
                                double         height);

char       *kd_export_criterion_label (const KdCriterionDef *def,
                                       gboolean              with_title);
char       *kd_export_standard_label (const KdStandardDef *def);
const char *kd_export_chair_name (KdExportContext *ctx);

/* The sheets, one file each. */
void kd_export_write_summary (KdExportContext *ctx);
void kd_export_write_plan (KdExportContext *ctx);
void kd_export_write_evidence (KdExportContext *ctx);
void kd_export_write_council (KdExportContext *ctx);
void kd_export_write_meetings (KdExportContext *ctx);

G_END_DECLS
