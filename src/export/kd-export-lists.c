/* kd-export-lists.c — "Minh chứng", "Hội đồng" and "Biên bản họp"
 *
 * The evidence list in CV 5932 Phụ lục 4 columns (2018; the criterion cell merged over its
 * rows) or TT 57 Phụ lục IV columns (a header row per criterion); the council with its members
 * and the criterion assignment; the minutes of each council meeting held in the app.
 */
#include "config.h"

#include "kd-export-private.h"
#include "kd-text.h"

/* Evidence grouped by its root criterion in catalogue order; unknown or empty criteria last
 * (key NULL). */
typedef struct
{
  const KdCriterionDef *def;
  GPtrArray            *items; /* of KdEvidence */
} EvidenceGroup;

static void
evidence_group_free (gpointer data)
{
  EvidenceGroup *group = data;

  g_ptr_array_unref (group->items);
  g_free (group);
}

static GPtrArray *
group_evidence (KdExportContext *ctx)
{
  GListModel    *evidence = kd_document_get_evidence (ctx->document);
  GPtrArray     *criteria = kd_framework_get_criteria (ctx->framework);
  GPtrArray     *groups = g_ptr_array_new_with_free_func (evidence_group_free);
  GHashTable    *by_code = g_hash_table_new (g_str_hash, g_str_equal);
  EvidenceGroup *other = g_new0 (EvidenceGroup, 1);

  for (guint i = 0; i < criteria->len; i++)
    {
      EvidenceGroup *group = g_new0 (EvidenceGroup, 1);

      group->def = g_ptr_array_index (criteria, i);
      group->items = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (groups, group);
      g_hash_table_insert (by_code, group->def->code, group);
    }
  other->items = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (groups, other);

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      KdEvidence    *item = g_list_model_get_item (evidence, i);
      const char    *code = kd_evidence_get_criterion (item);
      EvidenceGroup *group = code != NULL ? g_hash_table_lookup (by_code, code) : NULL;

      g_ptr_array_add (group != NULL ? group->items : other->items, item);
    }
  g_hash_table_unref (by_code);
  for (guint i = groups->len; i > 0; i--)
    if (((EvidenceGroup *)g_ptr_array_index (groups, i - 1))->items->len == 0)
      g_ptr_array_remove_index (groups, i - 1);
  return groups;
}

static void
write_evidence_5932 (KdExportContext *ctx,
                     KdExportSheet   *sheet,
                     GPtrArray       *groups,
                     guint            row,
                     guint           *header_last)
{
  static const char *const head[] = { "Tiêu chí", "Số TT", "Mã minh chứng", "Tên minh chứng",
                                      "Số, ngày ban hành, hoặc thời điểm khảo sát, điều tra, phỏng vấn, quan sát",
                                      "Nơi ban hành hoặc nhóm, cá nhân thực hiện", "Ghi chú" };
  KdExportFormats         *f = &ctx->formats;
  guint                    number = 0;

  for (guint i = 0; i < G_N_ELEMENTS (head); i++)
    kd_export_text (ctx, sheet, row, i, head[i], f->head);
  *header_last = row++;
  for (guint g = 0; g < groups->len; g++)
    {
      EvidenceGroup   *group = g_ptr_array_index (groups, g);
      g_autofree char *label = group->def != NULL ? kd_export_criterion_label (group->def, FALSE)
                                                  : g_strdup ("Chưa gắn tiêu chí");

      kd_export_merge (ctx, sheet, row, 0, row + group->items->len - 1, 0, label, f->cell_center);
      for (guint i = 0; i < group->items->len; i++, row++)
        {
          KdEvidence      *item = g_ptr_array_index (group->items, i);
          GString         *text = g_string_new (kd_evidence_get_note (item));
          g_autofree char *note = NULL;

          /* The form has no column for where it is kept; the note carries it. */
          if (!kd_text_is_blank (kd_evidence_get_location (item)))
            g_string_append_printf (text, "%sLưu tại: %s", text->len > 0 ? "\n" : "", kd_evidence_get_location (item));
          note = g_string_free (text, FALSE);
          kd_export_number (ctx, sheet, row, 1, ++number, f->count);
          kd_export_text (ctx, sheet, row, 2, kd_evidence_get_code (item), f->cell);
          kd_export_text (ctx, sheet, row, 3, kd_evidence_get_title (item), f->cell);
          kd_export_text (ctx, sheet, row, 4, kd_evidence_get_number_date (item), f->cell);
          kd_export_text (ctx, sheet, row, 5, kd_evidence_get_issuer (item), f->cell);
          kd_export_text (ctx, sheet, row, 6, note, f->cell);
        }
    }
}

