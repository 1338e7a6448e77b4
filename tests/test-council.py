#!/usr/bin/python3
"""Three working groups on their own PCs: packages cut from the council's document, edited
apart, merged back with kiemdinh-cli.  No change may be lost: each is in the result or in a
conflict for the secretary."""
import copy
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tap import Tap

CLI = sys.argv[1]
FIXTURES = Path(__file__).parent / "fixtures"
TMP = Path(tempfile.mkdtemp(prefix="kd-council-"))
ENV = dict(os.environ, LANGUAGE="vi", LANG="C.UTF-8", XDG_DATA_HOME=str(TMP / "data"))
GROUPS = {"g-1": ("Nhóm công tác 1", "1"), "g-2": ("Nhóm công tác 2", "23"), "g-3": ("Nhóm công tác 3", "45")}


def cli(*args, expect=0):
    proc = subprocess.run([CLI, *args], capture_output=True, text=True, env=ENV, timeout=120)
    assert proc.returncode == expect, f"{args}: exit {proc.returncode}, expected {expect}\n{proc.stdout}\n{proc.stderr}"
    return proc


def load(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def save(path, data):
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def make_base(folder):
    doc = load(FIXTURES / "full-tt18.kdcl")
    fw = json.loads(cli("framework", "tt18-2018", "--json").stdout)
    doc["council"]["groups"] = [{"id": g, "name": name, "kind": "working"} for g, (name, _) in GROUPS.items()]
    for s in fw["standards"]:
        owner = next(g for g, (_, standards) in GROUPS.items() if str(s["number"]) in standards)
        for c in s["criteria"]:
            doc["criteria"].setdefault(c["code"], {})["assignee"] = owner
    base = folder / "truong.kdcl"
    save(base, doc)
    return base, fw


def group_edits(fw, group):
    """What a group does on its PC: every indicator of its criteria, a description each, one
    evidence item and one plan row of its own."""
    _, standards = GROUPS[group]
    edits = {}
    for s in fw["standards"]:
        if str(s["number"]) not in standards:
            continue
        for c in s["criteria"]:
            states = {i["id"]: ("unmet" if c["code"] == "3.2" and i["id"] == "1a" else "met") for i in c["indicators"]}
            edits[c["code"]] = {"indicators": states,
                                "descriptions": {"1a": f"Mô tả của {group} cho tiêu chí {c['code']}."}}
    return edits


def apply_criteria(doc, edits):
    for code, edit in edits.items():
        record = doc["criteria"].setdefault(code, {})
        for key in ("indicators", "descriptions"):
            record.setdefault(key, {}).update(edit[key])


def work_on_package(path, fw, group, extra=None):
    pkg = load(path)
    assert pkg["package"]["owner"] == group
    edits = group_edits(fw, group)
    apply_criteria(pkg, edits)
    code = next(iter(edits))
    evidence = {"id": f"e-{group}", "code": f"[H9-{code}-01]", "title": f"Biên bản của {group}", "number_date": "",
                "issuer": GROUPS[group][0], "location": "", "criterion": code, "note": ""}
    row = {"id": f"p-{group}", "criterion": code, "issue": "", "target": f"Mục tiêu của {group}",
           "actions": "Hành động", "owner": GROUPS[group][0], "partners": "", "start": "", "deadline": "2025-05-31",
           "budget": 1000000, "budget_source": "", "support": "", "supervisor": "", "indicators": "",
           "expected_evidence": "", "status": "todo", "note": ""}
    pkg["evidence"].append(evidence)
    pkg["plan"].append(row)
    if extra:
        extra(pkg)
    save(path, pkg)
    return edits, evidence, row


def cut_packages(folder, base):
    for group, (name, _) in GROUPS.items():
        cli("package", str(base), "--for", name, "-o", str(folder / f"{group}.kdcl"))


def test_clean_merge():
    folder = TMP / "clean"
    folder.mkdir()
    base, fw = make_base(folder)
    cut_packages(folder, base)
    expected = load(base)
    work = {g: work_on_package(folder / f"{g}.kdcl", fw, g) for g in GROUPS}
    for g, (edits, evidence, row) in work.items():
        apply_criteria(expected, edits)
        expected["evidence"].append(evidence)
        expected["plan"].append(row)

    out = folder / "merged.kdcl"
    proc = cli("merge", str(base), *[str(folder / f"{g}.kdcl") for g in GROUPS], "-o", str(out), "--author", "Lê Thị Hồng")
    assert "không có xung đột" in proc.stdout
    merged = load(out)
    for code, record in expected["criteria"].items():
        for key in ("indicators", "descriptions"):
            assert merged["criteria"][code].get(key, {}) == record.get(key, {}), (code, key)
    assert [e["id"] for e in merged["evidence"]] == [e["id"] for e in expected["evidence"]]
    assert [p["id"] for p in merged["plan"]] == [p["id"] for p in expected["plan"]]
    assert merged["evidence"][-1] == expected["evidence"][-1] and merged["plan"][-1] == expected["plan"][-1]
    assert "package" not in merged and "conflicts" not in merged
    merges = [h for h in merged["history"] if h["action"] == "merge"]
    assert len(merges) == 3 and all(h["by"] == "Lê Thị Hồng" for h in merges)
    assert "Nhóm công tác 2" in merges[1]["summary"]

    # The result is a valid document whose levels follow from what the groups recorded.
    cli("validate", str(out))
    levels = json.loads(cli("evaluate", str(out), "--json").stdout)
    assert levels["criteria"]["3.2"]["level"] == 0 and levels["criteria"]["1.1"]["level"] == 3
    assert levels["school"]["reasons"] == ["Tiêu chí 3.2 chưa đạt Mức 1 (chỉ báo a)"]

    # Importing the same packages again changes nothing.
    again = folder / "again.kdcl"
    proc = cli("merge", str(out), *[str(folder / f"{g}.kdcl") for g in GROUPS], "-o", str(again))
    assert "0 thay đổi" in proc.stdout
    second = load(again)
    for key in ("criteria", "evidence", "plan", "council", "school", "cycle"):
        assert second[key] == merged[key], key


def test_conflicts_kept():
    folder = TMP / "conflicts"
    folder.mkdir()
    base, fw = make_base(folder)
    cut_packages(folder, base)

    # Group 2 also touches a criterion of group 3 and the school's name: not theirs to change.
    def overstep(pkg):
        pkg["criteria"]["4.1"].setdefault("indicators", {})["1a"] = "unmet"
        pkg["school"]["name"] = "Trường THCS Vạn Hòa (nhóm 2 sửa)"
    work_on_package(folder / "g-1.kdcl", fw, "g-1")
    work_on_package(folder / "g-2.kdcl", fw, "g-2", overstep)
    g3_edits, _, _ = work_on_package(folder / "g-3.kdcl", fw, "g-3")
    # Meanwhile the secretary wrote another description of 1.1 on the council's PC.
    secretary = load(base)
    secretary["criteria"]["1.1"]["descriptions"]["1a"] = "Mô tả của thư ký."
    save(base, secretary)

    out = folder / "merged.kdcl"
    proc = cli("merge", str(base), *[str(folder / f"{g}.kdcl") for g in GROUPS], "-o", str(out), expect=3)
    merged = load(out)
    conflicts = merged["conflicts"]
    locations = sorted(c["location"] for c in conflicts)
    assert locations == ["thông tin trường, tên trường", "tiêu chí 1.1, mô tả hiện trạng chỉ báo 1a",
                         "tiêu chí 4.1, kết quả các chỉ báo"], locations
    for c in conflicts:
        assert c["location"] in proc.stdout
    both = next(c for c in conflicts if c["location"].startswith("tiêu chí 1.1"))
    assert both["ours"] == "Mô tả của thư ký." and both["theirs"] == "Mô tả của g-1 cho tiêu chí 1.1."
    # Undecided: this document's values stay; nothing of the groups is lost.
    assert merged["criteria"]["1.1"]["descriptions"]["1a"] == "Mô tả của thư ký."
    assert merged["school"]["name"] == secretary["school"]["name"]
    assert merged["criteria"]["4.1"]["indicators"] == g3_edits["4.1"]["indicators"]
    assert {"p-g-1", "p-g-2", "p-g-3"} <= {p["id"] for p in merged["plan"]}
    # Merging the same packages again neither changes nor duplicates anything.
    again = folder / "again.kdcl"
    cli("merge", str(out), *[str(folder / f"{g}.kdcl") for g in GROUPS], "-o", str(again), expect=3)
    second = load(again)
    assert len(second["conflicts"]) == 3
    assert second["criteria"] == merged["criteria"] and second["plan"] == merged["plan"]


def test_not_a_package():
    folder = TMP / "plain"
    folder.mkdir()
    base, _ = make_base(folder)
    cli("validate", str(base))
    other = folder / "ban-khac.kdcl"
    ancestor = folder / "goc.kdcl"
    data = load(base)
    save(ancestor, data)
    changed = copy.deepcopy(data)
    changed["cycle"]["place"] = "Thành phố Lào Cai"
    save(other, changed)
    proc = cli("merge", str(base), str(other), "-o", str(folder / "x.kdcl"), expect=1)
    assert "--base" in proc.stderr
    cli("merge", str(base), str(other), "--base", str(ancestor), "-o", str(folder / "x.kdcl"))
    assert load(folder / "x.kdcl")["cycle"]["place"] == "Thành phố Lào Cai"
    cli("merge", str(base), "-o", str(folder / "y.kdcl"), expect=2)
    cli("package", str(base), "--for", "Nhóm không có", "-o", str(folder / "z.kdcl"), expect=1)


tap = Tap()
tap.run("three group PCs, clean merge", test_clean_merge)
tap.run("three group PCs, conflicts kept for the secretary", test_conflicts_kept)
tap.run("merging a copy that is not a package", test_not_a_package)
tap.done()
