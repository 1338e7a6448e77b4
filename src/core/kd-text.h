/* kd-text.h — Vietnamese text: folding for search, alphabetical order, small formatters
 *
 * GTK's sorters and GLib's matching follow the process locale, which on these PCs is rarely
 * vi_VN; core provides the Vietnamese rules itself.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char    *kd_text_fold (const char *text);
void     kd_text_fold_append (GString    *out,
                              const char *text);
gboolean kd_text_matches (const char *haystack,
                          const char *needle);
char    *kd_text_collate_key (const char *text);
int      kd_text_compare (const char *a,
                          const char *b);

gboolean kd_text_is_blank (const char *text);
char    *kd_text_strip (const char *text);

gboolean kd_date_parse_iso (const char *text,
                            GDate      *date);
gboolean kd_date_parse_user (const char *text,
                             GDate      *date,
                             GError    **error);
char    *kd_date_format_user (const char *iso);
char    *kd_date_to_iso (const GDate *date);
char    *kd_date_format_long (const char *place,
                              const char *iso);

gboolean kd_datetime_parse_iso (const char *text,
                                GDateTime **datetime);
char    *kd_datetime_now_iso (void);
char    *kd_datetime_format_user (const char *iso);

#define KD_BUDGET_MAX G_GINT64_CONSTANT (999999999999999)

gboolean kd_budget_parse (const char *text,
                          gint64     *value,
                          GError    **error);
char    *kd_budget_format (gint64 value);

gboolean kd_school_year_parse (const char *text,
                               guint      *first_year);

G_END_DECLS