static void
write_evidence_tt57 (KdExportContext *ctx,
                     KdExportSheet   *sheet,
                     GPtrArray       *groups,
                     guint            row,
                     guint           *header_last)
{
  static const char *const head[] = { "TT", "Mã minh chứng", "Tên minh chứng",
                                      "Định dạng, vị trí lưu trữ hoặc đường dẫn điện tử", "Ghi chú" };
  KdExportFormats         *f = &ctx->formats;
  guint                    number = 0;

  for (guint i = 0; i < G_N_ELEMENTS (head); i++)
    kd_export_text (ctx, sheet, row, i, head[i], f->head);
  *header_last = row++;
  for (guint g = 0; g < groups->len; g++)
    {
      EvidenceGroup   *group = g_ptr_array_index (groups, g);
      g_autofree char *label = group->def != NULL ? kd_export_criterion_label (group->def, TRUE)
                                                  : g_strdup ("Chưa gắn tiêu chí");

      kd_export_merge (ctx, sheet, row, 0, row, sheet->n_columns - 1, label, f->cell_bold);
      row++;
      for (guint i = 0; i < group->items->len; i++, row++)
        {
          KdEvidence      *item = g_ptr_array_index (group->items, i);
          GString         *note = g_string_new (kd_evidence_get_note (item));
          g_autofree char *text = NULL;

          if (!kd_text_is_blank (kd_evidence_get_number_date (item)))
            g_string_append_printf (note, "%sSố, ngày: %s", note->len > 0 ? "\n" : "", kd_evidence_get_number_date (item));
          if (!kd_text_is_blank (kd_evidence_get_issuer (item)))
            g_string_append_printf (note, "%sNơi ban hành: %s", note->len > 0 ? "\n" : "", kd_evidence_get_issuer (item));
          text = g_string_free (note, FALSE);
          kd_export_number (ctx, sheet, row, 0, ++number, f->count);
          kd_export_text (ctx, sheet, row, 1, kd_evidence_get_code (item), f->cell);
          kd_export_text (ctx, sheet, row, 2, kd_evidence_get_title (item), f->cell);
          kd_export_text (ctx, sheet, row, 3, kd_evidence_get_location (item), f->cell);
          kd_export_text (ctx, sheet, row, 4, text, f->cell);
        }
    }
}

void
kd_export_write_evidence (KdExportContext *ctx)
{
  static const double widths_5932[] = { 12, 6, 17, 42, 24, 24, 18 };
  static const double widths_tt57[] = { 6, 17, 46, 40, 24 };
  gboolean            tt57 = !kd_framework_has_accreditation (ctx->framework);
  g_autoptr (GPtrArray) groups = group_evidence (ctx);
  KdSchool      *school = kd_document_get_school (ctx->document);
  KdExportSheet  sheet;
  KdExportSigner principal = { NULL, "HIỆU TRƯỞNG", kd_school_get_principal (school), "(Ký, ghi rõ họ tên, đóng dấu)" };
  guint          row, header_first, header_last, items = 0;

  if (tt57)
    kd_export_sheet_init (ctx, &sheet, "Minh chứng", widths_tt57, G_N_ELEMENTS (widths_tt57));
  else
    kd_export_sheet_init (ctx, &sheet, "Minh chứng", widths_5932, G_N_ELEMENTS (widths_5932));
  row = kd_export_page_header (ctx, &sheet, FALSE, "DANH MỤC MINH CHỨNG", NULL);
  header_first = row;
  if (tt57)
    write_evidence_tt57 (ctx, &sheet, groups, row, &header_last);
  else
    write_evidence_5932 (ctx, &sheet, groups, row, &header_last);
  for (guint g = 0; g < groups->len; g++)
    items += ((EvidenceGroup *)g_ptr_array_index (groups, g))->items->len + (tt57 ? 1 : 0);
  row = header_last + 1 + items;
  kd_export_signature (ctx, &sheet, row, NULL, NULL, &principal);
  kd_export_sheet_finish (ctx, &sheet, TRUE, header_first, header_last);
}

/* ---- Hội đồng ----------------------------------------------------------------------- */

