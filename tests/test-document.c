/* test-document.c — the document model: load, save, unknown members, safety, undo, validation */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "kd-error.h"
#include "kd-json-guard.h"
#include "kd-test-util.h"

static const char *minimal =
    "{\n"
    "  \"format\": \"kiemdinh\",\n"
    "  \"version\": 1,\n"
    "  \"framework\": \"tt18-2018\",\n"
    "  \"school\": { \"name\": \"Trường THCS Mẫu\", \"type\": \"THCS\" },\n"
    "  \"criteria\": {\n"
    "    \"1.1\": { \"indicators\": { \"1a\": \"met\", \"1b\": \"met\", \"1c\": \"unmet\" } }\n"
    "  },\n"
    "  \"extra\": { \"1\": \"met\", \"2\": \"unmet\" }\n"
    "}\n";

static JsonObject *
parse_object (const char *data)
{
  g_autoptr (JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, data, -1, NULL));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
test_minimal (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) document = kd_test_load_string (minimal, &error);
  KdCriterionRecord *record;

  g_assert_no_error (error);
  g_assert_cmpuint (kd_document_get_load_problems (document)->items->len, ==, 0);
  g_assert_cmpstr (kd_school_get_name (kd_document_get_school (document)), ==, "Trường THCS Mẫu");
  record = kd_document_get_criterion (document, "1.1");
  g_assert_cmpint (kd_criterion_record_get_indicator (record, "1a"), ==, KD_STATE_MET);
  g_assert_cmpint (kd_criterion_record_get_indicator (record, "1c"), ==, KD_STATE_UNMET);
  g_assert_cmpint (kd_criterion_record_get_indicator (record, "2"), ==, KD_STATE_UNASSESSED);
  g_assert_cmpint (kd_criterion_record_get_indicator (kd_document_get_extra (document), "2"), ==, KD_STATE_UNMET);
  g_assert_false (kd_document_get_modified (document));
  g_assert_false (kd_document_get_read_only (document));
}

static void
test_round_trip (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) first = kd_test_load_fixture ("full-tt18.kdcl");
  g_autofree char *saved = kd_test_save_string (first);
  g_autoptr (KdDocument) second = kd_test_load_string (saved, &error);
  g_autofree char *again = NULL;
  g_autoptr (KdPlanRow) row = NULL;
  g_autoptr (KdReview) review = NULL;

  g_assert_no_error (error);
  again = kd_test_save_string (second);
  g_assert_cmpstr (saved, ==, again);

  g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_plan (second)), ==, 2);
  row = g_list_model_get_item (kd_document_get_plan (second), 0);
  g_assert_cmpstr (kd_plan_row_get_owner (row), ==, "Hiệu trưởng");
  g_assert_cmpint (kd_plan_row_get_budget (row), ==, 15000000);
  g_assert_cmpstr (kd_plan_row_get_deadline (row), ==, "2024-05-31");
  g_assert_cmpint (kd_plan_row_get_status (row), ==, KD_PLAN_STATUS_DOING);
  g_assert_cmpstr (kd_item_get_id (KD_ITEM (row)), ==, "p-row1");
  review = g_list_model_get_item (kd_document_get_reviews (second), 0);
  g_assert_cmpuint (g_list_model_get_n_items (kd_review_get_entries (review)), ==, 1);
  g_assert_cmpstr (kd_criterion_record_get_description (kd_document_get_criterion (second, "1.1"), "1a"), ==,
                   "Nhà trường có kế hoạch chiến lược [H1-1.1-01].");
  g_assert_cmpstr (kd_criterion_record_get_assignee (kd_document_get_criterion (second, "1.1")), ==, "g-nhom1");
}

