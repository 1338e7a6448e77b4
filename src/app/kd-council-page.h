/* kd-council-page.h — "Hội đồng": members, groups, who assesses which criterion */
#pragma once

#include "kd-field-choice.h"
#include "kd-field-entry.h"
#include "kd-page.h"

G_BEGIN_DECLS

#define KD_TYPE_COUNCIL_PAGE (kd_council_page_get_type ())
G_DECLARE_FINAL_TYPE (KdCouncilPage, kd_council_page, KD, COUNCIL_PAGE, GtkWidget)

GtkWidget *kd_council_page_new (void);

/* For tests: what a user sees and edits. */
char      *_kd_council_page_dup_warnings (KdCouncilPage *self);
GtkWidget *_kd_council_page_get_member_editor (KdCouncilPage *self,
                                               guint          position,
                                               const char    *field);
GtkWidget *_kd_council_page_get_group_editor (KdCouncilPage *self,
                                              guint          position,
                                              const char    *field);
GtkWidget *_kd_council_page_get_assignment (KdCouncilPage *self,
                                            const char    *criterion);
GtkWidget *_kd_council_page_get_standard_assignment (KdCouncilPage *self,
                                                     guint          standard);

G_END_DECLS
