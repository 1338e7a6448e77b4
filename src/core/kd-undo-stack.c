/* kd-undo-stack.c */
#include "config.h"

#include "kd-undo-stack.h"

/* Enough for a day's work; the oldest steps go first. */
#define MAX_STEPS 1000

typedef struct
{
  KdUndoApply    apply;
  gpointer       data;
  GDestroyNotify destroy;
} Action;

typedef struct
{
  guint   serial;
  char   *label;
  GArray *actions; /* of Action */
} Step;

struct _KdUndoStack
{
  GObject parent_instance;

  GPtrArray *undo;  /* of Step, oldest first */
  GPtrArray *redo;  /* of Step, next to redo last */
  Step      *group; /* collecting actions, or NULL */
  guint      group_depth;
  guint      next_serial;
  guint      clean_serial; /* serial of the top undo step when last saved; 0 = empty stack */
  gboolean   clean_lost;   /* the saved state fell off the bottom of the stack */
  gboolean   applying;
};

G_DEFINE_FINAL_TYPE (KdUndoStack, kd_undo_stack, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_CLEAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
action_clear (gpointer data)
{
  Action *action = data;

  if (action->destroy != NULL)
    action->destroy (action->data);
}

static Step *
step_new (const char *label,
          guint       serial)
{
  Step *step = g_new0 (Step, 1);

  step->serial = serial;
  step->label = g_strdup (label);
  step->actions = g_array_new (FALSE, TRUE, sizeof (Action));
  g_array_set_clear_func (step->actions, action_clear);
  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_free (step->label);
  g_array_unref (step->actions);
  g_free (step);
}

static guint
top_serial (KdUndoStack *self)
{
  return self->undo->len > 0 ? ((Step *)g_ptr_array_index (self->undo, self->undo->len - 1))->serial : 0;
}

static void
notify_state (KdUndoStack *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLEAN]);
}

static void
kd_undo_stack_finalize (GObject *object)
{
  KdUndoStack *self = KD_UNDO_STACK (object);

  g_clear_pointer (&self->group, step_free);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  G_OBJECT_CLASS (kd_undo_stack_parent_class)->finalize (object);
}

