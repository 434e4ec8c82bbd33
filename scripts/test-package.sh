#!/usr/bin/env bash
# Tests what scripts/package.sh makes, as a user would use it: the folder is copied to a temporary place, and
# its demo.sh is run from another folder with a bare environment (no Swift on PATH, no DOSSIER_* variables).
# Every demo PDF must be written and readable, the mastheads must carry the vector emblem (no raster image),
# and — with strace installed — no file of the source tree or the build folder may be opened.
# Usage: scripts/test-package.sh [--scratch-path PATH]   (run by scripts/test.sh; takes a few minutes: release build)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "test-package: FAIL: $*" >&2; exit 1; }

folder=$(scripts/package.sh --out "$tmp/package" "$@" | sed -n 1p)
tarball="${folder}.tar.gz"
[ -f "$tarball" ] || fail "no tarball $tarball"
name=$(basename "$folder")

# The tarball, unpacked elsewhere, is what is run.
mkdir -p "$tmp/elsewhere" "$tmp/work"
tar -C "$tmp/elsewhere" -xzf "$tarball"
copy="$tmp/elsewhere/$name"
[ -x "$copy/bin/dossier" ] || fail "bin/dossier missing from the tarball"
libs=$(ldd "$copy/bin/dossier")
case "$libs" in *libswift*) fail "the binary needs the Swift runtime: $libs" ;; esac
grep -q "apt-get install" "$copy/README.md" || fail "README.md lists no runtime packages"

run=(env -i HOME="$tmp/work" PATH=/usr/bin:/bin)
if command -v strace >/dev/null && strace -f -qq -o /dev/null true 2>/dev/null; then
  (cd "$tmp/work" && "${run[@]}" strace -f -qq -e trace=open,openat -o "$tmp/strace.log" "$copy/demo.sh" out) \
    || fail "demo.sh failed"
  if grep -v ENOENT "$tmp/strace.log" | grep -F -e "\"$root/" >/dev/null; then
    fail "the packaged binary opened files of the source tree: $(grep -v ENOENT "$tmp/strace.log" | grep -F "\"$root/" | head -3)"
  fi
  grep -q "$copy/bin/Dossier_Templates.resources/Text/" "$tmp/strace.log" || fail "the wording was not read from the package"
else
  echo "test-package: strace not installed (or not permitted); not checking which files the binary opens" >&2
  (cd "$tmp/work" && "${run[@]}" "$copy/demo.sh" out) || fail "demo.sh failed"
fi

count=0
for lang in "" ar/ zh/ fr/ ru/ es/; do
  for doc in kenya-pack kenya-visit kenya-oia; do
    pdf="$tmp/work/out/$lang$doc.pdf"
    [ -s "$pdf" ] || fail "$lang$doc.pdf was not written"
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
    [ "${pages:-0}" -gt 0 ] || fail "$lang$doc.pdf has no pages"
    [ "$(pdfimages -list "$pdf" | wc -l)" -eq 2 ] || fail "$lang$doc.pdf holds a raster image"
    count=$((count + 1))
  done
done
ls "$tmp/work/out/annexes/"*.csv >/dev/null 2>&1 || fail "no CSV annexes"
[[ "$(pdftotext -f 1 -l 1 "$tmp/work/out/kenya-visit.pdf" -)" == *"United Nations"* ]] || fail "the visit summary's masthead is missing"
qpdf --qdf --object-streams=disable "$tmp/work/out/kenya-visit.pdf" "$tmp/qdf.pdf" || [ $? -eq 3 ]
grep -aq "0 0.619608 0.858824 rg" "$tmp/qdf.pdf" || fail "the emblem's fill colour is in no content stream"
echo "test-package: $count demo PDFs rendered from a relocated copy of $name"
