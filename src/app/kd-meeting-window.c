/* kd-meeting-window.c
 *
 * The view is built for reading from the back of a classroom: black on white, one criterion,
 * text sized from the screen's height (the council zooms from there).  The window sizes all its
 * text from one font size: a style sheet of its own says it, and meeting.css sizes every part
 * in em of it.  Keys are read before any child sees them (the secretary's hands stay on the
 * keyboard, whatever has the focus), except while the note is being typed.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-meeting-window.h"
#include "kd-rules.h"
#include "kd-text.h"

/* Each zoom step scales the text by this much; the default size is the screen's height divided
 * by FONT_DIVISOR (27 px at 768 lines, 38 px at 1080), large enough for the back row. */
#define ZOOM_FACTOR 1.15
#define ZOOM_STEPS_MAX 6
#define FONT_DIVISOR 28
#define FONT_MIN 14
#define FONT_DEFAULT 27

struct _KdMeetingWindow
{
  GtkWindow parent_instance;

  /* template */
  GtkWidget         *navigator_scroller;
  GtkListBox        *navigator;
  GtkStack          *stack;
  GtkLabel          *standard_label;
  GtkLabel          *title_label;
  GtkScrolledWindow *scroller;
  GtkBox            *indicators_box;
  GtkLabel          *level_label;
  GtkLabel          *reason_label;
  GtkLabel          *agreed_label;
  GtkLabel          *progress_label;
  GtkProgressBar    *progress_bar;
  GtkLabel          *position_label;
  GtkWidget         *controls;
  GtkEntry          *note_entry;
  GtkDropDown       *agenda_dropdown;
  GtkButton         *zoom_button;
  GtkWidget         *keys_label;
  GtkBox            *summary_box;

  /* owned */
  KdMeetingSession *session;
  KdMeetingRole     role;
  GtkWidget        *partner;    /* weak: the other window of a two-screen meeting */
  char             *shown_code; /* the criterion whose rows are built */
  GPtrArray        *rows;       /* GtkWidget per indicator of the shown criterion */
  guint             cursor;     /* index of the indicator the keys set */
  int               zoom_step;
  int               base_font; /* px; 0 until the screen is known */
  GtkCssProvider   *zoom_provider;
  char             *zoom_class;
  GPtrArray        *agenda_groups; /* group id of each agenda choice after the fixed ones */
  gboolean          syncing;
  guint             scroll_id;
};

G_DEFINE_FINAL_TYPE (KdMeetingWindow, kd_meeting_window, GTK_TYPE_WINDOW)

/* The fixed choices of the agenda, before one per group. */
enum
{
  AGENDA_ALL,
  AGENDA_NOT_AGREED,
  AGENDA_BELOW_TARGET,
  AGENDA_FIXED
};

static void refresh (KdMeetingWindow *self);

static KdDocument *
get_document (KdMeetingWindow *self)
{
  return kd_meeting_session_get_document (self->session);
}

static KdCriterionRecord *
shown_record (KdMeetingWindow *self)
{
  const char *code = kd_meeting_session_get_criterion (self->session);

  return code != NULL ? kd_document_get_criterion (get_document (self), code) : NULL;
}

static KdMeetingItem *
todays_item (KdMeetingWindow *self)
{
  KdMeeting  *meeting = kd_meeting_session_get_meeting (self->session);
  const char *code = kd_meeting_session_get_criterion (self->session);

  return meeting != NULL && code != NULL ? kd_meeting_lookup_item (meeting, code) : NULL;
}

/* ---- text size ---------------------------------------------------------------------- */

int
_kd_meeting_window_get_font_size (KdMeetingWindow *self)
{
  int base = self->base_font > 0 ? self->base_font : FONT_DEFAULT;

  return MAX (FONT_MIN, (int)lround (base * pow (ZOOM_FACTOR, self->zoom_step)));
}

static void
apply_zoom (KdMeetingWindow *self)
{
  g_autofree char *css = g_strdup_printf (".%s .kd-meeting-view { font-size: %dpx; }", self->zoom_class,
                                          _kd_meeting_window_get_font_size (self));
  g_autofree char *percent = g_strdup_printf ("%d %%", (int)lround (100 * pow (ZOOM_FACTOR, self->zoom_step)));

  gtk_css_provider_load_from_data (self->zoom_provider, css, -1);
  gtk_button_set_label (self->zoom_button, percent);
}

