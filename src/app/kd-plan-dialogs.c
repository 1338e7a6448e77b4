/* kd-plan-dialogs.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-field-entry.h"
#include "kd-plan-dialogs.h"
#include "kd-text.h"

#define PREVIEW_LINES 5

typedef struct
{
  KdDocument                *document;
  KdPlanPaste               *paste;
  const KdPlanColumn *const *columns;
  guint                      n_columns;
  GPtrArray                 *targets;
  guint                      position;
  KdPlanDialogDone           done;
  GObject                   *data; /* weak */
} DialogState;

static void
dialog_state_free (gpointer data)
{
  DialogState *state = data;

  g_clear_object (&state->document);
  g_clear_pointer (&state->paste, kd_plan_paste_free);
  g_clear_pointer (&state->targets, g_ptr_array_unref);
  g_clear_weak_pointer (&state->data);
  g_free (state);
}

GtkWidget *
_kd_plan_dialog_get (GtkWindow  *dialog,
                     const char *name)
{
  g_autofree char *key = g_strconcat ("kd-", name, NULL);

  g_return_val_if_fail (GTK_IS_WINDOW (dialog), NULL);
  return g_object_get_data (G_OBJECT (dialog), key);
}

static void
remember (GtkWindow  *dialog,
          const char *name,
          GtkWidget  *widget)
{
  g_autofree char *key = g_strconcat ("kd-", name, NULL);

  g_object_set_data (G_OBJECT (dialog), key, widget);
}

static void
close_cb (GtkWindow *dialog)
{
  gtk_window_destroy (dialog);
}

/* A dialog over @parent: @body above Cancel and a confirm button the caller labels. */
static GtkWindow *
new_dialog (GtkWindow  *parent,
            const char *title,
            GtkWidget  *body)
{
  GtkWindow          *dialog = GTK_WINDOW (gtk_window_new ());
  GtkWidget          *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget          *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget          *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));
  GtkWidget          *confirm = gtk_button_new ();
  GtkWidget          *error = gtk_label_new (NULL);
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_window_set_title (dialog, title);
  gtk_window_set_modal (dialog, TRUE);
  gtk_window_set_transient_for (dialog, parent);
  gtk_window_set_destroy_with_parent (dialog, TRUE);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_box_append (GTK_BOX (box), body);
  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (error), 0);
  gtk_widget_add_css_class (error, "error");
  gtk_widget_set_visible (error, FALSE);
  gtk_box_append (GTK_BOX (box), error);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_add_css_class (confirm, "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (close_cb), dialog);
  gtk_box_append (GTK_BOX (buttons), cancel);
  gtk_box_append (GTK_BOX (buttons), confirm);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_window_set_child (dialog, box);
  gtk_window_set_default_widget (dialog, confirm);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (dialog), keys);
  remember (dialog, "confirm", confirm);
  remember (dialog, "error", error);
  return dialog;
}

static void
show_error (GtkWindow  *dialog,
            const char *message)
{
  GtkWidget *error = _kd_plan_dialog_get (dialog, "error");

  gtk_label_set_text (GTK_LABEL (error), message);
  gtk_widget_set_visible (error, TRUE);
}

static void
finish (GtkWindow  *dialog,
        GPtrArray  *rows,
        const char *message)
{
  DialogState *state = g_object_get_data (G_OBJECT (dialog), "kd-state");

  if (state->data != NULL)
    state->done (state->data, rows, message);
  gtk_window_destroy (dialog);
}

/* ---- paste with columns that do not match ------------------------------------------- */

static void
paste_confirm_cb (GtkWindow *dialog)
{
  DialogState    *state = g_object_get_data (G_OBJECT (dialog), "kd-state");
  g_autofree int *mapping = g_new (int, MAX (state->paste->n_columns, 1));
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *message = NULL;

  for (guint c = 0; c < state->paste->n_columns; c++)
    {
      g_autofree char *name = g_strdup_printf ("column-%u", c);
      guint            selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (_kd_plan_dialog_get (dialog, name)));

      /* Choice 0 is "leave out". */
      mapping[c] = selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int)selected - 1;
    }
  rows = kd_plan_paste_apply (state->document, state->paste, state->columns, mapping, state->targets, state->position, &error);
  if (rows == NULL)
    {
      show_error (dialog, error->message);
      return;
    }
  message = g_strdup_printf (_ ("Pasted %u rows. Ctrl+Z undoes the paste."), rows->len);
  finish (dialog, rows, message);
}

