/* kd-wizard-page.c
 *
 * The Phiếu đánh giá tiêu chí (CV 5932 Phụ lục 5a; TT 57 Biểu 1, Phần II), one criterion at a
 * time: the criterion's indicators by level with their legal text, a Đạt / Không đạt / chưa
 * đánh giá choice and the Mô tả hiện trạng of each, then strengths, weaknesses and the planned
 * improvement — per criterion under the 2018 circulars, per standard under TT 57, where a page
 * at the end of each standard holds them.  The level and the reason it is not higher come from
 * core (kd_evaluate) after every change.
 *
 * Only the visible sheet exists: switching criteria builds the new one (docs/PERFORMANCE.md
 * measures it).  The navigator lists every criterion, by standard, with its level and how many
 * indicators are assessed; it filters by text (without diacritics) and by "only mine".
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-application.h"
#include "kd-package.h"
#include "kd-rules.h"
#include "kd-state-choice.h"
#include "kd-text.h"
#include "kd-wizard-page.h"

struct _KdWizardPage
{
  GtkWidget parent_instance;

  /* template */
  GtkSearchEntry    *search_entry;
  GtkCheckButton    *mine_check;
  GtkDropDown       *me_choice;
  GtkListBox        *navigator;
  GtkScrolledWindow *navigator_scroller;
  GtkLabel          *progress_label;
  GtkButton         *previous_button;
  GtkButton         *next_button;
  GtkLabel          *position_label;
  GtkScrolledWindow *sheet_scroller;
  GtkBox            *sheet_holder;

  KdDocument    *document;
  gulong         changed_id;
  gulong         members_id;
  KdEvaluation  *evaluation;
  GtkStringList *me_names; /* "nobody" then the members' names */
  GPtrArray     *me_ids;   /* member ids, same order, "" first */
  char          *needle;   /* folded search text, or NULL */
  gboolean       choosing_me;

  /* the sheet shown */
  GtkListBoxRow     *current_row;
  GtkWidget         *sheet;
  KdCriterionRecord *record;   /* the criterion shown, or NULL */
  KdStandardRecord  *standard; /* the standard page shown, or NULL */
  GPtrArray         *text_boxes;
  GPtrArray         *choices; /* KdStateChoice of the sheet shown, one per indicator */
  GtkLabel          *level_badge;
  GtkLabel          *reason_label;
  GtkLabel          *assessed_label;
  GtkLabel          *assignee_label;
  GtkWidget         *standard_summary;
  KdAfterPaint       reveal; /* while the end of the sheet waits for the first frame */
};

/* Indicator cards shown in the first frame of a criterion; the rest of the sheet, below the
 * fold, is shown once that frame is painted (docs/PERFORMANCE.md). */
#define FIRST_CARDS 2

static void kd_wizard_page_iface_init (KdPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KdWizardPage, kd_wizard_page, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (KD_TYPE_PAGE, kd_wizard_page_iface_init))

enum
{
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

/* ---- levels ------------------------------------------------------------------------- */

static const KdCriterionResult *
result_of (KdWizardPage *self,
           const char   *code)
{
  return self->evaluation != NULL ? kd_evaluation_lookup (self->evaluation, code) : NULL;
}

static gboolean
result_is_unassessed (const KdCriterionResult *result)
{
  return result->unassessed->len == result->def->indicators->len;
}

/* The colour of @result's level (levels.css), as in the overview and in meetings. */
static void
set_level_class (GtkWidget               *widget,
                 const KdCriterionResult *result)
{
  kd_widget_set_level_class (widget, result_is_unassessed (result) ? KD_STATE_UNASSESSED : KD_STATE_MET, result->level);
}

static guint
assessed_count (const KdCriterionResult *result)
{
  return result->def->indicators->len - result->unassessed->len;
}

/* ---- the navigator ------------------------------------------------------------------ */

static const char *
row_code (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "kd-code");
}

static guint
row_standard (GtkListBoxRow *row)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kd-standard"));
}

static KdMember *
current_member (KdWizardPage *self)
{
  guint       chosen = gtk_drop_down_get_selected (self->me_choice);
  const char *id;

  if (self->document == NULL || self->me_ids == NULL || chosen == GTK_INVALID_LIST_POSITION || chosen >= self->me_ids->len)
    return NULL;
  id = g_ptr_array_index (self->me_ids, chosen);
  return *id != '\0' ? KD_MEMBER (kd_document_lookup_item (self->document, kd_document_get_members (self->document), id)) : NULL;
}

static gboolean
criterion_is_mine (KdWizardPage *self,
                   const char   *code,
                   KdMember     *me)
{
  return me != NULL && kd_criterion_record_is_assigned_to (kd_document_get_criterion (self->document, code), me);
}

static gboolean
row_is_listed (KdWizardPage  *self,
               GtkListBoxRow *row)
{
  gboolean    only_mine = gtk_check_button_get_active (self->mine_check);
  KdMember   *me = only_mine ? current_member (self) : NULL;
  const char *code = row_code (row);

  if (self->needle != NULL && !kd_text_matches (g_object_get_data (G_OBJECT (row), "kd-search"), self->needle))
    return FALSE;
  if (!only_mine)
    return TRUE;
  if (code != NULL)
    return criterion_is_mine (self, code, me);
  /* A standard's page belongs to whoever has a criterion of the standard. */
  {
    const KdStandardDef *standard = kd_framework_lookup_standard (kd_document_get_framework (self->document), row_standard (row));

    for (guint i = 0; standard != NULL && i < standard->criteria->len; i++)
      if (criterion_is_mine (self, ((KdCriterionDef *)g_ptr_array_index (standard->criteria, i))->code, me))
        return TRUE;
  }
  return FALSE;
}

