/* kd-plan-page.c
 *
 * The plan can hold thousands of rows.  The GtkColumnView is the direct child of its
 * GtkScrolledWindow, so it builds row widgets only around what is visible; each cell is a
 * KdPlanCell (one widget drawing its text at rest, an editor only while edited), bound to its row
 * without building or connecting anything: the grid has one key controller, one click gesture,
 * one tooltip handler, and one change handler per shown row.  The models: the document's plan →
 * GtkFilterListModel (core's KdPlanFilter) → GtkSortListModel (core's Vietnamese order, bound to
 * the header clicks) → KdPlanViewModel (a sort or a search reuses the row widgets) →
 * GtkMultiSelection.  Every rule — marks, totals, filter, order, paste, proposals — is core's.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-plan-dialogs.h"
#include "kd-plan-page.h"
#include "kd-plan-view-model.h"
#include "kd-text.h"
#include "kd-window.h"

struct _KdPlanPage
{
  GtkWidget parent_instance;

  /* template */
  GtkSearchEntry *search_entry;
  GtkMenuButton  *filter_button;
  GtkDropDown    *standard_filter;
  GtkDropDown    *criterion_filter;
  GtkDropDown    *status_filter;
  GtkEntry       *owner_filter;
  GtkEntry       *supervisor_filter;
  GtkCheckButton *overdue_filter;
  GtkRevealer    *message_revealer;
  GtkWidget      *message_box;
  GtkLabel       *message_label;
  GtkColumnView  *plan_view;
  GtkLabel       *footer_label;

  /* owned */
  KdDocument                *document;
  gulong                     changed_id;
  guint                      refresh_id;
  KdPlanFilter              *filter;
  GtkCustomFilter           *view_filter;
  GtkFilterListModel        *filtered;
  GtkSortListModel          *sorted;
  GtkMultiSelection         *selection;
  GtkListStore              *names;
  GtkStringList             *criterion_codes; /* of the criterion filter, after its two first choices */
  GDate                      today;
  const KdPlanColumn *const *columns;
  guint                      n_columns;
  KdPlanLayout               layout;
  GPtrArray                 *view_columns;       /* GtkColumnViewColumn of each plan column */
  GtkColumnViewColumn       *review_column;      /* in the view only while the plan has a review */
  gpointer                   pressed_cell;       /* compared only: where the last press was */
  KdPlanRow                 *replaced_focus_row; /* the focused row while a sort or search replaces the rows */
  int                        replaced_focus_column;
  GHashTable                *review_cells; /* GtkInscription → KdPlanRow, bound */
  GHashTable               **cells;        /* per plan column: KdPlanRow → its bound KdPlanCell */
  KdReview                  *latest_review;
  KdPlanRow                 *focus_row; /* a cell to focus once bound (added row, keyboard move) */
  int                        focus_column;
  gboolean                   focus_edit;
  GtkWidget                 *dialog; /* weak */
};

static void kd_plan_page_iface_init (KdPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KdPlanPage, kd_plan_page, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (KD_TYPE_PAGE, kd_plan_page_iface_init))

