/* kd-json-guard.h — checks raw bytes before json-glib sees them
 *
 * json-glib 1.6 overflows its stack on deep nesting, wraps huge integers silently and keeps the
 * last of duplicate members without a word.  Documents and catalogues come from users' disks,
 * so every byte is checked first.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KD_JSON_MAX_BYTES (64 * 1024 * 1024)
#define KD_JSON_MAX_DEPTH 48

gboolean kd_json_guard_check_size (guint64     length,
                                   const char *display_name,
                                   GError    **error);
gboolean kd_json_guard_check (const char *data,
                              gsize       length,
                              const char *display_name,
                              GError    **error);

G_END_DECLS
