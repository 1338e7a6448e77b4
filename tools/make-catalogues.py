#!/usr/bin/python3
"""Build data/frameworks/*.json from the research catalogues in ../shared/reference/criteria.

The research files keep every fact with its source and confidence mark; this script turns them
into the catalogue format the app reads (docs/FRAMEWORKS.md) without rewording any legal text.
Run it again when the research files change:  tools/make-catalogues.py [REFERENCE_DIR]
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REF = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "reference" / "criteria"
OUT = ROOT / "data" / "frameworks"

CONFIDENCE_LEGEND = {
    "V": "Đã đối chiếu: hai nguồn độc lập trở lên thống nhất.",
    "V-weak": "Hai nguồn độc lập thống nhất nhưng đều là phần mềm năm 2026, chưa đối chiếu văn bản chính thức.",
    "1": "Một nguồn; chưa đối chiếu với văn bản chính thức.",
    "?": "Suy luận; chưa được xác nhận.",
}

RULES_2018 = {
    "criterion_level": "cumulative",
    "school_levels": [
        {"level": 1, "requires": [{"criteria": "all", "min_level": 1}]},
        {"level": 2, "requires": [{"criteria": "all", "min_level": 2}]},
        {"level": 3, "requires": [{"criteria": "all", "min_level": 3}]},
        {"level": 4, "requires": [{"criteria": "all", "min_level": 3}, {"extra": "all"}]},
    ],
    "accreditation": True,
    "national_standard": [
        {"degree": 1, "min_school_level": 2},
        {"degree": 2, "min_school_level": 3},
    ],
    "council": {"min_members": 7, "odd": False, "exactly_one": ["chu_tich"]},
    "reviews_per_year": 0,
    "confidence": "V",
    "source": "Điều 6 khoản 1, Điều 22, Điều 34, Điều 37 và Điều 24 của Quy định (mức 1–3 không có chỉ tiêu tối thiểu hay tiêu chí bắt buộc).",
}

RULES_2026 = {
    "criterion_level": "cumulative",
    "school_levels": [
        {"level": 1, "requires": [
            {"criteria": "mandatory", "min_level": 1},
            {"criteria": "optional", "min_level": 1, "at_least": 5}]},
        {"level": 2, "requires": [
            {"criteria": "mandatory", "min_level": 2},
            {"criteria": "optional", "min_level": 2, "at_least": 5},
            {"criteria": "optional", "min_level": 1}]},
    ],
    "accreditation": False,
    "national_standard": [
        {"degree": 1, "min_school_level": 1},
        {"degree": 2, "min_school_level": 2},
    ],
    "council": {"min_members": 5, "odd": True, "exactly_one": ["chu_tich", "thu_ky"]},
    "reviews_per_year": 2,
    "confidence": "V-weak",
    "source": "Khoản 3 Điều 5 (mức của cơ sở giáo dục), khoản 2 Điều 16 (chuẩn quốc gia), Điều 9 (hội đồng), Biểu 2 mục VIII (rà soát kế hoạch ít nhất 02 lần mỗi năm học) — theo trích dẫn của hai phần mềm năm 2026, chưa đối chiếu văn bản chính thức.",
}

EVIDENCE_2018 = {
    "template": "[H{box}-{criterion}-{serial}]",
    "regex": "\\[H[0-9]{1,3}-[0-9]{1,2}\\.[0-9]{1,2}-[0-9]{2,3}\\]",
    "example": "[H1-1.1-01]",
    "separator": "; ",
    "confidence": "V-weak",
    "note": "CV 5932/BGDĐT-QLCL: H = hộp minh chứng, số hộp, mã tiêu chí, số thứ tự hai chữ số.",
}

EVIDENCE_2026 = {
    "template": "MC.{criterion}.{serial}",
    "regex": "MC\\.[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{2,3}",
    "example": "MC.1.1.01",
    "open": "(",
    "close": ")",
    "separator": ", ",
    "confidence": "V-weak",
    "note": "Phụ lục IV: mã trong ngoặc tròn, đặt trong câu trước dấu chấm; nhiều mã cách nhau bằng dấu phẩy; một minh chứng giữ một mã.",
}


def nfc(s):
    return unicodedata.normalize("NFC", s) if isinstance(s, str) else s


def level_confidence_2018(criterion):
    """Levels whose text a second source confirmed, from the research's crosscheck scopes."""
    checked = set()
    for check in criterion.get("crosschecks", []):
        for m in re.finditer(r"Mức ([123])", check.get("scope", "")):
            checked.add(m.group(1))
    return checked


