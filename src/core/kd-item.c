/* kd-item.c — fields, JSON, unknown members and undo for every model object */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-document-private.h"
#include "kd-error.h"
#include "kd-item-private.h"
#include "kd-json-util.h"
#include "kd-package.h"
#include "kd-text.h"

typedef struct
{
  char       *id;
  JsonObject *unknown; /* members this version does not understand, written back on save;
                        * NULL while there are none (most items: one allocation fewer each) */
  KdChangeSink *sink;  /* where changes are recorded; shared with the document */
} KdItemPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (KdItem, kd_item, G_TYPE_OBJECT)

static GType
field_gtype (const KdField *field)
{
  switch (field->kind)
    {
      case KD_FIELD_MONEY:
        return G_TYPE_INT64;
      case KD_FIELD_UINT:
        return G_TYPE_UINT;
      case KD_FIELD_ENUM:
        return field->enum_type ();
      case KD_FIELD_BOOL:
        return G_TYPE_BOOLEAN;
      case KD_FIELD_STRV:
        return G_TYPE_STRV;
      default:
        return G_TYPE_STRING;
    }
}

static void
kd_item_finalize (GObject *object)
{
  KdItem        *self = KD_ITEM (object);
  KdItemPrivate *priv = kd_item_get_instance_private (self);
  KdItemClass   *klass = KD_ITEM_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const KdField *field = &klass->fields[i];

      if (field_gtype (field) == G_TYPE_STRING)
        g_free (G_STRUCT_MEMBER (char *, self, field->offset));
      else if (field->kind == KD_FIELD_STRV)
        g_strfreev (G_STRUCT_MEMBER (char **, self, field->offset));
    }
  if (klass->children_member != NULL)
    {
      g_clear_object (&G_STRUCT_MEMBER (GListStore *, self, klass->children_offset));
      g_clear_pointer (&G_STRUCT_MEMBER (JsonArray *, self, klass->kept_offset), json_array_unref);
    }
  g_free (priv->id);
  g_clear_pointer (&priv->unknown, json_object_unref);
  g_clear_pointer (&priv->sink, kd_change_sink_unref);
  G_OBJECT_CLASS (kd_item_parent_class)->finalize (object);
}

static void
kd_item_constructed (GObject *object)
{
  KdItemClass *klass = KD_ITEM_GET_CLASS (object);

  G_OBJECT_CLASS (kd_item_parent_class)->constructed (object);
  if (klass->children_member != NULL)
    {
      G_STRUCT_MEMBER (GListStore *, object, klass->children_offset) = g_list_store_new (klass->children_type);
      G_STRUCT_MEMBER (JsonArray *, object, klass->kept_offset) = json_array_new ();
    }
}

static void
kd_item_class_init (KdItemClass *klass)
{
  G_OBJECT_CLASS (klass)->constructed = kd_item_constructed;
  G_OBJECT_CLASS (klass)->finalize = kd_item_finalize;
}

static void
kd_item_init (KdItem *self)
{
  /* Fields start empty; the unknown members are made when the first one is kept. */
}

static gboolean
has_unknown (KdItemPrivate *priv,
             const char    *member)
{
  return priv->unknown != NULL && json_object_has_member (priv->unknown, member);
}

static void
read_slot (KdItem        *self,
           const KdField *field,
           GValue        *value)
{
  gpointer slot = G_STRUCT_MEMBER_P (self, field->offset);

  switch (field->kind)
    {
      case KD_FIELD_MONEY:
        g_value_set_int64 (value, *(gint64 *)slot);
        break;
      case KD_FIELD_UINT:
        g_value_set_uint (value, *(guint *)slot);
        break;
      case KD_FIELD_ENUM:
        g_value_set_enum (value, *(int *)slot);
        break;
      case KD_FIELD_BOOL:
        g_value_set_boolean (value, *(gboolean *)slot);
        break;
      case KD_FIELD_STRV:
        g_value_set_boxed (value, *(char ***)slot);
        break;
      default:
        g_value_set_string (value, *(char **)slot != NULL ? *(char **)slot : "");
        break;
    }
}

/* Returns TRUE when the slot changed. */
static gboolean
write_slot (KdItem        *self,
            const KdField *field,
            const GValue  *value)
{
  gpointer slot = G_STRUCT_MEMBER_P (self, field->offset);

  switch (field->kind)
    {
      case KD_FIELD_MONEY:
        if (*(gint64 *)slot == g_value_get_int64 (value))
          return FALSE;
        *(gint64 *)slot = g_value_get_int64 (value);
        return TRUE;
      case KD_FIELD_UINT:
        if (*(guint *)slot == g_value_get_uint (value))
          return FALSE;
        *(guint *)slot = g_value_get_uint (value);
        return TRUE;
      case KD_FIELD_ENUM:
        if (*(int *)slot == g_value_get_enum (value))
          return FALSE;
        *(int *)slot = g_value_get_enum (value);
        return TRUE;
      case KD_FIELD_BOOL:
        if (!*(gboolean *)slot == !g_value_get_boolean (value))
          return FALSE;
        *(gboolean *)slot = g_value_get_boolean (value);
        return TRUE;
      case KD_FIELD_STRV:
        {
          const char *const *strv = g_value_get_boxed (value);
          const char *const  empty[] = { NULL };

          if (g_strv_equal (*(const char *const **)slot != NULL ? *(const char *const **)slot : empty,
                            strv != NULL ? strv : empty))
            return FALSE;
          g_strfreev (*(char ***)slot);
          *(char ***)slot = g_strdupv ((char **)strv);
          return TRUE;
        }
      default:
        {
          const char *text = g_value_get_string (value);

          if (text == NULL)
            text = "";
          if (g_strcmp0 (*(char **)slot, text) == 0)
            return FALSE;
          g_free (*(char **)slot);
          *(char **)slot = g_strdup (text);
          return TRUE;
        }
    }
}

