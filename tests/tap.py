"""A tiny TAP producer for the Python tests (meson counts the 'ok' lines)."""
import sys
import traceback


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def run(self, name, func, *args):
        self.n += 1
        try:
            func(*args)
        except Exception:  # a failed check or a crash: both are a failure of this case
            self.failed += 1
            print(f"not ok {self.n} {name}")
            for line in traceback.format_exc().splitlines():
                print(f"# {line}")
        else:
            print(f"ok {self.n} {name}")
        sys.stdout.flush()

    def done(self):
        print(f"1..{self.n}")
        sys.exit(1 if self.failed else 0)