GtkWindow *
kd_plan_paste_dialog_new (GtkWindow                 *parent,
                          KdDocument                *document,
                          KdPlanPaste               *paste,
                          const KdPlanColumn *const *columns,
                          guint                      n_columns,
                          const int                 *mapping,
                          GPtrArray                 *targets,
                          guint                      position,
                          KdPlanDialogDone           done,
                          gpointer                   data)
{
  DialogState *state = g_new0 (DialogState, 1);
  GtkWidget   *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget   *intro = gtk_label_new (NULL);
  GtkWidget   *scrolled = gtk_scrolled_window_new ();
  GtkWidget   *grid = gtk_grid_new ();
  g_autoptr (GtkStringList) choices = gtk_string_list_new (NULL);
  g_autofree char *intro_text = NULL;
  GtkWindow       *dialog;
  guint            first = paste->has_header ? 1 : 0;
  guint            n_rows = paste->rows->len - first;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);

  state->document = g_object_ref (document);
  state->paste = paste;
  state->columns = columns;
  state->n_columns = n_columns;
  state->targets = targets != NULL ? g_ptr_array_ref (targets) : NULL;
  state->position = position;
  state->done = done;
  g_set_weak_pointer (&state->data, G_OBJECT (data));

  intro_text = g_strdup_printf (_ ("The copied text has %u columns and the plan has %u. Choose the plan column each copied column goes to; the first rows show what will be pasted."),
                                paste->n_columns, n_columns);
  gtk_label_set_text (GTK_LABEL (intro), intro_text);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (intro), 70);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_box_append (GTK_BOX (body), intro);

  gtk_string_list_append (choices, _ ("(leave out)"));
  for (guint c = 0; c < n_columns; c++)
    gtk_string_list_append (choices, _ (columns[c]->title));
  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);

  dialog = new_dialog (parent, _ ("Paste rows"), body);
  for (guint c = 0; c < paste->n_columns; c++)
    {
      GtkWidget       *choice = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (choices)), NULL);
      g_autofree char *name = g_strdup_printf ("column-%u", c);
      g_autofree char *label = g_strdup_printf (_ ("Copied column %u goes to"), c + 1);

      gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), mapping[c] < 0 ? 0 : (guint)mapping[c] + 1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_grid_attach (GTK_GRID (grid), choice, c, 0, 1, 1);
      remember (dialog, name, choice);
      for (guint r = 0; r < MIN (n_rows, PREVIEW_LINES); r++)
        {
          char      **cells = g_ptr_array_index (paste->rows, first + r);
          const char *text = c < g_strv_length (cells) ? cells[c] : "";
          GtkWidget  *cell = gtk_label_new (text);

          gtk_label_set_xalign (GTK_LABEL (cell), 0);
          gtk_label_set_ellipsize (GTK_LABEL (cell), PANGO_ELLIPSIZE_END);
          gtk_label_set_max_width_chars (GTK_LABEL (cell), 18);
          gtk_label_set_single_line_mode (GTK_LABEL (cell), TRUE);
          gtk_widget_add_css_class (cell, "dim-label");
          gtk_grid_attach (GTK_GRID (grid), cell, c, r + 1, 1, 1);
        }
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), grid);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_width (GTK_SCROLLED_WINDOW (scrolled), 900);
  gtk_box_append (GTK_BOX (body), scrolled);

  {
    GtkWidget       *confirm = _kd_plan_dialog_get (dialog, "confirm");
    g_autofree char *text = g_strdup_printf (_ ("_Paste %u rows"), n_rows);

    gtk_button_set_label (GTK_BUTTON (confirm), text);
    gtk_button_set_use_underline (GTK_BUTTON (confirm), TRUE);
    g_signal_connect_swapped (confirm, "clicked", G_CALLBACK (paste_confirm_cb), dialog);
  }
  g_object_set_data_full (G_OBJECT (dialog), "kd-state", state, dialog_state_free);
  return dialog;
}

/* ---- rows from the weaknesses ------------------------------------------------------- */

