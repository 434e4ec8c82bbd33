#!/usr/bin/env python3
"""The four performance goals of issue 18, measured in one run against the C floor (scripts/bench/brief_c.c).

Usage: goals.py DOSSIER_BIN OUT_DIR [--quick]

  1. one brief (400 rows): Dossier wall time <= 1.2 x `brief_c --keep` (hyperfine, mean of 10 runs; quick: 5)
  2. 20,000 rows: Dossier peak RSS <= 2 x and wall time <= 1.0 x the two-pass `brief_c` (median of 2 runs;
     quick: 4,000 rows, which is not the goal's size)
  3. batch of 40 briefs: `dossier batch -j 2` >= 1.0 x the pages/s of two parallel workers running `brief_c --keep`
     over half of the briefs each (median of 3 rounds; quick: 1)
  4. Chinese and Arabic: goals 1 and 2 met for the zh and ar variants too (gen_brief_lang.py)

Writes OUT_DIR/GOALS.md and prints it. The data (OUT_DIR/data) is generated once and reused; brief_c is compiled
into OUT_DIR/bin. The machines are noisy: ratios of one run are what counts, not absolute times.
"""
import datetime
import glob
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "zh", "ar"]


def need_tools():
    missing = [t for t in ("hyperfine", "gcc", "pkg-config", "pdfinfo") if not shutil.which(t)]
    if not os.access("/usr/bin/time", os.X_OK):
        missing.append("/usr/bin/time")
    if missing:
        sys.exit(f"goals.py: missing {', '.join(missing)} (Debian: apt-get install hyperfine time gcc pkg-config "
                 "poppler-utils; scripts/bench.sh installs them)")


def log(msg):
    print(f"goals: {msg}", file=sys.stderr, flush=True)


def run(argv, **kw):
    return subprocess.run(argv, check=True, **kw)


def gen(data, name, lang, rows, seed=1):
    """The workload file data/name, generated unless it exists."""
    path = os.path.join(data, name)
    if not os.path.exists(path):
        run([sys.executable, os.path.join(HERE, "gen_brief_lang.py"), path, "--lang", lang,
             "--rows", str(rows), "--seed", str(seed)])
    return path


def pages(pdf):
    info = run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


