/* test-json.c — the JSON reader against json-glib's JsonParser, the independent reference
 *
 * Whatever both accept must give the same tree; whatever the reader refuses gets a sentence with
 * a line and column; and a damaged document never crashes it.
 */
#include "config.h"

#include <string.h>

#include "kd-document.h"
#include "kd-error.h"
#include "kd-json-guard.h"
#include "kd-plan-row.h"
#include "kd-test-util.h"

static JsonNode *
parse_reference (const char *data,
                 gsize       length)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (!json_parser_load_from_data (parser, data, length, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  return root != NULL ? json_node_copy (root) : NULL;
}

static void
assert_same_as_reference (const char *data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) ours = NULL;
  g_autoptr (JsonNode) reference = parse_reference (data, strlen (data));

  g_assert_true (kd_json_guard_parse (data, strlen (data), "t.kdcl", &ours, &error));
  g_assert_no_error (error);
  g_assert_nonnull (reference);
  g_assert_nonnull (ours);
  if (!json_node_equal (ours, reference))
    {
      g_autofree char *shown = json_to_string (ours, FALSE);

      g_test_message ("read %s as %s", data, shown);
      g_assert_not_reached ();
    }
}

/* The bundled sample document, the largest real document the tests have. */
static char *
read_sample (gsize *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "thcs-van-hoa-2023-2024.kdcl", NULL);
  char            *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

/* A copy of @contents with one to three bytes replaced by JSON punctuation or bad UTF-8, or
 * (if @may_cut) cut short. */
static char *
damaged_copy (GRand      *rand,
              const char *contents,
              gsize       length,
              gboolean    may_cut,
              gsize      *copy_length)
{
  static const char bytes[] = "{}[],:\"\\ 0-eu\xc3\xff";
  char             *copy = g_memdup2 (contents, length);

  *copy_length = length;
  for (guint n = g_rand_int_range (rand, 1, 4); n > 0; n--)
    {
      guint at = g_rand_int_range (rand, 0, (gint32)*copy_length);

      if (may_cut && g_rand_boolean (rand))
        *copy_length = at;
      else
        copy[at] = bytes[g_rand_int_range (rand, 0, sizeof bytes - 1)];
    }
  return copy;
}

static void
test_values (void)
{
  static const char *const cases[] = {
    "{}",
    "[]",
    " \n\t{ \"a\" : 1 , \"b\":[ ] }\r\n",
    "{\"school\":{\"name\":\"Trường THCS Vạn Hòa\",\"type\":\"THCS\"},\"list\":[1,-2,0,3.5,-0.25,1e3,2E-2,true,false,null]}",
    "{\"budget\":999999999999999,\"negative\":-123456789012345678,\"zero\":0,\"minus_zero\":-0}",
    "{\"escapes\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\",\"unicode\":\"\\u0110\\u1ee9c \\u1ec7\",\"pair\":\"\\ud83d\\ude00\"}",
    "[[[[[[[[[[\"deep but fine\"]]]]]]]]]]",
    "\"just a string\"",
    "42",
    "{\"same text\":\"x\",\"other\":{\"same text\":\"y\"}}",
    "{\"typed\":\"two\nlines\tand a tab\"}", /* by hand in a text editor: json-glib took it */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_same_as_reference (cases[i]);
}

static void
test_sample_document (void)
{
  gsize            length;
  g_autofree char *contents = read_sample (&length);

  assert_same_as_reference (contents);
}

static void
test_empty (void)
{
  static const char *const cases[] = { "", "   \n\t ", "\xEF\xBB\xBF" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      JsonNode *root = (JsonNode *)0x1;

      g_assert_true (kd_json_guard_parse (cases[i], strlen (cases[i]), "t.kdcl", &root, &error));
      g_assert_no_error (error);
      g_assert_null (root);
    }
}

/* Notepad on Windows starts UTF-8 files with a byte order mark: the file still opens. */
static void
test_byte_order_mark (void)
{
  static const char data[] = "\xEF\xBB\xBF{\"name\":\"Đức\"}";
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) root = NULL;

  g_assert_true (kd_json_guard_parse (data, sizeof data - 1, "t.kdcl", &root, &error));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "name"), ==, "Đức");
}

