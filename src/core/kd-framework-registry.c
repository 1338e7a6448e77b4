/* kd-framework-registry.c */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-error.h"
#include "kd-framework-registry.h"
#include "kd-resources.h"
#include "kd-text.h"

#define RESOURCE_DIR "/vn/kiemdinh/core/frameworks"

struct _KdFrameworkRegistry
{
  GObject parent_instance;

  /* A built-in catalogue is parsed when first looked up: a process opening one document (the
   * CLI, a double-click) reads one catalogue, not six (two thirds of a short export's time). */
  KdFramework *builtins[6];   /* in builtin_ids order; NULL until parsed */
  guint        builtin_tried; /* bit i: builtin_ids[i] was looked for */
  GPtrArray   *user;          /* of KdFramework, from the user's folder */
  GPtrArray   *frameworks;    /* of KdFramework: built-ins in catalogue order, then the user's */
  GPtrArray   *problems;      /* of KdCatalogueProblem */
};

G_DEFINE_FINAL_TYPE (KdFrameworkRegistry, kd_framework_registry, G_TYPE_OBJECT)

/* Built-in order: what a user expects to see listed — current framework first. */
static const char *const builtin_ids[] = {
  "tt57-2026-pt",
  "tt57-2026-mn",
  "tt57-2026-gdtx",
  "tt18-2018",
  "tt17-2018",
  "tt19-2018",
};

G_STATIC_ASSERT (G_N_ELEMENTS (builtin_ids) == G_N_ELEMENTS (((KdFrameworkRegistry *)NULL)->builtins));

static void
catalogue_problem_free (gpointer data)
{
  KdCatalogueProblem *problem = data;

  g_free (problem->source);
  g_free (problem->message);
  g_free (problem);
}

static void
kd_framework_registry_finalize (GObject *object)
{
  KdFrameworkRegistry *self = KD_FRAMEWORK_REGISTRY (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->builtins); i++)
    g_clear_object (&self->builtins[i]);
  g_clear_pointer (&self->user, g_ptr_array_unref);
  g_clear_pointer (&self->frameworks, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  G_OBJECT_CLASS (kd_framework_registry_parent_class)->finalize (object);
}

static void
kd_framework_registry_class_init (KdFrameworkRegistryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kd_framework_registry_finalize;
}

static void
kd_framework_registry_init (KdFrameworkRegistry *self)
{
  self->user = g_ptr_array_new_with_free_func (g_object_unref);
  self->frameworks = g_ptr_array_new_with_free_func (g_object_unref);
  self->problems = g_ptr_array_new_with_free_func (catalogue_problem_free);
}

static void
add_problem (KdFrameworkRegistry *self,
             const char          *source,
             const char          *message)
{
  KdCatalogueProblem *problem = g_new0 (KdCatalogueProblem, 1);

  problem->source = g_strdup (source);
  problem->message = g_strdup (message);
  g_ptr_array_add (self->problems, problem);
}

static int
builtin_index (const char *id)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (builtin_ids); i++)
    if (g_str_equal (builtin_ids[i], id))
      return (int)i;
  return -1;
}

static KdFramework *
load_builtin (KdFrameworkRegistry *self,
              guint                index)
{
  static gsize     registered;
  g_autofree char *path = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  const char *data;
  gsize       length;

  if (self->builtin_tried & (1u << index))
    return self->builtins[index];
  self->builtin_tried |= 1u << index;

  /* Registered by core itself so that the CLI and tests get the catalogues without GTK. */
  if (g_once_init_enter (&registered))
    {
      kd_core_register_resource ();
      g_once_init_leave (&registered, 1);
    }

  path = g_strdup_printf (RESOURCE_DIR "/%s.json", builtin_ids[index]);
  bytes = g_resources_lookup_data (path, 0, NULL);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  self->builtins[index] = kd_framework_new_from_data (data, length, path, &error);
  if (self->builtins[index] == NULL)
    add_problem (self, path, error->message);
  return self->builtins[index];
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **)a, *(const char **)b);
}

static void
load_user_dir (KdFrameworkRegistry *self,
               const char          *dir_path)
{
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      g_autofree char *contents = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (KdFramework) framework = NULL;
      gsize length;

      if (!g_file_get_contents (path, &contents, &length, &error))
        {
          add_problem (self, path, error->message);
          continue;
        }
      framework = kd_framework_new_from_data (contents, length, g_ptr_array_index (names, i), &error);
      if (framework == NULL)
        {
          add_problem (self, path, error->message);
          continue;
        }
      if (builtin_index (kd_framework_get_id (framework)) >= 0 ||
          kd_framework_registry_lookup (self, kd_framework_get_id (framework)) != NULL)
        {
          g_autofree char *message =
              g_strdup_printf (_ ("The framework catalogue “%s” was skipped: a framework with the id “%s” is already installed."),
                               (char *)g_ptr_array_index (names, i), kd_framework_get_id (framework));
          add_problem (self, path, message);
          continue;
        }
      g_ptr_array_add (self->user, g_steal_pointer (&framework));
    }
}

/**
 * kd_framework_registry_new:
 * @user_dir: (nullable): folder of extra catalogues; NULL for none
 */
