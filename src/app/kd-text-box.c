/* kd-text-box.c */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-citation.h"
#include "kd-document.h"
#include "kd-package.h"
#include "kd-text-box.h"
#include "kd-text.h"

#define DESCRIPTIONS "descriptions."
#define QUANTITATIVE "quantitative."

struct _KdTextBox
{
  GtkWidget parent_instance;

  GtkWidget      *header; /* the title, and the picker at the end of its line */
  GtkLabel       *title;
  GtkWidget      *frame;
  GtkTextView    *view;
  GtkTextBuffer  *buffer;
  GtkTextTag     *unknown_tag;
  GtkLabel       *unknown_label;
  GtkMenuButton  *picker;
  GtkSearchEntry *picker_search;
  GtkListBox     *picker_list;

  KdItem     *item;
  char       *field;
  KdDocument *document; /* the item's, for its evidence list */
  gulong      notify_id;
  gulong      changed_id;
  guint       pause_id; /* commits after a pause in typing */
  gboolean    loading;  /* the buffer is being set from the model */
};

G_DEFINE_FINAL_TYPE (KdTextBox, kd_text_box, GTK_TYPE_WIDGET)

/* ---- the model's text --------------------------------------------------------------- */

static gboolean
field_is (KdTextBox   *self,
          const char  *prefix,
          const char **key)
{
  if (self->field == NULL || !g_str_has_prefix (self->field, prefix) || !KD_IS_CRITERION_RECORD (self->item))
    return FALSE;
  *key = self->field + strlen (prefix);
  return TRUE;
}

static guint
quantitative_index (const char *key)
{
  guint64 index = 0;

  g_ascii_string_to_unsigned (key, 10, 1, G_MAXUINT, &index, NULL);
  return (guint)index;
}

static const char *
model_text (KdTextBox *self)
{
  const char *key;

  if (self->item == NULL)
    return "";
  if (field_is (self, DESCRIPTIONS, &key))
    return kd_criterion_record_get_description (KD_CRITERION_RECORD (self->item), key);
  if (field_is (self, QUANTITATIVE, &key))
    return kd_criterion_record_get_quantitative (KD_CRITERION_RECORD (self->item), quantitative_index (key));
  return kd_item_get_string (self->item, self->field);
}

char *
kd_text_box_dup_text (KdTextBox *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (KD_IS_TEXT_BOX (self), NULL);
  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  return gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
}

/* ---- evidence codes ----------------------------------------------------------------- */

/* Underlines the codes the evidence list lacks and names them below the text. */
static void
mark_codes (KdTextBox *self)
{
  g_autofree char *text = kd_text_box_dup_text (self);
  g_autoptr (GPtrArray) citations = NULL;
  g_autoptr (GString) unknown = g_string_new (NULL);
  g_autoptr (GHashTable) named = g_hash_table_new (g_str_hash, g_str_equal);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->unknown_tag, &start, &end);
  if (self->document != NULL)
    {
      citations = kd_citations_find (self->document, text);
      for (guint i = 0; i < citations->len; i++)
        {
          KdCitation *citation = g_ptr_array_index (citations, i);

          if (citation->listed)
            continue;
          gtk_text_buffer_get_iter_at_offset (self->buffer, &start, (int)g_utf8_pointer_to_offset (text, text + citation->start));
          gtk_text_buffer_get_iter_at_offset (self->buffer, &end, (int)g_utf8_pointer_to_offset (text, text + citation->end));
          gtk_text_buffer_apply_tag (self->buffer, self->unknown_tag, &start, &end);
          if (g_hash_table_add (named, citation->code))
            g_string_append_printf (unknown, "%s%s", unknown->len > 0 ? ", " : "", citation->code);
        }
    }
  if (unknown->len > 0)
    {
      g_autofree char *message = g_strdup_printf (_ ("Not in the evidence list: %s"), unknown->str);

      gtk_label_set_text (self->unknown_label, message);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->unknown_label), unknown->len > 0);
}

