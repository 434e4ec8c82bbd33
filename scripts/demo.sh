#!/usr/bin/env bash
# Set-up, build, then render the demo into out/: the Kenya briefing pack, both Kenya documents and every CSV annex.
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