enum
{
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

#define STANDARD_ANY 0
#define CRITERION_ANY 0
#define CRITERION_NONE 1
#define STATUS_ANY 0

/* ---- messages ----------------------------------------------------------------------- */

static void
show_message (KdPlanPage *self,
              const char *message,
              gboolean    is_error)
{
  if (message == NULL)
    {
      gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
      gtk_label_set_text (self->message_label, "");
      return;
    }
  gtk_label_set_text (self->message_label, message);
  if (is_error)
    gtk_widget_add_css_class (self->message_box, "error");
  else
    gtk_widget_remove_css_class (self->message_box, "error");
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
}

static void
hide_message_cb (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  show_message (KD_PLAN_PAGE (widget), NULL, FALSE);
}

static void
cell_message_cb (KdPlanCell *cell,
                 const char *message,
                 KdPlanPage *self)
{
  if (message != NULL)
    {
      g_autofree char *where = g_strdup_printf (_ ("Row %u — %s"), gtk_list_item_get_position (kd_plan_cell_get_list_item (cell)) + 1,
                                                message);

      show_message (self, where, TRUE);
    }
  else if (gtk_widget_has_css_class (self->message_box, "error"))
    show_message (self, NULL, FALSE);
}

/* ---- footer, names, reviews: refreshed after changes -------------------------------- */

static void
update_footer (KdPlanPage *self)
{
  KdPlanTotals     totals;
  g_autofree char *text = NULL;

  kd_plan_totals_compute (G_LIST_MODEL (self->filtered), &self->today, &totals);
  text = kd_plan_totals_describe (&totals);
  gtk_label_set_text (self->footer_label, text);
}

static void
update_names (KdPlanPage *self)
{
  g_autoptr (GPtrArray) names = self->document != NULL ? kd_plan_collect_names (self->document) : g_ptr_array_new ();
  GtkTreeIter iter;
  guint       i = 0;
  gboolean    valid = gtk_tree_model_get_iter_first (GTK_TREE_MODEL (self->names), &iter);

  /* Rewrite only what differs: an open completion keeps its rows. */
  for (; i < names->len; i++)
    {
      g_autofree char *old = NULL;

      if (!valid)
        break;
      gtk_tree_model_get (GTK_TREE_MODEL (self->names), &iter, 0, &old, -1);
      if (g_strcmp0 (old, g_ptr_array_index (names, i)) != 0)
        gtk_list_store_set (self->names, &iter, 0, g_ptr_array_index (names, i), -1);
      valid = gtk_tree_model_iter_next (GTK_TREE_MODEL (self->names), &iter);
    }
  for (; i < names->len; i++)
    gtk_list_store_insert_with_values (self->names, NULL, -1, 0, g_ptr_array_index (names, i), -1);
  while (valid)
    valid = gtk_list_store_remove (self->names, &iter);
}

static KdReviewEntry *
lookup_review_entry (KdPlanPage *self,
                     KdPlanRow  *row)
{
  return self->latest_review != NULL && row != NULL ? kd_review_lookup_entry (self->latest_review, kd_item_get_id (KD_ITEM (row))) : NULL;
}

static void
show_review (KdPlanPage     *self,
             GtkInscription *label,
             KdPlanRow      *row)
{
  KdReviewEntry *entry = lookup_review_entry (self, row);

  gtk_inscription_set_text (label, entry != NULL ? kd_plan_status_describe (kd_review_entry_get_status (entry)) : "");
}

/* The review's comment, for the grid's tooltip. */
static gboolean
review_query_tooltip (KdPlanPage *self,
                      GtkWidget  *label,
                      GtkTooltip *tooltip)
{
  KdReviewEntry *entry = lookup_review_entry (self, g_hash_table_lookup (self->review_cells, label));

  if (entry == NULL || *kd_review_entry_get_comment (entry) == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, kd_review_entry_get_comment (entry));
  return TRUE;
}

/* The column of the latest review's status shows once the plan has a review. */
static void
update_review_column (KdPlanPage *self)
{
  KdReview      *latest = self->document != NULL ? kd_plan_get_latest_review (self->document) : NULL;
  GHashTableIter iter;
  gpointer       label, row;

  g_set_object (&self->latest_review, latest);
  /* Added and removed rather than hidden: GTK 4.8 builds the cells of a hidden column too. */
  if (self->latest_review != NULL && gtk_column_view_column_get_column_view (self->review_column) == NULL)
    gtk_column_view_append_column (self->plan_view, self->review_column);
  else if (self->latest_review == NULL && gtk_column_view_column_get_column_view (self->review_column) != NULL)
    {
      gtk_column_view_remove_column (self->plan_view, self->review_column);
      g_hash_table_remove_all (self->review_cells);
    }
  g_hash_table_iter_init (&iter, self->review_cells);
  while (g_hash_table_iter_next (&iter, &label, &row))
    show_review (self, label, row);
}

static gboolean
refresh_cb (gpointer data)
{
  KdPlanPage *self = data;

  self->refresh_id = 0;
  g_date_set_time_t (&self->today, time (NULL));
  update_footer (self);
  update_names (self);
  update_review_column (self);
  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (KdPlanPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_cb, self);
}

static void
flush_refresh (KdPlanPage *self)
{
  if (self->refresh_id != 0)
    {
      g_clear_handle_id (&self->refresh_id, g_source_remove);
      refresh_cb (self);
    }
}

/* ---- filter ------------------------------------------------------------------------- */

static gboolean
match_row (gpointer item,
           gpointer data)
{
  KdPlanPage *self = data;

  return kd_plan_filter_matches (self->filter, item);
}

static void
filters_changed_cb (KdPlanPage *self)
{
  guint standard = gtk_drop_down_get_selected (self->standard_filter);
  guint criterion = gtk_drop_down_get_selected (self->criterion_filter);
  guint status = gtk_drop_down_get_selected (self->status_filter);

  kd_plan_filter_set_standard (self->filter, standard == GTK_INVALID_LIST_POSITION ? 0 : standard);
  if (criterion == CRITERION_ANY || criterion == GTK_INVALID_LIST_POSITION)
    kd_plan_filter_set_criterion (self->filter, NULL);
  else if (criterion == CRITERION_NONE)
    kd_plan_filter_set_criterion (self->filter, "");
  else
    kd_plan_filter_set_criterion (self->filter, gtk_string_list_get_string (self->criterion_codes, criterion));
  kd_plan_filter_set_status (self->filter, status == STATUS_ANY || status == GTK_INVALID_LIST_POSITION ? -1 : (int)status - 1);
  kd_plan_filter_set_owner (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->owner_filter)));
  kd_plan_filter_set_supervisor (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->supervisor_filter)));
  kd_plan_filter_set_overdue_only (self->filter, gtk_check_button_get_active (self->overdue_filter));
  kd_plan_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  kd_plan_filter_set_today (self->filter, &self->today);
  gtk_filter_changed (GTK_FILTER (self->view_filter), GTK_FILTER_CHANGE_DIFFERENT);

  /* The filter button stands out while one of its filters hides rows. */
  if (standard > 0 || criterion > 0 || status > 0 || gtk_check_button_get_active (self->overdue_filter) ||
      !kd_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->owner_filter))) ||
      !kd_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->supervisor_filter))))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "suggested-action");
  update_footer (self);
}

static void
clear_filters (KdPlanPage *self)
{
  gtk_drop_down_set_selected (self->standard_filter, STANDARD_ANY);
  gtk_drop_down_set_selected (self->criterion_filter, CRITERION_ANY);
  gtk_drop_down_set_selected (self->status_filter, STATUS_ANY);
  gtk_editable_set_text (GTK_EDITABLE (self->owner_filter), "");
  gtk_editable_set_text (GTK_EDITABLE (self->supervisor_filter), "");
  gtk_check_button_set_active (self->overdue_filter, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  filters_changed_cb (self);
}

static void
clear_filters_cb (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  KdPlanPage *self = KD_PLAN_PAGE (widget);

  clear_filters (self);
  gtk_menu_button_popdown (self->filter_button);
}

static void
stop_search_cb (KdPlanPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
fill_filter_choices (KdPlanPage *self)
{
  KdFramework *framework = self->document != NULL ? kd_document_get_framework (self->document) : NULL;
  GPtrArray   *standards = framework != NULL ? kd_framework_get_standards (framework) : NULL;
  GPtrArray   *criteria = framework != NULL ? kd_framework_get_criteria (framework) : NULL;
  g_autoptr (GtkStringList) standard_names = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) status_names = gtk_string_list_new (NULL);

  gtk_string_list_append (standard_names, _ ("Every standard"));
  for (guint i = 0; standards != NULL && i < standards->len; i++)
    {
      const KdStandardDef *standard = g_ptr_array_index (standards, i);
      g_autofree char     *name = g_strdup_printf (_ ("Standard %u"), standard->number);

      gtk_string_list_append (standard_names, name);
    }
  gtk_drop_down_set_model (self->standard_filter, G_LIST_MODEL (standard_names));

  g_clear_object (&self->criterion_codes);
  self->criterion_codes = gtk_string_list_new (NULL);
  gtk_string_list_append (self->criterion_codes, _ ("Every criterion"));
  gtk_string_list_append (self->criterion_codes, _ ("Rows without a criterion"));
  for (guint i = 0; criteria != NULL && i < criteria->len; i++)
    gtk_string_list_append (self->criterion_codes, ((KdCriterionDef *)g_ptr_array_index (criteria, i))->code);
  gtk_drop_down_set_model (self->criterion_filter, G_LIST_MODEL (self->criterion_codes));

  gtk_string_list_append (status_names, _ ("Every status"));
  for (int s = KD_PLAN_STATUS_TODO; s <= KD_PLAN_STATUS_CANCELLED; s++)
    gtk_string_list_append (status_names, kd_plan_status_describe (s));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (status_names));
}

/* ---- cells -------------------------------------------------------------------------- */

static int
column_index (KdPlanPage         *self,
              const KdPlanColumn *column)
{
  for (guint i = 0; i < self->n_columns; i++)
    if (self->columns[i] == column)
      return i;
  return -1;
}

