/* test-sync.c — a document on a shared folder: locks, changes underneath, sync conflict copies */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "kd-sync.h"
#include "kd-test-util.h"

typedef struct
{
  char  *dir;
  char  *path;
  GFile *document;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (KdDocument) document = kd_test_load_fixture ("full-tt18.kdcl");
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("kd-sync-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "truong.kdcl", NULL);
  f->document = g_file_new_for_path (f->path);
  g_assert_true (kd_document_save_to_file (document, f->document, &error));
  g_assert_no_error (error);
}

static void
remove_all (const char *dir)
{
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  remove_all (f->dir);
  g_clear_object (&f->document);
  g_free (f->path);
  g_free (f->dir);
}

static void
test_second_process_sees_holder (Fixture      *f,
                                 gconstpointer data)
{
  g_autoptr (GSubprocess) holder = kd_test_start_lock_holder (f->path, "Phạm Minh Ánh");
  g_autoptr (KdLockInfo) info = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *sentence = NULL;

  g_assert_false (kd_lock_acquire (f->document, "Lê Thị Hồng", FALSE, &info, &error));
  g_assert_no_error (error);
  g_assert_nonnull (info);
  g_assert_cmpstr (info->who, ==, "Phạm Minh Ánh");
  g_assert_cmpstr (info->host, ==, g_get_host_name ());
  g_assert_false (info->stale);
  sentence = kd_lock_info_describe (info);
  g_assert_nonnull (strstr (sentence, "Phạm Minh Ánh"));
  g_assert_nonnull (strstr (sentence, "đang mở"));

  /* The other person closes the document: it is free. */
  kd_test_stop_lock_holder (holder);
  g_assert_true (kd_lock_acquire (f->document, "Lê Thị Hồng", FALSE, NULL, &error));
  g_assert_true (kd_lock_acquire (f->document, "Lê Thị Hồng", FALSE, NULL, &error)); /* ours already */
  kd_lock_release (f->document);
  {
    g_autoptr (GFile) lock = kd_lock_file_for (f->document);
    g_assert_false (g_file_query_exists (lock, NULL));
  }
}

static void
test_dead_process_is_stale (Fixture      *f,
                            gconstpointer data)
{
  g_autoptr (GSubprocess) holder = kd_test_start_lock_holder (f->path, "Máy phòng họp");
  g_autoptr (KdLockInfo) info = NULL;
  g_autoptr (GError) error = NULL;

  /* The program is killed (a power cut, a crash): its lock stays behind. */
  g_subprocess_force_exit (holder);
  g_subprocess_wait (holder, NULL, NULL);
  g_assert_false (kd_lock_acquire (f->document, "Lê Thị Hồng", FALSE, &info, &error));
  g_assert_nonnull (info);
  g_assert_true (info->stale);
  g_assert_true (kd_lock_acquire (f->document, "Lê Thị Hồng", TRUE, NULL, &error));
  g_assert_no_error (error);
  kd_lock_release (f->document);
}

static void
write_foreign_lock (Fixture    *f,
                    const char *since)
{
  g_autoptr (GFile) lock = kd_lock_file_for (f->document);
  g_autofree char *path = g_file_get_path (lock);
  g_autofree char *data = g_strdup_printf ("{\"format\":\"kiemdinh-lock\",\"who\":\"Nguyễn Văn Đức\",\"host\":\"MAY-PHO-HT\",\"pid\":4242,\"since\":\"%s\"}", since);

  g_assert_true (g_file_set_contents (path, data, -1, NULL));
}

static void
test_old_lock_is_stale (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) earlier = g_date_time_add_days (now, -2);
  g_autoptr (GDateTime) recent = g_date_time_add_hours (now, -1);
  g_autofree char *old = g_date_time_format (earlier, "%Y-%m-%dT%H:%M:%S%:z");
  g_autofree char *fresh = g_date_time_format (recent, "%Y-%m-%dT%H:%M:%S%:z");
  g_autoptr (KdLockInfo) info = NULL;
  g_autoptr (KdLockInfo) info2 = NULL;

  /* On another computer we cannot see the program: an hour-old lock is respected… */
  write_foreign_lock (f, fresh);
  g_assert_false (kd_lock_acquire (f->document, "Lê Thị Hồng", FALSE, &info, NULL));
  g_assert_false (info->stale);
  /* …and releasing does not remove someone else's lock. */
  kd_lock_release (f->document);
  {
    g_autoptr (GFile) lock = kd_lock_file_for (f->document);
    g_assert_true (g_file_query_exists (lock, NULL));
    g_file_delete (lock, NULL, NULL);
  }
  /* …a two-day-old one is forgotten. */
  write_foreign_lock (f, old);
  g_assert_false (kd_lock_acquire (f->document, "Lê Thị Hồng", FALSE, &info2, NULL));
  g_assert_true (info2->stale);
}

