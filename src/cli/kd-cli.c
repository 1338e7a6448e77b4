/* kd-cli.c — kiemdinh-cli: the command line over core (docs/CLI.md)
 *
 * Exit codes: 0 success, 1 the document or the work failed, 2 the command line was wrong.
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kd-cli-output.h"
#include "kd-document.h"
#include "kd-error.h"
#include "kd-export.h"
#include "kd-i18n.h"
#include "kd-rules.h"
#include "kd-merge.h"
#include "kd-package.h"
#include "kd-text.h"

enum
{
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
  EXIT_CONFLICTS = 3,
};

typedef struct
{
  const char *name;
  int (*run) (int    argc,
              char **argv);
  const char *usage;   /* the arguments */
  const char *summary; /* N_() */
} Command;

static int usage_error (const char *format, ...) G_GNUC_PRINTF (1, 2);

static int
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("kiemdinh-cli: %s\n", message);
  g_printerr (_ ("Run “kiemdinh-cli --help” to see how to use it.\n"));
  return EXIT_USAGE;
}

static int
fail (const GError *error)
{
  g_printerr ("kiemdinh-cli: %s\n", error->message);
  return EXIT_FAILED;
}

/* Splits the arguments of a command into flags and positional words.  @flags lists the
 * options that take a value ("-o", "--school"…); @switches those that do not ("--json"). */
typedef struct
{
  GHashTable *values;
  GPtrArray  *words;
} Args;

static void
args_clear (Args *args)
{
  g_clear_pointer (&args->values, g_hash_table_unref);
  g_clear_pointer (&args->words, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Args, args_clear)

static gboolean
parse_args (int                argc,
            char             **argv,
            const char *const *flags,
            const char *const *switches,
            Args              *args,
            int               *status)
{
  args->values = g_hash_table_new (g_str_hash, g_str_equal);
  args->words = g_ptr_array_new ();

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (g_strv_contains (switches, arg))
        g_hash_table_insert (args->values, (gpointer)arg, (gpointer) "1");
      else if (g_strv_contains (flags, arg))
        {
          if (i + 1 >= argc)
            {
              *status = usage_error (_ ("the option %s needs a value"), arg);
              return FALSE;
            }
          g_hash_table_insert (args->values, (gpointer)arg, argv[++i]);
        }
      else if (arg[0] == '-' && arg[1] != '\0')
        {
          *status = usage_error (_ ("unknown option %s"), arg);
          return FALSE;
        }
      else
        g_ptr_array_add (args->words, (gpointer)arg);
    }
  return TRUE;
}

static const char *
arg_value (Args       *args,
           const char *name)
{
  return g_hash_table_lookup (args->values, name);
}

static void
print_registry_problems (KdFrameworkRegistry *registry)
{
  GPtrArray *problems = kd_framework_registry_get_problems (registry);

  for (guint i = 0; i < problems->len; i++)
    {
      KdCatalogueProblem *problem = g_ptr_array_index (problems, i);

      g_printerr (_ ("Warning: %s\n"), problem->message);
    }
}

static KdDocument *
open_document (const char *path,
               GError    **error)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
  KdFrameworkRegistry *registry = kd_framework_registry_get_default ();

  print_registry_problems (registry);
  return kd_document_load_from_file (registry, file, error);
}

/* Levels computed from indicators that could not be read would be wrong: prints the problems
 * that make them so and returns FALSE. */
static gboolean
levels_readable (KdDocument *document,
                 const char *path)
{
  const KdProblemList *problems = kd_document_get_load_problems (document);
  gboolean             readable = TRUE;

  for (guint i = 0; i < problems->items->len; i++)
    {
      const KdProblem *problem = g_ptr_array_index (problems->items, i);
      g_autofree char *text = kd_problem_to_string (problem);

      if (problem->severity == KD_PROBLEM_ERROR && (problem->flags & KD_PROBLEM_AFFECTS_LEVELS))
        {
          g_printerr (_ ("%s: error: %s\n"), path, text);
          readable = FALSE;
        }
    }
  return readable;
}

/* ---- commands ----------------------------------------------------------------------- */

