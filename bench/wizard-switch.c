/* wizard-switch.c — how long switching criteria takes in the Tự đánh giá section
 *
 *   wizard-switch [ROUNDS]
 *
 * Opens the bundled sample (28 criteria) in the real window at 1366×768 and walks every
 * criterion with win.next (what Ctrl+PgDn does), timing each switch from the action to the
 * frame clock's "after-paint" of the frame that shows the new criterion (the top of its sheet:
 * what fits on the screen) and of the frame that completes the sheet below the fold.  The reference is a
 * plain window of the same size showing the same words: one wrapped GtkLabel in a scrolled
 * window whose text is replaced by the criterion's legal texts and descriptions; and, for the
 * cost of painting this window, switching its sidebar between two sections already built.  Prints the
 * median, 90th percentile and maximum of both.  Run under Xvfb with GSK_RENDERER set, LANGUAGE=vi
 * and GSETTINGS_SCHEMA_DIR pointing at the build's data folder (docs/PERFORMANCE.md).
 */
#include "config.h"

#include <stdlib.h>

#include "kd-council-page.h"
#include "kd-bench.h"
#include "kd-school-page.h"
#include "kd-window-private.h"
#include "kd-wizard-page.h"

typedef struct
{
  GtkWidget    *window;    /* the window painted */
  KdWizardPage *page;      /* NULL when timing the reference */
  GtkLabel     *reference; /* NULL when timing the wizard */
  gboolean      sections;  /* timing a switch between two built sections of the window */
  GPtrArray    *texts;     /* the reference's text of each criterion */
  GArray       *samples;   /* gint64 µs to the first frame showing the criterion */
  GArray       *complete;  /* gint64 µs to the frame with the whole sheet */
  gboolean      first_seen;
  guint         step;
  guint         steps;
  gint64        started;
  gulong        paint_id;
  GMainLoop    *loop;
} Run;

static void next_step (Run *run);

static void
after_paint_cb (GdkFrameClock *clock,
                Run           *run)
{
  gint64 elapsed = g_get_monotonic_time () - run->started;

  if (!run->first_seen)
    g_array_append_val (run->samples, elapsed);
  run->first_seen = TRUE;
  /* The wizard shows the top of the sheet first and the rest a frame later. */
  if (run->page != NULL && !_kd_wizard_page_is_complete (run->page))
    return;
  g_array_append_val (run->complete, elapsed);
  run->first_seen = FALSE;
  g_clear_signal_handler (&run->paint_id, clock);
  run->step++;
  /* The next switch starts from an idle window, as a user's key press does. */
  g_idle_add_once ((GSourceOnceFunc)next_step, run);
}

static void
next_step (Run *run)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (run->window);

  if (run->step == run->steps)
    {
      g_main_loop_quit (run->loop);
      return;
    }
  run->paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), run);
  run->started = g_get_monotonic_time ();
  if (run->sections)
    _kd_window_show_page (KD_WINDOW (run->window), run->step % 2 == 0 ? KD_TYPE_SCHOOL_PAGE : KD_TYPE_COUNCIL_PAGE);
  else if (run->reference != NULL)
    gtk_label_set_text (run->reference, g_ptr_array_index (run->texts, run->step % run->texts->len));
  else if (run->step % run->texts->len == 0)
    gtk_widget_activate_action (run->window, "win.show-criterion", "s", "1.1");
  else
    gtk_widget_activate_action (run->window, "win.next", NULL);
}

static void
time_run (Run *run)
{
  run->loop = g_main_loop_new (NULL, FALSE);
  run->samples = g_array_new (FALSE, FALSE, sizeof (gint64));
  run->complete = g_array_new (FALSE, FALSE, sizeof (gint64));
  next_step (run);
  g_main_loop_run (run->loop);
  g_main_loop_unref (run->loop);
}

