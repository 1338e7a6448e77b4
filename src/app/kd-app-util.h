/* kd-app-util.h — small helpers of the application's widgets */
#pragma once

#include <gtk/gtk.h>

#include "kd-item.h"
#include "kd-types.h"

G_BEGIN_DECLS

/* What a widget drawing its own text needs of its font to size itself like a GtkLabel. */
typedef struct
{
  PangoFontDescription *font;
  double                resolution;
  int                   char_width; /* Pango units, as GtkLabel's width in characters counts them */
  int                   line_height;
} KdFontMetrics;

/* A call waiting for the frame after which it runs (kd_after_paint_start). */
typedef struct
{
  GdkFrameClock *clock;
  gulong         handler;
  guint          idle;
  GCallback      callback;
  gpointer       data;
} KdAfterPaint;

void                 kd_widget_unparent_children (GtkWidget *widget);
GtkWidget           *kd_row_new (int spacing);
void                 kd_row_append (GtkWidget *row,
                                    GtkWidget *child);
void                 kd_widget_name_parent_by (GtkWidget *child);
void                 kd_widget_set_tooltip (GtkWidget  *widget,
                                            const char *text);
const char          *kd_widget_get_tooltip (GtkWidget *widget);
const KdFontMetrics *kd_widget_get_font_metrics (GtkWidget *widget);
char                *kd_capitalize (const char *text);
gboolean             kd_item_can_be_edited (KdItem *item);
const char          *kd_level_class (KdState state,
                                     guint   level);
void                 kd_widget_set_level_class (GtkWidget *widget,
                                                KdState    state,
                                                guint      level);
gboolean             kd_after_paint_start (KdAfterPaint *wait,
                                           GtkWidget    *widget,
                                           GCallback     callback,
                                           gpointer      data);
void                 kd_after_paint_stop (KdAfterPaint *wait);
gboolean             kd_after_paint_is_waiting (const KdAfterPaint *wait);

G_END_DECLS
