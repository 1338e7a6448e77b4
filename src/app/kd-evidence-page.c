/* kd-evidence-page.c
 *
 * The evidence list can hold a few hundred documents: a GtkColumnView recycles its rows, with
 * GtkEntry-based cells (KdFieldEntry) bound to the row's item.  Codes are proposed by core from
 * the framework's pattern; which criteria cite a document, and what is cited but not listed, come
 * from core too (kd_document_collect_citations, kd_document_check_evidence).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-evidence-page.h"
#include "kd-field-entry.h"
#include "kd-text.h"
#include "kd-window.h"

typedef enum
{
  CELL_TEXT,
  CELL_LOCATION,
  CELL_CITED_BY,
  CELL_DELETE,
} CellKind;

typedef struct
{
  const char *field; /* the item's property, or NULL */
  const char *title; /* N_() */
  CellKind    kind;
  int         width; /* fixed width, or -1 to expand */
} Column;

static const Column columns[] = {
  { "code", N_ ("Code"), CELL_TEXT, 140 },
  { "title", N_ ("Title"), CELL_TEXT, -1 },
  { "number-date", N_ ("Number, date"), CELL_TEXT, 150 },
  { "issuer", N_ ("Issued by"), CELL_TEXT, 170 },
  { "location", N_ ("Kept at"), CELL_LOCATION, 190 },
  { NULL, N_ ("Cited by"), CELL_CITED_BY, 150 },
  { NULL, "", CELL_DELETE, 48 },
};

struct _KdEvidencePage
{
  GtkWidget parent_instance;

  GtkSearchEntry *search_entry;
  GtkDropDown    *criterion_choice;
  GtkWidget      *box_label;
  GtkSpinButton  *box_spin;
  GtkLabel       *code_preview;
  GtkExpander    *checks_expander;
  GtkLabel       *checks_label;
  GtkListBox     *checks_list;
  GtkColumnView  *evidence_view;

  KdDocument         *document;
  gulong              changed_id;
  guint               refresh_id;
  GtkStringList      *criterion_codes;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  char               *needle;      /* folded search text, or NULL */
  GHashTable         *citations;   /* evidence code → GPtrArray of criteria */
  GHashTable         *cited_cells; /* GtkLabel → its KdEvidence (bound cells) */
  char               *proposed_code;
  KdEvidence         *focus_when_bound; /* the item just added: its title gets the focus */
};

static void kd_evidence_page_iface_init (KdPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KdEvidencePage, kd_evidence_page, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (KD_TYPE_PAGE, kd_evidence_page_iface_init))

enum
{
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

/* ---- citations and checks ----------------------------------------------------------- */

static char *
dup_cited_by (KdEvidencePage *self,
              KdEvidence     *evidence)
{
  GPtrArray *where = self->citations != NULL ? g_hash_table_lookup (self->citations, kd_evidence_get_code (evidence)) : NULL;
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; where != NULL && i < where->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", (char *)g_ptr_array_index (where, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
show_cited_by (KdEvidencePage *self,
               GtkLabel       *label,
               KdEvidence     *evidence)
{
  g_autofree char *text = dup_cited_by (self, evidence);

  if (*text == '\0')
    {
      gtk_label_set_text (label, _ ("not cited"));
      gtk_widget_add_css_class (GTK_WIDGET (label), "warning");
      kd_widget_set_tooltip (GTK_WIDGET (label), _ ("No criterion description cites this code yet."));
    }
  else
    {
      gtk_label_set_text (label, text);
      gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
      kd_widget_set_tooltip (GTK_WIDGET (label), text);
    }
}

static GtkWidget *
make_check_row (const KdProblem *problem)
{
  g_autofree char *text = kd_problem_to_string (problem);
  GtkWidget       *box = kd_row_new (12);
  GtkWidget       *image = gtk_image_new_from_icon_name (problem->severity == KD_PROBLEM_ERROR ? "dialog-error-symbolic"
                                                                                               : "dialog-warning-symbolic");
  GtkWidget       *label = gtk_label_new (text);
  GtkWidget       *row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_add_css_class (image, problem->severity == KD_PROBLEM_ERROR ? "error" : "warning");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  kd_row_append (box, image);
  kd_row_append (box, label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  return row;
}

static void
update_checks (KdEvidencePage *self)
{
  g_autoptr (KdProblemList) problems = NULL;
  g_autofree char *label = NULL;
  GtkWidget       *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checks_list))) != NULL)
    gtk_list_box_remove (self->checks_list, child);
  if (self->document == NULL)
    return;

  problems = kd_document_check_evidence (self->document);
  for (guint i = 0; i < problems->items->len; i++)
    gtk_list_box_append (self->checks_list, make_check_row (g_ptr_array_index (problems->items, i)));
  if (problems->items->len == 0)
    label = g_strdup (_ ("Check of the list: every listed document is cited and every cited code is listed"));
  else
    label = g_strdup_printf (_ ("Check of the list: problems found (%u)"), problems->items->len);
  gtk_label_set_text (self->checks_label, label);
  gtk_widget_set_sensitive (GTK_WIDGET (self->checks_expander), problems->items->len > 0);
  if (problems->items->len == 0)
    gtk_expander_set_expanded (self->checks_expander, FALSE);
}

