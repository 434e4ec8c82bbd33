#!/usr/bin/env python3
"""Dossier's own figures beside run-all.sh: the `dossier batch` command with 2 workers, the brief
untagged, and what layout costs on top of Pango's shaping (instruction counts from callgrind,
repeatable on noisy machines). Prints a Markdown section."""
import json, os, re, shutil, statistics, subprocess, sys, tempfile, time

BIN, OUT = sys.argv[1], sys.argv[2]
QUICK = "--quick" in sys.argv
BENCH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "bench")
DATA = os.path.join(OUT, "data")
os.makedirs(DATA, exist_ok=True)


def gen(name, rows, seed=1):
    path = os.path.join(DATA, name)
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(BENCH, "gen_brief.py"), path, "--rows", str(rows), "--seed", str(seed)],
                       check=True, stdout=subprocess.DEVNULL)
    return path


def timed(argv):
    """Wall seconds and peak RSS (MiB) of one run, through /usr/bin/time."""
    with tempfile.NamedTemporaryFile() as t:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", t.name] + argv, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        return wall, int(open(t.name).read().split()[-1]) / 1024


def median_run(argv, runs):
    samples = [timed(argv) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), min(s[0] for s in samples), max(s[0] for s in samples), max(s[1] for s in samples)


runs = 3 if QUICK else 7
print("## Dossier: its own figures\n")
print("| case | tagged: median s (min–max), peak MiB | untagged: median s (min–max), peak MiB |")
print("|---|---:|---:|")
sizes = [(400, "brief.json"), (4000, "brief-4000.json")] + ([] if QUICK else [(20000, "brief-20000.json")])
for rows, name in sizes:
    src = gen(name, rows)
    pdf = os.path.join(OUT, "x.pdf")
    n = runs if rows <= 4000 else 2
    t = median_run([BIN, "render", "bench-brief", src, "-o", pdf], n)
    u = median_run([BIN, "render", "bench-brief", src, "-o", pdf, "--no-tags"], n)
    print(f"| brief, {rows:,} rows | {t[0]:.3f} ({t[1]:.3f}–{t[2]:.3f}), {t[3]:.0f} | {u[0]:.3f} ({u[1]:.3f}–{u[2]:.3f}), {u[3]:.0f} |")

batch_in = os.path.join(DATA, "batch")
os.makedirs(batch_in, exist_ok=True)
for i in range(1, 41):
    dst = os.path.join(batch_in, f"batch-{i:02d}.json")
    if not os.path.exists(dst):
        subprocess.run([sys.executable, os.path.join(BENCH, "gen_brief.py"), dst, "--rows", "400", "--seed", str(100 + i)],
                       check=True, stdout=subprocess.DEVNULL)
print("\n| `dossier batch bench-brief` (40 briefs) | pages/s | peak MiB |")
print("|---|---:|---:|")
for workers in (1, 2):
    rates, peaks = [], []
    for _ in range(1 if QUICK else 3):
        dst = os.path.join(OUT, f"batch-j{workers}")
        shutil.rmtree(dst, ignore_errors=True)
        wall, peak = timed([BIN, "batch", "bench-brief", batch_in, "-o", dst, "-j", str(workers), "--quiet", "--force"])
        pages = sum(int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", os.path.join(dst, f)], capture_output=True,
                                                                 text=True).stdout).group(1))
                    for f in os.listdir(dst) if f.endswith(".pdf"))
        rates.append(pages / wall); peaks.append(peak)
    print(f"| -j {workers} | {statistics.median(rates):.0f} | {max(peaks):.0f} |")

# Layout on top of shaping: instruction counts of the reference brief. Debug info is stripped from a copy
# because valgrind 3.19 cannot read clang's DWARF 5.
if shutil.which("valgrind"):
    work = tempfile.mkdtemp()
    exe = os.path.join(work, "dossier")
    shutil.copy(BIN, exe)
    for res in os.listdir(os.path.dirname(BIN)):
        if res.endswith(".resources"):
            shutil.copytree(os.path.join(os.path.dirname(BIN), res), os.path.join(work, res))
    subprocess.run(["strip", "-g", exe], check=True)
    cg = os.path.join(work, "cg.out")
    fonts = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fonts")
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={cg}", exe, "render", "bench-brief",
                    gen("brief.json", 400), "-o", os.path.join(work, "cg.pdf"), "--fonts", fonts],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ann = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", cg], capture_output=True, text=True).stdout

    def inclusive(pattern):
        total = 0
        for line in ann.splitlines():
            m = re.match(r"\s*([\d,]+)\s+\([^)]*\)\s+(.*)", line)
            if m and re.search(pattern, m.group(2)):
                total = max(total, int(m.group(1).replace(",", "")))
        return total

    program = inclusive(r"PROGRAM TOTALS")
    plan = inclusive(r"EngineC4plan_")
    shape = inclusive(r"PangoTextShaperC5shape")
    render = inclusive(r"PDFRenderer.*render")
    draw = inclusive(r"PagePainterV5paint")
    print("\n| callgrind, reference brief (instructions) | count | share |")
    print("|---|---:|---:|")
    for label, value in [("whole process", program), ("layout passes (plan)", plan), ("of which Pango shaping", shape),
                         ("layout without shaping", max(plan - shape, 0)), ("drawing pages (paint)", draw),
                         ("drawing and PDF writing (render minus plan)", max(render - plan, 0))]:
        print(f"| {label} | {value:,} | {100 * value / max(program, 1):.1f} % |")
    shutil.rmtree(work, ignore_errors=True)
