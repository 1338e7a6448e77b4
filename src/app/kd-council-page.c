/* kd-council-page.c
 *
 * Members and groups are short lists (a council has 5 to 30 people), shown as GtkListBox rows
 * with GtkEntry-based editors: every row exists, Tab walks them, nothing is recycled.  The checks
 * at the top are core's (kd_document_check_council), recomputed after each change.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-council-page.h"
#include "kd-package.h"

typedef enum
{
  COLUMN_TEXT,
  COLUMN_ROLE,
  COLUMN_GROUP,
  COLUMN_KIND,
} ColumnKind;

typedef struct
{
  const char *field;
  const char *title; /* N_() */
  ColumnKind  kind;
  int         width;
  gboolean    expand;
} Column;

static const Column member_columns[] = {
  { "name", N_ ("Full name"), COLUMN_TEXT, 190, TRUE },
  { "position", N_ ("Position"), COLUMN_TEXT, 170, TRUE },
  { "role", N_ ("Role in the council"), COLUMN_ROLE, 150, FALSE },
  { "group", N_ ("Group"), COLUMN_GROUP, 170, FALSE },
  { "task", N_ ("Task"), COLUMN_TEXT, 190, TRUE },
};

static const Column group_columns[] = {
  { "name", N_ ("Group name"), COLUMN_TEXT, 220, TRUE },
  { "kind", N_ ("Kind of group"), COLUMN_KIND, 170, FALSE },
  { "note", N_ ("Note"), COLUMN_TEXT, 220, TRUE },
};

#define MAX_COLUMNS 6 /* the columns of the longer table, and the delete button */

typedef struct
{
  const Column *columns;
  guint         n_columns;
  GtkSizeGroup *sizes[MAX_COLUMNS];
  const char   *row_name; /* N_() "member": accessible labels say "Full name, member 3" */
  const char   *delete_tooltip;
} Table;

struct _KdCouncilPage
{
  GtkWidget parent_instance;

  GtkLabel   *summary_label;
  GtkListBox *warnings_list;
  GtkBox     *members_header;
  GtkListBox *members_list;
  GtkBox     *groups_header;
  GtkListBox *groups_list;
  GtkListBox *assignment_list;

  KdDocument   *document;
  gulong        changed_id;
  guint         refresh_id;
  Table         members_table;
  Table         groups_table;
  KdChoiceList *roles;
  KdChoiceList *group_kinds;
  KdChoiceList *member_groups;    /* "" and the groups */
  KdChoiceList *assignees;        /* "" and the groups and the members */
  GHashTable   *assignment;       /* criterion code → KdFieldChoice */
  GPtrArray    *standard_choices; /* GtkDropDown per standard, index = number - 1 */
  gboolean      syncing_standards;
};

static void kd_council_page_iface_init (KdPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KdCouncilPage, kd_council_page, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (KD_TYPE_PAGE, kd_council_page_iface_init))

