/* kd-plan-page.c
 *
 * The plan can hold thousands of rows.  The grid (KdPlanGrid) is the direct child of its
 * GtkScrolledWindow, so its list builds row widgets only around what is visible; each row is one
 * KdPlanLine drawing all its cells, bound to its row without building anything, and a cell
 * becomes a KdPlanCell (an editor while edited) only when focused, clicked or edited.  The grid
 * has one key controller, one click gesture, one tooltip handler, and one change handler per
 * shown row.  The models: the document's plan → GtkFilterListModel (core's KdPlanFilter) →
 * GtkSortListModel (core's Vietnamese order, chosen in the grid's header) → KdPlanViewModel (a
 * sort or a search reuses the row widgets) → GtkMultiSelection.  Every rule — marks, totals,
 * filter, order, paste, proposals — is core's.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-plan-dialogs.h"
#include "kd-plan-line.h"
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
  KdPlanGrid     *plan_grid;
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
  GDate                      today;
  const KdPlanColumn *const *columns;
  guint                      n_columns;
  KdPlanLayout               layout;
  gpointer                   pressed_cell;       /* compared only: where the last press was */
  KdPlanRow                 *replaced_focus_row; /* the focused row while a sort or search replaces the rows */
  int                        replaced_focus_column;
  GHashTable                *lines;       /* KdPlanRow → the KdPlanLine showing it */
  char                      *review_text; /* for tests */
  KdPlanRow                 *focus_row;   /* a cell to focus once bound (added row, keyboard move) */
  int                        focus_column;
  gboolean                   focus_edit;
  int                        last_column; /* of the cell last focused: a row given the focus hands it on there */
  GtkWidget                 *dialog;      /* weak */
  KdAfterPaint               rest_wait;   /* for the rows that wait for the first frame */
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
  KdReview *latest = kd_plan_grid_get_review (self->plan_grid);

  return latest != NULL && row != NULL ? kd_review_lookup_entry (latest, kd_item_get_id (KD_ITEM (row))) : NULL;
}

/* The review's comment, for the grid's tooltip. */
static gboolean
review_query_tooltip (KdPlanPage *self,
                      KdPlanRow  *row,
                      GtkTooltip *tooltip)
{
  KdReviewEntry *entry = lookup_review_entry (self, row);

  if (entry == NULL || *kd_review_entry_get_comment (entry) == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, kd_review_entry_get_comment (entry));
  return TRUE;
}

/* The column of the latest review's status shows once the plan has a review. */
static void
update_review_column (KdPlanPage *self)
{
  kd_plan_grid_set_review (self->plan_grid, self->document != NULL ? kd_plan_get_latest_review (self->document) : NULL);
}

static gboolean
refresh_cb (gpointer data)
{
  KdPlanPage *self = data;

  self->refresh_id = 0;
  g_date_set_time_t (&self->today, time (NULL));
  kd_plan_grid_set_today (self->plan_grid, &self->today);
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

/* The criterion the filter asks for: NULL for every one, "" for the rows without one.  The
 * choices are there only once the filter popover has been opened (prepare_filter_popover). */
static const char *
chosen_criterion (KdPlanPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->criterion_filter);

  if (selected == CRITERION_ANY || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  if (selected == CRITERION_NONE)
    return "";
  return gtk_string_object_get_string (GTK_STRING_OBJECT (gtk_drop_down_get_selected_item (self->criterion_filter)));
}

static void
filters_changed_cb (KdPlanPage *self)
{
  guint standard = gtk_drop_down_get_selected (self->standard_filter);
  guint criterion = gtk_drop_down_get_selected (self->criterion_filter);
  guint status = gtk_drop_down_get_selected (self->status_filter);

  kd_plan_filter_set_standard (self->filter, standard == GTK_INVALID_LIST_POSITION ? 0 : standard);
  kd_plan_filter_set_criterion (self->filter, chosen_criterion (self));
  kd_plan_filter_set_status (self->filter, status == STATUS_ANY || status == GTK_INVALID_LIST_POSITION ? -1 : (int)status - 1);
  kd_plan_filter_set_owner (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->owner_filter)));
  kd_plan_filter_set_supervisor (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->supervisor_filter)));
  kd_plan_filter_set_overdue_only (self->filter, gtk_check_button_get_active (self->overdue_filter));
  kd_plan_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  kd_plan_filter_set_today (self->filter, &self->today);
  /* Without a filter every row shows, and GTK does not look at each of them. */
  if (kd_plan_filter_is_empty (self->filter))
    gtk_filter_list_model_set_filter (self->filtered, NULL);
  else if (gtk_filter_list_model_get_filter (self->filtered) == NULL)
    gtk_filter_list_model_set_filter (self->filtered, GTK_FILTER (self->view_filter));
  else
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

