/* kd-lock-holder.c — a second program holding a document's lock, for test-sync
 *
 * Usage: kd-lock-holder DOCUMENT WHO — takes the lock, prints "locked" (or "busy"), keeps it
 * until its standard input closes, then releases it.
 */
#include "config.h"

#include <stdio.h>

#include "kd-sync.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GFile) document = NULL;
  char buffer[64];

  if (argc != 3)
    return 2;
  document = g_file_new_for_path (argv[1]);
  if (!kd_lock_acquire (document, argv[2], FALSE, NULL, NULL))
    {
      g_print ("busy\n");
      return 1;
    }
  g_print ("locked\n");
  fflush (stdout);
  while (fgets (buffer, sizeof buffer, stdin) != NULL)
    ;
  kd_lock_release (document);
  return 0;
}
