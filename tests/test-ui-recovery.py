#!/usr/bin/python3
"""Crash recovery, end to end: edit, wait for the autosave, kill -9, start again, recover, save.

Arguments: the built kiemdinh, the bundled sample.
"""
import json
import shutil
import sys
import tempfile
from pathlib import Path

from atspi import App, KEY_H, KEY_S, CONTROL, wait_for
from tap import Tap

PROGRAM, SAMPLE = sys.argv[1], sys.argv[2]
WORK = Path(tempfile.mkdtemp(prefix="kd-recovery-"))
DOCUMENT = WORK / "van-hoa.kdcl"
HOME = WORK / "home"


def principal_on_disk(path):
    return json.loads(path.read_text(encoding="utf-8"))["school"]["principal"]


def copies():
    folder = HOME / "state" / "kiemdinh" / "recovery"
    return sorted(folder.glob("*.kdcl")) if folder.exists() else []


def crash_after_autosave():
    shutil.copy(SAMPLE, DOCUMENT)
    app = App(PROGRAM, str(DOCUMENT), home=HOME)
    try:
        app.wait_title(lambda t: t.startswith("Trường THCS Vạn Hòa — van-hoa.kdcl"))
        app.show_section("Thông tin trường")
        app.replace_field(KEY_H, "Nguyen Thi Moi")
        app.wait_title(lambda t: t.startswith("• "))
        # The autosave comes by itself a few seconds after the change.
        wait_for(lambda: any("Nguyen Thi Moi" in c.read_text(encoding="utf-8") for c in copies()),
                 timeout=60, what="the recovery copy")
    finally:
        app.kill()  # SIGKILL: no chance to clean up, as in a crash or a power cut
    assert principal_on_disk(DOCUMENT) == "Trần Thị Thanh Xuân", "the document itself was not saved"
    assert len(copies()) == 1


def recover_after_restart():
    app = App(PROGRAM, home=HOME)
    try:
        # The welcome screen offers the unsaved work; Recover opens it, marked unsaved.
        recover = app.find("push button", lambda name: "Khôi phục" in name)
        app.click(recover)
        app.wait_title(lambda t: t.startswith("• Trường THCS Vạn Hòa — van-hoa.kdcl"))
        app.keys(CONTROL, KEY_S)
        app.wait_title(lambda t: t.startswith("Trường THCS Vạn Hòa — van-hoa.kdcl"))
        wait_for(lambda: principal_on_disk(DOCUMENT) == "Nguyen Thi Moi", what="the saved file")
        # Saved: nothing is left to recover.
        wait_for(lambda: not copies(), what="the recovery copy to go")
    finally:
        app.kill()


tap = Tap()
tap.run("an edit survives kill -9 through the recovery copy", crash_after_autosave)
tap.run("the next start offers it and saving it clears it", recover_after_restart)
shutil.rmtree(WORK, ignore_errors=True)
tap.done()
