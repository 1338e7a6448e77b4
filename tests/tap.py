"""A tiny TAP producer for the Python tests (meson counts the 'ok' lines).

The report goes to the file descriptor KD_TAP_FD names (standard output by default): the end-to-end
tests give their standard output to the session bus and the accessibility daemons it starts, which
print there, and keep another descriptor for meson."""
import os
import sys
import traceback


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0
        self.out = os.fdopen(int(os.environ.get("KD_TAP_FD", "1")), "w", closefd=False)

    def run(self, name, func, *args):
        self.n += 1
        try:
            func(*args)
        except Exception:  # a failed check or a crash: both are a failure of this case
            self.failed += 1
            print(f"not ok {self.n} {name}", file=self.out)
            for line in traceback.format_exc().splitlines():
                print(f"# {line}", file=self.out)
        else:
            print(f"ok {self.n} {name}", file=self.out)
        self.out.flush()

    def done(self):
        print(f"1..{self.n}", file=self.out)
        self.out.flush()
        sys.exit(1 if self.failed else 0)
