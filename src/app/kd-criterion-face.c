/* kd-criterion-face.c
 *
 * The inside of a criterion's cell on the overview: the criterion's code, large; its level in
 * words, wrapped and centred; and a small mark per level, coloured by how that level stands.
 * The overview shows one cell per criterion before the first frame of a document, and a box of
 * five labels per cell (a CSS node, a layout and a round of measuring each) was most of what the
 * overview cost at startup: one widget that lays out and draws its texts costs a fraction of that
 * (docs/PERFORMANCE.md).  The cell's button around it keeps the focus, the click, the tooltip,
 * the accessible name and the level's background.
 *
 * It reads like the labels it replaces: sizes are relative to the widget's font (kdcriterionface
 * in ui/css/summary.css), so large text scales them; the texts take the button's colour, the
 * marks the level colours named in ui/css/levels.css.  What it shows is given by the overview
 * from core's evaluation: no rule here.
 */
#include "config.h"

#include "kd-app-util.h"
#include "kd-criterion-face.h"

/* Relative to the widget's font, as the labels' sizes were (18pt and 9pt against 10pt). */
#define CODE_SCALE 1.8
#define MARK_SCALE 0.9
/* The level's words wrap beyond this many characters (when the cell is no wider). */
#define LEVEL_MAX_CHARS 6
/* Pixels, as the labels' CSS had them: space between the lines and the marks; a mark's smallest
 * width inside, its padding, border and corner. */
#define SPACING 2
#define MARK_MIN_WIDTH 16
#define MARK_PADDING 2
#define MARK_BORDER 1
#define MARK_RADIUS 4

struct _KdCriterionFace
{
  GtkWidget parent_instance;

  PangoLayout *code_layout;
  PangoLayout *level_layout;
  GPtrArray   *mark_layouts; /* the digit of each level 1…max */
  KdState     *mark_states;  /* of each level 1…max */

  /* The widths asked for, kept while the text and the font stay: the level's words are laid out
   * again at each width tried, and a flow box asks several times per frame. */
  guint widths_serial; /* of the Pango context they were measured with; 0: to measure */
  int   minimum_width;
  int   natural_width;
};

G_DEFINE_FINAL_TYPE (KdCriterionFace, kd_criterion_face, GTK_TYPE_WIDGET)

static PangoLayout *
create_layout (KdCriterionFace *self,
               const char      *text,
               double           scale)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  if (scale != 1.0)
    {
      PangoAttrList *attributes = pango_attr_list_new ();

      /* A scale, not a size: it follows the widget's font when that changes. */
      pango_attr_list_insert (attributes, pango_attr_scale_new (scale));
      pango_layout_set_attributes (layout, attributes);
      pango_attr_list_unref (attributes);
    }
  return layout;
}

static int
layout_width (PangoLayout *layout,
              int          wrap_width)
{
  int width;

  pango_layout_set_width (layout, wrap_width < 0 ? -1 : wrap_width * PANGO_SCALE);
  pango_layout_get_size (layout, &width, NULL);
  return PANGO_PIXELS_CEIL (width);
}

static int
layout_height (PangoLayout *layout,
               int          wrap_width)
{
  int height;

  pango_layout_set_width (layout, wrap_width < 0 ? -1 : wrap_width * PANGO_SCALE);
  pango_layout_get_size (layout, NULL, &height);
  return PANGO_PIXELS_CEIL (height);
}

static int
mark_width (PangoLayout *digit)
{
  return MAX (MARK_MIN_WIDTH, layout_width (digit, -1)) + 2 * (MARK_PADDING + MARK_BORDER);
}

static int
marks_width (KdCriterionFace *self)
{
  int width = 0;

  for (guint i = 0; i < self->mark_layouts->len; i++)
    width += mark_width (g_ptr_array_index (self->mark_layouts, i)) + (i > 0 ? SPACING : 0);
  return width;
}

static int
marks_height (KdCriterionFace *self)
{
  int height = 0;

  for (guint i = 0; i < self->mark_layouts->len; i++)
    height = MAX (height, layout_height (g_ptr_array_index (self->mark_layouts, i), -1) + 2 * MARK_BORDER);
  return height;
}

/* The code, the level's words (wrapped at @width) and the marks, one under the other. */
static int
content_height (KdCriterionFace *self,
                int              width)
{
  return layout_height (self->code_layout, -1) + SPACING + layout_height (self->level_layout, width) + SPACING +
         marks_height (self);
}

