/* test-ui-plan.c — the improvement-plan grid in the real window, driven as a user would
 *
 * Each case opens the bundled sample (eight plan rows of a real school) in a 1366×768 window,
 * shows the "Kế hoạch cải tiến" section and acts through its cells, keys, buttons and dialogs;
 * it checks what the user sees (a cell's text, the message above the grid, the footer) and what
 * lands in the document or the saved file.
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kd-application-private.h"
#include "kd-field-entry.h"
#include "kd-i18n.h"
#include "kd-plan-dialogs.h"
#include "kd-plan-page.h"
#include "kd-ui-test.h"
#include "kd-window-private.h"

static KdApplication *shared_app;

typedef struct
{
  KdWindow   *window;
  KdPlanPage *page;
  char       *dir;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("kd-ui-plan-XXXXXX", NULL);
  f->window = kd_ui_test_window_new (shared_app, f->dir);
  g_assert_true (kd_window_open_sample (f->window, &error));
  g_assert_no_error (error);
  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_PLAN_PAGE));
  kd_ui_test_settle ();
  f->page = KD_PLAN_PAGE (_kd_window_get_page (f->window, KD_TYPE_PLAN_PAGE));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  kd_ui_test_settle ();
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  kd_ui_test_close_windows (shared_app);
  kd_ui_test_remove_tree (f->dir);
  g_free (f->dir);
}

static KdDocument *
document (Fixture *f)
{
  return kd_window_get_document (f->window);
}

static GListModel *
plan (Fixture *f)
{
  return kd_document_get_plan (document (f));
}

static GListModel *
shown (Fixture *f)
{
  return _kd_plan_page_get_shown (f->page);
}

static KdPlanRow *
shown_row (Fixture *f,
           guint    position)
{
  KdPlanRow *row = g_list_model_get_item (shown (f), position);

  g_object_unref (row); /* the plan holds it */
  return row;
}

/* The cell of the row shown at @position, once the grid has built it. */
static KdPlanCell *
cell_at (Fixture    *f,
         guint       position,
         const char *field)
{
  KdPlanCell *cell = NULL;
  gint64      end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while ((cell = _kd_plan_page_get_cell (f->page, position, field)) == NULL && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_nonnull (cell);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  kd_ui_test_settle ();
  return cell;
}

/* Whether the names that complete @entry as one types include @name. */
static gboolean
completion_offers (GtkWidget  *entry,
                   const char *name)
{
  GtkEntryCompletion *completion = gtk_entry_get_completion (GTK_ENTRY (entry));
  GtkTreeModel       *names = completion != NULL ? gtk_entry_completion_get_model (completion) : NULL;
  GtkTreeIter         iter;
  gboolean            found = FALSE;

  for (gboolean valid = names != NULL && gtk_tree_model_get_iter_first (names, &iter); valid && !found;
       valid = gtk_tree_model_iter_next (names, &iter))
    {
      g_autofree char *offered = NULL;

      gtk_tree_model_get (names, &iter, 0, &offered, -1);
      found = g_strcmp0 (offered, name) == 0;
    }
  return found;
}

/* The widget whose controllers get @widget's events: itself, or for a grid cell the grid (one
 * key controller and one click gesture serve every cell). */
static GtkWidget *
event_target (GtkWidget *widget)
{
  return KD_IS_PLAN_CELL (widget) ? gtk_widget_get_ancestor (widget, KD_TYPE_PLAN_GRID) : widget;
}

/* A key press on @widget, through the key controller that gets it: a grid cell gets keys while
 * it has the focus. */
static gboolean
press_key (GtkWidget      *widget,
           guint           keyval,
           GdkModifierType state)
{
  gboolean handled;

  if (KD_IS_PLAN_CELL (widget))
    gtk_widget_grab_focus (widget);
  handled = kd_ui_test_press_key (event_target (widget), keyval, state);
  kd_ui_test_settle ();
  return handled;
}

/* A click near the top left corner of @widget, through the click gesture that gets it. */
static void
click_on (GtkWidget *widget,
          int        n_press)
{
  graphene_point_t at = GRAPHENE_POINT_INIT (4, 4);

  if (KD_IS_PLAN_CELL (widget))
    g_assert_true (gtk_widget_compute_point (widget, event_target (widget), &at, &at));
  kd_ui_test_click (event_target (widget), n_press, at.x, at.y);
  kd_ui_test_settle ();
}

/* The title the grid's header shows over plan column @column. */
static const char *
header_title (KdPlanGrid *grid,
              int         column)
{
  GtkWidget *button = _kd_plan_grid_get_header (grid, column);
  GtkWidget *box = gtk_button_get_child (GTK_BUTTON (button));

  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (box)));
}

/* The grid's column of @field. */
static int
column_of (Fixture    *f,
           const char *field)
{
  KdPlanGrid *grid = _kd_plan_page_get_grid (f->page);

  for (guint i = 0; i < kd_plan_grid_get_n_columns (grid); i++)
    if (g_str_equal (kd_plan_grid_get_column (grid, i)->field, field))
      return i;
  g_assert_not_reached ();
}

/* Whether the grid shows a tooltip when the pointer rests on plan column @column (or the marks)
 * of the row shown at @position, where its line draws it. */
static gboolean
line_has_tooltip (Fixture *f,
                  guint    position,
                  int      column)
{
  KdPlanGrid *grid = _kd_plan_page_get_grid (f->page);
  KdPlanCell *anchor = cell_at (f, position, "criterion");
  g_autoptr (GObject) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  graphene_point_t at;
  int              x, width, anchor_x, anchor_width;
  gboolean         shown = FALSE;

  g_assert_true (kd_plan_grid_get_column_area (grid, column, &x, &width));
  g_assert_true (kd_plan_grid_get_column_area (grid, column_of (f, "criterion"), &anchor_x, &anchor_width));
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (anchor), GTK_WIDGET (grid),
                                           &GRAPHENE_POINT_INIT (x - anchor_x + width / 2.0, gtk_widget_get_height (GTK_WIDGET (anchor)) / 2.0), &at));
  g_signal_emit_by_name (grid, "query-tooltip", (int)at.x, (int)at.y, FALSE, tooltip, &shown);
  return shown;
}