static void
zoom (KdMeetingWindow *self,
      int              steps)
{
  int step = steps == 0 ? 0 : CLAMP (self->zoom_step + steps, -ZOOM_STEPS_MAX, ZOOM_STEPS_MAX);

  if (step == self->zoom_step && steps != 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  self->zoom_step = step;
  apply_zoom (self);
}

/* The default size follows the screen the window is on: a projector of 1080 lines gets more. */
static void
measure_screen (KdMeetingWindow *self,
                GdkMonitor      *monitor)
{
  GdkRectangle area;

  if (monitor == NULL)
    return;
  gdk_monitor_get_geometry (monitor, &area);
  if (area.height > 0)
    self->base_font = MAX (FONT_MIN, area.height / FONT_DIVISOR);
  apply_zoom (self);
}

/* ---- the criterion ------------------------------------------------------------------ */

static char *
describe_level_heading (guint level)
{
  /* TRANSLATORS: the heading above a level's indicators, not a result */
  return g_strdup_printf (C_ ("heading", "Mức %u"), level);
}

static void
state_clicked_cb (GtkButton       *button,
                  KdMeetingWindow *self)
{
  guint                 index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kd-index"));
  KdCriterionRecord    *record = shown_record (self);
  const KdIndicatorDef *ind;
  KdState               next;

  if (record == NULL || index >= kd_criterion_record_get_def (record)->indicators->len)
    return;
  ind = g_ptr_array_index (kd_criterion_record_get_def (record)->indicators, index);
  self->cursor = index;
  /* A click walks Đạt → Không đạt → not assessed, as a council changes its mind. */
  switch (kd_criterion_record_get_indicator (record, ind->id))
    {
      case KD_STATE_UNASSESSED:
        next = KD_STATE_MET;
        break;
      case KD_STATE_MET:
        next = KD_STATE_UNMET;
        break;
      case KD_STATE_UNMET:
      default:
        next = KD_STATE_UNASSESSED;
        break;
    }
  if (!kd_meeting_session_set_indicator (self->session, ind->id, next))
    gtk_widget_error_bell (GTK_WIDGET (self));
  refresh (self);
}

static GtkWidget *
make_indicator_row (KdMeetingWindow      *self,
                    const KdIndicatorDef *ind,
                    guint                 index)
{
  GtkWidget       *row = kd_row_new (16);
  GtkWidget       *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *key = *ind->key != '\0' ? g_strdup_printf ("%s)", ind->key) : g_strdup ("–");
  GtkWidget       *key_label = gtk_label_new (key);
  GtkWidget       *text = gtk_label_new (ind->text);
  GtkWidget       *evidence = gtk_label_new (NULL);
  GtkWidget       *state = gtk_button_new ();

  gtk_widget_add_css_class (row, "kd-meeting-indicator");
  gtk_widget_add_css_class (key_label, "kd-meeting-key");
  gtk_widget_set_valign (key_label, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (evidence), 0);
  gtk_label_set_wrap (GTK_LABEL (evidence), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (evidence), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (evidence, "kd-meeting-evidence");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), text);
  gtk_box_append (GTK_BOX (texts), evidence);
  gtk_widget_set_valign (state, GTK_ALIGN_START);
  gtk_widget_set_focus_on_click (state, FALSE);
  gtk_widget_add_css_class (state, "flat");
  gtk_widget_add_css_class (state, "kd-meeting-state");
  g_object_set_data (G_OBJECT (state), "kd-index", GUINT_TO_POINTER (index));
  g_signal_connect_object (state, "clicked", G_CALLBACK (state_clicked_cb), self, 0);
  kd_row_append (row, key_label);
  kd_row_append (row, texts);
  kd_row_append (row, state);
  g_object_set_data (G_OBJECT (row), "kd-evidence", evidence);
  g_object_set_data (G_OBJECT (row), "kd-state", state);
  return row;
}

static void
build_rows (KdMeetingWindow      *self,
            const KdCriterionDef *def)
{
  guint level = 0;

  kd_widget_unparent_children (GTK_WIDGET (self->indicators_box));
  g_ptr_array_set_size (self->rows, 0);
  for (guint i = 0; i < def->indicators->len; i++)
    {
      const KdIndicatorDef *ind = g_ptr_array_index (def->indicators, i);
      GtkWidget            *row;

      if (ind->level != level)
        {
          g_autofree char *heading = describe_level_heading (ind->level);
          GtkWidget       *label = gtk_label_new (heading);

          level = ind->level;
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_widget_add_css_class (label, "kd-meeting-level-heading");
          gtk_box_append (self->indicators_box, label);
        }
      row = make_indicator_row (self, ind, i);
      gtk_box_append (self->indicators_box, row);
      g_ptr_array_add (self->rows, row);
    }
  self->cursor = 0;
}

/* The codes of the evidence the description of an indicator cites: "[H1-1.1-01]; [H1-1.1-02]". */
static char *
describe_evidence (KdFramework *framework,
                   const char  *description)
{
  g_autoptr (GPtrArray) matches = kd_framework_find_evidence_codes (framework, description);
  g_autoptr (GString) codes = g_string_new (NULL);

  if (matches->len == 0)
    return g_strdup (_ ("No evidence cited"));
  for (guint i = 0; i < matches->len; i++)
    {
      KdCodeMatch *match = g_ptr_array_index (matches, i);

      if (strstr (codes->str, match->code) == NULL)
        g_string_append_printf (codes, "%s%s", codes->len > 0 ? "; " : "", match->code);
    }
  return g_strdup_printf (_ ("Evidence: %s"), codes->str);
}

static void
set_state_classes (GtkWidget *widget,
                   KdState    state)
{
  gtk_widget_remove_css_class (widget, "kd-state-met");
  gtk_widget_remove_css_class (widget, "kd-state-unmet");
  gtk_widget_remove_css_class (widget, "kd-state-unassessed");
  gtk_widget_add_css_class (widget, state == KD_STATE_MET     ? "kd-state-met"
                                    : state == KD_STATE_UNMET ? "kd-state-unmet"
                                                              : "kd-state-unassessed");
}

static gboolean
scroll_to_cursor_cb (gpointer data)
{
  KdMeetingWindow *self = data;
  GtkWidget       *row;
  GtkAdjustment   *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_point_t top;
  double           height, page, value;

  self->scroll_id = 0;
  if (self->cursor >= self->rows->len)
    return G_SOURCE_REMOVE;
  row = g_ptr_array_index (self->rows, self->cursor);
  if (!gtk_widget_compute_point (row, GTK_WIDGET (self->indicators_box), &GRAPHENE_POINT_INIT (0, 0), &top))
    return G_SOURCE_REMOVE;
  height = gtk_widget_get_height (row);
  page = gtk_adjustment_get_page_size (adjustment);
  value = gtk_adjustment_get_value (adjustment);
  /* The whole row in sight, moving as little as possible. */
  if (top.y < value)
    gtk_adjustment_set_value (adjustment, top.y);
  else if (top.y + height > value + page)
    gtk_adjustment_set_value (adjustment, MIN (top.y, top.y + height - page));
  return G_SOURCE_REMOVE;
}

