#!/usr/bin/env bash
# Builds the example package (its own scratch path, Examples/.build) and checks what a user sees: the `committee`
# command lists its template beside the built-in ones, renders the sample to a PDF whose text pdftotext reads back,
# writes the CSV annexes, prints a schema the sample validates against, and rejects a bad input with exit 65.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="/opt/swift/usr/bin:$PATH"
swift build --scratch-path .build 2>&1 | grep -v "prohibited flag" >&2
bin=.build/debug/committee
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "examples: FAIL: $*" >&2; exit 1; }

"$bin" templates | grep -q "^country-visit	" || fail "templates does not list the built-in templates"
"$bin" templates | grep -q "^programme-of-work	" || fail "templates does not list programme-of-work"
"$bin" render --help | tr -s ' \n' ' ' | grep -q "bench-brief, programme-of-work)" || fail "render --help does not list the template"

SOURCE_DATE_EPOCH=1796083200 "$bin" render programme-of-work Samples/ctc-programme-2026-12.json -o "$out/programme.pdf" --annexes "$out" >/dev/null
text=$(pdftotext -layout "$out/programme.pdf" - | tr -s ' ')
for needle in "Counter-Terrorism Committee" "Programme of work: December 2026" "The Committee meets 6 times in December 2026: 3 formal meetings" \
              "Meetings by format" "Week Monday Tuesday Wednesday Thursday Friday" "Documents before the Committee" \
              "Annex: meetings in detail" "Open briefing on victims of terrorism" "S/AC.40/2026/NOTE.35" "Page 2 of 2"; do
  grep -qF -- "$needle" <<<"$text" || fail "the PDF does not read \"$needle\""
done
pdfinfo -f 2 -l 2 "$out/programme.pdf" | grep -q "Page    2 size: *841.89 x 595.276" || fail "the annex page is not landscape A4"
head -1 "$out/ctc-programme-2026-12__programme_meetings.csv" | grep -q "^date,time,format,title,room,agenda,documents" \
  || fail "unexpected header of the meetings CSV"

"$bin" schema programme-of-work > "$out/programme.schema.json"
python3 ../scripts/validate-with-schema.py "$out/programme.schema.json" Samples/ctc-programme-2026-12.json >/dev/null \
  || fail "the sample does not validate against the generated schema"

sed 's/"formalMeeting"/"plenary"/; s/"day": 18/"day": 32/' Samples/ctc-programme-2026-12.json > "$out/bad.json"
set +e
"$bin" validate programme-of-work "$out/bad.json" 2>"$out/bad.err" >/dev/null; status=$?
"$bin" render no-such-template Samples/ctc-programme-2026-12.json -o "$out/x.pdf" 2>/dev/null; usage=$?
set -e
[ "$status" -eq 65 ] || fail "validate of a bad input exited $status, expected 65"
grep -q "meetings\[0\].format: expected one of formalMeeting" "$out/bad.err" || fail "no path for the bad format: $(cat "$out/bad.err")"
grep -q "meetings\[5\].date" "$out/bad.err" || fail "no path for the bad date: $(cat "$out/bad.err")"
[ "$usage" -eq 64 ] || fail "an unknown template exited $usage, expected 64"
echo "examples: committee builds, renders its programme of work and checks its input: ok"
