/* kd-council.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-council.h"
#include "kd-item-private.h"

struct _KdMember
{
  KdItem parent_instance;

  char  *name;
  char  *position; /* chức vụ: Hiệu trưởng, Tổ trưởng… */
  KdRole role;     /* in the council */
  char  *group;    /* id of a KdGroup, or "" */
  char  *task;     /* nhiệm vụ */
  char  *note;
};

G_DEFINE_FINAL_TYPE (KdMember, kd_member, KD_TYPE_ITEM)

static const KdField member_fields[] = {
  KD_FIELD (KdMember, "name", name, KD_FIELD_STRING, N_ ("name")),
  KD_FIELD (KdMember, "position", position, KD_FIELD_STRING, N_ ("position")),
  KD_ENUM_FIELD (KdMember, "role", role, kd_role_get_type, N_ ("role")),
  KD_FIELD (KdMember, "group", group, KD_FIELD_ID, N_ ("group")),
  KD_FIELD (KdMember, "task", task, KD_FIELD_STRING, N_ ("task")),
  KD_FIELD (KdMember, "note", note, KD_FIELD_STRING, N_ ("note")),
};

static void
kd_member_class_init (KdMemberClass *klass)
{
  kd_item_class_install_fields (KD_ITEM_CLASS (klass), member_fields, G_N_ELEMENTS (member_fields));
}

static void
kd_member_init (KdMember *self)
{
  g_autofree char *id = _kd_item_new_id ("m-");

  _kd_item_set_id (KD_ITEM (self), id);
}

KdMember *
kd_member_new (const char *name,
               KdRole      role)
{
  return g_object_new (KD_TYPE_MEMBER, "name", name, "role", role, NULL);
}

KD_ITEM_STRING_GETTER (KdMember, kd_member, KD_IS_MEMBER, name)
KD_ITEM_STRING_GETTER (KdMember, kd_member, KD_IS_MEMBER, position)
KD_ITEM_STRING_GETTER (KdMember, kd_member, KD_IS_MEMBER, group)
KD_ITEM_STRING_GETTER (KdMember, kd_member, KD_IS_MEMBER, task)

KdRole
kd_member_get_role (KdMember *self)
{
  g_return_val_if_fail (KD_IS_MEMBER (self), KD_ROLE_MEMBER);
  return self->role;
}

struct _KdGroup
{
  KdItem parent_instance;

  char       *name;
  KdGroupKind kind;
  char       *note;
};

G_DEFINE_FINAL_TYPE (KdGroup, kd_group, KD_TYPE_ITEM)

static const KdField group_fields[] = {
  KD_FIELD (KdGroup, "name", name, KD_FIELD_STRING, N_ ("name")),
  KD_ENUM_FIELD (KdGroup, "kind", kind, kd_group_kind_get_type, N_ ("kind of group")),
  KD_FIELD (KdGroup, "note", note, KD_FIELD_STRING, N_ ("note")),
};

static void
kd_group_class_init (KdGroupClass *klass)
{
  kd_item_class_install_fields (KD_ITEM_CLASS (klass), group_fields, G_N_ELEMENTS (group_fields));
}

static void
kd_group_init (KdGroup *self)
{
  g_autofree char *id = _kd_item_new_id ("g-");

  _kd_item_set_id (KD_ITEM (self), id);
}

KdGroup *
kd_group_new (const char *name,
              KdGroupKind kind)
{
  return g_object_new (KD_TYPE_GROUP, "name", name, "kind", kind, NULL);
}

KD_ITEM_STRING_GETTER (KdGroup, kd_group, KD_IS_GROUP, name)

KdGroupKind
kd_group_get_kind (KdGroup *self)
{
  g_return_val_if_fail (KD_IS_GROUP (self), KD_GROUP_WORKING);
  return self->kind;
}
