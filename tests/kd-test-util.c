/* kd-test-util.c */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "kd-i18n.h"
#include "kd-test-util.h"

void
kd_test_init (int    *argc,
              char ***argv)
{
  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("LANGUAGE", "vi", TRUE);
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  kd_i18n_init ();
}

KdFramework *
kd_test_framework (const char *id)
{
  KdFramework *framework = kd_framework_registry_lookup (kd_framework_registry_get_default (), id);

  g_assert_nonnull (framework);
  return framework;
}

KdDocument *
kd_test_load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  KdDocument *document = kd_document_load_from_file (kd_framework_registry_get_default (), file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

KdDocument *
kd_test_load_string (const char *json,
                     GError    **error)
{
  return kd_document_load_from_data (kd_framework_registry_get_default (), json, strlen (json), "test.kdcl", error);
}

/* Sets every indicator of levels 1…@max_level of every criterion. */
void
kd_test_set_all (KdDocument *document,
                 guint       max_level,
                 KdState     state)
{
  GPtrArray *criteria = kd_framework_get_criteria (kd_document_get_framework (document));

  for (guint i = 0; i < criteria->len; i++)
    {
      const KdCriterionDef *def = g_ptr_array_index (criteria, i);
      KdCriterionRecord    *record = kd_document_get_criterion (document, def->code);

      for (guint j = 0; j < def->indicators->len; j++)
        {
          const KdIndicatorDef *ind = g_ptr_array_index (def->indicators, j);

          if (ind->level <= max_level)
            kd_criterion_record_set_indicator (record, ind->id, state);
        }
    }
}

char *
kd_test_save_string (KdDocument *document)
{
  return kd_document_to_data (document, NULL);
}

/* Another Kiểm Định on this computer holding the lock of @path as @who (tests/kd-lock-holder.c):
 * returns once it holds it. */
GSubprocess *
kd_test_start_lock_holder (const char *path,
                           const char *who)
{
  g_autofree char *helper = g_test_build_filename (G_TEST_BUILT, "kd-lock-holder", NULL);
  g_autoptr (GError) error = NULL;
  GSubprocess *holder = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                          helper, path, who, NULL);
  g_autoptr (GDataInputStream) out = NULL;
  g_autofree char *line = NULL;

  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (holder));
  line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "locked");
  return holder;
}

/* The holder closes the document and quits. */
void
kd_test_stop_lock_holder (GSubprocess *holder)
{
  g_autoptr (GError) error = NULL;

  g_output_stream_close (g_subprocess_get_stdin_pipe (holder), NULL, NULL);
  g_assert_true (g_subprocess_wait_check (holder, NULL, &error));
  g_assert_no_error (error);
}
