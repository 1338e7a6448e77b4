/* test-merge.c — three-way merge, work packages, conflicts and their resolution */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kd-error.h"
#include "kd-merge.h"
#include "kd-package.h"
#include "kd-test-util.h"

typedef struct
{
  KdDocument *base;
  KdDocument *ours;
  KdDocument *theirs;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->base = kd_test_load_fixture ("full-tt18.kdcl");
  f->ours = kd_test_load_fixture ("full-tt18.kdcl");
  f->theirs = kd_test_load_fixture ("full-tt18.kdcl");
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->base);
  g_clear_object (&f->ours);
  g_clear_object (&f->theirs);
}

static KdDocument *
merged (Fixture        *f,
        KdMergeResult **result_out)
{
  g_autoptr (GError) error = NULL;
  KdMergeOptions options = { "Nhóm công tác 1 (nhom1.kdcl)", NULL };
  KdMergeResult *result = kd_merge_documents (f->ours, f->base, f->theirs, &options, &error);
  KdDocument    *document;

  g_assert_no_error (error);
  document = kd_merge_result_to_document (result, kd_framework_registry_get_default (), &error);
  g_assert_no_error (error);
  if (result_out != NULL)
    *result_out = result;
  else
    kd_merge_result_free (result);
  return document;
}

static KdCriterionRecord *
record (KdDocument *document,
        const char *code)
{
  return kd_document_get_criterion (document, code);
}

static KdPlanRow *
row_by_id (KdDocument *document,
           const char *id)
{
  return (KdPlanRow *)kd_document_lookup_item (document, kd_document_get_plan (document), id);
}

static void
test_one_side (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (KdDocument) result = NULL;
  g_autoptr (KdMergeResult) merge = NULL;

  kd_criterion_record_set_description (record (f->theirs, "1.1"), "1c", "Đăng trên trang web [H1-1.1-02].");
  kd_criterion_record_set_indicator (record (f->theirs, "2.1"), "1a", KD_STATE_MET);
  g_object_set (row_by_id (f->ours, "p-row1"), "owner", "Phó hiệu trưởng", NULL);

  result = merged (f, &merge);
  g_assert_cmpuint (kd_merge_result_get_conflicts (merge)->len, ==, 0);
  g_assert_cmpuint (kd_merge_result_get_applied (merge)->len, ==, 2);
  g_assert_cmpstr (kd_criterion_record_get_description (record (result, "1.1"), "1c"), ==, "Đăng trên trang web [H1-1.1-02].");
  g_assert_cmpint (kd_criterion_record_get_indicator (record (result, "2.1"), "1a"), ==, KD_STATE_MET);
  g_assert_cmpstr (kd_plan_row_get_owner (row_by_id (result, "p-row1")), ==, "Phó hiệu trưởng");
  g_assert_cmpuint (kd_document_count_conflicts (result), ==, 0);
  g_assert_true (kd_document_get_modified (result));
}

static void
test_same_on_both (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr (KdDocument) result = NULL;
  g_autoptr (KdMergeResult) merge = NULL;

  g_object_set (row_by_id (f->ours, "p-row2"), "deadline", "2024-04-30", NULL);
  g_object_set (row_by_id (f->theirs, "p-row2"), "deadline", "2024-04-30", NULL);
  result = merged (f, &merge);
  g_assert_cmpuint (kd_merge_result_get_conflicts (merge)->len, ==, 0);
  g_assert_cmpstr (kd_plan_row_get_deadline (row_by_id (result, "p-row2")), ==, "2024-04-30");
}

