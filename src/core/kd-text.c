/* kd-text.c — Vietnamese folding and collation, dates and money as users type them */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-error.h"
#include "kd-text.h"

/* The Vietnamese alphabet in dictionary order, with the four letters only loanwords use
 * (f, j, w, z) at their Latin places so that every Latin letter has a rank. */
static const char *const alphabet[] = {
  "a",
  "ă",
  "â",
  "b",
  "c",
  "d",
  "đ",
  "e",
  "ê",
  "f",
  "g",
  "h",
  "i",
  "j",
  "k",
  "l",
  "m",
  "n",
  "o",
  "ô",
  "ơ",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "ư",
  "v",
  "w",
  "x",
  "y",
  "z",
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

char *
kd_text_fold (const char *text)
{
  g_autofree char *nfd = NULL;
  g_autofree char *lower = NULL;
  GString         *out;

  if (text == NULL)
    return g_strdup ("");

  nfd = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  if (nfd == NULL) /* invalid UTF-8: fold nothing rather than fail */
    return g_utf8_make_valid (text, -1);
  lower = g_utf8_casefold (nfd, -1);

  out = g_string_sized_new (strlen (lower));
  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_combining_mark (c))
        continue;
      if (c == 0x0111) /* đ has no decomposition */
        c = 'd';
      g_string_append_unichar (out, c);
    }
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

/* One letter, NFC, lower case, without its tone → its rank, or 0 if not in the alphabet. */
static gunichar
letter_rank (const char *letter)
{
  for (guint i = 0; i < G_N_ELEMENTS (alphabet); i++)
    if (strcmp (alphabet[i], letter) == 0)
      return LETTER_BASE + i;
  return 0;
}

char *
kd_text_collate_key (const char *text)
{
  g_autofree char *nfd = NULL;
  GString         *primary;
  GString         *tones;
  GString         *cases;
  const char      *p;

  if (text == NULL)
    text = "";
  nfd = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  if (nfd == NULL)
    return g_strdup (text);

  primary = g_string_new (NULL);
  tones = g_string_new (NULL);
  cases = g_string_new (NULL);

  p = nfd;
  while (*p)
    {
      gunichar         base = g_utf8_get_char (p);
      gunichar         lower = g_unichar_tolower (base);
      GString         *letter = g_string_new (NULL);
      int              tone = TONE_NONE;
      g_autofree char *composed = NULL;
      gunichar         rank;

      p = g_utf8_next_char (p);
      g_string_append_unichar (letter, lower);
      /* Gather the marks of this letter: tone marks go to the secondary key, the others
       * (breve, circumflex, horn) make a different letter. */
      while (*p)
        {
          gunichar mark = g_utf8_get_char (p);
          int      t;

          if (!is_combining_mark (mark))
            break;
          t = tone_of_mark (mark);
          if (t >= 0)
            tone = t;
          else
            g_string_append_unichar (letter, mark);
          p = g_utf8_next_char (p);
        }

      composed = g_utf8_normalize (letter->str, -1, G_NORMALIZE_NFC);
      g_string_free (letter, TRUE);
      rank = composed != NULL ? letter_rank (composed) : 0;
      if (rank == 0)
        rank = (lower < LETTER_BASE) ? lower : lower + G_N_ELEMENTS (alphabet);
      g_string_append_unichar (primary, rank);
      g_string_append_c (tones, '0' + tone);
      g_string_append_c (cases, g_unichar_isupper (base) ? '1' : '0');
    }

  /* U+0001 separates the levels and sorts before anything a user can type. */
  g_string_append_c (primary, '\001');
  g_string_append (primary, tones->str);
  g_string_append_c (primary, '\001');
  g_string_append (primary, cases->str);
  g_string_free (tones, TRUE);
  g_string_free (cases, TRUE);
  return g_string_free (primary, FALSE);
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
