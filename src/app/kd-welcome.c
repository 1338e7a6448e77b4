/* kd-welcome.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-recovery.h"
#include "kd-welcome.h"

struct _KdWelcome
{
  GtkWidget parent_instance;

  GtkWidget  *recovery_box;
  GtkListBox *recovery_list;
  GtkWidget  *recent_heading;
  GtkListBox *recent_list;
};

G_DEFINE_FINAL_TYPE (KdWelcome, kd_welcome, GTK_TYPE_WIDGET)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
make_recent_row (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr (GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : g_strdup ("");
  g_autofree char *uri = g_file_get_uri (file);
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget       *title = gtk_label_new (name);
  GtkWidget       *subtitle = gtk_label_new (folder);
  GtkWidget       *row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, subtitle, NULL, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", uri);
  kd_widget_set_tooltip (row, g_file_peek_path (file));
  return row;
}

/* The recently opened documents, newest first (URIs from the settings). */
void
kd_welcome_set_recent (KdWelcome         *self,
                       const char *const *uris)
{
  guint n = 0;

  g_return_if_fail (KD_IS_WELCOME (self));
  clear_list (self->recent_list);
  for (guint i = 0; uris != NULL && uris[i] != NULL; i++)
    {
      g_autoptr (GFile) file = NULL;

      if (g_uri_peek_scheme (uris[i]) == NULL)
        continue;
      file = g_file_new_for_uri (uris[i]);
      gtk_list_box_append (self->recent_list, make_recent_row (file));
      n++;
    }
  gtk_widget_set_visible (self->recent_heading, n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->recent_list), n > 0);
}

static GtkWidget *
make_recovery_row (const KdRecoveryEntry *entry)
{
  g_autofree char *text = kd_recovery_entry_describe (entry);
  g_autofree char *recover_label = g_strdup_printf (_ ("Recover %s"), text);
  g_autofree char *discard_label = g_strdup_printf (_ ("Discard %s"), text);
  GtkWidget       *box = kd_row_new (8);
  GtkWidget       *label = gtk_label_new (text);
  GtkWidget       *recover = gtk_button_new_with_mnemonic (_ ("_Recover"));
  GtkWidget       *discard = gtk_button_new_with_mnemonic (_ ("_Discard"));
  GtkWidget       *row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 8);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (recover, "suggested-action");
  gtk_widget_set_valign (recover, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (discard, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (recover), "win.recover");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (recover), "s", entry->slot);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (discard), "win.discard-recovery");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (discard), "s", entry->slot);
  gtk_accessible_update_property (GTK_ACCESSIBLE (recover), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, recover_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (discard), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, discard_label, -1);
  kd_row_append (box, label);
  kd_row_append (box, recover);
  kd_row_append (box, discard);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

/* The copies a crash left (KdRecoveryEntry), newest first. */
void
kd_welcome_set_recovery (KdWelcome *self,
                         GPtrArray *entries)
{
  g_return_if_fail (KD_IS_WELCOME (self));
  clear_list (self->recovery_list);
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    gtk_list_box_append (self->recovery_list, make_recovery_row (g_ptr_array_index (entries, i)));
  gtk_widget_set_visible (self->recovery_box, entries != NULL && entries->len > 0);
}

static void
kd_welcome_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KD_TYPE_WELCOME);
  kd_widget_unparent_children (GTK_WIDGET (object));
  G_OBJECT_CLASS (kd_welcome_parent_class)->dispose (object);
}

static void
kd_welcome_class_init (KdWelcomeClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kd_welcome_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-welcome.ui");
  gtk_widget_class_bind_template_child (widget_class, KdWelcome, recent_heading);
  gtk_widget_class_bind_template_child (widget_class, KdWelcome, recent_list);
  gtk_widget_class_bind_template_child (widget_class, KdWelcome, recovery_box);
  gtk_widget_class_bind_template_child (widget_class, KdWelcome, recovery_list);
}

static void
kd_welcome_init (KdWelcome *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
