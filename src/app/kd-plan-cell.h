/* kd-plan-cell.h — one cell of the improvement-plan grid
 *
 * A cell shows one field of a plan row on one line, drawing the text itself as its line draws the
 * cells around it, and exposes it to screen readers as its label.  A line (KdPlanLine) makes its
 * cell real when it is focused, clicked or edited, and places it where it draws it.  It edits the field
 * only on demand — F2, Enter, a double click or typing — with a GtkEntry (a
 * date entry with a calendar, a name entry with completion), a text view for long text, or a
 * popover listing the criteria or the statuses.  Core checks what is typed
 * (kd_plan_row_set_from_text); a refused text stays in the entry with core's message.  One
 * committed edit is one undo step.
 */
#pragma once

#include <gtk/gtk.h>

#include "kd-plan-tools.h"

G_BEGIN_DECLS

#define KD_TYPE_PLAN_CELL (kd_plan_cell_get_type ())
G_DECLARE_FINAL_TYPE (KdPlanCell, kd_plan_cell, KD, PLAN_CELL, GtkWidget)

GtkWidget          *kd_plan_cell_new (const KdPlanColumn *column,
                                      GtkListItem        *list_item,
                                      GtkTreeModel       *names);
const KdPlanColumn *kd_plan_cell_get_column (KdPlanCell *self);
GtkListItem        *kd_plan_cell_get_list_item (KdPlanCell *self);
KdPlanRow          *kd_plan_cell_get_row (KdPlanCell *self);
void                kd_plan_cell_set_row (KdPlanCell *self,
                                          KdPlanRow  *row);
void                kd_plan_cell_update (KdPlanCell *self);
const char         *kd_plan_cell_get_text (KdPlanCell *self);
gboolean            kd_plan_cell_start_editing (KdPlanCell *self,
                                                const char *typed);
gboolean            kd_plan_cell_is_editing (KdPlanCell *self);
gboolean            kd_plan_cell_commit (KdPlanCell *self);
void                kd_plan_cell_cancel (KdPlanCell *self);
const char         *kd_plan_cell_get_message (KdPlanCell *self);
gboolean            kd_plan_cell_handle_key (KdPlanCell     *self,
                                             guint           keyval,
                                             GdkModifierType state);
gboolean            kd_plan_cell_handle_press (KdPlanCell     *self,
                                               int             n_press,
                                               GdkModifierType state);
gboolean            kd_plan_cell_query_tooltip (KdPlanCell *self,
                                                GtkTooltip *tooltip);

/* How a cell shows at rest, for the lines that draw cells themselves (KdPlanLine). */
#define KD_PLAN_CELL_PADDING 6 /* pixels each side; kdplancell's padding in ui/css/plan.css */

int          kd_plan_cell_natural_width (GtkWidget          *widget,
                                         const KdPlanColumn *column);
int          kd_plan_cell_minimum_width (GtkWidget *widget);
char        *kd_plan_cell_dup_shown_text (KdPlanRow          *row,
                                          const KdPlanColumn *column);
PangoLayout *kd_plan_cell_create_layout (GtkWidget          *widget,
                                         const KdPlanColumn *column,
                                         const char         *text);
void         kd_plan_cell_text_colour (GtkWidget          *widget,
                                       KdPlanRow          *row,
                                       const KdPlanColumn *column,
                                       gboolean            selected,
                                       GdkRGBA            *colour);
void         kd_plan_cell_draw_text (GtkSnapshot   *snapshot,
                                     PangoLayout   *layout,
                                     int            x,
                                     int            width,
                                     int            height,
                                     const GdkRGBA *colour);

gboolean kd_plan_text_query_tooltip (KdPlanRow          *row,
                                     const KdPlanColumn *column,
                                     GtkTooltip         *tooltip);
void     kd_plan_complete_names (GtkEntry     *entry,
                                 GtkTreeModel *names);

/* For tests: the editor while editing (a GtkEntry, or the long text's GtkTextView), and the
 * popover of a criterion, status or date cell. */
GtkWidget *_kd_plan_cell_get_editor (KdPlanCell *self);
GtkWidget *_kd_plan_cell_get_popover (KdPlanCell *self);
gboolean   _kd_plan_cell_choose (KdPlanCell *self,
                                 const char *key);

G_END_DECLS