static void
kd_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KdUndoStack *self = KD_UNDO_STACK (object);

  switch (prop_id)
    {
      case PROP_CAN_UNDO:
        g_value_set_boolean (value, kd_undo_stack_can_undo (self));
        break;
      case PROP_CAN_REDO:
        g_value_set_boolean (value, kd_undo_stack_can_redo (self));
        break;
      case PROP_CLEAN:
        g_value_set_boolean (value, kd_undo_stack_is_clean (self));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kd_undo_stack_class_init (KdUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kd_undo_stack_finalize;
  object_class->get_property = kd_undo_stack_get_property;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLEAN] = g_param_spec_boolean ("clean", NULL, NULL, TRUE,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kd_undo_stack_init (KdUndoStack *self)
{
  self->undo = g_ptr_array_new_with_free_func (step_free);
  self->redo = g_ptr_array_new_with_free_func (step_free);
  self->next_serial = 1;
}

KdUndoStack *
kd_undo_stack_new (void)
{
  return g_object_new (KD_TYPE_UNDO_STACK, NULL);
}

static void
commit_step (KdUndoStack *self,
             Step        *step)
{
  if (step->actions->len == 0)
    {
      step_free (step);
      return;
    }
  g_ptr_array_add (self->undo, step);
  g_ptr_array_set_size (self->redo, 0);
  if (self->undo->len > MAX_STEPS)
    {
      /* The state after the dropped step becomes the bottom of the stack (serial 0); the
       * state before it can no longer be reached. */
      guint dropped = ((Step *)g_ptr_array_index (self->undo, 0))->serial;

      if (self->clean_serial == dropped)
        self->clean_serial = 0;
      else if (self->clean_serial == 0)
        self->clean_lost = TRUE;
      g_ptr_array_remove_index (self->undo, 0);
    }
  notify_state (self);
}

/* Records an action that has already been applied; @apply (data, TRUE) reverts it. */
void
kd_undo_stack_push (KdUndoStack   *self,
                    const char    *label,
                    KdUndoApply    apply,
                    gpointer       data,
                    GDestroyNotify destroy)
{
  Action action = { apply, data, destroy };

  g_return_if_fail (KD_IS_UNDO_STACK (self));
  g_return_if_fail (!self->applying);

  if (self->group != NULL)
    {
      g_array_append_val (self->group->actions, action);
      return;
    }
  {
    Step *step = step_new (label, self->next_serial++);

    g_array_append_val (step->actions, action);
    commit_step (self, step);
  }
}

void
kd_undo_stack_begin_group (KdUndoStack *self,
                           const char  *label)
{
  g_return_if_fail (KD_IS_UNDO_STACK (self));

  if (self->group_depth++ == 0)
    self->group = step_new (label, self->next_serial++);
}

void
kd_undo_stack_end_group (KdUndoStack *self)
{
  g_return_if_fail (KD_IS_UNDO_STACK (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth == 0)
    commit_step (self, g_steal_pointer (&self->group));
}

static void
apply_step (KdUndoStack *self,
            Step        *step,
            gboolean     undo)
{
  self->applying = TRUE;
  if (undo)
    for (guint i = step->actions->len; i > 0; i--)
      {
        Action *action = &g_array_index (step->actions, Action, i - 1);
        action->apply (action->data, TRUE);
      }
  else
    for (guint i = 0; i < step->actions->len; i++)
      {
        Action *action = &g_array_index (step->actions, Action, i);
        action->apply (action->data, FALSE);
      }
  self->applying = FALSE;
}

gboolean
kd_undo_stack_undo (KdUndoStack *self)
{
  Step *step;

  g_return_val_if_fail (KD_IS_UNDO_STACK (self), FALSE);
  if (!kd_undo_stack_can_undo (self))
    return FALSE;
  step = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  apply_step (self, step, TRUE);
  g_ptr_array_add (self->redo, step);
  notify_state (self);
  return TRUE;
}

gboolean
kd_undo_stack_redo (KdUndoStack *self)
{
  Step *step;

  g_return_val_if_fail (KD_IS_UNDO_STACK (self), FALSE);
  if (!kd_undo_stack_can_redo (self))
    return FALSE;
  step = g_ptr_array_steal_index (self->redo, self->redo->len - 1);
  apply_step (self, step, FALSE);
  g_ptr_array_add (self->undo, step);
  notify_state (self);
  return TRUE;
}

gboolean
kd_undo_stack_can_undo (KdUndoStack *self)
{
  g_return_val_if_fail (KD_IS_UNDO_STACK (self), FALSE);
  return self->undo->len > 0 && self->group == NULL;
}

gboolean
kd_undo_stack_can_redo (KdUndoStack *self)
{
  g_return_val_if_fail (KD_IS_UNDO_STACK (self), FALSE);
  return self->redo->len > 0 && self->group == NULL;
}

const char *
kd_undo_stack_get_undo_label (KdUndoStack *self)
{
  g_return_val_if_fail (KD_IS_UNDO_STACK (self), NULL);
  return self->undo->len > 0 ? ((Step *)g_ptr_array_index (self->undo, self->undo->len - 1))->label : NULL;
}

const char *
kd_undo_stack_get_redo_label (KdUndoStack *self)
{
  g_return_val_if_fail (KD_IS_UNDO_STACK (self), NULL);
  return self->redo->len > 0 ? ((Step *)g_ptr_array_index (self->redo, self->redo->len - 1))->label : NULL;
}

gboolean
kd_undo_stack_is_applying (KdUndoStack *self)
{
  g_return_val_if_fail (KD_IS_UNDO_STACK (self), FALSE);
  return self->applying;
}

void
kd_undo_stack_mark_clean (KdUndoStack *self)
{
  g_return_if_fail (KD_IS_UNDO_STACK (self));
  self->clean_serial = top_serial (self);
  self->clean_lost = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLEAN]);
}

gboolean
kd_undo_stack_is_clean (KdUndoStack *self)
{
  g_return_val_if_fail (KD_IS_UNDO_STACK (self), TRUE);
  return !self->clean_lost && self->group == NULL && top_serial (self) == self->clean_serial;
}

void
kd_undo_stack_clear (KdUndoStack *self)
{
  g_return_if_fail (KD_IS_UNDO_STACK (self));
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->clean_serial = 0;
  self->clean_lost = FALSE;
  notify_state (self);
}

/* The document differs from what is on disk although no step says so (a merge made it). */
void
kd_undo_stack_mark_dirty (KdUndoStack *self)
{
  g_return_if_fail (KD_IS_UNDO_STACK (self));
  self->clean_lost = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLEAN]);
}
