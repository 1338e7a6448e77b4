/* kd-banner.h — the message across the top of a document: read-only, recovered, conflicts…
 *
 * What GtkInfoBar shows, styled as one by the theme, with its text and one button laid out by a
 * grid: GtkInfoBar's rows are horizontal GtkBoxes, which GTK 4.8 measures, around wrapping text,
 * by a search within a search (tens of Pango layouts of the message for each measure).
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KD_TYPE_BANNER (kd_banner_get_type ())
G_DECLARE_FINAL_TYPE (KdBanner, kd_banner, KD, BANNER, GtkWidget)

void        kd_banner_show (KdBanner      *self,
                            GtkMessageType type,
                            const char    *message,
                            const char    *button_label,
                            const char    *action_name);
void        kd_banner_hide (KdBanner *self);
gboolean    kd_banner_get_revealed (KdBanner *self);
const char *kd_banner_get_message (KdBanner *self);
const char *kd_banner_get_button_label (KdBanner *self);

G_END_DECLS