/* Whether the grid shows a tooltip when the pointer rests on @cell. */
static gboolean
has_tooltip (KdPlanCell *cell)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (cell), KD_TYPE_PLAN_GRID);
  g_autoptr (GObject) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  graphene_point_t at = GRAPHENE_POINT_INIT (gtk_widget_get_width (GTK_WIDGET (cell)) / 2.0, gtk_widget_get_height (GTK_WIDGET (cell)) / 2.0);
  gboolean         shown = FALSE;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (cell), view, &at, &at));
  g_signal_emit_by_name (view, "query-tooltip", (int)at.x, (int)at.y, FALSE, tooltip, &shown);
  return shown;
}

/* Types @text into @cell (F2 opens its editor) and presses Enter. */
static gboolean
type_in (KdPlanCell *cell,
         const char *text)
{
  GtkWidget *editor;

  if (!kd_plan_cell_is_editing (cell))
    g_assert_true (press_key (GTK_WIDGET (cell), GDK_KEY_F2, 0));
  editor = _kd_plan_cell_get_editor (cell);
  g_assert_true (GTK_IS_ENTRY (editor));
  gtk_editable_set_text (GTK_EDITABLE (editor), text);
  g_signal_emit_by_name (editor, "activate");
  kd_ui_test_settle ();
  return !kd_plan_cell_is_editing (cell);
}

static GtkWidget *
focus_of (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

/* The search entry waits a moment after the last key before it searches. */
static void
wait_for_count (Fixture *f,
                guint    n)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_list_model_get_n_items (shown (f)) != n && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  kd_ui_test_settle ();
}

/* Waits until @done holds and still holds after the next frame: a state the grid passes through
 * on its way (a focused row widget about to be rebound) is not the one it settles in. */
static void
wait_for (gboolean (*done) (Fixture *f),
          Fixture *f)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  do
    {
      while (!done (f) && g_get_monotonic_time () < end)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (2000);
        }
      gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
      kd_ui_test_settle ();
    }
  while (!done (f) && g_get_monotonic_time () < end);
}

/* ---- adding a row and typing ------------------------------------------------------- */

static void
test_add_and_type (Fixture      *f,
                   gconstpointer data)
{
  KdPlanCell *target, *owner, *partners, *criterion;
  KdPlanRow  *row;
  guint       position;

  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 8);
  _kd_plan_page_select (f->page, 1, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.add", NULL));
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (plan (f)), ==, 9);
  /* Under the selected row, and the focus on its first cell. */
  position = 2;
  row = shown_row (f, position);
  g_assert_cmpstr (kd_plan_row_get_target (row), ==, "");
  criterion = cell_at (f, position, "criterion");
  g_assert_true (focus_of (f) == GTK_WIDGET (criterion));

  /* The criterion picker: typing "3.4" opens it with the search filled; a choice sets the code. */
  g_assert_true (press_key (GTK_WIDGET (criterion), GDK_KEY_3, 0));
  g_assert_nonnull (_kd_plan_cell_get_popover (criterion));
  g_assert_true (_kd_plan_cell_choose (criterion, "3.4"));
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_plan_row_get_criterion (row), ==, "3.4");
  g_assert_cmpstr (kd_plan_cell_get_text (criterion), ==, "3.4");

  target = cell_at (f, position, "target");
  g_assert_true (type_in (target, "Có đủ phòng học bộ môn Tin học"));
  g_assert_cmpstr (kd_plan_row_get_target (row), ==, "Có đủ phòng học bộ môn Tin học");
  g_assert_cmpstr (kd_plan_cell_get_text (target), ==, "Có đủ phòng học bộ môn Tin học");
  /* Enter went one row down, as in a spreadsheet. */
  g_assert_true (focus_of (f) == GTK_WIDGET (cell_at (f, position + 1, "target")));
  /* A long text has a tooltip with all of it, a short one none (the grid answers for its cells). */
  g_assert_true (has_tooltip (target));
  g_assert_false (has_tooltip (cell_at (f, position, "start")));
  /* So do the cells the lines draw: the whole of a long text, nothing for a short date. */
  g_assert_true (line_has_tooltip (f, 0, column_of (f, "actions")));
  g_assert_false (line_has_tooltip (f, 0, column_of (f, "start")));

  /* Typing on a cell starts editing it; Tab commits and goes to the next column. */
  owner = cell_at (f, position, "owner");
  gtk_widget_grab_focus (GTK_WIDGET (owner));
  g_assert_true (press_key (GTK_WIDGET (owner), GDK_KEY_T, 0));
  g_assert_true (kd_plan_cell_is_editing (owner));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (_kd_plan_cell_get_editor (owner))), ==, "T");
  /* The names offered: the council's members and the names the plan already uses. */
  g_assert_true (completion_offers (_kd_plan_cell_get_editor (owner), "Trần Thị Thanh Xuân"));
  g_assert_true (completion_offers (_kd_plan_cell_get_editor (owner), "Phó hiệu trưởng"));
  gtk_editable_set_text (GTK_EDITABLE (_kd_plan_cell_get_editor (owner)), "Tổ Tin học");
  g_assert_true (press_key (_kd_plan_cell_get_editor (owner), GDK_KEY_Tab, 0));
  g_assert_cmpstr (kd_plan_row_get_owner (row), ==, "Tổ Tin học");
  partners = cell_at (f, position, "partners");
  g_assert_true (focus_of (f) == GTK_WIDGET (partners));

  /* Escape gives the old text back and writes nothing. */
  g_assert_true (press_key (GTK_WIDGET (partners), GDK_KEY_F2, 0));
  gtk_editable_set_text (GTK_EDITABLE (_kd_plan_cell_get_editor (partners)), "không giữ");
  g_assert_true (press_key (_kd_plan_cell_get_editor (partners), GDK_KEY_Escape, 0));
  g_assert_false (kd_plan_cell_is_editing (partners));
  g_assert_cmpstr (kd_plan_row_get_partners (row), ==, "");

  /* Arrows move between cells; the status picker sets the status. */
  g_assert_true (press_key (GTK_WIDGET (partners), GDK_KEY_Up, 0));
  g_assert_true (focus_of (f) == GTK_WIDGET (cell_at (f, position - 1, "partners")));
  {
    KdPlanCell *status = cell_at (f, position, "status");

    g_assert_true (press_key (GTK_WIDGET (status), GDK_KEY_Return, 0));
    g_assert_true (_kd_plan_cell_choose (status, "doing"));
    kd_ui_test_settle ();
    g_assert_cmpint (kd_plan_row_get_status (row), ==, KD_PLAN_STATUS_DOING);
    g_assert_cmpstr (kd_plan_cell_get_text (status), ==, "Đang thực hiện");
    /* Its colour follows the status; at rest a cell is a single widget, the editor gone. */
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (status), "doing"));
    g_assert_null (gtk_widget_get_first_child (GTK_WIDGET (status)));
  }

  /* Each committed cell was one undo step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpint (kd_plan_row_get_status (row), ==, KD_PLAN_STATUS_TODO);
  g_assert_cmpstr (kd_plan_row_get_owner (row), ==, "Tổ Tin học");
}

/* ---- dates and money ---------------------------------------------------------------- */