static GtkSizeRequestMode
kd_criterion_face_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kd_criterion_face_measure (GtkWidget     *widget,
                           GtkOrientation orientation,
                           int            for_size,
                           int           *minimum,
                           int           *natural,
                           int           *minimum_baseline,
                           int           *natural_baseline)
{
  KdCriterionFace *self = KD_CRITERION_FACE (widget);
  guint            serial = pango_context_get_serial (gtk_widget_get_pango_context (widget));

  if (self->widths_serial != serial)
    {
      int fixed = MAX (layout_width (self->code_layout, -1), marks_width (self));
      int level_minimum;
      int level_natural;

      /* The level's words like a wrapping label's: at least the longest word, at most
       * LEVEL_MAX_CHARS characters wide unless a word is wider. */
      level_minimum = layout_width (self->level_layout, 0);
      level_natural = layout_width (self->level_layout,
                                    MAX (level_minimum, PANGO_PIXELS_CEIL (LEVEL_MAX_CHARS *
                                                                           kd_widget_get_font_metrics (widget)->char_width)));
      self->minimum_width = MAX (fixed, level_minimum);
      self->natural_width = MAX (fixed, MAX (level_minimum, level_natural));
      self->widths_serial = serial;
    }
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = self->minimum_width;
      *natural = self->natural_width;
    }
  else
    *minimum = *natural = content_height (self, for_size >= 0 ? for_size : self->natural_width);
}

static void
append_mark (KdCriterionFace *self,
             GtkSnapshot     *snapshot,
             guint            index,
             int              x,
             int              height)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self));
  PangoLayout     *digit = g_ptr_array_index (self->mark_layouts, index);
  KdState          state = self->mark_states[index];
  g_autofree char *colour = NULL;
  g_autofree char *background_name = NULL;
  g_autofree char *text_name = NULL;
  GdkRGBA          background = { 0.9, 0.9, 0.9, 1 };
  GdkRGBA          text = { 0, 0, 0, 1 };
  GdkRGBA          border = { 0, 0, 0, 0.4 };
  int              width = mark_width (digit);
  int              digit_width = layout_width (digit, -1);
  GskRoundedRect   outline;

  /* The colours of the level's class (kd-level-N, kd-level-0, kd-unassessed): met shows the
   * level's own colour, unmet the colour of failing. */
  colour = g_strdelimit (g_strdup (kd_level_class (state, index + 1)), "-", '_');
  background_name = g_strconcat (colour, "_bg", NULL);
  text_name = g_strconcat (colour, "_fg", NULL);
  gtk_style_context_lookup_color (style, background_name, &background);
  gtk_style_context_lookup_color (style, text_name, &text);
  gtk_style_context_lookup_color (style, "kd_cell_mark_border", &border);

  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x, 0, width, height), MARK_RADIUS);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, &background, &outline.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &outline, (float[4]){ MARK_BORDER, MARK_BORDER, MARK_BORDER, MARK_BORDER },
                              (GdkRGBA[4]){ border, border, border, border });
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + MARK_BORDER + MARK_PADDING +
                                                              (width - 2 * (MARK_BORDER + MARK_PADDING) - digit_width) / 2,
                                                          MARK_BORDER));
  gtk_snapshot_append_layout (snapshot, digit, &text);
  gtk_snapshot_restore (snapshot);
}

static void
kd_criterion_face_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  KdCriterionFace *self = KD_CRITERION_FACE (widget);
  int              width = gtk_widget_get_width (widget);
  int              code_height = layout_height (self->code_layout, -1);
  int              level_height = layout_height (self->level_layout, width);
  int              marks_x = (width - marks_width (self)) / 2;
  int              height = marks_height (self);
  PangoRectangle   level_extents;
  GdkRGBA          colour;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &colour);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - layout_width (self->code_layout, -1)) / 2, 0));
  gtk_snapshot_append_layout (snapshot, self->code_layout, &colour);
  gtk_snapshot_restore (snapshot);

  /* The words' layout is as wide as the cell and centres its lines; placed as GtkLabel places
   * it, on a whole pixel. */
  pango_layout_set_width (self->level_layout, width * PANGO_SCALE);
  pango_layout_get_pixel_extents (self->level_layout, NULL, &level_extents);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (floor ((width - level_extents.width) / 2.0 - level_extents.x),
                                                          code_height + SPACING));
  gtk_snapshot_append_layout (snapshot, self->level_layout, &colour);
  gtk_snapshot_restore (snapshot);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, code_height + SPACING + level_height + SPACING));
  for (guint i = 0; i < self->mark_layouts->len; i++)
    {
      PangoLayout *digit = g_ptr_array_index (self->mark_layouts, i);

      append_mark (self, snapshot, i, marks_x, height);
      marks_x += mark_width (digit) + SPACING;
    }
  gtk_snapshot_restore (snapshot);
}