static void
test_both_differ_and_resolve (Fixture      *f,
                              gconstpointer data)
{
  g_autoptr (KdDocument) result = NULL;
  g_autoptr (KdDocument) resolved = NULL;
  g_autoptr (KdDocument) again = NULL;
  g_autoptr (KdMergeResult) merge = NULL;
  g_autoptr (GPtrArray) conflicts = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *ours_text = NULL;
  KdConflict      *conflict;

  kd_criterion_record_set_description (record (f->ours, "1.1"), "1a", "Bản của thư ký.");
  kd_criterion_record_set_description (record (f->theirs, "1.1"), "1a", "Bản của nhóm 1.");
  result = merged (f, &merge);

  conflicts = kd_document_list_conflicts (result);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_cmpint (conflict->kind, ==, KD_CONFLICT_BOTH_CHANGED);
  g_assert_cmpstr (conflict->location, ==, "tiêu chí 1.1, mô tả hiện trạng chỉ báo 1a");
  g_assert_cmpstr (conflict->source, ==, "Nhóm công tác 1 (nhom1.kdcl)");
  g_assert_cmpstr (json_node_get_string (conflict->base), ==, "Nhà trường có kế hoạch chiến lược [H1-1.1-01].");
  g_assert_cmpstr (json_node_get_string (conflict->ours), ==, "Bản của thư ký.");
  g_assert_cmpstr (json_node_get_string (conflict->theirs), ==, "Bản của nhóm 1.");
  /* Nothing decided yet: this document's value stays, the other is kept in the conflict. */
  g_assert_cmpstr (kd_criterion_record_get_description (record (result, "1.1"), "1a"), ==, "Bản của thư ký.");

  /* Where the document cannot be changed (someone else has it open), nothing is decided. */
  kd_document_set_in_use_elsewhere (result, TRUE);
  g_assert_null (kd_document_resolve_conflict (result, kd_framework_registry_get_default (), conflict->id,
                                               KD_RESOLVE_THEIRS, NULL, &error));
  g_assert_error (error, KD_ERROR, KD_ERROR_READ_ONLY);
  g_clear_error (&error);
  kd_document_set_in_use_elsewhere (result, FALSE);

  resolved = kd_document_resolve_conflict (result, kd_framework_registry_get_default (), conflict->id,
                                           KD_RESOLVE_THEIRS, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kd_criterion_record_get_description (record (resolved, "1.1"), "1a"), ==, "Bản của nhóm 1.");
  g_assert_cmpuint (kd_document_count_conflicts (resolved), ==, 0);
  g_assert_null (kd_document_resolve_conflict (resolved, kd_framework_registry_get_default (), conflict->id,
                                               KD_RESOLVE_OURS, NULL, &error));
  g_assert_error (error, KD_ERROR, KD_ERROR_NOT_FOUND);

  /* Conflicts survive a save and a load. */
  ours_text = kd_test_save_string (result);
  g_clear_error (&error);
  again = kd_test_load_string (ours_text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kd_document_count_conflicts (again), ==, 1);
}

static void
test_resolve_value_and_decisions (Fixture      *f,
                                  gconstpointer data)
{
  g_autoptr (KdDocument) result = NULL;
  g_autoptr (KdDocument) resolved = NULL;
  g_autoptr (KdDocument) reimported = NULL;
  g_autoptr (KdMergeResult) merge = NULL;
  g_autoptr (KdMergeResult) second = NULL;
  g_autoptr (GPtrArray) conflicts = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) value = json_node_new (JSON_NODE_VALUE);
  KdMergeOptions options = { "nhom1.kdcl", NULL };

  g_object_set (kd_document_get_school (f->ours), "address", "Phường Vạn Hòa", NULL);
  g_object_set (kd_document_get_school (f->theirs), "address", "Phường Vạn Hoà, TP Lào Cai", NULL);
  result = merged (f, &merge);
  conflicts = kd_document_list_conflicts (result);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpstr (((KdConflict *)g_ptr_array_index (conflicts, 0))->location, ==, "thông tin trường, địa chỉ");

  json_node_set_string (value, "Phường Vạn Hòa, thành phố Lào Cai");
  resolved = kd_document_resolve_conflict (result, kd_framework_registry_get_default (),
                                           ((KdConflict *)g_ptr_array_index (conflicts, 0))->id, KD_RESOLVE_VALUE, value, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kd_school_get_address (kd_document_get_school (resolved)), ==, "Phường Vạn Hòa, thành phố Lào Cai");

  /* The same other version again: decided once, not asked again. */
  second = kd_merge_documents (resolved, f->base, f->theirs, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kd_merge_result_get_conflicts (second)->len, ==, 0);
  for (guint i = 0; i < kd_merge_result_get_applied (second)->len; i++)
    g_test_message ("applied: %s", (char *)g_ptr_array_index (kd_merge_result_get_applied (second), i));
  g_assert_cmpuint (kd_merge_result_get_applied (second)->len, ==, 0);
  reimported = kd_merge_result_to_document (second, kd_framework_registry_get_default (), &error);
  g_assert_cmpstr (kd_school_get_address (kd_document_get_school (reimported)), ==, "Phường Vạn Hòa, thành phố Lào Cai");
}