/* Members a newer version wrote, at every level, survive a load and a save. */
static void
test_unknown_members (void)
{
  g_autoptr (KdDocument) document = kd_test_load_fixture ("unknown-members.kdcl");
  g_autofree char *saved = NULL;
  g_autoptr (JsonObject) root = NULL;
  JsonObject *object;

  g_assert_cmpuint (kd_problem_list_count (kd_document_get_load_problems (document), KD_PROBLEM_ERROR, 0), ==, 0);
  /* Editing around them keeps them too. */
  g_object_set (kd_document_get_school (document), "name", "Trường mới", NULL);
  saved = kd_test_save_string (document);
  root = parse_object (saved);

  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "future_root"), "x"), ==, "keep");
  object = json_object_get_object_member (root, "school");
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "Trường mới");
  g_assert_cmpint (json_object_get_int_member (object, "future_school"), ==, 7);
  object = json_object_get_object_member (root, "council");
  g_assert_true (json_object_has_member (object, "future_council"));
  g_assert_true (json_object_has_member (json_array_get_object_element (json_object_get_array_member (object, "members"), 0), "future_member"));
  object = json_object_get_object_member (json_object_get_object_member (root, "criteria"), "1.1");
  g_assert_true (json_object_has_member (object, "future_criterion"));
  g_assert_true (json_object_has_member (json_array_get_object_element (json_object_get_array_member (root, "plan"), 0), "future_row"));
  g_assert_true (json_object_has_member (json_array_get_object_element (json_object_get_array_member (root, "evidence"), 0), "future_evidence"));
  object = json_array_get_object_element (json_object_get_array_member (root, "reviews"), 0);
  g_assert_true (json_object_has_member (object, "future_review"));
  g_assert_true (json_object_has_member (json_array_get_object_element (json_object_get_array_member (object, "entries"), 0), "future_entry"));
  g_assert_true (json_object_has_member (json_object_get_object_member (json_object_get_object_member (root, "standards"), "1"), "future_standard"));
}

/* A value this version cannot read is reported with where it is, and written back unchanged. */
static void
test_invalid_values_kept (void)
{
  const char *data =
      "{\"format\":\"kiemdinh\",\"version\":1,\"framework\":\"tt18-2018\","
      "\"criteria\":{\"3.2\":{\"indicators\":{\"1a\":\"maybe\",\"1b\":\"met\",\"9z\":\"met\"}},\"9.9\":{\"indicators\":{}}},"
      "\"plan\":[{\"id\":\"p-1\",\"budget\":\"abc\",\"deadline\":\"2024-02-31\",\"status\":\"later\",\"owner\":\"Hiệu trưởng\"}, 42]}";
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) document = kd_test_load_string (data, &error);
  g_autoptr (KdProblemList) problems = NULL;
  g_autoptr (JsonObject) root = NULL;
  g_autofree char *saved = NULL;
  g_autoptr (KdPlanRow) row = NULL;
  JsonObject *object;
  gboolean    found = FALSE;

  g_assert_no_error (error);
  problems = kd_document_validate (document);
  for (guint i = 0; i < problems->items->len; i++)
    {
      g_autofree char *text = kd_problem_to_string (g_ptr_array_index (problems->items, i));

      if (g_str_equal (text, "tiêu chí 3.2, chỉ báo 1a: giá trị “maybe” không hợp lệ (dùng “met” hoặc “unmet”)"))
        found = TRUE;
      g_test_message ("%s", text);
    }
  g_assert_true (found);
  g_assert_cmpuint (kd_problem_list_count (problems, KD_PROBLEM_ERROR, KD_PROBLEM_AFFECTS_LEVELS), ==, 3);
  g_assert_cmpuint (kd_problem_list_count (problems, KD_PROBLEM_ERROR, 0), ==, 7);

  row = g_list_model_get_item (kd_document_get_plan (document), 0);
  g_assert_cmpint (kd_plan_row_get_budget (row), ==, 0);
  g_assert_cmpstr (kd_plan_row_get_owner (row), ==, "Hiệu trưởng");

  saved = kd_test_save_string (document);
  root = parse_object (saved);
  object = json_object_get_object_member (json_object_get_object_member (json_object_get_object_member (root, "criteria"), "3.2"), "indicators");
  g_assert_cmpstr (json_object_get_string_member (object, "1a"), ==, "maybe");
  g_assert_cmpstr (json_object_get_string_member (object, "9z"), ==, "met");
  g_assert_true (json_object_has_member (json_object_get_object_member (root, "criteria"), "9.9"));
  object = json_array_get_object_element (json_object_get_array_member (root, "plan"), 0);
  g_assert_cmpstr (json_object_get_string_member (object, "budget"), ==, "abc");
  g_assert_cmpstr (json_object_get_string_member (object, "deadline"), ==, "2024-02-31");
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "later");
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (root, "plan"), 1), ==, 42);

  /* Once the user sets the value, the unreadable one goes. */
  g_object_set (row, "budget", (gint64)500000, NULL);
  kd_criterion_record_set_indicator (kd_document_get_criterion (document, "3.2"), "1a", KD_STATE_UNMET);
  g_clear_pointer (&saved, g_free);
  g_clear_pointer (&root, json_object_unref);
  saved = kd_test_save_string (document);
  root = parse_object (saved);
  object = json_array_get_object_element (json_object_get_array_member (root, "plan"), 0);
  g_assert_cmpint (json_object_get_int_member (object, "budget"), ==, 500000);
  object = json_object_get_object_member (json_object_get_object_member (json_object_get_object_member (root, "criteria"), "3.2"), "indicators");
  g_assert_cmpstr (json_object_get_string_member (object, "1a"), ==, "unmet");
}

