/* kd-page.h — what every section of the main window is
 *
 * The window's sidebar lists pages (Tổng quan, Thông tin trường, Hội đồng, Tự đánh giá, …).  A
 * page is a widget that shows and edits the open document; the window sets its "document" (NULL
 * when none is open) and calls the optional hooks for window-wide commands.
 */
#pragma once

#include <gtk/gtk.h>

#include "kd-document.h"

G_BEGIN_DECLS

#define KD_TYPE_PAGE (kd_page_get_type ())
G_DECLARE_INTERFACE (KdPage, kd_page, KD, PAGE, GtkWidget)

struct _KdPageInterface
{
  GTypeInterface parent_iface;

  /* Ctrl+F: start searching in the page; FALSE if the page has no search. */
  gboolean (*start_search) (KdPage *self);
  /* Ctrl+PgUp / Ctrl+PgDn: previous or next item (criterion…); FALSE if not applicable. */
  gboolean (*move) (KdPage *self,
                    int     direction);
  /* Whether pages of this type belong in the sidebar for @document (Mức 4 only for 2018
   * frameworks); TRUE when not implemented.  Asked of the type: the page may not exist yet. */
  gboolean (*applies_to) (KdDocument *document);
  /* Shows the criterion @criterion_id ("3.2") in the page; FALSE if the page cannot.  The window
   * calls it for win.show-criterion on each page in sidebar order and shows the first that can. */
  gboolean (*show_criterion) (KdPage     *self,
                              const char *criterion_id);
};

KdDocument *kd_page_get_document (KdPage *self);
void        kd_page_set_document (KdPage     *self,
                                  KdDocument *document);
const char *kd_page_get_title (KdPage *self);
const char *kd_page_get_icon_name (KdPage *self);
gboolean    kd_page_start_search (KdPage *self);
gboolean    kd_page_move (KdPage *self,
                          int     direction);
gboolean    kd_page_show_criterion (KdPage     *self,
                                    const char *criterion_id);

void        kd_page_class_set_section (GObjectClass *klass,
                                       const char   *title,
                                       const char   *icon_name);
const char *kd_page_type_get_title (GType type);
const char *kd_page_type_get_icon_name (GType type);
gboolean    kd_page_type_applies_to (GType       type,
                                     KdDocument *document);
gboolean    kd_page_type_can_show_criterion (GType type);

void kd_style_init (void);

G_END_DECLS
