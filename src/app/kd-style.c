/* kd-style.c — the application's style sheets
 *
 * Every file under /vn/kiemdinh/KiemDinh/css/ in the app's GResource is loaded, so each part of
 * the window ships its own rules (a file in ui/css) without editing a shared file.
 */
#include "config.h"

#include "kd-page.h"

#define CSS_DIR "/vn/kiemdinh/KiemDinh/css/"

void
kd_style_init (void)
{
  g_auto (GStrv) names = g_resources_enumerate_children (CSS_DIR, 0, NULL);
  GdkDisplay *display = gdk_display_get_default ();

  if (display == NULL || names == NULL)
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