typedef struct
{
  const char *name;
  const char *data;
  KdError     code;
  const char *message_part;
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "empty", "", KD_ERROR_NOT_A_DOCUMENT, "trống" },
  { "truncated", "{\"format\":\"kiemdinh\",\"version\":1,", KD_ERROR_INVALID_JSON, "dòng 1" },
  { "not-object", "[1,2,3]", KD_ERROR_NOT_A_DOCUMENT, "không phải" },
  { "no-format", "{\"version\":1,\"framework\":\"tt18-2018\"}", KD_ERROR_NOT_A_DOCUMENT, "format" },
  { "bad-version", "{\"format\":\"kiemdinh\",\"version\":\"one\",\"framework\":\"tt18-2018\"}", KD_ERROR_NOT_A_DOCUMENT, "phiên bản" },
  { "unknown-framework", "{\"format\":\"kiemdinh\",\"version\":1,\"framework\":\"tt99-2030\"}", KD_ERROR_UNKNOWN_FRAMEWORK, "tt99-2030" },
  { "huge-integer", "{\"format\":\"kiemdinh\",\"version\":1,\"framework\":\"tt18-2018\",\"plan\":[{\"budget\":123456789012345678901234567890}]}", KD_ERROR_INVALID_JSON, "quá lớn" },
  { "infinite", "{\"format\":\"kiemdinh\",\"version\":1,\"framework\":\"tt18-2018\",\"plan\":[{\"budget\":1e400}]}", KD_ERROR_INVALID_JSON, "quá lớn" },
  { "duplicate-member", "{\"format\":\"kiemdinh\",\"version\":1,\"framework\":\"tt18-2018\",\"school\":{\"name\":\"A\",\"name\":\"B\"}}", KD_ERROR_INVALID_JSON, "“name”" },
  { "invalid-utf8", "{\"format\":\"kiemdinh\",\"school\":\"\xff\xfe\"}", KD_ERROR_INVALID_UTF8, "UTF-8" },
  { "lone-surrogate", "{\"format\":\"kiemdinh\",\"version\":1,\"framework\":\"tt18-2018\",\"school\":{\"name\":\"\\ud800\"}}", KD_ERROR_INVALID_JSON, "dòng" },
};

static void
test_broken (gconstpointer data)
{
  const BrokenCase *c = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) document = kd_test_load_string (c->data, &error);

  g_assert_null (document);
  g_assert_error (error, KD_ERROR, (int)c->code);
  if (strstr (error->message, c->message_part) == NULL)
    g_test_message ("message: %s", error->message);
  g_assert_nonnull (strstr (error->message, c->message_part));
}

static void
test_nul_byte (void)
{
  static const char data[] = "{\"format\":\"kiemdinh\",\0\"version\":1}";
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) document =
      kd_document_load_from_data (kd_framework_registry_get_default (), data, sizeof data - 1, "nul.kdcl", &error);

  g_assert_null (document);
  g_assert_error (error, KD_ERROR, KD_ERROR_INVALID_UTF8);
}

/* json-glib 1.6 overflows its stack on deep nesting: the guard refuses first. */
static void
test_deep_nesting (void)
{
  GString *data = g_string_new ("{\"format\":\"kiemdinh\",\"version\":1,\"framework\":\"tt18-2018\",\"x\":");
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) document = NULL;

  for (guint i = 0; i < 200000; i++)
    g_string_append_c (data, '[');
  for (guint i = 0; i < 200000; i++)
    g_string_append_c (data, ']');
  g_string_append_c (data, '}');
  document = kd_document_load_from_data (kd_framework_registry_get_default (), data->str, data->len, "deep.kdcl", &error);
  g_assert_null (document);
  g_assert_error (error, KD_ERROR, KD_ERROR_INVALID_JSON);
  g_string_free (data, TRUE);
}

