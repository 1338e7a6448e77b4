#!/usr/bin/python3
"""End-to-end smoke test: open the sample from the file manager's way (the command line), edit a
field, save with Ctrl+S, and check the file.

Arguments: the built kiemdinh, the bundled sample.
"""
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pyatspi

from atspi import App, CONTROL, KEY_H, KEY_S, wait_for
from tap import Tap

PROGRAM, SAMPLE = sys.argv[1], sys.argv[2]
WORK = Path(tempfile.mkdtemp(prefix="kd-smoke-"))
DOCUMENT = WORK / "Trường THCS Vạn Hòa.kdcl"


def edit_and_save():
    shutil.copy(SAMPLE, DOCUMENT)
    before = json.loads(DOCUMENT.read_text(encoding="utf-8"))
    app = App(PROGRAM, str(DOCUMENT))
    try:
        app.wait_title(lambda t: t == "Trường THCS Vạn Hòa — Trường THCS Vạn Hòa.kdcl")
        # The sections are there, in Vietnamese.
        for section in ("Tổng quan", "Thông tin trường", "Hội đồng", "Tự đánh giá", "Minh chứng"):
            app.find("label", lambda name, s=section: name == s)
        # A document opens on its overview, with the school's level.
        app.find("label", lambda name: name == "Trường chưa đạt Mức 1.")
        # The wizard's navigator reads each criterion out with its level.
        app.show_section("Tự đánh giá")
        app.find("list item", lambda name: name == "1.1 Phương hướng, chiến lược xây dựng và phát triển nhà trường Đạt Mức 3")
        app.show_section("Thông tin trường")
        app.find("text", lambda name: name == "Hiệu trưởng")
        app.replace_field(KEY_H, "Le Van Hieu")
        app.wait_title(lambda t: t.startswith("• "))
        app.keys(CONTROL, KEY_S)
        app.wait_title(lambda t: not t.startswith("• "))
    finally:
        app.kill()
    after = json.loads(DOCUMENT.read_text(encoding="utf-8"))
    assert after["school"]["principal"] == "Le Van Hieu"
    # Nothing else changed: the council, the criteria, the evidence and the plan are as they were.
    for key in ("council", "criteria", "evidence", "plan", "reviews", "cycle"):
        assert after[key] == before[key], f"{key} changed"
    # The previous version is kept beside it.
    backup = Path(str(DOCUMENT) + "~")
    assert json.loads(backup.read_text(encoding="utf-8"))["school"]["principal"] == "Trần Thị Thanh Xuân"


def plan_grid_reads_out_and_sorts():
    """The plan grid through the accessibility tree: its titles are buttons that sort, its rows
    are named by criterion and content and say why they need attention."""
    shutil.copy(SAMPLE, DOCUMENT)
    app = App(PROGRAM, str(DOCUMENT))

    def plan_rows():
        grid = app.find("table", lambda name: name == "Kế hoạch cải tiến")
        return pyatspi.findAllDescendants(grid, lambda n: n is not None and n.getRoleName() == "table row")

    def row_names():
        return [r.name for r in plan_rows()]

    try:
        app.wait_title(lambda t: t.endswith("Trường THCS Vạn Hòa.kdcl"))
        app.show_section("Kế hoạch cải tiến")
        wait_for(lambda: "5.1 — Đổi mới công tác dạy học" in row_names(), what="the plan's rows")
        first = [r for r in plan_rows() if r.name == "5.1 — Đổi mới công tác dạy học"][0]
        assert first.description.startswith("Quá hạn"), first.description
        # Every row GTK lists has a name a screen reader can say, in every section.
        for section in ("Tổng quan", "Thông tin trường", "Hội đồng", "Tự đánh giá", "Yêu cầu Mức 4", "Minh chứng",
                        "Kế hoạch cải tiến", "Xuất Excel"):
            app.show_section(section)
            items = pyatspi.findAllDescendants(app.app, lambda n: n is not None and n.getRoleName() == "list item")
            unnamed = [item.parent.name for item in items if not item.name]
            assert len(items) >= 8 and not unnamed, (section, unnamed)
        # The sample's plan in its own order; a click on the criterion's title sorts by criterion.
        assert row_names()[0].startswith("5.1"), row_names()
        app.click(app.find("push button", lambda name: name == "Tiêu chí"))
        wait_for(lambda: row_names()[0].startswith("2.1"), what="the rows sorted by criterion")
        assert [name.split(" — ")[0] for name in row_names()] == ["2.1", "2.2", "2.3", "3.2", "3.5", "3.6", "5.1", "5.6"], row_names()
        app.click(app.find("push button", lambda name: name == "Tiêu chí"))
        wait_for(lambda: row_names()[0].startswith("5.6"), what="the rows in the other order")
    finally:
        app.kill()