static guint
role_rank (KdRole role)
{
  switch (role)
    {
      case KD_ROLE_CHAIR:
        return 0;
      case KD_ROLE_VICE_CHAIR:
        return 1;
      case KD_ROLE_SECRETARY:
        return 2;
      case KD_ROLE_MEMBER:
      default:
        return 3;
    }
}

static int
compare_members (gconstpointer a,
                 gconstpointer b)
{
  KdMember *x = *(KdMember **)a;
  KdMember *y = *(KdMember **)b;

  return (int)role_rank (kd_member_get_role (x)) - (int)role_rank (kd_member_get_role (y));
}

/* Chair first, then vice chairs, the secretary and the members, each in the document's order. */
static GPtrArray *
sorted_members (KdExportContext *ctx)
{
  GListModel *members = kd_document_get_members (ctx->document);
  GPtrArray  *sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (members, i));
  g_ptr_array_sort (sorted, compare_members); /* stable: a merge sort */
  return sorted;
}

static char *
member_duty (KdMember *member)
{
  const char *task = kd_member_get_task (member);

  if (kd_text_is_blank (task))
    return g_strdup (kd_role_describe (kd_member_get_role (member)));
  return g_strdup_printf ("%s\n%s", kd_role_describe (kd_member_get_role (member)), task);
}

/* "Nhóm công tác 1 (Nguyễn Văn Thắng, Hoàng Thị Lan)", or a member's name. */
static char *
describe_assignee (KdExportContext *ctx,
                   const char      *id)
{
  GListModel *members = kd_document_get_members (ctx->document);
  const char *name = kd_document_describe_assignee (ctx->document, id);
  GString    *names = g_string_new (NULL);

  if (kd_text_is_blank (id) || kd_text_is_blank (name))
    {
      g_string_free (names, TRUE);
      return g_strdup ("");
    }
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KdMember) member = g_list_model_get_item (members, i);

      if (g_strcmp0 (kd_member_get_group (member), id) == 0)
        g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", kd_member_get_name (member));
    }
  if (names->len == 0)
    {
      g_string_free (names, TRUE);
      return g_strdup (name);
    }
  {
    g_autofree char *list = g_string_free (names, FALSE);
    return g_strdup_printf ("%s (%s)", name, list);
  }
}

static guint
write_assignment_row (KdExportContext *ctx,
                      KdExportSheet   *sheet,
                      guint            row,
                      guint            number,
                      const char      *label,
                      const char      *assignee)
{
  KdExportFormats *f = &ctx->formats;
  g_autofree char *who = describe_assignee (ctx, assignee);

  kd_export_number (ctx, sheet, row, 0, number, f->count);
  kd_export_text (ctx, sheet, row, 1, label, f->cell);
  kd_export_text (ctx, sheet, row, 2, who, f->cell);
  kd_export_text (ctx, sheet, row, 3, *who == '\0' ? "Chưa phân công" : "", f->cell);
  return row + 1;
}

