/* kd-json-guard.c
 *
 * One pass over the bytes builds the JsonNode tree and checks everything json-glib 1.6 does not
 * (STYLE.md §4.4): nesting depth, numbers too long to read, duplicate members, then the grammar,
 * UTF-8 and escapes, each failure with its line and column.  It replaces JsonParser for the files
 * users open: JsonParser's scanner, plus the pre-scan it needed, were two thirds of the time to
 * open a plan of ten thousand rows.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-error.h"
#include "kd-json-guard.h"

/* Longest number token accepted: 15 digits is the largest budget; the rest is headroom. */
#define MAX_NUMBER_LENGTH 40
#define MAX_INTEGER_DIGITS 18

typedef enum
{
  SYNTAX_CUT_OFF,
  SYNTAX_TRAILING_COMMA,
  SYNTAX_MISSING_COMMA,
  SYNTAX_MISSING_COLON,
  SYNTAX_BAREWORD,
  SYNTAX_EMPTY_MEMBER_NAME,
  SYNTAX_INVALID_DATA,
} Syntax;

struct _KdJsonReader
{
  const char       *data;
  const char       *p;
  const char       *end;
  const char       *display_name;
  GError          **error;
  GString          *text;                        /* a string value being decoded */
  GString          *keys[KD_JSON_MAX_DEPTH + 1]; /* the member name being read, per depth */
  const KdJsonList *lists;
  guint             n_lists;
  guint             element_depth; /* of the list element a KdJsonList reads */
  guint             value_depth;   /* of the value kd_json_reader_read_node() reads */
  gboolean          first_member;  /* of the object that element is */
  const char       *member_at;     /* where the last member it read starts */
};

typedef KdJsonReader Reader;

static void
position_of (const char *data,
             const char *at,
             guint      *line,
             guint      *column)
{
  *line = 1;
  *column = 1;
  for (const char *p = data; p < at; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar)*p & 0xC0) != 0x80)
        (*column)++;
    }
}

gboolean
kd_json_guard_check_size (guint64     length,
                          const char *display_name,
                          GError    **error)
{
  if (length > KD_JSON_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (KD_JSON_MAX_BYTES);

      g_set_error (error, KD_ERROR, KD_ERROR_TOO_LARGE,
                   _ ("“%s” is too large to be a Kiểm Định file (%s; the limit is %s)."),
                   display_name, size, limit);
      return FALSE;
    }
  return TRUE;
}

static const char *
syntax_phrase (Syntax syntax)
{
  switch (syntax)
    {
      case SYNTAX_TRAILING_COMMA:
        return _ ("a comma before a closing bracket");
      case SYNTAX_MISSING_COMMA:
        return _ ("a missing comma");
      case SYNTAX_MISSING_COLON:
        return _ ("a missing colon");
      case SYNTAX_BAREWORD:
        return _ ("a word that is not in quotes");
      case SYNTAX_EMPTY_MEMBER_NAME:
        return _ ("a member without a name");
      case SYNTAX_INVALID_DATA:
        return _ ("a character that is not allowed");
      case SYNTAX_CUT_OFF:
      default:
        return _ ("the text is cut off or not valid JSON");
    }
}

static gboolean
fail_utf8 (Reader     *reader,
           const char *at)
{
  guint line, column;

  position_of (reader->data, at, &line, &column);
  g_set_error (reader->error, KD_ERROR, KD_ERROR_INVALID_UTF8,
               _ ("“%s” is not valid UTF-8 text (line %u, column %u). The file is damaged or is not a Kiểm Định file."),
               reader->display_name, line, column);
  return FALSE;
}

static gboolean
fail_syntax (Reader     *reader,
             const char *at,
             Syntax      syntax)
{
  guint line, column;

  if (at < reader->end && *at == '\0') /* a NUL byte: binary, not text */
    return fail_utf8 (reader, at);
  if (at < reader->end && (guchar)*at >= 0x80)
    {
      const char *bad = NULL;

      if (!g_utf8_validate_len (at, MIN (reader->end - at, 4), &bad) && bad == at)
        return fail_utf8 (reader, at);
    }
  if (at >= reader->end)
    syntax = SYNTAX_CUT_OFF;
  position_of (reader->data, MIN (at, reader->end), &line, &column);
  g_set_error (reader->error, KD_ERROR, KD_ERROR_INVALID_JSON,
               _ ("“%s” cannot be opened: it is damaged at line %u, column %u (%s)."),
               reader->display_name, line, column, syntax_phrase (syntax));
  return FALSE;
}

