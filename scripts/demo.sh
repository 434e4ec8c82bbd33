#!/usr/bin/env bash
# Set-up, build, then render the demo into out/: the Kenya briefing pack, both Kenya documents and every CSV annex
# in English, and the same three documents (with their annexes) in each of the five other official languages
# into out/<lang>/ (unofficial translations made for demonstration).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
scripts/setup.sh
swift build -c release --static-swift-stdlib --product dossier 2>&1 | grep -v "prohibited flag" >&2
bin=.build/release/dossier
mkdir -p out
"$bin" pack Samples/kenya-pack.json -o out/kenya-pack.pdf --annexes out/annexes
"$bin" render country-visit Samples/kenya-2018-visit.json -o out/kenya-visit.pdf --annexes out/annexes --date 2018-07-31
"$bin" render oia Samples/kenya-oia.json --with Samples/kenya-2018-visit.json -o out/kenya-oia.pdf --annexes out/annexes --date 2018-07-31
for lang in ar zh fr ru es; do
  dir=out/$lang
  mkdir -p "$dir"
  "$bin" pack "Samples/$lang/kenya-pack.json" -o "$dir/kenya-pack.pdf" --annexes "$dir/annexes"
  "$bin" render country-visit "Samples/$lang/kenya-2018-visit.json" -o "$dir/kenya-visit.pdf" --annexes "$dir/annexes" --date 2018-07-31
  "$bin" render oia "Samples/$lang/kenya-oia.json" --with "Samples/$lang/kenya-2018-visit.json" -o "$dir/kenya-oia.pdf" \
    --annexes "$dir/annexes" --date 2018-07-31
done