typedef struct
{
  GObject    *object;
  GParamSpec *pspec;
  GValue      old_value;
  GValue      new_value;
} PropertyChange;

static void
property_change_free (gpointer data)
{
  PropertyChange *change = data;

  g_object_unref (change->object);
  g_param_spec_unref (change->pspec);
  g_value_unset (&change->old_value);
  g_value_unset (&change->new_value);
  g_free (change);
}

static void
property_change_apply (gpointer data,
                       gboolean undo)
{
  PropertyChange *change = data;

  g_object_set_property (change->object, change->pspec->name,
                         undo ? &change->old_value : &change->new_value);
}

static void
kd_item_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  KdItem         *self = KD_ITEM (object);
  KdItemPrivate  *priv = kd_item_get_instance_private (self);
  KdItemClass    *klass = KD_ITEM_CLASS (g_type_class_peek (pspec->owner_type));
  const KdField  *field;
  PropertyChange *change;

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  field = &klass->fields[prop_id - 1];

  change = g_new0 (PropertyChange, 1);
  g_value_init (&change->old_value, pspec->value_type);
  read_slot (self, field, &change->old_value);
  if (!write_slot (self, field, value))
    {
      g_value_unset (&change->old_value);
      g_free (change);
      return;
    }

  /* The user's value replaces whatever unreadable value the file had there. */
  if (priv->unknown != NULL)
    json_object_remove_member (priv->unknown, klass->json_members[prop_id - 1]);

  change->object = g_object_ref (object);
  change->pspec = g_param_spec_ref (pspec);
  g_value_init (&change->new_value, pspec->value_type);
  g_value_copy (value, &change->new_value);
  {
    g_autofree char *shown = kd_item_dup_display (self, field->name);
    KdChangeNote     note = { KD_CHANGE_EDIT, self, field->name, shown };

    _kd_change_sink_record (priv->sink, &note, _ ("Edit"), property_change_apply, change, property_change_free);
  }

  g_object_notify_by_pspec (object, pspec);
}

static void
kd_item_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  KdItemClass *klass = KD_ITEM_CLASS (g_type_class_peek (pspec->owner_type));

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  read_slot (KD_ITEM (object), &klass->fields[prop_id - 1], value);
}

/* Called from a subclass's class_init: its fields become properties 1…n of that class. */
void
kd_item_class_install_fields (KdItemClass   *klass,
                              const KdField *fields,
                              guint          n_fields)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->set_property = kd_item_set_property;
  object_class->get_property = kd_item_get_property;
  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->pspecs = g_new0 (GParamSpec *, n_fields + 1);
  klass->json_members = g_new0 (const char *, n_fields + 1);

  for (guint i = 0; i < n_fields; i++)
    {
      const KdField *field = &fields[i];
      GParamSpec    *pspec;

      switch (field->kind)
        {
          case KD_FIELD_MONEY:
            pspec = g_param_spec_int64 (field->name, NULL, NULL, 0, KD_BUDGET_MAX, 0, flags);
            break;
          case KD_FIELD_UINT:
            pspec = g_param_spec_uint (field->name, NULL, NULL, 0, G_MAXUINT, 0, flags);
            break;
          case KD_FIELD_ENUM:
            pspec = g_param_spec_enum (field->name, NULL, NULL, field->enum_type (), 0, flags);
            break;
          case KD_FIELD_BOOL:
            pspec = g_param_spec_boolean (field->name, NULL, NULL, FALSE, flags);
            break;
          case KD_FIELD_STRV:
            pspec = g_param_spec_boxed (field->name, NULL, NULL, G_TYPE_STRV, flags);
            break;
          default:
            pspec = g_param_spec_string (field->name, NULL, NULL, "", flags);
            break;
        }
      klass->pspecs[i] = pspec;
      {
        g_autofree char *member = g_strdelimit (g_strdup (field->name), "-", '_');

        klass->json_members[i] = g_intern_string (member);
      }
      g_object_class_install_property (object_class, i + 1, pspec);
    }
}

/* Called from a subclass's class_init: the item owns a list of @child_type items stored under
 * @member; the instance has a GListStore * at @children_offset and a JsonArray * at
 * @kept_offset, both created and freed by KdItem. */
void
kd_item_class_install_children (KdItemClass *klass,
                                const char  *member,
                                GType        child_type,
                                gsize        children_offset,
                                gsize        kept_offset,
                                const char  *label)
{
  klass->children_member = member;
  klass->children_type = child_type;
  klass->children_offset = children_offset;
  klass->kept_offset = kept_offset;
  klass->children_label = label;
}