/* ---- the proposed code -------------------------------------------------------------- */

static const char *
selected_criterion (KdEvidencePage *self)
{
  guint position = gtk_drop_down_get_selected (self->criterion_choice);

  return position != GTK_INVALID_LIST_POSITION ? gtk_string_list_get_string (self->criterion_codes, position) : NULL;
}

/* Whether the framework's codes carry a box number: ask core for two boxes and compare. */
static gboolean
framework_uses_boxes (KdFramework *framework,
                      const char  *criterion)
{
  g_autofree char *one = kd_framework_format_evidence_code (framework, criterion, 1, 1);
  g_autofree char *two = kd_framework_format_evidence_code (framework, criterion, 2, 1);

  return g_strcmp0 (one, two) != 0;
}

static void
update_proposed_code (KdEvidencePage *self)
{
  const char      *criterion = self->document != NULL ? selected_criterion (self) : NULL;
  g_autofree char *text = NULL;

  g_clear_pointer (&self->proposed_code, g_free);
  if (criterion == NULL)
    {
      gtk_label_set_text (self->code_preview, "");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "evidence.add", FALSE);
      return;
    }
  self->proposed_code = kd_document_propose_evidence_code (self->document, criterion,
                                                           (guint)gtk_spin_button_get_value_as_int (self->box_spin));
  text = g_strdup_printf (_ ("Its code will be %s"), self->proposed_code);
  gtk_label_set_text (self->code_preview, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evidence.add", kd_document_is_editable (self->document));
}

static void
criterion_selected_cb (KdEvidencePage *self)
{
  const char           *code = selected_criterion (self);
  const KdCriterionDef *def;

  if (self->document == NULL || code == NULL)
    return;
  /* Schools usually keep one box per standard: box n for standard n. */
  def = kd_framework_lookup_criterion (kd_document_get_framework (self->document), code);
  if (def != NULL)
    gtk_spin_button_set_value (self->box_spin, def->standard);
  update_proposed_code (self);
}

/* ---- refresh ------------------------------------------------------------------------ */

static gboolean
refresh_cb (gpointer data)
{
  KdEvidencePage *self = data;
  GHashTableIter  iter;
  gpointer        label, evidence;

  self->refresh_id = 0;
  g_clear_pointer (&self->citations, g_hash_table_unref);
  if (self->document != NULL)
    self->citations = kd_document_collect_citations (self->document);
  g_hash_table_iter_init (&iter, self->cited_cells);
  while (g_hash_table_iter_next (&iter, &label, &evidence))
    show_cited_by (self, label, evidence);
  update_checks (self);
  update_proposed_code (self);
  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (KdEvidencePage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 30, refresh_cb, self, NULL);
}

static void
flush_refresh (KdEvidencePage *self)
{
  if (self->refresh_id != 0)
    {
      g_source_remove (self->refresh_id);
      refresh_cb (self);
    }
}

/* ---- search ------------------------------------------------------------------------- */