static void
update_rows (KdMeetingWindow         *self,
             KdCriterionRecord       *record,
             const KdCriterionResult *result)
{
  KdFramework          *framework = kd_document_get_framework (get_document (self));
  const KdCriterionDef *def = result->def;

  for (guint i = 0; i < self->rows->len && i < def->indicators->len; i++)
    {
      const KdIndicatorDef *ind = g_ptr_array_index (def->indicators, i);
      GtkWidget            *row = g_ptr_array_index (self->rows, i);
      GtkWidget            *state = g_object_get_data (G_OBJECT (row), "kd-state");
      KdState               value = g_array_index (result->states, KdState, i);
      g_autofree char      *evidence = describe_evidence (framework, kd_criterion_record_get_description (record, ind->id));
      g_autofree char      *accessible = g_strdup_printf (_ ("Indicator %s: %s"), ind->id, kd_state_describe (value));

      gtk_label_set_text (g_object_get_data (G_OBJECT (row), "kd-evidence"), evidence);
      gtk_button_set_label (GTK_BUTTON (state), kd_state_describe (value));
      gtk_accessible_update_property (GTK_ACCESSIBLE (state), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      set_state_classes (state, value);
      /* The projector shows no cursor: it is the secretary's, not the council's. */
      if (i == self->cursor && self->role != KD_MEETING_ROLE_PROJECTOR)
        gtk_widget_add_css_class (row, "kd-meeting-cursor");
      else
        gtk_widget_remove_css_class (row, "kd-meeting-cursor");
    }
  if (self->scroll_id == 0)
    self->scroll_id = g_idle_add (scroll_to_cursor_cb, self);
}

static void
show_level (KdMeetingWindow         *self,
            const KdCriterionResult *result)
{
  g_autofree char *level = kd_criterion_result_describe (result);
  g_autofree char *reason = kd_criterion_result_reason (result, result->def->top_level);
  g_autoptr (GString) why = g_string_new (NULL);
  gboolean unassessed = result->unassessed->len == result->def->indicators->len;

  kd_widget_set_level_class (GTK_WIDGET (self->level_label), unassessed ? KD_STATE_UNASSESSED : KD_STATE_MET, result->level);
  gtk_label_set_text (self->level_label, level);

  if (reason != NULL)
    g_string_append (why, reason);
  else
    g_string_append (why, _ ("The criterion is at its highest level."));
  if (result->unassessed->len > 0 && !unassessed)
    {
      g_autofree char *more = g_strdup_printf (_ ("Indicators not assessed yet: %u."), result->unassessed->len);

      g_string_append_printf (why, " %s", more);
    }
  gtk_label_set_text (self->reason_label, why->str);
}

static void
show_agreement (KdMeetingWindow *self,
                const char      *code)
{
  KdMeetingItem *item = kd_document_lookup_agreement (get_document (self), code);

  gtk_widget_remove_css_class (GTK_WIDGET (self->agreed_label), "kd-meeting-agreed");
  gtk_widget_remove_css_class (GTK_WIDGET (self->agreed_label), "kd-meeting-not-agreed");
  if (item != NULL)
    {
      g_autofree char *when = kd_datetime_format_user (kd_meeting_item_get_agreed_at (item));
      g_autofree char *text = g_strdup_printf (_ ("✔ The council agreed: %s (%s)"), kd_meeting_item_get_result (item), when);

      gtk_label_set_text (self->agreed_label, text);
      gtk_widget_add_css_class (GTK_WIDGET (self->agreed_label), "kd-meeting-agreed");
    }
  else
    {
      gtk_label_set_text (self->agreed_label, _ ("Not agreed by the council yet"));
      gtk_widget_add_css_class (GTK_WIDGET (self->agreed_label), "kd-meeting-not-agreed");
    }
}

static void
show_criterion (KdMeetingWindow *self)
{
  KdCriterionRecord    *record = shown_record (self);
  const KdCriterionDef *def;
  const KdStandardDef  *standard;
  g_autoptr (KdCriterionResult) result = NULL;
  g_autofree char *title = NULL;
  g_autofree char *standard_text = NULL;

  if (record == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  def = kd_criterion_record_get_def (record);
  if (g_strcmp0 (self->shown_code, def->code) != 0)
    {
      g_free (self->shown_code);
      self->shown_code = g_strdup (def->code);
      build_rows (self, def);
    }
  standard = kd_framework_lookup_standard (kd_document_get_framework (get_document (self)), def->standard);
  standard_text = standard != NULL ? g_strdup_printf (_ ("Standard %u: %s"), standard->number, standard->title)
                                   : g_strdup ("");
  title = g_strdup_printf (_ ("Criterion %s. %s"), def->code, def->title);
  gtk_label_set_text (self->standard_label, standard_text);
  gtk_label_set_text (self->title_label, title);

  result = kd_evaluate_criterion (record);
  update_rows (self, record, result);
  show_level (self, result);
  show_agreement (self, def->code);
  gtk_stack_set_visible_child_name (self->stack, "criterion");
}

/* ---- progress, navigator, note ------------------------------------------------------ */

static void
show_progress (KdMeetingWindow *self)
{
  guint            agreed = 0, total = 0;
  guint            length = kd_meeting_session_get_length (self->session);
  g_autofree char *progress = NULL;
  g_autofree char *position = NULL;

  kd_meeting_session_count_agreed (self->session, &agreed, &total);
  progress = g_strdup_printf (_ ("Agreed: %u of %u criteria"), agreed, total);
  gtk_label_set_text (self->progress_label, progress);
  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double)agreed / total : 0);
  if (length > 0)
    position = g_strdup_printf (_ ("%u / %u on the agenda"), kd_meeting_session_get_position (self->session) + 1, length);
  gtk_label_set_text (self->position_label, position != NULL ? position : "");
}

