#!/usr/bin/python3
"""kiemdinh-cli export, read back with openpyxl (an independent reader).

Every sheet is checked for what a reviewer at the Phòng / Sở reads or prints: the sheet names,
the header texts, each criterion's marks against `evaluate --json`, totals, the conclusion,
budgets as numbers, dates, merged header cells, print setup, the font, and that text a user
typed stays text.
"""
import datetime
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

from tap import Tap

CLI = sys.argv[1]
SOURCE = Path(__file__).resolve().parent.parent
FIXTURES = SOURCE / "tests" / "fixtures"
SAMPLE = SOURCE / "data" / "samples" / "thcs-van-hoa-2023-2024.kdcl"
TMP = Path(tempfile.mkdtemp(prefix="kd-export-"))
ENV = dict(os.environ, LANGUAGE="vi", LANG="C.UTF-8", XDG_DATA_HOME=str(TMP / "data"))
SHEETS = ["Tổng hợp", "Kế hoạch cải tiến", "Minh chứng", "Hội đồng"]
INJECTIONS = ['=HYPERLINK("http://example.com","bấm vào đây")', "+84 912 345 678", "-1+2", "@SUM(1,2)",
              "=cmd|' /C calc'!A0", "\t=1+1"]


def cli(*args, expect=0, **kwargs):
    proc = subprocess.run([CLI, *map(str, args)], capture_output=True, text=True, env=ENV, timeout=120, **kwargs)
    assert proc.returncode == expect, f"{args}: exit {proc.returncode}, expected {expect}\n{proc.stdout}\n{proc.stderr}"
    return proc


def write(name, data):
    path = TMP / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def export(doc, name, *options):
    out = TMP / (Path(name).stem + ".xlsx")
    cli("export", doc, "-o", out, *options)
    return openpyxl.load_workbook(out), openpyxl.load_workbook(out, data_only=True)


def cells(ws):
    """Every non-empty cell value with its coordinate."""
    return {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value not in (None, "")}


def find(ws, predicate):
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str) and predicate(c.value):
                return c
    raise AssertionError(f"no cell matches in {ws.title}")


def find_text(ws, text):
    return find(ws, lambda v: v == text)


def row_values(ws, row):
    return [ws.cell(row=row, column=col).value for col in range(1, ws.max_column + 1)]


def merged_at(ws, cell):
    for rng in ws.merged_cells.ranges:
        if cell.coordinate in rng:
            return rng
    return None


def check_print_setup(ws, landscape, repeated):
    assert ws.page_setup.paperSize == 9, ws.title  # A4
    assert ws.page_setup.orientation == ("landscape" if landscape else "portrait"), ws.title
    assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
    assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0, ws.title
    if repeated:
        assert ws.print_title_rows, ws.title
        first, last = (int(r.replace("$", "")) for r in ws.print_title_rows.split(":"))
        # The repeated rows are the table's header, and the panes are frozen right under them.
        assert ws.cell(row=first, column=1).value and ws.freeze_panes == f"A{last + 1}", ws.title


def check_fonts(ws):
    for row in ws.iter_rows():
        for c in row:
            if c.value not in (None, ""):
                assert c.font.name == "Times New Roman", (ws.title, c.coordinate, c.font.name)


def check_header_block(ws, school, place_date):
    values = cells(ws)
    assert values["A1"] and school.upper() in values.values()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in values.values()
    motto = find_text(ws, "Độc lập - Tự do - Hạnh phúc")
    assert motto.font.b and motto.font.u == "single"
    date = find_text(ws, place_date)
    assert date.font.i
    assert find_text(ws, school.upper()).font.b


def framework_json(fw_id):
    return json.loads(cli("framework", fw_id, "--json").stdout)


def evaluate(doc):
    return json.loads(cli("evaluate", doc, "--json").stdout)


# ---- Tổng hợp ------------------------------------------------------------------------

def criterion_rows(ws):
    """criterion code → row number, from "Tiêu chí 1.1: …" cells in column A."""
    rows = {}
    for row in range(1, ws.max_row + 1):
        value = ws.cell(row=row, column=1).value
        if isinstance(value, str) and value.startswith("Tiêu chí ") and ":" in value:
            rows[value.split(":")[0].split()[-1]] = row
    return rows