char *
_kd_text_box_dup_unknown_codes (KdTextBox *self)
{
  g_autoptr (GString) codes = g_string_new (NULL);
  GtkTextIter iter;

  g_return_val_if_fail (KD_IS_TEXT_BOX (self), NULL);
  gtk_text_buffer_get_start_iter (self->buffer, &iter);
  do
    {
      GtkTextIter      end = iter;
      g_autofree char *code = NULL;

      if (!gtk_text_iter_starts_tag (&iter, self->unknown_tag))
        continue;
      gtk_text_iter_forward_to_tag_toggle (&end, self->unknown_tag);
      code = gtk_text_iter_get_text (&iter, &end);
      g_string_append_printf (codes, "%s%s", codes->len > 0 ? " " : "", code);
    }
  while (gtk_text_iter_forward_to_tag_toggle (&iter, self->unknown_tag));
  return g_string_free (g_steal_pointer (&codes), FALSE);
}

/**
 * kd_text_box_insert_code:
 * @code: an evidence code as the list has it
 *
 * Cites @code at the cursor the way the framework writes citations (core decides the brackets
 * and the separator), and leaves the cursor after it.
 */
void
kd_text_box_insert_code (KdTextBox  *self,
                         const char *code)
{
  g_autofree char *text = NULL;
  g_autofree char *insertion = NULL;
  GtkTextIter      cursor;
  gsize            position;

  g_return_if_fail (KD_IS_TEXT_BOX (self));
  g_return_if_fail (code != NULL);
  if (self->document == NULL)
    return;

  text = kd_text_box_dup_text (self);
  gtk_text_buffer_get_iter_at_mark (self->buffer, &cursor, gtk_text_buffer_get_insert (self->buffer));
  position = (gsize)(g_utf8_offset_to_pointer (text, gtk_text_iter_get_offset (&cursor)) - text);
  insertion = kd_citation_prepare_insert (kd_document_get_framework (self->document), text, &position, code);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &cursor, (int)g_utf8_pointer_to_offset (text, text + position));
  gtk_text_buffer_place_cursor (self->buffer, &cursor);
  gtk_text_buffer_insert_at_cursor (self->buffer, insertion, -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* ---- the evidence picker ------------------------------------------------------------ */

static GtkWidget *
make_evidence_row (KdEvidence *evidence)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *code = gtk_label_new (kd_evidence_get_code (evidence));
  GtkWidget *title = gtk_label_new (kd_evidence_get_title (evidence));

  gtk_widget_add_css_class (code, "kd-evidence-code");
  gtk_label_set_xalign (GTK_LABEL (code), 0);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 48);
  kd_widget_set_tooltip (title, kd_evidence_get_title (evidence));
  gtk_box_append (GTK_BOX (box), code);
  gtk_box_append (GTK_BOX (box), title);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, code, title, NULL, -1);
  g_object_set_data_full (G_OBJECT (row), "kd-code", g_strdup (kd_evidence_get_code (evidence)), g_free);
  g_object_set_data_full (G_OBJECT (row), "kd-search", g_strconcat (kd_evidence_get_code (evidence), " ", kd_evidence_get_title (evidence), NULL), g_free);
  return row;
}

static gboolean
picker_filter_cb (GtkListBoxRow *row,
                  gpointer       data)
{
  KdTextBox *self = data;

  return kd_text_matches (g_object_get_data (G_OBJECT (row), "kd-search"),
                          gtk_editable_get_text (GTK_EDITABLE (self->picker_search)));
}

/* The evidence of the criterion being described comes first: it is what a description cites. */
static void
fill_picker (KdTextBox *self)
{
  GListModel *evidence = kd_document_get_evidence (self->document);
  const char *criterion = KD_IS_CRITERION_RECORD (self->item) ? kd_criterion_record_get_code (KD_CRITERION_RECORD (self->item)) : "";
  GtkWidget  *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->picker_list))) != NULL)
    gtk_list_box_remove (self->picker_list, row);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
      {
        g_autoptr (KdEvidence) item = g_list_model_get_item (evidence, i);
        gboolean own = g_str_equal (kd_evidence_get_criterion (item), criterion);

        if (*kd_evidence_get_code (item) != '\0' && own == (pass == 0))
          gtk_list_box_append (self->picker_list, make_evidence_row (item));
      }
}

static void
picker_row_activated_cb (KdTextBox     *self,
                         GtkListBoxRow *row)
{
  g_autofree char *code = g_strdup (g_object_get_data (G_OBJECT (row), "kd-code"));

  gtk_menu_button_popdown (self->picker);
  kd_text_box_insert_code (self, code);
}

