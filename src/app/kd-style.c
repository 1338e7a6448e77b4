/* kd-style.c — the application's style sheets
 *
 * Every file under /vn/kiemdinh/KiemDinh/css/ in the app's GResource is loaded, so each part of
 * the window ships its own rules (a file in ui/css) without editing a shared file.
 *
 * Font metrics are hinted. GTK 4.8 leaves them unhinted by default (later GTK releases made
 * hinted metrics the default), and with cairo 1.16 that costs every glyph drawn for the first time
 * two font size changes (its metrics are read at the font's design size), each re-running the
 * font's hinting program: with DejaVu Sans, 467 size changes for the overview's first frame with
 * the GL renderer instead of 24, about a third of what its first frame costs above a bare window
 * (docs/PERFORMANCE.md). On screen, hinted metrics round line heights to whole pixels; glyphs
 * are placed on whole pixels either way with this cairo.
 */
#include "config.h"

#include "kd-page.h"

#define CSS_DIR "/vn/kiemdinh/KiemDinh/css/"

void
kd_style_init (void)
{
  g_auto (GStrv) names = g_resources_enumerate_children (CSS_DIR, 0, NULL);
  GdkDisplay *display = gdk_display_get_default ();

  if (display == NULL)
    return;
  g_object_set (gtk_settings_get_for_display (display), "gtk-hint-font-metrics", TRUE, NULL);
  if (names == NULL)
    return;
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (CSS_DIR, names[i], NULL);
      g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

      if (!g_str_has_suffix (names[i], ".css"))
        continue;
      gtk_css_provider_load_from_resource (provider, path);
      gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
}
