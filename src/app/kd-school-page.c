/* kd-school-page.c
 *
 * A form of the school's and the cycle's fields.  Every field is checked by core when it is
 * committed (a school year "2023-2025", a date "31/02/2024" are refused with core's message below
 * the field); the page holds no rule.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-school-page.h"

typedef enum
{
  OF_SCHOOL,
  OF_CYCLE,
} FieldOwner;

typedef enum
{
  EDIT_TEXT,
  EDIT_SCHOOL_TYPE,
  EDIT_TARGET_LEVEL,
} FieldEditor;

typedef struct
{
  FieldOwner  owner;
  const char *field;
  FieldEditor editor;
  const char *label;       /* N_() with a mnemonic */
  const char *placeholder; /* N_() or NULL */
} FormRow;

static const FormRow form_rows[] = {
  { OF_SCHOOL, "name", EDIT_TEXT, N_ ("School _name"), N_ ("e.g. Trường THCS Vạn Hòa") },
  { OF_SCHOOL, "type", EDIT_SCHOOL_TYPE, N_ ("School _type"), NULL },
  { OF_SCHOOL, "agency", EDIT_TEXT, N_ ("_Governing agency"), N_ ("e.g. Phòng GD&ĐT thành phố Lào Cai") },
  { OF_SCHOOL, "principal", EDIT_TEXT, N_ ("_Principal"), NULL },
  { OF_SCHOOL, "address", EDIT_TEXT, N_ ("_Address"), NULL },
  { OF_SCHOOL, "phone", EDIT_TEXT, N_ ("_Telephone"), NULL },
  { OF_SCHOOL, "email", EDIT_TEXT, N_ ("_E-mail"), NULL },
  { OF_CYCLE, "school-year", EDIT_TEXT, N_ ("School _year"), N_ ("e.g. 2026-2027") },
  { OF_CYCLE, "place", EDIT_TEXT, N_ ("_Place"), N_ ("where the documents are signed, e.g. Vạn Hòa") },
  { OF_CYCLE, "date", EDIT_TEXT, N_ ("_Date"), N_ ("dd/mm/yyyy") },
  { OF_CYCLE, "number", EDIT_TEXT, N_ ("Document n_umber"), N_ ("e.g. 31/KH-THCSVH") },
  { OF_CYCLE, "target-level", EDIT_TARGET_LEVEL, N_ ("Target _level"), NULL },
};

struct _KdSchoolPage
{
  GtkWidget parent_instance;

  GtkLabel *framework_label;
  GtkGrid  *school_grid;
  GtkGrid  *cycle_grid;

  KdDocument   *document;
  GtkWidget    *editors[G_N_ELEMENTS (form_rows)];
  KdChoiceList *school_types;
  KdChoiceList *target_levels;
};

static void kd_school_page_iface_init (KdPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KdSchoolPage, kd_school_page, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (KD_TYPE_PAGE, kd_school_page_iface_init))