/* The drop-downs' choices belong to the document's framework: they go with it, and are made again
 * when the popover next opens. */
static void
drop_filter_choices (KdPlanPage *self)
{
  gtk_drop_down_set_model (self->standard_filter, NULL);
  gtk_drop_down_set_model (self->criterion_filter, NULL);
  gtk_drop_down_set_model (self->status_filter, NULL);
}

/* What the filter popover holds beyond its widgets is made when it opens: each drop-down builds a
 * widget for every choice at once (6 % of the work of showing a plan, callgrind of bench-plan),
 * and a name entry's completion its own popover and tree view. */
static void
prepare_filter_popover (KdPlanPage *self)
{
  KdFramework *framework = self->document != NULL ? kd_document_get_framework (self->document) : NULL;
  GPtrArray   *standards = framework != NULL ? kd_framework_get_standards (framework) : NULL;
  GPtrArray   *criteria = framework != NULL ? kd_framework_get_criteria (framework) : NULL;
  g_autoptr (GtkStringList) standard_names = NULL;
  g_autoptr (GtkStringList) criterion_codes = NULL;
  g_autoptr (GtkStringList) status_names = NULL;

  if (gtk_entry_get_completion (self->owner_filter) == NULL)
    {
      kd_plan_complete_names (self->owner_filter, GTK_TREE_MODEL (self->names));
      kd_plan_complete_names (self->supervisor_filter, GTK_TREE_MODEL (self->names));
    }
  if (gtk_drop_down_get_model (self->criterion_filter) != NULL)
    return;
  standard_names = gtk_string_list_new (NULL);
  gtk_string_list_append (standard_names, _ ("Every standard"));
  for (guint i = 0; standards != NULL && i < standards->len; i++)
    {
      const KdStandardDef *standard = g_ptr_array_index (standards, i);
      g_autofree char     *name = g_strdup_printf (_ ("Standard %u"), standard->number);

      gtk_string_list_append (standard_names, name);
    }
  gtk_drop_down_set_model (self->standard_filter, G_LIST_MODEL (standard_names));

  criterion_codes = gtk_string_list_new (NULL);
  gtk_string_list_append (criterion_codes, _ ("Every criterion"));
  gtk_string_list_append (criterion_codes, _ ("Rows without a criterion"));
  for (guint i = 0; criteria != NULL && i < criteria->len; i++)
    gtk_string_list_append (criterion_codes, ((KdCriterionDef *)g_ptr_array_index (criteria, i))->code);
  gtk_drop_down_set_model (self->criterion_filter, G_LIST_MODEL (criterion_codes));

  status_names = gtk_string_list_new (NULL);
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
  gtk_widget_activate_action (GTK_WIDGET (kd_plan_grid_get_list_view (self->plan_grid)), "list.scroll-to-item", "u", position);
}

/* Scrolls sideways so the whole cell shows (a focus change does not). */
static void
reveal_cell (KdPlanPage *self,
             GtkWidget  *cell)
{
  GtkAdjustment  *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->plan_grid));
  graphene_rect_t bounds;
  double          page, value;

  if (h == NULL || !gtk_widget_compute_bounds (cell, GTK_WIDGET (self->plan_grid), &bounds))
    return;
  page = gtk_adjustment_get_page_size (h);
  value = gtk_adjustment_get_value (h);
  if (bounds.origin.x < 0)
    gtk_adjustment_set_value (h, value + bounds.origin.x);
  else if (bounds.origin.x + bounds.size.width > page)
    gtk_adjustment_set_value (h, value + MIN (bounds.origin.x, bounds.origin.x + bounds.size.width - page));
}

