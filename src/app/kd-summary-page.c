/* kd-summary-page.c
 *
 * The school's level and why, what the next level needs, and a picture of every criterion
 * (one coloured cell each, with a mark per level) large enough for a council to read on a
 * projector; a cell opens its criterion through win.show-criterion.  Everything shown comes
 * from core's evaluation (kd_evaluate) and review check, recomputed after each change while the
 * page is on screen, and once when it comes back.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-criterion-face.h"
#include "kd-review-check.h"
#include "kd-rules.h"
#include "kd-summary-page.h"

/* A long list of reasons reads as noise: the first few, then how many more (the cells show all). */
#define MAX_LISTED 6

typedef struct
{
  char            *code;
  GtkWidget       *button;
  KdCriterionFace *face; /* the code, the level, a mark per level */
} Cell;

struct _KdSummaryPage
{
  GtkWidget parent_instance;

  GtkWidget      *verdict_box;
  GtkLabel       *verdict_label;
  GtkLabel       *accreditation_label;
  GtkLabel       *national_label;
  GtkLabel       *target_label;
  GtkProgressBar *progress_bar;
  GtkLabel       *progress_label;
  GtkGrid        *counts_grid;
  GtkWidget      *reminder_box;
  GtkLabel       *reminder_label;
  GtkWidget      *reminder_button;
  GtkFlowBox     *legend_box;
  GtkGrid        *criteria_grid;
  GtkWidget      *explanation_box;
  GtkLabel       *reasons_heading;
  GtkBox         *reasons_box;
  GtkLabel       *missing_heading;
  GtkBox         *missing_box;

  KdDocument *document;
  GPtrArray  *cells; /* of Cell, catalogue order */
  gboolean    stale; /* the document changed while the page was not on screen */

  /* The reasons lie below the first screen: they are filled after the page's first frame, which
   * would otherwise take them in (an eighth of the overview's cost, by callgrind). */
  KdAfterPaint first_paint;
  gboolean     painted;
};

static void kd_summary_page_iface_init (KdPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KdSummaryPage, kd_summary_page, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (KD_TYPE_PAGE, kd_summary_page_iface_init))

enum
{
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_free (cell->code);
  g_free (cell);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_GRID (box))
        gtk_grid_remove (GTK_GRID (box), child);
      else if (GTK_IS_FLOW_BOX (box))
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

/* ---- the picture of the criteria ---------------------------------------------------- */

static void
cell_clicked_cb (GtkButton *button,
                 Cell      *cell)
{
  gtk_widget_activate_action (GTK_WIDGET (button), "win.show-criterion", "s", cell->code);
}

static GtkWidget *
make_cell (KdSummaryPage        *self,
           const KdCriterionDef *def,
           guint                 max_level)
{
  Cell *cell = g_new0 (Cell, 1);

  cell->code = g_strdup (def->code);
  cell->button = gtk_button_new ();
  cell->face = KD_CRITERION_FACE (kd_criterion_face_new (def->code, max_level));
  gtk_widget_add_css_class (cell->button, "kd-criterion-cell");
  gtk_button_set_child (GTK_BUTTON (cell->button), GTK_WIDGET (cell->face));
  g_signal_connect (cell->button, "clicked", G_CALLBACK (cell_clicked_cb), cell);
  g_ptr_array_add (self->cells, cell);
  return cell->button;
}

static void
add_legend_item (KdSummaryPage *self,
                 const char    *text,
                 KdState        state,
                 guint          level)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "kd-legend-item");
  kd_widget_set_level_class (label, state, level);
  gtk_flow_box_append (self->legend_box, label);
  gtk_widget_set_focusable (gtk_widget_get_parent (label), FALSE);
}