static void
fill_navigator (KdMeetingWindow *self)
{
  KdDocument *document = get_document (self);
  guint       length = kd_meeting_session_get_length (self->session);

  if (self->role != KD_MEETING_ROLE_PRESENTER)
    return;
  self->syncing = TRUE;
  for (GtkListBoxRow *row; (row = gtk_list_box_get_row_at_index (self->navigator, 0)) != NULL;)
    gtk_list_box_remove (self->navigator, GTK_WIDGET (row));
  for (guint i = 0; i < length; i++)
    {
      const char    *code = kd_meeting_session_get_code (self->session, i);
      KdMeetingItem *agreed = kd_document_lookup_agreement (document, code);
      g_autoptr (KdCriterionResult) result = kd_evaluate_criterion (kd_document_get_criterion (document, code));
      g_autofree char *level = kd_criterion_result_describe (result);
      g_autofree char *text = g_strdup_printf ("%s %s  %s", agreed != NULL ? "✔" : "  ", code, level);
      GtkWidget       *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_append (self->navigator, label);
      kd_widget_name_parent_by (label);
    }
  gtk_list_box_select_row (self->navigator,
                           gtk_list_box_get_row_at_index (self->navigator, kd_meeting_session_get_position (self->session)));
  self->syncing = FALSE;
}

static void
navigator_selected_cb (KdMeetingWindow *self,
                       GtkListBoxRow   *row)
{
  if (self->syncing || row == NULL)
    return;
  kd_meeting_session_go_to (self->session, kd_meeting_session_get_code (self->session, gtk_list_box_row_get_index (row)));
}

static void
revert_note (KdMeetingWindow *self)
{
  KdMeetingItem *item = todays_item (self);

  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), item != NULL ? kd_meeting_item_get_note (item) : "");
}

static void
show_note (KdMeetingWindow *self)
{
  if (gtk_widget_has_focus (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->note_entry)))))
    return;
  revert_note (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->note_entry), kd_document_is_editable (get_document (self)) &&
                                                               kd_meeting_session_get_criterion (self->session) != NULL);
}

static void
commit_note (KdMeetingWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->note_entry));

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->note_entry)))
    return;
  kd_meeting_session_set_note (self->session, text);
}

static void
note_activate_cb (KdMeetingWindow *self)
{
  commit_note (self);
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  show_note (self);
}

static void
note_leave_cb (KdMeetingWindow *self)
{
  commit_note (self);
}

/* ---- the summary -------------------------------------------------------------------- */

static GtkWidget *
summary_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
attendee_toggled_cb (GtkCheckButton  *check,
                     KdMeetingWindow *self)
{
  const char *member_id = g_object_get_data (G_OBJECT (check), "kd-member");

  if (!self->syncing)
    kd_meeting_session_set_attendee (self->session, member_id, gtk_check_button_get_active (check));
}

static void
add_attendees (KdMeetingWindow *self)
{
  KdMeeting  *meeting = kd_meeting_session_get_meeting (self->session);
  GListModel *members = kd_document_get_members (get_document (self));
  GtkWidget  *flow = gtk_flow_box_new ();

  gtk_box_append (self->summary_box, summary_label (_ ("Attendees"), "kd-meeting-summary-heading"));
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 3);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KdMember) member = g_list_model_get_item (members, i);
      g_autofree char *text = g_strdup_printf ("%s (%s)", kd_member_get_name (member), kd_role_describe (kd_member_get_role (member)));
      GtkWidget       *check = gtk_check_button_new_with_label (text);
      const char      *id = kd_item_get_id (KD_ITEM (member));

      /* Until something is recorded the minutes do not exist: the whole council is expected. */
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   meeting == NULL || g_strv_contains (kd_meeting_get_attendees (meeting), id));
      gtk_widget_set_sensitive (check, kd_document_is_editable (get_document (self)));
      g_object_set_data_full (G_OBJECT (check), "kd-member", g_strdup (id), g_free);
      g_signal_connect_object (check, "toggled", G_CALLBACK (attendee_toggled_cb), self, 0);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), check);
    }
  if (g_list_model_get_n_items (members) == 0)
    gtk_box_append (self->summary_box, summary_label (_ ("The council has no members yet (section Council)."), NULL));
  gtk_box_append (self->summary_box, flow);
}