static void
test_date_and_budget (Fixture      *f,
                      gconstpointer data)
{
  KdPlanRow       *row = shown_row (f, 0);
  KdPlanCell      *deadline = cell_at (f, 0, "deadline");
  KdPlanCell      *budget = cell_at (f, 0, "budget");
  g_autofree char *old_deadline = g_strdup (kd_plan_row_get_deadline (row));
  gint64           old_budget = kd_plan_row_get_budget (row);
  GtkWidget       *calendar;

  /* A day that does not exist: the message says so, the row keeps its date. */
  g_assert_false (type_in (deadline, "31/02/2024"));
  g_assert_true (kd_plan_cell_is_editing (deadline));
  g_assert_nonnull (strstr (_kd_plan_page_get_message (f->page), "31/02/2024"));
  g_assert_nonnull (strstr (_kd_plan_page_get_message (f->page), "Dòng 1"));
  g_assert_cmpstr (kd_plan_row_get_deadline (row), ==, old_deadline);
  g_assert_true (gtk_widget_has_css_class (_kd_plan_cell_get_editor (deadline), "error"));

  /* Typed as people write it; shown as dd/mm/yyyy, kept as an ISO date. */
  g_assert_true (type_in (deadline, "1/6/2024"));
  g_assert_cmpstr (kd_plan_row_get_deadline (row), ==, "2024-06-01");
  g_assert_cmpstr (kd_plan_cell_get_text (deadline), ==, "01/06/2024");
  g_assert_null (_kd_plan_page_get_message (f->page));

  /* The calendar: Alt+Down in the date entry, a click on a day. */
  g_assert_true (press_key (GTK_WIDGET (deadline), GDK_KEY_F2, 0));
  g_assert_true (press_key (_kd_plan_cell_get_editor (deadline), GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_nonnull (_kd_plan_cell_get_popover (deadline));
  calendar = gtk_popover_get_child (GTK_POPOVER (_kd_plan_cell_get_popover (deadline)));
  g_assert_true (GTK_IS_CALENDAR (calendar));
  {
    g_autoptr (GDateTime) day = g_date_time_new_local (2024, 7, 15, 0, 0, 0);

    gtk_calendar_select_day (GTK_CALENDAR (calendar), day);
  }
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_plan_row_get_deadline (row), ==, "2024-07-15");
  g_assert_false (kd_plan_cell_is_editing (deadline));

  /* Letters in a budget: refused with a message, the amount unchanged. */
  g_assert_false (type_in (budget, "abc"));
  g_assert_nonnull (_kd_plan_page_get_message (f->page));
  g_assert_nonnull (strstr (_kd_plan_page_get_message (f->page), "abc"));
  g_assert_cmpint (kd_plan_row_get_budget (row), ==, old_budget);
  g_assert_true (type_in (budget, "1500000"));
  g_assert_cmpint (kd_plan_row_get_budget (row), ==, 1500000);
  g_assert_cmpstr (kd_plan_cell_get_text (budget), ==, "1.500.000");
  g_assert_true (type_in (budget, "2.750.000"));

  /* 100,000 characters pasted into a cell: a message, the row unchanged. */
  {
    KdPlanCell      *target = cell_at (f, 0, "target");
    g_autofree char *old_target = g_strdup (kd_plan_row_get_target (row));
    g_autofree char *huge = g_strnfill (100000, 'x');

    g_assert_false (type_in (target, huge));
    g_assert_nonnull (strstr (_kd_plan_page_get_message (f->page), "quá dài"));
    g_assert_cmpstr (kd_plan_row_get_target (row), ==, old_target);
    g_assert_true (press_key (_kd_plan_cell_get_editor (target), GDK_KEY_Escape, 0));
    g_assert_cmpstr (kd_plan_cell_get_text (target), ==, old_target);
  }
  g_assert_cmpint (kd_plan_row_get_budget (row), ==, 2750000);
  g_assert_nonnull (strstr (_kd_plan_page_get_footer (f->page), "Kinh phí:"));
}

/* ---- sorting, filtering, searching -------------------------------------------------- */

/* Where the criterion filter offers @code, after "every criterion" and "rows without one". */
static guint
criterion_choice (Fixture    *f,
                  const char *code)
{
  GListModel *choices = gtk_drop_down_get_model (_kd_plan_page_get_criterion_filter (f->page));

  for (guint i = 0; choices != NULL && i < g_list_model_get_n_items (choices); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (choices), i), code) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
test_sort_and_filter (Fixture      *f,
                      gconstpointer data)
{
  guint n;

  /* A click on the lead's title: Vietnamese order, Hiệu trưởng … Phó hiệu trưởng … Tổ trưởng; the
   * title shows the order.  A second click turns it round. */
  GtkWidget *owner_title = _kd_plan_grid_get_header (_kd_plan_page_get_grid (f->page), column_of (f, "owner"));
  GtkWidget *indicator = gtk_widget_get_last_child (gtk_button_get_child (GTK_BUTTON (owner_title)));

  g_assert_cmpstr (header_title (_kd_plan_page_get_grid (f->page), column_of (f, "owner")), ==, "Chủ trì");
  g_assert_false (gtk_widget_get_visible (indicator));
  g_signal_emit_by_name (owner_title, "clicked");
  kd_ui_test_settle ();
  n = g_list_model_get_n_items (shown (f));
  g_assert_cmpuint (n, ==, 8);
  g_assert_cmpstr (kd_plan_row_get_owner (shown_row (f, 0)), ==, "Hiệu trưởng");
  g_assert_true (g_str_has_prefix (kd_plan_row_get_owner (shown_row (f, n - 1)), "Tổ trưởng"));
  g_assert_cmpstr (kd_plan_cell_get_text (cell_at (f, 0, "owner")), ==, "Hiệu trưởng");
  g_assert_true (gtk_widget_get_visible (indicator));
  g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (indicator)), ==, "pan-up-symbolic");
  g_signal_emit_by_name (owner_title, "clicked");
  kd_ui_test_settle ();
  g_assert_true (g_str_has_prefix (kd_plan_row_get_owner (shown_row (f, 0)), "Tổ trưởng"));
  g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (indicator)), ==, "pan-down-symbolic");
  g_assert_true (_kd_plan_page_sort_by (f->page, "criterion", GTK_SORT_ASCENDING));
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_plan_row_get_criterion (shown_row (f, 0)), ==, "2.1");
  g_assert_cmpstr (kd_plan_cell_get_text (cell_at (f, 0, "criterion")), ==, "2.1");

  /* Search without accents; the footer counts what is shown. */
  gtk_editable_set_text (_kd_plan_page_get_search (f->page), "thu vien");
  wait_for_count (f, 4);
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 4);
  g_assert_nonnull (strstr (_kd_plan_page_get_footer (f->page), "Đang hiện: 4 dòng"));
  gtk_editable_set_text (_kd_plan_page_get_search (f->page), "thu vien tien tien");
  wait_for_count (f, 1);
  g_assert_cmpstr (kd_plan_row_get_criterion (shown_row (f, 0)), ==, "3.6");
  gtk_editable_set_text (_kd_plan_page_get_search (f->page), "");
  wait_for_count (f, 8);

  /* Filters, in the popover of the filter button: the criterion, the status, the lead, only what
   * is overdue.  The choices are the framework's, made when the popover opens. */
  gtk_menu_button_popup (_kd_plan_page_get_filter_button (f->page));
  kd_ui_test_settle ();
  g_assert_cmpuint (criterion_choice (f, "2.1"), ==, 2 + 10); /* after 1.1 … 1.10 */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (_kd_plan_page_get_criterion_filter (f->page))), ==,
                    2 + kd_framework_get_criteria (kd_document_get_framework (document (f)))->len);
  gtk_drop_down_set_selected (_kd_plan_page_get_criterion_filter (f->page), criterion_choice (f, "2.1"));
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 1);
  g_assert_cmpstr (kd_plan_row_get_criterion (shown_row (f, 0)), ==, "2.1");
  /* A row added while one criterion is shown is made for it, and every row shows again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.add", NULL));
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 9);
  g_assert_cmpuint (gtk_drop_down_get_selected (_kd_plan_page_get_criterion_filter (f->page)), ==, 0);
  {
    guint made_for = 0;

    for (guint i = 0; i < g_list_model_get_n_items (plan (f)); i++)
      {
        g_autoptr (KdPlanRow) row = g_list_model_get_item (plan (f), i);

        made_for += g_str_equal (kd_plan_row_get_criterion (row), "2.1");
      }
    g_assert_cmpuint (made_for, ==, 2);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (plan (f)), ==, 8);
  gtk_drop_down_set_selected (_kd_plan_page_get_criterion_filter (f->page), 0);
  gtk_drop_down_set_selected (_kd_plan_page_get_status_filter (f->page), 1 + KD_PLAN_STATUS_DONE);
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 1);
  g_assert_nonnull (strstr (_kd_plan_page_get_footer (f->page), "Hoàn thành: 1"));
  gtk_drop_down_set_selected (_kd_plan_page_get_status_filter (f->page), 0);
  g_assert_true (completion_offers (GTK_WIDGET (_kd_plan_page_get_owner_filter (f->page)), "Phó hiệu trưởng"));
  gtk_editable_set_text (_kd_plan_page_get_owner_filter (f->page), "pho hieu");
  kd_ui_test_settle ();
  n = g_list_model_get_n_items (shown (f));
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (kd_plan_row_get_owner (shown_row (f, i)), ==, "Phó hiệu trưởng");
  gtk_editable_set_text (_kd_plan_page_get_owner_filter (f->page), "");
  gtk_check_button_set_active (_kd_plan_page_get_overdue_filter (f->page), TRUE);
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 7);
  /* The sample's deadlines are past: an overdue row is marked and says why. */
  {
    g_autofree char *marks = _kd_plan_page_dup_marks (f->page, 0);

    g_assert_nonnull (strstr (marks, "Quá hạn"));
    g_assert_true (line_has_tooltip (f, 0, KD_PLAN_GRID_MARKS));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.clear-filters", NULL));
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 8);

  /* Ctrl+F reaches the plan's search. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.find", NULL));
  kd_ui_test_settle ();
  g_assert_true (gtk_widget_is_ancestor (focus_of (f), GTK_WIDGET (_kd_plan_page_get_search (f->page))) ||
                 focus_of (f) == GTK_WIDGET (_kd_plan_page_get_search (f->page)));
}

/* ---- copy and paste ----------------------------------------------------------------- */