/* The cells and the legend for the framework's criteria: built once per document. */
static void
build_criteria (KdSummaryPage *self)
{
  KdFramework *framework;
  GPtrArray   *standards;
  guint        max_level;
  guint        widest = 1;

  clear_box (GTK_WIDGET (self->criteria_grid));
  clear_box (GTK_WIDGET (self->legend_box));
  g_ptr_array_set_size (self->cells, 0);
  if (self->document == NULL)
    return;

  framework = kd_document_get_framework (self->document);
  standards = kd_framework_get_standards (framework);
  max_level = kd_framework_get_max_level (framework);
  for (guint row = 0; row < standards->len; row++)
    widest = MAX (widest, ((KdStandardDef *)g_ptr_array_index (standards, row))->criteria->len);
  for (guint row = 0; row < standards->len; row++)
    {
      const KdStandardDef *standard = g_ptr_array_index (standards, row);
      g_autofree char     *number = g_strdup_printf ("%u", standard->number);
      g_autofree char     *name = g_strdup_printf (_ ("Standard %u: %s"), standard->number, standard->title);
      GtkWidget           *label = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget           *word = gtk_label_new (_ ("Standard"));
      GtkWidget           *big = gtk_label_new (number);
      GtkWidget           *flow = gtk_flow_box_new ();

      /* "Tiêu chuẩn" over a large number: a narrow column leaves the width to the cells. */
      gtk_widget_add_css_class (word, "kd-standard-name");
      gtk_widget_add_css_class (big, "kd-standard-number");
      gtk_box_append (GTK_BOX (label), word);
      gtk_box_append (GTK_BOX (label), big);
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      kd_widget_set_tooltip (label, name);
      gtk_grid_attach (self->criteria_grid, label, 0, row, 1, 1);

      /* A standard's cells wrap rather than widen the page when the text is large; every row has
       * as many slots as the longest standard has criteria, so the cells line up. */
      gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
      gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), widest);
      gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
      gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
      gtk_widget_set_hexpand (flow, TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      for (guint i = 0; i < standard->criteria->len; i++)
        {
          gtk_flow_box_append (GTK_FLOW_BOX (flow), make_cell (self, g_ptr_array_index (standard->criteria, i), max_level));
          /* The cell's button takes the focus; its wrapper would be a second, silent stop. */
          gtk_widget_set_focusable (GTK_WIDGET (gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (flow), i)), FALSE);
        }
      gtk_grid_attach (self->criteria_grid, flow, 1, row, 1, 1);
    }

  /* The same words as the cells. */
  add_legend_item (self, _ ("Not assessed"), KD_STATE_UNASSESSED, 0);
  add_legend_item (self, _ ("Not reached"), KD_STATE_UNMET, 0);
  for (guint level = 1; level <= max_level; level++)
    {
      g_autofree char *text = g_strdup_printf (_ ("Level %u"), level);

      add_legend_item (self, text, KD_STATE_MET, level);
    }
}