const char *
kd_item_get_id (KdItem *self)
{
  KdItemPrivate *priv;

  g_return_val_if_fail (KD_IS_ITEM (self), NULL);
  priv = kd_item_get_instance_private (self);
  return priv->id;
}

KdDocument *
kd_item_get_document (KdItem *self)
{
  KdItemPrivate *priv;

  g_return_val_if_fail (KD_IS_ITEM (self), NULL);
  priv = kd_item_get_instance_private (self);
  return priv->sink != NULL ? priv->sink->document : NULL;
}

const KdField *
kd_item_lookup_field (KdItem     *self,
                      const char *name)
{
  KdItemClass *klass;

  g_return_val_if_fail (KD_IS_ITEM (self), NULL);
  klass = KD_ITEM_GET_CLASS (self);
  /* Looked up for every cell a grid shows, sorts or searches: the first letter tells most
   * fields apart without a call. */
  for (guint i = 0; name != NULL && i < klass->n_fields; i++)
    if (klass->fields[i].name[0] == name[0] && strcmp (klass->fields[i].name, name) == 0)
      return &klass->fields[i];
  return NULL;
}

const char *
kd_item_get_string (KdItem     *self,
                    const char *name)
{
  const KdField *field = kd_item_lookup_field (self, name);
  const char    *value;

  g_return_val_if_fail (field != NULL && field_gtype (field) == G_TYPE_STRING, NULL);
  value = G_STRUCT_MEMBER (char *, self, field->offset);
  return value != NULL ? value : "";
}

gint64
kd_item_get_number (KdItem     *self,
                    const char *name)
{
  const KdField *field = kd_item_lookup_field (self, name);

  g_return_val_if_fail (field != NULL, 0);
  switch (field->kind)
    {
      case KD_FIELD_MONEY:
        return G_STRUCT_MEMBER (gint64, self, field->offset);
      case KD_FIELD_UINT:
        return G_STRUCT_MEMBER (guint, self, field->offset);
      case KD_FIELD_ENUM:
        return G_STRUCT_MEMBER (int, self, field->offset);
      case KD_FIELD_BOOL:
        return G_STRUCT_MEMBER (gboolean, self, field->offset);
      default:
        g_return_val_if_reached (0);
    }
}

static const char *
describe_enum (GType type,
               int   value)
{
  if (type == KD_TYPE_PLAN_STATUS)
    return kd_plan_status_describe (value);
  if (type == KD_TYPE_ROLE)
    return kd_role_describe (value);
  if (type == KD_TYPE_GROUP_KIND)
    return kd_group_kind_describe (value);
  if (type == KD_TYPE_STATE)
    return kd_state_describe (value);
  return "";
}

/* The field as users read it: dates dd/mm/yyyy, money 1.500.000, states in words. */
char *
kd_item_dup_display (KdItem     *self,
                     const char *name)
{
  const KdField *field = kd_item_lookup_field (self, name);

  g_return_val_if_fail (field != NULL, NULL);
  switch (field->kind)
    {
      case KD_FIELD_DATE:
        return kd_date_format_user (kd_item_get_string (self, name));
      case KD_FIELD_MONEY:
        return kd_budget_format (kd_item_get_number (self, name));
      case KD_FIELD_UINT:
        return g_strdup_printf ("%u", (guint)kd_item_get_number (self, name));
      case KD_FIELD_ENUM:
        return g_strdup (describe_enum (field->enum_type (), (int)kd_item_get_number (self, name)));
      case KD_FIELD_BOOL:
        return g_strdup (kd_item_get_number (self, name) ? _ ("Yes") : _ ("No"));
      case KD_FIELD_DATETIME:
        return kd_datetime_format_user (kd_item_get_string (self, name));
      case KD_FIELD_STRV:
        {
          char **strv = G_STRUCT_MEMBER (char **, self, field->offset);

          return strv != NULL ? g_strjoinv (", ", strv) : g_strdup ("");
        }
      default:
        return g_strdup (kd_item_get_string (self, name));
    }
}

/* What a user types goes into nothing that cannot be changed here (kd_document_can_edit): a
 * document from a newer version or open on another computer, another group's part of a package. */
gboolean
_kd_item_check_editable (KdItem  *self,
                         GError **error)
{
  KdDocument *document = kd_item_get_document (self);

  if (document == NULL || kd_document_can_edit (document, self))
    return TRUE;
  g_set_error (error, KD_ERROR, KD_ERROR_READ_ONLY,
               _ ("This cannot be changed here: the assessment is open read-only, or this part of the work package belongs to another group."));
  return FALSE;
}