void
kd_export_write_council (KdExportContext *ctx)
{
  static const double      widths[] = { 5, 28, 26, 32 };
  static const char *const member_head[] = { "TT", "Họ và tên", "Chức vụ", "Nhiệm vụ" };
  static const char *const assignment_head[] = { "TT", "Tiêu chí", "Nhóm công tác, cá nhân chịu trách nhiệm", "Ghi chú" };
  KdExportFormats         *f = &ctx->formats;
  KdSchool                *school = kd_document_get_school (ctx->document);
  GPtrArray               *criteria = kd_framework_get_criteria (ctx->framework);
  g_autoptr (GPtrArray) members = sorted_members (ctx);
  KdExportSheet  sheet;
  KdExportSigner principal = { NULL, "HIỆU TRƯỞNG", kd_school_get_principal (school), "(Ký, ghi rõ họ tên, đóng dấu)" };
  guint          row, number = 0;

  kd_export_sheet_init (ctx, &sheet, "Hội đồng", widths, G_N_ELEMENTS (widths));
  row = kd_export_page_header (ctx, &sheet, FALSE, "HỘI ĐỒNG TỰ ĐÁNH GIÁ", "Danh sách thành viên và phân công nhiệm vụ");

  row = kd_export_paragraph (ctx, &sheet, row, "I. THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ", f->section);
  for (guint i = 0; i < G_N_ELEMENTS (member_head); i++)
    kd_export_text (ctx, &sheet, row, i, member_head[i], f->head);
  row++;
  for (guint i = 0; i < members->len; i++, row++)
    {
      KdMember        *member = g_ptr_array_index (members, i);
      g_autofree char *duty = member_duty (member);

      kd_export_number (ctx, &sheet, row, 0, i + 1, f->count);
      kd_export_text (ctx, &sheet, row, 1, kd_member_get_name (member), f->cell);
      kd_export_text (ctx, &sheet, row, 2, kd_member_get_position (member), f->cell);
      kd_export_text (ctx, &sheet, row, 3, duty, f->cell);
    }
  row++;

  row = kd_export_paragraph (ctx, &sheet, row, "II. PHÂN CÔNG NHIỆM VỤ", f->section);
  for (guint i = 0; i < G_N_ELEMENTS (assignment_head); i++)
    kd_export_text (ctx, &sheet, row, i, assignment_head[i], f->head);
  row++;
  for (guint i = 0; i < criteria->len; i++)
    {
      const KdCriterionDef *def = g_ptr_array_index (criteria, i);
      KdCriterionRecord    *record = kd_document_get_criterion (ctx->document, def->code);
      g_autofree char      *label = kd_export_criterion_label (def, TRUE);

      row = write_assignment_row (ctx, &sheet, row, ++number, label,
                                  record != NULL ? kd_criterion_record_get_assignee (record) : NULL);
    }
  if (kd_framework_get_extra (ctx->framework)->len > 0)
    {
      KdCriterionRecord *extra = kd_document_get_extra (ctx->document);
      g_autofree char   *label = g_strdup_printf ("Tiêu chí %s", kd_framework_get_extra_title (ctx->framework));

      row = write_assignment_row (ctx, &sheet, row, ++number, label,
                                  extra != NULL ? kd_criterion_record_get_assignee (extra) : NULL);
    }
  kd_export_signature (ctx, &sheet, row, NULL, NULL, &principal);
  /* Two short tables: a header repeated on the next page would sit above the wrong one. */
  kd_export_sheet_finish (ctx, &sheet, FALSE, G_MAXUINT, 0);
}

/* ---- Biên bản họp ------------------------------------------------------------------- */

static KdMember *
find_member (KdExportContext *ctx,
             const char      *id)
{
  KdItem *item = kd_document_lookup_item (ctx->document, kd_document_get_members (ctx->document), id);

  return item != NULL ? KD_MEMBER (item) : NULL;
}

static const char *
name_with_role (KdExportContext *ctx,
                KdRole           role)
{
  GListModel *members = kd_document_get_members (ctx->document);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KdMember) member = g_list_model_get_item (members, i);

      if (kd_member_get_role (member) == role)
        return kd_member_get_name (member);
    }
  return "";
}

