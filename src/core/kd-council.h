/* kd-council.h — members and groups of the self-assessment council */
#pragma once

#include "kd-item.h"

G_BEGIN_DECLS

#define KD_TYPE_MEMBER (kd_member_get_type ())
G_DECLARE_FINAL_TYPE (KdMember, kd_member, KD, MEMBER, KdItem)

KdMember   *kd_member_new (const char *name,
                           KdRole      role);
const char *kd_member_get_name (KdMember *self);
const char *kd_member_get_position (KdMember *self);
KdRole      kd_member_get_role (KdMember *self);
const char *kd_member_get_group (KdMember *self);
const char *kd_member_get_task (KdMember *self);

#define KD_TYPE_GROUP (kd_group_get_type ())
G_DECLARE_FINAL_TYPE (KdGroup, kd_group, KD, GROUP, KdItem)

KdGroup    *kd_group_new (const char *name,
                          KdGroupKind kind);
const char *kd_group_get_name (KdGroup *self);
KdGroupKind kd_group_get_kind (KdGroup *self);

G_END_DECLS
