#!/usr/bin/python3
"""kiemdinh-cli against the contract in ARCHITECTURE.md and docs/CLI.md."""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tap import Tap

CLI = sys.argv[1]
FIXTURES = Path(__file__).parent / "fixtures"
TMP = Path(tempfile.mkdtemp(prefix="kd-cli-"))
ENV = dict(os.environ, LANGUAGE="vi", LANG="C.UTF-8", XDG_DATA_HOME=str(TMP / "data"))

FRAMEWORKS = {
    "tt18-2018": (28, 84, 6, 3), "tt17-2018": (27, 81, 5, 3), "tt19-2018": (25, 75, 6, 3),
    "tt57-2026-mn": (15, 15, 0, 2), "tt57-2026-pt": (15, 15, 0, 2), "tt57-2026-gdtx": (15, 15, 0, 2),
}


def cli(*args, expect=0):
    proc = subprocess.run([CLI, *args], capture_output=True, text=True, env=ENV, timeout=60)
    assert proc.returncode == expect, f"{args}: exit {proc.returncode}, expected {expect}\n{proc.stdout}\n{proc.stderr}"
    return proc


def write(name, data):
    path = TMP / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def framework_json(fw_id):
    return json.loads(cli("framework", fw_id, "--json").stdout)


def test_frameworks_list():
    listed = json.loads(cli("frameworks", "--json").stdout)
    assert {f["id"] for f in listed} == set(FRAMEWORKS)
    text = cli("frameworks").stdout
    for fw_id in FRAMEWORKS:
        assert fw_id in text


