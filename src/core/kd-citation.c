/* kd-citation.c */
#include "config.h"

#include <string.h>

#include "kd-citation.h"

void
kd_citation_free (KdCitation *citation)
{
  if (citation == NULL)
    return;
  g_free (citation->code);
  g_free (citation);
}

/**
 * kd_citations_find:
 * @text: (nullable): a description, strengths, any text of the document
 *
 * Returns: (transfer full): the KdCitation of every evidence code in @text, in order, each
 *   marked with whether the document's evidence list has it.
 */
GPtrArray *
kd_citations_find (KdDocument *document,
                   const char *text)
{
  GPtrArray  *citations = g_ptr_array_new_with_free_func ((GDestroyNotify)kd_citation_free);
  GListModel *evidence;
  g_autoptr (GPtrArray) matches = NULL;
  g_autoptr (GHashTable) listed = NULL;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), citations);
  matches = kd_framework_find_evidence_codes (kd_document_get_framework (document), text);
  if (matches->len == 0)
    return citations;

  evidence = kd_document_get_evidence (document);
  listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr (KdEvidence) item = g_list_model_get_item (evidence, i);

      g_hash_table_add (listed, g_strdup (kd_evidence_get_code (item)));
    }
  for (guint i = 0; i < matches->len; i++)
    {
      KdCodeMatch *match = g_ptr_array_index (matches, i);
      KdCitation  *citation = g_new0 (KdCitation, 1);

      citation->start = match->start;
      citation->end = match->end;
      citation->code = g_strdup (match->code);
      citation->listed = g_hash_table_contains (listed, match->code);
      g_ptr_array_add (citations, citation);
    }
  return citations;
}

/* Whether a code of the framework ends exactly at byte @end of @text. */
static gboolean
code_ends_at (KdFramework *framework,
              const char  *text,
              gsize        end)
{
  g_autofree char *before = g_strndup (text, end);
  g_autoptr (GPtrArray) matches = kd_framework_find_evidence_codes (framework, before);

  return matches->len > 0 && ((KdCodeMatch *)g_ptr_array_index (matches, matches->len - 1))->end == end;
}

/**
 * kd_citation_prepare_insert:
 * @text: the text being edited
 * @position: (inout): byte offset of the cursor in @text; set to where the result goes
 * @code: the evidence code to cite, as the evidence list has it
 *
 * Writes a citation of @code the way the regulation wants it.  Right after another citation
 * (or inside its closing bracket) the code joins it with the framework's separator —
 * "(MC.1.1.01, MC.1.1.02)", "[H1-1.1-01]; [H1-1.1-02]"; elsewhere it is a new citation, set
 * off from the word before it by a space.
 *
 * Returns: (transfer full): the text to insert at *@position
 */
char *
kd_citation_prepare_insert (KdFramework *framework,
                            const char  *text,
                            gsize       *position,
                            const char  *code)
{
  const char *separator;
  const char *close;
  gsize       at;
  gsize       close_len;

  g_return_val_if_fail (KD_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (text != NULL && position != NULL && code != NULL, NULL);

  at = MIN (*position, strlen (text));
  separator = kd_framework_get_evidence_separator (framework);
  close = kd_framework_get_evidence_close (framework);
  close_len = strlen (close);

  if (code_ends_at (framework, text, at))
    {
      *position = at;
      return g_strconcat (separator, code, NULL);
    }
  if (close_len > 0 && at >= close_len && strncmp (text + at - close_len, close, close_len) == 0 &&
      code_ends_at (framework, text, at - close_len))
    {
      *position = at - close_len;
      return g_strconcat (separator, code, NULL);
    }

  *position = at;
  {
    const char *open = kd_framework_get_evidence_open (framework);
    gboolean    spaced = at == 0;

    if (!spaced)
      {
        const char *prev = g_utf8_find_prev_char (text, text + at);
        gunichar    c = prev != NULL ? g_utf8_get_char (prev) : ' ';

        spaced = g_unichar_isspace (c) || c == '(' || c == '[';
      }
    return g_strconcat (spaced ? "" : " ", open, code, close, NULL);
  }
}
