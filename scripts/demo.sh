#!/usr/bin/env bash
# Set-up, build, then render the demo into out/: the Kenya country-visit summary and its CSV annexes.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
scripts/setup.sh
swift build -c release --product dossier 2>&1 | grep -v "prohibited flag" >&2
bin=.build/release/dossier
mkdir -p out
"$bin" render country-visit Samples/kenya-2018-visit.json -o out/kenya-visit.pdf --annexes out/annexes --date 2018-07-31