/* The cell of @row in plan column @column, made real if its row is on screen. */
static KdPlanCell *
cell_of (KdPlanPage *self,
         KdPlanRow  *row,
         int         column)
{
  KdPlanLine *line = row != NULL ? g_hash_table_lookup (self->lines, row) : NULL;

  return line != NULL ? kd_plan_line_ensure_cell (line, column) : NULL;
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

static void
pending_cell_mapped_cb (KdPlanCell *cell,
                        KdPlanPage *self)
{
  g_signal_handlers_disconnect_by_func (cell, pending_cell_mapped_cb, self);
  if (self->focus_row != NULL && kd_plan_cell_get_row (cell) == self->focus_row)
    focus_cell_now (self, cell);
}

/* Focuses @cell now, or once it is on screen: a row just bound or scrolled to is laid out at the
 * next frame. */
static void
focus_cell_when_mapped (KdPlanPage *self,
                        KdPlanCell *cell)
{
  if (focus_cell_now (self, cell))
    return;
  g_signal_handlers_disconnect_by_func (cell, pending_cell_mapped_cb, self);
  g_signal_connect_object (cell, "map", G_CALLBACK (pending_cell_mapped_cb), self, 0);
}

static gboolean
focus_pending_cb (gpointer data)
{
  g_autoptr (KdPlanPage) self = data;
  KdPlanCell *cell;

  if (self->focus_row == NULL || self->focus_column < 0)
    return G_SOURCE_REMOVE;
  cell = cell_of (self, self->focus_row, self->focus_column);
  if (cell != NULL)
    focus_cell_when_mapped (self, cell);
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
  guint       position = shown_position (self, row);
  KdPlanCell *cell;

  g_set_object (&self->focus_row, row);
  self->focus_column = column;
  self->focus_edit = edit;
  if (position != GTK_INVALID_LIST_POSITION)
    scroll_to_position (self, position);
  cell = cell_of (self, row, column);
  if (cell != NULL)
    focus_cell_when_mapped (self, cell);
  else
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
cell_added_cb (KdPlanLine *line,
               KdPlanCell *cell,
               KdPlanPage *self)
{
  g_signal_connect (cell, "move", G_CALLBACK (cell_move_cb), self);
  g_signal_connect (cell, "message", G_CALLBACK (cell_message_cb), self);
}

static void
setup_line (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            KdPlanPage               *self)
{
  GtkWidget *line = kd_plan_line_new (self->plan_grid, list_item, GTK_TREE_MODEL (self->names));

  g_signal_connect (line, "cell-added", G_CALLBACK (cell_added_cb), self);
  /* GTK's widget around the line is what a screen reader lists. */
  g_signal_connect (line, "notify::parent", G_CALLBACK (kd_widget_name_parent_by), NULL);
  gtk_list_item_set_child (list_item, line);
  kd_widget_name_parent_by (line);
}

static void
bind_line (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           KdPlanPage               *self)
{
  KdPlanLine *line = KD_PLAN_LINE (gtk_list_item_get_child (list_item));
  KdPlanRow  *row = gtk_list_item_get_item (list_item);

  kd_plan_line_set_row (line, row);
  g_hash_table_insert (self->lines, row, line);
  if (row == self->focus_row)
    g_idle_add (focus_pending_cb, g_object_ref (self));
}

static void
unbind_line (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             KdPlanPage               *self)
{
  KdPlanLine *line = KD_PLAN_LINE (gtk_list_item_get_child (list_item));
  KdPlanRow  *row = kd_plan_line_get_row (line);

  /* The line keeps its row: GTK 4.8 unbinds and binds again a row whose selection changes, and
   * its cells (one being edited, one with the focus) stay.  Bound to another row, it drops them. */
  if (row != NULL && g_hash_table_lookup (self->lines, row) == line)
    g_hash_table_remove (self->lines, row);
}

/* The reasons of a row's marks, for the grid's tooltip. */
static gboolean
marks_query_tooltip (KdPlanPage *self,
                     KdPlanRow  *row,
                     GtkTooltip *tooltip)
{
  KdPlanMarks      marks = kd_plan_row_get_marks (row, &self->today);
  g_autofree char *text = NULL;

  if (marks == KD_PLAN_MARK_NONE)
    return FALSE;
  text = kd_plan_marks_describe (marks);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  return kd_plan_compare_column ((KdPlanRow *)a, (KdPlanRow *)b, data);
}

static int
compare_rows_descending (gconstpointer a,
                         gconstpointer b,
                         gpointer      data)
{
  return kd_plan_compare_column ((KdPlanRow *)b, (KdPlanRow *)a, data);
}

/* The grid's header asked for another order. */
static void
sort_changed_cb (KdPlanPage *self)
{
  int column = kd_plan_grid_get_sort_column (self->plan_grid);
  g_autoptr (GtkSorter) sorter = NULL;

  if (column >= 0)
    sorter = GTK_SORTER (gtk_custom_sorter_new (kd_plan_grid_get_sort_order (self->plan_grid) == GTK_SORT_ASCENDING ? compare_rows
                                                                                                                    : compare_rows_descending,
                                                (gpointer)self->columns[column], NULL));
  gtk_sort_list_model_set_sorter (self->sorted, sorter);
}

static void
build_columns (KdPlanPage  *self,
               KdPlanLayout layout)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->layout = layout;
  self->columns = kd_plan_get_columns (layout, &self->n_columns);
  /* The lines are made again for the new columns. */
  gtk_list_view_set_factory (kd_plan_grid_get_list_view (self->plan_grid), NULL);
  g_hash_table_remove_all (self->lines);
  kd_plan_grid_set_columns (self->plan_grid, self->columns, self->n_columns);
  kd_plan_grid_set_sort (self->plan_grid, -1, GTK_SORT_ASCENDING);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_line), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_line), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_line), self);
  gtk_list_view_set_factory (kd_plan_grid_get_list_view (self->plan_grid), factory);
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
  g_autofree char *code = NULL;
  KdPlanRow       *row;

  if (!can_edit (self))
    return;
  rows = selected_rows (self);
  /* Copied: clearing the filters below may change the choices. */
  if (!kd_text_is_blank (chosen_criterion (self)))
    code = g_strdup (chosen_criterion (self));
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
  gtk_widget_grab_focus (GTK_WIDGET (self->plan_grid));
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
  if (kd_plan_grid_get_sort_column (self->plan_grid) >= 0)
    {
      kd_plan_grid_set_sort (self->plan_grid, -1, GTK_SORT_ASCENDING);
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

/* A cell that gets the focus (a click, the keyboard) is scrolled fully into view.  A row that gets
 * it (the list's own keys, a click on its marks) hands it to its cell in the column last used —
 * unless a cell is waiting for it (after a sort, a new row): GTK gives the focus to a row of its
 * own choosing while the rows are replaced. */
static void
focus_widget_cb (KdPlanPage *self,
                 GParamSpec *pspec,
                 GtkRoot    *root)
{
  GtkWidget *focus = gtk_root_get_focus (root);
  GtkWidget *cell = focus != NULL ? gtk_widget_get_ancestor (focus, KD_TYPE_PLAN_CELL) : NULL;

  if (cell != NULL && gtk_widget_is_ancestor (cell, GTK_WIDGET (self->plan_grid)))
    {
      self->last_column = MAX (0, column_index (self, kd_plan_cell_get_column (KD_PLAN_CELL (cell))));
      reveal_cell (self, cell);
    }
  else if (focus != NULL && gtk_widget_get_parent (focus) == GTK_WIDGET (kd_plan_grid_get_list_view (self->plan_grid)) &&
           KD_IS_PLAN_LINE (gtk_widget_get_first_child (focus)) && self->focus_row == NULL && self->replaced_focus_row == NULL)
    {
      KdPlanCell *line_cell = kd_plan_line_ensure_cell (KD_PLAN_LINE (gtk_widget_get_first_child (focus)), self->last_column);

      if (line_cell != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (line_cell));
    }
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
    if (cell != NULL && gtk_widget_is_ancestor (cell, GTK_WIDGET (self->plan_grid)) &&
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

/* What is at (@x, @y) of the grid: the line and its column, and the cell when it is a real one
 * (one is made for a plan column when @make_cell). */
static KdPlanLine *
pick_in_grid (KdPlanPage  *self,
              double       x,
              double       y,
              gboolean     make_cell,
              int         *column,
              KdPlanCell **cell)
{
  GtkWidget       *picked = gtk_widget_pick (GTK_WIDGET (self->plan_grid), x, y, GTK_PICK_DEFAULT);
  GtkWidget       *line = picked != NULL ? gtk_widget_get_ancestor (picked, KD_TYPE_PLAN_LINE) : NULL;
  graphene_point_t at;

  *column = KD_PLAN_GRID_NOWHERE;
  *cell = picked != NULL ? KD_PLAN_CELL (gtk_widget_get_ancestor (picked, KD_TYPE_PLAN_CELL)) : NULL;
  if (line == NULL || !gtk_widget_compute_point (GTK_WIDGET (self->plan_grid), line, &GRAPHENE_POINT_INIT (x, y), &at))
    return NULL;
  *column = kd_plan_grid_column_at (self->plan_grid, at.x);
  if (*cell == NULL && make_cell)
    *cell = kd_plan_line_ensure_cell (KD_PLAN_LINE (line), *column);
  return KD_PLAN_LINE (line);
}

static void
view_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 KdPlanPage      *self)
{
  KdPlanCell     *cell;
  int             column;
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  pick_in_grid (self, x, y, TRUE, &column, &cell);
  if (cell == NULL)
    return;
  /* A second press counts as a double click only on the cell of the first. */
  if (n_press > 1 && cell != self->pressed_cell)
    n_press = 1;
  self->pressed_cell = cell;
  if (kd_plan_cell_handle_press (cell, n_press, state))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static gboolean
view_query_tooltip_cb (KdPlanPage *self,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip)
{
  KdPlanCell     *cell = NULL;
  KdPlanLine     *line = NULL;
  int             column = KD_PLAN_GRID_NOWHERE;
  gboolean        shown = FALSE;
  graphene_rect_t bounds;

  if (keyboard)
    {
      GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

      cell = focus != NULL && KD_IS_PLAN_CELL (focus) ? KD_PLAN_CELL (focus) : NULL;
    }
  else
    line = pick_in_grid (self, x, y, FALSE, &column, &cell);
  if (cell != NULL)
    shown = kd_plan_cell_query_tooltip (cell, tooltip);
  else if (line != NULL && kd_plan_line_get_row (line) != NULL)
    {
      KdPlanRow *row = kd_plan_line_get_row (line);

      if (column == KD_PLAN_GRID_MARKS)
        shown = marks_query_tooltip (self, row, tooltip);
      else if (column == (int)self->n_columns)
        shown = review_query_tooltip (self, row, tooltip);
      else if (column >= 0)
        shown = kd_plan_text_query_tooltip (row, self->columns[column], tooltip);
    }
  /* Asked again when the pointer leaves the cell. */
  if (shown && cell != NULL && gtk_widget_compute_bounds (GTK_WIDGET (cell), GTK_WIDGET (self->plan_grid), &bounds))
    gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle){ bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height });
  else if (shown && line != NULL && gtk_widget_compute_bounds (GTK_WIDGET (line), GTK_WIDGET (self->plan_grid), &bounds))
    {
      int column_x, column_width;

      if (kd_plan_grid_get_column_area (self->plan_grid, column, &column_x, &column_width))
        gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle){ bounds.origin.x + column_x, bounds.origin.y, column_width, bounds.size.height });
    }
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