/* A lock this computer's own Kiểm Định left behind (its process gone) is nobody's any more;
 * another computer's is not ours to judge. */
static void
test_lock_left_here (Fixture      *f,
                     gconstpointer data)
{
  KdLockInfo here = { (char *)"Lê Thị Hồng", (char *)g_get_host_name (), (guint64)G_MAXINT - 7, (char *)"", TRUE };
  KdLockInfo there = { (char *)"Nguyễn Văn Đức", (char *)"MAY-PHO-HT", (guint64)G_MAXINT - 7, (char *)"", TRUE };
  KdLockInfo alive = { (char *)"Lê Thị Hồng", (char *)g_get_host_name (), (guint64)getpid (), (char *)"", FALSE };

  g_assert_true (kd_lock_info_left_here (&here));
  g_assert_false (kd_lock_info_left_here (&there));
  g_assert_false (kd_lock_info_left_here (&alive));
}

static void
test_changed_underneath (Fixture      *f,
                         gconstpointer data)
{
  g_autoptr (KdFileStamp) stamp = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *changed = NULL;
  gsize            length;

  stamp = kd_file_stamp_read (f->document, &error);
  g_assert_no_error (error);
  g_assert_false (kd_file_stamp_changed (stamp, f->document));

  /* Written again with the same bytes (a sync tool touching it): not a change. */
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_usleep (20000);
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
  g_assert_false (kd_file_stamp_changed (stamp, f->document));

  /* Another computer saved it. */
  changed = g_strconcat (contents, " ", NULL);
  g_assert_true (g_file_set_contents (f->path, changed, -1, NULL));
  g_assert_true (kd_file_stamp_changed (stamp, f->document));

  g_unlink (f->path);
  g_assert_true (kd_file_stamp_changed (stamp, f->document));
}

static void
copy_as (Fixture    *f,
         const char *name)
{
  g_autofree char *contents = NULL;
  g_autofree char *target = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_get_contents (f->path, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (target, contents, -1, NULL));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *x = g_file_get_basename (*(GFile **)a);
  g_autofree char *y = g_file_get_basename (*(GFile **)b);

  return strcmp (x, y);
}

static void
test_conflict_copies (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr (KdDocument) document = kd_document_load_from_file (kd_framework_registry_get_default (), f->document, NULL);
  g_autoptr (KdDocument) other = kd_test_load_fixture ("full-tt18.kdcl");
  g_autoptr (GPtrArray) copies = NULL;
  g_autofree char *other_path = g_build_filename (f->dir, "truong (2).kdcl", NULL);
  g_autoptr (GFile) other_file = g_file_new_for_path (other_path);
  static const char *const expected[] = {
    "truong (1).kdcl",
    "truong (Lê Thị Hồng's conflicted copy 2024-05-01).kdcl",
    "truong.sync-conflict-20240501-101010-ABCDEFG.kdcl",
  };

  copy_as (f, "truong (Lê Thị Hồng's conflicted copy 2024-05-01).kdcl");
  copy_as (f, "truong.sync-conflict-20240501-101010-ABCDEFG.kdcl");
  copy_as (f, "truong (1).kdcl");
  copy_as (f, "truong - bản nộp Sở.kdcl"); /* a copy on purpose, not a conflict */
  copy_as (f, "khac (conflicted copy).kdcl");
  /* Another document (another id) named like a copy. */
  g_assert_true (kd_document_save_to_file (other, other_file, NULL));

  copies = kd_find_conflict_copies (f->document, kd_document_get_id (document));
  g_ptr_array_sort (copies, compare_names);
  g_assert_cmpuint (copies->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < copies->len; i++)
    {
      g_autofree char *name = g_file_get_basename (g_ptr_array_index (copies, i));
      g_assert_cmpstr (name, ==, expected[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  kd_test_init (&argc, &argv);

  g_test_add ("/sync/lock/second-process-sees-holder", Fixture, NULL, fixture_setup, test_second_process_sees_holder, fixture_teardown);
  g_test_add ("/sync/lock/dead-process-is-stale", Fixture, NULL, fixture_setup, test_dead_process_is_stale, fixture_teardown);
  g_test_add ("/sync/lock/old-lock-is-stale", Fixture, NULL, fixture_setup, test_old_lock_is_stale, fixture_teardown);
  g_test_add ("/sync/changed-underneath", Fixture, NULL, fixture_setup, test_changed_underneath, fixture_teardown);
  g_test_add ("/sync/lock-left-here", Fixture, NULL, fixture_setup, test_lock_left_here, fixture_teardown);
  g_test_add ("/sync/conflict-copies", Fixture, NULL, fixture_setup, test_conflict_copies, fixture_teardown);
  return g_test_run ();
}