static int
run_frameworks (int    argc,
                char **argv)
{
  static const char *const flags[] = { NULL };
  static const char *const switches[] = { "--json", NULL };
  g_auto (Args) args = { 0 };
  KdFrameworkRegistry *registry;
  GPtrArray           *frameworks;
  int                  status = EXIT_OK;

  if (!parse_args (argc, argv, flags, switches, &args, &status))
    return status;
  if (args.words->len > 0)
    return usage_error (_ ("“frameworks” takes no file or id"));

  registry = kd_framework_registry_get_default ();
  print_registry_problems (registry);
  if (arg_value (&args, "--json") != NULL)
    {
      g_autoptr (JsonNode) node = kd_cli_framework_list_to_json (registry);
      g_autofree char *text = kd_cli_json_to_string (node);

      g_print ("%s\n", text);
      return EXIT_OK;
    }
  frameworks = kd_framework_registry_list (registry);
  for (guint i = 0; i < frameworks->len; i++)
    {
      KdFramework *framework = g_ptr_array_index (frameworks, i);

      g_print ("%-16s %s — %s\n", kd_framework_get_id (framework),
               kd_framework_get_short_title (framework), kd_framework_get_title (framework));
    }
  return EXIT_OK;
}

static int
run_framework (int    argc,
               char **argv)
{
  static const char *const flags[] = { NULL };
  static const char *const switches[] = { "--json", NULL };
  g_auto (Args) args = { 0 };
  KdFrameworkRegistry *registry;
  KdFramework         *framework;
  int                  status = EXIT_OK;

  if (!parse_args (argc, argv, flags, switches, &args, &status))
    return status;
  if (args.words->len != 1)
    return usage_error (_ ("give one framework id, for example tt18-2018"));

  registry = kd_framework_registry_get_default ();
  print_registry_problems (registry);
  framework = kd_framework_registry_lookup (registry, g_ptr_array_index (args.words, 0));
  if (framework == NULL)
    {
      g_printerr (_ ("kiemdinh-cli: there is no framework “%s”. Run “kiemdinh-cli frameworks” to list them.\n"),
                  (char *)g_ptr_array_index (args.words, 0));
      return EXIT_FAILED;
    }
  if (arg_value (&args, "--json") != NULL)
    {
      g_autoptr (JsonNode) node = kd_cli_framework_to_json (framework);
      g_autofree char *text = kd_cli_json_to_string (node);

      g_print ("%s\n", text);
    }
  else
    kd_cli_print_framework (framework);
  return EXIT_OK;
}

static int
run_new (int    argc,
         char **argv)
{
  static const char *const flags[] = { "--framework", "--school", "--type", "--year", "-o", "--output", NULL };
  static const char *const switches[] = { "--force", NULL };
  g_auto (Args) args = { 0 };
  g_autoptr (KdDocument) document = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  KdFrameworkRegistry *registry;
  KdFramework         *framework;
  const char          *id, *school, *type, *year, *output;
  int                  status = EXIT_OK;

  if (!parse_args (argc, argv, flags, switches, &args, &status))
    return status;
  id = arg_value (&args, "--framework");
  school = arg_value (&args, "--school");
  type = arg_value (&args, "--type");
  year = arg_value (&args, "--year");
  output = arg_value (&args, "-o") != NULL ? arg_value (&args, "-o") : arg_value (&args, "--output");
  if (args.words->len > 0)
    return usage_error (_ ("unexpected argument “%s”"), (char *)g_ptr_array_index (args.words, 0));
  if (id == NULL || school == NULL || type == NULL || output == NULL)
    return usage_error (_ ("“new” needs --framework, --school, --type and -o"));
  if (!g_strv_contains (kd_school_types (), type))
    return usage_error (_ ("“%s” is not a school type (use MN, TH, THCS, THPT, PTNCH or GDTX)"), type);
  if (year != NULL && !kd_school_year_parse (year, NULL))
    return usage_error (_ ("“%s” is not a school year (write it as 2026-2027)"), year);
  if (kd_text_is_blank (school))
    return usage_error (_ ("the school name is empty"));

  registry = kd_framework_registry_get_default ();
  print_registry_problems (registry);
  framework = kd_framework_registry_lookup (registry, id);
  if (framework == NULL)
    {
      g_printerr (_ ("kiemdinh-cli: there is no framework “%s”. Run “kiemdinh-cli frameworks” to list them.\n"), id);
      return EXIT_FAILED;
    }
  if (!kd_framework_has_school_type (framework, type))
    g_printerr (_ ("Warning: %s does not apply to schools of type %s.\n"), kd_framework_get_short_title (framework), type);

  file = g_file_new_for_commandline_arg (output);
  if (g_file_query_exists (file, NULL) && arg_value (&args, "--force") == NULL)
    {
      g_printerr (_ ("kiemdinh-cli: “%s” already exists; it was not changed. Choose another name or add --force to replace it.\n"),
                  output);
      return EXIT_FAILED;
    }

  document = kd_document_new (framework);
  g_object_set (kd_document_get_school (document), "name", school, "type", type, NULL);
  if (year != NULL)
    g_object_set (kd_document_get_cycle (document), "school-year", year, NULL);
  if (!kd_document_save_to_file (document, file, &error))
    return fail (error);
  return EXIT_OK;
}