static void
add_results (KdMeetingWindow *self)
{
  KdDocument *document = get_document (self);
  KdMeeting  *meeting = kd_meeting_session_get_meeting (self->session);
  GtkWidget  *grid = gtk_grid_new ();
  guint       length = kd_meeting_session_get_length (self->session);

  gtk_box_append (self->summary_box, summary_label (_ ("Result of each criterion"), "kd-meeting-summary-heading"));
  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  for (guint i = 0; i < length; i++)
    {
      const char      *code = kd_meeting_session_get_code (self->session, i);
      KdMeetingItem   *item = meeting != NULL ? kd_meeting_lookup_item (meeting, code) : NULL;
      KdMeetingItem   *agreed = kd_document_lookup_agreement (document, code);
      g_autofree char *result = NULL;
      const char      *note = item != NULL ? kd_meeting_item_get_note (item) : "";

      if (agreed != NULL)
        {
          g_autofree char *when = kd_datetime_format_user (kd_meeting_item_get_agreed_at (agreed));

          result = g_strdup_printf (_ ("%s, agreed %s"), kd_meeting_item_get_result (agreed), when);
        }
      else
        result = g_strdup (_ ("not agreed yet"));
      gtk_grid_attach (GTK_GRID (grid), summary_label (code, "kd-meeting-key"), 0, (int)i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), summary_label (result, agreed != NULL ? "kd-meeting-agreed" : "kd-meeting-not-agreed"),
                       1, (int)i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), summary_label (note, "kd-meeting-evidence"), 2, (int)i, 1, 1);
    }
  gtk_box_append (self->summary_box, grid);
}

static void
build_summary (KdMeetingWindow *self)
{
  KdMeeting       *meeting = kd_meeting_session_get_meeting (self->session);
  guint            agreed = 0, total = 0;
  guint            today = meeting != NULL ? kd_meeting_count_agreed (meeting) : 0;
  g_autofree char *date = NULL;
  g_autofree char *line = NULL;
  GtkWidget       *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget       *resume = gtk_button_new_with_mnemonic (_ ("_Back to the Meeting"));
  GtkWidget       *close = gtk_button_new_with_mnemonic (_ ("_Close Meeting Mode"));

  self->syncing = TRUE;
  kd_widget_unparent_children (GTK_WIDGET (self->summary_box));
  kd_meeting_session_count_agreed (self->session, &agreed, &total);
  gtk_box_append (self->summary_box,
                  summary_label (meeting != NULL ? kd_meeting_get_title (meeting) : _ ("End of the meeting"), "kd-meeting-title"));
  if (meeting != NULL)
    {
      g_autofree char *day = kd_date_format_user (kd_meeting_get_date (meeting));

      date = g_strdup_printf (_ ("Date: %s"), day);
      gtk_box_append (self->summary_box, summary_label (date, NULL));
    }
  line = g_strdup_printf (_ ("Agreed in this meeting: %u criteria. Agreed in all: %u of %u."), today, agreed, total);
  gtk_box_append (self->summary_box, summary_label (line, "kd-meeting-reason"));
  add_attendees (self);
  add_results (self);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (resume), "meeting.resume");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (close), "window.close");
  gtk_widget_add_css_class (close, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), resume);
  gtk_box_append (GTK_BOX (buttons), close);
  gtk_box_append (self->summary_box, buttons);
  self->syncing = FALSE;
}

/* ---- refreshing --------------------------------------------------------------------- */

static gboolean
showing_summary (KdMeetingWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "summary") == 0;
}

static void
refresh (KdMeetingWindow *self)
{
  if (showing_summary (self))
    build_summary (self);
  else
    show_criterion (self);
  show_progress (self);
  fill_navigator (self);
  show_note (self);
}

static void
show_summary (KdMeetingWindow *self,
              gboolean         shown)
{
  if (shown)
    {
      commit_note (self);
      build_summary (self);
      gtk_stack_set_visible_child_name (self->stack, "summary");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "criterion");
      show_criterion (self);
    }
  /* Both screens end the meeting together. */
  if (self->partner != NULL && showing_summary (KD_MEETING_WINDOW (self->partner)) != shown)
    show_summary (KD_MEETING_WINDOW (self->partner), shown);
}

/* ---- the agenda --------------------------------------------------------------------- */

static void
fill_agenda (KdMeetingWindow *self)
{
  GListModel *groups = kd_document_get_groups (get_document (self));
  const char *fixed[] = { _ ("All criteria"), _ ("Not agreed yet"), _ ("Below the target level"), NULL };
  g_autoptr (GtkStringList) choices = gtk_string_list_new (fixed);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr (KdGroup) group = g_list_model_get_item (groups, i);
      g_autofree char *text = g_strdup_printf (_ ("Criteria of %s"), kd_group_get_name (group));

      gtk_string_list_append (choices, text);
      g_ptr_array_add (self->agenda_groups, g_strdup (kd_item_get_id (KD_ITEM (group))));
    }
  gtk_drop_down_set_model (self->agenda_dropdown, G_LIST_MODEL (choices));
}

static void
agenda_selected_cb (KdMeetingWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->agenda_dropdown);

  if (self->syncing)
    return;
  commit_note (self);
  if (selected == AGENDA_NOT_AGREED)
    kd_meeting_session_set_agenda (self->session, KD_AGENDA_NOT_AGREED, NULL);
  else if (selected == AGENDA_BELOW_TARGET)
    kd_meeting_session_set_agenda (self->session, KD_AGENDA_BELOW_TARGET, NULL);
  else if (selected >= AGENDA_FIXED && selected - AGENDA_FIXED < self->agenda_groups->len)
    kd_meeting_session_set_agenda (self->session, 0, g_ptr_array_index (self->agenda_groups, selected - AGENDA_FIXED));
  else
    kd_meeting_session_set_agenda (self->session, 0, NULL);
}

/* ---- keys --------------------------------------------------------------------------- */