def check_summary_2018(wb, doc):
    ws = wb["Tổng hợp"]
    result = evaluate(doc)
    head = find_text(ws, "Tiêu chuẩn, tiêu chí")
    r = head.row
    assert str(merged_at(ws, head)) == f"A{r}:A{r + 2}"
    assert ws.cell(row=r, column=2).value == "Kết quả" and str(merged_at(ws, ws.cell(row=r, column=2))) == f"B{r}:E{r}"
    assert row_values(ws, r + 1)[1:3] == ["Không đạt", "Đạt"]
    assert row_values(ws, r + 2)[2:5] == ["Mức 1", "Mức 2", "Mức 3"]
    assert ws.cell(row=r, column=6).value == "Số chỉ báo Mức 1 đạt" and ws.cell(row=r, column=7).value == "Ghi chú"
    for cell in (head, ws.cell(row=r, column=2)):
        assert cell.font.b and cell.border.left.style == "thin"

    rows = criterion_rows(ws)
    assert set(rows) == set(result["criteria"])
    n_indicators = {c["code"]: len(c["indicators"]) for s in framework_json(result["framework"])["standards"]
                    for c in s["criteria"]}
    not_met, reached = 0, [0, 0, 0, 0]
    for code, res in result["criteria"].items():
        values = row_values(ws, rows[code])
        never = len(res["unassessed"]) == n_indicators[code]
        # "x" under Không đạt, or under each level reached; nothing for a criterion not assessed.
        expected = [None] * 4 if never else ["x" if res["level"] == 0 else None] + \
            ["x" if res["level"] >= lvl else None for lvl in (1, 2, 3)]
        assert values[1:5] == expected, (code, values, res)
        assert (values[6] == "Chưa đánh giá") == never, code
        not_met += not never and res["level"] == 0
        for lvl in (1, 2, 3):
            reached[lvl] += res["level"] >= lvl
    total = find_text(ws, "Cộng")
    values = row_values(ws, total.row)
    assert values[1:5] == [not_met, reached[1], reached[2], reached[3]]
    assert all(isinstance(v, int) for v in values[1:5])
    return ws, values


def test_sample_summary():
    wb, _ = export(SAMPLE, "sample")
    assert wb.sheetnames == SHEETS
    ws, totals = check_summary_2018(wb, SAMPLE)
    # The seed 000 form: "3/3", "2/3 (chỉ báo b, c)", totals "83/84" and "27/28".
    row = criterion_rows(ws)["3.2"]
    assert ws.cell(row=row, column=2).value == "x"
    assert ws.cell(row=row, column=6).value == "2/3 (chỉ báo b, c)"
    assert ws.cell(row=row, column=7).value == "Chưa đạt Mức 1 (chỉ báo a)"
    assert totals[5] == "83/84" and totals[6] == "27/28 tiêu chí đạt Mức 1"
    # Each standard is one bold row merged across the table.
    standard = find_text(ws, "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học")
    assert standard.font.b and str(merged_at(ws, standard)) == f"A{standard.row}:G{standard.row}"
    # The conclusion, its reason and the accreditation / national standard.
    assert find_text(ws, "Kết luận: Trường chưa đạt Mức 1.").font.b
    find(ws, lambda v: v.startswith("Lý do:") and "Tiêu chí 3.2 chưa đạt Mức 1 (chỉ báo a)" in v)
    find(ws, lambda v: v.startswith("Kiểm định chất lượng giáo dục"))
    find(ws, lambda v: v.startswith("Chuẩn quốc gia"))
    # Mức 4: requirement | Đạt | Không đạt, as the document says.
    m4 = find_text(ws, "Tiêu chí Mức 4 (Điều, khoản)")
    assert row_values(ws, m4.row + 1)[1:3] == ["Đạt", "Không đạt"]
    extra = json.loads(SAMPLE.read_text(encoding="utf-8"))["extra"]
    for key, state in extra.items():
        req = find(ws, lambda v, k=key: v.startswith(f"Điều 22 khoản {k}:"))
        assert row_values(ws, req.row)[1:3] == (["x", None] if state == "met" else [None, "x"]), key
    # Nghị định 30 head and signature.
    check_header_block(ws, "Trường THCS Vạn Hòa", "Vạn Hòa, ngày 04 tháng 10 năm 2023")
    assert find_text(ws, "BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ").font.b
    sign = find_text(ws, "TM. HỘI ĐỒNG TỰ ĐÁNH GIÁ")
    assert ws.cell(row=sign.row + 1, column=sign.column).value == "CHỦ TỊCH"
    find_text(ws, "Trần Thị Thanh Xuân")
    check_print_setup(ws, landscape=False, repeated=True)
    check_fonts(ws)


