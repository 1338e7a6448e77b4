/* plan.c — how fast the improvement-plan grid shows, scrolls, sorts and filters
 *
 *   bench-plan [ROUNDS] [wall]
 *   bench-plan core      (the core rules alone, no display needed)
 *
 * For 1,000 and 5,000 rows, against a plain GtkColumnView of the same rows and columns whose
 * cells are GtkLabels (the cheapest column view one can write, sorted by strcmp and filtered by
 * strstr): the time from setting the model to the first frame painted, the frame after it (the
 * grid builds the row widgets out of view then), the time per frame while
 * scrolling page by page, the time to sort by a name column and to search (each until the next
 * frame is painted; then again, the other way round and for another word, once the keys are made),
 * the time per key typed into the lead's cell of the grid sorted by that column (until the next
 * frame, median and slowest, against the same keys typed into a GtkEntry alone in a window), the
 * time to write the typed name into the row with Enter, and the memory the process grew by.
 * Times are the processor time the process spent (CLOCK_PROCESS_CPUTIME_ID), which shared cores
 * disturb far less than wall time; with "wall", the time that passed (CLOCK_MONOTONIC), the X
 * server's work included.  Medians of ROUNDS (default 5).  Run under Xvfb with
 * GSK_RENDERER=cairo (see docs/PERFORMANCE.md).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kd-bench.h"
#include "kd-i18n.h"
#include "kd-plan-cell.h"
#include "kd-plan-page.h"

#define SCROLL_STEPS 40

static gboolean painted;

static void
after_paint_cb (void)
{
  painted = TRUE;
}

/* Runs the loop until the window has painted a frame since the call. */
static void
wait_for_paint (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gulong         id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);

  painted = FALSE;
  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

static long
rss_kib (void)
{
  long  size = 0, resident = 0;
  FILE *statm = fopen ("/proc/self/statm", "r");

  if (statm != NULL)
    {
      if (fscanf (statm, "%ld %ld", &size, &resident) != 2)
        resident = 0;
      fclose (statm);
    }
  return resident * (sysconf (_SC_PAGESIZE) / 1024);
}

static KdDocument *
make_document (guint n)
{
  static const char *owners[] = { "Hiệu trưởng", "Phó hiệu trưởng", "Tổ trưởng tổ Toán", "Đoàn trường", "Ánh", "Bình", "Đức", "An" };
  KdFramework       *framework = kd_framework_registry_lookup (kd_framework_registry_get_default (), "tt18-2018");
  KdDocument        *document = kd_document_new (framework);
  GListStore        *plan = G_LIST_STORE (kd_document_get_plan (document));
  GPtrArray         *criteria = kd_framework_get_criteria (framework);
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      KdPlanRow       *row = kd_plan_row_new ();
      g_autofree char *target = g_strdup_printf ("Nâng tỉ lệ học sinh đạt yêu cầu lên %u%% trong năm học", 50 + i % 50);

      g_object_set (row, "criterion", ((KdCriterionDef *)g_ptr_array_index (criteria, i % criteria->len))->code,
                    "issue", "Đổi mới phương pháp dạy học", "target", target,
                    "actions", "Dự giờ, rút kinh nghiệm; mỗi tổ thực hiện hai chuyên đề mỗi học kỳ",
                    "owner", owners[i % G_N_ELEMENTS (owners)], "partners", "Các tổ chuyên môn",
                    "start", "2024-09-05", "deadline", i % 3 ? "2025-05-31" : "2024-01-15", "budget", (gint64)(i * 1000),
                    "budget-source", "Ngân sách", "support", "Phòng GD&ĐT", "supervisor", "Hiệu trưởng",
                    "status", (KdPlanStatus)(i % 4), "note", "", NULL);
      g_ptr_array_add (rows, row);
    }
  /* Straight into the store: the benchmark measures showing, not the undo history. */
  g_list_store_splice (plan, 0, 0, rows->pdata, rows->len);
  return document;
}

/* ---- core alone: the rules the grid calls ------------------------------------------- */