static GPtrArray *
propose (GtkWindow *dialog)
{
  DialogState *state = g_object_get_data (G_OBJECT (dialog), "kd-state");
  GtkWidget   *weaknesses = _kd_plan_dialog_get (dialog, "weaknesses");
  GtkDropDown *level = GTK_DROP_DOWN (_kd_plan_dialog_get (dialog, "level"));
  g_autoptr (KdEvaluation) evaluation = NULL;

  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (weaknesses)))
    return kd_plan_propose_from_weaknesses (state->document);
  evaluation = kd_evaluate (state->document);
  return kd_plan_propose_below_level (state->document, evaluation, gtk_drop_down_get_selected (level) + 1);
}

static void
update_summary (GtkWindow *dialog)
{
  g_autoptr (GPtrArray) proposed = propose (dialog);
  g_autoptr (GString) text = g_string_new (NULL);
  GtkWidget       *confirm = _kd_plan_dialog_get (dialog, "confirm");
  g_autofree char *button = NULL;

  if (proposed->len == 0)
    g_string_append (text, _ ("No new row: every criterion concerned already has its row in the plan, or none falls short."));
  else
    g_string_append_printf (text, _ ("%u rows will be added at the end of the plan:"), proposed->len);
  for (guint i = 0; i < MIN (proposed->len, 6); i++)
    {
      KdPlanRow *row = g_ptr_array_index (proposed, i);

      g_string_append_printf (text, "\n• %s%s%s", kd_plan_row_get_criterion (row), *kd_plan_row_get_criterion (row) ? " — " : "",
                              kd_plan_row_get_target (row));
    }
  if (proposed->len > 6)
    g_string_append (text, "\n…");
  gtk_label_set_text (GTK_LABEL (_kd_plan_dialog_get (dialog, "summary")), text->str);
  button = g_strdup_printf (_ ("_Create %u rows"), proposed->len);
  gtk_button_set_label (GTK_BUTTON (confirm), button);
  gtk_button_set_use_underline (GTK_BUTTON (confirm), TRUE);
  gtk_widget_set_sensitive (confirm, proposed->len > 0);
  gtk_widget_set_sensitive (_kd_plan_dialog_get (dialog, "level"),
                            !gtk_check_button_get_active (GTK_CHECK_BUTTON (_kd_plan_dialog_get (dialog, "weaknesses"))));
}

static void
generate_confirm_cb (GtkWindow *dialog)
{
  DialogState *state = g_object_get_data (G_OBJECT (dialog), "kd-state");
  g_autoptr (GPtrArray) proposed = propose (dialog);
  g_autofree char *message = NULL;

  kd_plan_add_proposed (state->document, proposed);
  message = g_strdup_printf (_ ("Added %u rows from the weaknesses: fill in who leads them, the deadlines and the budgets. Ctrl+Z removes them."),
                             proposed->len);
  finish (dialog, proposed, message);
}

GtkWindow *
kd_plan_generate_dialog_new (GtkWindow       *parent,
                             KdDocument      *document,
                             KdPlanDialogDone done,
                             gpointer         data)
{
  DialogState *state = g_new0 (DialogState, 1);
  GtkWidget   *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  GtkWidget   *below = gtk_check_button_new_with_mnemonic (_ ("Criteria _below the level:"));
  GtkWidget   *weaknesses = gtk_check_button_new_with_mnemonic (_ ("Every _weakness recorded in the self-assessment"));
  GtkWidget   *level_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget   *summary = gtk_label_new (NULL);
  g_autoptr (GtkStringList) levels = gtk_string_list_new (NULL);
  KdFramework *framework = kd_document_get_framework (document);
  GtkWidget   *level;
  GtkWindow   *dialog;

  state->document = g_object_ref (document);
  state->done = done;
  g_set_weak_pointer (&state->data, G_OBJECT (data));

  for (guint l = 1; l <= kd_framework_get_max_level (framework); l++)
    {
      g_autofree char *name = g_strdup_printf (_ ("Level %u"), l);

      gtk_string_list_append (levels, name);
    }
  level = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (levels)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (level), MIN (1, kd_framework_get_max_level (framework) - 1));
  gtk_accessible_update_property (GTK_ACCESSIBLE (level), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Target level"), -1);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (weaknesses), GTK_CHECK_BUTTON (below));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (below), TRUE);
  gtk_box_append (GTK_BOX (level_row), below);
  gtk_box_append (GTK_BOX (level_row), level);
  gtk_box_append (GTK_BOX (body), level_row);
  gtk_box_append (GTK_BOX (body), weaknesses);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (summary), 70);
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_box_append (GTK_BOX (body), summary);

  dialog = new_dialog (parent, _ ("Create plan rows from the weaknesses"), body);
  remember (dialog, "level", level);
  remember (dialog, "weaknesses", weaknesses);
  remember (dialog, "summary", summary);
  g_object_set_data_full (G_OBJECT (dialog), "kd-state", state, dialog_state_free);
  g_signal_connect_swapped (level, "notify::selected", G_CALLBACK (update_summary), dialog);
  g_signal_connect_swapped (weaknesses, "toggled", G_CALLBACK (update_summary), dialog);
  g_signal_connect_swapped (_kd_plan_dialog_get (dialog, "confirm"), "clicked", G_CALLBACK (generate_confirm_cb), dialog);
  update_summary (dialog);
  return dialog;
}

