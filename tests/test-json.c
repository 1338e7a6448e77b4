/* test-json.c — the JSON reader against json-glib's JsonParser, the independent reference
 *
 * Whatever both accept must give the same tree; whatever the reader refuses gets a sentence with
 * a line and column; and a damaged document never crashes it.
 */
#include "config.h"

#include <string.h>

#include "kd-error.h"
#include "kd-json-guard.h"
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
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "thcs-van-hoa-2023-2024.kdcl", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
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
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "thcs-van-hoa-2023-2024.kdcl", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261203);
  gsize length = 0;
  guint accepted = 0, refused = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (guint round = 0; round < 3000; round++)
    {
      g_autofree char *copy = g_memdup2 (contents, length);
      gsize            copy_length = length;
      g_autoptr (GError) error = NULL;
      g_autoptr (JsonNode) ours = NULL;
      static const char bytes[] = "{}[],:\"\\ 0-eu\xc3\xff";

      for (guint n = g_rand_int_range (rand, 1, 4); n > 0; n--)
        {
          guint at = g_rand_int_range (rand, 0, (gint32)copy_length);

          if (g_rand_boolean (rand))
            copy[at] = bytes[g_rand_int_range (rand, 0, sizeof bytes - 1)];
          else
            copy_length = at; /* cut off */
        }
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
  return g_test_run ();
}