static void
skip_space (Reader *reader)
{
  while (reader->p < reader->end &&
         (*reader->p == ' ' || *reader->p == '\n' || *reader->p == '\r' || *reader->p == '\t'))
    reader->p++;
}

static int
hex4 (const char *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* Bytes that stand for themselves in a string: not the quote, the backslash or a control
 * character — except a tab or a line break typed by someone editing the file by hand: JSON
 * wants them escaped, but json-glib took them as they are, and so do we. */
static guchar plain_in_string[256];

static void
init_plain_in_string (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      for (guint c = 0x20; c < 256; c++)
        plain_in_string[c] = c != '"' && c != '\\';
      plain_in_string['\t'] = plain_in_string['\n'] = plain_in_string['\r'] = 1;
      g_once_init_leave (&done, 1);
    }
}

/* The first byte from @p on that does not stand for itself in a string, or @end.  Eight
 * bytes are looked at together while none of them is a quote, a backslash or below 0x20;
 * @seen gathers the bytes passed, to tell whether any was beyond ASCII. */
static const char *
skip_plain (const char *p,
            const char *end,
            guint64    *seen)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = ones * 0x80;

  for (;;)
    {
      const char *stop;

      while (end - p >= 8)
        {
          guint64 word, quote, backslash;

          memcpy (&word, p, sizeof word);
          quote = word ^ (ones * '"');
          backslash = word ^ (ones * '\\');
          /* the high bit of some byte is set here when a byte of the word is zero in quote or
           * backslash, or below 0x20 in word */
          if ((((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((word - ones * 0x20) & ~word)) & highs)
            break;
          *seen |= word;
          p += 8;
        }
      /* The word holds a byte to look at: step to it, or past a tab or a line break. */
      stop = end - p > 8 ? p + 8 : end;
      while (p < stop && plain_in_string[(guchar)*p])
        *seen |= (guchar)*p++;
      if (p < stop || p >= end)
        return p;
    }
}

static gboolean
check_utf8 (Reader     *reader,
            const char *run,
            const char *run_end,
            guint64     seen)
{
  const char *bad = NULL;

  if ((seen & G_GUINT64_CONSTANT (0x8080808080808080)) != 0 && !g_utf8_validate_len (run, run_end - run, &bad))
    return fail_utf8 (reader, bad);
  return TRUE;
}

/* The string at reader->p (on its opening quote) when it holds no escape: *@start and
 * *@length give it where it is, checked, and the reader is past it.  Otherwise *@start is
 * NULL and the reader has not moved: read_string() decodes it. */
static gboolean
read_plain_string (Reader      *reader,
                   const char **start,
                   gsize       *length)
{
  const char *run = reader->p + 1;
  guint64     seen = 0;
  const char *p = skip_plain (run, reader->end, &seen);

  *start = NULL;
  if (p >= reader->end || *p != '"')
    return TRUE;
  if (!check_utf8 (reader, run, p, seen))
    return FALSE;
  *start = run;
  *length = p - run;
  reader->p = p + 1;
  return TRUE;
}

/* Reads the string at reader->p (on its opening quote) into @out. */
static gboolean
read_string (Reader  *reader,
             GString *out)
{
  const char *p = reader->p + 1;

  g_string_truncate (out, 0);
  for (;;)
    {
      const char *run = p;
      guint64     seen = 0;

      p = skip_plain (p, reader->end, &seen);
      if (!check_utf8 (reader, run, p, seen))
        return FALSE;
      g_string_append_len (out, run, p - run);
      /* Other control characters (and so NUL) are refused, raw or escaped: text never holds them. */
      if (p >= reader->end)
        return fail_syntax (reader, p, SYNTAX_CUT_OFF);
      if (*p == '"')
        break;
      if (*p != '\\')
        return fail_syntax (reader, p, SYNTAX_INVALID_DATA); /* a control character */
      if (p + 1 >= reader->end)
        return fail_syntax (reader, reader->end, SYNTAX_CUT_OFF);
      switch (p[1])
        {
          case '"':
          case '\\':
          case '/':
            g_string_append_c (out, p[1]);
            p += 2;
            break;
          case 'b':
            g_string_append_c (out, '\b');
            p += 2;
            break;
          case 'f':
            g_string_append_c (out, '\f');
            p += 2;
            break;
          case 'n':
            g_string_append_c (out, '\n');
            p += 2;
            break;
          case 'r':
            g_string_append_c (out, '\r');
            p += 2;
            break;
          case 't':
            g_string_append_c (out, '\t');
            p += 2;
            break;
          case 'u':
            {
              int unit = reader->end - p >= 6 ? hex4 (p + 2) : -1;

              if (unit < 0)
                return fail_syntax (reader, p, SYNTAX_INVALID_DATA);
              p += 6;
              if (unit >= 0xD800 && unit < 0xDC00)
                {
                  int low = reader->end - p >= 6 && p[0] == '\\' && p[1] == 'u' ? hex4 (p + 2) : -1;

                  if (low < 0xDC00 || low >= 0xE000)
                    return fail_syntax (reader, p - 6, SYNTAX_INVALID_DATA); /* a lone surrogate */
                  unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                  p += 6;
                }
              else if ((unit >= 0xDC00 && unit < 0xE000) || unit == 0)
                return fail_syntax (reader, p - 6, SYNTAX_INVALID_DATA); /* a lone surrogate, or NUL */
              g_string_append_unichar (out, unit);
              break;
            }
          default:
            return fail_syntax (reader, p, SYNTAX_INVALID_DATA);
        }
    }
  reader->p = p + 1;
  return TRUE;
}

static gboolean
read_number (Reader   *reader,
             JsonNode *node)
{
  const char *start = reader->p;
  const char *p = start;
  guint       int_digits = 0;
  gboolean    is_integer = TRUE;
  char        token[MAX_NUMBER_LENGTH + 1];

  if (*p == '-')
    p++;
  if (p >= reader->end || !g_ascii_isdigit (*p))
    return fail_syntax (reader, p, SYNTAX_INVALID_DATA);
  if (*p == '0' && p + 1 < reader->end && g_ascii_isdigit (p[1]))
    return fail_syntax (reader, p, SYNTAX_INVALID_DATA);
  while (p < reader->end && g_ascii_isdigit (*p))
    p++, int_digits++;
  if (p < reader->end && *p == '.')
    {
      is_integer = FALSE;
      p++;
      if (p >= reader->end || !g_ascii_isdigit (*p))
        return fail_syntax (reader, p, SYNTAX_INVALID_DATA);
      while (p < reader->end && g_ascii_isdigit (*p))
        p++;
    }
  if (p < reader->end && (*p == 'e' || *p == 'E'))
    {
      is_integer = FALSE;
      p++;
      if (p < reader->end && (*p == '+' || *p == '-'))
        p++;
      if (p >= reader->end || !g_ascii_isdigit (*p))
        return fail_syntax (reader, p, SYNTAX_INVALID_DATA);
      while (p < reader->end && g_ascii_isdigit (*p))
        p++;
    }

  if (p - start > MAX_NUMBER_LENGTH || int_digits > MAX_INTEGER_DIGITS)
    goto too_large;
  memcpy (token, start, p - start);
  token[p - start] = '\0';
  if (is_integer)
    json_node_init_int (node, g_ascii_strtoll (token, NULL, 10));
  else
    {
      double value = g_ascii_strtod (token, NULL);

      if (!isfinite (value))
        goto too_large;
      json_node_init_double (node, value);
    }
  reader->p = p;
  return TRUE;

too_large:
  {
    guint line, column;

    position_of (reader->data, start, &line, &column);
    g_set_error (reader->error, KD_ERROR, KD_ERROR_INVALID_JSON,
                 _ ("“%s” has a number too large to read at line %u, column %u."), reader->display_name, line, column);
    return FALSE;
  }
}

static gboolean
read_word (Reader     *reader,
           const char *word,
           gsize       length)
{
  const char *p = reader->p;

  if ((gsize)(reader->end - p) < length || memcmp (p, word, length) != 0 ||
      (p + length < reader->end && g_ascii_isalnum (p[length])))
    return fail_syntax (reader, p, SYNTAX_BAREWORD);
  reader->p += length;
  return TRUE;
}

static JsonNode *read_value (Reader *reader, guint depth);

static gboolean
fail_depth (Reader *reader)
{
  guint line, column;

  position_of (reader->data, reader->p, &line, &column);
  g_set_error (reader->error, KD_ERROR, KD_ERROR_INVALID_JSON,
               _ ("“%s” is nested too deeply at line %u, column %u. It is not a Kiểm Định file."),
               reader->display_name, line, column);
  return FALSE;
}

static void
fail_duplicate (Reader     *reader,
                const char *key_at,
                const char *name)
{
  g_autofree char *shown = g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), 60));
  guint            line, column;

  position_of (reader->data, key_at + 1, &line, &column);
  g_set_error (reader->error, KD_ERROR, KD_ERROR_INVALID_JSON,
               _ ("“%s” has the member “%s” twice in the same place (line %u, column %u). Remove one of them."),
               reader->display_name, shown, line, column);
}