static gboolean
navigator_filter_cb (GtkListBoxRow *row,
                     gpointer       data)
{
  return row_is_listed (data, row);
}

static void
navigator_header_cb (GtkListBoxRow *row,
                     GtkListBoxRow *before,
                     gpointer       data)
{
  KdWizardPage        *self = data;
  guint                number = row_standard (row);
  const KdStandardDef *standard;
  g_autofree char     *text = NULL;
  GtkWidget           *header;

  if (before != NULL && row_standard (before) == number)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  standard = kd_framework_lookup_standard (kd_document_get_framework (self->document), number);
  text = g_strdup_printf (_ ("Standard %u: %s"), number, standard != NULL ? standard->title : "");
  header = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_widget_add_css_class (header, "kd-navigator-header");
  gtk_list_box_row_set_header (row, header);
}

static GtkWidget *
make_navigator_row (const char *code,
                    guint       standard,
                    const char *text,
                    const char *search)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (text);
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *badge = gtk_label_new (NULL);
  GtkWidget *code_label = NULL;

  if (code != NULL)
    {
      code_label = gtk_label_new (code);

      gtk_label_set_width_chars (GTK_LABEL (code_label), 4);
      gtk_label_set_xalign (GTK_LABEL (code_label), 0);
      gtk_widget_add_css_class (code_label, "kd-navigator-code");
      gtk_box_append (GTK_BOX (box), code_label);
    }
  else
    gtk_widget_add_css_class (title, "kd-navigator-standard");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  kd_widget_set_tooltip (title, text);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "caption");
  gtk_widget_add_css_class (badge, "kd-level-badge");
  gtk_widget_add_css_class (badge, "kd-navigator-badge");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (badge, code != NULL);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), count);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* Named by what it shows (GTK 4.8 gives a row no name): "1.1 <title> Đạt Mức 2", a standard by its
   * title. */
  if (code_label != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, code_label, title, badge, NULL, -1);
  else
    gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL, -1);

  g_object_set_data_full (G_OBJECT (row), "kd-code", g_strdup (code), g_free);
  g_object_set_data (G_OBJECT (row), "kd-standard", GUINT_TO_POINTER (standard));
  g_object_set_data_full (G_OBJECT (row), "kd-search", g_strdup (search), g_free);
  g_object_set_data (G_OBJECT (row), "kd-count", count);
  g_object_set_data (G_OBJECT (row), "kd-badge", badge);
  return row;
}

static void
clear_navigator (KdWizardPage *self)
{
  GtkListBoxRow *row;

  self->current_row = NULL;
  while ((row = gtk_list_box_get_row_at_index (self->navigator, 0)) != NULL)
    gtk_list_box_remove (self->navigator, GTK_WIDGET (row));
}

/* One row per criterion in catalogue order; under TT 57 a standard's page after its criteria. */
static void
fill_navigator (KdWizardPage *self)
{
  KdFramework *framework = kd_document_get_framework (self->document);
  GPtrArray   *standards = kd_framework_get_standards (framework);
  gboolean     per_standard = kd_framework_get_strengths_scope (framework) == KD_SCOPE_STANDARD;

  clear_navigator (self);
  for (guint s = 0; s < standards->len; s++)
    {
      const KdStandardDef *standard = g_ptr_array_index (standards, s);

      for (guint c = 0; c < standard->criteria->len; c++)
        {
          const KdCriterionDef *def = g_ptr_array_index (standard->criteria, c);
          g_autofree char      *search = g_strconcat (def->code, " ", def->title, NULL);

          gtk_list_box_append (self->navigator, make_navigator_row (def->code, standard->number, def->title, search));
        }
      if (per_standard)
        {
          g_autofree char *text = g_strdup_printf (_ ("Overall assessment of standard %u"), standard->number);
          g_autofree char *search = g_strconcat (text, " ", standard->title, NULL);

          gtk_list_box_append (self->navigator, make_navigator_row (NULL, standard->number, text, search));
        }
    }
}

static void
set_count (GtkWidget  *count,
           guint       done,
           guint       total,
           const char *tooltip)
{
  g_autofree char *text = g_strdup_printf ("%u/%u", done, total);

  gtk_label_set_text (GTK_LABEL (count), text);
  kd_widget_set_tooltip (count, tooltip);
  if (done == total)
    gtk_widget_remove_css_class (count, "kd-incomplete");
  else
    gtk_widget_add_css_class (count, "kd-incomplete");
}

/* A standard's page is complete when its three texts are written. */
static guint
count_standard_texts (KdStandardRecord *record)
{
  return !kd_text_is_blank (kd_standard_record_get_strengths (record)) + !kd_text_is_blank (kd_standard_record_get_weaknesses (record)) +
         !kd_text_is_blank (kd_standard_record_get_improvement (record));
}

static void
update_navigator (KdWizardPage *self)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->navigator, i)) != NULL; i++)
    {
      const char              *code = row_code (row);
      const KdCriterionResult *result = code != NULL ? result_of (self, code) : NULL;
      GtkWidget               *badge = g_object_get_data (G_OBJECT (row), "kd-badge");
      GtkWidget               *count = g_object_get_data (G_OBJECT (row), "kd-count");
      g_autofree char         *level = NULL;
      g_autofree char         *described = NULL;

      if (code == NULL)
        {
          KdStandardRecord *record = kd_document_get_standard (self->document, row_standard (row));

          if (record != NULL)
            set_count (count, count_standard_texts (record), 3, _ ("Texts written: strengths, weaknesses, improvement"));
          continue;
        }
      if (result == NULL)
        continue;
      set_count (count, assessed_count (result), result->def->indicators->len, _ ("Indicators assessed"));
      level = result_is_unassessed (result) ? g_strdup ("–") : g_strdup_printf ("%u", result->level);
      gtk_label_set_text (GTK_LABEL (badge), level);
      described = kd_criterion_result_describe (result);
      kd_widget_set_tooltip (badge, described);
      /* Read in the row's name: "Mức 2", not "2". */
      gtk_accessible_update_property (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_PROPERTY_LABEL, described, -1);
      set_level_class (badge, result);
    }
  if (self->evaluation != NULL)
    {
      g_autofree char *progress = g_strdup_printf (_ ("%u of %u indicators assessed"), self->evaluation->indicators_assessed,
                                                   self->evaluation->indicators_total);

      gtk_label_set_text (self->progress_label, progress);
    }
}

