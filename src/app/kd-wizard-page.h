/* kd-wizard-page.h — the "Tự đánh giá" section: the Phiếu đánh giá tiêu chí, one criterion at a
 * time, with a navigator of every criterion by standard */
#pragma once

#include "kd-page.h"
#include "kd-text-box.h"

G_BEGIN_DECLS

#define KD_TYPE_WIZARD_PAGE (kd_wizard_page_get_type ())
G_DECLARE_FINAL_TYPE (KdWizardPage, kd_wizard_page, KD, WIZARD_PAGE, GtkWidget)

GtkWidget *kd_wizard_page_new (void);

/* For tests and the screenshots: what the page shows. */
gboolean     _kd_wizard_page_is_complete (KdWizardPage *self);
const char  *_kd_wizard_page_get_shown_criterion (KdWizardPage *self);
guint        _kd_wizard_page_get_shown_standard (KdWizardPage *self);
const char  *_kd_wizard_page_get_level_text (KdWizardPage *self);
const char  *_kd_wizard_page_get_reason_text (KdWizardPage *self);
gboolean     _kd_wizard_page_choose (KdWizardPage *self,
                                     const char   *indicator_id,
                                     KdState       state);
KdTextBox   *_kd_wizard_page_get_text_box (KdWizardPage *self,
                                           const char   *field);
char        *_kd_wizard_page_dup_listed (KdWizardPage *self);
char        *_kd_wizard_page_dup_row_status (KdWizardPage *self,
                                             const char   *entry);
GtkEditable *_kd_wizard_page_get_search (KdWizardPage *self);
void         _kd_wizard_page_set_me (KdWizardPage *self,
                                     const char   *member_name);
void         _kd_wizard_page_set_only_mine (KdWizardPage *self,
                                            gboolean      only_mine);

G_END_DECLS