/* ---- API ---------------------------------------------------------------------------- */

/* A face for criterion @code with a mark for each level 1…@max_level, all unassessed. */
GtkWidget *
kd_criterion_face_new (const char *code,
                       guint       max_level)
{
  KdCriterionFace *self;

  g_return_val_if_fail (code != NULL, NULL);
  self = g_object_new (KD_TYPE_CRITERION_FACE, NULL);
  self->code_layout = create_layout (self, code, CODE_SCALE);
  self->level_layout = create_layout (self, "", 1.0);
  pango_layout_set_wrap (self->level_layout, PANGO_WRAP_WORD);
  pango_layout_set_alignment (self->level_layout, PANGO_ALIGN_CENTER);
  self->mark_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->mark_states = g_new (KdState, max_level);
  for (guint level = 1; level <= max_level; level++)
    {
      char digit[16];

      g_snprintf (digit, sizeof digit, "%u", level);
      g_ptr_array_add (self->mark_layouts, create_layout (self, digit, MARK_SCALE));
      self->mark_states[level - 1] = KD_STATE_UNASSESSED;
    }
  return GTK_WIDGET (self);
}

/* The level in words, as core describes it ("Mức 2", "Chưa đạt"). */
void
kd_criterion_face_set_level_text (KdCriterionFace *self,
                                  const char      *text)
{
  g_return_if_fail (KD_IS_CRITERION_FACE (self));
  if (g_strcmp0 (pango_layout_get_text (self->level_layout), text) == 0)
    return;
  pango_layout_set_text (self->level_layout, text != NULL ? text : "", -1);
  self->widths_serial = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const char *
kd_criterion_face_get_level_text (KdCriterionFace *self)
{
  g_return_val_if_fail (KD_IS_CRITERION_FACE (self), NULL);
  return pango_layout_get_text (self->level_layout);
}

/* How level @level (1…max) of the criterion stands: met, unmet or not yet decided. */
void
kd_criterion_face_set_mark_state (KdCriterionFace *self,
                                  guint            level,
                                  KdState          state)
{
  g_return_if_fail (KD_IS_CRITERION_FACE (self));
  g_return_if_fail (level >= 1 && level <= self->mark_layouts->len);
  if (self->mark_states[level - 1] == state)
    return;
  self->mark_states[level - 1] = state;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

KdState
kd_criterion_face_get_mark_state (KdCriterionFace *self,
                                  guint            level)
{
  g_return_val_if_fail (KD_IS_CRITERION_FACE (self), KD_STATE_UNASSESSED);
  g_return_val_if_fail (level >= 1 && level <= self->mark_layouts->len, KD_STATE_UNASSESSED);
  return self->mark_states[level - 1];
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
kd_criterion_face_finalize (GObject *object)
{
  KdCriterionFace *self = KD_CRITERION_FACE (object);

  g_clear_object (&self->code_layout);
  g_clear_object (&self->level_layout);
  g_clear_pointer (&self->mark_layouts, g_ptr_array_unref);
  g_free (self->mark_states);
  G_OBJECT_CLASS (kd_criterion_face_parent_class)->finalize (object);
}

static void
kd_criterion_face_class_init (KdCriterionFaceClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kd_criterion_face_finalize;
  widget_class->get_request_mode = kd_criterion_face_get_request_mode;
  widget_class->measure = kd_criterion_face_measure;
  widget_class->snapshot = kd_criterion_face_snapshot;
  gtk_widget_class_set_css_name (widget_class, "kdcriterionface");
  /* The cell's button says it all to a screen reader ("Tiêu chí 3.2: Chưa đạt Mức 1"). */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
kd_criterion_face_init (KdCriterionFace *self)
{
}
