/* test-recovery.c — recovery copies, and the core checks the window shows (council, evidence) */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kd-error.h"
#include "kd-recovery.h"
#include "kd-test-util.h"

static char *
make_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("kd-recovery-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static guint
count_files (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
remove_dir (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      g_remove (file);
    }
  g_rmdir (path);
}

static void
test_save_then_recover (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr (KdRecovery) running = kd_recovery_new (dir);
  g_autoptr (KdRecovery) next_start = NULL;
  g_autoptr (KdDocument) document = kd_test_load_fixture ("seed-000-van-hoa.kdcl");
  g_autoptr (KdDocument) recovered = NULL;
  g_autoptr (GFile) source = g_file_new_for_path ("/tmp/van-hoa.kdcl");
  g_autoptr (GPtrArray) mine = NULL;
  g_autoptr (GPtrArray) left = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *slot = kd_recovery_new_slot (running);
  g_autofree char *description = NULL;
  KdRecoveryEntry *entry;

  g_object_set (kd_document_get_school (document), "principal", "Nguyễn Văn Mới", NULL);
  kd_criterion_record_set_indicator (kd_document_get_criterion (document, "3.2"), "1a", KD_STATE_MET);
  g_assert_true (kd_recovery_save (running, slot, document, source, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (dir), ==, 2);

  /* The instance that wrote the copy is still running: nothing to offer it. */
  mine = kd_recovery_list (running);
  g_assert_cmpuint (mine->len, ==, 0);

  /* After a crash, the next start finds the copy with where it came from. */
  next_start = kd_recovery_new (dir);
  left = kd_recovery_list (next_start);
  g_assert_cmpuint (left->len, ==, 1);
  entry = g_ptr_array_index (left, 0);
  g_assert_cmpstr (entry->slot, ==, slot);
  g_assert_cmpstr (entry->school, ==, "Trường THCS Vạn Hòa");
  g_assert_nonnull (entry->source);
  g_assert_true (g_file_equal (entry->source, source));
  description = kd_recovery_entry_describe (entry);
  g_assert_nonnull (strstr (description, "Trường THCS Vạn Hòa"));
  g_assert_nonnull (strstr (description, "van-hoa.kdcl"));

  recovered = kd_recovery_load (next_start, entry, kd_framework_registry_get_default (), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kd_school_get_principal (kd_document_get_school (recovered)), ==, "Nguyễn Văn Mới");
  g_assert_cmpint (kd_criterion_record_get_indicator (kd_document_get_criterion (recovered, "3.2"), "1a"), ==, KD_STATE_MET);

  /* Loading keeps the copy until the user's work is safe elsewhere. */
  g_assert_cmpuint (count_files (dir), ==, 2);
  kd_recovery_discard (next_start, entry->slot);
  g_assert_cmpuint (count_files (dir), ==, 0);
  remove_dir (dir);
}

static void
test_save_replaces_copy (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr (KdRecovery) running = kd_recovery_new (dir);
  g_autoptr (KdRecovery) next_start = kd_recovery_new (dir);
  g_autoptr (KdDocument) document = kd_test_load_fixture ("seed-000-van-hoa.kdcl");
  g_autoptr (KdDocument) recovered = NULL;
  g_autoptr (GPtrArray) left = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *slot = kd_recovery_new_slot (running);
  KdRecoveryEntry *entry;

  g_object_set (kd_document_get_school (document), "name", "Lần một", NULL);
  g_assert_true (kd_recovery_save (running, slot, document, NULL, &error));
  g_object_set (kd_document_get_school (document), "name", "Lần hai", NULL);
  g_assert_true (kd_recovery_save (running, slot, document, NULL, &error));
  g_assert_no_error (error);

  left = kd_recovery_list (next_start);
  g_assert_cmpuint (left->len, ==, 1);
  entry = g_ptr_array_index (left, 0);
  g_assert_null (entry->source);
  g_assert_cmpstr (entry->school, ==, "Lần hai");
  recovered = kd_recovery_load (next_start, entry, kd_framework_registry_get_default (), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kd_school_get_name (kd_document_get_school (recovered)), ==, "Lần hai");
  remove_dir (dir);
}

static void
test_several_newest_first (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr (KdRecovery) next_start = kd_recovery_new (dir);
  g_autoptr (GPtrArray) left = NULL;
  const char *names[] = { "Cũ", "Mới" };
  const char *times[] = { "2024-01-01T08:00:00+07:00", "2024-03-01T08:00:00+07:00" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr (KdRecovery) crashed = kd_recovery_new (dir);
      g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt18-2018"));
      g_autofree char *slot = kd_recovery_new_slot (crashed);
      g_autofree char *info_path = g_strdup_printf ("%s/%s.info", dir, slot);
      g_autofree char *info = g_strdup_printf ("[Recovery]\nSchool=%s\nSaved=%s\n", names[i], times[i]);

      g_object_set (kd_document_get_school (document), "name", names[i], NULL);
      g_assert_true (kd_recovery_save (crashed, slot, document, NULL, NULL));
      g_assert_true (g_file_set_contents (info_path, info, -1, NULL));
    }
  left = kd_recovery_list (next_start);
  g_assert_cmpuint (left->len, ==, 2);
  g_assert_cmpstr (((KdRecoveryEntry *)g_ptr_array_index (left, 0))->school, ==, "Mới");
  g_assert_cmpstr (((KdRecoveryEntry *)g_ptr_array_index (left, 1))->school, ==, "Cũ");
  remove_dir (dir);
}

static void
test_leftovers (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr (KdRecovery) recovery = kd_recovery_new (dir);
  g_autoptr (GPtrArray) left = NULL;
  g_autofree char *temporary = g_build_filename (dir, "20240101-080000-0000abcd.kdcl.X1Y2Z3", NULL);
  g_autofree char *orphan_info = g_build_filename (dir, "20240101-080000-00000001.info", NULL);
  g_autofree char *bare_copy = g_build_filename (dir, "20240101-080000-00000002.kdcl", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) damaged = NULL;
  KdRecoveryEntry *entry;

  g_assert_true (g_file_set_contents (temporary, "{\"format\": \"kie", -1, NULL));
  g_assert_true (g_file_set_contents (orphan_info, "[Recovery]\nSchool=X\n", -1, NULL));
  g_assert_true (g_file_set_contents (bare_copy, "{ not json", -1, NULL));

  left = kd_recovery_list (recovery);
  /* The unfinished temporary file and the description without a copy are cleaned; the copy
   * without a description is still offered, and reading it fails with a message, not a crash. */
  g_assert_false (g_file_test (temporary, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (orphan_info, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (left->len, ==, 1);
  entry = g_ptr_array_index (left, 0);
  g_assert_cmpstr (entry->slot, ==, "20240101-080000-00000002");
  g_assert_cmpstr (entry->school, ==, "");
  g_assert_null (entry->source);
  damaged = kd_recovery_load (recovery, entry, kd_framework_registry_get_default (), &error);
  g_assert_null (damaged);
  g_assert_error (error, KD_ERROR, KD_ERROR_INVALID_JSON);
  remove_dir (dir);
}

static void
test_default_dir (void)
{
  g_autoptr (KdRecovery) recovery = kd_recovery_new (NULL);
  g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt57-2026-pt"));
  g_autofree char *expected = g_build_filename (g_get_user_state_dir (), "kiemdinh", "recovery", NULL);
  g_autofree char *slot = kd_recovery_new_slot (recovery);
  g_autoptr (GError) error = NULL;

  g_assert_cmpstr (kd_recovery_get_dir (recovery), ==, expected);
  /* The folder is made on the first save. */
  g_assert_true (kd_recovery_save (recovery, slot, document, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_DIR));
  kd_recovery_discard (recovery, slot);
  g_assert_cmpuint (count_files (expected), ==, 0);
}

static void
test_unwritable_dir (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *blocker = g_build_filename (dir, "file", NULL);
  g_autofree char *inside = g_build_filename (blocker, "recovery", NULL);
  g_autoptr (KdRecovery) recovery = kd_recovery_new (inside);
  g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt18-2018"));
  g_autofree char *slot = kd_recovery_new_slot (recovery);
  g_autoptr (GError) error = NULL;

  /* A file where the folder should be: the error says what to do. */
  g_assert_true (g_file_set_contents (blocker, "", -1, NULL));
  g_assert_false (kd_recovery_save (recovery, slot, document, NULL, &error));
  g_assert_error (error, KD_ERROR, KD_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "lưu tài liệu"));
  remove_dir (dir);
}

static guint
count_containing (KdProblemList *problems,
                  const char    *text)
{
  guint n = 0;

  for (guint i = 0; i < problems->items->len; i++)
    {
      KdProblem *problem = g_ptr_array_index (problems->items, i);

      if (strstr (problem->message, text) != NULL)
        n++;
    }
  return n;
}

static void
add_members (KdDocument *document,
             guint       n)
{
  GListModel *members = kd_document_get_members (document);

  /* The first is the chair, the second the secretary, the others members. */
  for (guint i = g_list_model_get_n_items (members); n > 0; i++, n--)
    {
      g_autofree char *name = g_strdup_printf ("Thành viên %u", i + 1);
      KdRole           role = i == 0 ? KD_ROLE_CHAIR : i == 1 ? KD_ROLE_SECRETARY
                                                              : KD_ROLE_MEMBER;
      g_autoptr (KdMember) member = kd_member_new (name, role);

      kd_document_append_item (document, members, KD_ITEM (member));
    }
}

static void
test_check_council_2018 (void)
{
  g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt18-2018"));
  g_autoptr (KdProblemList) six = NULL;
  g_autoptr (KdProblemList) seven = NULL;
  g_autoptr (KdProblemList) assigned = NULL;
  g_autoptr (KdGroup) group = kd_group_new ("Nhóm 1", KD_GROUP_WORKING);
  GPtrArray *criteria = kd_framework_get_criteria (kd_document_get_framework (document));

  add_members (document, 6);
  six = kd_document_check_council (document);
  g_assert_cmpuint (count_containing (six, "ít nhất 7"), ==, 1);
  g_assert_cmpuint (count_containing (six, "1.1, 1.2"), ==, 1);

  add_members (document, 1);
  seven = kd_document_check_council (document);
  g_assert_cmpuint (count_containing (seven, "ít nhất 7"), ==, 0);
  g_assert_cmpuint (seven->items->len, ==, 1);

  kd_document_append_item (document, kd_document_get_groups (document), KD_ITEM (group));
  for (guint i = 0; i < criteria->len; i++)
    g_object_set (kd_document_get_criterion (document, ((KdCriterionDef *)g_ptr_array_index (criteria, i))->code),
                  "assignee", kd_item_get_id (KD_ITEM (group)), NULL);
  assigned = kd_document_check_council (document);
  g_assert_cmpuint (assigned->items->len, ==, 0);
}

static void
test_check_council_2026 (void)
{
  g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt57-2026-pt"));
  g_autoptr (KdProblemList) even = NULL;

  add_members (document, 6);
  even = kd_document_check_council (document);
  g_assert_cmpuint (count_containing (even, "thành viên lẻ"), ==, 1);
}

static void
test_check_evidence (void)
{
  g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt18-2018"));
  g_autoptr (KdEvidence) cited = kd_evidence_new ("[H1-1.1-01]", "Kế hoạch chiến lược");
  g_autoptr (KdEvidence) uncited = kd_evidence_new ("[H1-1.1-02]", "Nghị quyết");
  g_autoptr (KdProblemList) problems = NULL;
  KdCriterionRecord *record = kd_document_get_criterion (document, "1.1");

  kd_document_append_item (document, kd_document_get_evidence (document), KD_ITEM (cited));
  kd_document_append_item (document, kd_document_get_evidence (document), KD_ITEM (uncited));
  kd_criterion_record_set_description (record, "1a", "Nhà trường có kế hoạch [H1-1.1-01]; biên bản [H1-1.1-03].");

  problems = kd_document_check_evidence (document);
  g_assert_cmpuint (problems->items->len, ==, 2);
  g_assert_cmpuint (count_containing (problems, "[H1-1.1-02]"), ==, 1);
  g_assert_cmpuint (count_containing (problems, "[H1-1.1-03]"), ==, 1);
}

static void
test_location_uri (void)
{
  g_autoptr (KdEvidence) evidence = kd_evidence_new ("[H1-1.1-01]", "Kế hoạch");
  g_autoptr (GFile) document_file = g_file_new_for_path ("/srv/truong/kiem-dinh.kdcl");
  g_autofree char *link = NULL;
  g_autofree char *absolute = NULL;
  g_autofree char *relative = NULL;
  g_autofree char *unsaved = NULL;
  g_autofree char *empty = NULL;

  g_object_set (evidence, "location", " https://truong.edu.vn/ke-hoach.pdf ", NULL);
  link = kd_evidence_dup_location_uri (evidence, document_file);
  g_assert_cmpstr (link, ==, "https://truong.edu.vn/ke-hoach.pdf");

  g_object_set (evidence, "location", "/srv/minh chứng/H1.pdf", NULL);
  absolute = kd_evidence_dup_location_uri (evidence, document_file);
  g_assert_cmpstr (absolute, ==, "file:///srv/minh%20ch%E1%BB%A9ng/H1.pdf");

  g_object_set (evidence, "location", "Hộp 1/ke-hoach.pdf", NULL);
  relative = kd_evidence_dup_location_uri (evidence, document_file);
  g_assert_cmpstr (relative, ==, "file:///srv/truong/H%E1%BB%99p%201/ke-hoach.pdf");
  unsaved = kd_evidence_dup_location_uri (evidence, NULL);
  g_assert_null (unsaved);

  g_object_set (evidence, "location", "  ", NULL);
  empty = kd_evidence_dup_location_uri (evidence, document_file);
  g_assert_null (empty);
}

static void
test_forget_history (void)
{
  g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt18-2018"));

  g_object_set (kd_document_get_school (document), "name", "Trường THCS Mới", NULL);
  g_assert_true (kd_document_can_undo (document));
  g_assert_true (kd_document_get_modified (document));
  kd_document_forget_history (document);
  g_assert_false (kd_document_can_undo (document));
  g_assert_false (kd_document_get_modified (document));
  g_assert_false (kd_document_undo (document));
  g_assert_cmpstr (kd_school_get_name (kd_document_get_school (document)), ==, "Trường THCS Mới");
}

int
main (int    argc,
      char **argv)
{
  kd_test_init (&argc, &argv);

  g_test_add_func ("/core/recovery/save-then-recover", test_save_then_recover);
  g_test_add_func ("/core/recovery/save-replaces-copy", test_save_replaces_copy);
  g_test_add_func ("/core/recovery/several-newest-first", test_several_newest_first);
  g_test_add_func ("/core/recovery/leftovers", test_leftovers);
  g_test_add_func ("/core/recovery/default-dir", test_default_dir);
  g_test_add_func ("/core/recovery/unwritable-dir", test_unwritable_dir);
  g_test_add_func ("/core/validate/council-2018", test_check_council_2018);
  g_test_add_func ("/core/validate/council-2026", test_check_council_2026);
  g_test_add_func ("/core/validate/evidence", test_check_evidence);
  g_test_add_func ("/core/evidence/location-uri", test_location_uri);
  g_test_add_func ("/core/document/forget-history", test_forget_history);
  return g_test_run ();
}