static gboolean
has_nine_rows (Fixture *f)
{
  return g_list_model_get_n_items (plan (f)) == 9;
}

static gboolean
has_dialog (Fixture *f)
{
  return _kd_plan_page_get_dialog (f->page) != NULL;
}

static gboolean
has_message (Fixture *f)
{
  return _kd_plan_page_get_message (f->page) != NULL;
}

/* Whether the focus is in the cell of the row whose target was being typed when the rows were
 * sorted. */
static gboolean
typed_cell_has_focus (Fixture *f)
{
  GtkWidget *focus = focus_of (f);

  return KD_IS_PLAN_CELL (focus) && kd_plan_cell_get_row (KD_PLAN_CELL (focus)) != NULL &&
         g_strcmp0 (kd_plan_row_get_target (kd_plan_cell_get_row (KD_PLAN_CELL (focus))), "Gõ dở khi sắp xếp") == 0;
}

/* A plan of 400 rows: a sort or a search replaces the rows shown at once (the grid reuses its row
 * widgets, KdPlanViewModel); the order, the cells' texts, the selection and the focus follow. */
static void
test_large_plan (Fixture      *f,
                 gconstpointer data)
{
  static const char *owners[] = { "Tổ trưởng tổ Toán", "Đức", "Phó hiệu trưởng", "An", "Ánh" };
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  KdPlanRow  *selected, *focused;
  KdPlanCell *cell;
  guint       n;

  for (guint i = 0; i < 392; i++)
    {
      KdPlanRow       *row = kd_plan_row_new ();
      g_autofree char *target = g_strdup_printf ("Mục tiêu số %u", i);

      g_object_set (row, "owner", owners[i % G_N_ELEMENTS (owners)], "target", target, NULL);
      g_ptr_array_add (rows, row);
    }
  g_list_store_splice (G_LIST_STORE (plan (f)), g_list_model_get_n_items (plan (f)), 0, rows->pdata, rows->len);
  wait_for_count (f, 400);

  _kd_plan_page_select (f->page, 20, 1);
  selected = shown_row (f, 20);
  cell = cell_at (f, 3, "target");
  focused = kd_plan_cell_get_row (cell);
  /* A cell being edited when the rows are sorted: what was typed is kept. */
  g_assert_true (press_key (GTK_WIDGET (cell), GDK_KEY_F2, 0));
  gtk_editable_set_text (GTK_EDITABLE (_kd_plan_cell_get_editor (cell)), "Gõ dở khi sắp xếp");

  g_assert_true (_kd_plan_page_sort_by (f->page, "owner", GTK_SORT_ASCENDING));
  /* The cell's row widget is replaced: the focus comes back once the new one is on screen. */
  wait_for (typed_cell_has_focus, f);
  n = g_list_model_get_n_items (shown (f));
  g_assert_cmpuint (n, ==, 400);
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (kd_plan_compare (shown_row (f, i - 1), shown_row (f, i), "owner"), <=, 0);
  g_assert_cmpstr (kd_plan_row_get_owner (shown_row (f, 0)), ==, "An");
  g_assert_cmpstr (kd_plan_cell_get_text (cell_at (f, 0, "owner")), ==, "An");
  g_assert_cmpstr (kd_plan_cell_get_text (cell_at (f, 0, "target")), ==, kd_plan_row_get_target (shown_row (f, 0)));
  for (guint i = 0; i < n; i++)
    g_assert_true (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (shown (f)), i) == (shown_row (f, i) == selected));
  g_assert_true (KD_IS_PLAN_CELL (focus_of (f)));
  g_assert_true (kd_plan_cell_get_row (KD_PLAN_CELL (focus_of (f))) == focused);
  g_assert_cmpstr (kd_plan_row_get_target (focused), ==, "Gõ dở khi sắp xếp");

  gtk_editable_set_text (_kd_plan_page_get_search (f->page), "duc muc tieu so");
  wait_for_count (f, 392 / G_N_ELEMENTS (owners) + (392 % G_N_ELEMENTS (owners) > 1));
  n = g_list_model_get_n_items (shown (f));
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (kd_plan_row_get_owner (shown_row (f, i)), ==, "Đức");
  g_assert_cmpstr (kd_plan_cell_get_text (cell_at (f, 0, "owner")), ==, "Đức");
  g_assert_cmpstr (kd_plan_cell_get_text (cell_at (f, 0, "target")), ==, kd_plan_row_get_target (shown_row (f, 0)));
}