def test_seed_004_summary():
    wb, _ = export(FIXTURES / "seed-004-nguyen-binh-khiem.kdcl", "seed4")
    ws, totals = check_summary_2018(wb, FIXTURES / "seed-004-nguyen-binh-khiem.kdcl")
    # The seed's table: 3.3 not at Mức 1, every other criterion at Mức 3; Mức 4 items 3, 5, 6 met.
    assert ws.cell(row=criterion_rows(ws)["3.3"], column=2).value == "x"
    assert totals[1:5] == [1, 27, 27, 27]
    for key in "123456":
        req = find(ws, lambda v, k=key: v.startswith(f"Điều 22 khoản {k}:"))
        assert row_values(ws, req.row)[1:3] == (["x", None] if key in "356" else [None, "x"]), key
    m4_total = [c for c in ws["A"] if c.value == "Cộng"][-1]
    assert row_values(ws, m4_total.row)[1:4] == [3, 3, "3/6 yêu cầu đạt"]
    find_text(ws, "Kết luận: Trường chưa đạt Mức 1.")
    check_header_block(ws, "Trường THPT Nguyễn Bình Khiêm", "Vĩnh Bảo, ngày 15 tháng 6 năm 2022")


# ---- Kế hoạch cải tiến -----------------------------------------------------------------

PLAN_HEAD_5932 = ["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Công việc, giải pháp", "Chủ trì", "Phối hợp",
                  "Thời gian thực hiện", None, "Dự kiến kinh phí (đồng)", "Điều kiện hỗ trợ khác",
                  "Giám sát thực hiện", "Mức độ thực hiện", "Ghi chú"]


def test_sample_plan_5932():
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    wb, values_wb = export(SAMPLE, "sample-plan")
    ws, ws_values = wb["Kế hoạch cải tiến"], values_wb["Kế hoạch cải tiến"]
    head = find_text(ws, "TT")
    assert row_values(ws, head.row) == PLAN_HEAD_5932
    assert row_values(ws, head.row + 1)[6:8] == ["Bắt đầu", "Hoàn thành"]
    assert str(merged_at(ws, ws.cell(row=head.row, column=7))) == f"G{head.row}:H{head.row}"
    assert str(merged_at(ws, head)) == f"A{head.row}:A{head.row + 1}"
    assert find_text(ws, "Số: 31/KH-THCSVH")
    # Rows grouped under their standard, in the catalogue's order; each budget a number.
    by_target = {}
    standards = []
    for row in range(head.row + 2, ws.max_row + 1):
        label = ws.cell(row=row, column=2).value
        if isinstance(label, str) and label.startswith("Tiêu chuẩn "):
            standards.append(int(label.split(":")[0].split()[-1]))
        elif ws.cell(row=row, column=3).value:
            by_target[ws.cell(row=row, column=3).value] = (row, standards[-1])
    assert standards == sorted(standards) and len(standards) == len({r["criterion"].split(".")[0] for r in doc["plan"]})
    for n, plan_row in enumerate(doc["plan"]):
        row, standard = by_target[plan_row["target"]]
        assert standard == int(plan_row["criterion"].split(".")[0])
        values = row_values(ws, row)
        assert values[1].startswith(f"Tiêu chí {plan_row['criterion']}")
        assert values[3] == plan_row["actions"] and values[4] == plan_row["owner"] and values[5] == plan_row["partners"]
        for col, key in ((7, "start"), (8, "deadline")):
            cell = ws.cell(row=row, column=col)
            assert cell.value == datetime.datetime.fromisoformat(plan_row[key]) and cell.number_format == "dd/mm/yyyy"
        budget = ws.cell(row=row, column=9)
        assert budget.value == plan_row["budget"] and budget.data_type == "n" and budget.number_format == "#,##0"
        assert values[11] in ("Đang thực hiện", "Chưa thực hiện", "Hoàn thành", "Đã hủy")
    total = find_text(ws, "Tổng cộng")
    cached = ws_values.cell(row=total.row, column=9)
    assert cached.value == sum(r["budget"] for r in doc["plan"]) and cached.number_format == "#,##0"
    assert ws.cell(row=total.row, column=9).value.startswith("=SUM(")
    # The review of the plan (Biểu 2 mục VI columns) under it.
    review = find_text(ws, "Thời điểm")
    assert [v for v in row_values(ws, review.row) if v] == ["Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện",
                                                             "Điều chỉnh (nếu có)", "Người đánh giá"]
    assert ws.cell(row=review.row + 1, column=1).value == "Cuối học kỳ I\n20/01/2024"
    find_text(ws, "Nơi nhận:")
    find_text(ws, "HIỆU TRƯỞNG")
    check_print_setup(ws, landscape=True, repeated=True)
    check_fonts(ws)


