/* kd-citation.h — evidence codes cited in a text
 *
 * A description cites the evidence it relies on by code ("[H1-1.1-01]" under the 2018 circulars,
 * "(MC.1.1.01, MC.1.1.02)" under TT 57).  Finding the codes, telling which ones the evidence list
 * lacks, and writing a new citation where the cursor is follow the framework's pattern.
 */
#pragma once

#include "kd-document.h"

G_BEGIN_DECLS

typedef struct
{
  guint    start; /* byte offsets of the code in the text */
  guint    end;
  char    *code;   /* as written ("[H1-1.1-01]", "MC.1.1.01") */
  gboolean listed; /* the evidence list has a document with this code */
} KdCitation;

void kd_citation_free (KdCitation *citation);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KdCitation, kd_citation_free)

GPtrArray *kd_citations_find (KdDocument *document,
                              const char *text);
char      *kd_citation_prepare_insert (KdFramework *framework,
                                       const char  *text,
                                       gsize       *position,
                                       const char  *code);

G_END_DECLS