/* The listed rows in order, for previous / next. */
static GtkListBoxRow *
listed_neighbour (KdWizardPage  *self,
                  GtkListBoxRow *from,
                  int            direction)
{
  GtkListBoxRow *row;

  for (int i = gtk_list_box_row_get_index (from) + direction; (row = gtk_list_box_get_row_at_index (self->navigator, i)) != NULL;
       i += direction)
    if (row_is_listed (self, row))
      return row;
  return NULL;
}

static GtkListBoxRow *
first_listed (KdWizardPage *self)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->navigator, i)) != NULL; i++)
    if (row_is_listed (self, row))
      return row;
  return NULL;
}

/* ---- the sheet ---------------------------------------------------------------------- */

static void
commit_text (KdWizardPage *self)
{
  for (guint i = 0; self->text_boxes != NULL && i < self->text_boxes->len; i++)
    kd_text_box_commit (g_ptr_array_index (self->text_boxes, i));
}

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Bounds for GtkLabel's measuring layouts: without them it lays the text out at width 0 (a
   * line per word, each shaped again) to find its minimum width — most of the time a
   * criterion switch took (docs/PERFORMANCE.md). */
  gtk_label_set_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 100);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
add_label (GtkWidget  *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = make_label (text, css_class);

  gtk_box_append (GTK_BOX (box), label);
  return label;
}

/* A titled text: Điểm mạnh, a description, a quantitative datum… */
static void
add_text_box (KdWizardPage *self,
              GtkWidget    *box,
              const char   *title,
              const char   *accessible_label,
              KdItem       *item,
              const char   *field)
{
  GtkWidget *text_box = kd_text_box_new (title, accessible_label);

  kd_text_box_set_target (KD_TEXT_BOX (text_box), item, field);
  gtk_box_append (GTK_BOX (box), text_box);
  g_ptr_array_add (self->text_boxes, text_box);
}

static GtkWidget *
make_choice (KdWizardPage         *self,
             const KdIndicatorDef *indicator)
{
  g_autofree char *subject = *indicator->key != '\0' ? g_strdup_printf (_ ("indicator %s"), indicator->key)
                                                     : g_strdup_printf (_ ("Level %u"), indicator->level);
  GtkWidget       *choice = kd_state_choice_new (subject);

  kd_state_choice_set_target (KD_STATE_CHOICE (choice), self->record, indicator->id);
  g_ptr_array_add (self->choices, choice);
  return choice;
}

/* The indicator's card: its letter and legal text, the answer, its Mô tả hiện trạng. */
static GtkWidget *
make_indicator (KdWizardPage         *self,
                const KdIndicatorDef *indicator)
{
  GtkWidget       *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget       *top = kd_row_new (10);
  GtkWidget       *legal;
  g_autofree char *key = *indicator->key != '\0' ? g_strdup_printf ("%s)", indicator->key) : NULL;
  g_autofree char *described = *indicator->key != '\0'
                                   ? g_strdup_printf (_ ("Current state, indicator %s"), indicator->key)
                                   : g_strdup_printf (_ ("Current state, Mức %u"), indicator->level);

  gtk_widget_add_css_class (card, "kd-indicator");
  g_object_set_data (G_OBJECT (card), "kd-card", GINT_TO_POINTER (TRUE));
  if (key != NULL)
    {
      GtkWidget *key_label = gtk_label_new (key);

      gtk_widget_add_css_class (key_label, "kd-indicator-key");
      gtk_widget_set_valign (key_label, GTK_ALIGN_START);
      kd_row_append (top, key_label);
    }
  legal = make_label (indicator->text, "kd-indicator-text");
  gtk_widget_set_hexpand (legal, TRUE);
  kd_row_append (top, legal);
  gtk_box_append (GTK_BOX (card), top);
  gtk_box_append (GTK_BOX (card), make_choice (self, indicator));
  {
    g_autofree char *field = g_strconcat ("descriptions.", indicator->id, NULL);

    add_text_box (self, card, _ ("Current state (with evidence codes)"), described, KD_ITEM (self->record), field);
  }
  return card;
}

static void
update_choices (KdWizardPage *self)
{
  for (guint i = 0; i < self->choices->len; i++)
    kd_state_choice_sync (g_ptr_array_index (self->choices, i));
}

static void
update_assignee (KdWizardPage *self)
{
  const char      *assignee = kd_criterion_record_get_assignee (self->record);
  const char      *name = *assignee != '\0' ? kd_document_describe_assignee (self->document, assignee) : "";
  g_autofree char *text = *name != '\0' ? g_strdup_printf (_ ("Assigned to: %s"), name)
                                        : g_strdup (_ ("Not assigned yet (assign it in the Council section)"));

  gtk_label_set_text (self->assignee_label, text);
}