BIEU2_HEAD = ["TT", "Nội dung cải tiến", "Mục tiêu cải tiến", "Hoạt động/giải pháp", "Chỉ số đánh giá kết quả",
              "Thời gian thực hiện", "Đơn vị/cá nhân phụ trách", "Nguồn lực bảo đảm", None,
              "Thông tin, dữ liệu hoặc minh chứng dự kiến", "Mức độ thực hiện"]


def check_bieu2(ws, doc):
    head = find_text(ws, "Nội dung cải tiến")
    assert row_values(ws, head.row) == BIEU2_HEAD
    assert row_values(ws, head.row + 1)[7:9] == ["Kinh phí (đồng)", "Nguồn lực khác"]
    numbers = row_values(ws, head.row + 2)
    assert [v for v in numbers if v] == [f"({n})" for n in range(1, 11)]
    assert str(merged_at(ws, ws.cell(row=head.row + 2, column=8))) == f"H{head.row + 2}:I{head.row + 2}"
    find_text(ws, "KẾ HOẠCH")
    find_text(ws, "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG")
    find_text(ws, "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)")
    total = 0
    for plan_row in doc["plan"]:
        target = find_text(ws, plan_row["target"])
        values = row_values(ws, target.row)
        start = datetime.date.fromisoformat(plan_row["start"]).strftime("%d/%m/%Y")
        deadline = datetime.date.fromisoformat(plan_row["deadline"]).strftime("%d/%m/%Y")
        assert values[5] == f"{start} – {deadline}"
        assert isinstance(values[7], int) and values[7] == plan_row.get("budget", 0)
        assert ws.cell(row=target.row, column=8).number_format == "#,##0"
        total += plan_row.get("budget", 0)
    return total


def test_sample_plan_bieu2():
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    wb, values_wb = export(SAMPLE, "sample-bieu2", "--plan-layout", "bieu2")
    ws = wb["Kế hoạch cải tiến"]
    total = check_bieu2(ws, doc)
    cell = find_text(values_wb["Kế hoạch cải tiến"], "Tổng cộng")
    assert values_wb["Kế hoạch cải tiến"].cell(row=cell.row, column=8).value == total
    check_print_setup(ws, landscape=True, repeated=True)
    check_fonts(ws)


def test_seed_001_plan():
    doc = json.loads((FIXTURES / "seed-001-lam-son.kdcl").read_text(encoding="utf-8"))
    wb, _ = export(FIXTURES / "seed-001-lam-son.kdcl", "seed1")
    ws = wb["Kế hoạch cải tiến"]
    # As in the seed: Tiêu chuẩn 1 (1.3, 1.8), then Tiêu chuẩn 3 (3.4, 3.3).
    labels = [ws.cell(row=r, column=2).value for r in range(1, ws.max_row + 1)]
    labels = [v for v in labels if isinstance(v, str) and v.startswith("Tiêu ")]
    assert labels == ["Tiêu chuẩn, tiêu chí", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", "Tiêu chí 1.3", "Tiêu chí 1.8",
                      "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", "Tiêu chí 3.4", "Tiêu chí 3.3"]
    row = find_text(ws, doc["plan"][2]["target"]).row
    assert ws.cell(row=row, column=7).value == datetime.datetime(2020, 12, 1) and ws.cell(row=row, column=8).value is None
    check_header_block(ws, "Trường Tiểu học Lam Sơn", "Bình Thạnh, ngày 15 tháng 8 năm 2020")
    # No review yet: the form's two rows to fill in by hand.
    review = find_text(ws, "Thời điểm")
    assert [ws.cell(row=review.row + i, column=1).value for i in (1, 2)] == ["Cuối học kỳ I", "Cuối năm học"]


