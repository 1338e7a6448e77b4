/* kd-export.h — the Excel workbook of a document (the result tables for the Phòng / Sở)
 *
 * One .xlsx with the sheets "Tổng hợp", "Kế hoạch cải tiến", "Minh chứng", "Hội đồng" and, when
 * the council has met in the app, "Biên bản họp", each in the official layout (CV 5932, TT 57
 * Biểu 2, Nghị định 30/2020).  The workbook is written beside the target and renamed over it,
 * so a failed export leaves an older file untouched.
 */
#pragma once

#include "kd-document.h"

G_BEGIN_DECLS

typedef enum
{
  KD_EXPORT_PLAN_AUTO,  /* the framework's own: Biểu 2 for TT 57, the CV 5932 columns for 2018 */
  KD_EXPORT_PLAN_5932,  /* TT | Tiêu chuẩn, tiêu chí | Kết quả cần đạt | … | Ghi chú */
  KD_EXPORT_PLAN_BIEU2, /* TT 57 Biểu 2, columns (1)–(10) */
} KdExportPlanLayout;

typedef struct
{
  KdExportPlanLayout plan_layout;
} KdExportOptions;

gboolean kd_export_workbook (KdDocument            *document,
                             const char            *path,
                             const KdExportOptions *options,
                             GError               **error);

gboolean kd_export_plan_layout_from_string (const char         *text,
                                            KdExportPlanLayout *layout);

G_END_DECLS
