/* kd-framework-registry.h — the frameworks this installation knows
 *
 * Built-in catalogues come from core's GResource; extra ones can be dropped into
 * $XDG_DATA_HOME/kiemdinh/frameworks.  A broken catalogue is reported by name and skipped.
 */
#pragma once

#include "kd-framework.h"

G_BEGIN_DECLS

#define KD_TYPE_FRAMEWORK_REGISTRY (kd_framework_registry_get_type ())
G_DECLARE_FINAL_TYPE (KdFrameworkRegistry, kd_framework_registry, KD, FRAMEWORK_REGISTRY, GObject)

typedef struct
{
  char *source;  /* file name */
  char *message; /* translated sentence */
} KdCatalogueProblem;

KdFrameworkRegistry *kd_framework_registry_new (const char *user_dir);
KdFrameworkRegistry *kd_framework_registry_get_default (void);
KdFramework         *kd_framework_registry_lookup (KdFrameworkRegistry *self,
                                                   const char          *id);
GPtrArray           *kd_framework_registry_list (KdFrameworkRegistry *self);
GPtrArray           *kd_framework_registry_get_problems (KdFrameworkRegistry *self);
KdFramework         *kd_framework_registry_propose (KdFrameworkRegistry *self,
                                                    const char          *school_type,
                                                    const char          *school_year,
                                                    char               **explanation);

const char *const *kd_school_types (void);
const char        *kd_school_type_describe (const char *type);

G_END_DECLS