static void
scroll_to_position (KdPlanPage *self,
                    guint       position)
{
  /* GTK 4.8 has no gtk_column_view_scroll_to (4.12): its inner list view has the action. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->plan_view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

/* Scrolls sideways so the whole cell shows (a focus change does not). */
static void
reveal_cell (KdPlanPage *self,
             GtkWidget  *cell)
{
  GtkAdjustment  *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->plan_view));
  graphene_rect_t bounds;
  double          page, value;

  if (h == NULL || !gtk_widget_compute_bounds (cell, GTK_WIDGET (self->plan_view), &bounds))
    return;
  page = gtk_adjustment_get_page_size (h);
  value = gtk_adjustment_get_value (h);
  if (bounds.origin.x < 0)
    gtk_adjustment_set_value (h, value + bounds.origin.x);
  else if (bounds.origin.x + bounds.size.width > page)
    gtk_adjustment_set_value (h, value + MIN (bounds.origin.x, bounds.origin.x + bounds.size.width - page));
}

static gboolean
focus_cell_now (KdPlanPage *self,
                KdPlanCell *cell)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (cell)))
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (cell));
  reveal_cell (self, GTK_WIDGET (cell));
  if (self->focus_edit)
    kd_plan_cell_start_editing (cell, NULL);
  g_clear_object (&self->focus_row);
  self->focus_edit = FALSE;
  return TRUE;
}

static gboolean
focus_pending_cb (gpointer data)
{
  g_autoptr (KdPlanPage) self = data;
  KdPlanCell *cell;

  if (self->focus_row == NULL || self->focus_column < 0 || self->cells == NULL)
    return G_SOURCE_REMOVE;
  cell = g_hash_table_lookup (self->cells[self->focus_column], self->focus_row);
  if (cell != NULL)
    focus_cell_now (self, cell);
  return G_SOURCE_REMOVE;
}

static guint
shown_position (KdPlanPage *self,
                gpointer    row)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (item == row)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Focuses the cell of @row in plan column @column, once its row widget exists. */
static void
focus_cell (KdPlanPage *self,
            KdPlanRow  *row,
            int         column,
            gboolean    edit)
{
  KdPlanCell *cell = g_hash_table_lookup (self->cells[column], row);
  guint       position = shown_position (self, row);

  g_set_object (&self->focus_row, row);
  self->focus_column = column;
  self->focus_edit = edit;
  if (position != GTK_INVALID_LIST_POSITION)
    scroll_to_position (self, position);
  if (cell == NULL || !focus_cell_now (self, cell))
    g_idle_add (focus_pending_cb, g_object_ref (self));
}

static void
cell_move_cb (KdPlanCell *cell,
              int         rows,
              int         columns,
              gboolean    extend,
              KdPlanPage *self)
{
  GtkListItem *list_item = kd_plan_cell_get_list_item (cell);
  int          position = gtk_list_item_get_position (list_item);
  int          column = column_index (self, kd_plan_cell_get_column (cell));
  int          n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  g_autoptr (KdPlanRow) target = NULL;

  column += columns;
  /* Tab past the last column goes on to the next row, Shift+Tab back. */
  if (column >= (int)self->n_columns)
    {
      column = 0;
      position++;
    }
  else if (column < 0)
    {
      column = self->n_columns - 1;
      position--;
    }
  position += rows;
  if (position < 0 || position >= n)
    return;
  if (extend)
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, FALSE);
  else if (rows != 0 || columns != 0)
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  target = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  focus_cell (self, target, column, FALSE);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            KdPlanPage               *self)
{
  const KdPlanColumn *column = g_object_get_data (G_OBJECT (factory), "kd-column");
  GtkWidget          *cell = kd_plan_cell_new (column, list_item, GTK_TREE_MODEL (self->names));

  g_signal_connect (cell, "move", G_CALLBACK (cell_move_cb), self);
  g_signal_connect (cell, "message", G_CALLBACK (cell_message_cb), self);
  gtk_list_item_set_child (list_item, cell);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           KdPlanPage               *self)
{
  KdPlanCell *cell = KD_PLAN_CELL (gtk_list_item_get_child (list_item));
  KdPlanRow  *row = gtk_list_item_get_item (list_item);
  int         column = column_index (self, kd_plan_cell_get_column (cell));

  kd_plan_cell_set_row (cell, row);
  if (column < 0)
    return;
  g_hash_table_insert (self->cells[column], row, cell);
  if (row == self->focus_row && column == self->focus_column)
    g_idle_add (focus_pending_cb, g_object_ref (self));
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             KdPlanPage               *self)
{
  KdPlanCell *cell = KD_PLAN_CELL (gtk_list_item_get_child (list_item));
  KdPlanRow  *row = kd_plan_cell_get_row (cell);
  int         column = column_index (self, kd_plan_cell_get_column (cell));

  if (column >= 0 && row != NULL && g_hash_table_lookup (self->cells[column], row) == cell)
    g_hash_table_remove (self->cells[column], row);
  kd_plan_cell_set_row (cell, NULL);
}

/* The marks column: an icon when a row needs attention, its reasons as the tooltip.  Rebinding
 * a row widget to a row with the same marks changes nothing. */
static void
show_marks (GtkImage   *image,
            KdPlanRow  *row,
            KdPlanPage *self)
{
  KdPlanMarks      marks = kd_plan_row_get_marks (row, &self->today);
  g_autofree char *text = NULL;

  /* Marks are stored plus one: no data means never shown. */
  if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (image), "kd-marks")) == (guint)marks + 1)
    return;
  g_object_set_data (G_OBJECT (image), "kd-marks", GUINT_TO_POINTER ((guint)marks + 1));
  gtk_widget_remove_css_class (GTK_WIDGET (image), "overdue");
  gtk_widget_remove_css_class (GTK_WIDGET (image), "missing");
  if (marks == KD_PLAN_MARK_NONE)
    {
      gtk_image_clear (image);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }
  text = kd_plan_marks_describe (marks);
  gtk_image_set_from_icon_name (image, marks & KD_PLAN_MARK_OVERDUE ? "dialog-warning-symbolic" : "dialog-information-symbolic");
  gtk_widget_add_css_class (GTK_WIDGET (image), marks & KD_PLAN_MARK_OVERDUE ? "overdue" : "missing");
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