/* Sets a field from what a user typed, checking it: "31/05/2024", "1.500.000", "2023-2024". */
gboolean
kd_item_set_from_text (KdItem     *self,
                       const char *name,
                       const char *text,
                       GError    **error)
{
  const KdField   *field = kd_item_lookup_field (self, name);
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (field != NULL, FALSE);
  if (!_kd_item_check_editable (self, error))
    return FALSE;
  stripped = kd_text_strip (text);
  switch (field->kind)
    {
      case KD_FIELD_DATE:
        {
          GDate            date;
          g_autofree char *iso = NULL;

          if (*stripped != '\0' && !kd_date_parse_user (stripped, &date, error))
            return FALSE;
          iso = *stripped != '\0' ? kd_date_to_iso (&date) : g_strdup ("");
          g_object_set (self, name, iso, NULL);
          return TRUE;
        }
      case KD_FIELD_YEAR:
        if (*stripped != '\0' && !kd_school_year_parse (stripped, NULL))
          {
            g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE,
                         _ ("“%s” is not a school year. Type it as 2026-2027."), stripped);
            return FALSE;
          }
        g_object_set (self, name, stripped, NULL);
        return TRUE;
      case KD_FIELD_MONEY:
        {
          gint64 amount;

          if (!kd_budget_parse (stripped, &amount, error))
            return FALSE;
          g_object_set (self, name, amount, NULL);
          return TRUE;
        }
      case KD_FIELD_UINT:
        {
          guint64 n;

          if (!g_ascii_string_to_unsigned (stripped, 10, 0, 100000, &n, NULL))
            {
              g_set_error (error, KD_ERROR, KD_ERROR_INVALID_VALUE,
                           _ ("“%s” is not a whole number."), stripped);
              return FALSE;
            }
          g_object_set (self, name, (guint)n, NULL);
          return TRUE;
        }
      case KD_FIELD_ENUM:
      case KD_FIELD_BOOL:
      case KD_FIELD_DATETIME:
      case KD_FIELD_STRV:
        g_return_val_if_reached (FALSE);
      default:
        /* Free text keeps the user's spaces and line breaks. */
        g_object_set (self, name, text != NULL ? text : "", NULL);
        return TRUE;
    }
}

static gboolean
field_is_default (KdItem        *self,
                  const KdField *field)
{
  gpointer slot = G_STRUCT_MEMBER_P (self, field->offset);

  switch (field->kind)
    {
      case KD_FIELD_MONEY:
        return *(gint64 *)slot == 0;
      case KD_FIELD_UINT:
        return *(guint *)slot == 0;
      case KD_FIELD_ENUM:
        return *(int *)slot == 0;
      case KD_FIELD_BOOL:
        return !*(gboolean *)slot;
      case KD_FIELD_STRV:
        return *(char ***)slot == NULL || **(char ***)slot == NULL;
      default:
        return *(char **)slot == NULL || **(char **)slot == '\0';
    }
}

/* No field set, nothing unknown kept: such an item need not be written. */
gboolean
kd_item_is_empty (KdItem *self)
{
  KdItemPrivate *priv;
  KdItemClass   *klass;

  g_return_val_if_fail (KD_IS_ITEM (self), TRUE);
  priv = kd_item_get_instance_private (self);
  klass = KD_ITEM_GET_CLASS (self);
  for (guint i = 0; i < klass->n_fields; i++)
    if (!field_is_default (self, &klass->fields[i]))
      return FALSE;
  if (klass->children_member != NULL &&
      g_list_model_get_n_items (G_STRUCT_MEMBER (GListModel *, self, klass->children_offset)) > 0)
    return FALSE;
  return priv->unknown == NULL || json_object_get_size (priv->unknown) == 0;
}

