/* kd-extra-page.h — "Yêu cầu Mức 4": the extra requirements of the 2018 frameworks */
#pragma once

#include "kd-page.h"
#include "kd-state-choice.h"
#include "kd-text-box.h"

G_BEGIN_DECLS

#define KD_TYPE_EXTRA_PAGE (kd_extra_page_get_type ())
G_DECLARE_FINAL_TYPE (KdExtraPage, kd_extra_page, KD, EXTRA_PAGE, GtkWidget)

GtkWidget *kd_extra_page_new (void);

/* For tests: the answer and the description of requirement @id ("1"…"6"); the result line. */
KdStateChoice *_kd_extra_page_get_choice (KdExtraPage *self,
                                          const char  *id);
KdTextBox     *_kd_extra_page_get_text_box (KdExtraPage *self,
                                            const char  *id);
const char    *_kd_extra_page_get_result (KdExtraPage *self);

G_END_DECLS
