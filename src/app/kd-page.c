/* kd-page.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-page.h"

G_DEFINE_INTERFACE (KdPage, kd_page, GTK_TYPE_WIDGET)

static void
kd_page_default_init (KdPageInterface *iface)
{
  /**
   * KdPage:document:
   *
   * The open document, or NULL.  Implementations keep a reference and refresh themselves.
   */
  g_object_interface_install_property (iface,
                                       g_param_spec_object ("document", NULL, NULL, KD_TYPE_DOCUMENT,
                                                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static GQuark
section_title_quark (void)
{
  return g_quark_from_static_string ("kd-page-title");
}

static GQuark
section_icon_name_quark (void)
{
  return g_quark_from_static_string ("kd-page-icon-name");
}

/* The class of a page type, initialized (its class_init sets the section) and kept: page
 * types are static, their classes live as long as the program. */
static gpointer
page_class (GType type)
{
  gpointer klass = g_type_class_peek (type);

  return klass != NULL ? klass : g_type_class_ref (type);
}

/**
 * kd_page_class_set_section:
 * @title: the name shown in the sidebar, marked with N_()
 *
 * Called from a page's class_init.  The window lists every section by its type, and builds a
 * page only when it is first shown.
 */
void
kd_page_class_set_section (GObjectClass *klass,
                           const char   *title,
                           const char   *icon_name)
{
  GType type = G_TYPE_FROM_CLASS (klass);

  g_type_set_qdata (type, section_title_quark (), (gpointer)title);
  g_type_set_qdata (type, section_icon_name_quark (), (gpointer)icon_name);
}

const char *
kd_page_type_get_title (GType type)
{
  const char *title;

  page_class (type);
  title = g_type_get_qdata (type, section_title_quark ());
  return title != NULL ? _ (title) : "";
}

const char *
kd_page_type_get_icon_name (GType type)
{
  page_class (type);
  return g_type_get_qdata (type, section_icon_name_quark ());
}

static KdPageInterface *
interface_of (GType type)
{
  return g_type_interface_peek (page_class (type), KD_TYPE_PAGE);
}

/* Whether a page of @type belongs in the sidebar for @document (without building one). */
gboolean
kd_page_type_applies_to (GType       type,
                         KdDocument *document)
{
  KdPageInterface *iface = interface_of (type);

  g_return_val_if_fail (iface != NULL, FALSE);
  return iface->applies_to == NULL || document == NULL || iface->applies_to (document);
}

/* Whether pages of @type implement show_criterion. */
gboolean
kd_page_type_can_show_criterion (GType type)
{
  KdPageInterface *iface = interface_of (type);

  return iface != NULL && iface->show_criterion != NULL;
}

KdDocument *
kd_page_get_document (KdPage *self)
{
  g_autoptr (KdDocument) document = NULL;

  g_return_val_if_fail (KD_IS_PAGE (self), NULL);
  g_object_get (self, "document", &document, NULL);
  return document; /* the page keeps its own reference */
}

void
kd_page_set_document (KdPage     *self,
                      KdDocument *document)
{
  g_return_if_fail (KD_IS_PAGE (self));
  g_return_if_fail (document == NULL || KD_IS_DOCUMENT (document));
  g_object_set (self, "document", document, NULL);
}

const char *
kd_page_get_title (KdPage *self)
{
  g_return_val_if_fail (KD_IS_PAGE (self), NULL);
  return kd_page_type_get_title (G_OBJECT_TYPE (self));
}

const char *
kd_page_get_icon_name (KdPage *self)
{
  g_return_val_if_fail (KD_IS_PAGE (self), NULL);
  return kd_page_type_get_icon_name (G_OBJECT_TYPE (self));
}

gboolean
kd_page_start_search (KdPage *self)
{
  KdPageInterface *iface;

  g_return_val_if_fail (KD_IS_PAGE (self), FALSE);
  iface = KD_PAGE_GET_IFACE (self);
  return iface->start_search != NULL && iface->start_search (self);
}

gboolean
kd_page_move (KdPage *self,
              int     direction)
{
  KdPageInterface *iface;

  g_return_val_if_fail (KD_IS_PAGE (self), FALSE);
  iface = KD_PAGE_GET_IFACE (self);
  return iface->move != NULL && iface->move (self, direction);
}

gboolean
kd_page_show_criterion (KdPage     *self,
                        const char *criterion_id)
{
  KdPageInterface *iface;

  g_return_val_if_fail (KD_IS_PAGE (self), FALSE);
  g_return_val_if_fail (criterion_id != NULL, FALSE);
  iface = KD_PAGE_GET_IFACE (self);
  return iface->show_criterion != NULL && iface->show_criterion (self, criterion_id);
}
