/* meeting-switch.c — how long meeting mode takes to show the next criterion
 *
 *   meeting-switch [ROUNDS]
 *
 * Opens the bundled sample in the real window, starts meeting mode (one screen: the view alone,
 * at the screen's size) and walks the 28 criteria with the → key, timing each from the key to
 * the frame clock's "after-paint" of the frame that shows the new criterion; then sets an
 * indicator with K and D (the level and the reason are computed again), timed the same way.  The
 * reference is a plain window of the same size whose one wrapped GtkLabel, at the same font size,
 * is given the criterion's title and indicator texts.  Prints the median, 90th percentile and
 * maximum.  Run under Xvfb with GSK_RENDERER set, LANGUAGE=vi and GSETTINGS_SCHEMA_DIR pointing at
 * the build's data folder (docs/PERFORMANCE.md).
 */
#include "config.h"

#include <stdlib.h>

#include "kd-bench.h"
#include "kd-meeting-window.h"
#include "kd-window-private.h"

typedef enum
{
  STEP_NEXT,
  STEP_STATE,
  STEP_REFERENCE,
} StepKind;

typedef struct
{
  GtkWidget       *window; /* the window painted */
  KdMeetingWindow *meeting;
  GtkLabel        *reference;
  GPtrArray       *texts; /* the reference's text of each criterion */
  StepKind         kind;
  GArray          *samples; /* gint64 µs */
  guint            step;
  guint            steps;
  gint64           started;
  gulong           paint_id;
  GMainLoop       *loop;
} Run;

static void next_step (Run *run);

static void
after_paint_cb (GdkFrameClock *clock,
                Run           *run)
{
  gint64 elapsed = g_get_monotonic_time () - run->started;

  g_array_append_val (run->samples, elapsed);
  g_clear_signal_handler (&run->paint_id, clock);
  run->step++;
  /* The next key starts from an idle window, as the secretary's does. */
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
  switch (run->kind)
    {
      case STEP_NEXT:
        {
          KdMeetingSession *session = kd_meeting_window_get_session (run->meeting);

          /* At the end of the agenda, back to the start (Home), then on. */
          _kd_meeting_window_handle_key (run->meeting,
                                         kd_meeting_session_get_position (session) + 1 < kd_meeting_session_get_length (session)
                                             ? GDK_KEY_Right
                                             : GDK_KEY_Home,
                                         0);
          break;
        }
      case STEP_STATE:
        /* Không đạt, then Đạt again, on the indicator the secretary is on. */
        kd_meeting_session_set_indicator (kd_meeting_window_get_session (run->meeting), _kd_meeting_window_get_cursor (run->meeting),
                                          run->step % 2 == 0 ? KD_STATE_UNMET : KD_STATE_MET);
        break;
      case STEP_REFERENCE:
        gtk_label_set_text (run->reference, g_ptr_array_index (run->texts, run->step % run->texts->len));
        break;
    }
  gtk_widget_queue_draw (run->window);
}

static void
measure (Run     *run,
         StepKind kind,
         guint    steps)
{
  run->kind = kind;
  run->step = 0;
  run->steps = steps;
  g_array_set_size (run->samples, 0);
  g_idle_add_once ((GSourceOnceFunc)next_step, run);
  g_main_loop_run (run->loop);
}

/* The words meeting mode shows for each criterion, for the reference label. */
static GPtrArray *
criterion_texts (KdDocument *document)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *criteria = kd_framework_get_criteria (kd_document_get_framework (document));

  for (guint i = 0; i < criteria->len; i++)
    {
      const KdCriterionDef *def = g_ptr_array_index (criteria, i);
      GString              *text = g_string_new (def->title);

      for (guint j = 0; j < def->indicators->len; j++)
        g_string_append_printf (text, "\n%s) %s — Đạt", ((KdIndicatorDef *)g_ptr_array_index (def->indicators, j))->key,
                                ((KdIndicatorDef *)g_ptr_array_index (def->indicators, j))->text);
      g_ptr_array_add (texts, g_string_free (text, FALSE));
    }
  return texts;
}

static void
activate_cb (GApplication *app,
             guint        *rounds)
{
  KdWindow *main_window = kd_window_new (KD_APPLICATION (app));
  g_autoptr (GError) error = NULL;
  Run run = { 0 };

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  gtk_window_present (GTK_WINDOW (main_window));
  if (!kd_window_open_sample (main_window, &error))
    g_error ("%s", error->message);
  gtk_widget_activate_action (GTK_WIDGET (main_window), "win.meeting", NULL);
  run.meeting = KD_MEETING_WINDOW (_kd_window_get_meeting_window (main_window));
  run.window = GTK_WIDGET (run.meeting);
  run.samples = g_array_new (FALSE, FALSE, sizeof (gint64));
  run.texts = criterion_texts (kd_window_get_document (main_window));
  run.loop = g_main_loop_new (NULL, FALSE);
  gtk_test_widget_wait_for_draw (run.window);
  kd_bench_settle ();

  g_print ("font %d px, window %d×%d\n", _kd_meeting_window_get_font_size (run.meeting), gtk_widget_get_width (run.window),
           gtk_widget_get_height (run.window));
  measure (&run, STEP_NEXT, 28 * *rounds);
  kd_bench_report ("meeting mode: → next criterion", run.samples);
  measure (&run, STEP_STATE, 28 * *rounds);
  kd_bench_report ("meeting mode: K / D on an indicator", run.samples);

  /* The reference: the same words in one label, in a window of the same size and font. */
  {
    GtkWidget *window = gtk_window_new ();
    GtkWidget *scroller = gtk_scrolled_window_new ();
    GtkWidget *label = gtk_label_new ("");
    g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();
    g_autofree char *rule = g_strdup_printf ("label.reference { font-size: %dpx; }",
                                             _kd_meeting_window_get_font_size (run.meeting));
    int              width = gtk_widget_get_width (run.window), height = gtk_widget_get_height (run.window);

    gtk_css_provider_load_from_data (css, rule, -1);
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    gtk_widget_add_css_class (label, "reference");
    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
    gtk_window_set_child (GTK_WINDOW (window), scroller);
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
    gtk_window_destroy (GTK_WINDOW (run.meeting));
    gtk_window_present (GTK_WINDOW (window));
    gtk_test_widget_wait_for_draw (window);
    kd_bench_settle ();
    run.window = window;
    run.reference = GTK_LABEL (label);
    measure (&run, STEP_REFERENCE, 28 * *rounds);
    kd_bench_report ("reference: one label, same words and size", run.samples);
    gtk_window_destroy (GTK_WINDOW (window));
  }
  g_array_unref (run.samples);
  g_ptr_array_unref (run.texts);
  g_main_loop_unref (run.loop);
  g_application_quit (app);
}

int
main (int    argc,
      char **argv)
{
  guint rounds = argc > 1 ? (guint)atoi (argv[1]) : 3;

  return kd_bench_run_app (argv, G_CALLBACK (activate_cb), &rounds);
}