static void
picker_search_changed_cb (KdTextBox *self)
{
  gtk_list_box_invalidate_filter (self->picker_list);
}

static void
picker_search_activate_cb (KdTextBox *self)
{
  /* Enter takes the first code still shown. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->picker_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_child_visible (row))
      {
        picker_row_activated_cb (self, GTK_LIST_BOX_ROW (row));
        return;
      }
}

/* The popover is made the first time it opens: a sheet has a dozen text boxes, and building
 * their pickers up front made switching criteria measurably slower (docs/PERFORMANCE.md). */
static void
build_popover (KdTextBox *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *empty = gtk_label_new (_ ("The evidence list is empty: add documents in the Evidence section."));

  self->picker_search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_search_entry_set_key_capture_widget (self->picker_search, box);
  g_object_set (self->picker_search, "placeholder-text", _ ("Search codes and titles"), NULL);
  g_signal_connect_object (self->picker_search, "search-changed", G_CALLBACK (picker_search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->picker_search, "activate", G_CALLBACK (picker_search_activate_cb), self, G_CONNECT_SWAPPED);

  self->picker_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_activate_on_single_click (self->picker_list, TRUE);
  gtk_list_box_set_filter_func (self->picker_list, picker_filter_cb, self, NULL);
  gtk_label_set_wrap (GTK_LABEL (empty), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (empty), 40);
  gtk_widget_add_css_class (empty, "dim-label");
  gtk_list_box_set_placeholder (self->picker_list, empty);
  g_signal_connect_object (self->picker_list, "row-activated", G_CALLBACK (picker_row_activated_cb), self, G_CONNECT_SWAPPED);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->picker_list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->picker_search));
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (self->picker, popover);
}

static void
create_picker_popup_cb (GtkMenuButton *button,
                        gpointer       data)
{
  KdTextBox *self = data;

  if (self->picker_list == NULL)
    build_popover (self);
  gtk_editable_set_text (GTK_EDITABLE (self->picker_search), "");
  if (self->document != NULL)
    fill_picker (self);
}

static void
build_picker (KdTextBox *self)
{
  self->picker = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_label (self->picker, _ ("Cite evidence"));
  kd_widget_set_tooltip (GTK_WIDGET (self->picker), _ ("Insert the code of a document of the evidence list at the cursor"));
  gtk_widget_add_css_class (GTK_WIDGET (self->picker), "kd-picker");
  gtk_widget_set_valign (GTK_WIDGET (self->picker), GTK_ALIGN_END);
  gtk_menu_button_set_create_popup_func (self->picker, create_picker_popup_cb, self, NULL);
}

GtkWidget *
_kd_text_box_get_picker (KdTextBox *self)
{
  g_return_val_if_fail (KD_IS_TEXT_BOX (self), NULL);
  return GTK_WIDGET (self->picker);
}

GtkListBox *
_kd_text_box_get_picker_list (KdTextBox *self)
{
  g_return_val_if_fail (KD_IS_TEXT_BOX (self), NULL);
  return self->picker_list;
}

/* ---- editing ------------------------------------------------------------------------ */

/* Shows the model's text (a new target, an undo). */
static void
refresh (KdTextBox *self)
{
  g_autofree char *shown = kd_text_box_dup_text (self);
  const char      *text = model_text (self);

  if (!g_str_equal (shown, text))
    {
      self->loading = TRUE;
      gtk_text_buffer_set_text (self->buffer, text, -1);
      self->loading = FALSE;
    }
  mark_codes (self);
}

/**
 * kd_text_box_commit:
 *
 * Writes the text to the model if it differs from the model's: one undo step.
 */
void
kd_text_box_commit (KdTextBox *self)
{
  g_autofree char *text = NULL;
  const char      *key;

  g_return_if_fail (KD_IS_TEXT_BOX (self));
  g_clear_handle_id (&self->pause_id, g_source_remove);
  if (self->item == NULL)
    return;
  text = kd_text_box_dup_text (self);
  if (g_str_equal (text, model_text (self)))
    return;
  if (field_is (self, DESCRIPTIONS, &key))
    kd_criterion_record_set_description (KD_CRITERION_RECORD (self->item), key, text);
  else if (field_is (self, QUANTITATIVE, &key))
    kd_criterion_record_set_quantitative (KD_CRITERION_RECORD (self->item), quantitative_index (key), text);
  else
    /* A plain text field takes any text: there is nothing to refuse. */
    g_object_set (self->item, self->field, text, NULL);
}