/* A copy with its own new id (the "duplicate row" command). */
KdItem *
kd_item_duplicate (KdItem *self)
{
  KdItem *copy;
  g_autoptr (JsonObject) saved = NULL;

  g_return_val_if_fail (KD_IS_ITEM (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  saved = _kd_item_save (self);
  json_object_remove_member (saved, "id");
  _kd_item_load (copy, saved, "", NULL);
  return copy;
}

/* ---- private ------------------------------------------------------------------------ */

char *
_kd_item_new_id (const char *prefix)
{
  static const char hex[] = "0123456789abcdef";
  guint64           bits = ((guint64)g_random_int () << 32) | g_random_int ();
  char              digits[13];

  /* 12 hex digits (48 random bits): unique enough across a council's PCs, short enough to read
   * in a file.  Made by hand: every item gets one when it is created, loading included. */
  for (guint i = 0; i < 12; i++)
    digits[i] = hex[(bits >> (4 * i)) & 0xF];
  digits[12] = '\0';
  return g_strconcat (prefix != NULL ? prefix : "", digits, NULL);
}

void
_kd_item_set_id (KdItem     *self,
                 const char *id)
{
  KdItemPrivate *priv = kd_item_get_instance_private (self);

  g_free (priv->id);
  priv->id = g_strdup (id);
}

void
_kd_item_attach (KdItem     *self,
                 KdDocument *document)
{
  KdItemPrivate *priv = kd_item_get_instance_private (self);

  g_clear_pointer (&priv->sink, kd_change_sink_unref);
  if (document != NULL)
    priv->sink = kd_change_sink_ref (_kd_document_get_sink (document));
  if (KD_ITEM_GET_CLASS (self)->children_member != NULL)
    {
      GListModel *children = G_STRUCT_MEMBER (GListModel *, self, KD_ITEM_GET_CLASS (self)->children_offset);

      for (guint i = 0; i < g_list_model_get_n_items (children); i++)
        {
          g_autoptr (KdItem) child = g_list_model_get_item (children, i);

          _kd_item_attach (child, document);
        }
    }
}

JsonObject *
_kd_item_get_unknown (KdItem *self)
{
  KdItemPrivate *priv = kd_item_get_instance_private (self);

  if (priv->unknown == NULL)
    priv->unknown = json_object_new ();
  return priv->unknown;
}

void
_kd_item_forget_unknown (KdItem     *self,
                         const char *json_member)
{
  KdItemPrivate *priv = kd_item_get_instance_private (self);

  if (priv->unknown != NULL)
    json_object_remove_member (priv->unknown, json_member);
}

void
_kd_item_record (KdItem        *self,
                 const char    *field,
                 const char    *value,
                 const char    *label,
                 KdUndoApply    apply,
                 gpointer       data,
                 GDestroyNotify destroy)
{
  KdItemPrivate *priv = kd_item_get_instance_private (self);
  KdChangeNote   note = { KD_CHANGE_EDIT, self, field, value };

  _kd_change_sink_record (priv->sink, &note, label, apply, data, destroy);
}

void
_kd_item_copy_json_member (JsonObject *from,
                           JsonObject *to,
                           const char *member)
{
  JsonNode *node = json_object_get_member (from, member);

  if (node != NULL)
    json_object_set_member (to, member, json_node_copy (node));
}

/* A problem with a field names where it is (the item, the field) and what was found; both are
 * spelled out only when there is one: a document has tens of thousands of fields, and loading
 * them all would otherwise format as many sentences for nothing.  The value is kept as it was
 * among the unknown members, so that saving writes it back unchanged. */
/* Stores @text (taken) in @field when the field holds text and @text is a value of it;
 * FALSE, with @text left to the caller, when it is not: load_field() says why. */
static gboolean
take_text_field (KdItem        *self,
                 const KdField *field,
                 char          *text)
{
  gpointer slot = G_STRUCT_MEMBER_P (self, field->offset);

  switch (field->kind)
    {
      case KD_FIELD_ENUM:
        {
          GEnumClass *klass = g_type_class_ref (field->enum_type ());
          GEnumValue *value = g_enum_get_value_by_nick (klass, text);

          g_type_class_unref (klass);
          if (value == NULL)
            return FALSE;
          *(int *)slot = value->value;
          g_free (text);
          return TRUE;
        }
      case KD_FIELD_DATE:
        if (*text != '\0' && !kd_date_parse_iso (text, NULL))
          return FALSE;
        break;
      case KD_FIELD_YEAR:
        if (*text != '\0' && !kd_school_year_parse (text, NULL))
          return FALSE;
        break;
      case KD_FIELD_DATETIME:
        if (*text != '\0' && !kd_datetime_parse_iso (text, NULL))
          return FALSE;
        break;
      case KD_FIELD_MONEY:
      case KD_FIELD_UINT:
      case KD_FIELD_BOOL:
      case KD_FIELD_STRV:
        return FALSE;
      default:
        break;
    }
  g_free (*(char **)slot);
  *(char **)slot = text;
  return TRUE;
}

#define REPORT_FIELD(message)                                                                               \
  G_STMT_START                                                                                              \
  {                                                                                                         \
    g_autofree char *shown = kd_json_node_describe (node);                                                  \
    g_autofree char *where = g_strdup_printf ("%s%s%s", location, *location ? ", " : "", _ (field->label)); \
                                                                                                            \
    kd_problem_list_add (problems, KD_PROBLEM_ERROR, 0, where, message, shown);                             \
    json_object_set_member (_kd_item_get_unknown (self), member, json_node_copy (node));                    \
  }                                                                                                         \
  G_STMT_END

static void
load_field (KdItem        *self,
            const KdField *field,
            JsonNode      *node,
            const char    *member,
            const char    *location,
            KdProblemList *problems)
{
  gpointer    slot = G_STRUCT_MEMBER_P (self, field->offset);
  const char *text = NULL;
  gint64      number = 0;
  KdJsonRead  read;

  switch (field->kind)
    {
      case KD_FIELD_MONEY:
      case KD_FIELD_UINT:
        read = kd_json_node_read_int (node, &number);
        if (read == KD_JSON_OK && number < 0)
          {
            REPORT_FIELD (_ ("%s is negative; an amount cannot be negative"));
            return;
          }
        if (read == KD_JSON_OK && field->kind == KD_FIELD_MONEY && number > KD_BUDGET_MAX)
          {
            REPORT_FIELD (_ ("%s is too large (at most 999.999.999.999.999 đồng)"));
            return;
          }
        if (read == KD_JSON_OK && field->kind == KD_FIELD_UINT && number > 100000)
          {
            REPORT_FIELD (_ ("%s is too large"));
            return;
          }
        if (read != KD_JSON_OK)
          {
            REPORT_FIELD (_ ("“%s” is not a whole number"));
            return;
          }
        if (field->kind == KD_FIELD_MONEY)
          *(gint64 *)slot = number;
        else
          *(guint *)slot = (guint)number;
        break;

      case KD_FIELD_BOOL:
        if (kd_json_node_read_bool (node, (gboolean *)slot) != KD_JSON_OK)
          {
            REPORT_FIELD (_ ("“%s” is not true or false"));
            return;
          }
        break;

      case KD_FIELD_STRV:
        {
          g_auto (GStrv) strv = NULL;

          if (JSON_NODE_HOLDS_ARRAY (node))
            {
              strv = kd_json_node_read_strv (node);
              if (g_strv_length (strv) != json_array_get_length (json_node_get_array (node)))
                g_clear_pointer (&strv, g_strfreev);
            }
          if (strv == NULL)
            {
              REPORT_FIELD (_ ("%s is not a list of texts"));
              return;
            }
          g_strfreev (*(char ***)slot);
          *(char ***)slot = g_steal_pointer (&strv);
          break;
        }

      default:
        {
          char *copy;

          if (kd_json_node_read_string (node, &text) != KD_JSON_OK)
            {
              if (field->kind == KD_FIELD_ENUM)
                REPORT_FIELD (_ ("the value “%s” is not valid"));
              else
                REPORT_FIELD (_ ("%s is not text"));
              return;
            }
          copy = g_strdup (text);
          if (take_text_field (self, field, copy))
            break;
          g_free (copy);
          if (field->kind == KD_FIELD_ENUM)
            REPORT_FIELD (_ ("the value “%s” is not valid"));
          else if (field->kind == KD_FIELD_DATE)
            REPORT_FIELD (_ ("“%s” is not a valid date (write it as 2024-05-31)"));
          else if (field->kind == KD_FIELD_YEAR)
            REPORT_FIELD (_ ("“%s” is not a school year (write it as 2023-2024)"));
          else
            REPORT_FIELD (_ ("“%s” is not a valid date and time"));
          return;
        }
    }
}

/* An id seen before in the list (@ids, owned by their items) is replaced: ids name items in
 * merges and undo. */
static void
check_id (KdItem        *item,
          GHashTable    *ids,
          const char    *where,
          KdProblemList *problems)
{
  const char *id = kd_item_get_id (item);

  if (id != NULL && !g_hash_table_add (ids, (char *)id))
    {
      g_autofree char *fresh = _kd_item_new_id (NULL);

      kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, where, _ ("its id “%s” is used twice; it was given a new one"), id);
      _kd_item_set_id (item, fresh);
      g_hash_table_add (ids, (char *)kd_item_get_id (item));
    }
}

/* "Dòng 12" into @where: the place a problem with an element of a list is reported at.  Every
 * element is given one as it is read, so it is made without printf. */
static void
name_element (char       *where,
              gsize       size,
              const char *item_label,
              guint       number)
{
  char  digits[12];
  guint n = 0;
  gsize length = g_strlcpy (where, item_label, size);

  do
    digits[n++] = (char)('0' + number % 10);
  while ((number /= 10) > 0);
  if (length + 1 + n >= size)
    return;
  where[length++] = ' ';
  while (n > 0)
    where[length++] = digits[--n];
  where[length] = '\0';
}

/* Loads the objects of @array as items of @type into @store; elements that are not objects are
 * reported and kept in @kept, so that saving writes them back. */
void
_kd_item_load_list (JsonArray     *array,
                    GListStore    *store,
                    GType          type,
                    JsonArray     *kept,
                    const char    *item_label,
                    KdProblemList *problems)
{
  /* The ids seen so far, owned by their items, which the store keeps. */
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      char      where[256];
      g_autoptr (KdItem) item = NULL;

      name_element (where, sizeof where, item_label, i + 1);
      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          kd_problem_list_add (problems, KD_PROBLEM_ERROR, 0, where, _ ("this entry is not an object"));
          json_array_add_element (kept, json_node_copy (element));
          continue;
        }
      item = g_object_new (type, NULL);
      _kd_item_load (item, json_node_get_object (element), where, problems);
      check_id (item, ids, where, problems);
      g_list_store_append (store, item);
    }
}