static int
compare_owner (gconstpointer a,
               gconstpointer b)
{
  return kd_plan_compare (*(KdPlanRow **)a, *(KdPlanRow **)b, "owner");
}

static gint64 now (void);

/* Sorting and searching 5,000 rows in core, without any widget: what the grid adds is GTK's. */
static void
core_rules (KdDocument *document)
{
  GListModel *plan = kd_document_get_plan (document);
  guint       n = g_list_model_get_n_items (plan);
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (KdPlanFilter) filter = kd_plan_filter_new (kd_document_get_framework (document));
  guint  found = 0;
  gint64 start;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (rows, g_list_model_get_item (plan, i));
  for (guint round = 0; round < 2; round++)
    {
      start = now ();
      g_ptr_array_sort (rows, compare_owner);
      printf ("core: sort %u rows by the lead, %s: %.1f ms\n", n, round == 0 ? "first time (collation keys made)" : "again",
              (now () - start) / 1000.0);
    }
  kd_plan_filter_set_search (filter, "to toan");
  for (guint round = 0; round < 2; round++)
    {
      start = now ();
      found = 0;
      for (guint i = 0; i < n; i++)
        found += kd_plan_filter_matches (filter, g_ptr_array_index (rows, i));
      printf ("core: search %u rows (%u found), %s: %.1f ms\n", n, found, round == 0 ? "first time (folded text made)" : "again",
              (now () - start) / 1000.0);
    }
}

/* ---- the reference: a plain column view of labels ---------------------------------- */

static void
plain_setup (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "chars")));
  gtk_list_item_set_child (item, label);
}

static void
plain_bind (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  const char      *field = g_object_get_data (G_OBJECT (factory), "field");
  g_autofree char *text = kd_item_dup_display (gtk_list_item_get_item (item), field);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static int
plain_compare (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  return g_strcmp0 (kd_plan_row_get_owner ((KdPlanRow *)a), kd_plan_row_get_owner ((KdPlanRow *)b));
}

static int
plain_compare_descending (gconstpointer a,
                          gconstpointer b,
                          gpointer      data)
{
  return -plain_compare (a, b, data);
}

static const char *plain_needle;

static gboolean
plain_match (gpointer item,
             gpointer data)
{
  return plain_needle == NULL || strstr (kd_plan_row_get_owner (item), plain_needle) != NULL;
}

/* Filtered by plain strstr on one column, sorted by strcmp: no Vietnamese rules at all. */
static GtkWidget *
plain_view (GListModel       *rows,
            GtkCustomFilter **filter,
            GtkCustomSorter **sorter)
{
  guint                      n;
  const KdPlanColumn *const *columns = kd_plan_get_columns (KD_PLAN_LAYOUT_5932, &n);
  GtkFilterListModel        *filtered;
  GtkSortListModel          *sorted;
  GtkWidget                 *view;

  plain_needle = NULL;
  *filter = gtk_custom_filter_new (plain_match, NULL, NULL);
  *sorter = gtk_custom_sorter_new (NULL, NULL, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (rows), GTK_FILTER (g_object_ref (*filter)));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered), GTK_SORTER (g_object_ref (*sorter)));
  view = gtk_column_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (sorted))));

  for (guint i = 0; i < n; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr (GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "field", (gpointer)columns[i]->field);
      g_object_set_data (G_OBJECT (factory), "chars", GINT_TO_POINTER (columns[i]->width / 8));
      g_signal_connect (factory, "setup", G_CALLBACK (plain_setup), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (plain_bind), NULL);
      column = gtk_column_view_column_new (columns[i]->title, factory);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (view), column);
    }
  return view;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), (int (*) (const void *, const void *))compare_double);
  return values[n / 2];
}

/* ---- one measurement ---------------------------------------------------------------- */

typedef struct
{
  double show_ms;
  double next_frame_ms; /* the frame after: what the grid left for after the first one */
  double scroll_ms;     /* per frame */
  double sort_ms;
  double sort_again_ms; /* the other way round: keys already made */
  double filter_ms;
  double filter_again_ms; /* another search: folded text already made */
  double key_ms;          /* per key typed into a cell, median */
  double key_max_ms;      /* the slowest key */
  double commit_ms;       /* Enter: the typed text written into the row */
  long   grown_kib;
} Result;

