/* kd-json-guard.c */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-error.h"
#include "kd-json-guard.h"

/* Longest number token accepted: 15 digits is the largest budget; the rest is headroom. */
#define MAX_NUMBER_LENGTH 40
#define MAX_INTEGER_DIGITS 18

typedef struct
{
  gboolean    is_object;
  gboolean    expect_key;
  GHashTable *keys;
} Frame;

static void
frame_clear (gpointer data)
{
  Frame *frame = data;

  g_clear_pointer (&frame->keys, g_hash_table_unref);
}

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

gboolean
kd_json_guard_check (const char *data,
                     gsize       length,
                     const char *display_name,
                     GError    **error)
{
  g_autoptr (GArray) stack = NULL;
  const char *end = NULL;
  const char *p;
  const char *stop = data + length;
  guint       line, column;

  if (!kd_json_guard_check_size (length, display_name, error))
    return FALSE;

  if (!g_utf8_validate_len (data, length, &end))
    {
      position_of (data, end, &line, &column);
      g_set_error (error, KD_ERROR, KD_ERROR_INVALID_UTF8,
                   _ ("“%s” is not valid UTF-8 text (line %u, column %u). The file is damaged or is not a Kiểm Định file."),
                   display_name, line, column);
      return FALSE;
    }

  stack = g_array_new (FALSE, TRUE, sizeof (Frame));
  g_array_set_clear_func (stack, frame_clear);

  for (p = data; p < stop; p++)
    {
      Frame *top = stack->len > 0 ? &g_array_index (stack, Frame, stack->len - 1) : NULL;

      switch (*p)
        {
          case '{':
          case '[':
            {
              Frame frame = { *p == '{', *p == '{', NULL };

              if (stack->len >= KD_JSON_MAX_DEPTH)
                {
                  position_of (data, p, &line, &column);
                  g_set_error (error, KD_ERROR, KD_ERROR_INVALID_JSON,
                               _ ("“%s” is nested too deeply at line %u, column %u. It is not a Kiểm Định file."),
                               display_name, line, column);
                  return FALSE;
                }
              if (frame.is_object)
                frame.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
              g_array_append_val (stack, frame);
              break;
            }

          case '}':
          case ']':
            if (stack->len > 0)
              g_array_set_size (stack, stack->len - 1);
            break;

          case ',':
            if (top != NULL && top->is_object)
              top->expect_key = TRUE;
            break;

          case '"':
            {
              const char *start = ++p;

              while (p < stop && *p != '"')
                {
                  if (*p == '\\' && p + 1 < stop)
                    p++;
                  p++;
                }
              if (top != NULL && top->is_object && top->expect_key)
                {
                  char *key = g_strndup (start, p - start);

                  top->expect_key = FALSE;
                  if (!g_hash_table_add (top->keys, key))
                    {
                      g_autofree char *shown = g_strndup (start, MIN (p - start, 60));

                      position_of (data, start, &line, &column);
                      g_set_error (error, KD_ERROR, KD_ERROR_INVALID_JSON,
                                   _ ("“%s” has the member “%s” twice in the same place (line %u, column %u). Remove one of them."),
                                   display_name, shown, line, column);
                      return FALSE;
                    }
                }
              if (p >= stop)
                p = stop - 1; /* unterminated: json-glib reports it */
              break;
            }

          default:
            if (*p == '-' || g_ascii_isdigit (*p))
              {
                const char *start = p;
                guint       int_digits = 0;
                gboolean    in_integer = TRUE;

                while (p < stop && (g_ascii_isdigit (*p) || strchr ("+-.eE", *p) != NULL))
                  {
                    if (*p == '.' || *p == 'e' || *p == 'E')
                      in_integer = FALSE;
                    else if (in_integer && g_ascii_isdigit (*p))
                      int_digits++;
                    p++;
                  }
                if (p - start > MAX_NUMBER_LENGTH || int_digits > MAX_INTEGER_DIGITS ||
                    !isfinite (g_ascii_strtod (start, NULL)))
                  {
                    position_of (data, start, &line, &column);
                    g_set_error (error, KD_ERROR, KD_ERROR_INVALID_JSON,
                                 _ ("“%s” has a number too large to read at line %u, column %u."),
                                 display_name, line, column);
                    return FALSE;
                  }
                p--;
              }
            break;
        }
    }
  return TRUE;
}
