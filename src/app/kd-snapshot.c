/* kd-snapshot.c
 *
 * GTK's own reftest "draw" path (STYLE.md §3.4): widget paintable → snapshot → render node →
 * texture, with the widget's own renderer.  Works under Xvfb with GSK_RENDERER=cairo.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-error.h"
#include "kd-snapshot.h"

gboolean
kd_snapshot_widget_to_png (GtkWidget  *widget,
                           const char *path,
                           GError    **error)
{
  g_autoptr (GdkPaintable) paintable = NULL;
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  GtkNative   *native;
  int          width, height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  native = gtk_widget_get_native (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  if (native == NULL || width <= 0 || height <= 0)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_FAILED, _ ("The window is not shown yet; nothing to capture."));
      return FALSE;
    }
  renderer = gtk_native_get_renderer (native);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    {
      g_set_error (error, KD_ERROR, KD_ERROR_FAILED, _ ("The window drew nothing to capture."));
      return FALSE;
    }
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, KD_ERROR, KD_ERROR_WRITE, _ ("The picture could not be written to “%s”."), path);
      return FALSE;
    }
  return TRUE;
}