static void
update_cell (Cell                    *cell,
             const KdCriterionResult *result,
             guint                    max_level)
{
  g_autofree char *level = kd_criterion_result_describe (result);
  g_autofree char *text = kd_criterion_result_describe_short (result);
  g_autofree char *reason = kd_criterion_result_reason (result, max_level);
  g_autofree char *name = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *accessible = NULL;
  g_autoptr (GString) counts = g_string_new (NULL);

  kd_criterion_face_set_level_text (cell->face, text);
  kd_widget_set_level_class (cell->button, result->level > 0 ? KD_STATE_MET : kd_criterion_result_state_at (result, 1), result->level);
  for (guint i = 0; i < max_level; i++)
    {
      KdState          state = kd_criterion_result_state_at (result, i + 1);
      g_autofree char *count = kd_criterion_result_count_label (result, i + 1);

      kd_criterion_face_set_mark_state (cell->face, i + 1, state);
      g_string_append_c (counts, '\n');
      g_string_append_printf (counts, _ ("Mức %u, indicators met: %s"), i + 1, count);
    }
  name = g_strdup_printf (_ ("Criterion %s: %s"), result->def->code, result->def->title);
  tooltip = g_strdup_printf ("%s\n%s%s%s%s", name, level, reason != NULL ? " — " : "", reason != NULL ? reason : "",
                             counts->str);
  kd_widget_set_tooltip (cell->button, tooltip);
  accessible = g_strdup_printf (_ ("Criterion %s: %s"), result->def->code, level);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/* ---- the verdict, the counts and the explanations ---------------------------------- */

static void
add_count_row (KdSummaryPage *self,
               guint          row,
               const char    *level,
               char          *criteria,
               char          *indicators)
{
  const char *texts[] = { level, criteria, indicators };

  for (guint column = 0; column < G_N_ELEMENTS (texts); column++)
    {
      GtkWidget *label = gtk_label_new (texts[column] != NULL ? texts[column] : "");

      gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
      if (column == 0)
        gtk_widget_add_css_class (label, "heading");
      else
        gtk_widget_add_css_class (label, "numeric");
      gtk_grid_attach (self->counts_grid, label, column, row, 1, 1);
    }
  g_free (criteria);
  g_free (indicators);
}

/* The seed 000 totals, per level: criteria reached and indicators met; Mức 4's requirements. */
static void
update_counts (KdSummaryPage *self,
               KdEvaluation  *evaluation)
{
  KdFramework     *framework = evaluation->framework;
  guint            max_level = kd_framework_get_max_level (framework);
  guint            total = evaluation->criteria->len;
  guint            percent = evaluation->indicators_total > 0
                                 ? evaluation->indicators_assessed * 100 / evaluation->indicators_total
                                 : 0;
  g_autofree char *progress = g_strdup_printf (_ ("%u of %u indicators assessed (%u%%)"), evaluation->indicators_assessed,
                                               evaluation->indicators_total, percent);
  guint            row = 0;

  gtk_progress_bar_set_fraction (self->progress_bar, evaluation->indicators_total > 0
                                                         ? (double)evaluation->indicators_assessed / evaluation->indicators_total
                                                         : 0);
  gtk_label_set_text (self->progress_label, progress);

  clear_box (GTK_WIDGET (self->counts_grid));
  add_count_row (self, row++, "", g_strdup (_ ("criteria reached")), g_strdup (_ ("indicators met")));
  for (guint level = 1; level <= max_level; level++)
    {
      g_autofree char *name = g_strdup_printf (_ ("Level %u"), level);

      add_count_row (self, row++, name, g_strdup_printf ("%u/%u", kd_evaluation_count_criteria_at (evaluation, level), total),
                     g_strdup_printf ("%u/%u", kd_evaluation_count_indicators_met (evaluation, level),
                                      kd_framework_count_indicators (framework, level)));
    }
  if (evaluation->extra_total > 0)
    add_count_row (self, row++, kd_framework_get_extra_title (framework), NULL,
                   g_strdup_printf (_ ("%u/%u requirements met"), evaluation->extra_met, evaluation->extra_total));
}

static void
show_criterion_cb (GtkButton *button,
                   gpointer   user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (button), "win.show-criterion", "s",
                              g_object_get_data (G_OBJECT (button), "kd-criterion"));
}

/* One line of a list; a line about one criterion is a link that opens it. */
static GtkWidget *
make_line (const char *text,
           const char *criterion)
{
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *button;

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (criterion == NULL)
    {
      gtk_widget_add_css_class (label, "kd-summary-line");
      return label;
    }
  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "kd-summary-link");
  g_object_set_data_full (G_OBJECT (button), "kd-criterion", g_strdup (criterion), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (show_criterion_cb), NULL);
  return button;
}

static void
fill_list (GtkBox    *box,
           GPtrArray *texts,
           GPtrArray *criteria)
{
  clear_box (GTK_WIDGET (box));
  for (guint i = 0; i < MIN (texts->len, MAX_LISTED); i++)
    gtk_box_append (box, make_line (g_ptr_array_index (texts, i), criteria != NULL ? g_ptr_array_index (criteria, i) : NULL));
  if (texts->len > MAX_LISTED)
    {
      g_autofree char *more = g_strdup_printf (_ ("… and %u more"), texts->len - MAX_LISTED);
      GtkWidget       *label = gtk_label_new (more);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (box, label);
    }
}

static void
update_explanations (KdSummaryPage *self,
                     KdEvaluation  *evaluation)
{
  GPtrArray *reasons = kd_evaluation_get_reasons (evaluation);
  guint      next = evaluation->school_level + 1;
  g_autoptr (GPtrArray) texts = g_ptr_array_new ();
  g_autoptr (GPtrArray) criteria = g_ptr_array_new ();
  g_autofree char *why = g_strdup_printf (_ ("Why not Mức %u"), next);
  g_autofree char *needs = g_strdup_printf (_ ("What Mức %u needs"), next);

  gtk_widget_set_visible (self->explanation_box, reasons != NULL && reasons->len > 0);
  if (reasons == NULL)
    return;
  gtk_label_set_text (self->reasons_heading, why);
  gtk_label_set_text (self->missing_heading, needs);
  fill_list (self->reasons_box, reasons, NULL);
  for (guint i = 0; i < evaluation->next_missing->len; i++)
    {
      KdMissing *missing = g_ptr_array_index (evaluation->next_missing, i);

      g_ptr_array_add (texts, missing->text);
      g_ptr_array_add (criteria, missing->criterion);
    }
  fill_list (self->missing_box, texts, criteria);
}

