/* test-ui-export.c — the Xuất Excel section of the real window
 *
 * Ctrl+E (win.export) on the sample shows the section; the tests choose a layout, export to a
 * file of their own through the page's Export command, and read the workbook back with openpyxl
 * (an independent reader), or check the message a user gets when the file cannot be written.
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kd-application-private.h"
#include "kd-export-page.h"
#include "kd-i18n.h"
#include "kd-ui-test.h"
#include "kd-window-private.h"

static KdApplication *shared_app;

typedef struct
{
  KdWindow     *window;
  KdExportPage *page;
  char         *dir;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("kd-export-ui-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->window = kd_ui_test_window_new (shared_app, f->dir);
  g_assert_true (kd_window_open_sample (f->window, &error));
  g_assert_no_error (error);
  kd_ui_test_settle ();

  /* Ctrl+E */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL));
  kd_ui_test_settle ();
  g_assert_true (KD_IS_EXPORT_PAGE (_kd_window_get_visible_page (f->window)));
  f->page = KD_EXPORT_PAGE (_kd_window_get_visible_page (f->window));
  g_assert_true (kd_page_get_document (KD_PAGE (f->page)) == kd_window_get_document (f->window));
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  kd_ui_test_close_windows (shared_app);
  kd_ui_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GtkWidget *
child (Fixture    *f,
       const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->page), KD_TYPE_EXPORT_PAGE, name));
}

static const char *
result_text (Fixture *f)
{
  return gtk_label_get_text (GTK_LABEL (child (f, "result_label")));
}

/* The Export button: the page's export.run command. */
static void
press_export (Fixture *f,
              GFile   *file)
{
  _kd_export_page_set_file (f->page, file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "export.run", NULL));
  kd_ui_test_settle ();
}

/* Reads cells of the workbook with openpyxl: one line per "SHEET!CELL" asked. */
static char *
read_cells (const char *path,
            const char *cells)
{
  const char *script =
      "import sys, openpyxl\n"
      "wb = openpyxl.load_workbook(sys.argv[1])\n"
      "print('|'.join(wb.sheetnames))\n"
      "for ref in sys.argv[2].split(','):\n"
      "    sheet, cell = ref.split('!')\n"
      "    print(wb[sheet][cell].value)\n";
  const char      *argv[] = { "/usr/bin/python3", "-c", script, path, cells, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("openpyxl could not read %s: %s", path, err);
  return g_steal_pointer (&out);
}

static void
test_shows_section (Fixture      *f,
                    gconstpointer data)
{
  GtkWidget *label = child (f, "file_label");

  /* Listed last in the sidebar, under its Vietnamese title. */
  g_assert_true (_kd_window_page_is_listed (f->window, KD_TYPE_EXPORT_PAGE));
  g_assert_cmpstr (kd_page_get_title (KD_PAGE (f->page)), ==, "Xuất Excel");
  /* TT 18: the CV 5932 columns are chosen; nothing exported yet, no file chosen. */
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (child (f, "layout_5932"))));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (child (f, "layout_bieu2"))));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (f, "layout_hint"))), "5932"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "Chưa chọn tệp"));
  g_assert_false (gtk_widget_get_visible (child (f, "result_box")));
}

static void
test_export_and_read_back (Fixture      *f,
                           gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "Trường THCS Vạn Hòa.xlsx", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *cells = NULL;
  g_auto (GStrv) lines = NULL;

  /* A user picks Biểu 2, then Export. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (child (f, "layout_bieu2")), TRUE);
  press_export (f, file);
  g_assert_true (gtk_widget_get_visible (child (f, "result_box")));
  g_assert_nonnull (strstr (result_text (f), "Đã xuất lúc"));
  g_assert_nonnull (strstr (result_text (f), "Trường THCS Vạn Hòa.xlsx"));
  g_assert_false (gtk_widget_has_css_class (child (f, "result_box"), "kd-failed"));
  g_assert_true (gtk_widget_get_visible (child (f, "open_buttons")));
  g_assert_true (g_file_query_exists (file, NULL));

  cells = read_cells (path, "Tổng hợp!A1,Tổng hợp!A2,Kế hoạch cải tiến!A11");
  lines = g_strsplit (cells, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "Tổng hợp|Kế hoạch cải tiến|Minh chứng|Hội đồng");
  g_assert_cmpstr (lines[1], ==, "PHÒNG GD&ĐT THÀNH PHỐ LÀO CAI");
  g_assert_cmpstr (lines[2], ==, "TRƯỜNG THCS VẠN HÒA");
  /* Biểu 2: the numbered row (1) … (10) under the header. */
  g_assert_cmpstr (lines[3], ==, "(1)");

  /* The sidebar's document changes: the page forgets the file and the result. */
  {
    g_autoptr (GError) error = NULL;

    g_assert_true (kd_window_open_sample (f->window, &error));
    g_assert_no_error (error);
    kd_ui_test_settle ();
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL));
    kd_ui_test_settle ();
    g_assert_false (gtk_widget_get_visible (child (f, "result_box")));
    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (child (f, "layout_5932"))));
  }

  /* A TT 57 assessment: Biểu 2 is chosen for it. */
  {
    KdFramework *tt57 = kd_framework_registry_lookup (kd_framework_registry_get_default (), "tt57-2026-pt");
    g_autoptr (KdDocument) doc = kd_document_new (tt57);

    kd_window_set_document (f->window, doc, NULL);
    kd_ui_test_settle ();
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL));
    kd_ui_test_settle ();
    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (child (f, "layout_bieu2"))));
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (f, "layout_hint"))), "Biểu 2"));
  }
}

static void
test_export_failure (Fixture      *f,
                     gconstpointer data)
{
  g_autofree char *missing = g_build_filename (f->dir, "không có", "bảng.xlsx", NULL);
  g_autofree char *existing = g_build_filename (f->dir, "cũ.xlsx", NULL);
  g_autofree char *content = NULL;
  g_autoptr (GFile) into_missing = g_file_new_for_path (missing);
  g_autoptr (GFile) folder = g_file_new_for_path (f->dir);
  g_autoptr (GFile) old = g_file_new_for_path (existing);

  /* A folder that does not exist: core's sentence, in the page, marked as a failure. */
  press_export (f, into_missing);
  g_assert_true (gtk_widget_get_visible (child (f, "result_box")));
  g_assert_true (gtk_widget_has_css_class (child (f, "result_box"), "kd-failed"));
  g_assert_nonnull (strstr (result_text (f), "Không ghi được tệp Excel"));
  g_assert_nonnull (strstr (result_text (f), "không có"));
  g_assert_false (gtk_widget_get_visible (child (f, "open_buttons")));
  g_assert_false (g_file_query_exists (into_missing, NULL));

  /* A folder chosen as the file. */
  press_export (f, folder);
  g_assert_nonnull (strstr (result_text (f), "là một thư mục"));

  /* After a failure a good export works, and replaces an older file. */
  g_assert_true (g_file_set_contents (existing, "old", -1, NULL));
  press_export (f, old);
  g_assert_false (gtk_widget_has_css_class (child (f, "result_box"), "kd-failed"));
  g_assert_true (g_file_get_contents (existing, &content, NULL, NULL));
  g_assert_true (g_str_has_prefix (content, "PK"));
}

int
main (int    argc,
      char **argv)
{
  shared_app = kd_ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add ("/ui/export/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("shows-section", test_shows_section);
  ADD ("export-and-read-back", test_export_and_read_back);
  ADD ("export-failure", test_export_failure);
#undef ADD
  return g_test_run ();
}
