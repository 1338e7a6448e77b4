/* kd-json-guard.h — reads JSON from users' disks
 *
 * json-glib 1.6's JsonParser overflows its stack on deep nesting, wraps huge integers silently
 * and keeps the last of duplicate members without a word.  Documents and catalogues come from
 * users' disks, so they are read here instead, with every byte checked.
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define KD_JSON_MAX_BYTES (64 * 1024 * 1024)
#define KD_JSON_MAX_DEPTH 48

gboolean kd_json_guard_check_size (guint64     length,
                                   const char *display_name,
                                   GError    **error);
gboolean kd_json_guard_parse (const char *data,
                              gsize       length,
                              const char *display_name,
                              JsonNode  **root,
                              GError    **error);

G_END_DECLS
