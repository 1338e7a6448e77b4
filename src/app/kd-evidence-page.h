/* kd-evidence-page.h — "Minh chứng": the evidence list (danh mục minh chứng) */
#pragma once

#include "kd-page.h"

G_BEGIN_DECLS

#define KD_TYPE_EVIDENCE_PAGE (kd_evidence_page_get_type ())
G_DECLARE_FINAL_TYPE (KdEvidencePage, kd_evidence_page, KD, EVIDENCE_PAGE, GtkWidget)

GtkWidget *kd_evidence_page_new (void);

/* For tests: what a user sees. */
char        *_kd_evidence_page_dup_checks (KdEvidencePage *self);
char        *_kd_evidence_page_dup_cited_by (KdEvidencePage *self,
                                             KdEvidence     *evidence);
const char  *_kd_evidence_page_get_proposed_code (KdEvidencePage *self);
GtkDropDown *_kd_evidence_page_get_criterion_choice (KdEvidencePage *self);
GtkEditable *_kd_evidence_page_get_search (KdEvidencePage *self);
GListModel  *_kd_evidence_page_get_shown (KdEvidencePage *self);

G_END_DECLS
