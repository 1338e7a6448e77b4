/* kd-extra-page.c
 *
 * One card per Mức 4 requirement of the framework (TT 17/18/19 Điều 22…): its number and
 * citation, its legal text, the Đạt / Không đạt / Chưa đánh giá answer and its Mô tả hiện trạng,
 * all kept in the document's extra record; above them how many are met and the school's level
 * from core.  Listed only for frameworks that have such requirements.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-app-util.h"
#include "kd-extra-page.h"
#include "kd-rules.h"

struct _KdExtraPage
{
  GtkWidget parent_instance;

  GtkLabel *title_label;
  GtkLabel *intro_label;
  GtkLabel *result_label;
  GtkLabel *school_label;
  GtkBox   *requirements_box;

  KdDocument *document;
  GPtrArray  *choices;    /* KdStateChoice, one per requirement */
  GPtrArray  *text_boxes; /* KdTextBox, same order */
};

static void kd_extra_page_iface_init (KdPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KdExtraPage, kd_extra_page, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (KD_TYPE_PAGE, kd_extra_page_iface_init))

enum
{
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GtkWidget *
add_label (GtkWidget  *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static void
update_result (KdExtraPage *self)
{
  KdCriterionRecord *record = kd_document_get_extra (self->document);
  GPtrArray         *defs = kd_framework_get_extra (kd_document_get_framework (self->document));
  g_autoptr (KdEvaluation) evaluation = kd_evaluate (self->document);
  g_autofree char *school = kd_evaluation_describe_school (evaluation);
  g_autofree char *result = NULL;
  guint            unmet = 0, unassessed = 0;

  for (guint i = 0; i < defs->len; i++)
    {
      KdState state = kd_criterion_record_get_indicator (record, ((KdExtraDef *)g_ptr_array_index (defs, i))->id);

      unmet += state == KD_STATE_UNMET;
      unassessed += state == KD_STATE_UNASSESSED;
    }
  result = g_strdup_printf (_ ("%u of %u requirements met, %u not met, %u not assessed yet."), evaluation->extra_met,
                            evaluation->extra_total, unmet, unassessed);
  gtk_label_set_text (self->result_label, result);
  gtk_label_set_text (self->school_label, school);
}

static void
document_changed_cb (KdExtraPage *self)
{
  /* An undo, or a merge, may have changed an answer: show the model's. */
  for (guint i = 0; i < self->choices->len; i++)
    kd_state_choice_sync (g_ptr_array_index (self->choices, i));
  update_result (self);
}

static GtkWidget *
make_requirement (KdExtraPage       *self,
                  KdCriterionRecord *record,
                  const char        *title,
                  const KdExtraDef  *def)
{
  GtkWidget       *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  g_autofree char *heading = def->citation != NULL && *def->citation != '\0'
                                 ? g_strdup_printf (_ ("Requirement %s (%s)"), def->id, def->citation)
                                 : g_strdup_printf (_ ("Requirement %s"), def->id);
  g_autofree char *name = g_strdup_printf (_ ("%s, requirement %s"), title, def->id);
  g_autofree char *described = g_strdup_printf (_ ("Current state, requirement %s"), def->id);
  g_autofree char *field = g_strconcat ("descriptions.", def->id, NULL);
  GtkWidget       *choice = kd_state_choice_new (name);
  GtkWidget       *text_box = kd_text_box_new (_ ("Current state (with evidence codes)"), described);
  GtkWidget       *legal;

  gtk_widget_add_css_class (card, "kd-indicator");
  add_label (card, heading, "heading");
  legal = add_label (card, def->text, "kd-indicator-text");
  gtk_label_set_selectable (GTK_LABEL (legal), TRUE);
  kd_state_choice_set_target (KD_STATE_CHOICE (choice), record, def->id);
  gtk_box_append (GTK_BOX (card), choice);
  kd_text_box_set_target (KD_TEXT_BOX (text_box), KD_ITEM (record), field);
  gtk_box_append (GTK_BOX (card), text_box);
  g_ptr_array_add (self->choices, choice);
  g_ptr_array_add (self->text_boxes, text_box);
  return card;
}

static void
build (KdExtraPage *self)
{
  KdFramework       *framework;
  KdCriterionRecord *record;
  GPtrArray         *defs;
  const char        *title;
  g_autofree char   *heading = NULL;
  g_autofree char   *intro = NULL;
  GtkWidget         *child;

  g_ptr_array_set_size (self->choices, 0);
  g_ptr_array_set_size (self->text_boxes, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->requirements_box))) != NULL)
    gtk_box_remove (self->requirements_box, child);
  if (self->document == NULL)
    return;

  framework = kd_document_get_framework (self->document);
  record = kd_document_get_extra (self->document);
  defs = kd_framework_get_extra (framework);
  title = kd_framework_get_extra_title (framework);
  heading = g_strdup_printf (_ ("%s requirements"), title);
  intro = g_strdup_printf (_ ("The requirements of %s in %s. Mark each one and describe what the school has, citing its evidence."),
                           title, kd_framework_get_short_title (framework));
  gtk_label_set_text (self->title_label, heading);
  gtk_label_set_text (self->intro_label, intro);
  for (guint i = 0; i < defs->len; i++)
    gtk_box_append (self->requirements_box, make_requirement (self, record, title, g_ptr_array_index (defs, i)));
  update_result (self);
}