static void
update_verdict (KdSummaryPage *self,
                KdEvaluation  *evaluation)
{
  g_autofree char *school = kd_evaluation_describe_school (evaluation);
  g_autofree char *accreditation = kd_evaluation_describe_accreditation (evaluation);
  g_autofree char *national = kd_evaluation_describe_national (evaluation);
  guint            target = kd_cycle_get_target_level (kd_document_get_cycle (self->document));
  g_autofree char *target_text = target > 0 ? g_strdup_printf (_ ("The school aims at Mức %u this cycle."), target) : NULL;

  gtk_label_set_text (self->verdict_label, school);
  kd_widget_set_level_class (self->verdict_box, evaluation->school_level > 0 ? KD_STATE_MET : KD_STATE_UNMET, evaluation->school_level);
  /* Nothing assessed yet is no failure: grey, not red. */
  if (evaluation->indicators_assessed == 0)
    kd_widget_set_level_class (self->verdict_box, KD_STATE_UNASSESSED, 0);
  gtk_label_set_text (self->accreditation_label, accreditation != NULL ? accreditation : "");
  gtk_widget_set_visible (GTK_WIDGET (self->accreditation_label), accreditation != NULL);
  gtk_label_set_text (self->national_label, national);
  gtk_label_set_text (self->target_label, target_text != NULL ? target_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->target_label), target_text != NULL);
}

static void
update_reminders (KdSummaryPage *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                                            g_date_time_get_year (now));
  g_autoptr (KdProblemList) problems = kd_document_check_reviews (self->document, today);
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < problems->items->len; i++)
    {
      const KdProblem *problem = g_ptr_array_index (problems->items, i);
      g_autofree char *line = g_str_equal (problem->location, _ ("improvement plan")) ? g_strdup (problem->message)
                                                                                      : kd_problem_to_string (problem);
      g_autofree char *sentence = kd_capitalize (line);

      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", sentence);
    }
  gtk_label_set_text (self->reminder_label, text->str);
  gtk_widget_set_visible (self->reminder_box, text->len > 0);
}

static void
refresh (KdSummaryPage *self)
{
  g_autoptr (KdEvaluation) evaluation = NULL;
  guint max_level;

  self->stale = FALSE;
  if (self->document == NULL)
    return;
  evaluation = kd_evaluate (self->document);
  max_level = kd_framework_get_max_level (evaluation->framework);
  update_verdict (self, evaluation);
  update_counts (self, evaluation);
  update_reminders (self);
  for (guint i = 0; i < self->cells->len && i < evaluation->criteria->len; i++)
    update_cell (g_ptr_array_index (self->cells, i), g_ptr_array_index (evaluation->criteria, i), max_level);
  if (self->painted)
    update_explanations (self, evaluation);
}

static void
first_paint_cb (KdSummaryPage *self)
{
  g_autoptr (KdEvaluation) evaluation = NULL;

  self->painted = TRUE;
  if (self->document == NULL)
    return;
  evaluation = kd_evaluate (self->document);
  update_explanations (self, evaluation);
}