/* The reasons of a mark, for the grid's tooltip. */
static gboolean
marks_query_tooltip (KdPlanPage *self,
                     GtkWidget  *image,
                     GtkTooltip *tooltip)
{
  KdPlanRow       *row = g_object_get_data (G_OBJECT (image), "kd-row");
  KdPlanMarks      marks = row != NULL ? kd_plan_row_get_marks (row, &self->today) : KD_PLAN_MARK_NONE;
  g_autofree char *text = NULL;

  if (marks == KD_PLAN_MARK_NONE)
    return FALSE;
  text = kd_plan_marks_describe (marks);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* One handler per row shown, for the marks and for the cells of the changed field. */
static void
marks_row_notify_cb (KdPlanRow  *row,
                     GParamSpec *pspec,
                     GtkImage   *image)
{
  KdPlanPage *self = g_object_get_data (G_OBJECT (image), "kd-page");

  show_marks (image, row, self);
  for (guint i = 0; self->cells != NULL && i < self->n_columns; i++)
    if (g_str_equal (self->columns[i]->field, pspec->name))
      {
        KdPlanCell *cell = g_hash_table_lookup (self->cells[i], row);

        if (cell != NULL)
          kd_plan_cell_update (cell);
      }
}

static void
setup_marks (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             KdPlanPage               *self)
{
  GtkWidget *image = gtk_image_new ();

  gtk_widget_add_css_class (image, "kd-plan-mark");
  g_object_set_data (G_OBJECT (image), "kd-page", self);
  gtk_list_item_set_child (list_item, image);
}

static void
bind_marks (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            KdPlanPage               *self)
{
  GtkWidget *image = gtk_list_item_get_child (list_item);
  KdPlanRow *row = gtk_list_item_get_item (list_item);
  gulong     id = g_signal_connect (row, "notify", G_CALLBACK (marks_row_notify_cb), image);

  g_object_set_data (G_OBJECT (image), "kd-row", row);
  g_object_set_data (G_OBJECT (image), "kd-handler", GSIZE_TO_POINTER (id));
  show_marks (GTK_IMAGE (image), row, self);
}

static void
unbind_marks (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              KdPlanPage               *self)
{
  GtkWidget *image = gtk_list_item_get_child (list_item);
  KdPlanRow *row = g_object_get_data (G_OBJECT (image), "kd-row");
  gulong     id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (image), "kd-handler"));

  if (row != NULL && id != 0)
    g_signal_handler_disconnect (row, id);
  g_object_set_data (G_OBJECT (image), "kd-row", NULL);
  g_object_set_data (G_OBJECT (image), "kd-handler", NULL);
}

/* The latest review's status of the row (read-only here; reviews are recorded elsewhere). */
static void
setup_review (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              KdPlanPage               *self)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_widget_set_margin_start (label, 6);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_review (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             KdPlanPage               *self)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  KdPlanRow *row = gtk_list_item_get_item (list_item);

  g_hash_table_insert (self->review_cells, label, row);
  show_review (self, GTK_INSCRIPTION (label), row);
}

static void
unbind_review (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               KdPlanPage               *self)
{
  g_hash_table_remove (self->review_cells, gtk_list_item_get_child (list_item));
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  return kd_plan_compare_column ((KdPlanRow *)a, (KdPlanRow *)b, data);
}

static GtkColumnViewColumn *
new_column (KdPlanPage *self,
            const char *title,
            GCallback   setup,
            GCallback   bind,
            GCallback   unbind)
{
  GtkListItemFactory  *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", setup, self);
  g_signal_connect (factory, "bind", bind, self);
  if (unbind != NULL)
    g_signal_connect (factory, "unbind", unbind, self);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  return column;
}

static GtkColumnViewColumn *
append_column (KdPlanPage *self,
               const char *title,
               GCallback   setup,
               GCallback   bind,
               GCallback   unbind)
{
  GtkColumnViewColumn *column = new_column (self, title, setup, bind, unbind);

  gtk_column_view_append_column (self->plan_view, column);
  g_object_unref (column); /* the view holds it */
  return column;
}

static void
build_columns (KdPlanPage  *self,
               KdPlanLayout layout)
{
  GtkColumnViewColumn *marks;
  GListModel          *existing = gtk_column_view_get_columns (self->plan_view);

  while (g_list_model_get_n_items (existing) > 0)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (existing, 0);

      gtk_column_view_remove_column (self->plan_view, column);
    }
  for (guint i = 0; self->cells != NULL && i < self->n_columns; i++)
    g_hash_table_unref (self->cells[i]);
  g_clear_pointer (&self->cells, g_free);
  g_ptr_array_set_size (self->view_columns, 0);

  self->layout = layout;
  self->columns = kd_plan_get_columns (layout, &self->n_columns);
  self->cells = g_new0 (GHashTable *, self->n_columns);

  marks = append_column (self, NULL, G_CALLBACK (setup_marks), G_CALLBACK (bind_marks), G_CALLBACK (unbind_marks));
  gtk_column_view_column_set_fixed_width (marks, 32);
  gtk_column_view_column_set_resizable (marks, FALSE);
  for (guint i = 0; i < self->n_columns; i++)
    {
      const KdPlanColumn  *plan_column = self->columns[i];
      GtkColumnViewColumn *column = append_column (self, _ (plan_column->title), G_CALLBACK (setup_cell),
                                                   G_CALLBACK (bind_cell), G_CALLBACK (unbind_cell));
      g_autoptr (GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows, (gpointer)plan_column, NULL));

      g_object_set_data (G_OBJECT (gtk_column_view_column_get_factory (column)), "kd-column", (gpointer)plan_column);
      gtk_column_view_column_set_sorter (column, sorter);
      /* A fixed width in pixels would cut the headers at large text sizes: the cells ask for
       * a number of characters instead (kd_plan_cell_new), and the user can resize. */
      gtk_column_view_column_set_expand (column, plan_column->kind == KD_PLAN_CELL_LONG_TEXT);
      g_ptr_array_add (self->view_columns, column);
      self->cells[i] = g_hash_table_new (NULL, NULL);
    }
  g_hash_table_remove_all (self->review_cells);
  g_clear_object (&self->review_column);
  self->review_column = new_column (self, _ ("Latest review"), G_CALLBACK (setup_review), G_CALLBACK (bind_review),
                                    G_CALLBACK (unbind_review));
  if (self->latest_review != NULL)
    gtk_column_view_append_column (self->plan_view, self->review_column);
}

/* ---- selection and row commands ------------------------------------------------------ */

/* The rows the commands act on: the selected rows in the order shown, or the row of the focused
 * cell when nothing is selected. */
static GPtrArray *
selected_rows (KdPlanPage *self)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GtkBitsetIter iter;
  guint         position;
  GtkRoot      *root;
  GtkWidget    *focus;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (rows, g_list_model_get_item (G_LIST_MODEL (self->selection), position));
  if (rows->len > 0)
    return rows;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  while (focus != NULL && !KD_IS_PLAN_CELL (focus))
    focus = gtk_widget_get_parent (focus);
  if (focus != NULL && kd_plan_cell_get_row (KD_PLAN_CELL (focus)) != NULL)
    g_ptr_array_add (rows, g_object_ref (kd_plan_cell_get_row (KD_PLAN_CELL (focus))));
  return rows;
}