enum
{
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

/* ---- choices ------------------------------------------------------------------------ */

static void
set_choices (KdChoiceList *list,
             GPtrArray    *keys,
             GPtrArray    *labels)
{
  g_ptr_array_add (keys, NULL);
  g_ptr_array_add (labels, NULL);
  kd_choice_list_set_if_changed (list, (const char *const *)keys->pdata, (const char *const *)labels->pdata);
}

/* The groups and members as choices; their names change as the user types them. */
static void
update_people_choices (KdCouncilPage *self)
{
  g_autoptr (GPtrArray) group_keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) group_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (group_keys, g_strdup (""));
  g_ptr_array_add (group_labels, g_strdup (_ ("No group")));
  g_ptr_array_add (keys, g_strdup (""));
  g_ptr_array_add (labels, g_strdup (_ ("Not assigned")));
  if (self->document != NULL)
    {
      GListModel *groups = kd_document_get_groups (self->document);
      GListModel *members = kd_document_get_members (self->document);

      for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
        {
          g_autoptr (KdGroup) group = g_list_model_get_item (groups, i);
          const char      *name = kd_group_get_name (group);
          g_autofree char *label = *name != '\0' ? g_strdup (name) : g_strdup_printf (_ ("Group %u (no name yet)"), i + 1);

          g_ptr_array_add (group_keys, g_strdup (kd_item_get_id (KD_ITEM (group))));
          g_ptr_array_add (group_labels, g_strdup (label));
          g_ptr_array_add (keys, g_strdup (kd_item_get_id (KD_ITEM (group))));
          g_ptr_array_add (labels, g_steal_pointer (&label));
        }
      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr (KdMember) member = g_list_model_get_item (members, i);
          const char *name = kd_member_get_name (member);
          const char *position = kd_member_get_position (member);

          g_ptr_array_add (keys, g_strdup (kd_item_get_id (KD_ITEM (member))));
          if (*name == '\0')
            g_ptr_array_add (labels, g_strdup_printf (_ ("Member %u (no name yet)"), i + 1));
          else if (*position != '\0')
            g_ptr_array_add (labels, g_strdup_printf ("%s — %s", name, position));
          else
            g_ptr_array_add (labels, g_strdup (name));
        }
    }
  set_choices (self->member_groups, group_keys, group_labels);
  set_choices (self->assignees, keys, labels);
}

/* ---- checks and summary ------------------------------------------------------------- */