/* A description is often written over minutes without leaving the box: a pause in typing
 * commits it too, so the unsaved mark, the recovery copy and undo see it (an undo step then
 * ends at each pause, as in text editors). */
#define PAUSE_MS 2000

static gboolean
pause_cb (gpointer data)
{
  KdTextBox *self = data;

  self->pause_id = 0;
  kd_text_box_commit (self);
  return G_SOURCE_REMOVE;
}

static void
buffer_changed_cb (KdTextBox *self)
{
  if (self->loading)
    return;
  mark_codes (self);
  g_clear_handle_id (&self->pause_id, g_source_remove);
  if (self->item != NULL)
    self->pause_id = g_timeout_add (PAUSE_MS, pause_cb, self);
}

static void
model_changed_cb (KdTextBox *self)
{
  refresh (self);
}

/* A document change may add or rename evidence: the marks follow the list. */
static void
document_changed_cb (KdTextBox *self)
{
  mark_codes (self);
}

static void
focus_leave_cb (KdTextBox *self)
{
  kd_text_box_commit (self);
}

static gboolean
key_pressed_cb (KdTextBox      *self,
                guint           keyval,
                guint           keycode,
                GdkModifierType state)
{
  g_autofree char *text = NULL;

  if (keyval != GDK_KEY_Escape || self->item == NULL)
    return FALSE;
  text = kd_text_box_dup_text (self);
  if (g_str_equal (text, model_text (self)))
    return FALSE; /* nothing to revert: let Escape reach a search or a dialog */
  refresh (self);
  return TRUE;
}

static void
disconnect (KdTextBox *self)
{
  g_clear_handle_id (&self->pause_id, g_source_remove);
  if (self->item != NULL)
    g_clear_signal_handler (&self->notify_id, self->item);
  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_object (&self->item);
  g_clear_object (&self->document);
}

/**
 * kd_text_box_set_target:
 * @item: (nullable): the item whose text is edited
 * @field: a string field of @item ("strengths"), or for a criterion record "descriptions.ID"
 *   (an indicator's Mô tả hiện trạng) or "quantitative.N" (TT 57 quantitative datum N, from 1)
 */
void
kd_text_box_set_target (KdTextBox  *self,
                        KdItem     *item,
                        const char *field)
{
  const char *key;

  g_return_if_fail (KD_IS_TEXT_BOX (self));
  g_return_if_fail (item == NULL || KD_IS_ITEM (item));

  /* Text typed for the previous target belongs to it. */
  kd_text_box_commit (self);
  disconnect (self);
  g_free (self->field);
  self->field = g_strdup (field);
  if (item != NULL)
    {
      self->item = g_object_ref (item);
      /* The record names the changed key; comparing the text is as cheap as checking it. */
      if (field_is (self, DESCRIPTIONS, &key))
        self->notify_id = g_signal_connect_object (item, "description-changed", G_CALLBACK (model_changed_cb), self, G_CONNECT_SWAPPED);
      else if (field_is (self, QUANTITATIVE, &key))
        self->notify_id = g_signal_connect_object (item, "quantitative-changed", G_CALLBACK (model_changed_cb), self, G_CONNECT_SWAPPED);
      else
        {
          g_autofree char *signal = g_strconcat ("notify::", field, NULL);

          g_return_if_fail (kd_item_lookup_field (item, field) != NULL);
          self->notify_id = g_signal_connect_object (item, signal, G_CALLBACK (model_changed_cb), self, G_CONNECT_SWAPPED);
        }
      if (kd_item_get_document (item) != NULL)
        {
          self->document = g_object_ref (kd_item_get_document (item));
          self->changed_id = g_signal_connect_object (self->document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
        }
    }
  /* In a work package, only what was given to the group is written here. */
  gtk_text_view_set_editable (self->view, item != NULL && (self->document == NULL || kd_document_can_edit (self->document, item)));
  gtk_widget_set_sensitive (GTK_WIDGET (self->picker), self->document != NULL && gtk_text_view_get_editable (self->view));
  refresh (self);
}

const char *
kd_text_box_get_field (KdTextBox *self)
{
  g_return_val_if_fail (KD_IS_TEXT_BOX (self), NULL);
  return self->field;
}

GtkTextView *
kd_text_box_get_view (KdTextBox *self)
{
  g_return_val_if_fail (KD_IS_TEXT_BOX (self), NULL);
  return self->view;
}

static gboolean
kd_text_box_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (KD_TEXT_BOX (widget)->view));
}

