/* kd-banner.c */
#include "config.h"

#include "kd-app-util.h"
#include "kd-banner.h"

struct _KdBanner
{
  GtkWidget parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *label;
  GtkButton   *button;
};

G_DEFINE_FINAL_TYPE (KdBanner, kd_banner, GTK_TYPE_WIDGET)

/* The theme's classes for a message type, as GtkInfoBar sets them. */
static const char *const type_classes[] = {
  [GTK_MESSAGE_INFO] = "info",
  [GTK_MESSAGE_WARNING] = "warning",
  [GTK_MESSAGE_QUESTION] = "question",
  [GTK_MESSAGE_ERROR] = "error",
};

/**
 * kd_banner_show:
 * @type: the kind of message, for the theme
 * @button_label: (nullable): the label of the button beside the message, with a mnemonic, or
 *   %NULL for none
 * @action_name: (nullable): the action the button activates
 *
 * Shows @message, sliding the banner in if it was hidden.
 */
void
kd_banner_show (KdBanner      *self,
                GtkMessageType type,
                const char    *message,
                const char    *button_label,
                const char    *action_name)
{
  g_return_if_fail (KD_IS_BANNER (self));
  g_return_if_fail (message != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (type_classes); i++)
    if (type_classes[i] != NULL)
      {
        if (i == (guint)type)
          gtk_widget_add_css_class (GTK_WIDGET (self), type_classes[i]);
        else
          gtk_widget_remove_css_class (GTK_WIDGET (self), type_classes[i]);
      }
  gtk_label_set_text (self->label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->button), button_label != NULL);
  if (button_label != NULL)
    gtk_button_set_label (self->button, button_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), action_name);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}

/* Slides the banner out; its message stays readable until it is gone. */
void
kd_banner_hide (KdBanner *self)
{
  g_return_if_fail (KD_IS_BANNER (self));
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
}

gboolean
kd_banner_get_revealed (KdBanner *self)
{
  g_return_val_if_fail (KD_IS_BANNER (self), FALSE);
  return gtk_revealer_get_reveal_child (self->revealer);
}

/* The message shown, or the last one while the banner slides out. */
const char *
kd_banner_get_message (KdBanner *self)
{
  g_return_val_if_fail (KD_IS_BANNER (self), NULL);
  return gtk_label_get_text (self->label);
}

/* The label of the button beside the message, or %NULL when there is none. */
const char *
kd_banner_get_button_label (KdBanner *self)
{
  g_return_val_if_fail (KD_IS_BANNER (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->button)) ? gtk_button_get_label (self->button) : NULL;
}

static void
kd_banner_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KD_TYPE_BANNER);
  kd_widget_unparent_children (GTK_WIDGET (object));
  G_OBJECT_CLASS (kd_banner_parent_class)->dispose (object);
}

static void
kd_banner_class_init (KdBannerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_banner_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, KdBanner, revealer);
  gtk_widget_class_bind_template_child (widget_class, KdBanner, label);
  gtk_widget_class_bind_template_child (widget_class, KdBanner, button);
  /* Styled by the theme's rules for infobar > revealer > box. */
  gtk_widget_class_set_css_name (widget_class, "infobar");
}

static void
kd_banner_init (KdBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