def evidence_cells_read_out():
    """The evidence table's cells, drawn until they are edited, still say their value to a screen
    reader: their name is the column and the row, their description what they hold."""
    shutil.copy(SAMPLE, DOCUMENT)
    first = json.loads(DOCUMENT.read_text(encoding="utf-8"))["evidence"][0]
    app = App(PROGRAM, str(DOCUMENT))
    try:
        app.wait_title(lambda t: t.endswith("Trường THCS Vạn Hòa.kdcl"))
        app.show_section("Minh chứng")
        title = app.find("text", lambda name: name == "Tên minh chứng, dòng 1")
        assert title.description == first["title"], title.description
        code = app.find("text", lambda name: name == "Mã, dòng 1")
        assert code.description == first["code"], code.description
    finally:
        app.kill()


def evidence_cells_under_the_mouse():
    """An evidence cell under the mouse is an entry like any other: a double click selects the
    word under the pointer, a drag selects from the press to the release, and while it is edited
    a screen reader reads its text, its caret and its selection."""
    shutil.copy(SAMPLE, DOCUMENT)
    evidence = json.loads(DOCUMENT.read_text(encoding="utf-8"))["evidence"]
    app = App(PROGRAM, str(DOCUMENT))
    try:
        app.wait_title(lambda t: t.endswith("Trường THCS Vạn Hòa.kdcl"))
        app.show_section("Minh chứng")
        first = app.find("text", lambda name: name == "Tên minh chứng, dòng 1")
        app.pointer(first, 0.25, "abs")
        app.pointer(first, 0.25, "b1d")
        text = app.focused("text").queryText()
        assert text.getText(0, text.characterCount) == evidence[0]["title"], text.getText(0, text.characterCount)
        start, end = text.getSelection(0)
        assert evidence[0]["title"][start:end] == evidence[0]["title"].split()[0], (start, end)
        assert text.caretOffset == end

        second = app.find("text", lambda name: name == "Tên minh chứng, dòng 2")
        app.pointer(second, 0.2, "abs")
        app.pointer(second, 0.2, "b1p")
        app.pointer(second, 0.9, "abs")
        app.pointer(second, 0.9, "b1r")
        text = app.focused("text").queryText()
        assert text.getText(0, text.characterCount) == evidence[1]["title"], text.getText(0, text.characterCount)
        start, end = text.getSelection(0)
        assert end - start >= 5 and text.caretOffset == end, (start, end, text.caretOffset)
    finally:
        app.kill()


def second_file_opens_in_running_instance():
    other = WORK / "Bản sao.kdcl"
    shutil.copy(SAMPLE, DOCUMENT)
    shutil.copy(SAMPLE, other)
    app = App(PROGRAM, str(DOCUMENT))
    try:
        app.wait_title(lambda t: t.endswith("Trường THCS Vạn Hòa.kdcl"))
        # What the file manager does on a double-click: start the program again with the file.
        second = subprocess.run([PROGRAM, str(other)], env=app.env, timeout=60)
        assert second.returncode == 0
        wait_for(lambda: app.app.childCount == 2, what="a second window in the running instance")
        titles = sorted(app.app[i].name for i in range(app.app.childCount))
        assert titles[0].endswith("Bản sao.kdcl"), titles
        assert app.process.poll() is None
    finally:
        app.kill()


tap = Tap()
tap.run("open the sample, edit the principal, Ctrl+S, the file holds it", edit_and_save)
tap.run("the plan grid reads out and sorts by a click on a title", plan_grid_reads_out_and_sorts)
tap.run("the evidence table's cells say their values", evidence_cells_read_out)
tap.run("an evidence cell under the mouse selects a word and a drag", evidence_cells_under_the_mouse)
tap.run("a second file opens in the running instance", second_file_opens_in_running_instance)
shutil.rmtree(WORK, ignore_errors=True)
tap.done()