static void
document_changed_cb (KdSummaryPage *self)
{
  /* While another section is edited the summary waits: it is refreshed when shown again. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

static void
set_document (KdSummaryPage *self,
              KdDocument    *document)
{
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (!g_set_object (&self->document, document))
    return;
  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  build_criteria (self);
  refresh (self);
  g_object_notify (G_OBJECT (self), "document");
}

/* ---- for tests ---------------------------------------------------------------------- */

const char *
_kd_summary_page_get_verdict (KdSummaryPage *self)
{
  g_return_val_if_fail (KD_IS_SUMMARY_PAGE (self), NULL);
  return gtk_label_get_text (self->verdict_label);
}

GtkWidget *
_kd_summary_page_get_cell (KdSummaryPage *self,
                           const char    *criterion_id)
{
  g_return_val_if_fail (KD_IS_SUMMARY_PAGE (self), NULL);
  for (guint i = 0; i < self->cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (self->cells, i);

      if (g_str_equal (cell->code, criterion_id))
        return cell->button;
    }
  return NULL;
}

char *
_kd_summary_page_dup_reminders (KdSummaryPage *self)
{
  g_return_val_if_fail (KD_IS_SUMMARY_PAGE (self), NULL);
  if (!gtk_widget_get_visible (self->reminder_box))
    return NULL;
  return g_strdup (gtk_label_get_text (self->reminder_label));
}

/* Clicks the reminder's button; FALSE when no reminder is shown. */
gboolean
_kd_summary_page_open_reviews (KdSummaryPage *self)
{
  g_return_val_if_fail (KD_IS_SUMMARY_PAGE (self), FALSE);
  if (!gtk_widget_get_visible (self->reminder_box))
    return FALSE;
  g_signal_emit_by_name (self->reminder_button, "clicked");
  return TRUE;
}

/* Clicks the @index-th line of "what the next level needs"; FALSE if it names no criterion. */
gboolean
_kd_summary_page_open_missing (KdSummaryPage *self,
                               guint          index)
{
  GtkWidget *line;

  g_return_val_if_fail (KD_IS_SUMMARY_PAGE (self), FALSE);
  line = gtk_widget_get_first_child (GTK_WIDGET (self->missing_box));
  for (guint i = 0; line != NULL && i < index; i++)
    line = gtk_widget_get_next_sibling (line);
  if (line == NULL || !GTK_IS_BUTTON (line))
    return FALSE;
  g_signal_emit_by_name (line, "clicked");
  return TRUE;
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
kd_summary_page_map (GtkWidget *widget)
{
  KdSummaryPage *self = KD_SUMMARY_PAGE (widget);

  if (self->stale)
    refresh (self);
  GTK_WIDGET_CLASS (kd_summary_page_parent_class)->map (widget);
  if (!self->painted && !kd_after_paint_start (&self->first_paint, widget, G_CALLBACK (first_paint_cb), self))
    first_paint_cb (self);
}

static void
kd_summary_page_unmap (GtkWidget *widget)
{
  kd_after_paint_stop (&KD_SUMMARY_PAGE (widget)->first_paint);
  GTK_WIDGET_CLASS (kd_summary_page_parent_class)->unmap (widget);
}

static void
kd_summary_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KdSummaryPage *self = KD_SUMMARY_PAGE (object);

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
kd_summary_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  switch (prop_id)
    {
      case PROP_DOCUMENT:
        set_document (KD_SUMMARY_PAGE (object), g_value_get_object (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kd_summary_page_dispose (GObject *object)
{
  KdSummaryPage *self = KD_SUMMARY_PAGE (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  kd_after_paint_stop (&self->first_paint);
  gtk_widget_dispose_template (GTK_WIDGET (self), KD_TYPE_SUMMARY_PAGE);
  kd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->document);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  G_OBJECT_CLASS (kd_summary_page_parent_class)->dispose (object);
}

static void
kd_summary_page_class_init (KdSummaryPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_summary_page_dispose;
  object_class->get_property = kd_summary_page_get_property;
  object_class->set_property = kd_summary_page_set_property;
  widget_class->map = kd_summary_page_map;
  widget_class->unmap = kd_summary_page_unmap;
  g_object_class_override_property (object_class, PROP_DOCUMENT, "document");
  kd_page_class_set_section (object_class, N_ ("Overview"), "view-grid-symbolic");

  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-summary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, accreditation_label);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, counts_grid);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, criteria_grid);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, explanation_box);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, legend_box);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, missing_box);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, missing_heading);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, national_label);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, reasons_box);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, reasons_heading);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, reminder_box);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, reminder_label);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, reminder_button);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, target_label);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, verdict_box);
  gtk_widget_class_bind_template_child (widget_class, KdSummaryPage, verdict_label);
}

static void
kd_summary_page_iface_init (KdPageInterface *iface)
{
}

static void
kd_summary_page_init (KdSummaryPage *self)
{
  self->cells = g_ptr_array_new_with_free_func (cell_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kd_summary_page_new (void)
{
  return g_object_new (KD_TYPE_SUMMARY_PAGE, NULL);
}