static void
select_rows (KdPlanPage *self,
             GPtrArray  *rows)
{
  g_autoptr (GtkBitset) wanted = gtk_bitset_new_empty ();
  g_autoptr (GtkBitset) mask = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      guint position = shown_position (self, g_ptr_array_index (rows, i));

      if (position != GTK_INVALID_LIST_POSITION)
        gtk_bitset_add (wanted, position);
    }
  mask = gtk_bitset_new_range (0, n);
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), wanted, mask);
}

/* Where new rows go in the document: after the last of @rows, or at the end. */
static guint
position_after (KdPlanPage *self,
                GPtrArray  *rows)
{
  GListModel *plan = kd_document_get_plan (self->document);
  guint       after = g_list_model_get_n_items (plan);
  gboolean    found = FALSE;

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      guint position;

      if (g_list_store_find (G_LIST_STORE (plan), g_ptr_array_index (rows, i), &position) && (!found || position + 1 > after))
        {
          after = position + 1;
          found = TRUE;
        }
    }
  return after;
}

static gboolean
can_edit (KdPlanPage *self)
{
  return self->document != NULL && kd_document_is_editable (self->document);
}

static void
add_row_cb (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  KdPlanPage *self = KD_PLAN_PAGE (widget);
  g_autoptr (GPtrArray) rows = NULL;
  guint       criterion = gtk_drop_down_get_selected (self->criterion_filter);
  const char *code = NULL;
  KdPlanRow  *row;

  if (!can_edit (self))
    return;
  rows = selected_rows (self);
  if (criterion != CRITERION_ANY && criterion != CRITERION_NONE && criterion != GTK_INVALID_LIST_POSITION)
    code = gtk_string_list_get_string (self->criterion_codes, criterion);
  /* A filter would hide the new row: show everything, keeping the criterion it was made for. */
  clear_filters (self);
  row = kd_plan_insert_row (self->document, position_after (self, rows), code);
  g_ptr_array_set_size (rows, 0);
  g_ptr_array_add (rows, g_object_ref (row));
  select_rows (self, rows);
  focus_cell (self, row, 0, FALSE);
}

static void
delete_rows_cb (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  KdPlanPage *self = KD_PLAN_PAGE (widget);
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *message = NULL;

  if (!can_edit (self))
    return;
  rows = selected_rows (self);
  if (rows->len == 0)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self->plan_view));
  kd_plan_remove_rows (self->document, rows);
  message = g_strdup_printf (_ ("Deleted %u rows. Ctrl+Z brings them back."), rows->len);
  show_message (self, message, FALSE);
}

static void
duplicate_rows_cb (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  KdPlanPage *self = KD_PLAN_PAGE (widget);
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GPtrArray) copies = NULL;

  if (!can_edit (self))
    return;
  rows = selected_rows (self);
  copies = kd_plan_duplicate_rows (self->document, rows);
  select_rows (self, copies);
}

static void
move_rows (KdPlanPage *self,
           int         direction)
{
  g_autoptr (GPtrArray) rows = NULL;

  if (!can_edit (self))
    return;
  rows = selected_rows (self);
  if (rows->len == 0)
    return;
  /* Moving changes the plan's own order, which a sorted view does not show. */
  if (gtk_sorter_get_order (gtk_column_view_get_sorter (self->plan_view)) != GTK_SORTER_ORDER_NONE)
    {
      gtk_column_view_sort_by_column (self->plan_view, NULL, GTK_SORT_ASCENDING);
      show_message (self, _ ("The rows are shown in the order of the plan again, so that they can be moved."), FALSE);
    }
  if (kd_plan_move_rows (self->document, rows, direction))
    select_rows (self, rows);
}

static void
move_up_cb (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  move_rows (KD_PLAN_PAGE (widget), -1);
}

static void
move_down_cb (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  move_rows (KD_PLAN_PAGE (widget), 1);
}

/* ---- copy and paste ----------------------------------------------------------------- */

static void
copy_cb (GtkWidget  *widget,
         const char *action,
         GVariant   *parameter)
{
  KdPlanPage *self = KD_PLAN_PAGE (widget);
  g_autoptr (GPtrArray) rows = selected_rows (self);
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;

  if (rows->len == 0)
    return;
  text = kd_plan_rows_to_tsv (rows, self->columns, self->n_columns, FALSE);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  message = g_strdup_printf (_ ("Copied %u rows: paste them into a spreadsheet, or here."), rows->len);
  show_message (self, message, FALSE);
}

static void
dialog_done_cb (gpointer    data,
                GPtrArray  *rows,
                const char *message)
{
  KdPlanPage *self = data;

  select_rows (self, rows);
  if (rows != NULL && rows->len > 0)
    {
      guint position = shown_position (self, g_ptr_array_index (rows, 0));

      if (position != GTK_INVALID_LIST_POSITION)
        scroll_to_position (self, position);
    }
  show_message (self, message, FALSE);
}

static void
present_dialog (KdPlanPage *self,
                GtkWindow  *dialog)
{
  g_set_weak_pointer (&self->dialog, GTK_WIDGET (dialog));
  gtk_window_present (dialog);
}

static void
paste_text (KdPlanPage *self,
            const char *text,
            gboolean    over_selection)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KdPlanPaste) paste = NULL;
  g_autoptr (GPtrArray) targets = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree int *mapping = NULL;
  gboolean        matches;
  guint           position;

  if (!can_edit (self))
    return;
  paste = kd_plan_paste_parse (text != NULL ? text : "", &error);
  if (paste == NULL)
    {
      show_message (self, error->message, TRUE);
      return;
    }
  targets = over_selection ? selected_rows (self) : g_ptr_array_new_with_free_func (g_object_unref);
  position = position_after (self, targets);
  mapping = kd_plan_paste_guess_mapping (paste, self->columns, self->n_columns, &matches);
  if (!matches)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      present_dialog (self, kd_plan_paste_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->document,
                                                      g_steal_pointer (&paste), self->columns, self->n_columns, mapping,
                                                      targets, position, dialog_done_cb, self));
      return;
    }
  rows = kd_plan_paste_apply (self->document, paste, self->columns, mapping, targets, position, &error);
  if (rows == NULL)
    {
      show_message (self, error->message, TRUE);
      return;
    }
  {
    g_autofree char *message = g_strdup_printf (_ ("Pasted %u rows. Ctrl+Z undoes the paste."), rows->len);

    dialog_done_cb (self, rows, message);
  }
}

