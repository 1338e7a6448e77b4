/* test-text.c — Vietnamese folding and order, money and dates as users type them */
#include "config.h"

#include "kd-error.h"
#include "kd-test-util.h"
#include "kd-text.h"

static void
test_fold (void)
{
  static const struct
  {
    const char *in, *out;
  } cases[] = {
    { "Đức", "duc" },
    { "Hiệu trưởng", "hieu truong" },
    { "ĐẶNG THỊ HỒNG", "dang thi hong" },
    { "Nguyễn Văn Ân", "nguyen van an" },
    { "Phòng GD&ĐT", "phong gd&dt" },
    { "", "" },
    /* Typed with combining marks (some keyboards do): the same as precomposed. */
    { "Hi\xc3\xaa\xcc\xa3u tr\xc6\xb0\xcc\x80o\xcc\x9b\xcc\x89ng", "hieu truong" },
    { "E\xcc\x82\xcc\x81", "e" },
    /* Outside Vietnamese, GLib's case folding. */
    { "Straße Å Ωμέγα ﬁ", "strasse a ωμεγα fi" },
    { "Chương 3: 50% (HS)", "chuong 3: 50% (hs)" },
  };
  g_autoptr (GString) appended = g_string_new ("1.1\n");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = kd_text_fold (cases[i].in);
      g_assert_cmpstr (folded, ==, cases[i].out);
    }
  g_assert_true (kd_text_matches ("Hiệu trưởng Trần Đức", "hieu truong"));
  g_assert_true (kd_text_matches ("Đặng Thu Hà", "DUC") == FALSE);
  g_assert_true (kd_text_matches ("Đức", "duc"));
  g_assert_true (kd_text_matches ("anything", ""));
  g_assert_true (kd_text_matches ("Tổ trưởng tổ Toán", "to toan"));
  g_assert_false (kd_text_matches ("Tổ trưởng tổ Toán", "to van"));

  kd_text_fold_append (appended, "Đoàn TRƯỜNG");
  kd_text_fold_append (appended, NULL);
  g_assert_cmpstr (appended->str, ==, "1.1\ndoan truong");
  /* Text that is not UTF-8 (from a damaged file) is kept as it reads, not folded in part. */
  kd_text_fold_append (appended, " ABC Tổ\xff\xfe Toán \xc3");
  g_assert_cmpstr (appended->str, ==, "1.1\ndoan truong ABC Tổ\xef\xbf\xbd\xef\xbf\xbd Toán \xef\xbf\xbd");
}

static int
compare_cb (gconstpointer a,
            gconstpointer b)
{
  return kd_text_compare (*(const char **)a, *(const char **)b);
}

static void
test_order (void)
{
  const char *names[] = { "Zô", "Ê", "Đức", "Bình", "Ă", "An", "E", "Dũng", "anh", "Â", "Ánh", "Ơn", "Ôn", "On", "Ư", "U" };
  const char *expected[] = { "An", "anh", "Ánh", "Ă", "Â", "Bình", "Dũng", "Đức", "E", "Ê", "On", "Ôn", "Ơn", "U", "Ư", "Zô" };

  qsort (names, G_N_ELEMENTS (names), sizeof (char *), compare_cb);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (names[i], ==, expected[i]);
  /* Tones: ngang < huyền < hỏi < ngã < sắc < nặng. */
  g_assert_cmpint (kd_text_compare ("ma", "mà"), <, 0);
  g_assert_cmpint (kd_text_compare ("mà", "mả"), <, 0);
  g_assert_cmpint (kd_text_compare ("mả", "mã"), <, 0);
  g_assert_cmpint (kd_text_compare ("mã", "má"), <, 0);
  g_assert_cmpint (kd_text_compare ("má", "mạ"), <, 0);
  /* Letters decide before tones do. */
  g_assert_cmpint (kd_text_compare ("mai", "mạnh"), <, 0);
  g_assert_cmpint (kd_text_compare ("Lê", "Lê Văn"), <, 0);
  g_assert_cmpint (kd_text_compare ("2", "An"), <, 0);
  g_assert_cmpint (kd_text_compare ("Dương", "Đà"), <, 0);
  g_assert_cmpint (kd_text_compare ("Đà", "Ea"), <, 0);
  g_assert_cmpint (kd_text_compare ("ư", "ưa"), <, 0);
  /* Lower case before upper case when nothing else differs. */
  g_assert_cmpint (kd_text_compare ("an", "An"), <, 0);
}