static void
test_deleted_here_edited_there (Fixture      *f,
                                gconstpointer data)
{
  g_autoptr (KdDocument) result = NULL;
  g_autoptr (KdDocument) restored = NULL;
  g_autoptr (GPtrArray) conflicts = NULL;
  g_autoptr (GError) error = NULL;
  KdConflict *conflict;

  kd_document_remove_item (f->ours, kd_document_get_plan (f->ours), 0);
  g_object_set (row_by_id (f->theirs, "p-row1"), "status", KD_PLAN_STATUS_DONE, NULL);
  result = merged (f, NULL);

  conflicts = kd_document_list_conflicts (result);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_cmpint (conflict->kind, ==, KD_CONFLICT_DELETED_EDITED);
  g_assert_null (conflict->ours);
  g_assert_null (row_by_id (result, "p-row1"));

  restored = kd_document_resolve_conflict (result, kd_framework_registry_get_default (), conflict->id,
                                           KD_RESOLVE_THEIRS, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (row_by_id (restored, "p-row1"));
  g_assert_cmpint (kd_plan_row_get_status (row_by_id (restored, "p-row1")), ==, KD_PLAN_STATUS_DONE);
}

static void
test_edited_here_deleted_there (Fixture      *f,
                                gconstpointer data)
{
  g_autoptr (KdDocument) result = NULL;
  g_autoptr (KdDocument) removed = NULL;
  g_autoptr (GPtrArray) conflicts = NULL;
  g_autoptr (GError) error = NULL;
  KdConflict *conflict;

  g_object_set (row_by_id (f->ours, "p-row2"), "owner", "Thư viện", NULL);
  kd_document_remove_item (f->theirs, kd_document_get_plan (f->theirs), 1);
  result = merged (f, NULL);

  conflicts = kd_document_list_conflicts (result);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_cmpint (conflict->kind, ==, KD_CONFLICT_EDITED_DELETED);
  g_assert_nonnull (g_strstr_len (conflict->location, -1, "Thư viện tiên tiến"));
  g_assert_nonnull (row_by_id (result, "p-row2"));

  removed = kd_document_resolve_conflict (result, kd_framework_registry_get_default (), conflict->id,
                                          KD_RESOLVE_THEIRS, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (row_by_id (removed, "p-row2"));
}

static void
test_deleted_untouched (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr (KdDocument) result = NULL;
  g_autoptr (KdMergeResult) merge = NULL;

  kd_document_remove_item (f->theirs, kd_document_get_evidence (f->theirs), 2);
  result = merged (f, &merge);
  g_assert_cmpuint (kd_merge_result_get_conflicts (merge)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_evidence (result)), ==, 2);
}

static void
test_new_rows_on_both (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr (KdDocument) result = NULL;
  g_autoptr (KdPlanRow) ours_row = g_object_new (KD_TYPE_PLAN_ROW, "target", "Của thư ký", NULL);
  g_autoptr (KdPlanRow) theirs_row = g_object_new (KD_TYPE_PLAN_ROW, "target", "Của nhóm", NULL);
  GListModel *plan;
  g_autoptr (KdPlanRow) third = NULL;
  g_autoptr (KdPlanRow) fourth = NULL;

  kd_document_append_item (f->ours, kd_document_get_plan (f->ours), KD_ITEM (ours_row));
  kd_document_append_item (f->theirs, kd_document_get_plan (f->theirs), KD_ITEM (theirs_row));
  result = merged (f, NULL);
  plan = kd_document_get_plan (result);
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 4);
  third = g_list_model_get_item (plan, 2);
  fourth = g_list_model_get_item (plan, 3);
  g_assert_cmpstr (kd_plan_row_get_target (third), ==, "Của thư ký");
  g_assert_cmpstr (kd_plan_row_get_target (fourth), ==, "Của nhóm");
  g_assert_cmpuint (kd_document_count_conflicts (result), ==, 0);
}

static KdDocument *
saved_copy (KdDocument *document,
            const char *dir,
            const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (kd_document_save_to_file (document, file, &error));
  g_assert_no_error (error);
  return kd_document_load_from_file (kd_framework_registry_get_default (), file, &error);
}