static gboolean
match_evidence (gpointer item,
                gpointer data)
{
  KdEvidencePage *self = data;
  KdEvidence     *evidence = item;
  const char     *fields[] = { kd_evidence_get_code (evidence), kd_evidence_get_title (evidence),
                               kd_evidence_get_number_date (evidence), kd_evidence_get_issuer (evidence),
                               kd_evidence_get_location (evidence), kd_evidence_get_note (evidence) };

  if (self->needle == NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (kd_text_matches (fields[i], self->needle))
      return TRUE;
  return FALSE;
}

static void
search_changed_cb (KdEvidencePage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->needle, g_free);
  if (!kd_text_is_blank (text))
    self->needle = g_strdup (text);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
stop_search_cb (KdEvidencePage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* ---- cells -------------------------------------------------------------------------- */

static void
scroll_to_position (GtkColumnView *view,
                    guint          position)
{
  /* GTK 4.8 has no gtk_column_view_scroll_to (4.12): its inner list view has the action. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

static gboolean
focus_entry_cb (gpointer data)
{
  GtkWidget *entry = data;

  if (gtk_widget_get_root (entry) != NULL)
    gtk_widget_grab_focus (entry);
  return G_SOURCE_REMOVE;
}

static void
open_location_done_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *uri = data;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) && KD_IS_WINDOW (source))
    {
      g_autofree char *message = g_strdup_printf (_ ("“%s” could not be opened: %s. Check that the file or link still exists and that a program can open it."),
                                                  uri, error->message);

      kd_window_show_message (KD_WINDOW (source), _ ("The evidence could not be opened"), message);
    }
}

static void
open_location_cb (GtkButton      *button,
                  KdEvidencePage *self)
{
  KdEvidence *evidence = g_object_get_data (G_OBJECT (button), "kd-item");
  GtkRoot    *root = gtk_widget_get_root (GTK_WIDGET (self));
  GFile      *file = KD_IS_WINDOW (root) ? kd_window_get_file (KD_WINDOW (root)) : NULL;
  char       *uri;

  if (evidence == NULL || !GTK_IS_WINDOW (root))
    return;
  uri = kd_evidence_dup_location_uri (evidence, file);
  if (uri == NULL && KD_IS_WINDOW (root))
    {
      kd_window_show_message (KD_WINDOW (root), _ ("The evidence could not be opened"),
                              kd_text_is_blank (kd_evidence_get_location (evidence))
                                  ? _ ("Type where the document is kept first: a file, a folder or a link.")
                                  : _ ("Save the assessment first: a location such as “Hộp 1/kế hoạch.pdf” is found from the folder of the assessment file."));
      return;
    }
  gtk_show_uri_full (GTK_WINDOW (root), uri, GDK_CURRENT_TIME, NULL, open_location_done_cb, uri);
}

static void
delete_cb (GtkButton      *button,
           KdEvidencePage *self)
{
  KdEvidence *evidence = g_object_get_data (G_OBJECT (button), "kd-item");
  GListModel *list;
  guint       position;

  if (evidence == NULL || self->document == NULL)
    return;
  list = kd_document_get_evidence (self->document);
  if (g_list_store_find (G_LIST_STORE (list), evidence, &position))
    kd_document_remove_item (self->document, list, position);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            KdEvidencePage           *self)
{
  const Column *column = g_object_get_data (G_OBJECT (factory), "kd-column");
  GtkWidget    *cell;

  switch (column->kind)
    {
      case CELL_TEXT:
        cell = kd_field_entry_new (column->field, FALSE);
        break;
      case CELL_LOCATION:
        {
          GtkWidget *entry = kd_field_entry_new (column->field, FALSE);
          GtkWidget *button = gtk_button_new_from_icon_name ("document-open-symbolic");

          cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
          gtk_widget_set_hexpand (entry, TRUE);
          gtk_widget_add_css_class (button, "flat");
          kd_widget_set_tooltip (button, _ ("Open with the default application"));
          g_signal_connect (button, "clicked", G_CALLBACK (open_location_cb), self);
          gtk_box_append (GTK_BOX (cell), entry);
          gtk_box_append (GTK_BOX (cell), button);
          g_object_set_data (G_OBJECT (cell), "kd-entry", entry);
          g_object_set_data (G_OBJECT (cell), "kd-button", button);
          break;
        }
      case CELL_CITED_BY:
        cell = gtk_label_new (NULL);
        gtk_label_set_xalign (GTK_LABEL (cell), 0);
        gtk_label_set_ellipsize (GTK_LABEL (cell), PANGO_ELLIPSIZE_END);
        gtk_widget_set_margin_start (cell, 6);
        break;
      default:
        cell = gtk_button_new_from_icon_name ("user-trash-symbolic");
        gtk_widget_add_css_class (cell, "flat");
        kd_widget_set_tooltip (cell, _ ("Remove this document from the list"));
        g_signal_connect (cell, "clicked", G_CALLBACK (delete_cb), self);
        break;
    }
  gtk_list_item_set_child (list_item, cell);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           KdEvidencePage           *self)
{
  const Column    *column = g_object_get_data (G_OBJECT (factory), "kd-column");
  GtkWidget       *cell = gtk_list_item_get_child (list_item);
  KdEvidence      *evidence = gtk_list_item_get_item (list_item);
  g_autofree char *label = g_strdup_printf (_ ("%s, row %u"), _ (column->title), gtk_list_item_get_position (list_item) + 1);

  /* GTK 4.8's row around the cells has no name of its own (a screen reader heard
   * "GtkListItemWidget"): the first column's cell names it. */
  if (column == &columns[0] && gtk_widget_get_parent (cell) != NULL && gtk_widget_get_parent (gtk_widget_get_parent (cell)) != NULL)
    {
      g_autofree char *row_name = g_strdup_printf (_ ("Row %u"), gtk_list_item_get_position (list_item) + 1);

      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (gtk_widget_get_parent (cell))),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, row_name, -1);
    }
  switch (column->kind)
    {
      case CELL_TEXT:
        kd_field_entry_set_item (KD_FIELD_ENTRY (cell), KD_ITEM (evidence));
        kd_field_entry_set_accessible_label (KD_FIELD_ENTRY (cell), label);
        if (evidence == self->focus_when_bound && g_str_equal (column->field, "title"))
          {
            g_clear_object (&self->focus_when_bound);
            g_idle_add_full (G_PRIORITY_DEFAULT, focus_entry_cb, g_object_ref (cell), g_object_unref);
          }
        break;
      case CELL_LOCATION:
        {
          KdFieldEntry    *entry = g_object_get_data (G_OBJECT (cell), "kd-entry");
          GtkWidget       *button = g_object_get_data (G_OBJECT (cell), "kd-button");
          g_autofree char *open = g_strdup_printf (_ ("Open the evidence of row %u"), gtk_list_item_get_position (list_item) + 1);

          kd_field_entry_set_item (entry, KD_ITEM (evidence));
          kd_field_entry_set_accessible_label (entry, label);
          g_object_set_data (G_OBJECT (button), "kd-item", evidence);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, open, -1);
          break;
        }
      case CELL_CITED_BY:
        g_hash_table_insert (self->cited_cells, cell, evidence);
        show_cited_by (self, GTK_LABEL (cell), evidence);
        break;
      default:
        {
          g_autofree char *remove = g_strdup_printf (_ ("Remove row %u"), gtk_list_item_get_position (list_item) + 1);

          g_object_set_data (G_OBJECT (cell), "kd-item", evidence);
          gtk_widget_set_sensitive (cell, kd_item_can_be_edited (KD_ITEM (evidence)));
          gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
          break;
        }
    }
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             KdEvidencePage           *self)
{
  const Column *column = g_object_get_data (G_OBJECT (factory), "kd-column");
  GtkWidget    *cell = gtk_list_item_get_child (list_item);

  switch (column->kind)
    {
      case CELL_TEXT:
        kd_field_entry_set_item (KD_FIELD_ENTRY (cell), NULL);
        break;
      case CELL_LOCATION:
        kd_field_entry_set_item (g_object_get_data (G_OBJECT (cell), "kd-entry"), NULL);
        g_object_set_data (g_object_get_data (G_OBJECT (cell), "kd-button"), "kd-item", NULL);
        break;
      case CELL_CITED_BY:
        g_hash_table_remove (self->cited_cells, cell);
        break;
      default:
        g_object_set_data (G_OBJECT (cell), "kd-item", NULL);
        break;
    }
}