static GtkWidget *
make_check_row (const char *icon,
                const char *text,
                const char *css)
{
  GtkWidget *box = kd_row_new (12);
  GtkWidget *image = gtk_image_new_from_icon_name (icon);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_add_css_class (image, css);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  kd_row_append (box, image);
  kd_row_append (box, label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* On this page "hội đồng:" before every warning says nothing: the sentence alone, capitalised;
 * other places (a criterion, a member) stay named. */
static char *
describe_problem (const KdProblem *problem)
{
  g_autofree char *text = NULL;

  if (*problem->location == '\0' || g_str_equal (problem->location, _ ("council")))
    text = g_strdup (problem->message);
  else
    text = kd_problem_to_string (problem);
  return kd_capitalize (text);
}

static void
update_checks (KdCouncilPage *self)
{
  g_autoptr (KdProblemList) problems = NULL;
  KdFramework     *framework;
  GPtrArray       *criteria;
  guint            assigned = 0;
  g_autofree char *summary = NULL;

  clear_list (self->warnings_list);
  if (self->document == NULL)
    return;

  framework = kd_document_get_framework (self->document);
  criteria = kd_framework_get_criteria (framework);
  problems = kd_document_check_council (self->document);
  for (guint i = 0; i < problems->items->len; i++)
    {
      g_autofree char *text = describe_problem (g_ptr_array_index (problems->items, i));

      gtk_list_box_append (self->warnings_list, make_check_row ("dialog-warning-symbolic", text, "warning"));
    }
  if (problems->items->len == 0)
    {
      g_autofree char *text = g_strdup_printf (_ ("The council follows %s and every criterion is assigned."),
                                               kd_framework_get_short_title (framework));

      gtk_list_box_append (self->warnings_list, make_check_row ("emblem-ok-symbolic", text, "success"));
    }

  for (guint i = 0; i < criteria->len; i++)
    {
      const KdCriterionDef *def = g_ptr_array_index (criteria, i);
      const char           *assignee = kd_criterion_record_get_assignee (kd_document_get_criterion (self->document, def->code));

      if (*kd_document_describe_assignee (self->document, assignee) != '\0')
        assigned++;
    }
  summary = g_strdup_printf (_ ("%u members, %u groups; %u of %u criteria assigned."),
                             g_list_model_get_n_items (kd_document_get_members (self->document)),
                             g_list_model_get_n_items (kd_document_get_groups (self->document)),
                             assigned, criteria->len);
  gtk_label_set_text (self->summary_label, summary);
}

/* A standard's choice shows the assignee all its criteria share, or nothing when they differ. */
static void
sync_standard_choices (KdCouncilPage *self)
{
  GPtrArray *standards;

  if (self->document == NULL)
    return;
  standards = kd_framework_get_standards (kd_document_get_framework (self->document));
  self->syncing_standards = TRUE;
  for (guint i = 0; i < standards->len && i < self->standard_choices->len; i++)
    {
      const KdStandardDef *standard = g_ptr_array_index (standards, i);
      const char          *common = NULL;
      gboolean             same = TRUE;

      for (guint j = 0; same && j < standard->criteria->len; j++)
        {
          const KdCriterionDef *def = g_ptr_array_index (standard->criteria, j);
          const char           *assignee = kd_criterion_record_get_assignee (kd_document_get_criterion (self->document, def->code));

          if (common == NULL)
            common = assignee;
          same = g_str_equal (common, assignee);
        }
      gtk_drop_down_set_selected (g_ptr_array_index (self->standard_choices, i),
                                  same ? kd_choice_list_find (self->assignees, common) : GTK_INVALID_LIST_POSITION);
      /* Who assesses what is the council's to decide, in the secretary's copy (each criterion's
       * own choice follows kd_document_can_edit). */
      gtk_widget_set_sensitive (g_ptr_array_index (self->standard_choices, i), kd_document_can_edit_council (self->document));
    }
  self->syncing_standards = FALSE;
}

static gboolean
refresh_cb (gpointer data)
{
  KdCouncilPage *self = data;

  self->refresh_id = 0;
  update_people_choices (self);
  update_checks (self);
  sync_standard_choices (self);
  return G_SOURCE_REMOVE;
}

/* Many changes in one main-loop turn (an undo of a group of edits) refresh once. */
static void
document_changed_cb (KdCouncilPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 30, refresh_cb, self, NULL);
}

/* ---- member and group rows ---------------------------------------------------------- */

static KdChoiceList *
choices_for (KdCouncilPage *self,
             ColumnKind     kind)
{
  switch (kind)
    {
      case COLUMN_ROLE:
        return self->roles;
      case COLUMN_GROUP:
        return self->member_groups;
      case COLUMN_KIND:
        return self->group_kinds;
      default:
        return NULL;
    }
}

static void
delete_clicked_cb (GtkButton *button,
                   gpointer   data)
{
  KdCouncilPage *self = data;
  KdItem        *item = g_object_get_data (G_OBJECT (button), "kd-item");
  GListModel    *list = KD_IS_MEMBER (item) ? kd_document_get_members (self->document)
                                            : kd_document_get_groups (self->document);
  guint          position;

  if (!kd_document_can_edit_council (self->document))
    return;
  if (g_list_store_find (G_LIST_STORE (list), item, &position))
    kd_document_remove_item (self->document, list, position);
}

static GtkWidget *
create_row (KdItem        *item,
            KdCouncilPage *self,
            Table         *table,
            GListModel    *list)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *delete;
  guint            position = 0;
  g_autofree char *row_name = NULL;

  g_list_store_find (G_LIST_STORE (list), item, &position);
  row_name = g_strdup_printf ("%s %u", _ (table->row_name), position + 1);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  for (guint i = 0; i < table->n_columns; i++)
    {
      const Column    *column = &table->columns[i];
      g_autofree char *label = g_strdup_printf ("%s, %s", _ (column->title), row_name);
      GtkWidget       *editor;

      if (column->kind == COLUMN_TEXT)
        {
          editor = kd_field_entry_new (column->field, FALSE);
          kd_field_entry_set_has_frame (KD_FIELD_ENTRY (editor), TRUE);
          kd_field_entry_set_item (KD_FIELD_ENTRY (editor), item);
          kd_field_entry_set_accessible_label (KD_FIELD_ENTRY (editor), label);
        }
      else
        {
          editor = kd_field_choice_new (column->field, choices_for (self, column->kind));
          kd_field_choice_set_item (KD_FIELD_CHOICE (editor), item);
          kd_field_choice_set_accessible_label (KD_FIELD_CHOICE (editor), label);
        }
      gtk_widget_set_hexpand (editor, column->expand);
      gtk_widget_set_valign (editor, GTK_ALIGN_CENTER);
      gtk_size_group_add_widget (table->sizes[i], editor);
      g_object_set_data (G_OBJECT (row), column->field, editor);
      gtk_box_append (GTK_BOX (box), editor);
    }

  delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_sensitive (delete, kd_document_can_edit_council (self->document));
  kd_widget_set_tooltip (delete, _ (table->delete_tooltip));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, _ (table->delete_tooltip), -1);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_size_group_add_widget (table->sizes[table->n_columns], delete);
  g_object_set_data_full (G_OBJECT (delete), "kd-item", g_object_ref (item), g_object_unref);
  g_signal_connect (delete, "clicked", G_CALLBACK (delete_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), delete);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, row_name, -1);
  return row;
}