static int
run_validate (int    argc,
              char **argv)
{
  static const char *const flags[] = { NULL };
  static const char *const switches[] = { NULL };
  g_auto (Args) args = { 0 };
  g_autoptr (KdDocument) document = NULL;
  g_autoptr (KdProblemList) problems = NULL;
  g_autoptr (GError) error = NULL;
  const char *path;
  guint       errors, warnings;
  int         status = EXIT_OK;

  if (!parse_args (argc, argv, flags, switches, &args, &status))
    return status;
  if (args.words->len != 1)
    return usage_error (_ ("give one document to check"));
  path = g_ptr_array_index (args.words, 0);

  document = open_document (path, &error);
  if (document == NULL)
    return fail (error);

  problems = kd_document_validate (document);
  for (guint i = 0; i < problems->items->len; i++)
    {
      const KdProblem *problem = g_ptr_array_index (problems->items, i);
      g_autofree char *text = kd_problem_to_string (problem);

      if (problem->severity == KD_PROBLEM_ERROR)
        g_printerr (_ ("%s: error: %s\n"), path, text);
      else
        g_printerr (_ ("%s: warning: %s\n"), path, text);
    }
  errors = kd_problem_list_count (problems, KD_PROBLEM_ERROR, 0);
  warnings = kd_problem_list_count (problems, KD_PROBLEM_WARNING, 0);
  if (errors > 0)
    {
      g_print (_ ("%s is not valid: %u errors, %u warnings.\n"), path, errors, warnings);
      return EXIT_FAILED;
    }
  g_print (_ ("%s is valid (%u warnings).\n"), path, warnings);
  return EXIT_OK;
}

static int
run_evaluate (int    argc,
              char **argv)
{
  static const char *const flags[] = { NULL };
  static const char *const switches[] = { "--json", NULL };
  g_auto (Args) args = { 0 };
  g_autoptr (KdDocument) document = NULL;
  g_autoptr (KdEvaluation) evaluation = NULL;
  g_autoptr (GError) error = NULL;
  const char *path;
  int         status = EXIT_OK;

  if (!parse_args (argc, argv, flags, switches, &args, &status))
    return status;
  if (args.words->len != 1)
    return usage_error (_ ("give one document to evaluate"));
  path = g_ptr_array_index (args.words, 0);

  document = open_document (path, &error);
  if (document == NULL)
    return fail (error);

  if (!levels_readable (document, path))
    {
      g_printerr (_ ("kiemdinh-cli: %s cannot be evaluated until these errors are corrected.\n"), path);
      return EXIT_FAILED;
    }

  evaluation = kd_evaluate (document);
  if (arg_value (&args, "--json") != NULL)
    {
      g_autoptr (JsonNode) node = kd_cli_evaluation_to_json (evaluation, document);
      g_autofree char *text = kd_cli_json_to_string (node);

      g_print ("%s\n", text);
    }
  else
    kd_cli_print_evaluation (evaluation, document);
  return EXIT_OK;
}

static void
print_conflict (const KdConflict *conflict)
{
  g_autofree char *base = kd_conflict_describe_value (conflict->base);
  g_autofree char *ours = kd_conflict_describe_value (conflict->ours);
  g_autofree char *theirs = kd_conflict_describe_value (conflict->theirs);

  g_print ("  - %s (%s; %s)\n", conflict->location, kd_conflict_kind_describe (conflict->kind), conflict->source);
  g_print (_ ("      before: %s\n      this document: %s\n      the other version: %s\n"), base, ours, theirs);
}

