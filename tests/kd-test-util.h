/* kd-test-util.h — shared helpers of the core tests */
#pragma once

#include <gio/gio.h>

#include "kd-document.h"
#include "kd-rules.h"

G_BEGIN_DECLS

void         kd_test_init (int    *argc,
                           char ***argv);
KdFramework *kd_test_framework (const char *id);
KdDocument  *kd_test_load_fixture (const char *name);
KdDocument  *kd_test_load_string (const char *json,
                                  GError    **error);
void         kd_test_set_all (KdDocument *document,
                              guint       max_level,
                              KdState     state);
char        *kd_test_save_string (KdDocument *document);
GSubprocess *kd_test_start_lock_holder (const char *path,
                                        const char *who);
void         kd_test_stop_lock_holder (GSubprocess *holder);

G_END_DECLS