static GtkWidget *
create_member_row (gpointer item,
                   gpointer data)
{
  KdCouncilPage *self = data;

  return create_row (item, self, &self->members_table, kd_document_get_members (self->document));
}

static GtkWidget *
create_group_row (gpointer item,
                  gpointer data)
{
  KdCouncilPage *self = data;

  return create_row (item, self, &self->groups_table, kd_document_get_groups (self->document));
}

static void
build_header (GtkBox *header,
              Table  *table)
{
  GtkWidget *spacer = gtk_label_new (NULL);

  for (guint i = 0; i < table->n_columns; i++)
    {
      GtkWidget *label = gtk_label_new (_ (table->columns[i].title));

      table->sizes[i] = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_size_request (label, table->columns[i].width, -1);
      gtk_widget_set_hexpand (label, table->columns[i].expand);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_size_group_add_widget (table->sizes[i], label);
      gtk_box_append (header, label);
    }
  table->sizes[table->n_columns] = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  gtk_size_group_add_widget (table->sizes[table->n_columns], spacer);
  gtk_box_append (header, spacer);
}

static GtkWidget *
make_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  return label;
}

/* Puts the focus on the first field of the row just added, so the user can type at once. */
static void
focus_last_row (GtkListBox *list)
{
  GtkWidget *row = gtk_widget_get_last_child (GTK_WIDGET (list));
  GtkWidget *name;

  if (row == NULL || !GTK_IS_LIST_BOX_ROW (row))
    return;
  name = g_object_get_data (G_OBJECT (row), "name");
  if (name != NULL)
    gtk_widget_grab_focus (name);
}

static void
add_member_cb (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  KdCouncilPage *self = KD_COUNCIL_PAGE (widget);
  GListModel    *members;
  g_autoptr (KdMember) member = NULL;

  if (self->document == NULL || !kd_document_can_edit_council (self->document))
    return;
  members = kd_document_get_members (self->document);
  /* The first member is usually the principal, who chairs the council. */
  member = kd_member_new ("", g_list_model_get_n_items (members) == 0 ? KD_ROLE_CHAIR : KD_ROLE_MEMBER);
  kd_document_append_item (self->document, members, KD_ITEM (member));
  focus_last_row (self->members_list);
}

static void
add_group_cb (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  KdCouncilPage *self = KD_COUNCIL_PAGE (widget);
  g_autoptr (KdGroup) group = NULL;

  if (self->document == NULL || !kd_document_can_edit_council (self->document))
    return;
  group = kd_group_new ("", KD_GROUP_WORKING);
  kd_document_append_item (self->document, kd_document_get_groups (self->document), KD_ITEM (group));
  focus_last_row (self->groups_list);
}

/* ---- assignment --------------------------------------------------------------------- */