static GtkWidget *
new_window (void)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_paint (window);
  return window;
}

/* Processor time of this process by default: the two cores of the test machine are shared, and
 * waiting for the X server costs the user little next to building and laying out rows. */
static clockid_t bench_clock = CLOCK_PROCESS_CPUTIME_ID;

static gint64
now (void)
{
  return kd_bench_clock_us (bench_clock);
}

static double
ms_since (gint64 start)
{
  return (now () - start) / 1000.0;
}

static double
scroll (GtkWidget         *window,
        GtkScrolledWindow *scrolled)
{
  GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (scrolled);
  gint64         start = now ();

  for (guint i = 0; i < SCROLL_STEPS; i++)
    {
      gtk_adjustment_set_value (v, gtk_adjustment_get_value (v) + gtk_adjustment_get_page_size (v));
      wait_for_paint (window);
    }
  return ms_since (start) / SCROLL_STEPS;
}

/* What a lead's name is typed as, key by key (letters with Vietnamese marks among them). */
static const char typed_name[] = "Nguyễn Thị Hồng Nhung";

/* Types typed_name into @editable one character at a time, each until the next frame is
 * painted: the median and the slowest key. */
static void
type_keys (GtkWidget   *window,
           GtkEditable *editable,
           double      *median_ms,
           double      *max_ms)
{
  double per_key[G_N_ELEMENTS (typed_name)];
  guint  n = 0;

  for (const char *c = typed_name; *c != '\0'; c = g_utf8_next_char (c))
    {
      gint64 start = now ();
      int    position = -1;

      gtk_editable_set_position (editable, -1);
      position = gtk_editable_get_position (editable);
      gtk_editable_insert_text (editable, c, (int)(g_utf8_next_char (c) - c), &position);
      gtk_editable_set_position (editable, position);
      wait_for_paint (window);
      per_key[n++] = ms_since (start);
    }
  *median_ms = median (per_key, n); /* sorts them */
  *max_ms = per_key[n - 1];
}

