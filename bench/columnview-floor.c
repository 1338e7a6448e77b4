/* columnview-floor.c — what GTK 4.8's GtkColumnView itself costs to show 5,000 rows
 *
 *   columnview-floor [ROUNDS]
 *
 * The least a column view of 5,000 rows can cost: processor time from setting the model to the
 * first painted frame, for 1 and 14 columns of fixed width, with cells that have no child at all,
 * a GtkLabel or a GtkInscription.  GTK 4.8 builds row widgets for about 205 rows whatever the
 * window's height (GTK_LIST_VIEW_MAX_LIST_ITEMS in gtk/gtklistview.c), so the plan grid's 14
 * columns mean about 2,900 cells per show whatever we put in them.  Medians of ROUNDS (default 5);
 * run under Xvfb with GSK_RENDERER=cairo (see docs/PERFORMANCE.md).
 */
#include <stdlib.h>
#include <time.h>

#include <gtk/gtk.h>

typedef enum
{
  CELL_EMPTY,
  CELL_LABEL,
  CELL_INSCRIPTION,
} CellKind;

static const char *const kind_names[] = { "no child", "GtkLabel", "GtkInscription" };

static gboolean painted;

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  data)
{
  switch (GPOINTER_TO_INT (data))
    {
      case CELL_LABEL:
        gtk_list_item_set_child (item, gtk_label_new (NULL));
        break;
      case CELL_INSCRIPTION:
        gtk_list_item_set_child (item, gtk_inscription_new (NULL));
        break;
      default:
        break;
    }
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  data)
{
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  switch (GPOINTER_TO_INT (data))
    {
      case CELL_LABEL:
        gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
        break;
      case CELL_INSCRIPTION:
        gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
        break;
      default:
        break;
    }
}

static void
after_paint_cb (void)
{
  painted = TRUE;
}

static double
show_once (GListModel *rows,
           guint       n_columns,
           CellKind    kind)
{
  GtkWidget     *window = gtk_window_new ();
  GtkWidget     *view = gtk_column_view_new (NULL);
  GtkWidget     *scrolled = gtk_scrolled_window_new ();
  GdkFrameClock *clock;
  double         start, spent;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  for (guint c = 0; c < n_columns; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr (GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (kind));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), GINT_TO_POINTER (kind));
      column = gtk_column_view_column_new ("Cột", factory);
      gtk_column_view_column_set_fixed_width (column, 90);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (view), column);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_usleep (200000);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  painted = FALSE;
  start = cpu_ms ();
  gtk_column_view_set_model (GTK_COLUMN_VIEW (view), GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (rows))));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  spent = cpu_ms () - start;
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return spent;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

int
main (int    argc,
      char **argv)
{
  guint rounds = argc > 1 ? (guint)CLAMP (atoi (argv[1]), 1, 50) : 5;
  guint widths[] = { 1, 14 };
  g_autoptr (GtkStringList) rows = NULL;

  gtk_init ();
  rows = gtk_string_list_new (NULL);
  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *text = g_strdup_printf ("Nâng tỉ lệ học sinh đạt yêu cầu %u", i);

      gtk_string_list_append (rows, text);
    }
  show_once (G_LIST_MODEL (rows), 14, CELL_LABEL); /* fonts, icons and CSS loaded once */

  g_print ("| columns | cell | show 5,000 rows (ms CPU) |\n|---:|---|---:|\n");
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (CellKind kind = CELL_EMPTY; kind <= CELL_INSCRIPTION; kind++)
      {
        g_autofree double *times = g_new (double, rounds);

        for (guint r = 0; r < rounds; r++)
          times[r] = show_once (G_LIST_MODEL (rows), widths[w], kind);
        qsort (times, rounds, sizeof (double), (int (*) (const void *, const void *))compare_double);
        g_print ("| %u | %s | %.0f |\n", widths[w], kind_names[kind], times[rounds / 2]);
      }
  return 0;
}