/* ---- reviews (theo dõi, đánh giá thực hiện) ----------------------------------------- */

typedef struct
{
  KdDocument  *document;
  GPtrArray   *reviews; /* KdReview, as listed in the picker */
  GtkDropDown *picker;
  GtkWidget   *form;
  GPtrArray   *fields; /* KdFieldEntry of the review */
  GtkListBox  *rows;
  GtkLabel    *hint;
  gboolean     updating;
} ReviewsState;

static void
reviews_state_free (gpointer data)
{
  ReviewsState *state = data;

  g_clear_object (&state->document);
  g_clear_pointer (&state->reviews, g_ptr_array_unref);
  g_clear_pointer (&state->fields, g_ptr_array_unref);
  g_free (state);
}

static KdReview *
current_review (ReviewsState *state)
{
  guint selected = gtk_drop_down_get_selected (state->picker);

  return selected < state->reviews->len ? g_ptr_array_index (state->reviews, selected) : NULL;
}

static void
show_review (ReviewsState *state)
{
  KdReview *review = current_review (state);
  gboolean  editable = kd_document_is_editable (state->document);

  state->updating = TRUE;
  for (guint i = 0; i < state->fields->len; i++)
    kd_field_entry_set_item (g_ptr_array_index (state->fields, i), KD_ITEM (review));
  gtk_widget_set_sensitive (state->form, review != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (state->rows), review != NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (state->rows)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      KdPlanRow     *row = g_object_get_data (G_OBJECT (child), "kd-row");
      GtkDropDown   *status = g_object_get_data (G_OBJECT (child), "kd-status");
      GtkEditable   *comment = g_object_get_data (G_OBJECT (child), "kd-comment");
      KdReviewEntry *entry = review != NULL ? kd_review_lookup_entry (review, kd_item_get_id (KD_ITEM (row))) : NULL;

      if (row == NULL)
        continue;
      gtk_drop_down_set_selected (status, entry != NULL ? kd_review_entry_get_status (entry) : kd_plan_row_get_status (row));
      gtk_editable_set_text (comment, entry != NULL ? kd_review_entry_get_comment (entry) : "");
      /* A document that cannot be changed here shows its reviews to read. */
      gtk_widget_set_sensitive (GTK_WIDGET (status), editable);
      gtk_editable_set_editable (comment, editable);
    }
  state->updating = FALSE;
}

static void
fill_picker (ReviewsState *state,
             KdReview     *select)
{
  GListModel *reviews = kd_document_get_reviews (state->document);
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  g_ptr_array_set_size (state->reviews, 0);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr (KdReview) review = g_list_model_get_item (reviews, i);
      g_autofree char *date = kd_date_format_user (kd_review_get_date (review));
      g_autofree char *label = g_strdup_printf ("%s%s%s", *date ? date : _ ("(no date)"),
                                                *kd_review_get_title (review) ? " — " : "", kd_review_get_title (review));

      g_ptr_array_add (state->reviews, g_object_ref (review));
      gtk_string_list_append (labels, label);
      if (review == select || (select == NULL && review == kd_plan_get_latest_review (state->document)))
        selected = i;
    }
  state->updating = TRUE;
  gtk_drop_down_set_model (state->picker, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (state->picker, selected);
  state->updating = FALSE;
  gtk_label_set_text (state->hint, state->reviews->len >= 2 ? ""
                                                            : _ ("The plan is to be reviewed at least twice a school year (TT 57): add a review at the end of each term."));
  gtk_widget_set_visible (GTK_WIDGET (state->hint), state->reviews->len < 2);
  show_review (state);
}

