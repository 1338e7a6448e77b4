/* kd-application-private.h — for tests: a fresh recovery folder, as after a restart */
#pragma once

#include "kd-application.h"

G_BEGIN_DECLS

void _kd_application_set_recovery (KdApplication *self,
                                   KdRecovery    *recovery);

G_END_DECLS
