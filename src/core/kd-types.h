/* kd-types.h — enumerations of the document model and forward declarations */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _KdDocument KdDocument;

typedef enum
{
  KD_STATE_UNASSESSED,
  KD_STATE_MET,
  KD_STATE_UNMET,
} KdState;

typedef enum
{
  KD_PLAN_STATUS_TODO,
  KD_PLAN_STATUS_DOING,
  KD_PLAN_STATUS_DONE,
  KD_PLAN_STATUS_CANCELLED,
} KdPlanStatus;

typedef enum
{
  KD_ROLE_MEMBER,     /* ủy viên */
  KD_ROLE_CHAIR,      /* chủ tịch */
  KD_ROLE_VICE_CHAIR, /* phó chủ tịch */
  KD_ROLE_SECRETARY,  /* thư ký */
} KdRole;

typedef enum
{
  KD_GROUP_WORKING,     /* nhóm công tác */
  KD_GROUP_SECRETARIAT, /* nhóm thư ký */
} KdGroupKind;

GType kd_state_get_type (void);
GType kd_plan_status_get_type (void);
GType kd_role_get_type (void);
GType kd_group_kind_get_type (void);

#define KD_TYPE_STATE (kd_state_get_type ())
#define KD_TYPE_PLAN_STATUS (kd_plan_status_get_type ())
#define KD_TYPE_ROLE (kd_role_get_type ())
#define KD_TYPE_GROUP_KIND (kd_group_kind_get_type ())

/* The words the file format uses ("met", "done", "chu_tich"…) and back. */
const char *kd_state_to_string (KdState state);
gboolean    kd_state_from_string (const char *text,
                                  KdState    *state);
const char *kd_plan_status_to_string (KdPlanStatus status);
gboolean    kd_plan_status_from_string (const char   *text,
                                        KdPlanStatus *status);
const char *kd_role_to_string (KdRole role);
gboolean    kd_role_from_string (const char *text,
                                 KdRole     *role);
const char *kd_group_kind_to_string (KdGroupKind kind);
gboolean    kd_group_kind_from_string (const char  *text,
                                       KdGroupKind *kind);

/* What users read. */
const char *kd_state_describe (KdState state);
const char *kd_plan_status_describe (KdPlanStatus status);
const char *kd_role_describe (KdRole role);
const char *kd_group_kind_describe (KdGroupKind kind);

G_END_DECLS