static void
picker_changed_cb (ReviewsState *state)
{
  if (!state->updating)
    show_review (state);
}

static void
add_review_cb (ReviewsState *state)
{
  GDate     today;
  KdReview *review;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  review = kd_plan_add_review (state->document, &today);
  fill_picker (state, review);
}

static void
review_row_changed (ReviewsState *state,
                    GtkWidget    *row_widget)
{
  KdReview    *review = current_review (state);
  KdPlanRow   *row = g_object_get_data (G_OBJECT (row_widget), "kd-row");
  GtkDropDown *status = g_object_get_data (G_OBJECT (row_widget), "kd-status");
  GtkEditable *comment = g_object_get_data (G_OBJECT (row_widget), "kd-comment");

  if (state->updating || review == NULL || row == NULL || !kd_document_is_editable (state->document))
    return;
  kd_plan_review_set_row (state->document, review, row, gtk_drop_down_get_selected (status), gtk_editable_get_text (comment));
}

static void
status_changed_cb (GtkWidget    *status,
                   GParamSpec   *pspec,
                   ReviewsState *state)
{
  review_row_changed (state, gtk_widget_get_ancestor (status, GTK_TYPE_LIST_BOX_ROW));
}

static void
comment_done_cb (GtkWidget    *comment,
                 ReviewsState *state)
{
  review_row_changed (state, gtk_widget_get_ancestor (comment, GTK_TYPE_LIST_BOX_ROW));
}

static void
comment_leave_cb (GtkEventController *focus,
                  ReviewsState       *state)
{
  comment_done_cb (gtk_event_controller_get_widget (focus), state);
}

static GtkWidget *
review_row_widget (ReviewsState *state,
                   KdPlanRow    *row,
                   GListModel   *statuses)
{
  GtkWidget          *item = gtk_list_box_row_new ();
  GtkWidget          *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  g_autofree char    *text = g_strdup_printf ("%s%s%s", kd_plan_row_get_criterion (row), *kd_plan_row_get_criterion (row) ? " — " : "",
                                              kd_plan_row_get_target (row));
  GtkWidget          *label = gtk_label_new (text);
  GtkWidget          *status = gtk_drop_down_new (g_object_ref (statuses), NULL);
  GtkWidget          *comment = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  g_autofree char    *status_name = g_strdup_printf (_ ("Status found for “%s”"), text);
  g_autofree char    *comment_name = g_strdup_printf (_ ("Comment on “%s”"), text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 36);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  kd_widget_set_tooltip (label, kd_plan_row_get_target (row));
  gtk_widget_set_hexpand (comment, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (comment), _ ("Short comment"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (status), GTK_ACCESSIBLE_PROPERTY_LABEL, status_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (comment), GTK_ACCESSIBLE_PROPERTY_LABEL, comment_name, -1);
  g_signal_connect (status, "notify::selected", G_CALLBACK (status_changed_cb), state);
  g_signal_connect (comment, "activate", G_CALLBACK (comment_done_cb), state);
  g_signal_connect (focus, "leave", G_CALLBACK (comment_leave_cb), state);
  gtk_widget_add_controller (comment, focus);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), status);
  gtk_box_append (GTK_BOX (box), comment);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (item), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (item), FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  g_object_set_data_full (G_OBJECT (item), "kd-row", g_object_ref (row), g_object_unref);
  g_object_set_data (G_OBJECT (item), "kd-status", status);
  g_object_set_data (G_OBJECT (item), "kd-comment", comment);
  return item;
}

static void
add_form_field (ReviewsState *state,
                GtkGrid      *grid,
                guint         line,
                const char   *field,
                const char   *title)
{
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *entry = kd_field_entry_new (field, TRUE);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_hexpand (entry, TRUE);
  kd_field_entry_set_accessible_label (KD_FIELD_ENTRY (entry), title);
  gtk_grid_attach (grid, label, 0, line, 1, 1);
  gtk_grid_attach (grid, entry, 1, line, 1, 1);
  g_ptr_array_add (state->fields, entry);
}

/**
 * kd_plan_reviews_dialog_new:
 *
 * The plan's reviews (Biểu 2 mục VI): when, who, what was followed, the result, the adjustment,
 * and for each row the status found and a comment.  Every change is recorded at once (one undo
 * step each), so the dialog only has a Close button.
 */