typedef struct
{
  const char *data;
  KdError     code;
  const char *message_part; /* of the Vietnamese sentence */
} Refused;

static void
test_refused (void)
{
  static const Refused cases[] = {
    { "{\"a\":1,}", KD_ERROR_INVALID_JSON, "dòng 1, cột 8 (thừa dấu phẩy trước dấu đóng ngoặc)" },
    { "[1,2,]", KD_ERROR_INVALID_JSON, "cột 6 (thừa dấu phẩy trước dấu đóng ngoặc)" },
    { "{\"a\" 1}", KD_ERROR_INVALID_JSON, "cột 6 (thiếu dấu hai chấm)" },
    { "{\"a\":1 \"b\":2}", KD_ERROR_INVALID_JSON, "cột 8 (thiếu dấu phẩy)" },
    { "[1 2]", KD_ERROR_INVALID_JSON, "thiếu dấu phẩy" },
    { "{\"a\":yes}", KD_ERROR_INVALID_JSON, "dòng 1, cột 6 (có chữ không nằm trong dấu ngoặc kép)" },
    { "{a:1}", KD_ERROR_INVALID_JSON, "có chữ không nằm trong dấu ngoặc kép" },
    { "{\"\":1}", KD_ERROR_INVALID_JSON, "cột 2" },
    { "{\"a\":\"x\by\"}", KD_ERROR_INVALID_JSON, "dòng 1, cột 8" },
    { "{\"a\":\"\\x\"}", KD_ERROR_INVALID_JSON, "cột 7" },
    { "{\"a\":\"\\u12G4\"}", KD_ERROR_INVALID_JSON, "cột 7" },
    { "{\"a\":\"\\ud800x\"}", KD_ERROR_INVALID_JSON, "cột 7" },
    { "{\"a\":\"\\udc00\"}", KD_ERROR_INVALID_JSON, "cột 7" },
    { "{\"a\":\"\\u0000\"}", KD_ERROR_INVALID_JSON, "cột 7" },
    { "{\"a\":01}", KD_ERROR_INVALID_JSON, "cột 6" },
    { "{\"a\":1.}", KD_ERROR_INVALID_JSON, "cột 8" },
    { "{\"a\":-}", KD_ERROR_INVALID_JSON, "cột 7" },
    { "{\"a\":1e}", KD_ERROR_INVALID_JSON, "cột 8" },
    { "{\"a\":1}\n{}", KD_ERROR_INVALID_JSON, "dòng 2, cột 1" },
    { "{\"a\":[1,2", KD_ERROR_INVALID_JSON, "bị cắt cụt" },
    { "{\"a\":\"abc", KD_ERROR_INVALID_JSON, "bị cắt cụt" },
    { "{\"a\":\"abc\\", KD_ERROR_INVALID_JSON, "bị cắt cụt" },
    { "{\"a\":1234567890123456789}", KD_ERROR_INVALID_JSON, "quá lớn" },
    { "{\"a\":1.5e999}", KD_ERROR_INVALID_JSON, "quá lớn" },
    { "{\"b\":{\"a\":1,\"a\":2}}", KD_ERROR_INVALID_JSON, "mục “a” lặp lại hai lần" },
    { "{\"a\":\"\xc3\x28\"}", KD_ERROR_INVALID_UTF8, "dòng 1, cột 7" },
    { "{\"a\":1}\xff", KD_ERROR_INVALID_UTF8, "UTF-8" },
    { "{\"a\":\xe1\xbb\x87}", KD_ERROR_INVALID_JSON, "có chữ không nằm trong dấu ngoặc kép" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      JsonNode *root = NULL;

      g_test_message ("%s", cases[i].data);
      g_assert_false (kd_json_guard_parse (cases[i].data, strlen (cases[i].data), "t.kdcl", &root, &error));
      g_assert_null (root);
      g_assert_error (error, KD_ERROR, (int)cases[i].code);
      if (strstr (error->message, cases[i].message_part) == NULL)
        g_test_message ("message: %s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].message_part));
      g_assert_nonnull (strstr (error->message, "t.kdcl"));
      /* json-glib refuses it as well (except what json-glib lets through silently). */
      if (cases[i].code == KD_ERROR_INVALID_JSON && strstr (cases[i].message_part, "quá lớn") == NULL &&
          strstr (cases[i].message_part, "hai lần") == NULL && strstr (cases[i].data, "01") == NULL)
        {
          g_autoptr (JsonNode) reference = parse_reference (cases[i].data, strlen (cases[i].data));

          if (reference != NULL)
            g_test_message ("json-glib accepts %s", cases[i].data);
        }
    }
}

/* Damage the sample document at random places a few thousand times: the reader never crashes,
 * refuses with a sentence, and whatever it accepts json-glib reads the same. */
static void
test_damaged_documents (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261203);
  gsize            length = 0;
  g_autofree char *contents = read_sample (&length);
  guint            accepted = 0, refused = 0;

  for (guint round = 0; round < 400; round++)
    {
      gsize            copy_length;
      g_autofree char *copy = damaged_copy (rand, contents, length, TRUE, &copy_length);
      g_autoptr (GError) error = NULL;
      g_autoptr (JsonNode) ours = NULL;

      if (kd_json_guard_parse (copy, copy_length, "t.kdcl", &ours, &error))
        {
          g_autoptr (JsonNode) reference = parse_reference (copy, copy_length);

          accepted++;
          g_assert_no_error (error);
          if (ours != NULL)
            {
              g_assert_nonnull (reference);
              g_assert_true (json_node_equal (ours, reference));
            }
        }
      else
        {
          refused++;
          g_assert_nonnull (error);
          g_assert_nonnull (strstr (error->message, "t.kdcl"));
        }
    }
  g_test_message ("accepted %u, refused %u", accepted, refused);
  g_assert_cmpuint (accepted, >, 0);
  g_assert_cmpuint (refused, >, 0);
}

/* Plan rows and evidence are read from the text straight into their items: the same checks
 * apply there as everywhere else. */
static void
test_plan_rows_read_directly (void)
{
  static const char data[] =
      "{\"format\":\"kiemdinh\",\"version\":1,\"framework\":\"tt18-2018\",\"plan\":[\n"
      "{\"id\":\"p-1\",\"owner\":\"Hiệu trưởng\",\"budget\":1500000,\"future\":{\"a\":[1,{\"b\":null}]}},\n"
      "{\"id\":\"p-1\",\"owner\":\"Tổ trưởng\",\"budget\":\"abc\"},\n"
      "\"a stray text\",\n"
      "{\"id\":7,\"target\":\"Đạt \\u0111\u1ee7\"}]}";
  g_autoptr (GError) error = NULL;
  g_autoptr (KdDocument) document =
      kd_document_load_from_data (kd_framework_registry_get_default (), data, sizeof data - 1, "t.kdcl", &error);
  g_autoptr (KdPlanRow) first = NULL;
  g_autoptr (KdPlanRow) second = NULL;
  g_autoptr (KdPlanRow) third = NULL;
  g_autofree char *saved = NULL;
  g_autoptr (JsonNode) root = NULL;
  JsonArray *plan;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_plan (document)), ==, 3);
  first = g_list_model_get_item (kd_document_get_plan (document), 0);
  second = g_list_model_get_item (kd_document_get_plan (document), 1);
  third = g_list_model_get_item (kd_document_get_plan (document), 2);
  g_assert_cmpstr (kd_plan_row_get_owner (first), ==, "Hiệu trưởng");
  g_assert_cmpint (kd_plan_row_get_budget (first), ==, 1500000);
  g_assert_cmpstr (kd_item_get_id (KD_ITEM (first)), ==, "p-1");
  /* A second "p-1" gets an id of its own; an unreadable id a new one. */
  g_assert_cmpstr (kd_item_get_id (KD_ITEM (second)), !=, "p-1");
  g_assert_cmpstr (kd_plan_row_get_owner (second), ==, "Tổ trưởng");
  g_assert_cmpstr (kd_plan_row_get_target (third), ==, "Đạt đủ");
  g_assert_nonnull (kd_item_get_id (KD_ITEM (third)));

  /* Saved again, nothing is lost: the unknown member, the unreadable budget, the stray text. */
  saved = kd_test_save_string (document);
  g_assert_true (kd_json_guard_parse (saved, strlen (saved), "saved", &root, &error));
  plan = json_object_get_array_member (json_node_get_object (root), "plan");
  g_assert_cmpuint (json_array_get_length (plan), ==, 4);
  g_assert_true (json_object_has_member (json_array_get_object_element (plan, 0), "future"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (plan, 1), "budget"), ==, "abc");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (plan, 2), "id"), ==, 7);
  g_assert_cmpstr (json_array_get_string_element (plan, 3), ==, "a stray text");
}

