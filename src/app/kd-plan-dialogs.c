/* kd-plan-dialogs.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-plan-dialogs.h"

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