static void
build_columns (KdEvidencePage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr (GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "kd-column", (gpointer)&columns[i]);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);
      column = gtk_column_view_column_new (*columns[i].title != '\0' ? _ (columns[i].title) : NULL, factory);
      if (columns[i].width > 0)
        gtk_column_view_column_set_fixed_width (column, columns[i].width);
      else
        gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_column_set_resizable (column, columns[i].kind != CELL_DELETE);
      gtk_column_view_append_column (self->evidence_view, column);
    }
}

/* ---- adding ------------------------------------------------------------------------- */

static void
add_evidence_cb (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  KdEvidencePage *self = KD_EVIDENCE_PAGE (widget);
  const char     *criterion;
  GListModel     *list;
  guint           position, n, shown_position;
  g_autoptr (KdEvidence) evidence = NULL;

  if (self->document == NULL || (criterion = selected_criterion (self)) == NULL)
    return;
  update_proposed_code (self);
  list = kd_document_get_evidence (self->document);
  evidence = kd_evidence_new (self->proposed_code, "");
  g_object_set (evidence, "criterion", criterion, NULL);

  /* After the last document of the same criterion, so the list stays in the order of the form. */
  n = g_list_model_get_n_items (list);
  position = n;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KdEvidence) other = g_list_model_get_item (list, i);

      if (g_str_equal (kd_evidence_get_criterion (other), criterion))
        position = i + 1;
    }
  /* A search would hide the new row: show everything. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_set_object (&self->focus_when_bound, evidence);
  kd_document_insert_item (self->document, list, position, KD_ITEM (evidence));
  if (g_list_store_find (G_LIST_STORE (list), evidence, &shown_position))
    scroll_to_position (self->evidence_view, shown_position);
}

/* ---- document ----------------------------------------------------------------------- */