/* Precomposed and decomposed spellings of a word have one key; letters of other scripts come
 * after the alphabet. */
static void
test_collate_key (void)
{
  g_autofree char *precomposed = kd_text_collate_key ("Trưởng");
  g_autofree char *decomposed = kd_text_collate_key ("Tru\xcc\x9bo\xcc\x9b\xcc\x89ng");
  g_autofree char *marks_swapped = kd_text_collate_key ("Tru\xcc\x9bo\xcc\x89\xcc\x9bng");
  g_autofree char *empty = kd_text_collate_key (NULL);

  g_assert_cmpstr (precomposed, ==, decomposed);
  g_assert_cmpstr (precomposed, ==, marks_swapped);
  g_assert_cmpstr (empty, ==, "\001\001");
  g_assert_cmpint (kd_text_compare ("z", "ω"), <, 0);
  g_assert_cmpint (kd_text_compare ("ệ", "ê"), >, 0);
}

static void
test_budget (void)
{
  static const struct
  {
    const char *in;
    gint64      out;
  } good[] = {
    { "1.500.000", 1500000 },
    { "1500000", 1500000 },
    { "1,500,000", 1500000 },
    { " 1 500 000 ", 1500000 },
    { "", 0 },
    { "0", 0 },
    { "999.999.999.999.999", KD_BUDGET_MAX },
  };
  static const char *const bad[] = { "abc", "-5", "1.5tr", "1000000000000000", "..", "12 đồng" };
  g_autofree char         *formatted = kd_budget_format (1234567);

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      gint64 value = -1;
      g_autoptr (GError) error = NULL;

      g_assert_true (kd_budget_parse (good[i].in, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpint (value, ==, good[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      gint64 value = 42;
      g_autoptr (GError) error = NULL;

      g_assert_false (kd_budget_parse (bad[i], &value, &error));
      g_assert_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE);
      g_assert_cmpint (value, ==, 42);
    }
  g_assert_cmpstr (formatted, ==, "1.234.567");
}

static void
test_dates (void)
{
  GDate date;
  g_autoptr (GError) error = NULL;
  g_autofree char *shown = kd_date_format_user ("2024-05-31");
  g_autofree char *long1 = kd_date_format_long ("Vạn Hòa", "2023-10-04");
  g_autofree char *long2 = kd_date_format_long ("Hải Phòng", "2026-02-05");
  g_autofree char *blank = kd_date_format_long ("", "");

  g_assert_true (kd_date_parse_user ("31/5/2024", &date, NULL));
  g_assert_cmpuint (g_date_get_day (&date), ==, 31);
  g_assert_true (kd_date_parse_user ("2024-05-31", &date, NULL));
  g_assert_true (kd_date_parse_user ("01.06.2024", &date, NULL));
  g_assert_false (kd_date_parse_user ("31/02/2024", &date, &error));
  g_assert_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE);
  g_assert_false (kd_date_parse_iso ("2024-13-01", NULL));
  g_assert_false (kd_date_parse_iso ("2024-5-1", NULL));
  g_assert_cmpstr (shown, ==, "31/05/2024");
  g_assert_cmpstr (long1, ==, "Vạn Hòa, ngày 04 tháng 10 năm 2023");
  g_assert_cmpstr (long2, ==, "Hải Phòng, ngày 05 tháng 02 năm 2026");
  g_assert_cmpstr (blank, ==, "……, ngày … tháng … năm …");
}

static void
test_school_year (void)
{
  guint first = 0;

  g_assert_true (kd_school_year_parse ("2026-2027", &first));
  g_assert_cmpuint (first, ==, 2026);
  g_assert_true (kd_school_year_parse ("2023 – 2024", NULL));
  g_assert_false (kd_school_year_parse ("2023-2025", NULL));
  g_assert_false (kd_school_year_parse ("2023", NULL));
}

int
main (int   argc,
      char *argv[])
{
  kd_test_init (&argc, &argv);

  g_test_add_func ("/text/fold", test_fold);
  g_test_add_func ("/text/order", test_order);
  g_test_add_func ("/text/collate-key", test_collate_key);
  g_test_add_func ("/text/budget", test_budget);
  g_test_add_func ("/text/dates", test_dates);
  g_test_add_func ("/text/school-year", test_school_year);
  return g_test_run ();
}
