/* kd-text.c — Vietnamese folding and collation, dates and money as users type them */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-error.h"
#include "kd-text.h"

/* The Vietnamese alphabet in dictionary order, with the four letters only loanwords use
 * (f, j, w, z) at their Latin places so that every Latin letter has a rank.  A letter is its
 * lower-case base and, for ă â đ ê ô ơ ư, the one mark that is not a tone (đ has no
 * decomposition: it is its own base). */
static const struct
{
  gunichar base;
  gunichar mark;
} alphabet[] = {
  { 'a', 0 },
  { 'a', 0x0306 }, /* ă */
  { 'a', 0x0302 }, /* â */
  { 'b', 0 },
  { 'c', 0 },
  { 'd', 0 },
  { 0x0111, 0 }, /* đ */
  { 'e', 0 },
  { 'e', 0x0302 }, /* ê */
  { 'f', 0 },
  { 'g', 0 },
  { 'h', 0 },
  { 'i', 0 },
  { 'j', 0 },
  { 'k', 0 },
  { 'l', 0 },
  { 'm', 0 },
  { 'n', 0 },
  { 'o', 0 },
  { 'o', 0x0302 }, /* ô */
  { 'o', 0x031B }, /* ơ */
  { 'p', 0 },
  { 'q', 0 },
  { 'r', 0 },
  { 's', 0 },
  { 't', 0 },
  { 'u', 0 },
  { 'u', 0x031B }, /* ư */
  { 'v', 0 },
  { 'w', 0 },
  { 'x', 0 },
  { 'y', 0 },
  { 'z', 0 },
};

/* Letters are ranked from this code point upwards so that digits, spaces and punctuation
 * (all below it) sort before letters, as in a dictionary. */
#define LETTER_BASE 0x100

enum
{
  TONE_NONE,
  TONE_GRAVE,     /* huyền */
  TONE_HOOK,      /* hỏi */
  TONE_TILDE,     /* ngã */
  TONE_ACUTE,     /* sắc */
  TONE_DOT_BELOW, /* nặng */
};

static int
tone_of_mark (gunichar mark)
{
  switch (mark)
    {
      case 0x0300:
        return TONE_GRAVE;
      case 0x0309:
        return TONE_HOOK;
      case 0x0303:
        return TONE_TILDE;
      case 0x0301:
        return TONE_ACUTE;
      case 0x0323:
        return TONE_DOT_BELOW;
      default:
        return -1;
    }
}

static gboolean
is_combining_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK;
}

static gboolean
is_ascii (const char *text)
{
  for (const guchar *p = (const guchar *)text; *p; p++)
    if (*p >= 0x80)
      return FALSE;
  return TRUE;
}

/* Appends @c case-folded, without its marks, đ as d. */
static void
append_folded (GString *out,
               gunichar c)
{
  char  utf8[8];
  char *folded;

  if (c < 0x80)
    {
      g_string_append_c (out, g_ascii_tolower (c));
      return;
    }
  if (c == 0x0110 || c == 0x0111) /* Đ đ have no decomposition */
    {
      g_string_append_c (out, 'd');
      return;
    }
  if (is_combining_mark (c))
    return;
  /* Outside Vietnamese: let GLib fold it (ß is "ss"). */
  utf8[g_unichar_to_utf8 (c, utf8)] = '\0';
  folded = g_utf8_casefold (utf8, -1);
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar f = g_utf8_get_char (p);

      if (!is_combining_mark (f))
        g_string_append_unichar (out, f == 0x0111 ? 'd' : f);
    }
  g_free (folded);
}

/* The Latin letters with diacritics Vietnamese uses (Latin-1, Latin Extended-A and B, Latin
 * Extended Additional) folded to one ASCII letter, worked out once: folding is then a table
 * look-up per letter. 0: not a single ASCII letter, take the long way. */
#define LATIN_FIRST 0x00C0
#define LATIN_LAST 0x024F
#define EXTRA_FIRST 0x1E00
#define EXTRA_LAST 0x1EFF

static char latin_folded[LATIN_LAST - LATIN_FIRST + 1];
static char extra_folded[EXTRA_LAST - EXTRA_FIRST + 1];

