/* kd-author-dialog.c
 *
 * The choice is the computer's, not the document's: it is kept in GSettings ("author-name") and
 * every window gives it to its document (kd_document_set_author) when it changes.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-author-dialog.h"
#include "kd-text.h"

struct _KdAuthorDialog
{
  GtkWindow parent_instance;

  GtkListBox *members_list;
  GtkEntry   *name_entry;
  GtkButton  *choose_button;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (KdAuthorDialog, kd_author_dialog, GTK_TYPE_WINDOW)

static void
choose_cb (KdAuthorDialog *self)
{
  const char    *typed = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->members_list);
  const char    *name = !kd_text_is_blank (typed) ? typed : row != NULL ? g_object_get_data (G_OBJECT (row), "kd-name")
                                                                        : NULL;

  if (name == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  {
    g_autofree char *stripped = g_strstrip (g_strdup (name));

    g_settings_set_string (self->settings, "author-name", stripped);
  }
  gtk_window_close (GTK_WINDOW (self));
}

/* A member chosen in the list is the answer: the typed name is cleared. */
static void
member_selected_cb (KdAuthorDialog *self,
                    GtkListBoxRow  *row)
{
  if (row != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->name_entry), "");
}

static void
kd_author_dialog_dispose (GObject *object)
{
  g_clear_object (&KD_AUTHOR_DIALOG (object)->settings);
  G_OBJECT_CLASS (kd_author_dialog_parent_class)->dispose (object);
}

static void
kd_author_dialog_class_init (KdAuthorDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kd_author_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-author-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KdAuthorDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, KdAuthorDialog, members_list);
  gtk_widget_class_bind_template_child (widget_class, KdAuthorDialog, name_entry);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kd_author_dialog_init (KdAuthorDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->choose_button, "clicked", G_CALLBACK (choose_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->members_list, "row-activated", G_CALLBACK (choose_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->members_list, "row-selected", G_CALLBACK (member_selected_cb), self, G_CONNECT_SWAPPED);
}

/**
 * kd_author_dialog_new:
 * @document: (nullable): the document whose council is listed
 */
KdAuthorDialog *
kd_author_dialog_new (GtkWindow  *parent,
                      KdDocument *document,
                      GSettings  *settings)
{
  KdAuthorDialog  *self;
  g_autofree char *current = NULL;
  GListModel      *members;
  gboolean         listed = FALSE;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  self = g_object_new (KD_TYPE_AUTHOR_DIALOG, "transient-for", parent, NULL);
  self->settings = g_object_ref (settings);
  current = g_settings_get_string (settings, "author-name");
  members = document != NULL ? kd_document_get_members (document) : NULL;
  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KdMember) member = g_list_model_get_item (members, i);
      g_autofree char *text = g_strdup_printf ("%s — %s", kd_member_get_name (member), kd_role_describe (kd_member_get_role (member)));
      GtkWidget       *label = gtk_label_new (text);
      GtkWidget       *row = gtk_list_box_row_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_margin_start (label, 10);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
      g_object_set_data_full (G_OBJECT (row), "kd-name", g_strdup (kd_member_get_name (member)), g_free);
      gtk_list_box_append (self->members_list, row);
      if (g_str_equal (kd_member_get_name (member), current))
        {
          gtk_list_box_select_row (self->members_list, GTK_LIST_BOX_ROW (row));
          listed = TRUE;
        }
    }
  if (!listed)
    gtk_editable_set_text (GTK_EDITABLE (self->name_entry), current);
  return self;
}
