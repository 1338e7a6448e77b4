/* kd-problem.h — what validation and loading found, with where it is */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KD_PROBLEM_WARNING,
  KD_PROBLEM_ERROR,
} KdProblemSeverity;

typedef enum
{
  KD_PROBLEM_AFFECTS_NOTHING = 0,
  KD_PROBLEM_AFFECTS_LEVELS = 1 << 0, /* the evaluation cannot be trusted */
} KdProblemFlags;

typedef struct
{
  KdProblemSeverity severity;
  KdProblemFlags    flags;
  char             *location; /* "tiêu chí 3.2, chỉ báo 1a"; may be "" */
  char             *message;
} KdProblem;

struct _KdProblemList
{
  GPtrArray *items; /* of KdProblem */
};
typedef struct _KdProblemList KdProblemList;

KdProblemList *kd_problem_list_new (void);
void           kd_problem_list_free (KdProblemList *list);
void           kd_problem_list_add (KdProblemList    *list,
                                    KdProblemSeverity severity,
                                    KdProblemFlags    flags,
                                    const char       *location,
                                    const char       *format,
                                    ...) G_GNUC_PRINTF (5, 6);
void           kd_problem_list_extend (KdProblemList       *list,
                                       const KdProblemList *other);
guint          kd_problem_list_count (const KdProblemList *list,
                                      KdProblemSeverity    severity,
                                      KdProblemFlags       flags);
char          *kd_problem_to_string (const KdProblem *problem);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KdProblemList, kd_problem_list_free)

G_END_DECLS