static void
set_document (KdExtraPage *self,
              KdDocument  *document)
{
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (!g_set_object (&self->document, document))
    return;
  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  build (self);
  g_object_notify (G_OBJECT (self), "document");
}

/* ---- KdPage ------------------------------------------------------------------------- */

static gboolean
kd_extra_page_applies_to (KdDocument *document)
{
  return document != NULL && kd_framework_get_extra (kd_document_get_framework (document))->len > 0;
}

static void
kd_extra_page_iface_init (KdPageInterface *iface)
{
  iface->applies_to = kd_extra_page_applies_to;
}

/* ---- for tests ---------------------------------------------------------------------- */

static gint
index_of (KdExtraPage *self,
          const char  *id)
{
  GPtrArray *defs;

  if (self->document == NULL)
    return -1;
  defs = kd_framework_get_extra (kd_document_get_framework (self->document));
  for (guint i = 0; i < defs->len && i < self->choices->len; i++)
    if (g_str_equal (((KdExtraDef *)g_ptr_array_index (defs, i))->id, id))
      return (gint)i;
  return -1;
}

KdStateChoice *
_kd_extra_page_get_choice (KdExtraPage *self,
                           const char  *id)
{
  gint i;

  g_return_val_if_fail (KD_IS_EXTRA_PAGE (self), NULL);
  i = index_of (self, id);
  return i >= 0 ? g_ptr_array_index (self->choices, i) : NULL;
}

KdTextBox *
_kd_extra_page_get_text_box (KdExtraPage *self,
                             const char  *id)
{
  gint i;

  g_return_val_if_fail (KD_IS_EXTRA_PAGE (self), NULL);
  i = index_of (self, id);
  return i >= 0 ? g_ptr_array_index (self->text_boxes, i) : NULL;
}

const char *
_kd_extra_page_get_result (KdExtraPage *self)
{
  g_return_val_if_fail (KD_IS_EXTRA_PAGE (self), NULL);
  return gtk_label_get_text (self->result_label);
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
kd_extra_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KdExtraPage *self = KD_EXTRA_PAGE (object);

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
kd_extra_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  switch (prop_id)
    {
      case PROP_DOCUMENT:
        set_document (KD_EXTRA_PAGE (object), g_value_get_object (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kd_extra_page_dispose (GObject *object)
{
  KdExtraPage *self = KD_EXTRA_PAGE (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KD_TYPE_EXTRA_PAGE);
  kd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->document);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_clear_pointer (&self->text_boxes, g_ptr_array_unref);
  G_OBJECT_CLASS (kd_extra_page_parent_class)->dispose (object);
}

static void
kd_extra_page_class_init (KdExtraPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kd_extra_page_dispose;
  object_class->get_property = kd_extra_page_get_property;
  object_class->set_property = kd_extra_page_set_property;
  g_object_class_override_property (object_class, PROP_DOCUMENT, "document");
  kd_page_class_set_section (object_class, N_ ("Mức 4 requirements"), "starred-symbolic");

  gtk_widget_class_set_template_from_resource (widget_class, "/vn/kiemdinh/KiemDinh/kd-extra-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KdExtraPage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, KdExtraPage, requirements_box);
  gtk_widget_class_bind_template_child (widget_class, KdExtraPage, result_label);
  gtk_widget_class_bind_template_child (widget_class, KdExtraPage, school_label);
  gtk_widget_class_bind_template_child (widget_class, KdExtraPage, title_label);
}

static void
kd_extra_page_init (KdExtraPage *self)
{
  self->choices = g_ptr_array_new ();
  self->text_boxes = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kd_extra_page_new (void)
{
  return g_object_new (KD_TYPE_EXTRA_PAGE, NULL);
}
