/* kd-json-util.h — typed reads of json-glib values that never trust the input
 *
 * json-glib 1.6's *_with_default getters return 0/NULL on a member of the wrong type; these
 * helpers check the node type first and tell the caller whether the value was usable.
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  KD_JSON_MISSING,
  KD_JSON_OK,
  KD_JSON_WRONG_TYPE,
} KdJsonRead;

KdJsonRead kd_json_read_string (JsonObject  *object,
                                const char  *member,
                                const char **value);
KdJsonRead kd_json_read_int (JsonObject *object,
                             const char *member,
                             gint64     *value);
KdJsonRead kd_json_read_bool (JsonObject *object,
                              const char *member,
                              gboolean   *value);
KdJsonRead kd_json_read_object (JsonObject  *object,
                                const char  *member,
                                JsonObject **value);
KdJsonRead kd_json_read_array (JsonObject *object,
                               const char *member,
                               JsonArray **value);
char     **kd_json_read_strv (JsonObject *object,
                              const char *member);
char      *kd_json_node_describe (JsonNode *node);

/* The same, of a value already in hand (NULL: missing). */
KdJsonRead kd_json_node_read_string (JsonNode    *node,
                                     const char **value);
KdJsonRead kd_json_node_read_int (JsonNode *node,
                                  gint64   *value);
KdJsonRead kd_json_node_read_bool (JsonNode *node,
                                   gboolean *value);
char     **kd_json_node_read_strv (JsonNode *node);

G_END_DECLS
