/* kd-history.c */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kd-council.h"
#include "kd-criterion-record.h"
#include "kd-evidence.h"
#include "kd-history.h"
#include "kd-item-private.h"
#include "kd-meeting.h"
#include "kd-plan-row.h"
#include "kd-review.h"
#include "kd-school.h"
#include "kd-text.h"

struct _KdHistoryEntry
{
  KdItem parent_instance;

  char *at;      /* ISO date and time */
  char *by;      /* the author's name as the council knows it */
  char *by_id;   /* the author's member id, or "" */
  char *action;  /* edit, add, delete, move, merge, package, resolve */
  char *target;  /* "criterion:3.2", "plan:p-…", "school"… */
  char *field;   /* "indicators.1a", "owner"… */
  char *value;   /* the new value as users read it, shortened */
  char *summary; /* a sentence for merges and resolutions */
};

G_DEFINE_FINAL_TYPE (KdHistoryEntry, kd_history_entry, KD_TYPE_ITEM)

static const KdField history_fields[] = {
  KD_FIELD (KdHistoryEntry, "at", at, KD_FIELD_DATETIME, N_ ("time")),
  KD_FIELD (KdHistoryEntry, "by", by, KD_FIELD_STRING, N_ ("by")),
  KD_FIELD (KdHistoryEntry, "by-id", by_id, KD_FIELD_ID, N_ ("by")),
  KD_FIELD (KdHistoryEntry, "action", action, KD_FIELD_STRING, N_ ("action")),
  KD_FIELD (KdHistoryEntry, "target", target, KD_FIELD_STRING, N_ ("what")),
  KD_FIELD (KdHistoryEntry, "field", field, KD_FIELD_STRING, N_ ("field")),
  KD_FIELD (KdHistoryEntry, "value", value, KD_FIELD_STRING, N_ ("value")),
  KD_FIELD (KdHistoryEntry, "summary", summary, KD_FIELD_STRING, N_ ("summary")),
};

static void
kd_history_entry_class_init (KdHistoryEntryClass *klass)
{
  kd_item_class_install_fields (KD_ITEM_CLASS (klass), history_fields, G_N_ELEMENTS (history_fields));
}

static void
kd_history_entry_init (KdHistoryEntry *self)
{
  g_autofree char *id = _kd_item_new_id ("h-");

  _kd_item_set_id (KD_ITEM (self), id);
}

KD_ITEM_STRING_GETTER (KdHistoryEntry, kd_history_entry, KD_IS_HISTORY_ENTRY, at)
KD_ITEM_STRING_GETTER (KdHistoryEntry, kd_history_entry, KD_IS_HISTORY_ENTRY, by)
KD_ITEM_STRING_GETTER (KdHistoryEntry, kd_history_entry, KD_IS_HISTORY_ENTRY, action)
KD_ITEM_STRING_GETTER (KdHistoryEntry, kd_history_entry, KD_IS_HISTORY_ENTRY, target)
KD_ITEM_STRING_GETTER (KdHistoryEntry, kd_history_entry, KD_IS_HISTORY_ENTRY, field)
KD_ITEM_STRING_GETTER (KdHistoryEntry, kd_history_entry, KD_IS_HISTORY_ENTRY, value)
KD_ITEM_STRING_GETTER (KdHistoryEntry, kd_history_entry, KD_IS_HISTORY_ENTRY, summary)

/* What a change is about, stable across versions of the item: "criterion:3.2", "plan:p-…". */
char *
kd_history_target_of (KdItem *item)
{
  g_return_val_if_fail (KD_IS_ITEM (item), NULL);

  if (KD_IS_CRITERION_RECORD (item))
    return kd_criterion_record_is_extra (KD_CRITERION_RECORD (item))
               ? g_strdup ("extra")
               : g_strconcat ("criterion:", kd_criterion_record_get_code (KD_CRITERION_RECORD (item)), NULL);
  if (KD_IS_STANDARD_RECORD (item))
    return g_strdup_printf ("standard:%u", kd_standard_record_get_number (KD_STANDARD_RECORD (item)));
  if (KD_IS_SCHOOL (item))
    return g_strdup ("school");
  if (KD_IS_CYCLE (item))
    return g_strdup ("cycle");
  if (KD_IS_REVIEW_ENTRY (item))
    return g_strconcat ("review-row:", kd_review_entry_get_row (KD_REVIEW_ENTRY (item)), NULL);
  if (KD_IS_MEETING_ITEM (item))
    return g_strconcat ("criterion:", kd_meeting_item_get_criterion (KD_MEETING_ITEM (item)), NULL);
  if (KD_IS_MEMBER (item))
    return g_strconcat ("member:", kd_item_get_id (item), NULL);
  if (KD_IS_GROUP (item))
    return g_strconcat ("group:", kd_item_get_id (item), NULL);
  if (KD_IS_EVIDENCE (item))
    return g_strconcat ("evidence:", kd_item_get_id (item), NULL);
  if (KD_IS_PLAN_ROW (item))
    return g_strconcat ("plan:", kd_item_get_id (item), NULL);
  if (KD_IS_REVIEW (item))
    return g_strconcat ("review:", kd_item_get_id (item), NULL);
  if (KD_IS_MEETING (item))
    return g_strconcat ("meeting:", kd_item_get_id (item), NULL);
  return g_strdup (G_OBJECT_TYPE_NAME (item));
}

static const char *
describe_action (const char *action)
{
  if (g_strcmp0 (action, "add") == 0)
    return _ ("added");
  if (g_strcmp0 (action, "delete") == 0)
    return _ ("deleted");
  if (g_strcmp0 (action, "move") == 0)
    return _ ("moved");
  return "";
}

/* "31/05/2024 14:05 · Nguyễn Văn Đức · indicators.1a: Đạt" */
char *
kd_history_entry_describe (KdHistoryEntry *self)
{
  g_autofree char *when = NULL;
  const char      *who;
  GString         *out;

  g_return_val_if_fail (KD_IS_HISTORY_ENTRY (self), NULL);

  when = kd_datetime_format_user (self->at);
  who = self->by != NULL && *self->by != '\0' ? self->by : _ ("someone");
  out = g_string_new (NULL);
  g_string_append_printf (out, "%s · %s · ", when, who);
  if (self->summary != NULL && *self->summary != '\0')
    g_string_append (out, self->summary);
  else if (*describe_action (self->action) != '\0')
    g_string_append_printf (out, "%s %s", self->target, describe_action (self->action));
  else
    g_string_append_printf (out, "%s: %s", self->field, self->value != NULL ? self->value : "");
  return g_string_free (out, FALSE);
}

/* The entries whose target starts with @target_prefix ("criterion:3.2"), newest first. */
GPtrArray *
kd_history_for_target (GListModel *history,
                       const char *target_prefix)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  guint      n;

  g_return_val_if_fail (G_IS_LIST_MODEL (history), found);
  n = g_list_model_get_n_items (history);
  for (guint i = n; i > 0; i--)
    {
      KdHistoryEntry *entry = g_list_model_get_item (history, i - 1);

      if (target_prefix == NULL || g_str_has_prefix (entry->target != NULL ? entry->target : "", target_prefix))
        g_ptr_array_add (found, entry);
      else
        g_object_unref (entry);
    }
  return found;
}
