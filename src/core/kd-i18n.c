/* kd-i18n.c
 *
 * Kiểm Định speaks Vietnamese: its users work in Vietnamese whatever their PC's locale, so
 * Vietnamese is the default unless LANGUAGE says otherwise.  gettext ignores LANGUAGE under the
 * plain "C" locale, hence the switch to C.UTF-8 (always present, unlike vi_VN).
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "kd-i18n.h"

static const char *
find_localedir (void)
{
  const char      *env = g_getenv ("KIEMDINH_LOCALEDIR");
  g_autofree char *installed = NULL;

  if (env != NULL && *env != '\0')
    return env;

  installed = g_build_filename (LOCALEDIR, "vi", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (g_file_test (installed, G_FILE_TEST_EXISTS))
    return LOCALEDIR;

  /* Running uninstalled from the build tree. */
  return BUILD_LOCALEDIR;
}

void
kd_i18n_init (void)
{
  const char *messages;

  setlocale (LC_ALL, "");
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    setlocale (LC_ALL, "C.UTF-8");

  g_setenv ("LANGUAGE", "vi", FALSE);

  bindtextdomain (GETTEXT_PACKAGE, find_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
