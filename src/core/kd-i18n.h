/* kd-i18n.h — set up translations for the programs built on core */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void kd_i18n_init (void);

G_END_DECLS