KdFrameworkRegistry *
kd_framework_registry_new (const char *user_dir)
{
  KdFrameworkRegistry *self = g_object_new (KD_TYPE_FRAMEWORK_REGISTRY, NULL);

  if (user_dir != NULL)
    load_user_dir (self, user_dir);
  return self;
}

/* The process-wide registry: built-ins plus $XDG_DATA_HOME/kiemdinh/frameworks. */
KdFrameworkRegistry *
kd_framework_registry_get_default (void)
{
  static KdFrameworkRegistry *registry;

  if (g_once_init_enter (&registry))
    {
      g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "kiemdinh", "frameworks", NULL);

      g_once_init_leave (&registry, kd_framework_registry_new (dir));
    }
  return registry;
}

KdFramework *
kd_framework_registry_lookup (KdFrameworkRegistry *self,
                              const char          *id)
{
  int index = builtin_index (id);

  g_return_val_if_fail (KD_IS_FRAMEWORK_REGISTRY (self), NULL);
  if (index >= 0)
    return load_builtin (self, index);
  for (guint i = 0; id != NULL && i < self->user->len; i++)
    {
      KdFramework *framework = g_ptr_array_index (self->user, i);

      if (g_str_equal (kd_framework_get_id (framework), id))
        return framework;
    }
  return NULL;
}

GPtrArray *
kd_framework_registry_list (KdFrameworkRegistry *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK_REGISTRY (self), NULL);
  if (self->frameworks->len == 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (builtin_ids); i++)
        if (load_builtin (self, i) != NULL)
          g_ptr_array_add (self->frameworks, g_object_ref (self->builtins[i]));
      for (guint i = 0; i < self->user->len; i++)
        g_ptr_array_add (self->frameworks, g_object_ref (g_ptr_array_index (self->user, i)));
    }
  return self->frameworks;
}

GPtrArray *
kd_framework_registry_get_problems (KdFrameworkRegistry *self)
{
  g_return_val_if_fail (KD_IS_FRAMEWORK_REGISTRY (self), NULL);
  return self->problems;
}

static gboolean
year_in_range (KdFramework *framework,
               guint        year)
{
  const char *first = kd_framework_get_first_year (framework);
  const char *last = kd_framework_get_last_year (framework);
  guint       from = 0, to = G_MAXUINT;

  if (first != NULL)
    kd_school_year_parse (first, &from);
  if (last != NULL)
    kd_school_year_parse (last, &to);
  return year >= from && year <= to;
}

/**
 * kd_framework_registry_propose:
 * @explanation: (out) (optional): why, in a sentence for the user
 *
 * The framework a school of @school_type uses for @school_year: TT 57/2026 from 2026-2027,
 * the matching 2018 circular before.  NULL when none fits.
 */
KdFramework *
kd_framework_registry_propose (KdFrameworkRegistry *self,
                               const char          *school_type,
                               const char          *school_year,
                               char               **explanation)
{
  guint      year = 0;
  GPtrArray *frameworks;

  g_return_val_if_fail (KD_IS_FRAMEWORK_REGISTRY (self), NULL);

  if (explanation != NULL)
    *explanation = NULL;
  if (!kd_school_year_parse (school_year, &year))
    {
      if (explanation != NULL)
        *explanation = g_strdup (_ ("Type the school year as 2026-2027 to get a proposal."));
      return NULL;
    }

  frameworks = kd_framework_registry_list (self);
  for (guint i = 0; i < frameworks->len; i++)
    {
      KdFramework *framework = g_ptr_array_index (frameworks, i);

      if (!kd_framework_has_school_type (framework, school_type) || !year_in_range (framework, year))
        continue;
      if (explanation != NULL)
        {
          if (kd_framework_get_first_year (framework) != NULL)
            *explanation = g_strdup_printf (_ ("From the school year %s, schools of this type assess themselves by %s."),
                                            kd_framework_get_first_year (framework),
                                            kd_framework_get_short_title (framework));
          else
            *explanation = g_strdup_printf (_ ("Until the school year %s, schools of this type assessed themselves by %s."),
                                            kd_framework_get_last_year (framework),
                                            kd_framework_get_short_title (framework));
        }
      return framework;
    }
  if (explanation != NULL)
    *explanation = g_strdup (_ ("No installed framework covers this school type and year; choose one yourself."));
  return NULL;
}

/* The school types of the regulations, as the documents write them. */
const char *const *
kd_school_types (void)
{
  static const char *const types[] = { "MN", "TH", "THCS", "THPT", "PTNCH", "GDTX", NULL };

  return types;
}

const char *
kd_school_type_describe (const char *type)
{
  if (type == NULL)
    return "";
  if (g_str_equal (type, "MN"))
    return _ ("Preschool (mầm non)");
  if (g_str_equal (type, "TH"))
    return _ ("Primary school (tiểu học)");
  if (g_str_equal (type, "THCS"))
    return _ ("Lower secondary school (THCS)");
  if (g_str_equal (type, "THPT"))
    return _ ("Upper secondary school (THPT)");
  if (g_str_equal (type, "PTNCH"))
    return _ ("Multi-level school (phổ thông nhiều cấp học)");
  if (g_str_equal (type, "GDTX"))
    return _ ("Continuing education centre (GDTX)");
  return type;
}
