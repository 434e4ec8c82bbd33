#!/usr/bin/env python3
"""Looseness of justified text in Dossier PDFs (languages.md §5, issue 15). Standard library only.

Method: the words of `pdftotext -bbox`, grouped into lines by baseline (the bottom of their boxes); a line
counts when it has at least 6 words, ends at a justified edge (a right edge shared by at least 3 such lines of
the document: the text width of the page, or of a box) and its gaps are uniform (a justified line stretches
every space alike; table rows and masthead lines do not), the hanging label of a numbered paragraph left out.
Each line gives one gap: the median of its gaps.

    scripts/measure-gaps.py FILE.pdf [FILE.pdf ...]          a table: lines, median, 90th percentile, widest
    scripts/measure-gaps.py --lines FILE.pdf                 every counted line with its gap
    scripts/measure-gaps.py --check FILE.pdf ...             exit 1 unless median <= 4.0, p90 <= 5.5, widest <= 8.0

The 90th percentile is linear between closest ranks (statistics.quantiles, method "inclusive").
"""
import html
import re
import statistics
import subprocess
import sys

MIN_WORDS = 6
EDGE_LINES = 3          # lines that must share a right edge for it to count as justified
EDGE_TOLERANCE = 0.6    # pt: how close to that edge a line must end
BASELINE_TOLERANCE = 0.6
GOAL = (4.0, 5.5, 8.0)  # median, 90th percentile, widest (issue 15 §2)

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def words_by_page(pdf):
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-"], check=True, capture_output=True,
                         text=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append([(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in WORD.findall(page)])
    return pages


def lines_of(words):
    """Words grouped by baseline, each line sorted from left to right."""
    lines = []
    for w in sorted(words, key=lambda w: w[3]):
        if lines and abs(lines[-1][-1][3] - w[3]) <= BASELINE_TOLERANCE:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(l, key=lambda w: w[0]) for l in lines]


def uniform(gaps):
    m = statistics.median(gaps)
    return min(gaps) > 0 and max(gaps) - min(gaps) <= 0.5 + 0.1 * m


def justified_lines(pdf):
    """(page, gap, text) of every counted line."""
    candidates = []
    for number, words in enumerate(words_by_page(pdf), 1):
        for line in lines_of(words):
            gaps = [b[0] - a[2] for a, b in zip(line, line[1:])]
            # The hanging label of a numbered paragraph or list item ("1.", "a)") is not part of the text.
            if len(gaps) > 2 and gaps[0] > max(gaps[1:]) + 2:
                line, gaps = line[1:], gaps[1:]
            if len(line) < MIN_WORDS:
                continue
            if uniform(gaps):
                candidates.append((number, line[-1][2], statistics.median(gaps), " ".join(w[4] for w in line)))
    edges = []
    for right in sorted(c[1] for c in candidates):
        if edges and right - edges[-1][-1] <= EDGE_TOLERANCE:
            edges[-1].append(right)
        else:
            edges.append([right])
    justified = [(min(e), max(e)) for e in edges if len(e) >= EDGE_LINES]
    return [(p, g, t) for p, r, g, t in candidates if any(lo <= r <= hi for lo, hi in justified)]


def summary(gaps):
    if not gaps:
        return 0, 0.0, 0.0, 0.0
    p90 = statistics.quantiles(gaps, n=10, method="inclusive")[-1] if len(gaps) > 1 else gaps[0]
    return len(gaps), statistics.median(gaps), p90, max(gaps)


def main(argv):
    show_lines = "--lines" in argv
    check = "--check" in argv
    files = [a for a in argv if not a.startswith("--")]
    if not files:
        print(__doc__)
        return 2
    failed = False
    print("| sample | lines | median gap | 90th percentile | widest |")
    print("|---|---:|---:|---:|---:|")
    for pdf in files:
        lines = justified_lines(pdf)
        n, median, p90, widest = summary([g for _, g, _ in lines])
        print(f"| {pdf} | {n} | {median:.2f} pt | {p90:.2f} pt | {widest:.2f} pt |")
        if show_lines:
            for page, gap, text in lines:
                print(f"    p{page} {gap:5.2f}  {text}")
        if n and (median > GOAL[0] or p90 > GOAL[1] or widest > GOAL[2]):
            failed = True
    return 1 if check and failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
