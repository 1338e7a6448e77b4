/* kd-json-util.c */
#include "config.h"

#include <math.h>

#include "kd-json-util.h"

KdJsonRead
kd_json_node_read_string (JsonNode    *node,
                          const char **value)
{
  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return KD_JSON_MISSING;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return KD_JSON_WRONG_TYPE;
  *value = json_node_get_string (node);
  return KD_JSON_OK;
}

KdJsonRead
kd_json_read_string (JsonObject  *object,
                     const char  *member,
                     const char **value)
{
  return kd_json_node_read_string (json_object_get_member (object, member), value);
}

KdJsonRead
kd_json_node_read_int (JsonNode *node,
                       gint64   *value)
{
  GType type;

  *value = 0;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return KD_JSON_MISSING;
  if (!JSON_NODE_HOLDS_VALUE (node))
    return KD_JSON_WRONG_TYPE;
  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    {
      *value = json_node_get_int (node);
      return KD_JSON_OK;
    }
  if (type == G_TYPE_DOUBLE)
    {
      double d = json_node_get_double (node);

      /* 1500000.0 is an integer written by another program; 1.5 is not. */
      if (isfinite (d) && d == floor (d) && fabs (d) < 9.0e15)
        {
          *value = (gint64)d;
          return KD_JSON_OK;
        }
    }
  return KD_JSON_WRONG_TYPE;
}

KdJsonRead
kd_json_read_int (JsonObject *object,
                  const char *member,
                  gint64     *value)
{
  return kd_json_node_read_int (json_object_get_member (object, member), value);
}

KdJsonRead
kd_json_node_read_bool (JsonNode *node,
                        gboolean *value)
{
  *value = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return KD_JSON_MISSING;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return KD_JSON_WRONG_TYPE;
  *value = json_node_get_boolean (node);
  return KD_JSON_OK;
}

KdJsonRead
kd_json_read_bool (JsonObject *object,
                   const char *member,
                   gboolean   *value)
{
  return kd_json_node_read_bool (json_object_get_member (object, member), value);
}

KdJsonRead
kd_json_read_object (JsonObject  *object,
                     const char  *member,
                     JsonObject **value)
{
  JsonNode *node = json_object_get_member (object, member);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return KD_JSON_MISSING;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return KD_JSON_WRONG_TYPE;
  *value = json_node_get_object (node);
  return KD_JSON_OK;
}

KdJsonRead
kd_json_read_array (JsonObject *object,
                    const char *member,
                    JsonArray **value)
{
  JsonNode *node = json_object_get_member (object, member);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return KD_JSON_MISSING;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return KD_JSON_WRONG_TYPE;
  *value = json_node_get_array (node);
  return KD_JSON_OK;
}

/* Strings of an array; other elements are skipped.  Never NULL. */
char **
kd_json_node_read_strv (JsonNode *node)
{
  JsonArray    *array = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  GStrvBuilder *builder = g_strv_builder_new ();
  char        **result;

  if (array != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonNode *element = json_array_get_element (array, i);

        if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
          g_strv_builder_add (builder, json_node_get_string (element));
      }
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

char **
kd_json_read_strv (JsonObject *object,
                   const char *member)
{
  return kd_json_node_read_strv (json_object_get_member (object, member));
}

/* A short rendering of a value for messages: "maybe", 12, true, an object… */
char *
kd_json_node_describe (JsonNode *node)
{
  g_autoptr (JsonGenerator) generator = NULL;
  g_autofree char *text = NULL;

  if (node == NULL)
    return g_strdup ("null");
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *s = json_node_get_string (node);

      if (g_utf8_strlen (s, -1) > 40)
        {
          g_autofree char *head = g_utf8_substring (s, 0, 40);
          return g_strdup_printf ("%s…", head);
        }
      return g_strdup (s);
    }
  generator = json_generator_new ();
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  if (g_utf8_strlen (text, -1) > 40)
    {
      g_autofree char *head = g_utf8_substring (text, 0, 40);
      return g_strdup_printf ("%s…", head);
    }
  return g_steal_pointer (&text);
}