JsonArray *
_kd_item_save_list (GListModel *list,
                    JsonArray  *kept)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (KdItem) item = g_list_model_get_item (list, i);

      json_array_add_object_element (array, _kd_item_save (item));
    }
  for (guint i = 0; kept != NULL && i < json_array_get_length (kept); i++)
    json_array_add_element (array, json_node_copy (json_array_get_element (kept, i)));
  return array;
}

static void
load_children (KdItem        *self,
               KdItemClass   *klass,
               JsonObject    *object,
               const char    *location,
               KdProblemList *problems)
{
  JsonArray       *array = NULL;
  g_autofree char *label = NULL;

  switch (kd_json_read_array (object, klass->children_member, &array))
    {
      case KD_JSON_MISSING:
        return;
      case KD_JSON_WRONG_TYPE:
        kd_problem_list_add (problems, KD_PROBLEM_ERROR, 0, location, _ ("this part of the file is not a list"));
        return; /* stays among the unknown members */
      case KD_JSON_OK:
        break;
    }
  _kd_item_forget_unknown (self, klass->children_member);
  label = g_strdup_printf ("%s, %s", location, _ (klass->children_label));
  _kd_item_load_list (array, G_STRUCT_MEMBER (GListStore *, self, klass->children_offset), klass->children_type,
                      G_STRUCT_MEMBER (JsonArray *, self, klass->kept_offset), label, problems);
}

static int
field_index (KdItemClass *klass,
             const char  *name)
{
  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->json_members[i], name))
      return (int)i;
  return -1;
}

/* Files list an item's members in the order of its fields: @hint, the field after the last one
 * found, is tried first. */
static int
field_index_near (KdItemClass *klass,
                  const char  *name,
                  guint       *hint)
{
  int index;

  if (*hint < klass->n_fields && g_str_equal (klass->json_members[*hint], name))
    index = (int)*hint;
  else
    index = field_index (klass, name);
  if (index >= 0)
    *hint = (guint)index + 1;
  return index;
}