static void
test_paste (Fixture      *f,
            gconstpointer data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->page));
  g_autoptr (GString) huge = g_string_new (NULL);
  g_autoptr (KdPlanRow) pasted = NULL;
  GtkWindow *dialog;

  /* Rows copied from the grid paste back as new rows, cell for cell. */
  _kd_plan_page_select (f->page, 0, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.copy", NULL));
  kd_ui_test_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.paste-new", NULL));
  wait_for (has_nine_rows, f);
  g_assert_cmpuint (g_list_model_get_n_items (plan (f)), ==, 9);
  pasted = g_list_model_get_item (plan (f), 8);
  g_assert_cmpstr (kd_plan_row_get_target (pasted), ==, kd_plan_row_get_target (shown_row (f, 0)));
  g_assert_cmpint (kd_plan_row_get_budget (pasted), ==, kd_plan_row_get_budget (shown_row (f, 0)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (plan (f)), ==, 8);

  /* Three columns from a spreadsheet: the preview asks where they go. */
  gdk_clipboard_set_text (clipboard, "Tiêu chí 1.2\tTổ chức hội thảo\t500.000\n");
  kd_ui_test_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.paste-new", NULL));
  wait_for (has_dialog, f);
  dialog = _kd_plan_page_get_dialog (f->page);
  g_assert_nonnull (dialog);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (_kd_plan_dialog_get (dialog, "column-1")), 1 + 2); /* target */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (_kd_plan_dialog_get (dialog, "column-2")), 1 + 8); /* budget */
  g_signal_emit_by_name (_kd_plan_dialog_get (dialog, "confirm"), "clicked");
  kd_ui_test_settle ();
  g_assert_null (_kd_plan_page_get_dialog (f->page));
  g_assert_cmpuint (g_list_model_get_n_items (plan (f)), ==, 9);
  {
    g_autoptr (KdPlanRow) row = g_list_model_get_item (plan (f), 8);

    g_assert_cmpstr (kd_plan_row_get_criterion (row), ==, "1.2");
    g_assert_cmpstr (kd_plan_row_get_target (row), ==, "Tổ chức hội thảo");
    g_assert_cmpint (kd_plan_row_get_budget (row), ==, 500000);
  }

  /* 100,000 characters: a clear message, nothing pasted. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (huge, 'x');
  gdk_clipboard_set_text (clipboard, huge->str);
  kd_ui_test_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.hide-message", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.paste-new", NULL));
  wait_for (has_message, f);
  g_assert_nonnull (strstr (_kd_plan_page_get_message (f->page), "quá dài"));
  g_assert_nonnull (strstr (_kd_plan_page_get_message (f->page), "Chưa dán gì"));
  g_assert_cmpuint (g_list_model_get_n_items (plan (f)), ==, 9);
}

/* ---- rows from the weaknesses ------------------------------------------------------- */