static void
test_package (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kd-package-XXXXXX", NULL);
  g_autoptr (KdDocument) loaded = kd_test_load_fixture ("full-tt18.kdcl");
  g_autoptr (KdDocument) secretary = NULL;
  g_autoptr (KdDocument) package = NULL;
  g_autoptr (KdDocument) result = NULL;
  g_autoptr (KdDocument) twice = NULL;
  g_autoptr (KdMergeResult) merge = NULL;
  g_autoptr (KdMergeResult) second = NULL;
  GPtrArray *conflicts;
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  g_autoptr (KdPlanRow) proposed = g_object_new (KD_TYPE_PLAN_ROW, "criterion", "1.1", "target", "Công khai kế hoạch", NULL);
  gsize length = 0;

  /* A package needs a saved document (its id and revision). */
  g_assert_null (kd_package_cut (loaded, "g-nhom1", NULL, &error));
  g_assert_error (error, KD_ERROR, KD_ERROR_FAILED);
  g_clear_error (&error);
  secretary = saved_copy (loaded, dir, "truong.kdcl");
  g_assert_null (kd_package_cut (secretary, "g-khong-co", NULL, &error));
  g_assert_error (error, KD_ERROR, KD_ERROR_NOT_FOUND);
  g_clear_error (&error);

  data = kd_package_cut (secretary, "g-nhom1", &length, &error);
  g_assert_no_error (error);
  package = kd_document_load_from_data (kd_framework_registry_get_default (), data, length, "nhom1.kdcl", &error);
  g_assert_no_error (error);
  g_assert_true (kd_document_is_package (package));
  g_assert_cmpstr (kd_document_get_package_owner_name (package), ==, "Nhóm công tác 1");
  /* Nhóm công tác 1 has 1.1; 1.2 is its member Phạm Minh Ánh's; 2.1 is not theirs. */
  g_assert_true (kd_document_package_can_edit (package, KD_ITEM (record (package, "1.1"))));
  g_assert_true (kd_document_package_can_edit (package, KD_ITEM (record (package, "1.2"))));
  g_assert_false (kd_document_package_can_edit (package, KD_ITEM (record (package, "2.1"))));
  g_assert_false (kd_document_package_can_edit (package, KD_ITEM (kd_document_get_school (package))));
  g_assert_true (kd_document_package_can_edit (package, KD_ITEM (proposed)));

  /* The group works: its own criteria, a new plan row, and one change it should not make. */
  kd_document_set_author (package, "Phạm Minh Ánh", "m-4");
  kd_criterion_record_set_indicator (record (package, "1.2"), "1b", KD_STATE_MET);
  kd_criterion_record_set_description (record (package, "1.2"), "1b", "Có quy chế hoạt động [H1-1.2-01].");
  kd_document_append_item (package, kd_document_get_plan (package), KD_ITEM (proposed));
  kd_criterion_record_set_indicator (record (package, "2.1"), "1a", KD_STATE_UNMET);
  g_object_set (kd_document_get_cycle (package), "place", "Lào Cai", NULL);

  merge = kd_merge_package (secretary, package, "nhom1.kdcl", &error);
  g_assert_no_error (error);
  conflicts = kd_merge_result_get_conflicts (merge);
  g_assert_cmpuint (conflicts->len, ==, 2);
  for (guint i = 0; i < conflicts->len; i++)
    g_assert_cmpint (((KdConflict *)g_ptr_array_index (conflicts, i))->kind, ==, KD_CONFLICT_OUT_OF_SCOPE);
  result = kd_merge_result_to_document (merge, kd_framework_registry_get_default (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (kd_criterion_record_get_indicator (record (result, "1.2"), "1b"), ==, KD_STATE_MET);
  g_assert_cmpstr (kd_criterion_record_get_description (record (result, "1.2"), "1b"), ==, "Có quy chế hoạt động [H1-1.2-01].");
  g_assert_nonnull (row_by_id (result, kd_item_get_id (KD_ITEM (proposed))));
  g_assert_cmpint (kd_criterion_record_get_indicator (record (result, "2.1"), "1a"), ==, KD_STATE_UNASSESSED);
  g_assert_cmpstr (kd_cycle_get_place (kd_document_get_cycle (result)), ==, "Vạn Hòa");
  g_assert_false (kd_document_is_package (result));
  /* The group's history came along, and the merge is in it. */
  {
    g_autoptr (GPtrArray) entries = kd_history_for_target (kd_document_get_history (result), "criterion:1.2");
    g_autoptr (GPtrArray) all = kd_history_for_target (kd_document_get_history (result), NULL);
    KdHistoryEntry *last = g_ptr_array_index (all, 0);

    g_assert_cmpuint (entries->len, ==, 2);
    g_assert_cmpstr (kd_history_entry_get_by (g_ptr_array_index (entries, 0)), ==, "Phạm Minh Ánh");
    g_assert_cmpstr (kd_history_entry_get_action (last), ==, "merge");
    g_assert_nonnull (strstr (kd_history_entry_get_summary (last), "Nhóm công tác 1 (nhom1.kdcl)"));
  }

  /* Importing the same package again changes nothing. */
  second = kd_merge_package (result, package, "nhom1.kdcl", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kd_merge_result_get_applied (second)->len, ==, 0);
  g_assert_cmpuint (kd_merge_result_get_conflicts (second)->len, ==, 0);
  twice = kd_merge_result_to_document (second, kd_framework_registry_get_default (), &error);
  first_text = kd_test_save_string (result);
  second_text = kd_test_save_string (twice);
  g_assert_cmpstr (first_text, ==, second_text);

  /* A package of another document is refused. */
  g_clear_pointer (&merge, kd_merge_result_free);
  g_clear_object (&loaded);
  loaded = kd_test_load_fixture ("full-tt18.kdcl");
  merge = kd_merge_package (loaded, package, "nhom1.kdcl", &error);
  g_assert_null (merge);
  g_assert_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE);
}

static void
test_history (void)
{
  g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt18-2018"));
  g_autoptr (GPtrArray) entries = NULL;
  g_autofree char   *line = NULL;
  KdCriterionRecord *r = record (document, "3.2");

  kd_document_set_author (document, "Lê Thị Hồng", "m-thu-ky");
  kd_criterion_record_set_indicator (r, "1a", KD_STATE_UNMET);
  kd_criterion_record_set_description (r, "1a", "Thiếu phòng bộ môn.");
  kd_criterion_record_set_description (r, "1a", "Thiếu phòng bộ môn Âm nhạc.");
  g_object_set (kd_document_get_school (document), "name", "Trường THCS Vạn Hòa", NULL);
  entries = kd_history_for_target (kd_document_get_history (document), "criterion:3.2");
  /* Two edits of one description close together make one entry, with the last value. */
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpstr (kd_history_entry_get_field (g_ptr_array_index (entries, 0)), ==, "descriptions.1a");
  g_assert_cmpstr (kd_history_entry_get_value (g_ptr_array_index (entries, 0)), ==, "Thiếu phòng bộ môn Âm nhạc.");
  g_assert_cmpstr (kd_history_entry_get_value (g_ptr_array_index (entries, 1)), ==, "Không đạt");
  g_assert_cmpstr (kd_history_entry_get_by (g_ptr_array_index (entries, 1)), ==, "Lê Thị Hồng");
  line = kd_history_entry_describe (g_ptr_array_index (entries, 1));
  g_assert_nonnull (strstr (line, "Lê Thị Hồng"));
  g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_history (document)), ==, 3);

  /* Named without an id, a council member is found by name: the entry names the member. */
  {
    g_autoptr (KdMember) member = kd_member_new ("Phạm Minh Ánh", KD_ROLE_MEMBER);
    g_autoptr (KdHistoryEntry) last = NULL;
    g_autofree char *by_id = NULL;
    GListModel      *history = kd_document_get_history (document);

    kd_document_append_item (document, kd_document_get_members (document), KD_ITEM (member));
    kd_document_set_author (document, "Phạm Minh Ánh", NULL);
    kd_criterion_record_set_indicator (r, "1b", KD_STATE_MET);
    last = g_list_model_get_item (history, g_list_model_get_n_items (history) - 1);
    g_object_get (last, "by-id", &by_id, NULL);
    g_assert_cmpstr (kd_history_entry_get_by (last), ==, "Phạm Minh Ánh");
    g_assert_cmpstr (by_id, ==, kd_item_get_id (KD_ITEM (member)));
  }
}

