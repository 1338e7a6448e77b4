/* kd-error.h — the one error domain of Kiểm Định's core
 *
 * Every message carried by a KD_ERROR is a translated sentence a principal can act on.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KD_ERROR (kd_error_quark ())

typedef enum
{
  KD_ERROR_FAILED,
  KD_ERROR_NOT_FOUND,
  KD_ERROR_TOO_LARGE,
  KD_ERROR_INVALID_UTF8,
  KD_ERROR_INVALID_JSON,
  KD_ERROR_NOT_A_DOCUMENT,
  KD_ERROR_UNKNOWN_FRAMEWORK,
  KD_ERROR_INVALID_FRAMEWORK,
  KD_ERROR_INVALID_VALUE,
  KD_ERROR_READ_ONLY,
  KD_ERROR_WRITE,
} KdError;

GQuark kd_error_quark (void);

G_END_DECLS