AMENDMENT_RE = re.compile(r"TT 22/2024|See note on 3\.1")


def convert_2018(path, fw_id, short, last_year):
    src = json.loads(path.read_text(encoding="utf-8"))
    standards = []
    for std in src["standards"]:
        crits = []
        for c in std["criteria"]:
            checked = level_confidence_2018(c)
            indicators = []
            for level in sorted(c["levels"], key=int):
                for ind in c["levels"][level]:
                    lettered = ind.get("lettered_in_source", True)
                    key = ind["key"] if lettered else ""
                    entry = {
                        "id": f"{level}{key}",
                        "level": int(level),
                        "key": key,
                        "text": nfc(ind["text"]),
                        "confidence": "V" if level in checked else "1",
                    }
                    if c.get("citation", {}).get(level):
                        entry["citation"] = c["citation"][level]
                    if "correction" in ind:
                        entry["correction"] = ind["correction"]
                        entry["source_text"] = nfc(ind["source_text"])
                    indicators.append(entry)
            crit = {
                "code": c["code"],
                "title": nfc(c["title"]),
                "mandatory": False,
                "indicators": indicators,
            }
            notes = [nfc(n) for n in c.get("notes", [])]
            if notes:
                crit["notes"] = notes
            if any(AMENDMENT_RE.search(n) for n in notes):
                crit["amendment"] = {
                    "by": "22/2024/TT-BGDĐT",
                    "effective": "2025-01-25",
                    "status": "Văn bản sửa đổi chưa thu thập được; nội dung dưới đây là văn bản năm 2018.",
                }
            crits.append(crit)
        standards.append({"number": std["number"], "title": nfc(std["title"]), "criteria": crits})

    extra = []
    for item in src["level4"]:
        entry = {
            "id": item["key"],
            "text": nfc(item["text"]),
            "citation": item.get("citation", ""),
            "confidence": "V" if item.get("crosschecks") else "1",
        }
        if "correction" in item:
            entry["correction"] = item["correction"]
        extra.append(entry)

    return {
        "format": "kiemdinh-framework",
        "format_version": 1,
        "id": fw_id,
        "number": src["number"],
        "short_title": short,
        "title": nfc(src["title"]),
        "issuer": src["issuer"],
        "issued": src["issued"],
        "effective": src["effective"],
        "school_types": src["school_types"],
        "school_years": {"first": None, "last": last_year},
        "max_level": 3,
        "strengths_per": "criterion",
        "plan_layout": "5932",
        "evidence_code": EVIDENCE_2018,
        "rules": RULES_2018,
        "standards": standards,
        "extra_title": "Mức 4",
        "extra": extra,
        "amended_by": src.get("amended_by", []),
        "text_version": src.get("text_version", ""),
        "verification": src.get("verification", {}),
        "verification_vi": (
            "Nội dung chỉ báo lấy từ một nguồn (dữ liệu của một phần mềm KĐCL năm 2020), "
            "chưa đối chiếu đầy đủ với văn bản chính thức; chỉ báo có dấu “đã đối chiếu” "
            "được một nguồn thứ hai xác nhận. Văn bản sửa đổi của Thông tư 22/2024 chưa có."
        ),
        "confidence_legend": CONFIDENCE_LEGEND,
        "sources": src.get("sources", {}),
    }


