/* kd-history.h — who changed what, and when
 *
 * Every committed edit of a document adds (or extends) an entry; merges of group packages add
 * one entry naming the package and what changed.  The history is an audit log, not undo: undoing
 * is itself recorded.
 */
#pragma once

#include "kd-item.h"

G_BEGIN_DECLS

#define KD_TYPE_HISTORY_ENTRY (kd_history_entry_get_type ())
G_DECLARE_FINAL_TYPE (KdHistoryEntry, kd_history_entry, KD, HISTORY_ENTRY, KdItem)

const char *kd_history_entry_get_at (KdHistoryEntry *self);
const char *kd_history_entry_get_by (KdHistoryEntry *self);
const char *kd_history_entry_get_action (KdHistoryEntry *self);
const char *kd_history_entry_get_target (KdHistoryEntry *self);
const char *kd_history_entry_get_field (KdHistoryEntry *self);
const char *kd_history_entry_get_value (KdHistoryEntry *self);
const char *kd_history_entry_get_summary (KdHistoryEntry *self);
char       *kd_history_entry_describe (KdHistoryEntry *self);

char      *kd_history_target_of (KdItem *item);
GPtrArray *kd_history_for_target (GListModel *history,
                                  const char *target_prefix);

G_END_DECLS