static void
update_level (KdWizardPage *self)
{
  const KdCriterionResult *result = result_of (self, kd_criterion_record_get_code (self->record));
  g_autofree char         *level = NULL;
  g_autofree char         *reason = NULL;
  g_autofree char         *assessed = NULL;

  if (result == NULL)
    return;
  level = kd_criterion_result_describe (result);
  reason = kd_criterion_result_reason (result, result->def->top_level);
  assessed = g_strdup_printf (_ ("%u of %u indicators assessed"), assessed_count (result), result->def->indicators->len);
  gtk_label_set_text (self->level_badge, level);
  set_level_class (GTK_WIDGET (self->level_badge), result);
  gtk_label_set_text (self->reason_label, reason != NULL ? reason : _ ("The highest level of this criterion is reached."));
  gtk_label_set_text (self->assessed_label, assessed);
}

static GtkWidget *
make_sheet_box (void)
{
  GtkWidget *sheet = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);

  gtk_widget_add_css_class (sheet, "kd-sheet");
  gtk_widget_set_margin_top (sheet, 18);
  gtk_widget_set_margin_bottom (sheet, 32);
  gtk_widget_set_margin_start (sheet, 24);
  gtk_widget_set_margin_end (sheet, 24);
  return sheet;
}

static GtkWidget *
build_criterion_sheet (KdWizardPage *self)
{
  const KdCriterionDef *def = kd_criterion_record_get_def (self->record);
  KdFramework          *framework = kd_document_get_framework (self->document);
  const KdStandardDef  *standard = kd_framework_lookup_standard (framework, def->standard);
  GtkWidget            *sheet = make_sheet_box ();
  GtkWidget            *result = kd_row_new (12);
  GtkWidget            *why = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char      *standard_text = g_strdup_printf (_ ("Standard %u: %s"), def->standard, standard != NULL ? standard->title : "");
  g_autofree char      *title = g_strdup_printf (_ ("Criterion %s: %s"), def->code, def->title);

  add_label (sheet, standard_text, "dim-label");
  add_label (sheet, title, "title-2");
  if (def->mandatory)
    add_label (sheet, _ ("(mandatory criterion)"), "kd-mandatory");
  self->assignee_label = GTK_LABEL (add_label (sheet, NULL, "dim-label"));
  update_assignee (self);
  /* The catalogue says when a criterion was amended and whether its new wording is in. */
  if (def->amended_by != NULL)
    {
      g_autofree char *note = g_strdup_printf (_ ("Amended by %s. %s"), def->amended_by,
                                               def->amendment_status != NULL ? def->amendment_status : "");

      add_label (sheet, note, "warning");
    }

  /* The result first: what the council looks at. */
  gtk_widget_add_css_class (result, "kd-result");
  self->level_badge = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->level_badge), "kd-level-badge");
  gtk_widget_add_css_class (GTK_WIDGET (self->level_badge), "kd-result-badge");
  gtk_widget_set_valign (GTK_WIDGET (self->level_badge), GTK_ALIGN_CENTER);
  kd_row_append (result, GTK_WIDGET (self->level_badge));
  self->reason_label = GTK_LABEL (add_label (why, NULL, "kd-reason"));
  self->assessed_label = GTK_LABEL (add_label (why, NULL, "dim-label"));
  gtk_widget_set_hexpand (why, TRUE);
  kd_row_append (result, why);
  gtk_box_append (GTK_BOX (sheet), result);

  for (guint level = 1; level <= def->top_level; level++)
    {
      g_autofree char *heading = g_strdup_printf (_ ("Level %u"), level);

      if (kd_criterion_def_count_level (def, level) == 0)
        continue;
      add_label (sheet, heading, "kd-level-heading");
      for (guint i = 0; i < def->indicators->len; i++)
        {
          const KdIndicatorDef *indicator = g_ptr_array_index (def->indicators, i);

          if (indicator->level == level)
            gtk_box_append (GTK_BOX (sheet), make_indicator (self, indicator));
        }
    }

  if (kd_framework_get_strengths_scope (framework) == KD_SCOPE_CRITERION)
    {
      add_text_box (self, sheet, _ ("Strengths"), NULL, KD_ITEM (self->record), "strengths");
      add_text_box (self, sheet, _ ("Weaknesses"), NULL, KD_ITEM (self->record), "weaknesses");
      add_text_box (self, sheet, _ ("Quality improvement plan"), NULL, KD_ITEM (self->record), "improvement");
    }
  if (def->evidence_suggestions != NULL && def->evidence_suggestions[0] != NULL)
    {
      add_label (sheet, _ ("Suggested evidence"), "heading");
      for (guint i = 0; def->evidence_suggestions[i] != NULL; i++)
        {
          g_autofree char *item = g_strdup_printf ("•  %s", def->evidence_suggestions[i]);

          add_label (sheet, item, "kd-suggestion");
        }
    }
  if (def->quantitative_data != NULL && def->quantitative_data[0] != NULL)
    {
      add_label (sheet, _ ("Quantitative data"), "heading");
      for (guint i = 0; def->quantitative_data[i] != NULL; i++)
        {
          g_autofree char *field = g_strdup_printf ("quantitative.%u", i + 1);

          add_text_box (self, sheet, def->quantitative_data[i], NULL, KD_ITEM (self->record), field);
        }
    }

  update_level (self);
  update_choices (self);
  return sheet;
}

static void
summary_row_clicked_cb (GtkButton    *button,
                        KdWizardPage *self)
{
  kd_page_show_criterion (KD_PAGE (self), g_object_get_data (G_OBJECT (button), "kd-code"));
}

