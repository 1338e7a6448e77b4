/* kd-conflict-dialog.c
 *
 * Deciding a conflict makes a new version of the document (kd_document_resolve_conflict); the
 * dialog hands it to its window with ::decided and goes on with it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-conflict-dialog.h"
#include "kd-merge.h"

struct _KdConflictDialog
{
  GtkWindow parent_instance;

  GtkLabel *summary_label;
  GtkLabel *error_label;
  GtkBox   *conflicts_box;

  KdDocument          *document;
  KdFrameworkRegistry *registry;
  GPtrArray           *conflicts; /* KdConflict, in the order of the rows */
};

G_DEFINE_FINAL_TYPE (KdConflictDialog, kd_conflict_dialog, GTK_TYPE_WINDOW)

enum
{
  DECIDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void rebuild (KdConflictDialog *self);

static void
decide (KdConflictDialog *self,
        GtkWidget        *button,
        KdResolution      resolution,
        JsonNode         *value)
{
  KdConflict *conflict = g_object_get_data (G_OBJECT (gtk_widget_get_ancestor (button, GTK_TYPE_FRAME)), "kd-conflict");
  g_autoptr (KdDocument) decided = NULL;
  g_autoptr (GError) error = NULL;

  decided = kd_document_resolve_conflict (self->document, self->registry, conflict->id, resolution, value, &error);
  if (decided == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  g_set_object (&self->document, decided);
  g_signal_emit (self, signals[DECIDED], 0, decided);
  rebuild (self);
}

static void
keep_ours_cb (GtkButton        *button,
              KdConflictDialog *self)
{
  decide (self, GTK_WIDGET (button), KD_RESOLVE_OURS, NULL);
}

static void
take_theirs_cb (GtkButton        *button,
                KdConflictDialog *self)
{
  decide (self, GTK_WIDGET (button), KD_RESOLVE_THEIRS, NULL);
}

static void
edit_cb (GtkButton        *button,
         KdConflictDialog *self)
{
  GtkWidget *editor = g_object_get_data (G_OBJECT (button), "kd-editor");

  gtk_widget_set_visible (editor, TRUE);
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (editor), "kd-text"));
}

static void
use_text_cb (GtkButton        *button,
             KdConflictDialog *self)
{
  GtkTextView     *view = g_object_get_data (G_OBJECT (button), "kd-text");
  GtkTextIter      start, end;
  g_autofree char *text = NULL;
  g_autoptr (JsonNode) value = json_node_new (JSON_NODE_VALUE);

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
  json_node_set_string (value, text);
  decide (self, GTK_WIDGET (button), KD_RESOLVE_VALUE, value);
}

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* One version of the value, under its heading. */
static void
attach_version (GtkGrid        *grid,
                int             column,
                const char     *heading,
                const JsonNode *value)
{
  g_autofree char *text = kd_conflict_describe_value (value);
  GtkWidget       *shown = make_label (text, "kd-conflict-value");

  gtk_widget_set_hexpand (shown, TRUE);
  gtk_grid_attach (grid, make_label (heading, "heading"), column, 0, 1, 1);
  gtk_grid_attach (grid, shown, column, 1, 1, 1);
}

/* Only a text can be written by hand; other values (a state, a number) are chosen. */
static gboolean
is_text (JsonNode *value)
{
  return value == NULL || (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING);
}

static GtkWidget *
make_editor (KdConflictDialog *self,
             KdConflict       *conflict)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *use = gtk_button_new_with_mnemonic (_ ("_Use This Text"));
  JsonNode  *start = conflict->theirs != NULL ? conflict->theirs : conflict->ours;

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  if (start != NULL && is_text (start))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), json_node_get_string (start), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 90);
  gtk_widget_add_css_class (scroller, "frame");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("The value decided"), -1);
  gtk_widget_set_halign (use, GTK_ALIGN_END);
  gtk_widget_set_name (use, "use");
  g_object_set_data (G_OBJECT (use), "kd-text", view);
  g_object_set_data (G_OBJECT (box), "kd-text", view);
  g_signal_connect_object (use, "clicked", G_CALLBACK (use_text_cb), self, 0);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_box_append (GTK_BOX (box), use);
  gtk_widget_set_visible (box, FALSE);
  return box;
}

static GtkWidget *
make_button (KdConflictDialog *self,
             const char       *mnemonic,
             const char       *name,
             GCallback         callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic);

  gtk_widget_set_name (button, name);
  g_signal_connect_object (button, "clicked", callback, self, 0);
  return button;
}