static void
test_too_large (void)
{
  gsize            size = KD_JSON_MAX_BYTES + 1;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "huge.kdcl", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) document = NULL;
  FILE *f = fopen (path, "wb");

  g_assert_nonnull (f);
  g_assert_cmpint (fseek (f, (long)size - 1, SEEK_SET), ==, 0);
  fputc (' ', f);
  fclose (f);
  document = kd_document_load_from_file (kd_framework_registry_get_default (), file, &error);
  g_assert_null (document);
  g_assert_error (error, KD_ERROR, KD_ERROR_TOO_LARGE);
  g_unlink (path);
}

/* A pipe is refused at once: reading it would wait for a writer that never comes. */
static void
test_pipe (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kd-pipe-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ong.kdcl", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) document = NULL;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  document = kd_document_load_from_file (kd_framework_registry_get_default (), file, &error);
  g_assert_null (document);
  g_assert_error (error, KD_ERROR, KD_ERROR_NOT_A_DOCUMENT);
  g_unlink (path);
  g_rmdir (dir);
}

/* Many plan rows load, and fast enough not to notice in a test. */
static void
test_large_plan (void)
{
  GString *data = g_string_new ("{\"format\":\"kiemdinh\",\"version\":1,\"framework\":\"tt18-2018\",\"plan\":[");
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) document = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (data, "%s{\"criterion\":\"3.2\",\"target\":\"Dòng %u\",\"budget\":%u}", i ? "," : "", i, i * 1000);
  g_string_append (data, "]}");
  document = kd_document_load_from_data (kd_framework_registry_get_default (), data->str, data->len, "big.kdcl", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_plan (document)), ==, 20000);
  g_string_free (data, TRUE);
}

static void
test_newer_version_read_only (void)
{
  const char      *data = "{\"format\":\"kiemdinh\",\"version\":2,\"framework\":\"tt18-2018\",\"v2_only\":{\"a\":1}}";
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "newer.kdcl", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) document = kd_test_load_string (data, &error);
  g_autofree char *contents = NULL;

  g_assert_no_error (error);
  g_assert_true (kd_document_get_read_only (document));
  g_assert_cmpuint (kd_document_get_file_version (document), ==, 2);
  g_assert_cmpuint (kd_problem_list_count (kd_document_get_load_problems (document), KD_PROBLEM_WARNING, 0), ==, 1);

  g_assert_true (g_file_set_contents (path, data, -1, NULL));
  g_assert_false (kd_document_save_to_file (document, file, &error));
  g_assert_error (error, KD_ERROR, KD_ERROR_READ_ONLY);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, data);
}

static void
test_atomic_save_with_backup (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kd-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "truong.kdcl", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) document = kd_test_load_string (minimal, &error);
  g_autoptr (KdDocument) reopened = NULL;
  g_autofree char *old = NULL;
  g_autoptr (GDir) listing = NULL;
  const char *name;
  guint       n_files = 0;

  g_assert_true (g_file_set_contents (path, minimal, -1, NULL));
  g_object_set (kd_document_get_school (document), "name", "Trường THCS Đổi Tên", NULL);
  g_assert_true (kd_document_get_modified (document));
  g_assert_true (kd_document_save_to_file (document, file, &error));
  g_assert_no_error (error);
  g_assert_false (kd_document_get_modified (document));

  /* The previous version is kept beside it, and no temporary file is left. */
  g_assert_true (g_file_get_contents (backup, &old, NULL, NULL));
  g_assert_cmpstr (old, ==, minimal);
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 2);

  reopened = kd_document_load_from_file (kd_framework_registry_get_default (), file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kd_school_get_name (kd_document_get_school (reopened)), ==, "Trường THCS Đổi Tên");
  g_assert_cmpint (kd_criterion_record_get_indicator (kd_document_get_criterion (reopened, "1.1"), "1c"), ==, KD_STATE_UNMET);
  g_unlink (backup);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_failed_save (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "no-such-folder", "truong.kdcl", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) document = kd_test_load_string (minimal, &error);

  g_object_set (kd_document_get_school (document), "name", "X", NULL);
  g_assert_false (kd_document_save_to_file (document, file, &error));
  g_assert_error (error, KD_ERROR, KD_ERROR_WRITE);
  g_assert_true (kd_document_get_modified (document));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
count_changed_cb (KdDocument *document,
                  guint      *count)
{
  (*count)++;
}