/* The criteria of the standard with their levels (Biểu 1's table under each standard). */
static void
update_standard_summary (KdWizardPage *self)
{
  const KdStandardDef *standard = kd_framework_lookup_standard (kd_document_get_framework (self->document),
                                                                kd_standard_record_get_number (self->standard));
  GtkWidget           *child;

  while ((child = gtk_widget_get_first_child (self->standard_summary)) != NULL)
    gtk_widget_unparent (child);
  for (guint i = 0; standard != NULL && i < standard->criteria->len; i++)
    {
      const KdCriterionDef    *def = g_ptr_array_index (standard->criteria, i);
      const KdCriterionResult *result = result_of (self, def->code);
      g_autofree char         *text = g_strdup_printf (_ ("Criterion %s: %s"), def->code, def->title);
      g_autofree char         *level = result != NULL ? kd_criterion_result_describe (result) : NULL;
      GtkWidget               *name = gtk_button_new_with_label (text);
      GtkWidget               *badge = gtk_label_new (level);

      gtk_widget_add_css_class (name, "flat");
      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (name))), 0);
      gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (name))), TRUE);
      gtk_widget_set_hexpand (name, TRUE);
      g_object_set_data_full (G_OBJECT (name), "kd-code", g_strdup (def->code), g_free);
      g_signal_connect (name, "clicked", G_CALLBACK (summary_row_clicked_cb), self);
      gtk_widget_add_css_class (badge, "kd-level-badge");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      if (result != NULL)
        set_level_class (badge, result);
      gtk_grid_attach (GTK_GRID (self->standard_summary), name, 0, (int)i, 1, 1);
      gtk_grid_attach (GTK_GRID (self->standard_summary), badge, 1, (int)i, 1, 1);
    }
}

/* TT 57: the "Đánh giá chung về Tiêu chuẩn n" of Biểu 1, after the standard's criteria. */
static GtkWidget *
build_standard_sheet (KdWizardPage *self)
{
  guint                number = kd_standard_record_get_number (self->standard);
  const KdStandardDef *standard = kd_framework_lookup_standard (kd_document_get_framework (self->document), number);
  GtkWidget           *sheet = make_sheet_box ();
  g_autofree char     *title = g_strdup_printf (_ ("Overall assessment of standard %u: %s"), number, standard != NULL ? standard->title : "");

  add_label (sheet, title, "title-2");
  add_label (sheet, _ ("Under TT 57 the strengths, the weaknesses and the direction of improvement are written once for each standard."),
             "dim-label");
  self->standard_summary = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->standard_summary), 2);
  gtk_grid_set_column_spacing (GTK_GRID (self->standard_summary), 12);
  gtk_widget_add_css_class (self->standard_summary, "kd-standard-summary");
  gtk_box_append (GTK_BOX (sheet), self->standard_summary);
  update_standard_summary (self);
  add_text_box (self, sheet, _ ("1. Main strengths"), NULL, KD_ITEM (self->standard), "strengths");
  add_text_box (self, sheet, _ ("2. Main weaknesses and their root causes"), NULL, KD_ITEM (self->standard), "weaknesses");
  add_text_box (self, sheet, _ ("3. Direction of quality improvement"), NULL, KD_ITEM (self->standard), "improvement");
  return sheet;
}

static void
reveal_rest (KdWizardPage *self)
{
  for (GtkWidget *child = self->sheet != NULL ? gtk_widget_get_first_child (self->sheet) : NULL; child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_visible (child, TRUE);
}

/* Measuring wrapped text is most of what a switch costs: the first frame shows the header, the
 * result and the first cards — what fits on the screen — and the rest follows a frame later. */
static void
defer_rest (KdWizardPage *self)
{
  guint    cards = 0;
  gboolean deferred = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (self->sheet); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (cards >= FIRST_CARDS)
        {
          gtk_widget_set_visible (child, FALSE);
          deferred = TRUE;
        }
      if (g_object_get_data (G_OBJECT (child), "kd-card") != NULL)
        cards++;
    }
  if (deferred && !kd_after_paint_start (&self->reveal, GTK_WIDGET (self), G_CALLBACK (reveal_rest), self))
    reveal_rest (self);
}

gboolean
_kd_wizard_page_is_complete (KdWizardPage *self)
{
  g_return_val_if_fail (KD_IS_WIZARD_PAGE (self), FALSE);
  return !kd_after_paint_is_waiting (&self->reveal);
}

static void
clear_sheet (KdWizardPage *self)
{
  kd_after_paint_stop (&self->reveal);
  if (self->sheet != NULL)
    gtk_box_remove (self->sheet_holder, self->sheet);
  self->sheet = NULL;
  self->record = NULL;
  self->standard = NULL;
  self->level_badge = NULL;
  self->reason_label = NULL;
  self->assessed_label = NULL;
  self->assignee_label = NULL;
  self->standard_summary = NULL;
  g_ptr_array_set_size (self->text_boxes, 0);
  g_ptr_array_set_size (self->choices, 0);
}

static void
update_position (KdWizardPage *self)
{
  g_autofree char *text = NULL;
  guint            index = 0, total = 0;
  GtkListBoxRow   *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->navigator, i)) != NULL; i++)
    if (row_is_listed (self, row))
      {
        total++;
        if (row == self->current_row)
          index = total;
      }
  if (self->record != NULL)
    text = g_strdup_printf (_ ("Criterion %s — %u of %u"), kd_criterion_record_get_code (self->record), index, total);
  else if (self->standard != NULL)
    text = g_strdup_printf (_ ("Standard %u — %u of %u"), kd_standard_record_get_number (self->standard), index, total);
  gtk_label_set_text (self->position_label, text != NULL ? text : "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->previous_button),
                            self->current_row != NULL && listed_neighbour (self, self->current_row, -1) != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_button),
                            self->current_row != NULL && listed_neighbour (self, self->current_row, 1) != NULL);
}

/* Keeps the criterion shown in view in the navigator (GtkListBox does not scroll to its
 * selection, and taking the focus to make it would leave the text being typed). */
