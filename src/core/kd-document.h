/* kd-document.h — one self-assessment: the .kdcl file in memory
 *
 * Everything a user edits goes through the model objects reached from here; every change is
 * recorded for undo and announced with ::changed (for the unsaved mark and the autosave).
 */
#pragma once

#include <gio/gio.h>

#include "kd-council.h"
#include "kd-criterion-record.h"
#include "kd-evidence.h"
#include "kd-framework-registry.h"
#include "kd-history.h"
#include "kd-meeting.h"
#include "kd-plan-row.h"
#include "kd-problem.h"
#include "kd-review.h"
#include "kd-school.h"

G_BEGIN_DECLS

#define KD_FORMAT_VERSION 1

#define KD_TYPE_DOCUMENT (kd_document_get_type ())
G_DECLARE_FINAL_TYPE (KdDocument, kd_document, KD, DOCUMENT, GObject)

KdDocument *kd_document_new (KdFramework *framework);

KdFramework       *kd_document_get_framework (KdDocument *self);
KdSchool          *kd_document_get_school (KdDocument *self);
KdCycle           *kd_document_get_cycle (KdDocument *self);
GListModel        *kd_document_get_members (KdDocument *self);
GListModel        *kd_document_get_groups (KdDocument *self);
GListModel        *kd_document_get_evidence (KdDocument *self);
GListModel        *kd_document_get_plan (KdDocument *self);
GListModel        *kd_document_get_reviews (KdDocument *self);
KdCriterionRecord *kd_document_get_criterion (KdDocument *self,
                                              const char *code);
KdStandardRecord  *kd_document_get_standard (KdDocument *self,
                                             guint       number);
KdCriterionRecord *kd_document_get_extra (KdDocument *self);

KdItem     *kd_document_lookup_item (KdDocument *self,
                                     GListModel *list,
                                     const char *id);
const char *kd_document_describe_assignee (KdDocument *self,
                                           const char *id);

void kd_document_insert_item (KdDocument *self,
                              GListModel *list,
                              guint       position,
                              KdItem     *item);
void kd_document_append_item (KdDocument *self,
                              GListModel *list,
                              KdItem     *item);
void kd_document_remove_item (KdDocument *self,
                              GListModel *list,
                              guint       position);
void kd_document_move_item (KdDocument *self,
                            GListModel *list,
                            guint       from,
                            guint       to);

void     kd_document_begin_group (KdDocument *self,
                                  const char *label);
void     kd_document_end_group (KdDocument *self);
gboolean kd_document_undo (KdDocument *self);
gboolean kd_document_redo (KdDocument *self);
gboolean kd_document_can_undo (KdDocument *self);
gboolean kd_document_can_redo (KdDocument *self);
gboolean kd_document_get_modified (KdDocument *self);
void     kd_document_mark_saved (KdDocument *self);
void     kd_document_forget_history (KdDocument *self);
void     kd_document_mark_unsaved (KdDocument *self);
gboolean kd_document_is_saved (KdDocument *self);

gboolean             kd_document_get_read_only (KdDocument *self);
void                 kd_document_set_in_use_elsewhere (KdDocument *self,
                                                       gboolean    in_use);
gboolean             kd_document_get_in_use_elsewhere (KdDocument *self);
gboolean             kd_document_is_editable (KdDocument *self);
guint                kd_document_get_file_version (KdDocument *self);
const KdProblemList *kd_document_get_load_problems (KdDocument *self);

const char *kd_document_get_id (KdDocument *self);
guint       kd_document_get_revision (KdDocument *self);
void        kd_document_set_author (KdDocument *self,
                                    const char *name,
                                    const char *member_id);
const char *kd_document_get_author_name (KdDocument *self);
GListModel *kd_document_get_history (KdDocument *self);
void        kd_document_add_history (KdDocument *self,
                                     const char *action,
                                     const char *target,
                                     const char *summary);
GListModel *kd_document_get_meetings (KdDocument *self);
gboolean    kd_document_is_package (KdDocument *self);
guint       kd_document_count_conflicts (KdDocument *self);

/* kd-document-io.c */
KdDocument *kd_document_load_from_data (KdFrameworkRegistry *registry,
                                        const char          *data,
                                        gsize                length,
                                        const char          *display_name,
                                        GError             **error);
KdDocument *kd_document_load_from_file (KdFrameworkRegistry *registry,
                                        GFile               *file,
                                        GError             **error);
char       *kd_document_to_data (KdDocument *self,
                                 gsize      *length);
gboolean    kd_document_save_to_file (KdDocument *self,
                                      GFile      *file,
                                      GError    **error);

/* kd-validate.c */
KdProblemList *kd_document_validate (KdDocument *self);
KdProblemList *kd_document_check_council (KdDocument *self);
KdProblemList *kd_document_check_evidence (KdDocument *self);
GHashTable    *kd_document_collect_citations (KdDocument *self);
char          *kd_document_propose_evidence_code (KdDocument *self,
                                                  const char *criterion,
                                                  guint       box);

G_END_DECLS