static void
test_generate (Fixture      *f,
               gconstpointer data)
{
  GtkWindow *dialog;
  GtkWidget *confirm;
  guint      before = g_list_model_get_n_items (plan (f));
  guint      added;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.generate", NULL));
  kd_ui_test_settle ();
  dialog = _kd_plan_page_get_dialog (f->page);
  g_assert_nonnull (dialog);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (_kd_plan_dialog_get (dialog, "weaknesses")), TRUE);
  kd_ui_test_settle ();
  confirm = _kd_plan_dialog_get (dialog, "confirm");
  g_assert_true (gtk_widget_get_sensitive (confirm));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (_kd_plan_dialog_get (dialog, "summary"))), "Sẽ thêm"));
  g_signal_emit_by_name (confirm, "clicked");
  kd_ui_test_settle ();
  added = g_list_model_get_n_items (plan (f)) - before;
  g_assert_cmpuint (added, >, 0);
  g_assert_nonnull (strstr (_kd_plan_page_get_message (f->page), "điểm yếu"));

  /* Asked again: nothing new to add. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.generate", NULL));
  kd_ui_test_settle ();
  dialog = _kd_plan_page_get_dialog (f->page);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (_kd_plan_dialog_get (dialog, "weaknesses")), TRUE);
  kd_ui_test_settle ();
  g_assert_false (gtk_widget_get_sensitive (_kd_plan_dialog_get (dialog, "confirm")));
  gtk_window_destroy (dialog);
  kd_ui_test_settle ();

  /* One undo removes them all. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (plan (f)), ==, before);
}

/* ---- delete, undo, duplicate, move -------------------------------------------------- */

static void
test_delete_and_undo (Fixture      *f,
                      gconstpointer data)
{
  KdPlanRow *first = shown_row (f, 0);
  KdPlanRow *second = shown_row (f, 1);

  g_object_ref (first);
  _kd_plan_page_select (f->page, 0, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.delete", NULL));
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 6);
  g_assert_nonnull (strstr (_kd_plan_page_get_message (f->page), "Ctrl+Z"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 8);
  g_assert_true (shown_row (f, 0) == first);
  g_assert_true (shown_row (f, 1) == second);

  /* Duplicate, then move the copy up above its original. */
  _kd_plan_page_select (f->page, 0, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.duplicate", NULL));
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 9);
  g_assert_cmpstr (kd_plan_row_get_target (shown_row (f, 1)), ==, kd_plan_row_get_target (first));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.move-up", NULL));
  kd_ui_test_settle ();
  g_assert_true (shown_row (f, 1) == first);
  g_object_unref (first);
}

/* ---- keyboard --------------------------------------------------------------------- */

static void
test_keyboard (Fixture      *f,
               gconstpointer data)
{
  KdPlanCell      *note = cell_at (f, 0, "note");
  KdPlanCell      *target = cell_at (f, 1, "target");
  KdPlanRow       *row = shown_row (f, 1);
  g_autofree char *old_target = g_strdup (kd_plan_row_get_target (row));
  g_autoptr (GtkBitset) selected = NULL;

  /* Tab past the last column goes on to the first cell of the next row, Shift+Tab back. */
  gtk_widget_grab_focus (GTK_WIDGET (note));
  g_assert_true (press_key (GTK_WIDGET (note), GDK_KEY_Tab, 0));
  kd_ui_test_settle ();
  g_assert_true (focus_of (f) == GTK_WIDGET (cell_at (f, 1, "criterion")));
  g_assert_true (press_key (focus_of (f), GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_true (focus_of (f) == GTK_WIDGET (cell_at (f, 0, "note")));

  /* Shift+Down extends the selection. */
  _kd_plan_page_select (f->page, 0, 1);
  g_assert_true (press_key (focus_of (f), GDK_KEY_Down, GDK_SHIFT_MASK));
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (shown (f)));
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 2);

  /* Delete empties a cell, as one undo step. */
  gtk_widget_grab_focus (GTK_WIDGET (target));
  g_assert_true (press_key (GTK_WIDGET (target), GDK_KEY_Delete, 0));
  g_assert_cmpstr (kd_plan_row_get_target (row), ==, "");
  g_assert_cmpstr (kd_plan_cell_get_text (target), ==, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_plan_row_get_target (row), ==, old_target);

  /* A click focuses the cell and selects its row; a double click edits. */
  {
    KdPlanCell *owner = cell_at (f, 3, "owner");

    click_on (GTK_WIDGET (owner), 1);
    g_assert_true (focus_of (f) == GTK_WIDGET (owner));
    g_clear_pointer (&selected, gtk_bitset_unref);
    selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (shown (f)));
    g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 1);
    g_assert_true (gtk_bitset_contains (selected, 3));
    click_on (GTK_WIDGET (owner), 2);
    g_assert_true (kd_plan_cell_is_editing (owner));
    g_assert_true (press_key (_kd_plan_cell_get_editor (owner), GDK_KEY_Escape, 0));
  }

  /* Long text: its editor is a text view; Ctrl+Enter keeps it, with its line break. */
  {
    KdPlanCell    *actions = cell_at (f, 1, "actions");
    GtkWidget     *view;
    GtkTextBuffer *buffer;

    gtk_widget_grab_focus (GTK_WIDGET (actions));
    g_assert_true (press_key (GTK_WIDGET (actions), GDK_KEY_F2, 0));
    view = _kd_plan_cell_get_editor (actions);
    g_assert_true (GTK_IS_TEXT_VIEW (view));
    buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    gtk_text_buffer_set_text (buffer, "Bước 1: họp tổ\nBước 2: dự giờ", -1);
    g_assert_true (press_key (view, GDK_KEY_Return, GDK_CONTROL_MASK));
    g_assert_cmpstr (kd_plan_row_get_actions (row), ==, "Bước 1: họp tổ\nBước 2: dự giờ");
    g_assert_false (kd_plan_cell_is_editing (actions));
  }
}

static void
test_read_only (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "moi-hon.kdcl", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  const char *newer = "{ \"format\": \"kiemdinh\", \"version\": 2, \"framework\": \"tt18-2018\","
                      "  \"school\": { \"name\": \"Trường THPT Tương Lai\", \"type\": \"THPT\" },"
                      "  \"plan\": [ { \"criterion\": \"1.1\", \"target\": \"Giữ nguyên\" } ] }";

  g_assert_true (g_file_set_contents (path, newer, -1, NULL));
  g_assert_true (kd_window_open_file (f->window, file, &error));
  g_assert_no_error (error);
  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_PLAN_PAGE));
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 1);
  /* Nothing can be changed: no editor opens, the commands do nothing. */
  g_assert_false (kd_plan_cell_start_editing (cell_at (f, 0, "target"), NULL));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.add", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.generate", NULL);
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (plan (f)), ==, 1);
  g_assert_null (_kd_plan_page_get_dialog (f->page));
  g_assert_cmpstr (kd_plan_row_get_target (shown_row (f, 0)), ==, "Giữ nguyên");
  /* The reviews open to be read; no review can be added. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.reviews", NULL);
  kd_ui_test_settle ();
  g_assert_nonnull (_kd_plan_page_get_dialog (f->page));
  g_assert_false (gtk_widget_get_sensitive (_kd_plan_dialog_get (_kd_plan_page_get_dialog (f->page), "add")));
  gtk_window_close (_kd_plan_page_get_dialog (f->page));
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (kd_document_get_reviews (document (f))), ==, 0);
}

/* A column is made wider by dragging its title's right edge, as in a spreadsheet; a press
 * elsewhere on the title still sorts. */