static void
scroll_to_row (KdWizardPage  *self,
               GtkListBoxRow *row)
{
  GtkAdjustment  *adjustment = gtk_scrolled_window_get_vadjustment (self->navigator_scroller);
  graphene_rect_t bounds;
  double          top = gtk_adjustment_get_value (adjustment);
  double          height = gtk_adjustment_get_page_size (adjustment);

  if (!gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->navigator), &bounds) || height <= 0)
    return;
  if (bounds.origin.y < top)
    gtk_adjustment_set_value (adjustment, bounds.origin.y - bounds.size.height);
  else if (bounds.origin.y + bounds.size.height > top + height)
    gtk_adjustment_set_value (adjustment, bounds.origin.y + 2 * bounds.size.height - height);
}

static void
show_row (KdWizardPage  *self,
          GtkListBoxRow *row)
{
  const char *code;

  if (row != NULL && row == self->current_row && self->sheet != NULL)
    return;
  /* What was typed belongs to the criterion being left. */
  commit_text (self);
  clear_sheet (self);
  self->current_row = row;
  if (row != NULL && self->document != NULL)
    {
      code = row_code (row);
      if (code != NULL)
        {
          self->record = kd_document_get_criterion (self->document, code);
          self->sheet = build_criterion_sheet (self);
        }
      else
        {
          self->standard = kd_document_get_standard (self->document, row_standard (row));
          if (self->standard != NULL)
            self->sheet = build_standard_sheet (self);
        }
    }
  if (self->sheet != NULL)
    {
      gtk_box_append (self->sheet_holder, self->sheet);
      if (self->record != NULL)
        defer_rest (self);
    }
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->sheet_scroller), 0);
  if (row != NULL && gtk_list_box_get_selected_row (self->navigator) != row)
    gtk_list_box_select_row (self->navigator, row);
  if (row != NULL)
    scroll_to_row (self, row);
  update_position (self);
}

static void
navigator_row_selected_cb (KdWizardPage  *self,
                           GtkListBoxRow *row)
{
  if (row != NULL)
    show_row (self, row);
}

/* ---- filters ------------------------------------------------------------------------ */

static void
refilter (KdWizardPage *self)
{
  GtkListBoxRow *row;

  gtk_list_box_invalidate_filter (self->navigator);
  gtk_list_box_invalidate_headers (self->navigator);
  /* The sheet follows the list: a criterion filtered away gives its place to the first shown. */
  if (self->current_row == NULL || !row_is_listed (self, self->current_row))
    {
      row = first_listed (self);
      if (row != NULL)
        show_row (self, row);
    }
  update_position (self);
}

static void
search_changed_cb (KdWizardPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->needle, g_free);
  if (!kd_text_is_blank (text))
    self->needle = g_strdup (text);
  refilter (self);
}

static void
stop_search_cb (KdWizardPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (self->current_row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->current_row));
}

static void
search_activate_cb (KdWizardPage *self)
{
  GtkListBoxRow *row = first_listed (self);

  if (row != NULL)
    show_row (self, row);
}

static GSettings *
get_settings (KdWizardPage *self)
{
  GtkRoot        *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

  return KD_IS_APPLICATION (app) ? kd_application_get_settings (KD_APPLICATION (app)) : NULL;
}

static void
me_changed_cb (KdWizardPage *self)
{
  KdMember  *me = current_member (self);
  GSettings *settings;

  gtk_widget_set_sensitive (GTK_WIDGET (self->mine_check), me != NULL);
  if (me == NULL)
    gtk_check_button_set_active (self->mine_check, FALSE);
  if (self->document == NULL)
    return;
  /* The document's history records changes under this name, also when the member was chosen
   * from what this computer remembers. */
  if (me != NULL || !self->choosing_me)
    kd_document_set_author (self->document, me != NULL ? kd_member_get_name (me) : "", me != NULL ? kd_item_get_id (KD_ITEM (me)) : "");
  if (self->choosing_me)
    return;
  settings = get_settings (self);
  if (settings != NULL)
    g_settings_set_string (settings, "me", me != NULL ? kd_member_get_name (me) : "");
  if (gtk_check_button_get_active (self->mine_check))
    refilter (self);
}

/* The drop-down of members, with the one remembered on this computer chosen. */
static void
fill_me (KdWizardPage *self)
{
  GListModel      *members = self->document != NULL ? kd_document_get_members (self->document) : NULL;
  GSettings       *settings = get_settings (self);
  g_autofree char *remembered = settings != NULL ? g_settings_get_string (settings, "me") : g_strdup ("");
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  guint chosen = 0;

  g_ptr_array_set_size (self->me_ids, 0);
  g_ptr_array_add (self->me_ids, g_strdup (""));
  g_ptr_array_add (names, (gpointer)_ ("Who are you?"));
  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KdMember) member = g_list_model_get_item (members, i);

      if (*kd_member_get_name (member) == '\0')
        continue;
      if (chosen == 0 && *remembered != '\0' && g_str_equal (kd_member_get_name (member), remembered))
        chosen = self->me_ids->len;
      g_ptr_array_add (self->me_ids, g_strdup (kd_item_get_id (KD_ITEM (member))));
      g_ptr_array_add (names, (gpointer)kd_member_get_name (member));
    }
  g_ptr_array_add (names, NULL);
  self->choosing_me = TRUE;
  gtk_string_list_splice (self->me_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->me_names)),
                          (const char *const *)names->pdata);
  gtk_drop_down_set_selected (self->me_choice, chosen);
  self->choosing_me = FALSE;
  me_changed_cb (self);
}

/* ---- the document ------------------------------------------------------------------- */

static void
reevaluate (KdWizardPage *self)
{
  g_clear_pointer (&self->evaluation, kd_evaluation_free);
  if (self->document != NULL)
    self->evaluation = kd_evaluate (self->document);
}