GtkWindow *
kd_plan_reviews_dialog_new (GtkWindow  *parent,
                            KdDocument *document)
{
  ReviewsState *state = g_new0 (ReviewsState, 1);
  GtkWidget    *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  GtkWidget    *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget    *picker_label = gtk_label_new_with_mnemonic (_ ("_Review of"));
  GtkWidget    *add = gtk_button_new_with_mnemonic (_ ("_New review"));
  GtkWidget    *grid = gtk_grid_new ();
  GtkWidget    *scrolled = gtk_scrolled_window_new ();
  GtkWidget    *hint = gtk_label_new (NULL);
  GListModel   *plan = kd_document_get_plan (document);
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkWindow *dialog;
  GtkWidget *close;

  g_return_val_if_fail (KD_IS_DOCUMENT (document), NULL);
  state->document = g_object_ref (document);
  state->reviews = g_ptr_array_new_with_free_func (g_object_unref);
  state->fields = g_ptr_array_new ();
  state->picker = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  state->hint = GTK_LABEL (hint);
  state->form = grid;
  state->rows = GTK_LIST_BOX (gtk_list_box_new ());

  gtk_label_set_mnemonic_widget (GTK_LABEL (picker_label), GTK_WIDGET (state->picker));
  gtk_widget_set_hexpand (GTK_WIDGET (state->picker), TRUE);
  gtk_box_append (GTK_BOX (top), picker_label);
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (state->picker));
  gtk_box_append (GTK_BOX (top), add);
  gtk_box_append (GTK_BOX (body), top);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (body), hint);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  add_form_field (state, GTK_GRID (grid), 0, "date", _ ("Date"));
  add_form_field (state, GTK_GRID (grid), 1, "title", _ ("Occasion"));
  add_form_field (state, GTK_GRID (grid), 2, "reviewer", _ ("Reviewed by"));
  add_form_field (state, GTK_GRID (grid), 3, "content", _ ("What was followed"));
  add_form_field (state, GTK_GRID (grid), 4, "result", _ ("Result"));
  add_form_field (state, GTK_GRID (grid), 5, "adjustment", _ ("Adjustment"));
  gtk_box_append (GTK_BOX (body), grid);

  for (int s = KD_PLAN_STATUS_TODO; s <= KD_PLAN_STATUS_CANCELLED; s++)
    gtk_string_list_append (statuses, kd_plan_status_describe (s));
  gtk_list_box_set_selection_mode (state->rows, GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (state->rows), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Rows of the plan"), -1);
  gtk_widget_add_css_class (GTK_WIDGET (state->rows), "boxed-list");
  for (guint i = 0; i < g_list_model_get_n_items (plan); i++)
    {
      g_autoptr (KdPlanRow) row = g_list_model_get_item (plan, i);

      gtk_list_box_append (state->rows, review_row_widget (state, row, G_LIST_MODEL (statuses)));
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (state->rows));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 760);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (body), scrolled);

  dialog = new_dialog (parent, _ ("Reviews of the plan"), body);
  gtk_window_set_default_size (dialog, 860, 640);
  close = _kd_plan_dialog_get (dialog, "confirm");
  gtk_button_set_label (GTK_BUTTON (close), _ ("_Close"));
  gtk_button_set_use_underline (GTK_BUTTON (close), TRUE);
  gtk_widget_remove_css_class (close, "suggested-action");
  g_signal_connect_swapped (close, "clicked", G_CALLBACK (close_cb), dialog);
  gtk_widget_set_visible (gtk_widget_get_prev_sibling (close), FALSE); /* no Cancel: changes are kept as made */
  remember (dialog, "picker", GTK_WIDGET (state->picker));
  remember (dialog, "add", add);
  remember (dialog, "rows", GTK_WIDGET (state->rows));
  remember (dialog, "date", g_ptr_array_index (state->fields, 0));
  remember (dialog, "reviewer", g_ptr_array_index (state->fields, 2));
  g_object_set_data_full (G_OBJECT (dialog), "kd-reviews-state", state, reviews_state_free);
  g_signal_connect_swapped (state->picker, "notify::selected", G_CALLBACK (picker_changed_cb), state);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_review_cb), state);
  gtk_widget_set_sensitive (add, kd_document_is_editable (document));
  fill_picker (state, NULL);
  return dialog;
}