# ---- Minh chứng, Hội đồng, Biên bản họp ------------------------------------------------

def test_sample_evidence_and_council():
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    wb, _ = export(SAMPLE, "sample-lists")
    ws = wb["Minh chứng"]
    head = find_text(ws, "Mã minh chứng")
    assert row_values(ws, head.row) == ["Tiêu chí", "Số TT", "Mã minh chứng", "Tên minh chứng",
                                        "Số, ngày ban hành, hoặc thời điểm khảo sát, điều tra, phỏng vấn, quan sát",
                                        "Nơi ban hành hoặc nhóm, cá nhân thực hiện", "Ghi chú"]
    for n, item in enumerate(doc["evidence"], start=1):
        cell = find_text(ws, item["code"])
        values = row_values(ws, cell.row)
        assert values[3] == item["title"] and values[4] == item["number_date"] and isinstance(values[1], int)
        # The criterion cell is merged over that criterion's rows.
        rng = merged_at(ws, ws.cell(row=cell.row, column=1))
        label = ws.cell(row=rng.min_row, column=1).value if rng else values[0]
        assert label == f"Tiêu chí {item['criterion']}"
    check_print_setup(ws, landscape=True, repeated=True)
    check_fonts(ws)

    ws = wb["Hội đồng"]
    head = find_text(ws, "Họ và tên")
    assert row_values(ws, head.row) == ["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ"]
    chair = [m for m in doc["council"]["members"] if m["role"] == "chu_tich"][0]
    assert row_values(ws, head.row + 1)[:3] == [1, chair["name"], chair["position"]]
    assert row_values(ws, head.row + 1)[3].startswith("Chủ tịch")
    assign = find_text(ws, "Nhóm công tác, cá nhân chịu trách nhiệm")
    assert row_values(ws, assign.row) == ["TT", "Tiêu chí", "Nhóm công tác, cá nhân chịu trách nhiệm", "Ghi chú"]
    row = find(ws, lambda v: v.startswith("Tiêu chí 3.2:")).row
    group = [g for g in doc["council"]["groups"] if g["id"] == doc["criteria"]["3.2"]["assignee"]][0]
    assert ws.cell(row=row, column=3).value.startswith(group["name"])
    check_print_setup(ws, landscape=False, repeated=False)
    check_fonts(ws)


def tt57_document():
    data = framework_json("tt57-2026-pt")
    criteria = {}
    for s in data["standards"]:
        for c in s["criteria"]:
            level = {"1.1": 0, "2.3": 1, "4.3": None}.get(c["code"], 2)
            if level is not None:
                criteria[c["code"]] = {"indicators": {i["id"]: "met" if i["level"] <= level else "unmet" for i in c["indicators"]}}
    return {
        "format": "kiemdinh", "version": 1, "framework": "tt57-2026-pt",
        "school": {"name": "Trường THCS Bình Minh", "type": "THCS", "agency": "Ủy ban nhân dân xã Bình Minh",
                   "principal": "Nguyễn Thị Hoa"},
        "cycle": {"school_year": "2026-2027", "place": "Bình Minh", "date": "2027-02-05", "number": "07/KH-THCSBM"},
        "criteria": criteria,
        "evidence": [{"id": "e-1", "code": "MC.1.1.01", "title": "Kế hoạch giáo dục nhà trường", "criterion": "1.1",
                      "location": "https://drive.example/mc-1-1-01", "number_date": "Số 12/KH, 01/9/2026"},
                     {"id": "e-2", "code": "MC.2.3.01", "title": "Danh sách nhân viên", "criterion": "2.3"}],
        "plan": [{"id": "p-1", "criterion": "1.1", "issue": "Kế hoạch chưa gắn với điều kiện địa phương",
                  "target": "Kế hoạch giáo dục gắn với địa phương", "actions": "Rà soát, điều chỉnh kế hoạch",
                  "indicators": "Kế hoạch được phê duyệt", "owner": "Phó hiệu trưởng", "partners": "Tổ chuyên môn",
                  "start": "2026-09-05", "deadline": "2027-01-15", "budget": 2500000, "budget_source": "Ngân sách",
                  "expected_evidence": "Kế hoạch đã điều chỉnh", "status": "doing"}],
    }