/* After every change (an answer, an undo, an assignment on the council page): levels again. */
static void
document_changed_cb (KdWizardPage *self)
{
  reevaluate (self);
  update_navigator (self);
  if (self->record != NULL)
    {
      update_choices (self);
      update_level (self);
      update_assignee (self);
    }
  if (self->standard_summary != NULL)
    update_standard_summary (self);
  if (gtk_check_button_get_active (self->mine_check))
    refilter (self);
}

static void
members_changed_cb (KdWizardPage *self)
{
  fill_me (self);
}

static void
set_document (KdWizardPage *self,
              KdDocument   *document)
{
  if (self->document == document)
    return;
  /* No commit here: the window has committed, saved or discarded the work before it changes
   * or closes the document. */
  clear_sheet (self);
  if (self->document != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->document);
      g_clear_signal_handler (&self->members_id, kd_document_get_members (self->document));
    }
  clear_navigator (self);
  g_set_object (&self->document, document);
  reevaluate (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (document != NULL)
    {
      self->changed_id = g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
      self->members_id = g_signal_connect_object (kd_document_get_members (document), "items-changed",
                                                  G_CALLBACK (members_changed_cb), self, G_CONNECT_SWAPPED);
      fill_navigator (self);
      update_navigator (self);
    }
  fill_me (self);
  show_row (self, document != NULL ? first_listed (self) : NULL);
  g_object_notify (G_OBJECT (self), "document");
}

/* ---- KdPage ------------------------------------------------------------------------- */

static gboolean
kd_wizard_page_start_search (KdPage *page)
{
  KdWizardPage *self = KD_WIZARD_PAGE (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

static gboolean
kd_wizard_page_move (KdPage *page,
                     int     direction)
{
  KdWizardPage  *self = KD_WIZARD_PAGE (page);
  GtkListBoxRow *row;

  if (self->current_row == NULL)
    return FALSE;
  row = listed_neighbour (self, self->current_row, direction);
  if (row == NULL)
    return FALSE;
  show_row (self, row);
  return TRUE;
}

static gboolean
kd_wizard_page_show_criterion (KdPage     *page,
                               const char *criterion_id)
{
  KdWizardPage  *self = KD_WIZARD_PAGE (page);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->navigator, i)) != NULL; i++)
    {
      if (g_strcmp0 (row_code (row), criterion_id) != 0)
        continue;
      /* Asked for by name: a filter that hides it gives way. */
      if (!row_is_listed (self, row))
        {
          gtk_check_button_set_active (self->mine_check, FALSE);
          gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
          refilter (self);
        }
      show_row (self, row);
      return TRUE;
    }
  return FALSE;
}

static void
kd_wizard_page_iface_init (KdPageInterface *iface)
{
  iface->start_search = kd_wizard_page_start_search;
  iface->move = kd_wizard_page_move;
  iface->show_criterion = kd_wizard_page_show_criterion;
}

/* ---- for tests ---------------------------------------------------------------------- */

const char *
_kd_wizard_page_get_shown_criterion (KdWizardPage *self)
{
  g_return_val_if_fail (KD_IS_WIZARD_PAGE (self), NULL);
  return self->record != NULL ? kd_criterion_record_get_code (self->record) : NULL;
}

guint
_kd_wizard_page_get_shown_standard (KdWizardPage *self)
{
  g_return_val_if_fail (KD_IS_WIZARD_PAGE (self), 0);
  return self->standard != NULL ? kd_standard_record_get_number (self->standard) : 0;
}

const char *
_kd_wizard_page_get_level_text (KdWizardPage *self)
{
  g_return_val_if_fail (KD_IS_WIZARD_PAGE (self), NULL);
  return self->level_badge != NULL ? gtk_label_get_text (self->level_badge) : NULL;
}

const char *
_kd_wizard_page_get_reason_text (KdWizardPage *self)
{
  g_return_val_if_fail (KD_IS_WIZARD_PAGE (self), NULL);
  return self->reason_label != NULL ? gtk_label_get_text (self->reason_label) : NULL;
}

/* Clicks the button of @state for the indicator @indicator_id of the sheet shown. */
gboolean
_kd_wizard_page_choose (KdWizardPage *self,
                        const char   *indicator_id,
                        KdState       state)
{
  g_return_val_if_fail (KD_IS_WIZARD_PAGE (self), FALSE);
  for (guint i = 0; i < self->choices->len; i++)
    {
      KdStateChoice *choice = g_ptr_array_index (self->choices, i);

      if (g_str_equal (kd_state_choice_get_id (choice), indicator_id))
        return _kd_state_choice_choose (choice, state);
    }
  return FALSE;
}

KdTextBox *
_kd_wizard_page_get_text_box (KdWizardPage *self,
                              const char   *field)
{
  g_return_val_if_fail (KD_IS_WIZARD_PAGE (self), NULL);
  for (guint i = 0; i < self->text_boxes->len; i++)
    if (g_strcmp0 (kd_text_box_get_field (g_ptr_array_index (self->text_boxes, i)), field) == 0)
      return g_ptr_array_index (self->text_boxes, i);
  return NULL;
}

/* The navigator's listed rows: criterion codes, "S1" for a standard's page, space-separated. */
char *
_kd_wizard_page_dup_listed (KdWizardPage *self)
{
  GString       *listed = g_string_new (NULL);
  GtkListBoxRow *row;

  g_return_val_if_fail (KD_IS_WIZARD_PAGE (self), NULL);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->navigator, i)) != NULL; i++)
    {
      if (!gtk_widget_get_child_visible (GTK_WIDGET (row)))
        continue;
      if (listed->len > 0)
        g_string_append_c (listed, ' ');
      if (row_code (row) != NULL)
        g_string_append (listed, row_code (row));
      else
        g_string_append_printf (listed, "S%u", row_standard (row));
    }
  return g_string_free (listed, FALSE);
}