/* The reference for typing: the same keys into a GtkEntry alone in a window of the same size. */
static void
type_into_entry (double *median_ms,
                 double *max_ms)
{
  GtkWidget *window = new_window ();
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_valign (entry, GTK_ALIGN_START);
  gtk_window_set_child (GTK_WINDOW (window), entry);
  gtk_widget_grab_focus (entry);
  wait_for_paint (window);
  type_keys (window, GTK_EDITABLE (entry), median_ms, max_ms);
  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Types a name into the lead's cell of the fourth row shown, the grid sorted by the lead, then
 * presses Enter: the row takes the name and moves to its place in the order. */
static void
type_into_grid (GtkWidget  *window,
                KdPlanPage *page,
                Result     *result)
{
  KdPlanCell *cell = _kd_plan_page_get_cell (page, 3, "owner");
  gint64      start;

  if (cell == NULL || !kd_plan_cell_start_editing (cell, ""))
    {
      g_printerr ("bench-plan: the lead's cell could not be edited\n");
      exit (1);
    }
  wait_for_paint (window);
  type_keys (window, GTK_EDITABLE (_kd_plan_cell_get_editor (cell)), &result->key_ms, &result->key_max_ms);
  start = now ();
  if (!kd_plan_cell_commit (cell))
    {
      g_printerr ("bench-plan: the typed name was refused\n");
      exit (1);
    }
  wait_for_paint (window);
  result->commit_ms = ms_since (start);
}

/* The plan section made and given the document, until its first frame is painted (a function of
 * its own so that a profiler can collect it alone: valgrind --toggle-collect=show_grid). */
static G_GNUC_NO_INLINE GtkWidget *
show_grid (GtkWidget  *window,
           KdDocument *document)
{
  GtkWidget *page = kd_plan_page_new ();

  gtk_window_set_child (GTK_WINDOW (window), page);
  kd_page_set_document (KD_PAGE (page), document);
  wait_for_paint (window);
  return page;
}

static void
measure (gboolean    grid,
         KdDocument *document,
         Result     *result)
{
  GtkWidget *window = new_window ();
  long       rss = rss_kib ();
  gint64     start = now ();
  GtkWidget *scrolled;

  if (grid)
    {
      GtkWidget *page = show_grid (window, document);

      result->show_ms = ms_since (start);
      start = now ();
      wait_for_paint (window);
      result->next_frame_ms = ms_since (start);
      scrolled = gtk_widget_get_parent (GTK_WIDGET (_kd_plan_page_get_grid (KD_PLAN_PAGE (page))));
      result->scroll_ms = scroll (window, GTK_SCROLLED_WINDOW (scrolled));

      start = now ();
      _kd_plan_page_sort_by (KD_PLAN_PAGE (page), "owner", GTK_SORT_ASCENDING);
      wait_for_paint (window);
      result->sort_ms = ms_since (start);

      start = now ();
      _kd_plan_page_sort_by (KD_PLAN_PAGE (page), "owner", GTK_SORT_DESCENDING);
      wait_for_paint (window);
      result->sort_again_ms = ms_since (start);

      start = now ();
      /* What the search entry does once the user stops typing. */
      gtk_editable_set_text (_kd_plan_page_get_search (KD_PLAN_PAGE (page)), "to toan");
      g_signal_emit_by_name (_kd_plan_page_get_search (KD_PLAN_PAGE (page)), "search-changed");
      wait_for_paint (window);
      result->filter_ms = ms_since (start);

      start = now ();
      gtk_editable_set_text (_kd_plan_page_get_search (KD_PLAN_PAGE (page)), "duc");
      g_signal_emit_by_name (_kd_plan_page_get_search (KD_PLAN_PAGE (page)), "search-changed");
      wait_for_paint (window);
      result->filter_again_ms = ms_since (start);

      gtk_editable_set_text (_kd_plan_page_get_search (KD_PLAN_PAGE (page)), "");
      g_signal_emit_by_name (_kd_plan_page_get_search (KD_PLAN_PAGE (page)), "search-changed");
      wait_for_paint (window);
      type_into_grid (window, KD_PLAN_PAGE (page), result);
    }
  else
    {
      g_autoptr (GtkCustomFilter) filter = NULL;
      g_autoptr (GtkCustomSorter) sorter = NULL;

      scrolled = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), plain_view (kd_document_get_plan (document), &filter, &sorter));
      gtk_window_set_child (GTK_WINDOW (window), scrolled);
      wait_for_paint (window);
      result->show_ms = ms_since (start);
      start = now ();
      wait_for_paint (window);
      result->next_frame_ms = ms_since (start);
      result->scroll_ms = scroll (window, GTK_SCROLLED_WINDOW (scrolled));

      start = now ();
      gtk_custom_sorter_set_sort_func (sorter, plain_compare, NULL, NULL);
      wait_for_paint (window);
      result->sort_ms = ms_since (start);

      start = now ();
      gtk_custom_sorter_set_sort_func (sorter, plain_compare_descending, NULL, NULL);
      wait_for_paint (window);
      result->sort_again_ms = ms_since (start);

      start = now ();
      plain_needle = "tổ Toán";
      gtk_filter_changed (GTK_FILTER (filter), GTK_FILTER_CHANGE_DIFFERENT);
      wait_for_paint (window);
      result->filter_ms = ms_since (start);

      start = now ();
      plain_needle = "Đức";
      gtk_filter_changed (GTK_FILTER (filter), GTK_FILTER_CHANGE_DIFFERENT);
      wait_for_paint (window);
      result->filter_again_ms = ms_since (start);
      result->key_ms = result->key_max_ms = result->commit_ms = -1; /* nothing to type into */
    }
  result->grown_kib = rss_kib () - rss;
  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