static KdPlanViewModel *
view_model (KdPlanPage *self)
{
  return KD_PLAN_VIEW_MODEL (gtk_multi_selection_get_model (self->selection));
}

static void
show_rest_cb (KdPlanPage *self)
{
  kd_plan_view_model_show_all (view_model (self));
}

/* A new document's rows come to the grid in two steps: those that fit in the window for the first
 * frame, the others after it.  GTK builds ~205 row widgets for a long list, a quarter of the time
 * to show it. */
static void
hold_back_rows (KdPlanPage *self)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  int        line_height = PANGO_PIXELS_CEIL (kd_widget_get_font_metrics (GTK_WIDGET (self))->line_height);

  if (root == NULL || gtk_widget_get_height (root) <= 0 || line_height <= 0 ||
      !kd_after_paint_start (&self->rest_wait, root, G_CALLBACK (show_rest_cb), self))
    return;
  kd_plan_view_model_show_first (view_model (self), gtk_widget_get_height (root) / line_height + 2);
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
  kd_after_paint_stop (&self->rest_wait);
  g_set_object (&self->document, document);

  gtk_filter_list_model_set_model (self->filtered, NULL);
  kd_plan_view_model_show_all (view_model (self)); /* nothing held back for an earlier document */
  kd_plan_filter_free (self->filter);
  self->filter = kd_plan_filter_new (document != NULL ? kd_document_get_framework (document) : NULL);
  layout = document != NULL ? kd_framework_get_plan_layout (kd_document_get_framework (document)) : KD_PLAN_LAYOUT_5932;
  if (layout != self->layout || self->columns == NULL)
    build_columns (self, layout);
  drop_filter_choices (self);
  clear_filters (self);
  show_message (self, NULL, FALSE);
  if (document != NULL)
    self->changed_id = g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  /* The footer follows the rows as they come in; the names that complete a name cell are needed
   * only once one is typed, and wait until the grid has been shown. */
  g_date_set_time_t (&self->today, time (NULL));
  kd_plan_grid_set_today (self->plan_grid, &self->today);
  if (document != NULL)
    hold_back_rows (self);
  gtk_filter_list_model_set_model (self->filtered, document != NULL ? kd_document_get_plan (document) : NULL);
  update_review_column (self);
  if (document != NULL)
    self->refresh_id = g_idle_add_full (G_PRIORITY_LOW, refresh_cb, self, NULL);
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

