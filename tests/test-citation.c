/* test-citation.c — evidence codes found in a text, checked against the list, inserted where the
 * cursor is; the criteria of one council member */
#include "config.h"

#include <string.h>

#include "kd-citation.h"
#include "kd-test-util.h"

static KdDocument *
document_with_evidence (const char        *framework,
                        const char *const *codes)
{
  KdDocument *document = kd_document_new (kd_test_framework (framework));

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr (KdEvidence) evidence = kd_evidence_new (codes[i], "Kế hoạch năm học");

      kd_document_append_item (document, kd_document_get_evidence (document), KD_ITEM (evidence));
    }
  return document;
}

static char *
cited (const char       *text,
       const KdCitation *citation)
{
  return g_strndup (text + citation->start, citation->end - citation->start);
}

static void
test_find_2018 (void)
{
  const char *codes[] = { "[H1-1.1-01]", "[H1-1.1-02]", NULL };
  g_autoptr (KdDocument) document = document_with_evidence ("tt18-2018", codes);
  const char *text = "Nhà trường có kế hoạch [H1-1.1-01]; [H1-1.1-02] và quyết định [H9-1.1-07].";
  g_autoptr (GPtrArray) found = kd_citations_find (document, text);
  KdCitation *last;

  g_assert_cmpuint (found->len, ==, 3);
  g_assert_cmpstr (((KdCitation *)found->pdata[0])->code, ==, "[H1-1.1-01]");
  g_assert_true (((KdCitation *)found->pdata[0])->listed);
  g_assert_true (((KdCitation *)found->pdata[1])->listed);
  last = found->pdata[2];
  g_assert_false (last->listed);
  g_assert_cmpstr (last->code, ==, "[H9-1.1-07]");
  {
    g_autofree char *span = cited (text, last);

    /* Byte offsets, after the multi-byte letters of the sentence. */
    g_assert_cmpstr (span, ==, "[H9-1.1-07]");
  }

  g_clear_pointer (&found, g_ptr_array_unref);
  found = kd_citations_find (document, "Không có mã nào, kể cả H1-1.1-01 không ngoặc.");
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = kd_citations_find (document, NULL);
  g_assert_cmpuint (found->len, ==, 0);
}

static void
test_find_tt57 (void)
{
  const char *codes[] = { "MC.1.1.01", NULL };
  g_autoptr (KdDocument) document = document_with_evidence ("tt57-2026-pt", codes);
  const char *text = "Kế hoạch năm học được phê duyệt (MC.1.1.01, MC.1.1.02).";
  g_autoptr (GPtrArray) found = kd_citations_find (document, text);
  g_autofree char *second = NULL;

  g_assert_cmpuint (found->len, ==, 2);
  g_assert_true (((KdCitation *)found->pdata[0])->listed);
  g_assert_false (((KdCitation *)found->pdata[1])->listed);
  second = cited (text, found->pdata[1]);
  g_assert_cmpstr (second, ==, "MC.1.1.02");
}

/* Inserts @code at the byte offset of "|" in @before and returns the text with "|" at the new
 * cursor, after the insertion. */
static char *
insert_at_bar (KdFramework *framework,
               const char  *before,
               const char  *code)
{
  const char      *bar = strchr (before, '|');
  g_autofree char *text = NULL;
  g_autofree char *insertion = NULL;
  gsize            position;

  g_assert_nonnull (bar);
  position = (gsize)(bar - before);
  text = g_strdup (before);
  memmove (text + position, text + position + 1, strlen (text + position + 1) + 1);
  insertion = kd_citation_prepare_insert (framework, text, &position, code);
  return g_strdup_printf ("%.*s%s|%s", (int)position, text, insertion, text + position);
}

static void
test_insert (void)
{
  static const struct
  {
    const char *framework, *before, *code, *after;
  } cases[] = {
    /* TT 57: round brackets inside the sentence, several codes joined by commas. */
    { "tt57-2026-pt", "Kế hoạch năm học|.", "MC.1.1.01", "Kế hoạch năm học (MC.1.1.01)|." },
    /* Right after a citation's closing bracket: the code joins it inside. */
    { "tt57-2026-pt", "Kế hoạch năm học (MC.1.1.01)|.", "MC.1.1.02", "Kế hoạch năm học (MC.1.1.01, MC.1.1.02|)." },
    { "tt57-2026-pt", "Kế hoạch (MC.1.1.01|).", "MC.1.1.02", "Kế hoạch (MC.1.1.01, MC.1.1.02|)." },
    { "tt57-2026-pt", "Kế hoạch |", "MC.1.1.01", "Kế hoạch (MC.1.1.01)|" },
    { "tt57-2026-pt", "|", "MC.1.1.01", "(MC.1.1.01)|" },
    /* 2018: the code carries its square brackets; several are separated by semicolons. */
    { "tt18-2018", "đã công khai|.", "[H1-1.1-01]", "đã công khai [H1-1.1-01]|." },
    { "tt18-2018", "đã công khai [H1-1.1-01]|.", "[H1-1.1-02]", "đã công khai [H1-1.1-01]; [H1-1.1-02]|." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *after = insert_at_bar (kd_test_framework (cases[i].framework), cases[i].before, cases[i].code);

      g_assert_cmpstr (after, ==, cases[i].after);
    }
}

static void
test_assigned_to (void)
{
  g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt18-2018"));
  g_autoptr (KdGroup) group = kd_group_new ("Nhóm công tác 1", KD_GROUP_WORKING);
  g_autoptr (KdMember) in_group = kd_member_new ("Nguyễn Văn Thắng", KD_ROLE_MEMBER);
  g_autoptr (KdMember) alone = kd_member_new ("Lê Thị Nhung", KD_ROLE_SECRETARY);
  KdCriterionRecord *by_group = kd_document_get_criterion (document, "1.1");
  KdCriterionRecord *by_person = kd_document_get_criterion (document, "1.2");
  KdCriterionRecord *nobody = kd_document_get_criterion (document, "1.3");

  kd_document_append_item (document, kd_document_get_groups (document), KD_ITEM (group));
  kd_document_append_item (document, kd_document_get_members (document), KD_ITEM (in_group));
  kd_document_append_item (document, kd_document_get_members (document), KD_ITEM (alone));
  g_object_set (in_group, "group", kd_item_get_id (KD_ITEM (group)), NULL);
  g_object_set (by_group, "assignee", kd_item_get_id (KD_ITEM (group)), NULL);
  g_object_set (by_person, "assignee", kd_item_get_id (KD_ITEM (alone)), NULL);

  g_assert_true (kd_criterion_record_is_assigned_to (by_group, in_group));
  g_assert_false (kd_criterion_record_is_assigned_to (by_group, alone));
  g_assert_true (kd_criterion_record_is_assigned_to (by_person, alone));
  g_assert_false (kd_criterion_record_is_assigned_to (by_person, in_group));
  g_assert_false (kd_criterion_record_is_assigned_to (nobody, in_group));
  g_assert_false (kd_criterion_record_is_assigned_to (nobody, alone));
}

int
main (int   argc,
      char *argv[])
{
  kd_test_init (&argc, &argv);

  g_test_add_func ("/citation/find-2018", test_find_2018);
  g_test_add_func ("/citation/find-tt57", test_find_tt57);
  g_test_add_func ("/citation/insert", test_insert);
  g_test_add_func ("/citation/assigned-to", test_assigned_to);
  return g_test_run ();
}