/* On an opening bracket: steps over it, and over its closing @close too when nothing is between. */
static gboolean
open_is_empty (Reader *reader,
               char    close)
{
  reader->p++;
  skip_space (reader);
  if (reader->p < reader->end && *reader->p == close)
    {
      reader->p++;
      return TRUE;
    }
  return FALSE;
}

/* Where the next element or member must start: refuses a closing @close right after a comma. */
static gboolean
before_item (Reader *reader,
             char    close)
{
  skip_space (reader);
  if (reader->p < reader->end && *reader->p == close)
    return fail_syntax (reader, reader->p, SYNTAX_TRAILING_COMMA);
  return TRUE;
}

/* After an element or a member: 1 past a comma (another follows), 0 past the closing @close,
 * -1 when the text is damaged. */
static int
after_item (Reader *reader,
            char    close)
{
  skip_space (reader);
  if (reader->p >= reader->end)
    return fail_syntax (reader, reader->p, SYNTAX_CUT_OFF), -1;
  if (*reader->p == close)
    {
      reader->p++;
      return 0;
    }
  if (*reader->p != ',')
    return fail_syntax (reader, reader->p, SYNTAX_MISSING_COMMA), -1;
  reader->p++;
  return 1;
}

/* Reads a member's name into @key and steps over the colon after it; @key_at: where it starts. */
static gboolean
read_member_name (Reader      *reader,
                  GString     *key,
                  const char **key_at)
{
  *key_at = reader->p;
  if (reader->p >= reader->end)
    return fail_syntax (reader, reader->p, SYNTAX_CUT_OFF);
  if (*reader->p != '"')
    return fail_syntax (reader, reader->p, SYNTAX_BAREWORD);
  /* Names are short and plain ASCII: stepped over byte by byte, anything else decoded. */
  {
    const char *name = reader->p + 1, *p = name;

    while (p < reader->end && (guchar)*p >= 0x20 && (guchar)*p < 0x80 && *p != '"' && *p != '\\')
      p++;
    if (p < reader->end && *p == '"')
      {
        g_string_truncate (key, 0);
        g_string_append_len (key, name, p - name);
        reader->p = p + 1;
      }
    else if (!read_string (reader, key))
      return FALSE;
  }
  if (key->len == 0)
    return fail_syntax (reader, *key_at, SYNTAX_EMPTY_MEMBER_NAME);
  skip_space (reader);
  if (reader->p >= reader->end || *reader->p != ':')
    return fail_syntax (reader, reader->p, SYNTAX_MISSING_COLON);
  reader->p++;
  return TRUE;
}