static char
fold_to_ascii (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize    n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  g_autoptr (GString) out = g_string_new (NULL);

  for (gsize i = 0; i < n; i++)
    append_folded (out, decomposed[i]);
  return out->len == 1 && (guchar)out->str[0] < 0x80 ? out->str[0] : 0;
}

static void
fill_fold_tables (void)
{
  static gsize filled;

  if (g_once_init_enter (&filled))
    {
      for (gunichar c = LATIN_FIRST; c <= LATIN_LAST; c++)
        latin_folded[c - LATIN_FIRST] = fold_to_ascii (c);
      for (gunichar c = EXTRA_FIRST; c <= EXTRA_LAST; c++)
        extra_folded[c - EXTRA_FIRST] = fold_to_ascii (c);
      g_once_init_leave (&filled, 1);
    }
}

/* Appends @text to @out without accents or case: "Hiệu trưởng" → "hieu truong".  One pass that
 * also checks the UTF-8, no call per ASCII letter, one table look-up per Vietnamese letter: a
 * 5,000-row plan folds in a few milliseconds. */
void
kd_text_fold_append (GString    *out,
                     const char *text)
{
  gsize start;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;
  fill_fold_tables ();
  start = out->len;
  for (const char *p = text; *p;)
    {
      gunichar c;
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize    n;
      char     ascii = 0;

      if ((guchar)*p < 0x80)
        {
          g_string_append_c (out, *p >= 'A' && *p <= 'Z' ? *p + ('a' - 'A') : *p);
          p++;
          continue;
        }
      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar)-1 || c == (gunichar)-2) /* not UTF-8: fold nothing rather than fail */
        {
          g_autofree char *valid = g_utf8_make_valid (text, -1);

          g_string_truncate (out, start);
          g_string_append (out, valid);
          return;
        }
      p = g_utf8_next_char (p);
      if (c >= LATIN_FIRST && c <= LATIN_LAST)
        ascii = latin_folded[c - LATIN_FIRST];
      else if (c >= EXTRA_FIRST && c <= EXTRA_LAST)
        ascii = extra_folded[c - EXTRA_FIRST];
      if (ascii != 0)
        {
          g_string_append_c (out, ascii);
          continue;
        }
      n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
      for (gsize i = 0; i < n; i++)
        append_folded (out, decomposed[i]);
    }
}

char *
kd_text_fold (const char *text)
{
  GString *out = g_string_sized_new (text != NULL ? strlen (text) : 0);

  kd_text_fold_append (out, text);
  return g_string_free (out, FALSE);
}

gboolean
kd_text_matches (const char *haystack,
                 const char *needle)
{
  g_autofree char *h = NULL;
  g_autofree char *n = NULL;

  if (needle == NULL || *needle == '\0')
    return TRUE;
  h = kd_text_fold (haystack);
  n = kd_text_fold (needle);
  return strstr (h, n) != NULL;
}

/* A lower-case base letter and the marks on it that are not tones → its rank: its place in
 * the alphabet, or the code point itself for anything else (shifted above the alphabet when it
 * is not below the letters). */
static gunichar
letter_rank (gunichar lower,
             gunichar mark,
             guint    n_marks)
{
  if (n_marks <= 1)
    for (guint i = 0; i < G_N_ELEMENTS (alphabet); i++)
      if (alphabet[i].base == lower && alphabet[i].mark == mark)
        return LETTER_BASE + i;
  return lower < LETTER_BASE ? lower : lower + G_N_ELEMENTS (alphabet);
}

/* The key is three levels separated by U+0001: the letters' ranks, then each letter's tone
 * (ngang < huyền < hỏi < ngã < sắc < nặng), then its case.  Made in one pass over the
 * canonical decomposition, with no allocation per letter. */