static int
run_merge (int    argc,
           char **argv)
{
  static const char *const flags[] = { "-o", "--output", "--base", "--author", NULL };
  static const char *const switches[] = { NULL };
  g_auto (Args) args = { 0 };
  g_autoptr (KdDocument) ours = NULL;
  g_autoptr (KdDocument) ancestor = NULL;
  g_autoptr (GFile) out = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) remaining = NULL;
  const char *output, *base_path;
  guint       applied = 0;
  int         status = EXIT_OK;

  if (!parse_args (argc, argv, flags, switches, &args, &status))
    return status;
  output = arg_value (&args, "-o") != NULL ? arg_value (&args, "-o") : arg_value (&args, "--output");
  if (args.words->len < 2 || output == NULL)
    return usage_error (_ ("“merge” needs the document, at least one other version and -o"));

  ours = open_document (g_ptr_array_index (args.words, 0), &error);
  if (ours == NULL)
    return fail (error);
  if (arg_value (&args, "--author") != NULL)
    kd_document_set_author (ours, arg_value (&args, "--author"), NULL);
  base_path = arg_value (&args, "--base");
  if (base_path != NULL && (ancestor = open_document (base_path, &error)) == NULL)
    return fail (error);

  for (guint i = 1; i < args.words->len; i++)
    {
      const char *path = g_ptr_array_index (args.words, i);
      g_autoptr (KdDocument) theirs = open_document (path, &error);
      g_autoptr (KdMergeResult) result = NULL;
      g_autofree char *name = g_path_get_basename (path);
      KdDocument      *merged;

      if (theirs == NULL)
        return fail (error);
      if (kd_document_is_package (theirs))
        result = kd_merge_package (ours, theirs, name, &error);
      else if (ancestor != NULL)
        {
          KdMergeOptions options = { name, NULL };

          result = kd_merge_documents (ours, ancestor, theirs, &options, &error);
        }
      else
        {
          g_printerr (_ ("kiemdinh-cli: %s is not a work package; give the version both documents come from with --base.\n"), path);
          return EXIT_FAILED;
        }
      if (result == NULL)
        return fail (error);
      merged = kd_merge_result_to_document (result, kd_framework_registry_get_default (), &error);
      if (merged == NULL)
        return fail (error);
      applied += kd_merge_result_get_applied (result)->len;
      g_print (_ ("%s: %u changes taken, %u conflicts.\n"), name, kd_merge_result_get_applied (result)->len,
               kd_merge_result_get_conflicts (result)->len);
      kd_document_set_author (merged, kd_document_get_author_name (ours), NULL);
      g_set_object (&ours, merged);
      g_object_unref (merged);
    }

  out = g_file_new_for_commandline_arg (output);
  if (!kd_document_save_to_file (ours, out, &error))
    return fail (error);

  remaining = kd_document_list_conflicts (ours);
  if (remaining->len == 0)
    {
      g_print (_ ("Merged into %s: %u changes, no conflict.\n"), output, applied);
      return EXIT_OK;
    }
  g_print (_ ("Merged into %s: %u changes; %u conflicts are left for the council's secretary to decide in Kiểm Định:\n"),
           output, applied, remaining->len);
  for (guint i = 0; i < remaining->len; i++)
    print_conflict (g_ptr_array_index (remaining, i));
  return EXIT_CONFLICTS;
}

static int
run_package (int    argc,
             char **argv)
{
  static const char *const flags[] = { "--for", "-o", "--output", NULL };
  static const char *const switches[] = { "--force", NULL };
  g_auto (Args) args = { 0 };
  g_autoptr (KdDocument) document = NULL;
  g_autoptr (GFile) out = NULL;
  g_autoptr (GError) error = NULL;
  const char *output, *who, *owner;
  int         status = EXIT_OK;

  if (!parse_args (argc, argv, flags, switches, &args, &status))
    return status;
  output = arg_value (&args, "-o") != NULL ? arg_value (&args, "-o") : arg_value (&args, "--output");
  who = arg_value (&args, "--for");
  if (args.words->len != 1 || output == NULL || who == NULL)
    return usage_error (_ ("“package” needs the document, --for GROUP and -o"));

  document = open_document (g_ptr_array_index (args.words, 0), &error);
  if (document == NULL)
    return fail (error);
  /* A document from an older version has no id yet: store one, or packages could not be
   * matched to it when they come back. */
  if (!kd_document_is_saved (document))
    {
      g_autoptr (GFile) source = g_file_new_for_commandline_arg (g_ptr_array_index (args.words, 0));

      if (!kd_document_save_to_file (document, source, &error))
        return fail (error);
      g_printerr (_ ("Note: %s now carries its document id, so that packages can be merged back into it.\n"),
                  (char *)g_ptr_array_index (args.words, 0));
    }
  owner = kd_package_find_owner (document, who);
  if (owner == NULL)
    {
      g_printerr (_ ("kiemdinh-cli: the council has no group or member “%s”.\n"), who);
      return EXIT_FAILED;
    }
  out = g_file_new_for_commandline_arg (output);
  if (g_file_query_exists (out, NULL) && arg_value (&args, "--force") == NULL)
    {
      g_printerr (_ ("kiemdinh-cli: “%s” already exists; it was not changed. Choose another name or add --force to replace it.\n"),
                  output);
      return EXIT_FAILED;
    }
  if (!kd_package_write (document, owner, out, &error))
    return fail (error);
  return EXIT_OK;
}