static void
standard_selected_cb (GtkDropDown   *drop_down,
                      GParamSpec    *pspec,
                      KdCouncilPage *self)
{
  guint                number = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (drop_down), "kd-standard"));
  const KdStandardDef *standard;
  const char          *key;

  if (self->syncing_standards || self->document == NULL || kd_choice_list_is_updating (self->assignees))
    return;
  key = kd_choice_list_get_key (self->assignees, gtk_drop_down_get_selected (drop_down));
  standard = kd_framework_lookup_standard (kd_document_get_framework (self->document), number);
  if (key == NULL || standard == NULL)
    return;

  /* One choice, one undo step, however many criteria it sets. */
  kd_document_begin_group (self->document, _ ("Assign a standard"));
  for (guint i = 0; i < standard->criteria->len; i++)
    {
      const KdCriterionDef *def = g_ptr_array_index (standard->criteria, i);

      g_object_set (kd_document_get_criterion (self->document, def->code), "assignee", key, NULL);
    }
  kd_document_end_group (self->document);
}

static GtkWidget *
make_standard_row (KdCouncilPage       *self,
                   const KdStandardDef *standard)
{
  GtkWidget       *box = kd_row_new (12);
  g_autofree char *text = g_strdup_printf (_ ("Standard %u: %s"), standard->number, standard->title);
  g_autofree char *accessible = g_strdup_printf (_ ("Assign all of standard %u to"), standard->number);
  GtkWidget       *label = gtk_label_new (text);
  GtkWidget       *drop_down = gtk_drop_down_new (g_object_ref (kd_choice_list_get_labels (self->assignees)), NULL);
  GtkWidget       *row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 8);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_drop_down_set_expression (GTK_DROP_DOWN (drop_down),
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_widget_set_size_request (drop_down, 260, -1);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data (G_OBJECT (drop_down), "kd-standard", GUINT_TO_POINTER (standard->number));
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (standard_selected_cb), self);
  g_ptr_array_add (self->standard_choices, drop_down);
  kd_row_append (box, label);
  kd_row_append (box, drop_down);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_widget_add_css_class (row, "kd-standard-row");
  return row;
}

static GtkWidget *
make_criterion_row (KdCouncilPage        *self,
                    const KdCriterionDef *def)
{
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget       *code = gtk_label_new (def->code);
  GtkWidget       *title = gtk_label_new (def->title);
  GtkWidget       *choice = kd_field_choice_new ("assignee", self->assignees);
  GtkWidget       *row = gtk_list_box_row_new ();
  g_autofree char *accessible = g_strdup_printf (_ ("Criterion %s is assessed by"), def->code);

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 8);
  gtk_label_set_width_chars (GTK_LABEL (code), 5);
  gtk_label_set_xalign (GTK_LABEL (code), 0);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  kd_widget_set_tooltip (title, def->title);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_set_size_request (choice, 260, -1);
  gtk_widget_set_valign (choice, GTK_ALIGN_CENTER);
  kd_field_choice_set_item (KD_FIELD_CHOICE (choice), KD_ITEM (kd_document_get_criterion (self->document, def->code)));
  kd_field_choice_set_accessible_label (KD_FIELD_CHOICE (choice), accessible);
  g_hash_table_insert (self->assignment, g_strdup (def->code), choice);
  gtk_box_append (GTK_BOX (box), code);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), choice);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, code, title, NULL, -1);
  return row;
}

static void
build_assignment (KdCouncilPage *self)
{
  GPtrArray *standards;

  g_hash_table_remove_all (self->assignment);
  g_ptr_array_set_size (self->standard_choices, 0);
  clear_list (self->assignment_list);
  if (self->document == NULL)
    return;

  standards = kd_framework_get_standards (kd_document_get_framework (self->document));
  for (guint i = 0; i < standards->len; i++)
    {
      const KdStandardDef *standard = g_ptr_array_index (standards, i);

      gtk_list_box_append (self->assignment_list, make_standard_row (self, standard));
      for (guint j = 0; j < standard->criteria->len; j++)
        gtk_list_box_append (self->assignment_list, make_criterion_row (self, g_ptr_array_index (standard->criteria, j)));
    }
}