KdPlanGrid *
_kd_plan_page_get_grid (KdPlanPage *self)
{
  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  return self->plan_grid;
}

/* The cell of the row shown at @position in the column of @field, made real and scrolled into
 * view, once the row is on screen. */
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
        KdPlanCell *cell = cell_of (self, row, i);

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
        kd_plan_grid_set_sort (self->plan_grid, i, order);
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

GtkMenuButton *
_kd_plan_page_get_filter_button (KdPlanPage *self)
{
  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  return self->filter_button;
}

GtkDropDown *
_kd_plan_page_get_status_filter (KdPlanPage *self)
{
  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  return self->status_filter;
}

GtkDropDown *
_kd_plan_page_get_criterion_filter (KdPlanPage *self)
{
  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  return self->criterion_filter;
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
 * is hidden or the row not on screen. */
const char *
_kd_plan_page_get_review_text (KdPlanPage *self,
                               guint       position)
{
  g_autoptr (KdPlanRow) row = NULL;

  g_return_val_if_fail (KD_IS_PLAN_PAGE (self), NULL);
  flush_refresh (self);
  row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (row == NULL || !g_hash_table_contains (self->lines, row))
    return NULL;
  g_free (self->review_text);
  self->review_text = kd_plan_grid_dup_review_text (self->plan_grid, row);
  return self->review_text;
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
  kd_after_paint_stop (&self->rest_wait);
  g_clear_weak_pointer (&self->dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), KD_TYPE_PLAN_PAGE);
  kd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->document);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->selection);
  g_clear_object (&self->view_filter);
  g_clear_object (&self->names);
  g_clear_object (&self->focus_row);
  g_clear_object (&self->replaced_focus_row);
  g_clear_pointer (&self->lines, g_hash_table_unref);
  g_clear_pointer (&self->review_text, g_free);
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

  g_type_ensure (KD_TYPE_PLAN_GRID);
  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, criterion_filter);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, footer_label);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, message_box);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, overdue_filter);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, owner_filter);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, plan_grid);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, standard_filter);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, KdPlanPage, supervisor_filter);
  gtk_widget_class_bind_template_callback (widget_class, prepare_filter_popover);

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
  self->lines = g_hash_table_new (NULL, NULL);
  self->names = gtk_list_store_new (1, G_TYPE_STRING);
  self->filter = kd_plan_filter_new (NULL);
  self->focus_column = -1;
  self->last_column = 0;

  self->view_filter = gtk_custom_filter_new (match_row, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->view_filter)));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                          NULL);
  {
    KdPlanViewModel *shown = kd_plan_view_model_new (G_LIST_MODEL (g_object_ref (self->sorted)));

    g_signal_connect_object (shown, "replacing", G_CALLBACK (rows_replacing_cb), self, G_CONNECT_SWAPPED);
    self->selection = gtk_multi_selection_new (G_LIST_MODEL (shown));
  }
  gtk_list_view_set_model (kd_plan_grid_get_list_view (self->plan_grid), GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->plan_grid, "sort-changed", G_CALLBACK (sort_changed_cb), self, G_CONNECT_SWAPPED);
  build_columns (self, KD_PLAN_LAYOUT_5932);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();
    GtkGesture         *click = gtk_gesture_click_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (view_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->plan_grid), keys);
    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
    g_signal_connect (click, "pressed", G_CALLBACK (view_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->plan_grid), GTK_EVENT_CONTROLLER (click));
    gtk_widget_set_has_tooltip (GTK_WIDGET (self->plan_grid), TRUE);
    g_signal_connect_swapped (self->plan_grid, "query-tooltip", G_CALLBACK (view_query_tooltip_cb), self);
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
  update_actions (self);
}

GtkWidget *
kd_plan_page_new (void)
{
  return g_object_new (KD_TYPE_PLAN_PAGE, NULL);
}