class Bench:
    def __init__(self, dossier, out, quick):
        self.dossier, self.out, self.quick = dossier, out, quick
        self.data = os.path.join(out, "data")
        self.pdf = os.path.join(out, "pdf")
        self.brief_c = os.path.join(out, "bin", "brief_c")
        for d in (self.data, self.pdf, os.path.dirname(self.brief_c)):
            os.makedirs(d, exist_ok=True)
        flags = run(["pkg-config", "--cflags", "--libs", "pangocairo", "cairo-pdf"],
                    capture_output=True, text=True).stdout.split()
        run(["gcc", "-O2", "-Wall", "-o", self.brief_c, os.path.join(HERE, "brief_c.c")] + flags)
        self.rows = []      # (goal, workload, dossier, c, ratio, target, met)
        self.notes = []

    def c_argv(self, src, dst, keep):
        """brief_c set in the font and language that src's meta names (English: none, the defaults)."""
        meta = json.load(open(src, encoding="utf-8"))["meta"]
        extra = ["--font", meta["font"], "--lang", meta["language"]] if "font" in meta else []
        return [self.brief_c] + (["--keep"] if keep else []) + extra + [src, dst]

    def dossier_argv(self, src, dst):
        return [self.dossier, "render", "bench-brief", src, "-o", dst]

    def add(self, goal, workload, d, c, unit, target, ok):
        """A row of the table: Dossier's and C's figures d and c in `unit` ("s", "MiB", "pages/s")."""
        digits = {"s": 3, "MiB": 0, "pages/s": 0}[unit]
        self.rows.append((goal, workload, f"{d:.{digits}f} {unit}", f"{c:.{digits}f} {unit}", f"{d / c:.2f}",
                          target, "met" if ok else "not met"))
        return ok

    def goal1(self, lang):
        """Whole-process wall time of one brief, tagged PDF (Dossier's default) against brief_c --keep."""
        log(f"goal 1, {lang}")
        src = gen(self.data, f"brief-{lang}.json", lang, 400)
        d_pdf, c_pdf = os.path.join(self.pdf, f"g1-{lang}-dossier.pdf"), os.path.join(self.pdf, f"g1-{lang}-c.pdf")
        d_cmd, c_cmd = self.dossier_argv(src, d_pdf), self.c_argv(src, c_pdf, True)
        result = os.path.join(self.out, f"hyperfine-{lang}.json")
        run(["hyperfine", "-N", "--warmup", "2", "--runs", "5" if self.quick else "10", "--style", "basic",
             "--export-json", result, "-n", "dossier", shlex.join(d_cmd), "-n", "c-keep", shlex.join(c_cmd)],
            stdout=sys.stderr)
        means = {r["command"]: r["mean"] for r in json.load(open(result))["results"]}
        d, c = means["dossier"], means["c-keep"]
        self.notes.append(f"pages of one brief, {lang}: Dossier {pages(d_pdf)}, C {pages(c_pdf)}")
        return self.add("1. one brief: wall time", f"{lang}, 400 rows", d, c, "s", "≤ 1.2", d / c <= 1.2)

    @staticmethod
    def timed(argv):
        """Wall seconds and peak RSS (MiB) of one process, through /usr/bin/time."""
        with tempfile.NamedTemporaryFile() as t:
            start = time.perf_counter()
            run(["/usr/bin/time", "-f", "%M", "-o", t.name] + argv, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL)
            wall = time.perf_counter() - start
            return wall, int(open(t.name).read().split()[-1]) / 1024

    def goal2(self, lang):
        """Peak RSS and wall time of a long annex against the two-pass brief_c (its memory is bounded by a page)."""
        rows = 4000 if self.quick else 20000
        log(f"goal 2, {lang}, {rows} rows")
        src = gen(self.data, f"brief-{lang}-{rows}.json", lang, rows)
        dst = os.path.join(self.pdf, f"g2-{lang}.pdf")
        d_cmd, c_cmd = self.dossier_argv(src, dst), self.c_argv(src, dst, False)
        d_runs, c_runs = [], []
        for _ in range(2):  # alternated, so that a slow spell of the machine hits both
            d_runs.append(self.timed(d_cmd))
            c_runs.append(self.timed(c_cmd))
        d_wall, c_wall = (statistics.median(r[0] for r in runs) for runs in (d_runs, c_runs))
        d_rss, c_rss = (statistics.median(r[1] for r in runs) for runs in (d_runs, c_runs))
        workload = f"{lang}, {rows:,} rows" + (" (quick; the goal is 20,000)" if self.quick else "")
        ok_rss = self.add("2. long annex: peak RSS", workload, d_rss, c_rss, "MiB", "≤ 2", d_rss / c_rss <= 2)
        ok_wall = self.add("2. long annex: wall time", workload, d_wall, c_wall, "s", "≤ 1.0", d_wall / c_wall <= 1.0)
        return ok_rss and ok_wall

    def goal3(self):
        """Pages/s over 40 different briefs: `dossier batch -j 2` against two workers running brief_c --keep."""
        batch = os.path.join(self.data, "batch")
        os.makedirs(batch, exist_ok=True)
        docs = [gen(batch, f"batch-{i:02d}.json", "en", 400, 100 + i) for i in range(1, 41)]
        rounds = 1 if self.quick else 3
        log(f"goal 3, {rounds} round(s)")
        d_rates, c_rates = [], []
        for _ in range(rounds):
            d_pages, wall = self.dossier_batch(batch)
            d_rates.append(d_pages / wall)
            c_pages, wall = self.c_batch(docs)
            c_rates.append(c_pages / wall)
        d, c = statistics.median(d_rates), statistics.median(c_rates)
        self.notes.append(f"pages of the 40 briefs: Dossier {d_pages}, C {c_pages}")
        return self.add("3. batch, 2 workers: pages/s", "en, 40 briefs of 400 rows", d, c, "pages/s", "≥ 1.0",
                        d / c >= 1.0)

    def dossier_batch(self, batch):
        """Pages and wall seconds of one `dossier batch` over the folder."""
        out = os.path.join(self.pdf, "batch-dossier")
        shutil.rmtree(out, ignore_errors=True)
        start = time.perf_counter()
        run([self.dossier, "batch", "bench-brief", batch, "-o", out, "-j", "2", "--quiet", "--force"],
            stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        return sum(pages(p) for p in glob.glob(os.path.join(out, "*.pdf"))), wall

    def c_batch(self, docs):
        """Pages and wall seconds of two workers, each running brief_c --keep over its share of the documents
        (dealt round-robin, as shared/bench/tools/batch.py), from the start to the last exit."""
        out = os.path.join(self.pdf, "batch-c")
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
        pdfs = [os.path.join(out, os.path.basename(d)[:-5] + ".pdf") for d in docs]
        argvs = [self.c_argv(src, dst, True) for src, dst in zip(docs, pdfs)]

        def worker(share):
            for argv in share:
                run(argv, stderr=subprocess.DEVNULL)

        start = time.perf_counter()
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(worker, [argvs[0::2], argvs[1::2]]))
        wall = time.perf_counter() - start
        return sum(pages(p) for p in pdfs), wall

    def report(self, languages_ok):
        self.rows.append(("4. languages cost no more", "zh, ar: every row of goals 1 and 2", "", "", "",
                          "all met", "met" if languages_ok else "not met"))
        mem = int(open("/proc/meminfo").read().split()[1]) / 1048576
        cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
        osname = next((l.split("=", 1)[1].strip().strip('"') for l in open("/etc/os-release")
                       if l.startswith("PRETTY_NAME=")), platform.system())
        version = lambda p: run(["pkg-config", "--modversion", p], capture_output=True, text=True).stdout.strip()
        now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        lines = [
            "# Issue 18: the performance goals" + (" (quick run)" if self.quick else ""),
            "",
            f"{now}; {os.cpu_count()} cores, {mem:.0f} GiB, {cpu}, {osname}; "
            f"cairo {version('cairo')}, pango {version('pango')}",
            "",
            "| goal | workload | Dossier | C floor | ratio | target | met / not met |",
            "|---|---|---:|---:|---:|---:|---|",
        ] + ["| " + " | ".join(r) + " |" for r in self.rows] + [
            "",
            "C floor: `brief_c --keep` for goals 1 and 3, the two-pass `brief_c` for goal 2, set in the variant's "
            "font and language (scripts/bench/brief_c.c). Dossier: `dossier render bench-brief` (tagged PDF, the "
            "default) and `dossier batch bench-brief -j 2`. Ratio: Dossier / C (goal 3: pages/s, Dossier / C).",
            "",
        ] + [f"- {n}" for n in self.notes]
        text = "\n".join(lines) + "\n"
        open(os.path.join(self.out, "GOALS.md"), "w").write(text)
        print(text)


def main():
    args = [a for a in sys.argv[1:] if a != "--quick"]
    if len(args) != 2:
        sys.exit(__doc__)
    need_tools()
    b = Bench(os.path.abspath(args[0]), os.path.abspath(args[1]), "--quick" in sys.argv)
    ok = {lang: b.goal1(lang) for lang in LANGS}
    for lang in LANGS:
        ok[lang] = b.goal2(lang) and ok[lang]
    b.goal3()
    b.report(ok["zh"] and ok["ar"])


if __name__ == "__main__":
    main()
