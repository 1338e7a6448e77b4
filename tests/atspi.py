"""Drive the built `kiemdinh` as a person would: through its accessibility tree and the keyboard.

Runs under its own dbus-run-session (the accessibility bus) and the X display of make check.
GTK 4.8 does not let AT-SPI move the focus, so fields are reached with their label's mnemonic
(Alt+letter), as a keyboard user does.  Key codes are those of Xvfb's default US map.
"""
import os
import subprocess
import tempfile
import time
from pathlib import Path

import pyatspi

CONTROL, ALT = 37, 64
KEY_A, KEY_H, KEY_S = 38, 43, 39
RETURN = 0xFF0D


class App:
    def __init__(self, program, *args, home=None):
        self.home = Path(home or tempfile.mkdtemp(prefix="kd-atspi-"))
        env = dict(os.environ)
        env.pop("GTK_A11Y", None)
        env.update(
            LANGUAGE="vi", GSK_RENDERER="cairo", GSETTINGS_BACKEND="memory",
            HOME=str(self.home), XDG_STATE_HOME=str(self.home / "state"),
            XDG_CONFIG_HOME=str(self.home / "config"), XDG_DATA_HOME=str(self.home / "data"),
            XDG_CACHE_HOME=str(self.home / "cache"),
        )
        self.env = env
        self.process = subprocess.Popen([program, *args], env=env)
        self.app = self._find_app()

    def _find_app(self, timeout=60):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for app in pyatspi.Registry.getDesktop(0):
                if app is not None and app.name == "kiemdinh" and app.childCount > 0:
                    return app
            time.sleep(0.2)
        raise AssertionError("kiemdinh did not show a window")

    @property
    def recovery_dir(self):
        return self.home / "state" / "kiemdinh" / "recovery"

    def frame_title(self):
        return self.app[0].name

    def find(self, role, predicate, timeout=30, predicate_node=lambda n: True):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            found = pyatspi.findDescendant(self.app, lambda n: n is not None and n.getRoleName() == role and predicate(n.name)
                                           and predicate_node(n))
            if found is not None:
                return found
            time.sleep(0.2)
        raise AssertionError(f"no {role} matching the condition")

    def wait_title(self, predicate, timeout=30):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if predicate(self.frame_title()):
                return self.frame_title()
            time.sleep(0.2)
        raise AssertionError(f"window title stayed “{self.frame_title()}”")

    def show_section(self, title, timeout=30):
        """Selects the sidebar row named @title (as a screen reader reads it), as a click on it does."""
        row = self.find("list item", lambda name: name == title, timeout)
        row.parent.querySelection().selectChild(row.getIndexInParent())
        time.sleep(0.3)

    def click(self, accessible):
        accessible.queryAction().doAction(0)

    def keys(self, *codes):
        """Presses the key codes together (a modifier first), then releases them."""
        for code in codes[:-1]:
            pyatspi.Registry.generateKeyboardEvent(code, None, pyatspi.KEY_PRESS)
        pyatspi.Registry.generateKeyboardEvent(codes[-1], None, pyatspi.KEY_PRESSRELEASE)
        for code in reversed(codes[:-1]):
            pyatspi.Registry.generateKeyboardEvent(code, None, pyatspi.KEY_RELEASE)
        time.sleep(0.3)

    def pointer(self, accessible, fraction, event):
        """A pointer @event ("abs" to move there, "b1p"/"b1r" to press/release, "b1d" to double
        click) at @fraction of @accessible's width, halfway down.  GTK 4.8 gives positions in the
        window, which is at the screen's corner on the test's X server (no window manager), less
        the few pixels of the window's frame: aim inside, not at an edge."""
        box = accessible.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        pyatspi.Registry.generateMouseEvent(box.x + int(box.width * fraction), box.y + box.height // 2, event)
        time.sleep(0.3)

    def focused(self, role):
        return self.find(role, lambda name: True, predicate_node=lambda n: n.getState().contains(pyatspi.STATE_FOCUSED))

    def type_text(self, text):
        pyatspi.Registry.generateKeyboardEvent(0, text, pyatspi.KEY_STRING)
        time.sleep(0.3)

    def replace_field(self, mnemonic_code, text):
        """Alt+letter to the field, select all, type, Enter (which commits the field)."""
        self.keys(ALT, mnemonic_code)
        self.keys(CONTROL, KEY_A)
        self.type_text(text)
        pyatspi.Registry.generateKeyboardEvent(RETURN, None, pyatspi.KEY_SYM)
        time.sleep(0.3)

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)


def wait_for(condition, timeout=30, what="the condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")