/* ---- document ----------------------------------------------------------------------- */

static void
set_document (KdCouncilPage *self,
              KdDocument    *document)
{
  if (self->document == document)
    return;
  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  /* Unbind before the choices empty, so no row writes what the emptied list selects. */
  gtk_list_box_bind_model (self->members_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->groups_list, NULL, NULL, NULL, NULL);
  g_set_object (&self->document, document);

  update_people_choices (self);
  if (document != NULL)
    {
      self->changed_id = g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self,
                                                  G_CONNECT_SWAPPED);
      gtk_list_box_bind_model (self->members_list, kd_document_get_members (document), create_member_row, self, NULL);
      gtk_list_box_bind_model (self->groups_list, kd_document_get_groups (document), create_group_row, self, NULL);
    }
  /* In a work package the council is the secretary's: shown, not changed. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "council.add-member",
                                 document != NULL && kd_document_can_edit_council (document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "council.add-group",
                                 document != NULL && kd_document_can_edit_council (document));
  build_assignment (self);
  update_checks (self);
  sync_standard_choices (self);
  g_object_notify (G_OBJECT (self), "document");
}

/* ---- for tests ---------------------------------------------------------------------- */

char *
_kd_council_page_dup_warnings (KdCouncilPage *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (KD_IS_COUNCIL_PAGE (self), NULL);
  if (self->refresh_id != 0)
    {
      g_source_remove (self->refresh_id);
      refresh_cb (self);
    }
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      GtkWidget *label = gtk_widget_get_last_child (box);

      g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (label)));
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
row_editor (GtkListBox *list,
            guint       position,
            const char *field)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, position);

  return row != NULL ? g_object_get_data (G_OBJECT (row), field) : NULL;
}

GtkWidget *
_kd_council_page_get_member_editor (KdCouncilPage *self,
                                    guint          position,
                                    const char    *field)
{
  g_return_val_if_fail (KD_IS_COUNCIL_PAGE (self), NULL);
  return row_editor (self->members_list, position, field);
}

GtkWidget *
_kd_council_page_get_group_editor (KdCouncilPage *self,
                                   guint          position,
                                   const char    *field)
{
  g_return_val_if_fail (KD_IS_COUNCIL_PAGE (self), NULL);
  return row_editor (self->groups_list, position, field);
}

GtkWidget *
_kd_council_page_get_assignment (KdCouncilPage *self,
                                 const char    *criterion)
{
  g_return_val_if_fail (KD_IS_COUNCIL_PAGE (self), NULL);
  return g_hash_table_lookup (self->assignment, criterion);
}