static void
fill_criteria (KdEvidencePage *self)
{
  GPtrArray *criteria = self->document != NULL ? kd_framework_get_criteria (kd_document_get_framework (self->document)) : NULL;
  g_autoptr (GPtrArray) codes = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->criterion_codes));

  for (guint i = 0; criteria != NULL && i < criteria->len; i++)
    g_ptr_array_add (codes, ((KdCriterionDef *)g_ptr_array_index (criteria, i))->code);
  g_ptr_array_add (codes, NULL);
  gtk_string_list_splice (self->criterion_codes, 0, n, (const char *const *)codes->pdata);
  if (criteria != NULL && criteria->len > 0)
    {
      gtk_widget_set_visible (self->box_label, framework_uses_boxes (kd_document_get_framework (self->document),
                                                                     g_ptr_array_index (codes, 0)));
      gtk_widget_set_visible (GTK_WIDGET (self->box_spin), gtk_widget_get_visible (self->box_label));
    }
  gtk_drop_down_set_selected (self->criterion_choice, 0);
}

static void
set_document (KdEvidencePage *self,
              KdDocument     *document)
{
  if (self->document == document)
    return;
  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_set_object (&self->document, document);

  gtk_filter_list_model_set_model (self->filtered, document != NULL ? kd_document_get_evidence (document) : NULL);
  if (document != NULL)
    self->changed_id = g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self,
                                                G_CONNECT_SWAPPED);
  fill_criteria (self);
  refresh_cb (self);
  g_object_notify (G_OBJECT (self), "document");
}

/* ---- KdPage ------------------------------------------------------------------------- */

static gboolean
kd_evidence_page_start_search (KdPage *page)
{
  KdEvidencePage *self = KD_EVIDENCE_PAGE (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

static void
kd_evidence_page_iface_init (KdPageInterface *iface)
{
  iface->start_search = kd_evidence_page_start_search;
}

/* ---- for tests ---------------------------------------------------------------------- */

char *
_kd_evidence_page_dup_checks (KdEvidencePage *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (KD_IS_EVIDENCE_PAGE (self), NULL);
  flush_refresh (self);
  g_string_append_printf (text, "%s\n", gtk_label_get_text (self->checks_label));
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->checks_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (box))));
    }
  return g_string_free (text, FALSE);
}

char *
_kd_evidence_page_dup_cited_by (KdEvidencePage *self,
                                KdEvidence     *evidence)
{
  g_return_val_if_fail (KD_IS_EVIDENCE_PAGE (self), NULL);
  flush_refresh (self);
  return dup_cited_by (self, evidence);
}