static gboolean
valid_id (const char *id)
{
  return *id != '\0' && strlen (id) <= 64;
}

/* Items that live in lists carry a stable id. */
static void
load_id (KdItem        *self,
         JsonNode      *node,
         const char    *location,
         KdProblemList *problems)
{
  const char *id = NULL;

  if (kd_json_node_read_string (node, &id) == KD_JSON_OK && valid_id (id))
    _kd_item_set_id (self, id);
  else
    {
      kd_problem_list_add (problems, KD_PROBLEM_WARNING, 0, location, _ ("the id is not valid; a new one was given"));
      json_object_set_member (_kd_item_get_unknown (self), "id", json_node_copy (node));
    }
}

/* Reads @object into a fresh item.  Values that cannot be read are reported in @problems and
 * kept as they were, so that saving writes them back unchanged. */
void
_kd_item_load (KdItem        *self,
               JsonObject    *object,
               const char    *location,
               KdProblemList *problems)
{
  KdItemPrivate *priv = kd_item_get_instance_private (self);
  KdItemClass   *klass = KD_ITEM_GET_CLASS (self);
  JsonObjectIter iter;
  const char    *name;
  JsonNode      *node;

  /* Members the item does not read are kept as they are; the fields and the id are copied
   * there only when they cannot be read (below), so a document of many rows is not copied twice. */
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    if (!(priv->id != NULL && g_str_equal (name, "id")) && field_index (klass, name) < 0)
      json_object_set_member (_kd_item_get_unknown (self), name, json_node_copy (node));

  if (priv->id != NULL && (node = json_object_get_member (object, "id")) != NULL)
    load_id (self, node, location, problems);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      node = json_object_get_member (object, klass->json_members[i]);
      if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
        load_field (self, &klass->fields[i], node, klass->json_members[i], location, problems);
    }
  if (klass->load_extra != NULL)
    klass->load_extra (self, object, location, problems);
  if (klass->children_member != NULL)
    load_children (self, klass, object, location, problems);
}

JsonObject *
_kd_item_save (KdItem *self)
{
  KdItemPrivate *priv = kd_item_get_instance_private (self);
  KdItemClass   *klass = KD_ITEM_GET_CLASS (self);
  JsonObject    *object = json_object_new ();
  g_autoptr (GList) unknown = priv->unknown != NULL ? json_object_get_members (priv->unknown) : NULL;

  if (priv->id != NULL && !has_unknown (priv, "id"))
    json_object_set_string_member (object, "id", priv->id);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const KdField *field = &klass->fields[i];
      const char    *member = klass->json_members[i];
      gpointer       slot = G_STRUCT_MEMBER_P (self, field->offset);

      if (has_unknown (priv, member))
        {
          _kd_item_copy_json_member (priv->unknown, object, member);
          continue;
        }
      switch (field->kind)
        {
          case KD_FIELD_MONEY:
            json_object_set_int_member (object, member, *(gint64 *)slot);
            break;
          case KD_FIELD_UINT:
            json_object_set_int_member (object, member, *(guint *)slot);
            break;
          case KD_FIELD_ENUM:
            {
              GEnumClass *enum_class = g_type_class_ref (field->enum_type ());
              GEnumValue *value = g_enum_get_value (enum_class, *(int *)slot);

              json_object_set_string_member (object, member, value != NULL ? value->value_nick : "");
              g_type_class_unref (enum_class);
              break;
            }
          case KD_FIELD_BOOL:
            json_object_set_boolean_member (object, member, *(gboolean *)slot);
            break;
          case KD_FIELD_STRV:
            {
              JsonArray *array = json_array_new ();

              for (char **s = *(char ***)slot; s != NULL && *s != NULL; s++)
                json_array_add_string_element (array, *s);
              json_object_set_array_member (object, member, array);
              break;
            }
          default:
            json_object_set_string_member (object, member, *(char **)slot != NULL ? *(char **)slot : "");
            break;
        }
    }
  if (klass->save_extra != NULL)
    klass->save_extra (self, object);
  if (klass->children_member != NULL && !has_unknown (priv, klass->children_member))
    json_object_set_array_member (object, klass->children_member,
                                  _kd_item_save_list (G_STRUCT_MEMBER (GListModel *, self, klass->children_offset),
                                                      G_STRUCT_MEMBER (JsonArray *, self, klass->kept_offset)));

  for (GList *l = unknown; l != NULL; l = l->next)
    if (!json_object_has_member (object, l->data))
      _kd_item_copy_json_member (priv->unknown, object, l->data);
  return object;
}

/* ---- a list read straight from the text (kd_json_guard_parse_lists) ---------------- */

struct _KdItemListReading
{
  GType          type;
  const char    *item_label;
  KdProblemList *problems; /* added to the document's where the list is loaded */
  GPtrArray     *items;
  JsonArray     *kept;
  GHashTable    *ids;
};