def test_tt57():
    doc = tt57_document()
    path = write("tt57.kdcl", doc)
    result = evaluate(path)
    wb, values_wb = export(path, "tt57")
    assert wb.sheetnames == SHEETS
    ws = wb["Tổng hợp"]
    head = find_text(ws, "Tiêu chuẩn, tiêu chí")
    assert ws.cell(row=head.row + 1, column=2).value == "Không đạt Mức 1"
    assert row_values(ws, head.row + 2)[2:4] == ["Mức 1", "Mức 2"]
    rows = criterion_rows(ws)
    for code, res in result["criteria"].items():
        values = row_values(ws, rows[code])
        if code == "4.3":  # never assessed: no mark, a note
            assert values[1:4] == [None, None, None] and values[4] == "Chưa đánh giá"
            continue
        assert values[1:4] == ["×" if res["level"] == 0 else None, "×" if res["level"] >= 1 else None,
                               "×" if res["level"] >= 2 else None], code
    # Mandatory criteria are named so.
    assert ws.cell(row=rows["1.3"], column=1).value.endswith("(tiêu chí bắt buộc)")
    assert not ws.cell(row=rows["1.1"], column=1).value.endswith("(tiêu chí bắt buộc)")
    # b) per standard: count and % per result; Cộng chung.
    table = find_text(ws, "Tổng số tiêu chí")
    standard1 = row_values(values_wb["Tổng hợp"], table.row + 2)
    assert standard1[0] == "Tiêu chuẩn 1" and standard1[1] == 4 and standard1[2:4] == [1, 0.25] and standard1[6:8] == [3, 0.75]
    assert ws.cell(row=table.row + 2, column=4).number_format == "0.0%"
    all_row = row_values(ws, table.row + 2 + 4)
    assert all_row[0] == "Cộng chung" and all_row[1] == 15 and all_row[2] == 1 and all_row[4] == 1 and all_row[6] == 12
    conclusion = "Kết luận: Trường chưa đạt Mức 1." if result["school"]["level"] == 0 else \
        f"Kết luận: Trường đạt Mức {result['school']['level']}."
    find_text(ws, conclusion)
    # TT 57's default plan layout is Biểu 2; the evidence list its Phụ lục IV columns.
    check_bieu2(wb["Kế hoạch cải tiến"], doc)
    issue = find(wb["Kế hoạch cải tiến"], lambda v: v.startswith("Tiêu chí 1.1\n"))
    assert issue.value == "Tiêu chí 1.1\nKế hoạch chưa gắn với điều kiện địa phương"
    ws = wb["Minh chứng"]
    head = find_text(ws, "Mã minh chứng")
    assert row_values(ws, head.row) == ["TT", "Mã minh chứng", "Tên minh chứng",
                                        "Định dạng, vị trí lưu trữ hoặc đường dẫn điện tử", "Ghi chú"]
    group = find(ws, lambda v: v.startswith("Tiêu chí 1.1:"))
    assert group.font.b and row_values(ws, group.row + 1)[1:4] == ["MC.1.1.01", "Kế hoạch giáo dục nhà trường",
                                                                    "https://drive.example/mc-1-1-01"]
    # And the other layout on request.
    wb, _ = export(path, "tt57-5932", "--plan-layout", "5932")
    assert row_values(wb["Kế hoạch cải tiến"], find_text(wb["Kế hoạch cải tiến"], "TT").row) == PLAN_HEAD_5932


