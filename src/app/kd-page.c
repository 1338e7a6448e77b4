/* kd-page.c */
#include "config.h"

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
  /**
   * KdPage:title:
   *
   * The translated name shown in the sidebar.
   */
  g_object_interface_install_property (iface,
                                       g_param_spec_string ("title", NULL, NULL, NULL,
                                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_interface_install_property (iface,
                                       g_param_spec_string ("icon-name", NULL, NULL, NULL,
                                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
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
  GValue      value = G_VALUE_INIT;
  const char *title;

  g_return_val_if_fail (KD_IS_PAGE (self), NULL);
  g_value_init (&value, G_TYPE_STRING);
  g_object_get_property (G_OBJECT (self), "title", &value);
  /* Titles are static translated strings: interning keeps the pointer valid. */
  title = g_intern_string (g_value_get_string (&value));
  g_value_unset (&value);
  return title;
}

const char *
kd_page_get_icon_name (KdPage *self)
{
  GValue      value = G_VALUE_INIT;
  const char *icon;

  g_return_val_if_fail (KD_IS_PAGE (self), NULL);
  g_value_init (&value, G_TYPE_STRING);
  g_object_get_property (G_OBJECT (self), "icon-name", &value);
  icon = g_intern_string (g_value_get_string (&value));
  g_value_unset (&value);
  return icon;
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
kd_page_applies_to (KdPage     *self,
                    KdDocument *document)
{
  KdPageInterface *iface;

  g_return_val_if_fail (KD_IS_PAGE (self), FALSE);
  iface = KD_PAGE_GET_IFACE (self);
  return iface->applies_to == NULL || document == NULL || iface->applies_to (self, document);
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