static void
kd_text_box_dispose (GObject *object)
{
  KdTextBox *self = KD_TEXT_BOX (object);

  disconnect (self);
  g_clear_pointer (&self->header, gtk_widget_unparent);
  g_clear_pointer (&self->frame, gtk_widget_unparent);
  if (self->unknown_label != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->unknown_label));
  self->unknown_label = NULL;
  G_OBJECT_CLASS (kd_text_box_parent_class)->dispose (object);
}

static void
kd_text_box_finalize (GObject *object)
{
  KdTextBox *self = KD_TEXT_BOX (object);

  g_free (self->field);
  G_OBJECT_CLASS (kd_text_box_parent_class)->finalize (object);
}

static void
kd_text_box_class_init (KdTextBoxClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_text_box_dispose;
  object_class->finalize = kd_text_box_finalize;
  widget_class->grab_focus = kd_text_box_grab_focus;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kdtextbox");
}

static void
kd_text_box_init (KdTextBox *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkLayoutManager   *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 2);

  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  self->buffer = gtk_text_view_get_buffer (self->view);
  /* Ctrl+Z belongs to the document's undo, not to the view's own history. */
  gtk_text_buffer_set_enable_undo (self->buffer, FALSE);
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->view, FALSE);
  gtk_text_view_set_top_margin (self->view, 6);
  gtk_text_view_set_bottom_margin (self->view, 6);
  gtk_text_view_set_left_margin (self->view, 8);
  gtk_text_view_set_right_margin (self->view, 8);
  self->unknown_tag = gtk_text_buffer_create_tag (self->buffer, "kd-unknown-code", "underline", PANGO_UNDERLINE_ERROR, NULL);
  {
    GdkRGBA red;

    gdk_rgba_parse (&red, "#c01c28");
    g_object_set (self->unknown_tag, "underline-rgba", &red, "foreground-rgba", &red, NULL);
  }
  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->view), focus);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->view), keys);

  /* The picker sits on the title's line so the text keeps the whole width (large text). */
  self->header = kd_row_new (6);
  self->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->title, TRUE);
  gtk_label_set_xalign (self->title, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->title), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->title), GTK_ALIGN_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "kd-text-box-title");
  kd_row_append (self->header, GTK_WIDGET (self->title));
  build_picker (self);
  kd_row_append (self->header, GTK_WIDGET (self->picker));
  gtk_widget_set_parent (self->header, GTK_WIDGET (self));

  self->frame = gtk_frame_new (NULL);
  gtk_widget_add_css_class (self->frame, "kd-text-frame");
  gtk_frame_set_child (GTK_FRAME (self->frame), GTK_WIDGET (self->view));
  gtk_widget_set_parent (self->frame, GTK_WIDGET (self));

  self->unknown_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->unknown_label, TRUE);
  gtk_label_set_xalign (self->unknown_label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->unknown_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->unknown_label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->unknown_label), "caption");
  gtk_widget_set_visible (GTK_WIDGET (self->unknown_label), FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->unknown_label), GTK_WIDGET (self));
  gtk_text_view_set_editable (self->view, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->picker), FALSE);
}

/**
 * kd_text_box_new:
 * @title: the heading shown above the text ("Điểm mạnh")
 * @accessible_label: (nullable): what the text is, for screen readers, when the title alone
 *   does not say it ("Mô tả hiện trạng, chỉ báo a"); NULL to use the title
 */
GtkWidget *
kd_text_box_new (const char *title,
                 const char *accessible_label)
{
  KdTextBox *self = g_object_new (KD_TYPE_TEXT_BOX, NULL);

  gtk_label_set_text (self->title, title);
  if (accessible_label == NULL)
    accessible_label = title;
  if (accessible_label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  return GTK_WIDGET (self);
}