static void
move (KdMeetingWindow *self,
      int              direction)
{
  commit_note (self);
  if (!kd_meeting_session_move (self->session, direction))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
move_cursor (KdMeetingWindow *self,
             int              direction)
{
  if ((direction < 0 && self->cursor == 0) || (direction > 0 && self->cursor + 1 >= self->rows->len))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  self->cursor += direction;
  show_criterion (self);
}

static void
set_state (KdMeetingWindow *self,
           KdState          state)
{
  KdCriterionRecord    *record = shown_record (self);
  const KdCriterionDef *def = record != NULL ? kd_criterion_record_get_def (record) : NULL;

  if (def == NULL || self->cursor >= def->indicators->len ||
      !kd_meeting_session_set_indicator (self->session, ((KdIndicatorDef *)g_ptr_array_index (def->indicators, self->cursor))->id,
                                         state))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  /* Set, the next indicator comes up: a council goes down the list. */
  if (self->cursor + 1 < self->rows->len)
    self->cursor++;
  show_criterion (self);
}

static KdMeetingWindow *
presenter_or_self (KdMeetingWindow *self)
{
  return self->role == KD_MEETING_ROLE_PROJECTOR && self->partner != NULL ? KD_MEETING_WINDOW (self->partner) : self;
}

static void
start_note (KdMeetingWindow *self)
{
  KdMeetingWindow *target = presenter_or_self (self);

  if (!gtk_widget_get_sensitive (GTK_WIDGET (target->note_entry)))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  gtk_window_present (GTK_WINDOW (target));
  gtk_widget_grab_focus (GTK_WIDGET (target->note_entry));
}

static gboolean
handle_command_key (KdMeetingWindow *self,
                    guint            keyval,
                    GdkModifierType  state)
{
  GtkWidget *parent = GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (self)));

  switch (keyval)
    {
      case GDK_KEY_plus:
      case GDK_KEY_equal:
      case GDK_KEY_KP_Add:
        zoom (self, 1);
        return TRUE;
      case GDK_KEY_minus:
      case GDK_KEY_KP_Subtract:
        zoom (self, -1);
        return TRUE;
      case GDK_KEY_0:
      case GDK_KEY_KP_0:
        zoom (self, 0);
        return TRUE;
      case GDK_KEY_z:
        if (!kd_document_undo (get_document (self)))
          gtk_widget_error_bell (GTK_WIDGET (self));
        return TRUE;
      case GDK_KEY_s:
        commit_note (self);
        return parent != NULL && gtk_widget_activate_action (parent, "win.save", NULL);
      default:
        return FALSE;
    }
}

gboolean
_kd_meeting_window_handle_key (KdMeetingWindow *self,
                               guint            keyval,
                               GdkModifierType  state)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean   summary = showing_summary (self);

  g_return_val_if_fail (KD_IS_MEETING_WINDOW (self), FALSE);
  state &= gtk_accelerator_get_default_mod_mask ();

  /* Typing the note: the keys are the text's, Escape gives the note up. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->note_entry)))
    {
      if (keyval != GDK_KEY_Escape)
        return FALSE;
      revert_note (self);
      gtk_window_set_focus (GTK_WINDOW (self), NULL);
      return TRUE;
    }
  /* A drop-down's list or a check box of the summary keeps its own keys. */
  if (focus != NULL && (gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL || summary) && keyval != GDK_KEY_Escape)
    return FALSE;
  if (state == GDK_CONTROL_MASK)
    return handle_command_key (self, keyval, state);
  if ((state & ~GDK_SHIFT_MASK) != 0)
    return FALSE;

  switch (keyval)
    {
      case GDK_KEY_Escape:
        if (summary)
          gtk_window_close (GTK_WINDOW (self));
        else
          show_summary (self, TRUE);
        return TRUE;
      case GDK_KEY_plus:
      case GDK_KEY_equal:
      case GDK_KEY_KP_Add:
      case GDK_KEY_minus:
      case GDK_KEY_KP_Subtract:
      case GDK_KEY_0:
      case GDK_KEY_KP_0:
        return handle_command_key (self, keyval, state);
      default:
        break;
    }
  if (summary)
    return FALSE;

  switch (gdk_keyval_to_lower (keyval))
    {
      case GDK_KEY_Right:
      case GDK_KEY_Page_Down:
      case GDK_KEY_KP_Right:
        move (self, 1);
        return TRUE;
      case GDK_KEY_Left:
      case GDK_KEY_Page_Up:
      case GDK_KEY_KP_Left:
        move (self, -1);
        return TRUE;
      case GDK_KEY_Down:
      case GDK_KEY_KP_Down:
        move_cursor (self, 1);
        return TRUE;
      case GDK_KEY_Up:
      case GDK_KEY_KP_Up:
        move_cursor (self, -1);
        return TRUE;
      case GDK_KEY_d:
        set_state (self, KD_STATE_MET);
        return TRUE;
      case GDK_KEY_k:
        set_state (self, KD_STATE_UNMET);
        return TRUE;
      case GDK_KEY_Delete:
        set_state (self, KD_STATE_UNASSESSED);
        return TRUE;
      case GDK_KEY_a:
      case GDK_KEY_t:
        commit_note (self);
        if (!kd_meeting_session_toggle_agreed (self->session))
          gtk_widget_error_bell (GTK_WIDGET (self));
        return TRUE;
      case GDK_KEY_n:
      case GDK_KEY_g:
        start_note (self);
        return TRUE;
      case GDK_KEY_h:
        {
          GtkWidget *parent = GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (self)));

          if (parent == NULL ||
              !gtk_widget_activate_action (parent, "win.criterion-history", "s", kd_meeting_session_get_criterion (self->session)))
            gtk_widget_error_bell (GTK_WIDGET (self));
          return TRUE;
        }
      case GDK_KEY_Home:
        commit_note (self);
        kd_meeting_session_go_to (self->session, kd_meeting_session_get_code (self->session, 0));
        return TRUE;
      case GDK_KEY_End:
        commit_note (self);
        kd_meeting_session_go_to (self->session,
                                  kd_meeting_session_get_code (self->session, kd_meeting_session_get_length (self->session) - 1));
        return TRUE;
      default:
        return FALSE;
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KdMeetingWindow       *self)
{
  return _kd_meeting_window_handle_key (self, keyval, state);
}