static void
test_undo (void)
{
  g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt18-2018"));
  KdCriterionRecord *record = kd_document_get_criterion (document, "2.1");
  GListModel        *plan = kd_document_get_plan (document);
  g_autoptr (KdPlanRow) first = kd_plan_row_new ();
  g_autoptr (KdPlanRow) second = kd_plan_row_new ();
  g_autoptr (KdPlanRow) at0 = NULL;
  guint changes = 0;

  g_signal_connect (document, "changed", G_CALLBACK (count_changed_cb), &changes);
  g_assert_false (kd_document_can_undo (document));

  g_object_set (kd_document_get_school (document), "name", "A", NULL);
  g_object_set (kd_document_get_school (document), "name", "A", NULL); /* no change, no step */
  kd_criterion_record_set_indicator (record, "1a", KD_STATE_MET);
  kd_criterion_record_set_description (record, "1a", "Mô tả");
  g_assert_cmpuint (changes, ==, 3);

  kd_document_begin_group (document, "Thêm hai dòng");
  kd_document_append_item (document, plan, KD_ITEM (first));
  kd_document_append_item (document, plan, KD_ITEM (second));
  kd_document_end_group (document);
  g_object_set (first, "owner", "Hiệu trưởng", NULL);
  kd_document_move_item (document, plan, 1, 0);
  kd_document_remove_item (document, plan, 1);
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 1);

  g_assert_true (kd_document_undo (document)); /* remove */
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 2);
  g_assert_true (kd_document_undo (document)); /* move */
  at0 = g_list_model_get_item (plan, 0);
  g_assert_true (at0 == first);
  g_assert_true (kd_document_undo (document)); /* owner */
  g_assert_cmpstr (kd_plan_row_get_owner (first), ==, "");
  g_assert_true (kd_document_undo (document)); /* both rows at once */
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 0);
  g_assert_true (kd_document_undo (document));
  g_assert_cmpstr (kd_criterion_record_get_description (record, "1a"), ==, "");
  g_assert_true (kd_document_undo (document));
  g_assert_cmpint (kd_criterion_record_get_indicator (record, "1a"), ==, KD_STATE_UNASSESSED);
  g_assert_true (kd_document_undo (document));
  g_assert_cmpstr (kd_school_get_name (kd_document_get_school (document)), ==, "");
  g_assert_false (kd_document_undo (document));
  g_assert_false (kd_document_get_modified (document));

  g_assert_true (kd_document_redo (document));
  g_assert_true (kd_document_redo (document));
  g_assert_true (kd_document_redo (document));
  g_assert_true (kd_document_redo (document));
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 2);
  g_assert_cmpint (kd_criterion_record_get_indicator (record, "1a"), ==, KD_STATE_MET);
  g_assert_true (kd_document_get_modified (document));

  /* A new edit drops what could be redone. */
  g_object_set (second, "target", "Mục tiêu", NULL);
  g_assert_false (kd_document_can_redo (document));
}

static void
test_modified_follows_undo (void)
{
  g_autoptr (KdDocument) document = kd_document_new (kd_test_framework ("tt57-2026-pt"));

  g_object_set (kd_document_get_cycle (document), "place", "Vạn Hòa", NULL);
  kd_document_mark_saved (document);
  g_assert_false (kd_document_get_modified (document));
  g_object_set (kd_document_get_cycle (document), "place", "Hải Phòng", NULL);
  g_assert_true (kd_document_get_modified (document));
  kd_document_undo (document);
  g_assert_false (kd_document_get_modified (document));
  kd_document_undo (document);
  g_assert_true (kd_document_get_modified (document));
}

static void
test_set_from_text (void)
{
  g_autoptr (KdPlanRow) row = kd_plan_row_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *shown = NULL;

  g_assert_true (kd_item_set_from_text (KD_ITEM (row), "budget", "1.500.000", &error));
  g_assert_cmpint (kd_plan_row_get_budget (row), ==, 1500000);
  shown = kd_item_dup_display (KD_ITEM (row), "budget");
  g_assert_cmpstr (shown, ==, "1.500.000");
  g_assert_false (kd_item_set_from_text (KD_ITEM (row), "budget", "abc", &error));
  g_assert_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE);
  g_assert_cmpint (kd_plan_row_get_budget (row), ==, 1500000);
  g_clear_error (&error);
  g_assert_true (kd_item_set_from_text (KD_ITEM (row), "deadline", "31/05/2024", &error));
  g_assert_cmpstr (kd_plan_row_get_deadline (row), ==, "2024-05-31");
  g_assert_false (kd_item_set_from_text (KD_ITEM (row), "deadline", "31/02/2024", &error));
  g_assert_nonnull (strstr (error->message, "31/02/2024"));
  g_assert_cmpstr (kd_plan_row_get_deadline (row), ==, "2024-05-31");
}

