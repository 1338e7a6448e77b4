/* kd-style.c — the application's style sheets and font metrics
 *
 * Every file under /vn/kiemdinh/KiemDinh/css/ in the app's GResource is loaded, so each part of
 * the window ships its own rules (a file in ui/css) without editing a shared file. They are
 * loaded as one style sheet, in the order of their names: GTK ranks rules of different providers
 * of the same priority by the order the providers were added, not by how specific they are, so
 * a general rule in one file (shell.css: button) could otherwise override a particular one in
 * another (summary.css: button.kd-criterion-cell:hover).
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

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(char *const *)a, *(char *const *)b);
}

void
kd_style_init (void)
{
  g_auto (GStrv) names = g_resources_enumerate_children (CSS_DIR, 0, NULL);
  g_autoptr (GString) sheet = g_string_new (NULL);
  g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();
  GdkDisplay *display = gdk_display_get_default ();

  if (display == NULL)
    return;
  g_object_set (gtk_settings_get_for_display (display), "gtk-hint-font-metrics", TRUE, NULL);
  if (names == NULL)
    return;
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (CSS_DIR, names[i], NULL);
      g_autoptr (GBytes) bytes = NULL;

      if (!g_str_has_suffix (names[i], ".css"))
        continue;
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (bytes != NULL)
        g_string_append_len (sheet, g_bytes_get_data (bytes, NULL), (gssize)g_bytes_get_size (bytes));
      g_string_append_c (sheet, '\n');
    }
  gtk_css_provider_load_from_data (provider, sheet->str, (gssize)sheet->len);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}