typedef struct
{
  KdPlanPage *page;
  gboolean    over_selection;
} PasteRequest;

static void
clipboard_text_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  PasteRequest *request = data;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (request->page != NULL)
    {
      if (text == NULL)
        show_message (request->page, _ ("The clipboard holds no text. Copy cells from a spreadsheet first."), TRUE);
      else
        paste_text (request->page, text, request->over_selection);
      g_clear_weak_pointer (&request->page);
    }
  g_free (request);
}

static void
paste_cb (GtkWidget  *widget,
          const char *action,
          GVariant   *parameter)
{
  PasteRequest *request = g_new0 (PasteRequest, 1);

  g_set_weak_pointer (&request->page, KD_PLAN_PAGE (widget));
  request->over_selection = g_str_equal (action, "plan.paste");
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, clipboard_text_cb, request);
}

static void
generate_cb (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  KdPlanPage *self = KD_PLAN_PAGE (widget);
  GtkRoot    *root = gtk_widget_get_root (widget);

  if (!can_edit (self))
    return;
  present_dialog (self, kd_plan_generate_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->document,
                                                     dialog_done_cb, self));
}

/* A cell that gets the focus (a click, the keyboard) is scrolled fully into view. */
static void
focus_widget_cb (KdPlanPage *self,
                 GParamSpec *pspec,
                 GtkRoot    *root)
{
  GtkWidget *focus = gtk_root_get_focus (root);

  while (focus != NULL && !KD_IS_PLAN_CELL (focus))
    focus = gtk_widget_get_parent (focus);
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->plan_view)))
    reveal_cell (self, focus);
}

/* ---- sort and search: the rows shown replaced ------------------------------------------ */

/* The new rows are in front of the old ones (KdPlanViewModel): the selected rows stay selected, the
 * grid moves to the top, reusing its row widgets for the new rows, and a focused cell keeps the
 * focus on its row. */
static void
rows_replacing_cb (KdPlanPage *self,
                   gboolean    done)
{
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (self->selection);
  guint              n_new = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));

  if (done)
    {
      g_autoptr (KdPlanRow) row = g_steal_pointer (&self->replaced_focus_row);

      if (row != NULL && shown_position (self, row) != GTK_INVALID_LIST_POSITION)
        focus_cell (self, row, self->replaced_focus_column, FALSE);
      return;
    }

  {
    g_autoptr (GtkBitset) selected = gtk_selection_model_get_selection (selection);
    g_autoptr (GHashTable) rows = g_hash_table_new (NULL, NULL);
    g_autoptr (GtkBitset) wanted = gtk_bitset_new_empty ();
    g_autoptr (GtkBitset) mask = gtk_bitset_new_range (0, n_new);
    GtkBitsetIter iter;
    guint         position;

    for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
         more = gtk_bitset_iter_next (&iter, &position))
      {
        g_autoptr (GObject) row = g_list_model_get_item (G_LIST_MODEL (selection), position);

        g_hash_table_add (rows, row);
      }
    for (guint i = 0; g_hash_table_size (rows) > 0 && i < n_new; i++)
      {
        g_autoptr (GObject) row = g_list_model_get_item (G_LIST_MODEL (selection), i);

        if (g_hash_table_contains (rows, row))
          gtk_bitset_add (wanted, i);
      }
    if (!gtk_bitset_is_empty (wanted))
      gtk_selection_model_set_selection (selection, wanted, mask);
  }
  {
    GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
    GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
    GtkWidget *cell = focus != NULL ? gtk_widget_get_ancestor (focus, KD_TYPE_PLAN_CELL) : NULL;

    g_clear_object (&self->replaced_focus_row);
    if (cell != NULL && gtk_widget_is_ancestor (cell, GTK_WIDGET (self->plan_view)) &&
        kd_plan_cell_get_row (KD_PLAN_CELL (cell)) != NULL)
      {
        /* Its row widget goes with the old rows: what was typed is written first, as when the
         * focus leaves the cell (a refused text is dropped, the row unchanged). */
        if (kd_plan_cell_is_editing (KD_PLAN_CELL (cell)) &&
            (!kd_plan_cell_commit (KD_PLAN_CELL (cell)) || kd_plan_cell_is_editing (KD_PLAN_CELL (cell))))
          kd_plan_cell_cancel (KD_PLAN_CELL (cell));
        self->replaced_focus_row = g_object_ref (kd_plan_cell_get_row (KD_PLAN_CELL (cell)));
        self->replaced_focus_column = column_index (self, kd_plan_cell_get_column (KD_PLAN_CELL (cell)));
      }
  }
  if (n_new > 0)
    scroll_to_position (self, 0);
}

/* ---- the grid's keys, clicks and tooltips --------------------------------------------- */

/* One key controller, one click gesture and one tooltip handler for every cell of the grid: per
 * cell, they doubled what building a row costs (docs/PERFORMANCE.md).  Keys reach the cell that
 * has the focus, in the capture phase so that the cell still answers before the list does. */
static gboolean
view_key_pressed_cb (KdPlanPage     *self,
                     guint           keyval,
                     guint           keycode,
                     GdkModifierType state)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !KD_IS_PLAN_CELL (focus))
    return FALSE;
  return kd_plan_cell_handle_key (KD_PLAN_CELL (focus), keyval, state);
}

/* The widget of the grid at (@x, @y), and in @cell the plan cell it belongs to, if any. */
static GtkWidget *
pick_in_view (KdPlanPage *self,
              double      x,
              double      y,
              GtkWidget **cell)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->plan_view), x, y, GTK_PICK_DEFAULT);

  *cell = picked != NULL ? gtk_widget_get_ancestor (picked, KD_TYPE_PLAN_CELL) : NULL;
  return picked;
}

static void
view_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 KdPlanPage      *self)
{
  GtkWidget      *cell;
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  pick_in_view (self, x, y, &cell);
  if (cell == NULL)
    return;
  /* A second press counts as a double click only on the cell of the first. */
  if (n_press > 1 && cell != self->pressed_cell)
    n_press = 1;
  self->pressed_cell = cell;
  if (kd_plan_cell_handle_press (KD_PLAN_CELL (cell), n_press, state))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static gboolean
view_query_tooltip_cb (KdPlanPage *self,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip)
{
  GtkWidget      *cell;
  GtkWidget      *picked = pick_in_view (self, x, y, &cell);
  gboolean        shown = FALSE;
  graphene_rect_t bounds;

  if (keyboard)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      picked = root != NULL ? gtk_root_get_focus (root) : NULL;
      cell = picked != NULL && KD_IS_PLAN_CELL (picked) ? picked : NULL;
    }
  if (cell != NULL)
    {
      shown = kd_plan_cell_query_tooltip (KD_PLAN_CELL (cell), tooltip);
      picked = cell;
    }
  else if (picked != NULL && GTK_IS_IMAGE (picked) && gtk_widget_has_css_class (picked, "kd-plan-mark"))
    shown = marks_query_tooltip (self, picked, tooltip);
  else if (picked != NULL && g_hash_table_contains (self->review_cells, picked))
    shown = review_query_tooltip (self, picked, tooltip);
  /* Asked again when the pointer leaves the cell. */
  if (shown && gtk_widget_compute_bounds (picked, GTK_WIDGET (self->plan_view), &bounds))
    gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle){ bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height });
  return shown;
}

