/* kd-evidence.c */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-evidence.h"
#include "kd-item-private.h"

struct _KdEvidence
{
  KdItem parent_instance;

  char *code; /* [H1-1.1-01] or MC.1.1.01 */
  char *title;
  char *number_date; /* số, ngày ban hành, or when it was surveyed */
  char *issuer;      /* nơi ban hành, or who made it */
  char *location;    /* where it is kept: a folder, a file path or a link */
  char *criterion;   /* its root criterion, the one its code comes from */
  char *note;
};

G_DEFINE_FINAL_TYPE (KdEvidence, kd_evidence, KD_TYPE_ITEM)

static const KdField evidence_fields[] = {
  KD_FIELD (KdEvidence, "code", code, KD_FIELD_STRING, N_ ("code")),
  KD_FIELD (KdEvidence, "title", title, KD_FIELD_STRING, N_ ("title")),
  KD_FIELD (KdEvidence, "number-date", number_date, KD_FIELD_STRING, N_ ("number and date")),
  KD_FIELD (KdEvidence, "issuer", issuer, KD_FIELD_STRING, N_ ("issued by")),
  KD_FIELD (KdEvidence, "location", location, KD_FIELD_STRING, N_ ("location")),
  KD_FIELD (KdEvidence, "criterion", criterion, KD_FIELD_CRITERION, N_ ("criterion")),
  KD_FIELD (KdEvidence, "note", note, KD_FIELD_STRING, N_ ("note")),
};

static void
kd_evidence_class_init (KdEvidenceClass *klass)
{
  kd_item_class_install_fields (KD_ITEM_CLASS (klass), evidence_fields, G_N_ELEMENTS (evidence_fields));
}

static void
kd_evidence_init (KdEvidence *self)
{
  g_autofree char *id = _kd_item_new_id ("e-");

  _kd_item_set_id (KD_ITEM (self), id);
}

KdEvidence *
kd_evidence_new (const char *code,
                 const char *title)
{
  return g_object_new (KD_TYPE_EVIDENCE, "code", code, "title", title, NULL);
}

KD_ITEM_STRING_GETTER (KdEvidence, kd_evidence, KD_IS_EVIDENCE, code)
KD_ITEM_STRING_GETTER (KdEvidence, kd_evidence, KD_IS_EVIDENCE, title)
KD_ITEM_STRING_GETTER (KdEvidence, kd_evidence, KD_IS_EVIDENCE, number_date)
KD_ITEM_STRING_GETTER (KdEvidence, kd_evidence, KD_IS_EVIDENCE, issuer)
KD_ITEM_STRING_GETTER (KdEvidence, kd_evidence, KD_IS_EVIDENCE, location)
KD_ITEM_STRING_GETTER (KdEvidence, kd_evidence, KD_IS_EVIDENCE, criterion)
KD_ITEM_STRING_GETTER (KdEvidence, kd_evidence, KD_IS_EVIDENCE, note)

/**
 * kd_evidence_dup_location_uri:
 * @document_file: (nullable): the document's file; a relative path is taken from its folder
 *
 * Where the evidence is kept, as a URI to open with the default application: a link is used as
 * it is, a path (absolute, or relative to the document's folder) becomes a file URI.
 *
 * Returns: (transfer full) (nullable): the URI, or NULL when the location is empty or is a
 *   relative path of a document that has no file yet
 */
char *
kd_evidence_dup_location_uri (KdEvidence *self,
                              GFile      *document_file)
{
  g_autofree char *location = NULL;
  const char      *scheme_end;
  g_autoptr (GFile) file = NULL;

  g_return_val_if_fail (KD_IS_EVIDENCE (self), NULL);
  location = g_strstrip (g_strdup (self->location != NULL ? self->location : ""));
  if (*location == '\0')
    return NULL;

  /* "https://…", "file:///…"; a Windows drive "C:\…" is a path, not a one-letter scheme. */
  scheme_end = strstr (location, "://");
  if (scheme_end != NULL && scheme_end - location > 1 && g_uri_peek_scheme (location) != NULL)
    return g_steal_pointer (&location);
  if (g_path_is_absolute (location))
    file = g_file_new_for_path (location);
  else if (document_file != NULL)
    {
      g_autoptr (GFile) folder = g_file_get_parent (document_file);

      if (folder == NULL)
        return NULL;
      file = g_file_resolve_relative_path (folder, location);
    }
  else
    return NULL;
  return g_file_get_uri (file);
}