static void
test_plan_row_refused (void)
{
  static const char *const cases[] = {
    "{\"format\":\"kiemdinh\",\"version\":1,\"plan\":[{\"owner\":\"A\",\n\"owner\":\"B\"}]}",
    "{\"format\":\"kiemdinh\",\"version\":1,\"plan\":[{\"x\":1,\n\"x\":2}]}",
    "{\"format\":\"kiemdinh\",\"version\":1,\"plan\":[{\"id\":\"a\",\n\"id\":\"b\"}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KdDocument) document =
          kd_document_load_from_data (kd_framework_registry_get_default (), cases[i], strlen (cases[i]), "t.kdcl", &error);

      g_assert_null (document);
      g_assert_error (error, KD_ERROR, KD_ERROR_INVALID_JSON);
      g_assert_nonnull (strstr (error->message, "hai lần"));
      g_assert_nonnull (strstr (error->message, "dòng 2, cột 2"));
    }
  for (guint i = 0; i < 4; i++)
    {
      static const char *const damaged[] = {
        "{\"format\":\"kiemdinh\",\"version\":1,\"plan\":[{\"owner\":\"A\",}]}",
        "{\"format\":\"kiemdinh\",\"version\":1,\"plan\":[{\"owner\" \"A\"}]}",
        "{\"format\":\"kiemdinh\",\"version\":1,\"plan\":[{\"owner\":\"A\" \"x\":1}]}",
        "{\"format\":\"kiemdinh\",\"version\":1,\"plan\":[{\"owner\":\"A\"},]}",
      };
      g_autoptr (GError) error = NULL;
      g_autoptr (KdDocument) document =
          kd_document_load_from_data (kd_framework_registry_get_default (), damaged[i], strlen (damaged[i]), "t.kdcl", &error);

      g_assert_null (document);
      g_assert_error (error, KD_ERROR, KD_ERROR_INVALID_JSON);
    }
}