static void
test_resize_column (Fixture      *f,
                    gconstpointer data)
{
  KdPlanGrid *grid = _kd_plan_page_get_grid (f->page);
  int         owner = column_of (f, "owner");
  int         x, width, new_x, new_width, next_x, next_width;
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (grid));
  GtkGesture *drag = NULL;
  double      edge;

  g_assert_true (kd_plan_grid_get_column_area (grid, owner, &x, &width));
  edge = x + width - gtk_adjustment_get_value (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (grid)));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && drag == NULL; i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_DRAG (controller))
        drag = GTK_GESTURE (controller);
    }
  g_assert_nonnull (drag);
  g_signal_emit_by_name (drag, "drag-begin", edge - 1, 4.0);
  g_signal_emit_by_name (drag, "drag-update", 80.0, 0.0);
  g_signal_emit_by_name (drag, "drag-end", 80.0, 0.0);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  kd_ui_test_settle ();
  g_assert_true (kd_plan_grid_get_column_area (grid, owner, &new_x, &new_width));
  g_assert_cmpint (new_x, ==, x);
  g_assert_cmpint (new_width, ==, width + 80);
  g_assert_true (kd_plan_grid_get_column_area (grid, owner + 1, &next_x, &next_width));
  g_assert_cmpint (next_x, ==, x + width + 80);
  /* The cells follow their column. */
  {
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (cell_at (f, 0, "owner")), GTK_WIDGET (cell_at (f, 0, "owner")), &bounds));
    g_assert_cmpint ((int)bounds.size.width, ==, width + 80);
  }

  /* Not on an edge: nothing is resized. */
  g_signal_emit_by_name (drag, "drag-begin", (double)(new_x + new_width / 2 - gtk_adjustment_get_value (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (grid)))), 4.0);
  g_signal_emit_by_name (drag, "drag-update", 50.0, 0.0);
  g_signal_emit_by_name (drag, "drag-end", 50.0, 0.0);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_true (kd_plan_grid_get_column_area (grid, owner, &new_x, &new_width));
  g_assert_cmpint (new_width, ==, width + 80);
}

/* TT 57: the columns of Biểu 2 (indicators, expected evidence) appear. */
static void
test_tt57_columns (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr (KdDocument) tt57 = kd_document_new (kd_framework_registry_lookup (kd_framework_registry_get_default (), "tt57-2026-pt"));
  KdPlanGrid *grid;
  gboolean    indicators = FALSE;

  /* The sample's criteria in the filter; after the switch, TT 57's (1.1 to 5.x, no 2018 code). */
  gtk_menu_button_popup (_kd_plan_page_get_filter_button (f->page));
  kd_ui_test_settle ();
  g_assert_cmpuint (criterion_choice (f, "1.10"), !=, GTK_INVALID_LIST_POSITION);
  gtk_menu_button_popdown (_kd_plan_page_get_filter_button (f->page));
  g_object_set (kd_document_get_school (tt57), "name", "Trường THCS Nguyễn Bỉnh Khiêm", NULL);
  kd_window_set_document (f->window, tt57, NULL);
  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_PLAN_PAGE));
  kd_ui_test_settle ();
  gtk_menu_button_popup (_kd_plan_page_get_filter_button (f->page));
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (_kd_plan_page_get_criterion_filter (f->page))), ==,
                    2 + kd_framework_get_criteria (kd_document_get_framework (tt57))->len);
  g_assert_cmpuint (criterion_choice (f, "1.10"), ==, GTK_INVALID_LIST_POSITION);
  gtk_menu_button_popdown (_kd_plan_page_get_filter_button (f->page));
  /* The titles the header shows. */
  grid = _kd_plan_page_get_grid (f->page);
  for (guint i = 0; i < kd_plan_grid_get_n_columns (grid); i++)
    indicators |= g_strcmp0 (header_title (grid, i), "Chỉ số đánh giá kết quả") == 0;
  g_assert_true (indicators);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.add", NULL));
  kd_ui_test_settle ();
  g_assert_true (type_in (cell_at (f, 0, "indicators"), "100% giáo viên đạt chuẩn"));
  g_assert_cmpstr (kd_plan_row_get_indicators (shown_row (f, 0)), ==, "100% giáo viên đạt chuẩn");
}

/* A long plan: the rows in view reach the grid for the first frame, the others right after it —
 * all of them, in the plan's order, also when a row is added before that frame. */
static KdDocument *
long_plan (guint n)
{
  KdDocument *doc = kd_document_new (kd_framework_registry_lookup (kd_framework_registry_get_default (), "tt18-2018"));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *owner = g_strdup_printf ("Tổ trưởng %03u", i);

      g_object_set (kd_plan_insert_row (doc, i, "1.1"), "owner", owner, NULL);
    }
  return doc;
}

static void
assert_shows_plan (Fixture *f)
{
  GListModel *rows = plan (f);

  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, g_list_model_get_n_items (rows));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KdPlanRow) row = g_list_model_get_item (rows, i);

      g_assert_true (shown_row (f, i) == row);
    }
}

static void
test_long_plan (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (KdDocument) first = long_plan (300);
  g_autoptr (KdDocument) second = long_plan (300);

  kd_window_set_document (f->window, first, NULL);
  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_PLAN_PAGE));
  /* Before the first frame: only the rows that fit in the window. */
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), <, 100);
  kd_ui_test_settle ();
  assert_shows_plan (f);
  g_assert_cmpstr (kd_plan_cell_get_text (cell_at (f, 299, "owner")), ==, "Tổ trưởng 299");
  g_assert_nonnull (strstr (_kd_plan_page_get_footer (f->page), "300"));

  kd_window_set_document (f->window, second, NULL);
  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_PLAN_PAGE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.add", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (plan (f)), ==, 301);
  assert_shows_plan (f);
  kd_ui_test_settle ();
  assert_shows_plan (f);
  g_assert_cmpstr (kd_plan_cell_get_text (cell_at (f, 299, "owner")), ==, kd_plan_row_get_owner (shown_row (f, 299)));
}