static const KdJsonList *
list_of (Reader     *reader,
         guint       depth,
         const char *member)
{
  for (guint i = 0; depth == 1 && i < reader->n_lists; i++)
    if (g_str_equal (reader->lists[i].member, member))
      return &reader->lists[i];
  return NULL;
}

/* The array of a KdJsonList: each element is handed to its reader; the tree gets an empty list. */
static JsonNode *
read_list (Reader           *reader,
           guint             depth,
           const KdJsonList *list)
{
  g_autoptr (JsonArray) empty = json_array_new ();
  guint index = 0;
  int   next = 1;

  if (open_is_empty (reader, ']'))
    next = 0;
  while (next > 0)
    {
      if (!before_item (reader, ']'))
        return NULL;
      reader->element_depth = reader->value_depth = depth;
      if (!list->read_element (reader, index++, list->user_data))
        {
          if (reader->error != NULL && *reader->error == NULL)
            fail_syntax (reader, reader->p, SYNTAX_INVALID_DATA);
          return NULL;
        }
      if ((next = after_item (reader, ']')) < 0)
        return NULL;
    }
  return json_node_init_array (json_node_alloc (), empty);
}

static JsonNode *
read_object (Reader *reader,
             guint   depth)
{
  g_autoptr (JsonObject) object = json_object_new ();
  GString  *key;
  JsonNode *node;
  int       next;

  if (reader->keys[depth] == NULL)
    reader->keys[depth] = g_string_sized_new (32);
  key = reader->keys[depth];

  if (open_is_empty (reader, '}'))
    goto done;
  for (;;)
    {
      const char *key_at;
      JsonNode   *value;

      if (!before_item (reader, '}') || !read_member_name (reader, key, &key_at))
        return NULL;
      if (json_object_has_member (object, key->str))
        return fail_duplicate (reader, key_at, key->str), NULL;
      skip_space (reader);
      if (reader->p < reader->end && *reader->p == '[' && list_of (reader, depth, key->str) != NULL)
        value = read_list (reader, depth + 1, list_of (reader, depth, key->str));
      else
        value = read_value (reader, depth);
      if (value == NULL)
        return NULL;
      json_object_set_member (object, key->str, value);
      if ((next = after_item (reader, '}')) < 0)
        return NULL;
      if (next == 0)
        break;
    }

done:
  node = json_node_alloc ();
  json_node_init_object (node, object);
  return node;
}

