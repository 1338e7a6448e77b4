/* kd-plan-view-model.c */
#include "config.h"

#include <string.h>

#include "kd-plan-view-model.h"

/* A change that removes and adds at least this many rows replaces what the grid shows (a sort, a
 * search): fewer (an edit, a paste, a deletion) goes to GTK as it is. */
#define REPLACE_AT_LEAST 64

struct _KdPlanViewModel
{
  GObject parent_instance;

  GListModel *source;
  GPtrArray  *items;
  guint       limit;      /* of the rows shown, until show_all; G_MAXUINT: all */
  guint       next_limit; /* for the next change of the source */
};

static void kd_plan_view_model_list_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KdPlanViewModel, kd_plan_view_model, G_TYPE_OBJECT, G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, kd_plan_view_model_list_init))

enum
{
  REPLACING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType
kd_plan_view_model_get_item_type (GListModel *model)
{
  return g_list_model_get_item_type (KD_PLAN_VIEW_MODEL (model)->source);
}

static guint
kd_plan_view_model_get_n_items (GListModel *model)
{
  KdPlanViewModel *self = KD_PLAN_VIEW_MODEL (model);

  return MIN (self->items->len, self->limit);
}

static gpointer
kd_plan_view_model_get_item (GListModel *model,
                             guint       position)
{
  KdPlanViewModel *self = KD_PLAN_VIEW_MODEL (model);

  return position < MIN (self->items->len, self->limit) ? g_object_ref (g_ptr_array_index (self->items, position)) : NULL;
}

static void
kd_plan_view_model_list_init (GListModelInterface *iface)
{
  iface->get_item_type = kd_plan_view_model_get_item_type;
  iface->get_n_items = kd_plan_view_model_get_n_items;
  iface->get_item = kd_plan_view_model_get_item;
}

/* The source's rows from @position, @n of them (references). */
static GPtrArray *
source_rows (KdPlanViewModel *self,
             guint            position,
             guint            n)
{
  GPtrArray *rows = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (rows, g_list_model_get_item (self->source, position + i));
  return rows;
}

static gpointer
ref_row (gconstpointer row,
         gpointer      data)
{
  return g_object_ref ((gpointer)row);
}

/* Follows the source's change in the rows kept, without a word to GTK. */
static void
splice (KdPlanViewModel *self,
        guint            position,
        guint            removed,
        guint            added)
{
  guint tail;

  g_ptr_array_remove_range (self->items, position, removed);
  tail = self->items->len - position;
  g_ptr_array_set_size (self->items, self->items->len + added);
  memmove (self->items->pdata + position + added, self->items->pdata + position, tail * sizeof (gpointer));
  for (guint i = 0; i < added; i++)
    self->items->pdata[position + i] = g_list_model_get_item (self->source, position + i);
}

static void
source_items_changed_cb (KdPlanViewModel *self,
                         guint            position,
                         guint            removed,
                         guint            added)
{
  g_autoptr (GPtrArray) fresh = NULL;
  guint n_old = self->items->len;

  if (self->next_limit != G_MAXUINT)
    {
      guint shown_before = MIN (n_old, self->limit);
      guint shown_after;

      self->limit = self->next_limit;
      self->next_limit = G_MAXUINT;
      splice (self, position, removed, added);
      shown_after = MIN (self->items->len, self->limit);
      /* What GTK sees from @position on is replaced, up to the limit. */
      if (position < shown_before || position < shown_after)
        g_list_model_items_changed (G_LIST_MODEL (self), position, shown_before > position ? shown_before - position : 0,
                                    shown_after > position ? shown_after - position : 0);
      return;
    }
  /* GTK learns of the rows held back first, then of the change, as it concerns all of them. */
  if (self->limit != G_MAXUINT)
    kd_plan_view_model_show_all (self);
  if (removed < REPLACE_AT_LEAST || added < REPLACE_AT_LEAST)
    {
      splice (self, position, removed, added);
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }
  /* The new rows in front of the old ones; the grid moves to them and rebinds its row widgets;
   * then the old rows go, with no widget left to destroy. */
  fresh = source_rows (self, 0, g_list_model_get_n_items (self->source));
  g_ptr_array_extend (fresh, self->items, ref_row, NULL);
  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&fresh);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, self->items->len - n_old);
  g_signal_emit (self, signals[REPLACING], 0, FALSE);
  g_ptr_array_remove_range (self->items, self->items->len - n_old, n_old);
  g_list_model_items_changed (G_LIST_MODEL (self), self->items->len, n_old, 0);
  g_signal_emit (self, signals[REPLACING], 0, TRUE);
}

static void
kd_plan_view_model_dispose (GObject *object)
{
  KdPlanViewModel *self = KD_PLAN_VIEW_MODEL (object);

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_clear_object (&self->source);
  G_OBJECT_CLASS (kd_plan_view_model_parent_class)->dispose (object);
}

static void
kd_plan_view_model_finalize (GObject *object)
{
  g_ptr_array_unref (KD_PLAN_VIEW_MODEL (object)->items);
  G_OBJECT_CLASS (kd_plan_view_model_parent_class)->finalize (object);
}

static void
kd_plan_view_model_class_init (KdPlanViewModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kd_plan_view_model_dispose;
  object_class->finalize = kd_plan_view_model_finalize;

  /**
   * KdPlanViewModel::replacing:
   * @done: FALSE once the new rows are in front of the old ones (move the view to them now, and
   *   carry the selection over); TRUE once the old rows are gone
   *
   * A sort or a filter replaced the rows shown.
   */
  signals[REPLACING] = g_signal_new ("replacing", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                     G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
kd_plan_view_model_init (KdPlanViewModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->limit = G_MAXUINT;
  self->next_limit = G_MAXUINT;
}

/**
 * kd_plan_view_model_new:
 * @source: (transfer full): the sorted and filtered rows
 */
KdPlanViewModel *
kd_plan_view_model_new (GListModel *source)
{
  KdPlanViewModel *self;
  guint            n;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);
  self = g_object_new (KD_TYPE_PLAN_VIEW_MODEL, NULL);
  self->source = source;
  n = g_list_model_get_n_items (source);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->items, g_list_model_get_item (source, i));
  g_signal_connect_swapped (source, "items-changed", G_CALLBACK (source_items_changed_cb), self);
  return self;
}

/**
 * kd_plan_view_model_show_first:
 * @n: how many rows GTK gets
 *
 * The next change of the source (a new document's rows) reaches GTK as its first @n rows only, for
 * a first frame with the rows in view and not the ~205 row widgets GTK builds for a longer list.
 * The others follow with kd_plan_view_model_show_all(), or before any later change.
 */
void
kd_plan_view_model_show_first (KdPlanViewModel *self,
                               guint            n)
{
  g_return_if_fail (KD_IS_PLAN_VIEW_MODEL (self));
  self->next_limit = n;
}

void
kd_plan_view_model_show_all (KdPlanViewModel *self)
{
  guint shown;

  g_return_if_fail (KD_IS_PLAN_VIEW_MODEL (self));
  shown = MIN (self->items->len, self->limit);
  self->limit = G_MAXUINT;
  self->next_limit = G_MAXUINT;
  if (self->items->len > shown)
    g_list_model_items_changed (G_LIST_MODEL (self), shown, 0, self->items->len - shown);
}