/* What the navigator's row of @entry ("2.1", or "S1" for a standard's page) shows at its end:
 * "6/6 1" — indicators assessed and the level ("–" when none is assessed). */
char *
_kd_wizard_page_dup_row_status (KdWizardPage *self,
                                const char   *entry)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (KD_IS_WIZARD_PAGE (self), NULL);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->navigator, i)) != NULL; i++)
    {
      g_autofree char *name = row_code (row) != NULL ? g_strdup (row_code (row)) : g_strdup_printf ("S%u", row_standard (row));
      GtkWidget       *badge = g_object_get_data (G_OBJECT (row), "kd-badge");

      if (g_str_equal (name, entry))
        return g_strdup_printf ("%s%s%s", gtk_label_get_text (g_object_get_data (G_OBJECT (row), "kd-count")),
                                gtk_widget_get_visible (badge) ? " " : "",
                                gtk_widget_get_visible (badge) ? gtk_label_get_text (GTK_LABEL (badge)) : "");
    }
  return NULL;
}

GtkEditable *
_kd_wizard_page_get_search (KdWizardPage *self)
{
  g_return_val_if_fail (KD_IS_WIZARD_PAGE (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

void
_kd_wizard_page_set_me (KdWizardPage *self,
                        const char   *member_name)
{
  g_return_if_fail (KD_IS_WIZARD_PAGE (self));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->me_names)); i++)
    if (i > 0 && g_str_equal (gtk_string_list_get_string (self->me_names, i), member_name))
      gtk_drop_down_set_selected (self->me_choice, i);
}

void
_kd_wizard_page_set_only_mine (KdWizardPage *self,
                               gboolean      only_mine)
{
  g_return_if_fail (KD_IS_WIZARD_PAGE (self));
  gtk_check_button_set_active (self->mine_check, only_mine);
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
previous_clicked_cb (KdWizardPage *self)
{
  kd_wizard_page_move (KD_PAGE (self), -1);
}

static void
next_clicked_cb (KdWizardPage *self)
{
  kd_wizard_page_move (KD_PAGE (self), 1);
}

static void
kd_wizard_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KdWizardPage *self = KD_WIZARD_PAGE (object);

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
kd_wizard_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  switch (prop_id)
    {
      case PROP_DOCUMENT:
        set_document (KD_WIZARD_PAGE (object), g_value_get_object (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kd_wizard_page_dispose (GObject *object)
{
  KdWizardPage *self = KD_WIZARD_PAGE (object);

  if (self->document != NULL)
    set_document (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KD_TYPE_WIZARD_PAGE);
  kd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_pointer (&self->evaluation, kd_evaluation_free);
  g_clear_pointer (&self->text_boxes, g_ptr_array_unref);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_clear_pointer (&self->me_ids, g_ptr_array_unref);
  g_clear_object (&self->me_names);
  g_clear_pointer (&self->needle, g_free);
  G_OBJECT_CLASS (kd_wizard_page_parent_class)->dispose (object);
}

static void
kd_wizard_page_class_init (KdWizardPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_wizard_page_dispose;
  object_class->get_property = kd_wizard_page_get_property;
  object_class->set_property = kd_wizard_page_set_property;
  g_object_class_override_property (object_class, PROP_DOCUMENT, "document");
  kd_page_class_set_section (object_class, N_ ("Self-assessment"), "emblem-ok-symbolic");

  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-wizard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KdWizardPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KdWizardPage, mine_check);
  gtk_widget_class_bind_template_child (widget_class, KdWizardPage, me_choice);
  gtk_widget_class_bind_template_child (widget_class, KdWizardPage, navigator);
  gtk_widget_class_bind_template_child (widget_class, KdWizardPage, navigator_scroller);
  gtk_widget_class_bind_template_child (widget_class, KdWizardPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, KdWizardPage, previous_button);
  gtk_widget_class_bind_template_child (widget_class, KdWizardPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, KdWizardPage, position_label);
  gtk_widget_class_bind_template_child (widget_class, KdWizardPage, sheet_scroller);
  gtk_widget_class_bind_template_child (widget_class, KdWizardPage, sheet_holder);
}

static void
kd_wizard_page_init (KdWizardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->text_boxes = g_ptr_array_new ();
  self->choices = g_ptr_array_new ();
  self->me_ids = g_ptr_array_new_with_free_func (g_free);
  self->me_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->me_choice, G_LIST_MODEL (self->me_names));
  gtk_widget_set_sensitive (GTK_WIDGET (self->mine_check), FALSE);

  {
    GtkWidget *nothing = gtk_label_new (_ ("No criterion matches."));

    gtk_label_set_wrap (GTK_LABEL (nothing), TRUE);
    gtk_widget_add_css_class (nothing, "dim-label");
    gtk_widget_set_margin_top (nothing, 24);
    gtk_list_box_set_placeholder (self->navigator, nothing);
  }
  gtk_list_box_set_filter_func (self->navigator, navigator_filter_cb, self, NULL);
  gtk_list_box_set_header_func (self->navigator, navigator_header_cb, self, NULL);
  g_signal_connect_object (self->navigator, "row-selected", G_CALLBACK (navigator_row_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (stop_search_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->mine_check, "toggled", G_CALLBACK (refilter), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->me_choice, "notify::selected", G_CALLBACK (me_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->previous_button, "clicked", G_CALLBACK (previous_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->next_button, "clicked", G_CALLBACK (next_clicked_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
kd_wizard_page_new (void)
{
  return g_object_new (KD_TYPE_WIZARD_PAGE, NULL);
}