static void
test_meetings_round_trip (void)
{
  g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt57-2026-pt"));
  g_autoptr (KdMeeting) meeting = kd_meeting_new ();
  g_autoptr (KdMeetingItem) item = kd_meeting_item_new ("1.3");
  g_autoptr (KdDocument) reloaded = NULL;
  g_autoptr (KdMeeting) back = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  const char      *attendees[] = { "m-1", "m-2", NULL };
  KdMeetingItem   *found;

  g_object_set (meeting, "date", "2026-10-20", "title", "Họp hội đồng lần 2", "attendees", attendees, NULL);
  kd_document_append_item (document, kd_document_get_meetings (document), KD_ITEM (meeting));
  kd_document_append_item (document, kd_meeting_get_items (meeting), KD_ITEM (item));
  /* Agreeing is one step for the secretary, though it sets three fields. */
  kd_document_begin_group (document, "Hội đồng thống nhất");
  g_object_set (item, "agreed", TRUE, "agreed-at", "2026-10-20T15:30:00+07:00", "result", "Đạt Mức 2", NULL);
  kd_document_end_group (document);
  kd_document_undo (document);
  g_assert_false (kd_meeting_item_get_agreed (item));
  g_assert_cmpstr (kd_meeting_item_get_result (item), ==, "");
  kd_document_redo (document);

  text = kd_test_save_string (document);
  reloaded = kd_test_load_string (text, &error);
  g_assert_no_error (error);
  back = g_list_model_get_item (kd_document_get_meetings (reloaded), 0);
  g_assert_cmpstr (kd_meeting_get_title (back), ==, "Họp hội đồng lần 2");
  g_assert_cmpstrv (kd_meeting_get_attendees (back), attendees);
  found = kd_meeting_lookup_item (back, "1.3");
  g_assert_nonnull (found);
  g_assert_true (kd_meeting_item_get_agreed (found));
  g_assert_cmpstr (kd_meeting_item_get_agreed_at (found), ==, "2026-10-20T15:30:00+07:00");
  g_assert_cmpstr (kd_meeting_item_get_result (found), ==, "Đạt Mức 2");
}