def test_framework_shape(fw_id):
    data = framework_json(fw_id)
    n_crit, n_m1, n_extra, max_level = FRAMEWORKS[fw_id]
    assert data["id"] == fw_id and data["max_level"] == max_level and data["title"]
    criteria = [c for s in data["standards"] for c in s["criteria"]]
    assert len(criteria) == n_crit
    assert sum(1 for c in criteria for i in c["indicators"] if i["level"] == 1) == n_m1
    assert len(data["extra"]) == n_extra
    for s in data["standards"]:
        assert isinstance(s["number"], int) and s["title"]
    for c in criteria:
        assert set(c) >= {"code", "title", "mandatory", "indicators"}
        for i in c["indicators"]:
            assert set(i) >= {"id", "level", "text"}
            assert i["id"].startswith(str(i["level"]))
    if fw_id.startswith("tt57"):
        assert sorted(c["code"] for c in criteria if c["mandatory"]) == ["1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]
        assert [len(s["criteria"]) for s in data["standards"]] == [4, 3, 5, 3]


def test_unknown_framework():
    proc = cli("framework", "tt99-2030", expect=1)
    assert "tt99-2030" in proc.stderr


def document_for(fw_id, state_of):
    """A document where state_of(criterion, indicator) gives 'met', 'unmet' or None."""
    data = framework_json(fw_id)
    criteria = {}
    for s in data["standards"]:
        for c in s["criteria"]:
            states = {i["id"]: state_of(c, i) for i in c["indicators"]}
            states = {k: v for k, v in states.items() if v}
            if states:
                criteria[c["code"]] = {"indicators": states}
    return {"format": "kiemdinh", "version": 1, "framework": fw_id,
            "school": {"name": "Trường thử", "type": data["school_types"][0]}, "criteria": criteria,
            "extra": {e["id"]: "met" for e in data["extra"]}}


def evaluate(doc, name="doc.kdcl"):
    return json.loads(cli("evaluate", write(name, doc), "--json").stdout)


def test_evaluate_every_framework(fw_id):
    _, _, _, max_level = FRAMEWORKS[fw_id]
    # Everything met: the top level.
    result = evaluate(document_for(fw_id, lambda c, i: "met"))
    top = 4 if max_level == 3 else 2
    assert result["framework"] == fw_id
    assert result["school"]["level"] == top
    assert result["school"]["national_standard"] == 2
    assert result["school"]["accreditation_level"] == (top if max_level == 3 else 0)
    assert result["school"]["reasons"] == []
    assert all(c["level"] == max_level and c["complete"] for c in result["criteria"].values())
    # Nothing assessed: level 0, every criterion incomplete.
    result = evaluate(document_for(fw_id, lambda c, i: None))
    assert result["school"]["level"] == 0
    assert all(not c["complete"] and c["unassessed"] for c in result["criteria"].values())
    reasons = result["school"]["reasons"]
    if max_level == 3:  # 2018: every criterion is named
        assert len(reasons) == len(result["criteria"])
    else:  # TT 57: the eight mandatory criteria, then the quota of the others
        assert len(reasons) == 9 and "0/7" in reasons[-1]
    # Only Mức 1 met: level 1 (2018 criteria reach Mức 1; TT 57 too).
    result = evaluate(document_for(fw_id, lambda c, i: "met" if i["level"] == 1 else "unmet"))
    assert result["school"]["level"] == 1
    assert result["school"]["national_standard"] == (0 if max_level == 3 else 1)


def test_tt57_mandatory():
    others = ["1.1", "1.2", "2.3", "3.3", "3.4", "3.5", "4.3"]

    def state(levels):
        return lambda c, i: "met" if i["level"] <= levels.get(c["code"], 2) else "unmet"
    # A mandatory criterion below Mức 1: not Mức 1, whatever the others do.
    result = evaluate(document_for("tt57-2026-pt", state({"2.2": 0})))
    assert result["school"]["level"] == 0
    assert result["criteria"]["2.2"] == {"level": 0, "complete": True, "unmet": ["1", "2"], "unassessed": []}
    assert any("2.2" in r for r in result["school"]["reasons"])
    # Two of the seven others below Mức 1: still Mức 1 (5 of 7); three: not.
    result = evaluate(document_for("tt57-2026-pt", state({"1.1": 0, "1.2": 0})))
    assert result["school"]["level"] == 1
    result = evaluate(document_for("tt57-2026-pt", state({"1.1": 0, "1.2": 0, "2.3": 0})))
    assert result["school"]["level"] == 0
    assert any("4/7" in r for r in result["school"]["reasons"])
    # Mức 2: five others at Mức 2, the rest at Mức 1.
    result = evaluate(document_for("tt57-2026-pt", state({"4.3": 1, "3.5": 1})))
    assert result["school"]["level"] == 2 and result["school"]["national_standard"] == 2
    result = evaluate(document_for("tt57-2026-pt", state({o: 1 for o in others[:3]})))
    assert result["school"]["level"] == 1
    assert result["school"]["next_level"]["level"] == 2


def test_seeds():
    seed0 = json.loads(cli("evaluate", str(FIXTURES / "seed-000-van-hoa.kdcl"), "--json").stdout)
    assert seed0["school"]["level"] == 0
    assert seed0["criteria"]["3.2"] == {"level": 0, "complete": False, "unmet": ["1a"], "unassessed": ["2a", "2b", "3"]} or \
        seed0["criteria"]["3.2"]["unmet"] == ["1a"]
    assert seed0["school"]["reasons"] == ["Tiêu chí 3.2 chưa đạt Mức 1 (chỉ báo a)"]
    seed4 = json.loads(cli("evaluate", str(FIXTURES / "seed-004-nguyen-binh-khiem.kdcl"), "--json").stdout)
    assert seed4["school"]["level"] == 0 and seed4["extra"] == {"met": 3, "total": 6}
    text = cli("evaluate", str(FIXTURES / "seed-004-nguyen-binh-khiem.kdcl")).stdout
    assert "Trường chưa đạt Mức 1" in text and "Tiêu chí 3.3" in text


def test_new_and_validate():
    out = str(TMP / "moi.kdcl")
    cli("new", "--framework", "tt57-2026-pt", "--school", "Trường THCS Mới", "--type", "THCS", "--year", "2026-2027", "-o", out)
    doc = json.loads(Path(out).read_text(encoding="utf-8"))
    assert doc["format"] == "kiemdinh" and doc["version"] == 1 and doc["framework"] == "tt57-2026-pt"
    assert doc["school"]["name"] == "Trường THCS Mới" and doc["cycle"]["school_year"] == "2026-2027"
    assert "hợp lệ" in cli("validate", out).stdout
    # An existing file is not replaced without --force.
    before = Path(out).read_bytes()
    proc = cli("new", "--framework", "tt18-2018", "--school", "X", "--type", "THCS", "-o", out, expect=1)
    assert Path(out).read_bytes() == before and "--force" in proc.stderr
    cli("new", "--framework", "tt18-2018", "--school", "X", "--type", "THCS", "-o", out, "--force")
    assert json.loads(Path(out).read_text(encoding="utf-8"))["framework"] == "tt18-2018"
    cli("new", "--framework", "tt99", "--school", "X", "--type", "THCS", "-o", str(TMP / "x.kdcl"), expect=1)
    cli("new", "--framework", "tt18-2018", "--school", "X", "--type", "CAODANG", "-o", str(TMP / "x.kdcl"), expect=2)
    cli("new", "--framework", "tt18-2018", "--school", "X", "--type", "THCS", "--year", "2023", "-o", str(TMP / "x.kdcl"), expect=2)
    cli("new", "--framework", "tt18-2018", "--type", "THCS", "-o", str(TMP / "x.kdcl"), expect=2)


BROKEN = {
    "broken-json": '{"format": "kiemdinh", "version": 1, "framework": ',
    "invalid-utf8": b'{"format": "kiemdinh", "x": "\xff\xfe"}',
    "wrong-type-criteria": {"format": "kiemdinh", "version": 1, "framework": "tt18-2018", "criteria": []},
    "wrong-type-indicators": {"format": "kiemdinh", "version": 1, "framework": "tt18-2018", "criteria": {"1.1": {"indicators": "met"}}},
    "unknown-framework": {"format": "kiemdinh", "version": 1, "framework": "tt99-2030"},
    "unknown-criterion": {"format": "kiemdinh", "version": 1, "framework": "tt18-2018", "criteria": {"9.9": {"indicators": {"1a": "met"}}}},
    "unknown-indicator": {"format": "kiemdinh", "version": 1, "framework": "tt18-2018", "criteria": {"1.1": {"indicators": {"4z": "met"}}}},
    "bad-state": {"format": "kiemdinh", "version": 1, "framework": "tt18-2018", "criteria": {"3.2": {"indicators": {"1a": "maybe"}}}},
    "duplicate-member": '{"format": "kiemdinh", "version": 1, "framework": "tt18-2018", "framework": "tt17-2018"}',
    "bad-date": {"format": "kiemdinh", "version": 1, "framework": "tt18-2018", "plan": [{"deadline": "2024-02-31"}]},
    "bad-date-format": {"format": "kiemdinh", "version": 1, "framework": "tt18-2018", "plan": [{"start": "31/05/2024"}]},
    "non-numeric-budget": {"format": "kiemdinh", "version": 1, "framework": "tt18-2018", "plan": [{"budget": "1.500.000"}]},
    "negative-budget": {"format": "kiemdinh", "version": 1, "framework": "tt18-2018", "plan": [{"budget": -1}]},
    "overflowing-budget": '{"format": "kiemdinh", "version": 1, "framework": "tt18-2018", "plan": [{"budget": 99999999999999999999999}]}',
    "too-large-budget": {"format": "kiemdinh", "version": 1, "framework": "tt18-2018", "plan": [{"budget": 10**16}]},
    "non-finite-budget": '{"format": "kiemdinh", "version": 1, "framework": "tt18-2018", "plan": [{"budget": 1e999}]}',
    "fraction-budget": {"format": "kiemdinh", "version": 1, "framework": "tt18-2018", "plan": [{"budget": 0.5}]},
    "deep-nesting": "[" * 300000 + "]" * 300000,
    "not-a-document": {"hello": "world"},
    "empty": "",
}
# Problems that do not touch the levels: validate refuses them, evaluate still computes.
EVALUABLE = {"bad-date", "bad-date-format", "non-numeric-budget", "negative-budget", "too-large-budget", "fraction-budget"}


def test_broken(name):
    path = write(f"{name}.kdcl", BROKEN[name])
    proc = cli("validate", path, expect=1)
    assert proc.stderr.strip(), "no message on stderr"
    assert "Traceback" not in proc.stderr and "CRITICAL" not in proc.stderr
    proc = cli("evaluate", path, expect=0 if name in EVALUABLE else 1)
    if name not in EVALUABLE:
        assert proc.stderr.strip()


def test_missing_file():
    proc = cli("validate", str(TMP / "khong-co.kdcl"), expect=1)
    assert "khong-co.kdcl" in proc.stderr and "không tồn tại" in proc.stderr


def test_usage():
    assert "frameworks" in cli("--help").stdout
    cli(expect=2)
    cli("frobnicate", expect=2)
    cli("evaluate", expect=2)
    cli("evaluate", "--bogus", "x", expect=2)
    cli("validate", "a", "b", expect=2)
    assert "evaluate" in cli("evaluate", "--help").stdout


def test_vietnamese():
    proc = cli("validate", write("vi.kdcl", BROKEN["bad-state"]), expect=1)
    assert "tiêu chí 3.2, chỉ báo 1a: giá trị “maybe” không hợp lệ" in proc.stderr
    # A problem in a list names the row, counted from 1 as a user counts them.
    plan = [{}] * 11 + [{"deadline": "2024-02-31"}]
    proc = cli("validate", write("vi-row.kdcl", {"format": "kiemdinh", "version": 1, "framework": "tt18-2018",
                                                 "plan": plan}), expect=1)
    assert "kế hoạch, dòng 12, hạn hoàn thành: “2024-02-31” không phải ngày hợp lệ" in proc.stderr, proc.stderr
    assert "Cách dùng" in cli("--help").stdout


def test_broken_user_catalogue():
    folder = TMP / "data" / "kiemdinh" / "frameworks"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hong.json").write_text("{ not json", encoding="utf-8")
    try:
        proc = cli("frameworks")
        assert "hong.json" in proc.stderr
        assert "tt18-2018" in proc.stdout
    finally:
        (folder / "hong.json").unlink()


tap = Tap()
tap.run("frameworks list", test_frameworks_list)
for fw in FRAMEWORKS:
    tap.run(f"framework --json {fw}", test_framework_shape, fw)
    tap.run(f"evaluate {fw}", test_evaluate_every_framework, fw)
tap.run("framework unknown id", test_unknown_framework)
tap.run("evaluate tt57 mandatory criteria", test_tt57_mandatory)
tap.run("evaluate seeds", test_seeds)
tap.run("new and validate", test_new_and_validate)
for case in BROKEN:
    tap.run(f"broken input {case}", test_broken, case)
tap.run("missing file", test_missing_file)
tap.run("usage errors", test_usage)
tap.run("messages in Vietnamese", test_vietnamese)
tap.run("broken user catalogue", test_broken_user_catalogue)
tap.done()