int
main (int    argc,
      char **argv)
{
  gboolean core_only = argc > 1 && g_str_equal (argv[1], "core");
  guint    rounds = argc > 1 ? (guint)atoi (argv[1]) : 5;

  if (argc > 2 && g_str_equal (argv[2], "wall"))
    bench_clock = CLOCK_MONOTONIC;
  guint sizes[] = { 1000, 5000 };

  kd_i18n_init ();
  /* The rows themselves: what a plan of that size costs in memory, without any view (the
   * catalogues loaded first, every document kept so that none reuses another's memory). */
  {
    g_autoptr (GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);

    g_ptr_array_add (kept, make_document (10));
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        long before = rss_kib ();

        g_ptr_array_add (kept, make_document (sizes[s]));
        printf ("plan of %u rows in memory: %.1f MiB\n", sizes[s], (rss_kib () - before) / 1024.0);
      }
    core_rules (g_ptr_array_index (kept, kept->len - 1));
  }
  if (core_only)
    return 0;
  gtk_init ();
  kd_style_init ();
  rounds = CLAMP (rounds, 1, 50);

  /* Warm up fonts, icons and CSS once. */
  {
    g_autoptr (KdDocument) document = make_document (100);
    Result warm;

    measure (TRUE, document, &warm);
    measure (FALSE, document, &warm);
  }

  {
    const char *unit = bench_clock == CLOCK_MONOTONIC ? "wall" : "CPU";

    printf ("\n| rows | view | show (ms %s) | next frame | scroll (ms %s/frame) | sort (ms %s) | sort again | search (ms %s) | search again | typing (ms %s/key, median / slowest) | Enter | memory growth (MiB) |\n",
            unit, unit, unit, unit, unit);
  }
  printf ("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (int grid = 0; grid <= 1; grid++)
      {
        g_autofree double *show = g_new (double, rounds);
        g_autofree double *next_frame = g_new (double, rounds);
        g_autofree double *scrolling = g_new (double, rounds);
        g_autofree double *sorting = g_new (double, rounds);
        g_autofree double *sorting_again = g_new (double, rounds);
        g_autofree double *filtering = g_new (double, rounds);
        g_autofree double *filtering_again = g_new (double, rounds);
        g_autofree double *keys = g_new (double, rounds);
        g_autofree double *keys_max = g_new (double, rounds);
        g_autofree double *commits = g_new (double, rounds);
        g_autofree double *memory = g_new (double, rounds);

        for (guint r = 0; r < rounds; r++)
          {
            g_autoptr (KdDocument) document = make_document (sizes[s]);
            Result result;

            measure (grid, document, &result);
            show[r] = result.show_ms;
            next_frame[r] = result.next_frame_ms;
            scrolling[r] = result.scroll_ms;
            sorting[r] = result.sort_ms;
            sorting_again[r] = result.sort_again_ms;
            filtering[r] = result.filter_ms;
            filtering_again[r] = result.filter_again_ms;
            keys[r] = result.key_ms;
            keys_max[r] = result.key_max_ms;
            commits[r] = result.commit_ms;
            memory[r] = result.grown_kib / 1024.0;
          }
        {
          g_autofree char *typing = grid ? g_strdup_printf ("%.1f / %.1f", median (keys, rounds), median (keys_max, rounds)) : g_strdup ("–");
          g_autofree char *enter = grid ? g_strdup_printf ("%.0f", median (commits, rounds)) : g_strdup ("–");

          printf ("| %u | %s | %.0f | %.0f | %.1f | %.0f | %.0f | %.0f | %.0f | %s | %s | %.1f |\n", sizes[s],
                  grid ? "plan grid (KdPlanPage)" : "plain GtkColumnView of GtkLabels", median (show, rounds),
                  median (next_frame, rounds), median (scrolling, rounds), median (sorting, rounds), median (sorting_again, rounds),
                  median (filtering, rounds), median (filtering_again, rounds), typing, enter, median (memory, rounds));
        }
      }
  {
    g_autofree double *keys = g_new (double, rounds);
    g_autofree double *keys_max = g_new (double, rounds);

    for (guint r = 0; r < rounds; r++)
      type_into_entry (&keys[r], &keys_max[r]);
    printf ("\nreference: the same keys typed into a GtkEntry alone in the window: %.1f ms per key (median), slowest %.1f ms\n",
            median (keys, rounds), median (keys_max, rounds));
  }
  return 0;
}