/* Recording a meeting through core: the minutes start with the whole council, agreeing records
 * the level as it stands, a changed indicator withdraws the agreement, and each is one undo. */
static void
test_meeting_recording (void)
{
  g_autoptr (KdDocument) document = kd_test_load_fixture ("full-tt18.kdcl");
  KdCriterionRecord *record = kd_document_get_criterion (document, "1.1");
  KdMeeting         *meeting = kd_document_open_meeting (document, "2026-10-20");
  KdMeetingItem     *item;
  guint              members = g_list_model_get_n_items (kd_document_get_members (document));

  g_assert_nonnull (meeting);
  g_assert_cmpuint (g_strv_length ((char **)kd_meeting_get_attendees (meeting)), ==, members);
  /* The same day continues the same minutes; another day starts the next ones. */
  g_assert_true (kd_document_open_meeting (document, "2026-10-20") == meeting);

  kd_meeting_agree (meeting, "1.1", TRUE);
  item = kd_meeting_lookup_item (meeting, "1.1");
  g_assert_true (kd_meeting_item_get_agreed (item));
  {
    g_autoptr (KdCriterionResult) level = kd_evaluate_criterion (record);
    g_autofree char *said = kd_criterion_result_describe (level);

    g_assert_cmpstr (kd_meeting_item_get_result (item), ==, said);
  }
  g_assert_cmpuint (strlen (kd_meeting_item_get_agreed_at (item)), >=, 19);
  g_assert_true (kd_document_lookup_agreement (document, "1.1") == item);
  g_assert_cmpuint (kd_meeting_count_agreed (meeting), ==, 1);

  kd_meeting_set_note (meeting, "1.1", "Bổ sung minh chứng");
  g_assert_cmpstr (kd_meeting_item_get_note (item), ==, "Bổ sung minh chứng");

  kd_meeting_set_indicator (meeting, "1.1", "1b", KD_STATE_UNMET);
  g_assert_cmpint (kd_criterion_record_get_indicator (record, "1b"), ==, KD_STATE_UNMET);
  g_assert_false (kd_meeting_item_get_agreed (item));
  g_assert_null (kd_document_lookup_agreement (document, "1.1"));
  /* One undo brings back both the indicator and the agreement. */
  g_assert_true (kd_document_undo (document));
  g_assert_cmpint (kd_criterion_record_get_indicator (record, "1b"), ==, KD_STATE_MET);
  g_assert_true (kd_meeting_item_get_agreed (item));

  {
    KdMeeting *next = kd_document_open_meeting (document, "2026-11-02");

    g_assert_true (next != meeting);
    g_assert_cmpstr (kd_meeting_get_title (next), ==, "Họp hội đồng tự đánh giá lần 2");
    /* An agreement of an earlier meeting still counts. */
    g_assert_true (kd_document_lookup_agreement (document, "1.1") == item);
  }
}

