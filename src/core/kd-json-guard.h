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

typedef struct _KdJsonReader KdJsonReader;

typedef struct
{
  const char *member; /* of the root object */
  /* Reads the element at @index whole, with the kd_json_reader_* functions; FALSE once the
   * reader has failed. */
  gboolean (*read_element) (KdJsonReader *reader,
                            guint         index,
                            gpointer      user_data);
  gpointer user_data;
} KdJsonList;

gboolean kd_json_guard_parse_lists (const char       *data,
                                    gsize             length,
                                    const char       *display_name,
                                    const KdJsonList *lists,
                                    guint             n_lists,
                                    JsonNode        **root,
                                    GError          **error);

gboolean  kd_json_reader_is_object (KdJsonReader *reader);
JsonNode *kd_json_reader_read_node (KdJsonReader *reader);
int       kd_json_reader_read_string (KdJsonReader *reader,
                                      char        **text);
void      kd_json_reader_begin_object (KdJsonReader *reader);
int       kd_json_reader_next_member (KdJsonReader *reader,
                                      const char  **name);
gboolean  kd_json_reader_fail_duplicate (KdJsonReader *reader,
                                         const char   *name);

G_END_DECLS