enum
{
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static void
fill_target_levels (KdSchoolPage *self)
{
  guint max = self->document != NULL ? kd_framework_get_max_school_level (kd_document_get_framework (self->document)) : 0;
  g_autoptr (GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (keys, g_strdup ("0"));
  g_ptr_array_add (labels, g_strdup (_ ("Not set")));
  for (guint level = 1; level <= max; level++)
    {
      g_ptr_array_add (keys, g_strdup_printf ("%u", level));
      g_ptr_array_add (labels, g_strdup_printf (_ ("Level %u"), level));
    }
  g_ptr_array_add (keys, NULL);
  g_ptr_array_add (labels, NULL);
  kd_choice_list_set_if_changed (self->target_levels, (const char *const *)keys->pdata,
                                 (const char *const *)labels->pdata);
}

static void
set_document (KdSchoolPage *self,
              KdDocument   *document)
{
  if (!g_set_object (&self->document, document))
    return;

  fill_target_levels (self);
  for (guint i = 0; i < G_N_ELEMENTS (form_rows); i++)
    {
      KdItem *item = NULL;

      if (document != NULL)
        item = form_rows[i].owner == OF_SCHOOL ? KD_ITEM (kd_document_get_school (document))
                                               : KD_ITEM (kd_document_get_cycle (document));
      if (KD_IS_FIELD_ENTRY (self->editors[i]))
        kd_field_entry_set_item (KD_FIELD_ENTRY (self->editors[i]), item);
      else
        kd_field_choice_set_item (KD_FIELD_CHOICE (self->editors[i]), item);
    }

  if (document != NULL)
    {
      KdFramework     *framework = kd_document_get_framework (document);
      g_autofree char *text = g_strdup_printf (_ ("Framework: %s — %s"), kd_framework_get_short_title (framework),
                                               kd_framework_get_title (framework));

      gtk_label_set_text (self->framework_label, text);
    }
  g_object_notify (G_OBJECT (self), "document");
}

static GtkWidget *
make_editor (KdSchoolPage  *self,
             const FormRow *row)
{
  GtkWidget *editor;
  GtkWidget *target;

  switch (row->editor)
    {
      case EDIT_SCHOOL_TYPE:
        editor = kd_field_choice_new (row->field, self->school_types);
        target = GTK_WIDGET (kd_field_choice_get_drop_down (KD_FIELD_CHOICE (editor)));
        gtk_widget_set_halign (editor, GTK_ALIGN_START);
        break;
      case EDIT_TARGET_LEVEL:
        editor = kd_field_choice_new (row->field, self->target_levels);
        target = GTK_WIDGET (kd_field_choice_get_drop_down (KD_FIELD_CHOICE (editor)));
        gtk_widget_set_halign (editor, GTK_ALIGN_START);
        break;
      default:
        editor = kd_field_entry_new (row->field, TRUE);
        target = GTK_WIDGET (kd_field_entry_get_editable (KD_FIELD_ENTRY (editor)));
        if (row->placeholder != NULL)
          gtk_entry_set_placeholder_text (GTK_ENTRY (target), _ (row->placeholder));
        gtk_widget_set_size_request (editor, 480, -1);
        break;
    }
  g_object_set_data (G_OBJECT (editor), "kd-mnemonic-target", target);
  return editor;
}

static void
build_form (KdSchoolPage *self)
{
  guint rows_in[2] = { 0, 0 };
  /* One label column for both grids, so their fields line up. */
  g_autoptr (GtkSizeGroup) labels = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  for (guint i = 0; i < G_N_ELEMENTS (form_rows); i++)
    {
      const FormRow *row = &form_rows[i];
      GtkGrid       *grid = row->owner == OF_SCHOOL ? self->school_grid : self->cycle_grid;
      GtkWidget     *label = gtk_label_new_with_mnemonic (_ (row->label));
      GtkWidget     *editor = make_editor (self, row);

      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_set_valign (label, GTK_ALIGN_BASELINE);
      gtk_size_group_add_widget (labels, label);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), g_object_get_data (G_OBJECT (editor), "kd-mnemonic-target"));
      gtk_widget_set_valign (editor, GTK_ALIGN_BASELINE);
      gtk_grid_attach (grid, label, 0, rows_in[row->owner], 1, 1);
      gtk_grid_attach (grid, editor, 1, rows_in[row->owner], 1, 1);
      rows_in[row->owner]++;
      self->editors[i] = editor;
    }
}

GtkWidget *
_kd_school_page_get_editor (KdSchoolPage *self,
                            const char   *field)
{
  g_return_val_if_fail (KD_IS_SCHOOL_PAGE (self), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (form_rows); i++)
    if (g_str_equal (form_rows[i].field, field))
      return self->editors[i];
  return NULL;
}

static void
kd_school_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KdSchoolPage *self = KD_SCHOOL_PAGE (object);

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
kd_school_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  switch (prop_id)
    {
      case PROP_DOCUMENT:
        set_document (KD_SCHOOL_PAGE (object), g_value_get_object (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kd_school_page_dispose (GObject *object)
{
  KdSchoolPage *self = KD_SCHOOL_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KD_TYPE_SCHOOL_PAGE);
  kd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->document);
  g_clear_object (&self->school_types);
  g_clear_object (&self->target_levels);
  G_OBJECT_CLASS (kd_school_page_parent_class)->dispose (object);
}

static void
kd_school_page_class_init (KdSchoolPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_school_page_dispose;
  object_class->get_property = kd_school_page_get_property;
  object_class->set_property = kd_school_page_set_property;
  g_object_class_override_property (object_class, PROP_DOCUMENT, "document");
  kd_page_class_set_section (object_class, N_ ("School information"), "user-home-symbolic");

  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-school-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KdSchoolPage, cycle_grid);
  gtk_widget_class_bind_template_child (widget_class, KdSchoolPage, framework_label);
  gtk_widget_class_bind_template_child (widget_class, KdSchoolPage, school_grid);
}

static void
kd_school_page_iface_init (KdPageInterface *iface)
{
}

static void
kd_school_page_init (KdSchoolPage *self)
{
  const char *const *types = kd_school_types ();
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->school_types = kd_choice_list_new ();
  for (guint i = 0; types[i] != NULL; i++)
    g_ptr_array_add (labels, (gpointer)kd_school_type_describe (types[i]));
  g_ptr_array_add (labels, NULL);
  kd_choice_list_set (self->school_types, types, (const char *const *)labels->pdata);
  self->target_levels = kd_choice_list_new ();
  fill_target_levels (self);
  build_form (self);
}

GtkWidget *
kd_school_page_new (void)
{
  return g_object_new (KD_TYPE_SCHOOL_PAGE, NULL);
}