GtkWidget *
_kd_council_page_get_standard_assignment (KdCouncilPage *self,
                                          guint          standard)
{
  g_return_val_if_fail (KD_IS_COUNCIL_PAGE (self), NULL);
  return standard >= 1 && standard <= self->standard_choices->len ? g_ptr_array_index (self->standard_choices, standard - 1)
                                                                  : NULL;
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
kd_council_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KdCouncilPage *self = KD_COUNCIL_PAGE (object);

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
kd_council_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  switch (prop_id)
    {
      case PROP_DOCUMENT:
        set_document (KD_COUNCIL_PAGE (object), g_value_get_object (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
clear_table (Table *table)
{
  for (guint i = 0; i < MAX_COLUMNS; i++)
    g_clear_object (&table->sizes[i]);
}

static void
kd_council_page_dispose (GObject *object)
{
  KdCouncilPage *self = KD_COUNCIL_PAGE (object);

  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KD_TYPE_COUNCIL_PAGE);
  kd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->document);
  clear_table (&self->members_table);
  clear_table (&self->groups_table);
  g_clear_object (&self->roles);
  g_clear_object (&self->group_kinds);
  g_clear_object (&self->member_groups);
  g_clear_object (&self->assignees);
  g_clear_pointer (&self->assignment, g_hash_table_unref);
  g_clear_pointer (&self->standard_choices, g_ptr_array_unref);
  G_OBJECT_CLASS (kd_council_page_parent_class)->dispose (object);
}

static void
kd_council_page_class_init (KdCouncilPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_council_page_dispose;
  object_class->get_property = kd_council_page_get_property;
  object_class->set_property = kd_council_page_set_property;
  g_object_class_override_property (object_class, PROP_DOCUMENT, "document");
  kd_page_class_set_section (object_class, N_ ("Council"), "system-users-symbolic");

  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-council-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KdCouncilPage, assignment_list);
  gtk_widget_class_bind_template_child (widget_class, KdCouncilPage, groups_header);
  gtk_widget_class_bind_template_child (widget_class, KdCouncilPage, groups_list);
  gtk_widget_class_bind_template_child (widget_class, KdCouncilPage, members_header);
  gtk_widget_class_bind_template_child (widget_class, KdCouncilPage, members_list);
  gtk_widget_class_bind_template_child (widget_class, KdCouncilPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KdCouncilPage, warnings_list);
  gtk_widget_class_install_action (widget_class, "council.add-member", NULL, add_member_cb);
  gtk_widget_class_install_action (widget_class, "council.add-group", NULL, add_group_cb);
}

static void
kd_council_page_iface_init (KdPageInterface *iface)
{
}

static void
kd_council_page_init (KdCouncilPage *self)
{
  const char *role_keys[] = { kd_role_to_string (KD_ROLE_CHAIR), kd_role_to_string (KD_ROLE_VICE_CHAIR),
                              kd_role_to_string (KD_ROLE_SECRETARY), kd_role_to_string (KD_ROLE_MEMBER), NULL };
  const char *role_labels[] = { kd_role_describe (KD_ROLE_CHAIR), kd_role_describe (KD_ROLE_VICE_CHAIR),
                                kd_role_describe (KD_ROLE_SECRETARY), kd_role_describe (KD_ROLE_MEMBER), NULL };
  const char *kind_keys[] = { kd_group_kind_to_string (KD_GROUP_SECRETARIAT), kd_group_kind_to_string (KD_GROUP_WORKING), NULL };
  const char *kind_labels[] = { kd_group_kind_describe (KD_GROUP_SECRETARIAT), kd_group_kind_describe (KD_GROUP_WORKING), NULL };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->roles = kd_choice_list_new ();
  kd_choice_list_set (self->roles, role_keys, role_labels);
  self->group_kinds = kd_choice_list_new ();
  kd_choice_list_set (self->group_kinds, kind_keys, kind_labels);
  self->member_groups = kd_choice_list_new ();
  self->assignees = kd_choice_list_new ();
  self->assignment = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->standard_choices = g_ptr_array_new ();

  self->members_table = (Table){ member_columns, G_N_ELEMENTS (member_columns), { NULL }, N_ ("member"), N_ ("Remove this member") };
  self->groups_table = (Table){ group_columns, G_N_ELEMENTS (group_columns), { NULL }, N_ ("group"), N_ ("Remove this group") };
  build_header (self->members_header, &self->members_table);
  build_header (self->groups_header, &self->groups_table);
  gtk_list_box_set_placeholder (self->members_list, make_placeholder (_ ("No members yet. Add the principal first: the chair of the council.")));
  gtk_list_box_set_placeholder (self->groups_list, make_placeholder (_ ("No groups yet. A council usually has a secretariat and working groups.")));
  update_people_choices (self);
}

GtkWidget *
kd_council_page_new (void)
{
  return g_object_new (KD_TYPE_COUNCIL_PAGE, NULL);
}
