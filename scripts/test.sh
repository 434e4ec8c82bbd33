#!/usr/bin/env bash
# Set-up, then the whole test suite (unit, property and end-to-end tests on real PDFs).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
scripts/setup.sh
swift build --build-tests 2>&1 | grep -v "prohibited flag" >&2
log=$(mktemp)
status=0
swift test --skip-build --disable-swift-testing "$@" 2>&1 | tee "$log" || status=$?
# A plain closing line: what XCTest executed in all.
summary=$(grep -E "^\s*Executed [0-9]+ tests?, with [0-9]+ failures?" "$log" | tail -1 || true)
rm -f "$log"
if [ -n "$summary" ]; then
  total=$(echo "$summary" | sed -E 's/^\s*Executed ([0-9]+) tests?.*/\1/')
  failed=$(echo "$summary" | sed -E 's/.*with ([0-9]+) failures?.*/\1/')
  echo "$((total - failed)) passed, $failed failed"
fi
exit $status