/* The words the sheet of @def shows: the legal text and the description of each indicator. */
static char *
criterion_text (KdDocument           *document,
                const KdCriterionDef *def)
{
  KdCriterionRecord *record = kd_document_get_criterion (document, def->code);
  GString           *text = g_string_new (def->title);

  for (guint i = 0; i < def->indicators->len; i++)
    {
      const KdIndicatorDef *indicator = g_ptr_array_index (def->indicators, i);

      g_string_append_printf (text, "\n\n%s) %s\n%s", indicator->key, indicator->text,
                              kd_criterion_record_get_description (record, indicator->id));
    }
  g_string_append_printf (text, "\n\n%s\n\n%s\n\n%s", kd_criterion_record_get_strengths (record),
                          kd_criterion_record_get_weaknesses (record), kd_criterion_record_get_improvement (record));
  return g_string_free (text, FALSE);
}

static void
activate_cb (GApplication *app,
             guint        *rounds)
{
  KdWindow   *window = kd_window_new (KD_APPLICATION (app));
  KdDocument *document;
  GPtrArray  *criteria;
  Run         wizard = { 0 }, reference = { 0 }, sections = { 0 };
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  if (!kd_window_open_sample (window, &error))
    g_error ("%s", error->message);
  document = kd_window_get_document (window);
  criteria = kd_framework_get_criteria (kd_document_get_framework (document));
  for (guint i = 0; i < criteria->len; i++)
    g_ptr_array_add (texts, criterion_text (document, g_ptr_array_index (criteria, i)));
  /* From the last criterion: each round starts by opening the first. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-criterion", "s", "5.6");
  kd_bench_settle ();

  /* Both sections built once, so that switching between them is only showing them. */
  _kd_window_show_page (window, KD_TYPE_SCHOOL_PAGE);
  kd_bench_settle ();
  _kd_window_show_page (window, KD_TYPE_COUNCIL_PAGE);
  kd_bench_settle ();
  sections.window = GTK_WIDGET (window);
  sections.sections = TRUE;
  sections.texts = texts;
  sections.steps = criteria->len * *rounds;
  time_run (&sections);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-criterion", "s", "5.6");
  kd_bench_settle ();

  wizard.window = GTK_WIDGET (window);
  wizard.page = KD_WIZARD_PAGE (_kd_window_get_page (window, KD_TYPE_WIZARD_PAGE));
  wizard.texts = texts;
  wizard.steps = criteria->len * *rounds;
  time_run (&wizard);

  {
    GtkWidget *plain = gtk_window_new ();
    GtkWidget *scroller = gtk_scrolled_window_new ();
    GtkWidget *label = gtk_label_new (NULL);

    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
    gtk_window_set_child (GTK_WINDOW (plain), scroller);
    gtk_window_set_default_size (GTK_WINDOW (plain), 1366, 768);
    gtk_window_present (GTK_WINDOW (plain));
    kd_bench_settle ();
    reference.window = plain;
    reference.reference = GTK_LABEL (label);
    reference.texts = texts;
    reference.steps = criteria->len * *rounds;
    time_run (&reference);
    gtk_window_destroy (GTK_WINDOW (plain));
  }

  kd_bench_report ("wizard: next criterion shown", wizard.samples);
  kd_bench_report ("wizard: whole sheet laid out", wizard.complete);
  kd_bench_report ("reference: label with the same text", reference.samples);
  kd_bench_report ("reference: school ↔ council section", sections.samples);
  g_array_unref (wizard.samples);
  g_array_unref (wizard.complete);
  g_array_unref (reference.samples);
  g_array_unref (reference.complete);
  g_array_unref (sections.samples);
  g_array_unref (sections.complete);
  gtk_window_destroy (GTK_WINDOW (window));
  g_application_quit (app);
}

int
main (int    argc,
      char **argv)
{
  guint rounds = argc > 1 ? (guint)atoi (argv[1]) : 3;

  if (rounds == 0)
    rounds = 3;
  return kd_bench_run_app (argv, G_CALLBACK (activate_cb), &rounds);
}