static JsonNode *
read_array (Reader *reader,
            guint   depth)
{
  g_autoptr (JsonArray) array = json_array_new ();
  JsonNode *node;
  int       next;

  if (open_is_empty (reader, ']'))
    goto done;
  for (;;)
    {
      JsonNode *element;

      if (!before_item (reader, ']'))
        return NULL;
      element = read_value (reader, depth);
      if (element == NULL)
        return NULL;
      json_array_add_element (array, element);
      if ((next = after_item (reader, ']')) < 0)
        return NULL;
      if (next == 0)
        break;
    }

done:
  node = json_node_alloc ();
  json_node_init_array (node, array);
  return node;
}

/* Reads one value; @depth is the number of objects and arrays around it. */
static JsonNode *
read_value (Reader *reader,
            guint   depth)
{
  g_autoptr (JsonNode) node = NULL;

  skip_space (reader);
  if (reader->p >= reader->end)
    return fail_syntax (reader, reader->p, SYNTAX_CUT_OFF), NULL;
  switch (*reader->p)
    {
      case '{':
      case '[':
        if (depth >= KD_JSON_MAX_DEPTH)
          return fail_depth (reader), NULL;
        return *reader->p == '{' ? read_object (reader, depth + 1) : read_array (reader, depth + 1);
      case '"':
        if (!read_string (reader, reader->text))
          return NULL;
        node = json_node_alloc ();
        json_node_init_string (node, reader->text->str);
        break;
      case 't':
        if (!read_word (reader, "true", 4))
          return NULL;
        node = json_node_init_boolean (json_node_alloc (), TRUE);
        break;
      case 'f':
        if (!read_word (reader, "false", 5))
          return NULL;
        node = json_node_init_boolean (json_node_alloc (), FALSE);
        break;
      case 'n':
        if (!read_word (reader, "null", 4))
          return NULL;
        node = json_node_init_null (json_node_alloc ());
        break;
      default:
        if (*reader->p == '-' || g_ascii_isdigit (*reader->p))
          {
            node = json_node_alloc ();
            if (!read_number (reader, node))
              return NULL;
            break;
          }
        return fail_syntax (reader, reader->p, g_ascii_isalpha (*reader->p) || (guchar)*reader->p >= 0x80 ? SYNTAX_BAREWORD : SYNTAX_INVALID_DATA), NULL;
    }
  return g_steal_pointer (&node);
}

/**
 * kd_json_guard_parse:
 * @root: (out) (transfer full) (nullable): the value the text holds; NULL when the
 *   text is empty or only white space
 *
 * Reads JSON from a user's disk.  The errors are sentences naming @display_name and, where
 * there is one, the line and column.
 */
gboolean
kd_json_guard_parse (const char *data,
                     gsize       length,
                     const char *display_name,
                     JsonNode  **root,
                     GError    **error)
{
  return kd_json_guard_parse_lists (data, length, display_name, NULL, 0, root, error);
}

/**
 * kd_json_guard_parse_lists:
 * @lists: members of the root object whose arrays are not put in the tree but read element by
 *   element by their KdJsonList: a document's plan of ten thousand rows goes straight into its
 *   items, without ten thousand JsonObjects made and freed on the way
 *
 * As kd_json_guard_parse(); in the tree, those members hold an empty array.
 */