/* ---- reviews ---------------------------------------------------------------------- */

static void
test_reviews (Fixture      *f,
              gconstpointer data)
{
  GtkWindow  *dialog;
  GtkWidget  *first;
  GListModel *reviews = kd_document_get_reviews (document (f));
  g_autoptr (KdReview) review = NULL;
  KdPlanRow *row = shown_row (f, 0);

  /* The sample has one review: the grid shows its status of each row. */
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 1);
  g_assert_nonnull (_kd_plan_page_get_review_text (f->page, 0));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.reviews", NULL));
  kd_ui_test_settle ();
  dialog = _kd_plan_page_get_dialog (f->page);
  g_assert_nonnull (dialog);
  g_signal_emit_by_name (_kd_plan_dialog_get (dialog, "add"), "clicked");
  kd_ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 2);
  review = g_list_model_get_item (reviews, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kd_review_get_entries (review)), ==, 8);

  /* Who reviewed, through the form; the first row found done, with a comment. */
  {
    GtkEditable *reviewer = kd_field_entry_get_editable (KD_FIELD_ENTRY (_kd_plan_dialog_get (dialog, "reviewer")));

    gtk_editable_set_text (GTK_EDITABLE (reviewer), "Nguyễn Văn Hùng, Chủ tịch Hội đồng");
    g_signal_emit_by_name (reviewer, "activate");
  }
  first = gtk_widget_get_first_child (_kd_plan_dialog_get (dialog, "rows"));
  gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (first), "kd-status"), KD_PLAN_STATUS_DONE);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (first), "kd-comment"), "Hoàn thành trước hạn");
  g_signal_emit_by_name (g_object_get_data (G_OBJECT (first), "kd-comment"), "activate");
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_review_get_reviewer (review), ==, "Nguyễn Văn Hùng, Chủ tịch Hội đồng");
  {
    KdReviewEntry *entry = kd_review_lookup_entry (review, kd_item_get_id (KD_ITEM (row)));

    g_assert_cmpint (kd_review_entry_get_status (entry), ==, KD_PLAN_STATUS_DONE);
    g_assert_cmpstr (kd_review_entry_get_comment (entry), ==, "Hoàn thành trước hạn");
  }
  g_signal_emit_by_name (_kd_plan_dialog_get (dialog, "confirm"), "clicked");
  kd_ui_test_settle ();
  g_assert_null (_kd_plan_page_get_dialog (f->page));

  /* The latest review's status shows in the grid; the row's own status is untouched. */
  g_assert_cmpstr (_kd_plan_page_get_review_text (f->page, 0), ==, "Hoàn thành");
  g_assert_cmpint (kd_plan_row_get_status (row), !=, KD_PLAN_STATUS_DONE);
}

/* ---- save and reopen ---------------------------------------------------------------- */

static void
test_save_and_reopen (Fixture      *f,
                      gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "kế hoạch.kdcl", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (type_in (cell_at (f, 0, "supervisor"), "Chi bộ nhà trường"));
  g_assert_true (type_in (cell_at (f, 0, "start"), "05/09/2023"));
  /* A note still being typed (no Enter) is written when the window saves, as in any field. */
  {
    KdPlanCell *note = cell_at (f, 0, "note");

    g_assert_true (press_key (GTK_WIDGET (note), GDK_KEY_F2, 0));
    gtk_editable_set_text (GTK_EDITABLE (_kd_plan_cell_get_editor (note)), "Chưa nhấn Enter");
    _kd_window_commit_edits (f->window);
    g_assert_cmpstr (kd_plan_row_get_note (shown_row (f, 0)), ==, "Chưa nhấn Enter");
    /* Ctrl+Z while typing takes back exactly that: the row and the editor as before, and leaving
     * the editor does not write it again. */
    gtk_editable_set_text (GTK_EDITABLE (_kd_plan_cell_get_editor (note)), "Gõ rồi hoàn tác");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
    kd_ui_test_settle ();
    g_assert_cmpstr (kd_plan_row_get_note (shown_row (f, 0)), ==, "Chưa nhấn Enter");
    if (kd_plan_cell_is_editing (note))
      {
        g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (_kd_plan_cell_get_editor (note))), ==, "Chưa nhấn Enter");
        g_assert_true (kd_plan_cell_commit (note));
      }
    g_assert_cmpstr (kd_plan_row_get_note (shown_row (f, 0)), ==, "Chưa nhấn Enter");
  }
  g_assert_true (kd_window_save_to_file (f->window, file, &error));
  g_assert_no_error (error);
  kd_ui_test_settle ();

  kd_window_set_document (f->window, NULL, NULL);
  kd_ui_test_settle ();
  g_assert_true (kd_window_open_file (f->window, file, &error));
  g_assert_no_error (error);
  g_assert_true (_kd_window_show_page (f->window, KD_TYPE_PLAN_PAGE));
  kd_ui_test_settle ();
  g_assert_cmpstr (kd_plan_cell_get_text (cell_at (f, 0, "supervisor")), ==, "Chi bộ nhà trường");
  g_assert_cmpstr (kd_plan_cell_get_text (cell_at (f, 0, "start")), ==, "05/09/2023");
  g_assert_cmpstr (kd_plan_row_get_start (shown_row (f, 0)), ==, "2023-09-05");
  g_assert_cmpstr (kd_plan_row_get_note (shown_row (f, 0)), ==, "Chưa nhấn Enter");
}

int
main (int    argc,
      char **argv)
{
  shared_app = kd_ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add ("/ui/plan/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("add-and-type", test_add_and_type);
  ADD ("date-and-budget", test_date_and_budget);
  ADD ("sort-and-filter", test_sort_and_filter);
  ADD ("large-plan", test_large_plan);
  ADD ("paste", test_paste);
  ADD ("generate", test_generate);
  ADD ("delete-and-undo", test_delete_and_undo);
  ADD ("keyboard", test_keyboard);
  ADD ("read-only", test_read_only);
  ADD ("resize-column", test_resize_column);
  ADD ("tt57-columns", test_tt57_columns);
  ADD ("long-plan", test_long_plan);
  ADD ("reviews", test_reviews);
  ADD ("save-and-reopen", test_save_and_reopen);
#undef ADD
  return g_test_run ();
}
