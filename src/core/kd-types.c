/* kd-types.c */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-types.h"

G_DEFINE_ENUM_TYPE (KdState, kd_state, G_DEFINE_ENUM_VALUE (KD_STATE_UNASSESSED, "unassessed"), G_DEFINE_ENUM_VALUE (KD_STATE_MET, "met"), G_DEFINE_ENUM_VALUE (KD_STATE_UNMET, "unmet"))

G_DEFINE_ENUM_TYPE (KdPlanStatus, kd_plan_status, G_DEFINE_ENUM_VALUE (KD_PLAN_STATUS_TODO, "todo"), G_DEFINE_ENUM_VALUE (KD_PLAN_STATUS_DOING, "doing"), G_DEFINE_ENUM_VALUE (KD_PLAN_STATUS_DONE, "done"), G_DEFINE_ENUM_VALUE (KD_PLAN_STATUS_CANCELLED, "cancelled"))

G_DEFINE_ENUM_TYPE (KdRole, kd_role, G_DEFINE_ENUM_VALUE (KD_ROLE_MEMBER, "uy_vien"), G_DEFINE_ENUM_VALUE (KD_ROLE_CHAIR, "chu_tich"), G_DEFINE_ENUM_VALUE (KD_ROLE_VICE_CHAIR, "pho_chu_tich"), G_DEFINE_ENUM_VALUE (KD_ROLE_SECRETARY, "thu_ky"))

G_DEFINE_ENUM_TYPE (KdGroupKind, kd_group_kind, G_DEFINE_ENUM_VALUE (KD_GROUP_WORKING, "working"), G_DEFINE_ENUM_VALUE (KD_GROUP_SECRETARIAT, "secretariat"))

/* The enum nicks are the file format's words. */
static const char *
nick_of (GType type,
         int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);
  const char *nick = v != NULL ? v->value_nick : NULL;

  g_type_class_unref (klass);
  return nick;
}

static gboolean
value_of (GType       type,
          const char *nick,
          int        *value)
{
  GEnumClass *klass;
  GEnumValue *v;

  if (nick == NULL)
    return FALSE;
  klass = g_type_class_ref (type);
  v = g_enum_get_value_by_nick (klass, nick);
  if (v != NULL)
    *value = v->value;
  g_type_class_unref (klass);
  return v != NULL;
}

const char *
kd_state_to_string (KdState state)
{
  return nick_of (KD_TYPE_STATE, state);
}

gboolean
kd_state_from_string (const char *text,
                      KdState    *state)
{
  int v;

  /* "unassessed" is written by leaving the indicator out, never as a value. */
  if (text == NULL || g_str_equal (text, "unassessed") || !value_of (KD_TYPE_STATE, text, &v))
    return FALSE;
  *state = v;
  return TRUE;
}

const char *
kd_plan_status_to_string (KdPlanStatus status)
{
  return nick_of (KD_TYPE_PLAN_STATUS, status);
}

gboolean
kd_plan_status_from_string (const char   *text,
                            KdPlanStatus *status)
{
  int v;

  if (!value_of (KD_TYPE_PLAN_STATUS, text, &v))
    return FALSE;
  *status = v;
  return TRUE;
}

const char *
kd_role_to_string (KdRole role)
{
  return nick_of (KD_TYPE_ROLE, role);
}

gboolean
kd_role_from_string (const char *text,
                     KdRole     *role)
{
  int v;

  if (!value_of (KD_TYPE_ROLE, text, &v))
    return FALSE;
  *role = v;
  return TRUE;
}

const char *
kd_group_kind_to_string (KdGroupKind kind)
{
  return nick_of (KD_TYPE_GROUP_KIND, kind);
}

gboolean
kd_group_kind_from_string (const char  *text,
                           KdGroupKind *kind)
{
  int v;

  if (!value_of (KD_TYPE_GROUP_KIND, text, &v))
    return FALSE;
  *kind = v;
  return TRUE;
}

const char *
kd_state_describe (KdState state)
{
  switch (state)
    {
      case KD_STATE_MET:
        return C_ ("indicator", "Met");
      case KD_STATE_UNMET:
        return C_ ("indicator", "Not met");
      case KD_STATE_UNASSESSED:
      default:
        return C_ ("indicator", "Not assessed");
    }
}

const char *
kd_plan_status_describe (KdPlanStatus status)
{
  switch (status)
    {
      case KD_PLAN_STATUS_DOING:
        return _ ("In progress");
      case KD_PLAN_STATUS_DONE:
        return _ ("Done");
      case KD_PLAN_STATUS_CANCELLED:
        return _ ("Cancelled");
      case KD_PLAN_STATUS_TODO:
      default:
        return _ ("Not started");
    }
}

const char *
kd_role_describe (KdRole role)
{
  switch (role)
    {
      case KD_ROLE_CHAIR:
        return _ ("Chair");
      case KD_ROLE_VICE_CHAIR:
        return _ ("Vice chair");
      case KD_ROLE_SECRETARY:
        return _ ("Secretary");
      case KD_ROLE_MEMBER:
      default:
        return _ ("Member");
    }
}

const char *
kd_group_kind_describe (KdGroupKind kind)
{
  switch (kind)
    {
      case KD_GROUP_SECRETARIAT:
        return _ ("Secretariat");
      case KD_GROUP_WORKING:
      default:
        return _ ("Working group");
    }
}
