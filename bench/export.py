#!/usr/bin/python3
"""Time to export a TT 18 document with 10 … 10,000 plan rows to Excel.

Three programs write the same plan rows:
- `kiemdinh-cli export` — the whole process: start, load the frameworks and the document,
  evaluate, write every sheet (summary, plan, evidence, council) and rename the file in place;
- `bench/export-minimal.c` — the least libxlsxwriter program writing those rows with the same
  formats (from a TSV of the same cells), nothing else;
- LibreOffice converting a CSV of the same rows to .xlsx (when `soffice` is installed).

Each is run RUNS times, taking turns (LibreOffice 3 times), and the median is kept of the processor time the
whole process used (user + system, children included: LibreOffice's soffice.bin), which stays
honest on a machine shared with other builds, and of the wall time.  `kiemdinh-cli evaluate` on
the same document (start, frameworks, load, rules; no workbook) shows what of the export's time
is reading the document.

    ninja -C build && bench/export.py [BUILD] [RUNS]

Prints the markdown table for docs/PERFORMANCE.md.
"""
import csv
import json
import os
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
CLI = BUILD / "src" / "cli" / "kiemdinh-cli"
MINIMAL = BUILD / "bench" / "export-minimal"
SIZES = [10, 100, 1000, 10000]
TMP = Path(tempfile.mkdtemp(prefix="kd-bench-export-"))
ENV = dict(os.environ, LANGUAGE="vi", LANG="C.UTF-8", XDG_DATA_HOME=str(TMP / "data"))

STATUS = ["todo", "doing", "done", "cancelled"]
STATUS_TEXT = {"todo": "Chưa thực hiện", "doing": "Đang thực hiện", "done": "Hoàn thành", "cancelled": "Đã hủy"}


def criteria():
    data = json.loads(subprocess.run([CLI, "framework", "tt18-2018", "--json"], capture_output=True, text=True,
                                     env=ENV, check=True).stdout)
    return [c["code"] for s in data["standards"] for c in s["criteria"]]


def plan_rows(n, codes):
    """n rows of the length schools write (seed 001: 60–400 characters of target and actions)."""
    rows = []
    for i in range(n):
        code = codes[i % len(codes)]
        month = 1 + i % 12
        rows.append({
            "id": f"p-{i:05d}", "criterion": code,
            "target": f"Tiêu chí {code}: khắc phục hạn chế số {i + 1}, nâng cao chất lượng hoạt động so với hiện trạng năm học trước.",
            "actions": ("Xây dựng kế hoạch cụ thể, phân công người theo dõi, giúp đỡ; tổ chức thực hiện, kiểm tra định kỳ "
                        f"và báo cáo kết quả với Hội đồng tự đánh giá (việc {i + 1})."),
            "owner": "Hiệu trưởng", "partners": "Các tổ chuyên môn, Công đoàn",
            "start": f"2024-{month:02d}-01", "deadline": f"2025-{month:02d}-28",
            "budget": (i * 1250000) % 50000000, "support": "Ngân sách chi thường xuyên",
            "supervisor": "Ban kiểm tra nội bộ", "status": STATUS[i % 4], "note": "",
        })
    return rows


def write_inputs(n, codes):
    rows = plan_rows(n, codes)
    doc = {"format": "kiemdinh", "version": 1, "framework": "tt18-2018",
           "school": {"name": "Trường THCS Đo Thời Gian", "type": "THCS", "agency": "Phòng GD&ĐT thành phố",
                      "principal": "Nguyễn Văn A"},
           "cycle": {"school_year": "2024-2025", "place": "Vạn Hòa", "date": "2024-09-05"},
           "plan": rows}
    kdcl = TMP / f"plan-{n}.kdcl"
    kdcl.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    cells = [[str(i + 1), f"Tiêu chí {r['criterion']}", r["target"], r["actions"], r["owner"], r["partners"],
              r["start"], r["deadline"], str(r["budget"]), r["support"], r["supervisor"], STATUS_TEXT[r["status"]],
              r["note"]] for i, r in enumerate(rows)]
    tsv = TMP / f"plan-{n}.tsv"
    tsv.write_text("".join("\t".join(c) + "\n" for c in cells), encoding="utf-8")
    csv_path = TMP / f"plan-{n}.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(cells)
    return kdcl, tsv, csv_path


def run_once(command):
    """Processor time and wall time of one run of @command, in ms.  The process is waited for
    with wait4(), which blocks and gives that process's own usage: subprocess's wait with a
    timeout polls at growing intervals, which rounded wall times up to 8, 16, 32 … ms."""
    command = [str(part) for part in command]
    quiet = [(os.POSIX_SPAWN_OPEN, fd, os.devnull, os.O_WRONLY, 0) for fd in (1, 2)]
    start = time.perf_counter()
    pid = os.posix_spawn(command[0], command, ENV, file_actions=quiet)
    _, status, usage = os.wait4(pid, 0)
    wall = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command} failed: {os.waitstatus_to_exitcode(status)}")
    return (usage.ru_utime + usage.ru_stime) * 1000, wall


def timed(commands, runs):
    """Median processor time and median wall time of each of @commands, in ms.  The commands take
    turns, run after run, so that a burst of load on the shared machine falls on all of them
    rather than on the one that happened to be running."""
    samples = [[] for _ in commands]
    for _ in range(runs):
        for i, command in enumerate(commands):
            samples[i].append(run_once(command))
    return [(statistics.median(c for c, _ in runs_of), statistics.median(w for _, w in runs_of))
            for runs_of in samples]


def main():
    codes = criteria()
    soffice = shutil.which("soffice")
    profile = TMP / "lo-profile"
    results = []
    for n in SIZES:
        kdcl, tsv, csv_path = write_inputs(n, codes)
        ours, load, minimal = timed([[CLI, "export", kdcl, "-o", TMP / f"out-{n}.xlsx"], [CLI, "evaluate", kdcl],
                                     [MINIMAL, tsv, TMP / f"min-{n}.xlsx"]], RUNS)
        office = None
        if soffice:
            office, = timed([[soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx",
                              "--outdir", TMP / "lo", csv_path]], 3)
        results.append((n, ours, load, minimal, office))
        print(f"# {n} rows: export {ours}, evaluate {load}, minimal {minimal}, LibreOffice {office}", file=sys.stderr)

    def ms(pair):
        return f"{pair[0]:.0f} ms ({pair[1]:.0f})" if pair else "—"

    print("Processor time, median of the runs (wall time in brackets):\n")
    print("| plan rows | kiemdinh-cli export | of which start + load (evaluate) | minimal libxlsxwriter | ratio | "
          "LibreOffice from CSV |")
    print("|---|---|---|---|---|---|")
    for n, ours, load, minimal, office in results:
        print(f"| {n:,} | {ms(ours)} | {ms(load)} | {ms(minimal)} | {ours[0] / minimal[0]:.2f}× | {ms(office)} |")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