char *
kd_text_collate_key (const char *text)
{
  g_autofree char *nfd = NULL;
  g_autofree char *levels = NULL;
  const char      *p;
  GString         *key;
  gsize            len, n = 0;

  if (text == NULL)
    text = "";
  if (!is_ascii (text))
    {
      nfd = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
      if (nfd == NULL)
        return g_strdup (text);
      text = nfd;
    }

  len = strlen (text);
  key = g_string_sized_new (3 * len + 2 * len + 3);
  levels = g_malloc (2 * len + 1); /* tones in the first half, cases in the second */
  p = text;
  while (*p)
    {
      gunichar base = g_utf8_get_char (p);
      gunichar lower = g_unichar_tolower (base);
      gunichar mark = 0;
      guint    n_marks = 0;
      int      tone = TONE_NONE;

      p = g_utf8_next_char (p);
      /* The marks of this letter: tone marks go to the second level, the others (breve,
       * circumflex, horn) make a different letter. */
      while (*p && (guchar)*p >= 0x80)
        {
          gunichar following = g_utf8_get_char (p);
          int      t;

          if (!is_combining_mark (following))
            break;
          t = tone_of_mark (following);
          if (t >= 0)
            tone = t;
          else
            {
              mark = following;
              n_marks++;
            }
          p = g_utf8_next_char (p);
        }

      g_string_append_unichar (key, letter_rank (lower, mark, n_marks));
      levels[n] = '0' + tone;
      levels[len + n] = g_unichar_isupper (base) ? '1' : '0';
      n++;
    }

  /* U+0001 separates the levels and sorts before anything a user can type. */
  g_string_append_c (key, '\001');
  g_string_append_len (key, levels, n);
  g_string_append_c (key, '\001');
  g_string_append_len (key, levels + len, n);
  return g_string_free (key, FALSE);
}

int
kd_text_compare (const char *a,
                 const char *b)
{
  g_autofree char *ka = kd_text_collate_key (a);
  g_autofree char *kb = kd_text_collate_key (b);
  int              r = strcmp (ka, kb);

  return r != 0 ? r : g_strcmp0 (a, b);
}

gboolean
kd_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

char *
kd_text_strip (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* ---- dates -------------------------------------------------------------------------- */

static gboolean
parse_uint (const char *s,
            gsize       len,
            guint      *out)
{
  guint v = 0;

  if (len == 0 || len > 4)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (s[i] - '0');
    }
  *out = v;
  return TRUE;
}

gboolean
kd_date_parse_iso (const char *text,
                   GDate      *date)
{
  guint y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (!parse_uint (text, 4, &y) || !parse_uint (text + 5, 2, &m) || !parse_uint (text + 8, 2, &d))
    return FALSE;
  if (y < 1900 || y > 2200 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  if (date != NULL)
    g_date_set_dmy (date, d, m, y);
  return TRUE;
}

gboolean
kd_date_parse_user (const char *text,
                    GDate      *date,
                    GError    **error)
{
  g_autofree char *s = kd_text_strip (text);
  g_auto (GStrv) parts = NULL;
  guint d, m, y;

  if (kd_date_parse_iso (s, date))
    return TRUE;

  parts = g_strsplit_set (s, "/.-", -1);
  if (g_strv_length (parts) != 3 ||
      !parse_uint (parts[0], strlen (parts[0]), &d) ||
      !parse_uint (parts[1], strlen (parts[1]), &m) ||
      !parse_uint (parts[2], strlen (parts[2]), &y) ||
      strlen (parts[0]) > 2 || strlen (parts[1]) > 2 || strlen (parts[2]) != 4)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE,
                   _ ("“%s” is not a date. Type it as day/month/year, for example 31/05/2024."), s);
      return FALSE;
    }
  if (y < 1900 || y > 2200 || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE,
                   _ ("%s is not a day of the calendar. Check the day and the month."), s);
      return FALSE;
    }
  if (date != NULL)
    g_date_set_dmy (date, d, m, y);
  return TRUE;
}

char *
kd_date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

char *
kd_date_format_user (const char *iso)
{
  GDate date;

  if (!kd_date_parse_iso (iso, &date))
    return g_strdup (iso != NULL ? iso : "");
  return g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}

/* "Vạn Hòa, ngày 04 tháng 10 năm 2023" — Nghị định 30/2020 writes days below 10 and months
 * 1–2 with a leading zero. */
