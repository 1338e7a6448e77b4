#!/usr/bin/python3
"""Time from launch to the first frame of the main window, and peak memory.

Kiểm Định opening the bundled sample (as a double-click on the file would) side by side with a
bare GTK 4 window (bench/startup-bare.c), each started RUNS times (taking turns), with the Cairo and the GL
renderer.  Both programs print the monotonic time of their first painted frame; the launch
time is taken just before exec.  Peak memory is the child's maximum resident set size.  CPU time
(user + system, the program quits after its first frame) depends far less than the wall time on
what else the machine is doing, so it is the number to compare on a shared machine.

    xvfb-run -a -s "-screen 0 1366x768x24" bench/startup.py [BUILD] [RUNS]

Prints the markdown table for docs/PERFORMANCE.md.
"""
import contextlib
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build").resolve()
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 10
SAMPLE = ROOT / "data" / "samples" / "thcs-van-hoa-2023-2024.kdcl"


@contextlib.contextmanager
def environment(renderer):
    """A fresh home for one launch, removed afterwards, so that no run sees another's files.  The
    sample is opened from a copy in it: the lock file the app writes beside a document it opens
    goes with the home (the bench quits at the first frame, without closing the window)."""
    home = tempfile.mkdtemp(prefix="kd-bench-")
    shutil.copy(SAMPLE, Path(home) / SAMPLE.name)
    try:
        yield dict(os.environ, GSK_RENDERER=renderer, GTK_A11Y="none", GSETTINGS_BACKEND="memory",
                   GSETTINGS_SCHEMA_DIR=str(BUILD / "data"), LANGUAGE="vi", KIEMDINH_BENCH="quit",
                   HOME=home, XDG_STATE_HOME=f"{home}/state", XDG_CONFIG_HOME=f"{home}/config")
    finally:
        shutil.rmtree(home, ignore_errors=True)


def in_home(command, env):
    """@command with the sample replaced by its copy in the launch's home."""
    return [str(Path(env["HOME"]) / SAMPLE.name) if part == str(SAMPLE) else part for part in command]


def run_once(command, renderer):
    with environment(renderer) as env:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic_ns() // 1000
        process = subprocess.Popen(in_home(command, env), env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                   text=True)
        out, _ = process.communicate(timeout=120)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    frame = next(int(line.split()[1]) for line in out.splitlines() if line.startswith("first-frame-us"))
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000.0
    return (frame - start) / 1000.0, cpu


def measure(commands, renderer):
    """For each of @commands: median, minimum and maximum time to the first frame, median CPU.
    The programs take turns, launch after launch, so that load from elsewhere on the machine
    falls on both rather than on whichever happened to be running."""
    samples = [[] for _ in commands]
    for _ in range(RUNS):
        for i, command in enumerate(commands):
            samples[i].append(run_once(command, renderer))
    results = []
    for runs in samples:
        times = [wall for wall, _ in runs]
        results.append((statistics.median(times), min(times), max(times), statistics.median(cpu for _, cpu in runs)))
    return results


def peak_rss(command, renderer):
    """The program's maximum resident set size, read by a fresh interpreter that only ran it."""
    code = ("import resource, subprocess, sys, os; "
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    with environment(renderer) as env:
        out = subprocess.run(["/usr/bin/python3", "-c", code, *in_home(command, env)], env=env, capture_output=True, text=True,
                             timeout=120)
    return int(out.stdout.strip()) / 1024.0


def main():
    programs = [
        ("bare GTK 4 window", [str(BUILD / "bench" / "startup-bare")]),
        ("Kiểm Định + sample", [str(BUILD / "src" / "app" / "kiemdinh"), str(SAMPLE)]),
    ]
    print(f"| renderer | program | first frame, median of {RUNS} (min–max) | CPU time, median | peak RSS |")
    print("|---|---|---|---|---|")
    for renderer in ("cairo", "gl"):
        medians = []
        cpus = []
        results = measure([command for _, command in programs], renderer)
        for (name, command), (median, low, high, cpu) in zip(programs, results):
            medians.append(median)
            cpus.append(cpu)
            rss = statistics.median(peak_rss(command, renderer) for _ in range(3))
            print(f"| {renderer} | {name} | {median:.0f} ms ({low:.0f}–{high:.0f}) | {cpu:.0f} ms | {rss:.0f} MB |")
        print(f"| {renderer} | ratio | {medians[1] / medians[0]:.2f}× | {cpus[1] / cpus[0]:.2f}× | |")


if __name__ == "__main__":
    main()