const char *
_kd_evidence_page_get_proposed_code (KdEvidencePage *self)
{
  g_return_val_if_fail (KD_IS_EVIDENCE_PAGE (self), NULL);
  flush_refresh (self);
  return self->proposed_code;
}

GtkDropDown *
_kd_evidence_page_get_criterion_choice (KdEvidencePage *self)
{
  g_return_val_if_fail (KD_IS_EVIDENCE_PAGE (self), NULL);
  return self->criterion_choice;
}

GtkEditable *
_kd_evidence_page_get_search (KdEvidencePage *self)
{
  g_return_val_if_fail (KD_IS_EVIDENCE_PAGE (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

GListModel *
_kd_evidence_page_get_shown (KdEvidencePage *self)
{
  g_return_val_if_fail (KD_IS_EVIDENCE_PAGE (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
kd_evidence_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KdEvidencePage *self = KD_EVIDENCE_PAGE (object);

  switch (prop_id)
    {
      case PROP_DOCUMENT:
        g_value_set_object (value, self->document);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kd_evidence_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  switch (prop_id)
    {
      case PROP_DOCUMENT:
        set_document (KD_EVIDENCE_PAGE (object), g_value_get_object (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kd_evidence_page_dispose (GObject *object)
{
  KdEvidencePage *self = KD_EVIDENCE_PAGE (object);

  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KD_TYPE_EVIDENCE_PAGE);
  kd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->document);
  g_clear_object (&self->criterion_codes);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->focus_when_bound);
  g_clear_pointer (&self->citations, g_hash_table_unref);
  g_clear_pointer (&self->cited_cells, g_hash_table_unref);
  G_OBJECT_CLASS (kd_evidence_page_parent_class)->dispose (object);
}

static void
kd_evidence_page_finalize (GObject *object)
{
  KdEvidencePage *self = KD_EVIDENCE_PAGE (object);

  g_free (self->needle);
  g_free (self->proposed_code);
  G_OBJECT_CLASS (kd_evidence_page_parent_class)->finalize (object);
}

static void
kd_evidence_page_class_init (KdEvidencePageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_evidence_page_dispose;
  object_class->finalize = kd_evidence_page_finalize;
  object_class->get_property = kd_evidence_page_get_property;
  object_class->set_property = kd_evidence_page_set_property;
  g_object_class_override_property (object_class, PROP_DOCUMENT, "document");
  kd_page_class_set_section (object_class, N_ ("Evidence"), "folder-documents-symbolic");

  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-evidence-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KdEvidencePage, box_label);
  gtk_widget_class_bind_template_child (widget_class, KdEvidencePage, box_spin);
  gtk_widget_class_bind_template_child (widget_class, KdEvidencePage, checks_expander);
  gtk_widget_class_bind_template_child (widget_class, KdEvidencePage, checks_label);
  gtk_widget_class_bind_template_child (widget_class, KdEvidencePage, checks_list);
  gtk_widget_class_bind_template_child (widget_class, KdEvidencePage, code_preview);
  gtk_widget_class_bind_template_child (widget_class, KdEvidencePage, criterion_choice);
  gtk_widget_class_bind_template_child (widget_class, KdEvidencePage, evidence_view);
  gtk_widget_class_bind_template_child (widget_class, KdEvidencePage, search_entry);
  gtk_widget_class_install_action (widget_class, "evidence.add", NULL, add_evidence_cb);
}

static void
kd_evidence_page_init (KdEvidencePage *self)
{
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cited_cells = g_hash_table_new (NULL, NULL);
  self->criterion_codes = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->criterion_choice, G_LIST_MODEL (self->criterion_codes));
  gtk_drop_down_set_expression (self->criterion_choice,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->box_spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Box"), -1);
  g_signal_connect_object (self->criterion_choice, "notify::selected", G_CALLBACK (criterion_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->box_spin, "value-changed", G_CALLBACK (update_proposed_code), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (stop_search_cb), self, G_CONNECT_SWAPPED);

  self->filter = gtk_custom_filter_new (match_evidence, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_column_view_set_model (self->evidence_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  build_columns (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evidence.add", FALSE);
}

GtkWidget *
kd_evidence_page_new (void)
{
  return g_object_new (KD_TYPE_EVIDENCE_PAGE, NULL);
}