gboolean
kd_json_guard_parse_lists (const char       *data,
                           gsize             length,
                           const char       *display_name,
                           const KdJsonList *lists,
                           guint             n_lists,
                           JsonNode        **root,
                           GError          **error)
{
  g_autoptr (GError) local_error = NULL;
  Reader reader = { data, data, data + length, display_name, error != NULL ? error : &local_error, NULL, { NULL }, lists, n_lists, 0, 0, FALSE, NULL };
  g_autoptr (JsonNode) value = NULL;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (root != NULL, FALSE);

  *root = NULL;
  if (!kd_json_guard_check_size (length, display_name, error))
    return FALSE;
  init_plain_in_string ();
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0) /* a byte order mark, as Notepad writes */
    reader.p += 3;
  skip_space (&reader);
  if (reader.p >= reader.end)
    return TRUE;

  reader.text = g_string_sized_new (256);
  value = read_value (&reader, 0);
  g_string_free (reader.text, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (reader.keys); i++)
    if (reader.keys[i] != NULL)
      g_string_free (reader.keys[i], TRUE);
  if (value == NULL)
    return FALSE;

  skip_space (&reader);
  if (reader.p < reader.end)
    {
      return fail_syntax (&reader, reader.p, SYNTAX_MISSING_COMMA);
    }
  *root = g_steal_pointer (&value);
  return TRUE;
}

/* ---- for a KdJsonList's reader ------------------------------------------------------ */

gboolean
kd_json_reader_is_object (KdJsonReader *reader)
{
  skip_space (reader);
  return reader->p < reader->end && *reader->p == '{';
}

/* Reads the value at the reader, whatever it is. NULL once the reader has failed. */
JsonNode *
kd_json_reader_read_node (KdJsonReader *reader)
{
  return read_value (reader, reader->value_depth);
}

/**
 * kd_json_reader_read_string:
 * @text: (out) (transfer full): the string
 *
 * Returns: 1 when the value at the reader was a string and has been read, 0 when it is not a
 *   string (nothing was read), -1 when the text is damaged (the reader has failed).
 */
int
kd_json_reader_read_string (KdJsonReader *reader,
                            char        **text)
{
  const char *start;
  gsize       length;

  skip_space (reader);
  if (reader->p >= reader->end || *reader->p != '"')
    return 0;
  if (!read_plain_string (reader, &start, &length))
    return -1;
  if (start != NULL) /* most texts: copied once, straight from the file's bytes */
    {
      *text = g_strndup (start, length);
      return 1;
    }
  if (!read_string (reader, reader->text))
    return -1;
  *text = g_strndup (reader->text->str, reader->text->len);
  return 1;
}

/* Starts the element object (kd_json_reader_is_object() said it is one). */
void
kd_json_reader_begin_object (KdJsonReader *reader)
{
  reader->p++;
  reader->first_member = TRUE;
  reader->value_depth = reader->element_depth + 1;
}

/**
 * kd_json_reader_next_member:
 * @name: (out): the member's name, valid until the value has been read
 *
 * Returns: 1 when the reader is on the value of the member @name, 0 at the end of the object,
 *   -1 when the text is damaged (the reader has failed).
 */
int
kd_json_reader_next_member (KdJsonReader *reader,
                            const char  **name)
{
  GString    *key;
  const char *key_at;

  if (reader->keys[reader->element_depth + 1] == NULL)
    reader->keys[reader->element_depth + 1] = g_string_sized_new (32);
  key = reader->keys[reader->element_depth + 1];

  if (reader->first_member)
    {
      reader->first_member = FALSE;
      skip_space (reader);
      if (reader->p < reader->end && *reader->p == '}')
        {
          reader->p++;
          return 0;
        }
    }
  else
    {
      int next = after_item (reader, '}');

      if (next <= 0)
        return next;
      if (!before_item (reader, '}'))
        return -1;
    }
  if (!read_member_name (reader, key, &key_at))
    return -1;
  reader->member_at = key_at;
  *name = key->str;
  return 1;
}

/* The member just read appeared before in the same object. */
gboolean
kd_json_reader_fail_duplicate (KdJsonReader *reader,
                               const char   *name)
{
  fail_duplicate (reader, reader->member_at, name);
  return FALSE;
}