static void
test_duplicate (void)
{
  g_autoptr (KdPlanRow) row = g_object_new (KD_TYPE_PLAN_ROW, "target", "Mục tiêu", "budget", (gint64)7, NULL);
  g_autoptr (KdItem) copy = kd_item_duplicate (KD_ITEM (row));

  g_assert_true (KD_IS_PLAN_ROW (copy));
  g_assert_cmpstr (kd_plan_row_get_target (KD_PLAN_ROW (copy)), ==, "Mục tiêu");
  g_assert_cmpint (kd_plan_row_get_budget (KD_PLAN_ROW (copy)), ==, 7);
  g_assert_cmpstr (kd_item_get_id (copy), !=, kd_item_get_id (KD_ITEM (row)));
  g_assert_true (g_str_has_prefix (kd_item_get_id (copy), "p-"));
}

static void
test_overdue (void)
{
  g_autoptr (KdPlanRow) row = g_object_new (KD_TYPE_PLAN_ROW, "deadline", "2024-05-31", NULL);
  GDate today;

  g_date_set_dmy (&today, 1, 6, 2024);
  g_assert_true (kd_plan_row_is_overdue (row, &today));
  g_object_set (row, "status", KD_PLAN_STATUS_DONE, NULL);
  g_assert_false (kd_plan_row_is_overdue (row, &today));
  g_object_set (row, "status", KD_PLAN_STATUS_DOING, NULL);
  g_date_set_dmy (&today, 31, 5, 2024);
  g_assert_false (kd_plan_row_is_overdue (row, &today));
}

static void
test_validation (void)
{
  g_autoptr (KdDocument) document = kd_test_load_fixture ("full-tt18.kdcl");
  g_autoptr (KdProblemList) problems = kd_document_validate (document);
  g_autoptr (GHashTable) citations = kd_document_collect_citations (document);
  g_autofree char *proposed = kd_document_propose_evidence_code (document, "1.1", 1);
  GString         *all = g_string_new (NULL);

  for (guint i = 0; i < problems->items->len; i++)
    {
      g_autofree char *text = kd_problem_to_string (g_ptr_array_index (problems->items, i));
      g_string_append_printf (all, "%s\n", text);
    }
  g_test_message ("%s", all->str);
  g_assert_cmpuint (kd_problem_list_count (problems, KD_PROBLEM_ERROR, 0), ==, 0);
  /* Cited but not listed, and listed but never cited. */
  g_assert_nonnull (strstr (all->str, "[H1-1.1-09]"));
  g_assert_nonnull (strstr (all->str, "[H5-5.1-01]"));
  /* The council breaks TT 18's rule (6 members). */
  g_assert_nonnull (strstr (all->str, "ít nhất 7"));
  g_string_free (all, TRUE);

  g_assert_cmpuint (((GPtrArray *)g_hash_table_lookup (citations, "[H1-1.1-01]"))->len, ==, 2);
  g_assert_cmpstr (proposed, ==, "[H1-1.1-03]");
}

int
main (int   argc,
      char *argv[])
{
  kd_test_init (&argc, &argv);

  g_test_add_func ("/document/minimal", test_minimal);
  g_test_add_func ("/document/round-trip", test_round_trip);
  g_test_add_func ("/document/unknown-members", test_unknown_members);
  g_test_add_func ("/document/invalid-values-kept", test_invalid_values_kept);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/document/broken/%s", broken_cases[i].name);
      g_test_add_data_func (path, &broken_cases[i], test_broken);
    }
  g_test_add_func ("/document/broken/nul-byte", test_nul_byte);
  g_test_add_func ("/document/broken/deep-nesting", test_deep_nesting);
  g_test_add_func ("/document/broken/too-large", test_too_large);
  g_test_add_func ("/document/broken/pipe", test_pipe);
  g_test_add_func ("/document/large-plan", test_large_plan);
  g_test_add_func ("/document/newer-version-read-only", test_newer_version_read_only);
  g_test_add_func ("/document/save/atomic-with-backup", test_atomic_save_with_backup);
  g_test_add_func ("/document/save/failure-leaves-nothing", test_failed_save);
  g_test_add_func ("/document/undo", test_undo);
  g_test_add_func ("/document/modified-follows-undo", test_modified_follows_undo);
  g_test_add_func ("/document/set-from-text", test_set_from_text);
  g_test_add_func ("/document/duplicate", test_duplicate);
  g_test_add_func ("/document/overdue", test_overdue);
  g_test_add_func ("/document/validation", test_validation);
  return g_test_run ();
}