const char *
_kd_meeting_window_get_cursor (KdMeetingWindow *self)
{
  KdCriterionRecord    *record = shown_record (self);
  const KdCriterionDef *def = record != NULL ? kd_criterion_record_get_def (record) : NULL;

  if (def == NULL || self->cursor >= def->indicators->len)
    return NULL;
  return ((KdIndicatorDef *)g_ptr_array_index (def->indicators, self->cursor))->id;
}

const char *
_kd_meeting_window_get_page (KdMeetingWindow *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

/* ---- actions ------------------------------------------------------------------------ */

static void
zoom_cb (GtkWidget  *widget,
         const char *action,
         GVariant   *parameter)
{
  KdMeetingWindow *self = KD_MEETING_WINDOW (widget);

  zoom (self, g_str_equal (action, "meeting.zoom-in") ? 1 : g_str_equal (action, "meeting.zoom-out") ? -1
                                                                                                     : 0);
  /* The projector's text is what the zoom is for. */
  if (self->role == KD_MEETING_ROLE_PRESENTER && self->partner != NULL)
    zoom (KD_MEETING_WINDOW (self->partner), g_str_equal (action, "meeting.zoom-in") ? 1 : g_str_equal (action, "meeting.zoom-out") ? -1
                                                                                                                                    : 0);
}

static void
end_cb (GtkWidget  *widget,
        const char *action,
        GVariant   *parameter)
{
  show_summary (KD_MEETING_WINDOW (widget), g_str_equal (action, "meeting.end"));
}

/* ---- GObject ------------------------------------------------------------------------ */

/* A meeting on two screens ends on both, however one of them goes. */
static void
destroy_partner (KdMeetingWindow *self)
{
  GtkWidget *partner = self->partner;

  if (partner == NULL)
    return;
  g_clear_weak_pointer (&self->partner);
  g_clear_weak_pointer (&KD_MEETING_WINDOW (partner)->partner);
  gtk_window_destroy (GTK_WINDOW (partner));
}

static gboolean
kd_meeting_window_close_request (GtkWindow *window)
{
  KdMeetingWindow *self = KD_MEETING_WINDOW (window);

  commit_note (self);
  destroy_partner (self);
  return GTK_WINDOW_CLASS (kd_meeting_window_parent_class)->close_request (window);
}

static void
kd_meeting_window_realize (GtkWidget *widget)
{
  KdMeetingWindow *self = KD_MEETING_WINDOW (widget);
  GdkSurface      *surface;

  GTK_WIDGET_CLASS (kd_meeting_window_parent_class)->realize (widget);
  surface = gtk_native_get_surface (GTK_NATIVE (widget));
  if (self->base_font == 0 && surface != NULL)
    measure_screen (self, gdk_display_get_monitor_at_surface (gtk_widget_get_display (widget), surface));
}

static void
kd_meeting_window_dispose (GObject *object)
{
  KdMeetingWindow *self = KD_MEETING_WINDOW (object);

  g_clear_handle_id (&self->scroll_id, g_source_remove);
  destroy_partner (self);
  if (self->zoom_provider != NULL)
    gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                   GTK_STYLE_PROVIDER (self->zoom_provider));
  g_clear_object (&self->zoom_provider);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (kd_meeting_window_parent_class)->dispose (object);
}

static void
kd_meeting_window_finalize (GObject *object)
{
  KdMeetingWindow *self = KD_MEETING_WINDOW (object);

  g_free (self->shown_code);
  g_free (self->zoom_class);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->agenda_groups, g_ptr_array_unref);
  G_OBJECT_CLASS (kd_meeting_window_parent_class)->finalize (object);
}

static void
kd_meeting_window_class_init (KdMeetingWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kd_meeting_window_dispose;
  object_class->finalize = kd_meeting_window_finalize;
  widget_class->realize = kd_meeting_window_realize;
  window_class->close_request = kd_meeting_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-meeting-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, agenda_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, agreed_label);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, controls);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, indicators_box);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, keys_label);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, level_label);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, navigator);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, navigator_scroller);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, note_entry);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, position_label);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, reason_label);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, scroller);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, standard_label);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, summary_box);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KdMeetingWindow, zoom_button);

  gtk_widget_class_install_action (widget_class, "meeting.zoom-in", NULL, zoom_cb);
  gtk_widget_class_install_action (widget_class, "meeting.zoom-out", NULL, zoom_cb);
  gtk_widget_class_install_action (widget_class, "meeting.zoom-reset", NULL, zoom_cb);
  gtk_widget_class_install_action (widget_class, "meeting.end", NULL, end_cb);
  gtk_widget_class_install_action (widget_class, "meeting.resume", NULL, end_cb);
}