KdItemListReading *
_kd_item_list_reading_new (GType       type,
                           const char *item_label)
{
  g_autoptr (GTypeClass) klass = g_type_class_ref (type);
  KdItemListReading *reading;

  /* Items with a list of their own or extra members are read from the tree. */
  g_return_val_if_fail (KD_ITEM_CLASS (klass)->load_extra == NULL && KD_ITEM_CLASS (klass)->children_member == NULL, NULL);
  g_return_val_if_fail (KD_ITEM_CLASS (klass)->n_fields < 64, NULL);

  reading = g_new0 (KdItemListReading, 1);
  reading->type = type;
  reading->item_label = item_label;
  reading->problems = kd_problem_list_new ();
  reading->items = g_ptr_array_new_with_free_func (g_object_unref);
  reading->kept = json_array_new ();
  reading->ids = g_hash_table_new (g_str_hash, g_str_equal);
  return reading;
}

void
_kd_item_list_reading_free (KdItemListReading *reading)
{
  if (reading == NULL)
    return;
  kd_problem_list_free (reading->problems);
  g_hash_table_unref (reading->ids);
  g_ptr_array_unref (reading->items);
  json_array_unref (reading->kept);
  g_free (reading);
}

/* Reads the element object's members into @self, as _kd_item_load() does from a JsonObject. */
/* A text read from the file, as a node for load_field() and load_id() to report and keep. */
static JsonNode *
string_node (char *text)
{
  JsonNode *node = json_node_alloc ();

  json_node_init_string (node, text);
  g_free (text);
  return node;
}

static gboolean
read_item (KdItem        *self,
           KdJsonReader  *reader,
           const char    *location,
           KdProblemList *problems)
{
  KdItemPrivate *priv = kd_item_get_instance_private (self);
  KdItemClass   *klass = KD_ITEM_GET_CLASS (self);
  guint64        seen = 0;
  gboolean       seen_id = FALSE;
  guint          hint = 0;
  const char    *name;
  int            next;

  kd_json_reader_begin_object (reader);
  while ((next = kd_json_reader_next_member (reader, &name)) > 0)
    {
      int field = field_index_near (klass, name, &hint);
      g_autoptr (JsonNode) node = NULL;
      char *text;
      int   read;

      if (priv->id != NULL && g_str_equal (name, "id"))
        {
          if (seen_id)
            return kd_json_reader_fail_duplicate (reader, name);
          seen_id = TRUE;
          if ((read = kd_json_reader_read_string (reader, &text)) < 0)
            return FALSE;
          if (read > 0 && valid_id (text))
            {
              g_free (priv->id);
              priv->id = text;
              continue;
            }
          if ((node = read > 0 ? string_node (text) : kd_json_reader_read_node (reader)) == NULL)
            return FALSE;
          load_id (self, node, location, problems);
        }
      else if (field >= 0)
        {
          const KdField *def = &klass->fields[field];

          if (seen & (G_GUINT64_CONSTANT (1) << field))
            return kd_json_reader_fail_duplicate (reader, name);
          seen |= G_GUINT64_CONSTANT (1) << field;
          /* A text the field can hold is stored as it is read, without a JsonNode; anything
           * else goes through load_field(), which reports it and keeps it. */
          if ((read = kd_json_reader_read_string (reader, &text)) < 0)
            return FALSE;
          if (read > 0 && take_text_field (self, def, text))
            continue;
          if ((node = read > 0 ? string_node (text) : kd_json_reader_read_node (reader)) == NULL)
            return FALSE;
          if (!JSON_NODE_HOLDS_NULL (node))
            load_field (self, &klass->fields[field], node, klass->json_members[field], location, problems);
        }
      else
        {
          if (has_unknown (priv, name))
            return kd_json_reader_fail_duplicate (reader, name);
          if ((node = kd_json_reader_read_node (reader)) == NULL)
            return FALSE;
          json_object_set_member (_kd_item_get_unknown (self), name, g_steal_pointer (&node));
        }
    }
  return next == 0;
}

/* A KdJsonList's read_element: one element of the list, an item or, if it is not an object,
 * kept as it is. */
gboolean
_kd_item_read_element (KdJsonReader *reader,
                       guint         index,
                       gpointer      data)
{
  KdItemListReading *reading = data;
  g_autoptr (KdItem) item = NULL;
  char where[256];

  name_element (where, sizeof where, reading->item_label, index + 1);
  if (!kd_json_reader_is_object (reader))
    {
      JsonNode *element = kd_json_reader_read_node (reader);

      if (element == NULL)
        return FALSE;
      kd_problem_list_add (reading->problems, KD_PROBLEM_ERROR, 0, where, _ ("this entry is not an object"));
      json_array_add_element (reading->kept, element);
      return TRUE;
    }
  item = g_object_new (reading->type, NULL);
  if (!read_item (item, reader, where, reading->problems))
    return FALSE;
  check_id (item, reading->ids, where, reading->problems);
  g_ptr_array_add (reading->items, g_steal_pointer (&item));
  return TRUE;
}

/* Puts what was read into @store, @kept and @problems. */
void
_kd_item_list_reading_finish (KdItemListReading *reading,
                              GListStore        *store,
                              JsonArray         *kept,
                              KdProblemList     *problems)
{
  g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0, reading->items->pdata,
                       reading->items->len);
  for (guint i = 0; i < json_array_get_length (reading->kept); i++)
    json_array_add_element (kept, json_node_copy (json_array_get_element (reading->kept, i)));
  kd_problem_list_extend (problems, reading->problems);
}
