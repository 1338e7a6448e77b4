/* kd-error.c */
#include "kd-error.h"

GQuark
kd_error_quark (void)
{
  return g_quark_from_static_string ("kd-error-quark");
}