static void
kd_meeting_window_init (KdMeetingWindow *self)
{
  static guint        serial;
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  self->agenda_groups = g_ptr_array_new_with_free_func (g_free);
  self->zoom_class = g_strdup_printf ("kd-meeting-zoom-%u", ++serial);
  self->zoom_provider = gtk_css_provider_new ();
  gtk_widget_add_css_class (GTK_WIDGET (self), self->zoom_class);
  /* Above the application's own style sheets (meeting.css), which size the parts in em. */
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->zoom_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  apply_zoom (self);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_object (focus, "leave", G_CALLBACK (note_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->note_entry), focus);
  g_signal_connect_object (self->note_entry, "activate", G_CALLBACK (note_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->navigator, "row-selected", G_CALLBACK (navigator_selected_cb), self, G_CONNECT_SWAPPED);
}

KdMeetingWindow *
kd_meeting_window_new (KdMeetingSession *session,
                       KdMeetingRole     role)
{
  KdMeetingWindow *self;

  g_return_val_if_fail (KD_IS_MEETING_SESSION (session), NULL);
  self = g_object_new (KD_TYPE_MEETING_WINDOW, NULL);
  self->session = g_object_ref (session);
  self->role = role;
  gtk_widget_set_visible (self->navigator_scroller, role == KD_MEETING_ROLE_PRESENTER);
  gtk_widget_set_visible (self->controls, role != KD_MEETING_ROLE_PROJECTOR);
  gtk_widget_set_visible (self->keys_label, role != KD_MEETING_ROLE_PROJECTOR);
  if (role == KD_MEETING_ROLE_PRESENTER)
    gtk_widget_add_css_class (GTK_WIDGET (self), "kd-meeting-presenter");
  self->syncing = TRUE;
  fill_agenda (self);
  self->syncing = FALSE;
  g_signal_connect_object (self->agenda_dropdown, "notify::selected", G_CALLBACK (agenda_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
  return self;
}

KdMeetingSession *
kd_meeting_window_get_session (KdMeetingWindow *self)
{
  g_return_val_if_fail (KD_IS_MEETING_WINDOW (self), NULL);
  return self->session;
}

/* Full screen is the window manager's to do; the window asks for the screen's size too, so that
 * it fills the screen even where nothing manages windows. */
static void
fill_screen (KdMeetingWindow *self,
             GdkMonitor      *monitor)
{
  GdkRectangle area;

  if (monitor != NULL)
    {
      gdk_monitor_get_geometry (monitor, &area);
      gtk_window_set_default_size (GTK_WINDOW (self), area.width, area.height);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
    }
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
}

/* The screen that is not @laptop's, if there is one: the projector. */
static GdkMonitor *
find_projector (GdkDisplay *display,
                GdkMonitor *laptop)
{
  GListModel *monitors = gdk_display_get_monitors (display);

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr (GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != laptop)
        return monitor; /* the display keeps it */
    }
  return NULL;
}

/**
 * kd_meeting_window_start:
 * @parent: the main window of @document
 *
 * Opens meeting mode: with two screens the clean view goes full screen on the one @parent is not
 * on and the presenter window (returned) stays with @parent; with one screen the view alone
 * fills it.
 */
KdMeetingWindow *
kd_meeting_window_start (GtkWindow  *parent,
                         KdDocument *document)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (parent));
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (parent));
  GdkMonitor *laptop = surface != NULL ? gdk_display_get_monitor_at_surface (display, surface) : NULL;
  GdkMonitor *projector_screen = laptop != NULL ? find_projector (display, laptop) : NULL;
  g_autoptr (KdMeetingSession) session = kd_meeting_session_new (document);
  KdMeetingWindow *view;

  if (projector_screen != NULL)
    return _kd_meeting_window_open_pair (parent, session, projector_screen);
  view = kd_meeting_window_new (session, KD_MEETING_ROLE_ALONE);
  gtk_window_set_transient_for (GTK_WINDOW (view), parent);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (view), TRUE);
  fill_screen (view, laptop);
  gtk_window_present (GTK_WINDOW (view));
  return view;
}

/**
 * _kd_meeting_window_open_pair:
 * @projector_screen: (nullable): where the clean view goes full screen (tests give none)
 *
 * The two windows of a meeting on two screens: the clean view for the projector and the
 * presenter window (returned), which stays with @parent.
 */
KdMeetingWindow *
_kd_meeting_window_open_pair (GtkWindow        *parent,
                              KdMeetingSession *session,
                              GdkMonitor       *projector_screen)
{
  KdMeetingWindow *view = kd_meeting_window_new (session, KD_MEETING_ROLE_PROJECTOR);
  KdMeetingWindow *presenter = kd_meeting_window_new (session, KD_MEETING_ROLE_PRESENTER);

  g_set_weak_pointer (&view->partner, GTK_WIDGET (presenter));
  g_set_weak_pointer (&presenter->partner, GTK_WIDGET (view));
  for (guint i = 0; i < 2; i++)
    {
      GtkWindow *window = GTK_WINDOW (i == 0 ? view : presenter);

      gtk_window_set_transient_for (window, parent);
      gtk_window_set_destroy_with_parent (window, TRUE);
    }
  if (projector_screen != NULL)
    {
      measure_screen (view, projector_screen);
      fill_screen (view, projector_screen);
    }
  gtk_window_present (GTK_WINDOW (view));
  gtk_window_maximize (GTK_WINDOW (presenter));
  gtk_window_present (GTK_WINDOW (presenter));
  return presenter;
}

KdMeetingWindow *
_kd_meeting_window_get_partner (KdMeetingWindow *self)
{
  g_return_val_if_fail (KD_IS_MEETING_WINDOW (self), NULL);
  return self->partner != NULL ? KD_MEETING_WINDOW (self->partner) : NULL;
}