static guint
write_meeting (KdExportContext *ctx,
               KdExportSheet   *sheet,
               guint            row,
               KdMeeting       *meeting)
{
  static const char *const attendee_head[] = { "TT", "Họ và tên", "Chức vụ", "Nhiệm vụ trong hội đồng" };
  static const char *const item_head[] = { "TT", "Tiêu chí", "Kết quả thống nhất", "Thống nhất", "Ghi chú" };
  KdExportFormats         *f = &ctx->formats;
  const char *const       *attendees = kd_meeting_get_attendees (meeting);
  GListModel              *items = kd_meeting_get_items (meeting);
  guint                    n_members = g_list_model_get_n_items (kd_document_get_members (ctx->document));
  g_autofree char         *date = kd_date_format_user (kd_meeting_get_date (meeting));
  g_autofree char         *when = g_strdup_printf ("Thời gian: %s. Địa điểm: %s.", *date != '\0' ? date : "……",
                                           kd_text_is_blank (kd_meeting_get_place (meeting)) ? "……" : kd_meeting_get_place (meeting));
  g_autofree char         *present = g_strdup_printf ("1. Thành phần: %u/%u thành viên hội đồng có mặt.", g_strv_length ((char **)attendees), n_members);
  KdExportSigner           secretary = { NULL, "THƯ KÝ", name_with_role (ctx, KD_ROLE_SECRETARY), NULL };
  KdExportSigner           chair = { NULL, "CHỦ TỊCH HỘI ĐỒNG", kd_export_chair_name (ctx), NULL };
  guint                    number = 0;

  if (!kd_text_is_blank (kd_meeting_get_title (meeting)))
    {
      kd_export_merge (ctx, sheet, row, 0, row, sheet->n_columns - 1, kd_meeting_get_title (meeting), f->subtitle);
      row++;
    }
  row = kd_export_paragraph (ctx, sheet, row, when, f->text);
  row = kd_export_paragraph (ctx, sheet, row, present, f->text);
  kd_export_text (ctx, sheet, row, 0, attendee_head[0], f->head);
  kd_export_text (ctx, sheet, row, 1, attendee_head[1], f->head);
  kd_export_text (ctx, sheet, row, 2, attendee_head[2], f->head);
  kd_export_merge (ctx, sheet, row, 3, row, 4, attendee_head[3], f->head);
  row++;
  for (guint i = 0; attendees[i] != NULL; i++, row++)
    {
      KdMember *member = find_member (ctx, attendees[i]);

      kd_export_number (ctx, sheet, row, 0, i + 1, f->count);
      kd_export_text (ctx, sheet, row, 1, member != NULL ? kd_member_get_name (member) : attendees[i], f->cell);
      kd_export_text (ctx, sheet, row, 2, member != NULL ? kd_member_get_position (member) : "", f->cell);
      kd_export_merge (ctx, sheet, row, 3, row, 4, member != NULL ? kd_role_describe (kd_member_get_role (member)) : "", f->cell);
    }
  row++;

  row = kd_export_paragraph (ctx, sheet, row, "2. Nội dung: hội đồng xem xét và thống nhất kết quả đánh giá các tiêu chí.", f->text);
  for (guint i = 0; i < G_N_ELEMENTS (item_head); i++)
    kd_export_text (ctx, sheet, row, i, item_head[i], f->head);
  row++;
  for (guint i = 0; i < g_list_model_get_n_items (items); i++, row++)
    {
      g_autoptr (KdMeetingItem) item = g_list_model_get_item (items, i);
      const KdCriterionDef *def = kd_framework_lookup_criterion (ctx->framework, kd_meeting_item_get_criterion (item));
      g_autofree char      *label = def != NULL ? kd_export_criterion_label (def, TRUE) : g_strdup (kd_meeting_item_get_criterion (item));
      g_autofree char      *at = kd_datetime_format_user (kd_meeting_item_get_agreed_at (item));
      g_autofree char      *agreed = !kd_meeting_item_get_agreed (item) ? g_strdup ("Chưa thống nhất")
                                     : *at != '\0'                      ? g_strdup_printf ("Đã thống nhất\n%s", at)
                                                                        : g_strdup ("Đã thống nhất");

      kd_export_number (ctx, sheet, row, 0, ++number, f->count);
      kd_export_text (ctx, sheet, row, 1, label, f->cell);
      kd_export_text (ctx, sheet, row, 2, kd_meeting_item_get_result (item), f->cell_center);
      kd_export_text (ctx, sheet, row, 3, agreed, f->cell_center);
      kd_export_text (ctx, sheet, row, 4, kd_meeting_item_get_note (item), f->cell);
    }
  row++;
  if (!kd_text_is_blank (kd_meeting_get_notes (meeting)))
    {
      g_autofree char *notes = g_strdup_printf ("3. Ý kiến khác: %s", kd_meeting_get_notes (meeting));

      row = kd_export_paragraph (ctx, sheet, row, notes, f->text);
    }
  return kd_export_signature (ctx, sheet, row, &secretary, NULL, &chair);
}

void
kd_export_write_meetings (KdExportContext *ctx)
{
  static const double   widths[] = { 5, 34, 16, 16, 22 };
  GListModel           *meetings = kd_document_get_meetings (ctx->document);
  guint                 n = g_list_model_get_n_items (meetings);
  g_autofree lxw_row_t *breaks = NULL;
  KdExportSheet         sheet;
  guint                 row;

  /* Only a council that met in the app has minutes to print. */
  if (n == 0)
    return;
  breaks = g_new0 (lxw_row_t, n);
  kd_export_sheet_init (ctx, &sheet, "Biên bản họp", widths, G_N_ELEMENTS (widths));
  row = kd_export_page_header (ctx, &sheet, FALSE, "BIÊN BẢN HỌP HỘI ĐỒNG TỰ ĐÁNH GIÁ", NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KdMeeting) meeting = g_list_model_get_item (meetings, i);

      /* Each meeting's minutes start on a new page. */
      if (i > 0)
        {
          row++;
          breaks[i - 1] = row;
        }
      row = write_meeting (ctx, &sheet, row, meeting);
    }
  if (n > 1)
    worksheet_set_h_pagebreaks (sheet.worksheet, breaks);
  kd_export_sheet_finish (ctx, &sheet, FALSE, G_MAXUINT, 0);
}