/* The whole loader on randomly damaged copies of the sample: never a crash; what opens saves
 * and opens again with the same plan. */
static void
test_damaged_documents_load (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (3122026);
  gsize            length = 0;
  g_autofree char *contents = read_sample (&length);
  guint            opened = 0;

  for (guint round = 0; round < 200; round++)
    {
      gsize            copy_length;
      g_autofree char *copy = damaged_copy (rand, contents, length, FALSE, &copy_length);
      g_autoptr (GError) error = NULL;
      g_autoptr (KdDocument) document = NULL;

      document = kd_document_load_from_data (kd_framework_registry_get_default (), copy, copy_length, "t.kdcl", &error);
      if (document != NULL)
        {
          g_autofree char *saved = kd_test_save_string (document);
          g_autoptr (KdDocument) again =
              kd_document_load_from_data (kd_framework_registry_get_default (), saved, strlen (saved), "saved", &error);

          g_assert_no_error (error);
          g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_plan (again)), ==,
                            g_list_model_get_n_items (kd_document_get_plan (document)));
          g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_evidence (again)), ==,
                            g_list_model_get_n_items (kd_document_get_evidence (document)));
          opened++;
        }
      else
        g_assert_nonnull (error);
    }
  g_test_message ("%u of 200 damaged copies opened", opened);
  g_assert_cmpuint (opened, >, 0);
}

int
main (int    argc,
      char **argv)
{
  kd_test_init (&argc, &argv);
  g_test_add_func ("/json/values-as-json-glib", test_values);
  g_test_add_func ("/json/sample-document-as-json-glib", test_sample_document);
  g_test_add_func ("/json/empty", test_empty);
  g_test_add_func ("/json/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/json/refused", test_refused);
  g_test_add_func ("/json/damaged-documents", test_damaged_documents);
  g_test_add_func ("/json/plan-rows-read-directly", test_plan_rows_read_directly);
  g_test_add_func ("/json/plan-row-refused", test_plan_row_refused);
  g_test_add_func ("/json/damaged-documents-load", test_damaged_documents_load);
  return g_test_run ();
}