static void
kd_plan_page_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kd_plan_page_parent_class)->root (widget);
  g_signal_connect_object (gtk_widget_get_root (widget), "notify::focus-widget", G_CALLBACK (focus_widget_cb), widget,
                           G_CONNECT_SWAPPED);
}

static void
kd_plan_page_unroot (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_root (widget), focus_widget_cb, widget);
  GTK_WIDGET_CLASS (kd_plan_page_parent_class)->unroot (widget);
}

static void
reviews_cb (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  KdPlanPage *self = KD_PLAN_PAGE (widget);
  GtkRoot    *root = gtk_widget_get_root (widget);

  /* Also in a document that cannot be changed: the reviews are there to read. */
  if (self->document == NULL)
    return;
  present_dialog (self, kd_plan_reviews_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->document));
}

/* ---- document ----------------------------------------------------------------------- */

static void
update_actions (KdPlanPage *self)
{
  static const char *const editing[] = { "plan.add", "plan.delete", "plan.duplicate", "plan.move-up", "plan.move-down",
                                         "plan.paste", "plan.paste-new", "plan.generate" };
  gboolean                 editable = can_edit (self);

  for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), editing[i], editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.copy", self->document != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.reviews", self->document != NULL);
}

static void
set_document (KdPlanPage *self,
              KdDocument *document)
{
  KdPlanLayout layout;

  if (self->document == document)
    return;
  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_object (&self->focus_row);
  g_clear_object (&self->latest_review);
  g_set_object (&self->document, document);

  gtk_filter_list_model_set_model (self->filtered, NULL);
  kd_plan_filter_free (self->filter);
  self->filter = kd_plan_filter_new (document != NULL ? kd_document_get_framework (document) : NULL);
  layout = document != NULL ? kd_framework_get_plan_layout (kd_document_get_framework (document)) : KD_PLAN_LAYOUT_5932;
  if (layout != self->layout || self->columns == NULL)
    build_columns (self, layout);
  fill_filter_choices (self);
  clear_filters (self);
  show_message (self, NULL, FALSE);
  if (document != NULL)
    self->changed_id = g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_filter_list_model_set_model (self->filtered, document != NULL ? kd_document_get_plan (document) : NULL);
  refresh_cb (self);
  update_actions (self);
  g_object_notify (G_OBJECT (self), "document");
}

/* ---- KdPage ------------------------------------------------------------------------- */

static gboolean
kd_plan_page_start_search (KdPage *page)
{
  KdPlanPage *self = KD_PLAN_PAGE (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

static void
kd_plan_page_iface_init (KdPageInterface *iface)
{
  iface->start_search = kd_plan_page_start_search;
}

/* ---- for tests ---------------------------------------------------------------------- */

GListModel *
_kd_plan_page_get_shown (KdPlanPage *self)
{
  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  return G_LIST_MODEL (self->selection);
}

GtkColumnView *
_kd_plan_page_get_view (KdPlanPage *self)
{
  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  return self->plan_view;
}

/* The cell of the row shown at @position in the column of @field, scrolled into view. */
KdPlanCell *
_kd_plan_page_get_cell (KdPlanPage *self,
                        guint       position,
                        const char *field)
{
  g_autoptr (KdPlanRow) row = NULL;

  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (row == NULL)
    return NULL;
  scroll_to_position (self, position);
  for (guint i = 0; i < self->n_columns; i++)
    if (g_str_equal (self->columns[i]->field, field))
      {
        KdPlanCell *cell = g_hash_table_lookup (self->cells[i], row);

        if (cell != NULL)
          reveal_cell (self, GTK_WIDGET (cell));
        return cell;
      }
  return NULL;
}

gboolean
_kd_plan_page_sort_by (KdPlanPage *self,
                       const char *field,
                       GtkSortType order)
{
  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), FALSE);
  for (guint i = 0; i < self->n_columns; i++)
    if (g_str_equal (self->columns[i]->field, field))
      {
        gtk_column_view_sort_by_column (self->plan_view, g_ptr_array_index (self->view_columns, i), order);
        return TRUE;
      }
  return FALSE;
}

