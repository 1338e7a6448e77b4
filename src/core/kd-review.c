/* kd-review.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kd-document-private.h"
#include "kd-item-private.h"
#include "kd-review.h"

struct _KdReviewEntry
{
  KdItem parent_instance;

  char        *row; /* id of the KdPlanRow */
  KdPlanStatus status;
  char        *comment;
};

G_DEFINE_FINAL_TYPE (KdReviewEntry, kd_review_entry, KD_TYPE_ITEM)

static const KdField entry_fields[] = {
  KD_FIELD (KdReviewEntry, "row", row, KD_FIELD_ID, N_ ("plan row")),
  KD_ENUM_FIELD (KdReviewEntry, "status", status, kd_plan_status_get_type, N_ ("status")),
  KD_FIELD (KdReviewEntry, "comment", comment, KD_FIELD_STRING, N_ ("comment")),
};

static void
kd_review_entry_class_init (KdReviewEntryClass *klass)
{
  kd_item_class_install_fields (KD_ITEM_CLASS (klass), entry_fields, G_N_ELEMENTS (entry_fields));
}

static void
kd_review_entry_init (KdReviewEntry *self)
{
}

KdReviewEntry *
kd_review_entry_new (const char  *row_id,
                     KdPlanStatus status)
{
  return g_object_new (KD_TYPE_REVIEW_ENTRY, "row", row_id, "status", status, NULL);
}

KD_ITEM_STRING_GETTER (KdReviewEntry, kd_review_entry, KD_IS_REVIEW_ENTRY, row)
KD_ITEM_STRING_GETTER (KdReviewEntry, kd_review_entry, KD_IS_REVIEW_ENTRY, comment)

KdPlanStatus
kd_review_entry_get_status (KdReviewEntry *self)
{
  g_return_val_if_fail (KD_IS_REVIEW_ENTRY (self), KD_PLAN_STATUS_TODO);
  return self->status;
}

struct _KdReview
{
  KdItem parent_instance;

  char       *date;
  char       *title;      /* thời điểm: "Cuối học kỳ I" */
  char       *reviewer;   /* người đánh giá */
  char       *content;    /* nội dung theo dõi */
  char       *result;     /* kết quả thực hiện */
  char       *adjustment; /* điều chỉnh (nếu có) */
  GListStore *entries;    /* of KdReviewEntry */
  JsonArray  *kept;       /* entries that could not be read, written back as they were */
};

G_DEFINE_FINAL_TYPE (KdReview, kd_review, KD_TYPE_ITEM)

static const KdField review_fields[] = {
  KD_FIELD (KdReview, "date", date, KD_FIELD_DATE, N_ ("date")),
  KD_FIELD (KdReview, "title", title, KD_FIELD_STRING, N_ ("occasion")),
  KD_FIELD (KdReview, "reviewer", reviewer, KD_FIELD_STRING, N_ ("reviewer")),
  KD_FIELD (KdReview, "content", content, KD_FIELD_STRING, N_ ("what was followed")),
  KD_FIELD (KdReview, "result", result, KD_FIELD_STRING, N_ ("result")),
  KD_FIELD (KdReview, "adjustment", adjustment, KD_FIELD_STRING, N_ ("adjustment")),
};

static void
kd_review_class_init (KdReviewClass *klass)
{
  KdItemClass *item_class = KD_ITEM_CLASS (klass);

  kd_item_class_install_fields (item_class, review_fields, G_N_ELEMENTS (review_fields));
  kd_item_class_install_children (item_class, "entries", KD_TYPE_REVIEW_ENTRY, G_STRUCT_OFFSET (KdReview, entries),
                                  G_STRUCT_OFFSET (KdReview, kept), N_ ("reviewed row"));
}

static void
kd_review_init (KdReview *self)
{
  g_autofree char *id = _kd_item_new_id ("r-");

  _kd_item_set_id (KD_ITEM (self), id);
}

KdReview *
kd_review_new (void)
{
  return g_object_new (KD_TYPE_REVIEW, NULL);
}

KD_ITEM_STRING_GETTER (KdReview, kd_review, KD_IS_REVIEW, date)
KD_ITEM_STRING_GETTER (KdReview, kd_review, KD_IS_REVIEW, title)
KD_ITEM_STRING_GETTER (KdReview, kd_review, KD_IS_REVIEW, reviewer)
KD_ITEM_STRING_GETTER (KdReview, kd_review, KD_IS_REVIEW, content)
KD_ITEM_STRING_GETTER (KdReview, kd_review, KD_IS_REVIEW, result)
KD_ITEM_STRING_GETTER (KdReview, kd_review, KD_IS_REVIEW, adjustment)

/* The rows this review assessed; add and remove them with kd_document_insert_item(). */
GListModel *
kd_review_get_entries (KdReview *self)
{
  g_return_val_if_fail (KD_IS_REVIEW (self), NULL);
  return G_LIST_MODEL (self->entries);
}

KdReviewEntry *
kd_review_lookup_entry (KdReview   *self,
                        const char *row_id)
{
  g_return_val_if_fail (KD_IS_REVIEW (self), NULL);
  for (guint i = 0; row_id != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->entries)); i++)
    {
      g_autoptr (KdReviewEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      if (g_strcmp0 (entry->row, row_id) == 0)
        return entry; /* the store keeps it alive */
    }
  return NULL;
}