static void
test_meeting_agenda (void)
{
  g_autoptr (KdDocument) document = kd_test_load_fixture ("full-tt18.kdcl");
  KdMeeting *meeting = kd_document_open_meeting (document, "2026-10-20");
  guint      total = kd_framework_get_criteria (kd_document_get_framework (document))->len;
  g_autoptr (GPtrArray) all = kd_document_meeting_agenda (document, 0, NULL);
  g_autoptr (GPtrArray) open = NULL;
  g_autoptr (GPtrArray) below = NULL;
  g_autoptr (GPtrArray) group = NULL;

  g_assert_cmpuint (all->len, ==, total);
  kd_meeting_agree (meeting, "1.1", TRUE);
  open = kd_document_meeting_agenda (document, KD_AGENDA_NOT_AGREED, NULL);
  g_assert_cmpuint (open->len, ==, total - 1);
  g_assert_cmpstr (g_ptr_array_index (open, 0), ==, "1.2");

  /* Below the target: a criterion brought under Mức 1 is on it, one at the top is not. */
  kd_criterion_record_set_indicator (kd_document_get_criterion (document, "1.2"), "1a", KD_STATE_UNMET);
  below = kd_document_meeting_agenda (document, KD_AGENDA_BELOW_TARGET, NULL);
  g_assert_true (g_ptr_array_find_with_equal_func (below, "1.2", g_str_equal, NULL));
  g_assert_false (g_ptr_array_find_with_equal_func (below, "1.1", g_str_equal, NULL));

  /* A group's criteria: those assigned to it and to its members. */
  group = kd_document_meeting_agenda (document, 0, "g-nhom1");
  g_assert_cmpuint (group->len, <, total);
  g_assert_true (g_ptr_array_find_with_equal_func (group, "1.1", g_str_equal, NULL)); /* the group's */
  g_assert_true (g_ptr_array_find_with_equal_func (group, "1.2", g_str_equal, NULL)); /* a member's */
  for (guint i = 0; i < group->len; i++)
    {
      const char *assignee = kd_criterion_record_get_assignee (kd_document_get_criterion (document, g_ptr_array_index (group, i)));
      KdItem     *member = kd_document_lookup_item (document, kd_document_get_members (document), assignee);

      g_assert_true (g_str_equal (assignee, "g-nhom1") ||
                     (member != NULL && g_str_equal (kd_member_get_group (KD_MEMBER (member)), "g-nhom1")));
    }
}

int
main (int   argc,
      char *argv[])
{
  kd_test_init (&argc, &argv);

  g_test_add ("/merge/one-side", Fixture, NULL, fixture_setup, test_one_side, fixture_teardown);
  g_test_add ("/merge/same-on-both", Fixture, NULL, fixture_setup, test_same_on_both, fixture_teardown);
  g_test_add ("/merge/both-differ-and-resolve", Fixture, NULL, fixture_setup, test_both_differ_and_resolve, fixture_teardown);
  g_test_add ("/merge/resolve-value-and-decisions", Fixture, NULL, fixture_setup, test_resolve_value_and_decisions, fixture_teardown);
  g_test_add ("/merge/deleted-here-edited-there", Fixture, NULL, fixture_setup, test_deleted_here_edited_there, fixture_teardown);
  g_test_add ("/merge/edited-here-deleted-there", Fixture, NULL, fixture_setup, test_edited_here_deleted_there, fixture_teardown);
  g_test_add ("/merge/deleted-untouched", Fixture, NULL, fixture_setup, test_deleted_untouched, fixture_teardown);
  g_test_add ("/merge/new-rows-on-both", Fixture, NULL, fixture_setup, test_new_rows_on_both, fixture_teardown);
  g_test_add_func ("/merge/package", test_package);
  g_test_add_func ("/history/edits", test_history);
  g_test_add_func ("/meetings/round-trip", test_meetings_round_trip);
  g_test_add_func ("/meetings/recording", test_meeting_recording);
  g_test_add_func ("/meetings/agenda", test_meeting_agenda);
  return g_test_run ();
}