def test_meetings():
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["meetings"] = [{
        "id": "mt-1", "date": "2023-11-20", "title": "Họp thống nhất kết quả tiêu chuẩn 3", "place": "Phòng họp",
        "attendees": ["m-01", "m-02", "m-03"], "notes": "Đề nghị bổ sung minh chứng tiêu chí 3.2.",
        "items": [{"criterion": "3.2", "agreed": True, "agreed_at": "2023-11-20T15:10:00+07:00",
                   "result": "Không đạt Mức 1", "note": "Thiếu phòng học bộ môn"},
                  {"criterion": "3.3", "agreed": False, "agreed_at": "", "result": "", "note": ""}]}]
    wb, _ = export(write("meetings.kdcl", doc), "meetings")
    assert wb.sheetnames == SHEETS + ["Biên bản họp"]
    ws = wb["Biên bản họp"]
    find_text(ws, "BIÊN BẢN HỌP HỘI ĐỒNG TỰ ĐÁNH GIÁ")
    find_text(ws, "Họp thống nhất kết quả tiêu chuẩn 3")
    find_text(ws, "Thời gian: 20/11/2023. Địa điểm: Phòng họp.")
    find_text(ws, "1. Thành phần: 3/9 thành viên hội đồng có mặt.")
    find_text(ws, "Lê Thị Hồng Nhung")
    item = find(ws, lambda v: v.startswith("Tiêu chí 3.2:"))
    assert row_values(ws, item.row)[:5] == [1, item.value, "Không đạt Mức 1", "Đã thống nhất\n20/11/2023 15:10",
                                            "Thiếu phòng học bộ môn"]
    assert row_values(ws, item.row + 1)[3] == "Chưa thống nhất"
    find_text(ws, "THƯ KÝ")
    find_text(ws, "CHỦ TỊCH HỘI ĐỒNG")
    check_print_setup(ws, landscape=False, repeated=False)
    check_fonts(ws)


# ---- user text, empty documents, failures ------------------------------------------------

def test_user_text_stays_text():
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["plan"][0].update(target=INJECTIONS[0], actions=INJECTIONS[1], owner=INJECTIONS[2], note=INJECTIONS[3])
    doc["evidence"][0]["title"] = INJECTIONS[4]
    doc["council"]["members"][1]["name"] = INJECTIONS[5]
    doc["school"]["principal"] = "=SUM(A1:A9)"
    wb, _ = export(write("inject.kdcl", doc), "inject")
    seen = set()
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                if c.value in INJECTIONS or c.value == "=SUM(A1:A9)":
                    assert c.data_type == "s", (ws.title, c.coordinate, c.value)
                    seen.add(c.value)
                elif isinstance(c.value, str) and c.value.startswith("="):
                    # The only formulas are the totals the export writes itself.
                    assert c.value.startswith("=SUM(") and c.data_type == "f", (ws.title, c.coordinate, c.value)
    assert seen == set(INJECTIONS) | {"=SUM(A1:A9)"}


def test_rows_fit_their_text():
    """A printed plan row is as tall as its longest text: counted in letters, not in the
    bytes Vietnamese letters take, and in lines where the user broke them."""
    short = {"target": "Mục tiêu", "owner": "HT", "partners": "", "support": "", "supervisor": "", "note": "",
             "start": "2024-09-01", "deadline": "2025-05-31", "budget": 0, "status": "todo"}
    texts = {"ascii": "o" * 90, "accented": "ỗ" * 90, "one line": "Họp tổ.",
             "five lines": "Họp tổ.\nHọp tổ.\nHọp tổ.\nHọp tổ.\nHọp tổ."}
    doc = {"format": "kiemdinh", "version": 1, "framework": "tt18-2018",
           "school": {"name": "Trường THCS Mẫu", "type": "THCS"},
           "plan": [dict(short, id=f"p{n}", actions=text) for n, text in enumerate(texts.values())]}
    wb, _ = export(write("heights.kdcl", doc), "heights")
    ws = wb["Kế hoạch cải tiến"]
    height = {name: ws.row_dimensions[find_text(ws, text).row].height for name, text in texts.items()}
    # 90 letters take three lines of the actions column, whatever their bytes; five short
    # lines take five; a short text fits in the height the row's other cells need.
    assert height["five lines"] > height["accented"] == height["ascii"] > height["one line"], height