GtkEditable *
_kd_plan_page_get_search (KdPlanPage *self)
{
  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

GtkDropDown *
_kd_plan_page_get_status_filter (KdPlanPage *self)
{
  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  return self->status_filter;
}

GtkEditable *
_kd_plan_page_get_owner_filter (KdPlanPage *self)
{
  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  return GTK_EDITABLE (self->owner_filter);
}

GtkCheckButton *
_kd_plan_page_get_overdue_filter (KdPlanPage *self)
{
  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  return self->overdue_filter;
}

const char *
_kd_plan_page_get_footer (KdPlanPage *self)
{
  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  flush_refresh (self);
  return gtk_label_get_text (self->footer_label);
}

/* The message shown above the grid, or NULL when none is. */
const char *
_kd_plan_page_get_message (KdPlanPage *self)
{
  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  return gtk_revealer_get_reveal_child (self->message_revealer) ? gtk_label_get_text (self->message_label) : NULL;
}

GtkWindow *
_kd_plan_page_get_dialog (KdPlanPage *self)
{
  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  return self->dialog != NULL ? GTK_WINDOW (self->dialog) : NULL;
}

void
_kd_plan_page_select (KdPlanPage *self,
                      guint       position,
                      guint       n)
{
  g_return_if_fail (KD_IS_PLAN_PAGE (self));
  gtk_selection_model_select_range (GTK_SELECTION_MODEL (self->selection), position, n, TRUE);
}

/* The text of the latest review's cell of the row shown at @position, or NULL when the column
 * is hidden or the row not built. */
const char *
_kd_plan_page_get_review_text (KdPlanPage *self,
                               guint       position)
{
  g_autoptr (KdPlanRow) row = NULL;
  GHashTableIter iter;
  gpointer       label, bound;

  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  flush_refresh (self);
  row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (row == NULL || gtk_column_view_column_get_column_view (self->review_column) == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, self->review_cells);
  while (g_hash_table_iter_next (&iter, &label, &bound))
    if (bound == row)
      return gtk_inscription_get_text (label) != NULL ? gtk_inscription_get_text (label) : "";
  return NULL;
}

/* The marks of the row shown at @position, as its tooltip says them ("" when none). */
char *
_kd_plan_page_dup_marks (KdPlanPage *self,
                         guint       position)
{
  g_autoptr (KdPlanRow) row = NULL;

  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  return row != NULL ? kd_plan_marks_describe (kd_plan_row_get_marks (row, &self->today)) : NULL;
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
kd_plan_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KdPlanPage *self = KD_PLAN_PAGE (object);

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
kd_plan_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  switch (prop_id)
    {
      case PROP_DOCUMENT:
        set_document (KD_PLAN_PAGE (object), g_value_get_object (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kd_plan_page_dispose (GObject *object)
{
  KdPlanPage *self = KD_PLAN_PAGE (object);

  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_weak_pointer (&self->dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), KD_TYPE_PLAN_PAGE);
  kd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->document);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->selection);
  g_clear_object (&self->view_filter);
  g_clear_object (&self->names);
  g_clear_object (&self->criterion_codes);
  g_clear_object (&self->focus_row);
  g_clear_object (&self->replaced_focus_row);
  g_clear_object (&self->latest_review);
  g_clear_object (&self->review_column);
  for (guint i = 0; self->cells != NULL && i < self->n_columns; i++)
    g_hash_table_unref (self->cells[i]);
  g_clear_pointer (&self->cells, g_free);
  g_clear_pointer (&self->view_columns, g_ptr_array_unref);
  g_clear_pointer (&self->review_cells, g_hash_table_unref);
  G_OBJECT_CLASS (kd_plan_page_parent_class)->dispose (object);
}

static void
kd_plan_page_finalize (GObject *object)
{
  kd_plan_filter_free (KD_PLAN_PAGE (object)->filter);
  G_OBJECT_CLASS (kd_plan_page_parent_class)->finalize (object);
}

static void
kd_plan_page_class_init (KdPlanPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_plan_page_dispose;
  object_class->finalize = kd_plan_page_finalize;
  object_class->get_property = kd_plan_page_get_property;
  object_class->set_property = kd_plan_page_set_property;
  widget_class->root = kd_plan_page_root;
  widget_class->unroot = kd_plan_page_unroot;
  g_object_class_override_property (object_class, PROP_DOCUMENT, "document");
  kd_page_class_set_section (object_class, N_ ("Improvement plan"), "view-list-symbolic");

  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, criterion_filter);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, footer_label);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, message_box);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, overdue_filter);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, owner_filter);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, plan_view);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, standard_filter);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, supervisor_filter);

  gtk_widget_class_install_action (widget_class, "plan.add", NULL, add_row_cb);
  gtk_widget_class_install_action (widget_class, "plan.delete", NULL, delete_rows_cb);
  gtk_widget_class_install_action (widget_class, "plan.duplicate", NULL, duplicate_rows_cb);
  gtk_widget_class_install_action (widget_class, "plan.move-up", NULL, move_up_cb);
  gtk_widget_class_install_action (widget_class, "plan.move-down", NULL, move_down_cb);
  gtk_widget_class_install_action (widget_class, "plan.copy", NULL, copy_cb);
  gtk_widget_class_install_action (widget_class, "plan.paste", NULL, paste_cb);
  gtk_widget_class_install_action (widget_class, "plan.paste-new", NULL, paste_cb);
  gtk_widget_class_install_action (widget_class, "plan.generate", NULL, generate_cb);
  gtk_widget_class_install_action (widget_class, "plan.reviews", NULL, reviews_cb);
  gtk_widget_class_install_action (widget_class, "plan.clear-filters", NULL, clear_filters_cb);
  gtk_widget_class_install_action (widget_class, "plan.hide-message", NULL, hide_message_cb);

  /* In the bubble phase: an entry being edited keeps its own Ctrl+C / Ctrl+V. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK, "plan.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK, "plan.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "plan.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "plan.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "plan.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "plan.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "plan.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "plan.paste-new", NULL);
}

static void
kd_plan_page_init (KdPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&self->today, 1);
  g_date_set_time_t (&self->today, time (NULL));
  self->view_columns = g_ptr_array_new ();
  self->review_cells = g_hash_table_new (NULL, NULL);
  self->names = gtk_list_store_new (1, G_TYPE_STRING);
  kd_plan_complete_names (self->owner_filter, GTK_TREE_MODEL (self->names));
  kd_plan_complete_names (self->supervisor_filter, GTK_TREE_MODEL (self->names));
  self->filter = kd_plan_filter_new (NULL);
  self->focus_column = -1;

  self->view_filter = gtk_custom_filter_new (match_row, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->view_filter)));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->plan_view)));
  {
    KdPlanViewModel *shown = kd_plan_view_model_new (G_LIST_MODEL (g_object_ref (self->sorted)));

    g_signal_connect_object (shown, "replacing", G_CALLBACK (rows_replacing_cb), self, G_CONNECT_SWAPPED);
    self->selection = gtk_multi_selection_new (G_LIST_MODEL (shown));
  }
  gtk_column_view_set_model (self->plan_view, GTK_SELECTION_MODEL (self->selection));
  build_columns (self, KD_PLAN_LAYOUT_5932);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();
    GtkGesture         *click = gtk_gesture_click_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (view_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->plan_view), keys);
    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
    g_signal_connect (click, "pressed", G_CALLBACK (view_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->plan_view), GTK_EVENT_CONTROLLER (click));
    gtk_widget_set_has_tooltip (GTK_WIDGET (self->plan_view), TRUE);
    g_signal_connect_swapped (self->plan_view, "query-tooltip", G_CALLBACK (view_query_tooltip_cb), self);
  }

  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_footer), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (filters_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (stop_search_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->standard_filter, "notify::selected", G_CALLBACK (filters_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->criterion_filter, "notify::selected", G_CALLBACK (filters_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_filter, "notify::selected", G_CALLBACK (filters_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->owner_filter, "changed", G_CALLBACK (filters_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->supervisor_filter, "changed", G_CALLBACK (filters_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->overdue_filter, "toggled", G_CALLBACK (filters_changed_cb), self, G_CONNECT_SWAPPED);
  fill_filter_choices (self);
  update_actions (self);
}

GtkWidget *
kd_plan_page_new (void)
{
  return g_object_new (KD_TYPE_PLAN_PAGE, NULL);
}
