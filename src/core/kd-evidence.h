/* kd-evidence.h — one document of the evidence list (danh mục minh chứng) */
#pragma once

#include <gio/gio.h>

#include "kd-item.h"

G_BEGIN_DECLS

#define KD_TYPE_EVIDENCE (kd_evidence_get_type ())
G_DECLARE_FINAL_TYPE (KdEvidence, kd_evidence, KD, EVIDENCE, KdItem)

KdEvidence *kd_evidence_new (const char *code,
                             const char *title);
const char *kd_evidence_get_code (KdEvidence *self);
const char *kd_evidence_get_title (KdEvidence *self);
const char *kd_evidence_get_number_date (KdEvidence *self);
const char *kd_evidence_get_issuer (KdEvidence *self);
const char *kd_evidence_get_location (KdEvidence *self);
const char *kd_evidence_get_criterion (KdEvidence *self);
const char *kd_evidence_get_note (KdEvidence *self);
char       *kd_evidence_dup_location_uri (KdEvidence *self,
                                          GFile      *document_file);

G_END_DECLS
