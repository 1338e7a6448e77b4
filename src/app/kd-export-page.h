/* kd-export-page.h — "Xuất Excel": the workbook for the Phòng / Sở */
#pragma once

#include "kd-export.h"
#include "kd-page.h"

G_BEGIN_DECLS

#define KD_TYPE_EXPORT_PAGE (kd_export_page_get_type ())
G_DECLARE_FINAL_TYPE (KdExportPage, kd_export_page, KD, EXPORT_PAGE, GtkWidget)

GtkWidget *kd_export_page_new (void);

/* For tests: the file the next export writes, as if chosen in the file chooser. */
void _kd_export_page_set_file (KdExportPage *self,
                               GFile        *file);

G_END_DECLS