def test_long_text_is_cut_not_lost():
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["plan"][0]["actions"] = "Rất dài. " * 5000  # 45,000 characters: more than a cell holds
    wb, _ = export(write("long.kdcl", doc), "long")
    cell = find(wb["Kế hoạch cải tiến"], lambda v: v.startswith("Rất dài."))
    assert 30000 < len(cell.value) <= 32767 and cell.value.endswith("…")


def test_empty_document():
    path = write("empty.kdcl", {"format": "kiemdinh", "version": 1, "framework": "tt18-2018",
                                "school": {"name": "Trường THCS Mẫu", "type": "THCS"}})
    wb, values_wb = export(path, "empty")
    assert wb.sheetnames == SHEETS
    ws = wb["Tổng hợp"]
    assert len(criterion_rows(ws)) == 28
    assert all(ws.cell(row=r, column=7).value == "Chưa đánh giá" for r in criterion_rows(ws).values())
    total = row_values(ws, find_text(ws, "Cộng").row)
    assert total[1:6] == [0, 0, 0, 0, "0/84"]
    find_text(ws, "Kết luận: Trường chưa đạt Mức 1.")
    plan = values_wb["Kế hoạch cải tiến"]
    assert plan.cell(row=find_text(plan, "Tổng cộng").row, column=9).value == 0
    # Blank agency and date: the form's dotted places to fill in by hand.
    find_text(ws, "……, ngày … tháng … năm …")
    for ws in wb:
        check_fonts(ws)


def test_unwritable_output_keeps_old_file():
    out = TMP / "giu-nguyen.xlsx"
    out.write_bytes(b"the old workbook")
    # A document that cannot be read.
    broken = write("broken.kdcl", '{"format": "kiemdinh", "version": 1, "framework": ')
    proc = cli("export", broken, "-o", out, expect=1)
    assert proc.stderr.strip() and out.read_bytes() == b"the old workbook"
    # Writing fails half-way (the disk is "full": files may not grow past 4 KiB): exit 1, a
    # sentence, the old file untouched and no temporary file left beside it.
    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
    proc = cli("export", SAMPLE, "-o", out, expect=1, preexec_fn=small_disk)
    assert "Không ghi được tệp Excel" in proc.stderr and "giu-nguyen.xlsx" in proc.stderr
    assert out.read_bytes() == b"the old workbook"
    assert sorted(p.name for p in TMP.iterdir() if p.name.startswith(".giu-nguyen")) == []
    # A folder that does not exist, and a folder given as the file.
    proc = cli("export", SAMPLE, "-o", TMP / "khong-co" / "x.xlsx", expect=1)
    assert "khong-co" in proc.stderr and "Không ghi được tệp Excel" in proc.stderr
    proc = cli("export", SAMPLE, "-o", TMP, expect=1)
    assert "là một thư mục" in proc.stderr
    # And then a good export replaces the old file.
    cli("export", SAMPLE, "-o", out)
    assert openpyxl.load_workbook(out).sheetnames == SHEETS


def test_command_line():
    cli("export", SAMPLE, expect=2)
    cli("export", "-o", TMP / "x.xlsx", expect=2)
    proc = cli("export", SAMPLE, "-o", TMP / "x.xlsx", "--plan-layout", "a4", expect=2)
    assert "5932" in proc.stderr and "bieu2" in proc.stderr
    assert "export" in cli("--help").stdout
    # A document whose indicators cannot be read would give wrong marks: refused.
    bad = write("bad-state.kdcl", {"format": "kiemdinh", "version": 1, "framework": "tt18-2018",
                                   "criteria": {"3.2": {"indicators": {"1a": "maybe"}}}})
    proc = cli("export", bad, "-o", TMP / "bad.xlsx", expect=1)
    assert "3.2" in proc.stderr and not (TMP / "bad.xlsx").exists()


tap = Tap()
for test in [test_sample_summary, test_seed_004_summary, test_sample_plan_5932, test_sample_plan_bieu2,
             test_seed_001_plan, test_sample_evidence_and_council, test_tt57, test_meetings,
             test_user_text_stays_text, test_rows_fit_their_text, test_long_text_is_cut_not_lost, test_empty_document,
             test_unwritable_output_keeps_old_file, test_command_line]:
    tap.run(test.__name__, test)
tap.done()