static GtkWidget *
make_row (KdConflictDialog *self,
          KdConflict       *conflict)
{
  GtkWidget       *frame = gtk_frame_new (NULL);
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget       *grid = gtk_grid_new ();
  GtkWidget       *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget       *editor = make_editor (self, conflict);
  GtkWidget       *edit;
  g_autofree char *kind = g_strdup_printf ("%s — %s", kd_conflict_kind_describe (conflict->kind),
                                           conflict->source != NULL ? conflict->source : "");
  g_autofree char *theirs = g_strdup_printf (_ ("From %s"), conflict->source != NULL ? conflict->source : _ ("the other version"));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_box_append (GTK_BOX (box), make_label (conflict->location, "kd-conflict-location"));
  gtk_box_append (GTK_BOX (box), make_label (kind, "dim-label"));

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  attach_version (GTK_GRID (grid), 0, _ ("When the package was written"), conflict->base);
  attach_version (GTK_GRID (grid), 1, _ ("In this document"), conflict->ours);
  attach_version (GTK_GRID (grid), 2, theirs, conflict->theirs);
  gtk_box_append (GTK_BOX (box), grid);

  gtk_box_append (GTK_BOX (buttons), make_button (self, _ ("_Keep This Document’s"), "ours", G_CALLBACK (keep_ours_cb)));
  gtk_box_append (GTK_BOX (buttons), make_button (self, _ ("_Take the Group’s"), "theirs", G_CALLBACK (take_theirs_cb)));
  edit = make_button (self, _ ("_Write the Value…"), "edit", G_CALLBACK (edit_cb));
  g_object_set_data (G_OBJECT (edit), "kd-editor", editor);
  gtk_widget_set_sensitive (edit, is_text (conflict->ours) && is_text (conflict->theirs));
  gtk_box_append (GTK_BOX (buttons), edit);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  /* Read here, decided where the document can be changed (the summary says so). */
  gtk_widget_set_sensitive (buttons, kd_document_is_editable (self->document));
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_box_append (GTK_BOX (box), editor);

  gtk_frame_set_child (GTK_FRAME (frame), box);
  g_object_set_data (G_OBJECT (frame), "kd-conflict", conflict);
  return frame;
}

static void
rebuild (KdConflictDialog *self)
{
  g_autofree char *summary = NULL;

  kd_widget_unparent_children (GTK_WIDGET (self->conflicts_box));
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  self->conflicts = kd_document_list_conflicts (self->document);
  for (guint i = 0; i < self->conflicts->len; i++)
    gtk_box_append (self->conflicts_box, make_row (self, g_ptr_array_index (self->conflicts, i)));
  if (self->conflicts->len == 0)
    summary = g_strdup (_ ("Every conflict is decided. Save the document to keep the decisions."));
  else if (!kd_document_is_editable (self->document))
    summary = g_strdup_printf (_ ("Conflicts to decide: %u. This assessment is open read-only here: the conflicts can be read, "
                                  "and decided where it can be changed."),
                               self->conflicts->len);
  else
    summary = g_strdup_printf (_ ("Conflicts to decide: %u. The same field was changed here and in a group’s version; "
                                  "until you decide, this document keeps its own value and the group’s is kept aside."),
                               self->conflicts->len);
  gtk_label_set_text (self->summary_label, summary);
}

/* The document the dialog decides in, when the window's changed by other means (another import). */
void
kd_conflict_dialog_set_document (KdConflictDialog *self,
                                 KdDocument       *document)
{
  g_return_if_fail (KD_IS_CONFLICT_DIALOG (self));
  g_return_if_fail (KD_IS_DOCUMENT (document));
  if (document == self->document)
    return;
  g_set_object (&self->document, document);
  rebuild (self);
}

guint
kd_conflict_dialog_get_n_conflicts (KdConflictDialog *self)
{
  g_return_val_if_fail (KD_IS_CONFLICT_DIALOG (self), 0);
  return self->conflicts != NULL ? self->conflicts->len : 0;
}

static void
kd_conflict_dialog_dispose (GObject *object)
{
  KdConflictDialog *self = KD_CONFLICT_DIALOG (object);

  g_clear_object (&self->document);
  G_OBJECT_CLASS (kd_conflict_dialog_parent_class)->dispose (object);
}

static void
kd_conflict_dialog_finalize (GObject *object)
{
  KdConflictDialog *self = KD_CONFLICT_DIALOG (object);

  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  G_OBJECT_CLASS (kd_conflict_dialog_parent_class)->finalize (object);
}

static void
kd_conflict_dialog_class_init (KdConflictDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_conflict_dialog_dispose;
  object_class->finalize = kd_conflict_dialog_finalize;

  /* A conflict was decided: the new version of the document, for the window to show. */
  signals[DECIDED] = g_signal_new ("decided", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, KD_TYPE_DOCUMENT);

  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-conflict-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KdConflictDialog, conflicts_box);
  gtk_widget_class_bind_template_child (widget_class, KdConflictDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, KdConflictDialog, summary_label);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kd_conflict_dialog_init (KdConflictDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

KdConflictDialog *
kd_conflict_dialog_new (GtkWindow           *parent,
                        KdDocument          *document,
                        KdFrameworkRegistry *registry)
{
  KdConflictDialog *self;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);
  self = g_object_new (KD_TYPE_CONFLICT_DIALOG, "transient-for", parent, NULL);
  self->registry = registry;
  self->document = g_object_ref (document);
  rebuild (self);
  return self;
}