char *
kd_date_format_long (const char *place,
                     const char *iso)
{
  GDate       date;
  guint       month;
  const char *where = (place != NULL && *place != '\0') ? place : "……";

  if (!kd_date_parse_iso (iso, &date))
    return g_strdup_printf (_ ("%s, day … month … year …"), where);
  month = g_date_get_month (&date);
  return g_strdup_printf (month <= 2 ? _ ("%s, day %02u month %02u year %04u")
                                     : _ ("%s, day %02u month %u year %04u"),
                          where, g_date_get_day (&date), month, g_date_get_year (&date));
}

/* ---- date and time ---------------------------------------------------------------- */

/* "2024-05-31T14:05:00+07:00" — the offset is kept so a council's times read as they were. */
gboolean
kd_datetime_parse_iso (const char *text,
                       GDateTime **datetime)
{
  g_autoptr (GDateTime) parsed = NULL;

  if (text == NULL || strlen (text) < 19 || strlen (text) > 40)
    return FALSE;
  parsed = g_date_time_new_from_iso8601 (text, NULL);
  if (parsed == NULL)
    return FALSE;
  if (datetime != NULL)
    *datetime = g_steal_pointer (&parsed);
  return TRUE;
}

char *
kd_datetime_now_iso (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
}

/* "31/05/2024 14:05" in the time the value was written. */
char *
kd_datetime_format_user (const char *iso)
{
  g_autoptr (GDateTime) datetime = NULL;

  if (!kd_datetime_parse_iso (iso, &datetime))
    return g_strdup (iso != NULL ? iso : "");
  return g_date_time_format (datetime, "%d/%m/%Y %H:%M");
}

/* ---- money -------------------------------------------------------------------------- */

gboolean
kd_budget_parse (const char *text,
                 gint64     *value,
                 GError    **error)
{
  g_autofree char *s = kd_text_strip (text);
  gint64           v = 0;
  guint            digits = 0;
  gboolean         seen_digit = FALSE;

  if (*s == '\0')
    {
      *value = 0;
      return TRUE;
    }
  for (const char *p = s; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (digits == 0 && *p == '0')
            {
              seen_digit = TRUE;
              continue;
            }
          if (++digits > 15)
            {
              g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE,
                           _ ("%s is too large for a budget (at most 999.999.999.999.999 đồng)."), s);
              return FALSE;
            }
          v = v * 10 + (*p - '0');
          seen_digit = TRUE;
        }
      else if ((*p == '.' || *p == ',' || *p == ' ') && seen_digit)
        continue; /* thousands separators: "1.500.000", "1,500,000", "1 500 000" */
      else if (*p == '-' && p == s)
        {
          g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE,
                       _ ("A budget cannot be negative (“%s”)."), s);
          return FALSE;
        }
      else
        {
          g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE,
                       _ ("“%s” is not an amount of money. Type digits only, for example 1.500.000."), s);
          return FALSE;
        }
    }
  if (!seen_digit)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE,
                   _ ("“%s” is not an amount of money. Type digits only, for example 1.500.000."), s);
      return FALSE;
    }
  *value = v;
  return TRUE;
}

char *
kd_budget_format (gint64 value)
{
  char     digits[32];
  GString *out = g_string_new (NULL);
  int      len, i;

  if (value < 0)
    {
      g_string_append_c (out, '-');
      value = -value;
    }
  len = g_snprintf (digits, sizeof digits, "%" G_GINT64_FORMAT, value);
  for (i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

gboolean
kd_school_year_parse (const char *text,
                      guint      *first_year)
{
  guint            a, b;
  g_autofree char *s = kd_text_strip (text);
  g_auto (GStrv) dashes = g_strsplit (s, "–", -1); /* an en dash is three bytes */
  g_autofree char *plain = g_strjoinv ("-", dashes);
  g_auto (GStrv) parts = g_strsplit_set (plain, "-/", -1);

  if (g_strv_length (parts) != 2)
    return FALSE;
  g_strstrip (parts[0]);
  g_strstrip (parts[1]);
  if (strlen (parts[0]) != 4 || strlen (parts[1]) != 4 ||
      !parse_uint (parts[0], 4, &a) || !parse_uint (parts[1], 4, &b) ||
      a < 1990 || a > 2199 || b != a + 1)
    return FALSE;
  if (first_year != NULL)
    *first_year = a;
  return TRUE;
}