def convert_2026(src, annex, fw_id, short):
    standards = []
    for std in annex["standards"]:
        crits = []
        for c in std["criteria"]:
            indicators = []
            for level in sorted(c["levels"], key=int):
                for ind in c["levels"][level]:
                    indicators.append({
                        "id": f"{level}{ind['key']}",
                        "level": int(level),
                        "key": ind["key"],
                        "text": nfc(ind["text"]),
                        "confidence": "1",
                    })
            crit = {
                "code": c["code"],
                "title": nfc(c["title"]),
                "mandatory": bool(c["mandatory"]),
                "indicators": indicators,
                "evidence_group": nfc(c.get("evidence_group", "")),
                "evidence_suggestions": [nfc(s) for s in c.get("evidence_suggestions", [])],
                "quantitative_data": [nfc(s) for s in c.get("quantitative_data", [])],
                "source_ref": c.get("source_ref", ""),
            }
            if c.get("notes"):
                crit["notes"] = [nfc(n) for n in c["notes"]]
            crits.append(crit)
        standards.append({"number": std["number"], "title": nfc(std["title"]), "criteria": crits})
    return {
        "format": "kiemdinh-framework",
        "format_version": 1,
        "id": fw_id,
        "number": src["number"],
        "short_title": short,
        "title": nfc(src["title"]),
        "annex": annex["annex"],
        "annex_title": nfc(annex["title"]),
        "definitions": nfc(annex.get("definitions") or ""),
        "issuer": src["issuer"],
        "issued": src["issued"],
        "effective": src["effective"],
        "school_types": annex["school_types"],
        "school_years": {"first": "2026-2027", "last": None},
        "max_level": 2,
        "strengths_per": "standard",
        "plan_layout": "bieu2",
        "evidence_code": EVIDENCE_2026,
        "rules": RULES_2026,
        "standards": standards,
        "extra_title": "",
        "extra": [],
        "text_version": src.get("text_version", ""),
        "verification": src.get("verification", {}).get("summary", {}),
        "verification_vi": (
            "Nội dung yêu cầu, minh chứng gợi ý và dữ liệu định lượng lấy từ một nguồn (phần mềm năm 2026), "
            "chưa đối chiếu với văn bản chính thức của Thông tư 57/2026. Danh sách tiêu chí bắt buộc và "
            "quy tắc xếp mức được hai phần mềm độc lập thống nhất."
        ),
        "confidence_legend": CONFIDENCE_LEGEND,
        "sources": src.get("sources", {}),
    }


def write(catalogue):
    path = OUT / f"{catalogue['id']}.json"
    path.write_text(json.dumps(catalogue, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n_crit = sum(len(s["criteria"]) for s in catalogue["standards"])
    n_m1 = sum(1 for s in catalogue["standards"] for c in s["criteria"]
               for i in c["indicators"] if i["level"] == 1)
    print(f"{path.name}: {n_crit} criteria, {n_m1} Mức 1 indicators, {len(catalogue['extra'])} extra")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    write(convert_2018(REF / "tt18-2018.json", "tt18-2018", "Thông tư 18/2018/TT-BGDĐT", "2025-2026"))
    write(convert_2018(REF / "tt17-2018.json", "tt17-2018", "Thông tư 17/2018/TT-BGDĐT", "2025-2026"))
    write(convert_2018(REF / "tt19-2018.json", "tt19-2018", "Thông tư 19/2018/TT-BGDĐT", "2025-2026"))
    src = json.loads((REF / "tt57-2026.json").read_text(encoding="utf-8"))
    ids = {"I": ("tt57-2026-mn", "Thông tư 57/2026/TT-BGDĐT (mầm non)"),
           "II": ("tt57-2026-pt", "Thông tư 57/2026/TT-BGDĐT (phổ thông)"),
           "III": ("tt57-2026-gdtx", "Thông tư 57/2026/TT-BGDĐT (GDTX)")}
    for annex in src["annexes"]:
        fw_id, short = ids[annex["annex"]]
        write(convert_2026(src, annex, fw_id, short))


if __name__ == "__main__":
    main()
