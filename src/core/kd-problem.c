/* kd-problem.c */
#include "config.h"

#include "kd-problem.h"

static void
problem_free (gpointer data)
{
  KdProblem *problem = data;

  g_free (problem->location);
  g_free (problem->message);
  g_free (problem);
}

KdProblemList *
kd_problem_list_new (void)
{
  KdProblemList *list = g_new0 (KdProblemList, 1);

  list->items = g_ptr_array_new_with_free_func (problem_free);
  return list;
}

void
kd_problem_list_free (KdProblemList *list)
{
  if (list == NULL)
    return;
  g_ptr_array_unref (list->items);
  g_free (list);
}

void
kd_problem_list_add (KdProblemList    *list,
                     KdProblemSeverity severity,
                     KdProblemFlags    flags,
                     const char       *location,
                     const char       *format,
                     ...)
{
  KdProblem *problem;
  va_list    args;

  if (list == NULL)
    return;
  problem = g_new0 (KdProblem, 1);
  problem->severity = severity;
  problem->flags = flags;
  problem->location = g_strdup (location != NULL ? location : "");
  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (list->items, problem);
}

void
kd_problem_list_extend (KdProblemList       *list,
                        const KdProblemList *other)
{
  for (guint i = 0; other != NULL && i < other->items->len; i++)
    {
      const KdProblem *p = g_ptr_array_index (other->items, i);

      kd_problem_list_add (list, p->severity, p->flags, p->location, "%s", p->message);
    }
}

/* Counts problems of @severity whose flags include @flags. */
guint
kd_problem_list_count (const KdProblemList *list,
                       KdProblemSeverity    severity,
                       KdProblemFlags       flags)
{
  guint n = 0;

  for (guint i = 0; list != NULL && i < list->items->len; i++)
    {
      const KdProblem *p = g_ptr_array_index (list->items, i);

      if (p->severity == severity && (p->flags & flags) == flags)
        n++;
    }
  return n;
}

char *
kd_problem_to_string (const KdProblem *problem)
{
  if (problem->location == NULL || *problem->location == '\0')
    return g_strdup (problem->message);
  return g_strdup_printf ("%s: %s", problem->location, problem->message);
}