static int
run_export (int    argc,
            char **argv)
{
  static const char *const flags[] = { "-o", "--output", "--plan-layout", NULL };
  static const char *const switches[] = { NULL };
  g_auto (Args) args = { 0 };
  g_autoptr (KdDocument) document = NULL;
  g_autoptr (GFile) out = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *out_path = NULL;
  KdExportOptions  options = { KD_EXPORT_PLAN_AUTO };
  const char      *path, *output, *layout;
  int              status = EXIT_OK;

  if (!parse_args (argc, argv, flags, switches, &args, &status))
    return status;
  output = arg_value (&args, "-o") != NULL ? arg_value (&args, "-o") : arg_value (&args, "--output");
  layout = arg_value (&args, "--plan-layout");
  if (args.words->len != 1 || output == NULL)
    return usage_error (_ ("“export” needs the document and -o OUT.xlsx"));
  if (layout != NULL && !kd_export_plan_layout_from_string (layout, &options.plan_layout))
    return usage_error (_ ("“%s” is not a plan layout (use 5932 or bieu2)"), layout);
  path = g_ptr_array_index (args.words, 0);

  document = open_document (path, &error);
  if (document == NULL)
    return fail (error);
  if (!levels_readable (document, path))
    {
      g_printerr (_ ("kiemdinh-cli: %s cannot be exported until these errors are corrected.\n"), path);
      return EXIT_FAILED;
    }
  out = g_file_new_for_commandline_arg (output);
  out_path = g_file_get_path (out);
  if (out_path == NULL)
    {
      g_printerr (_ ("kiemdinh-cli: “%s” is not a file on this computer; give a path such as truong.xlsx.\n"), output);
      return EXIT_FAILED;
    }
  if (!kd_export_workbook (document, out_path, &options, &error))
    return fail (error);
  return EXIT_OK;
}

static const Command commands[] = {
  { "frameworks", run_frameworks, "[--json]", N_ ("list the frameworks (bộ tiêu chuẩn) this installation knows") },
  { "framework", run_framework, "ID [--json]", N_ ("print a framework's standards, criteria and indicators") },
  { "new", run_new, "--framework ID --school NAME --type TYPE [--year YYYY-YYYY] -o FILE [--force]",
    N_ ("write a new, empty assessment document") },
  { "validate", run_validate, "FILE", N_ ("check a document against its framework and list every problem") },
  { "evaluate", run_evaluate, "FILE [--json]", N_ ("compute each criterion's level and the school's level") },
  { "export", run_export, "FILE -o OUT.xlsx [--plan-layout 5932|bieu2]",
    N_ ("write the result tables as an Excel workbook (Tổng hợp, Kế hoạch cải tiến, Minh chứng, Hội đồng)") },
  { "package", run_package, "FILE --for GROUP -o OUT [--force]",
    N_ ("write a work package for a group or member of the council") },
  { "merge", run_merge, "FILE OTHER... -o OUT [--base ANCESTOR] [--author NAME]",
    N_ ("merge work packages (or another version) into the document; exit 3 when conflicts remain") },
};

static void
print_help (void)
{
  g_print (_ ("Usage: kiemdinh-cli COMMAND [ARGUMENTS]\n\n"));
  g_print (_ ("Kiểm Định on the command line: frameworks, documents and levels.\n\n"));
  g_print (_ ("Commands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %s %s\n      %s\n", commands[i].name, commands[i].usage, _ (commands[i].summary));
  g_print ("\n");
  g_print (_ ("Exit status: 0 success, 1 the document is invalid or the work failed, 2 wrong usage, 3 conflicts left to decide.\n"));
  g_print (_ ("School types: MN, TH, THCS, THPT, PTNCH, GDTX.\n"));
}

int
main (int    argc,
      char **argv)
{
  kd_i18n_init ();

  if (argc < 2)
    {
      print_help ();
      return EXIT_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_help ();
      return EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("kiemdinh-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        for (int j = 2; j < argc; j++)
          if (g_str_equal (argv[j], "--help") || g_str_equal (argv[j], "-h"))
            {
              g_print (_ ("Usage: kiemdinh-cli %s %s\n  %s\n"), commands[i].name, commands[i].usage, _ (commands[i].summary));
              return EXIT_OK;
            }
        return commands[i].run (argc - 1, argv + 1);
      }
  return usage_error (_ ("unknown command “%s”"), argv[1]);
}
