#!/usr/bin/env bash
# Set-up, then the whole test suite (unit, property and end-to-end tests on real PDFs).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
scripts/setup.sh
swift build --build-tests 2>&1 | grep -v "prohibited flag" >&2
# Two checks beside the XCTest suite, counted in the closing line: the documentation builds with warnings as
# errors, and the example package (Examples/, its own package and scratch path) builds, renders and is read back.
extra_total=0
extra_failed=0
check() {
  extra_total=$((extra_total + 1))
  if ! "$@"; then extra_failed=$((extra_failed + 1)); echo "FAILED: $*" >&2; fi
}
check scripts/docs.sh
check Examples/check.sh
# The relocatable package (scripts/package.sh) renders the demo from a copy elsewhere: a release build with the static
# standard library, a few minutes the first time (DOSSIER_SKIP_PACKAGE_TEST=1 leaves it out).
[ -n "${DOSSIER_SKIP_PACKAGE_TEST:-}" ] || check scripts/test-package.sh
log=$(mktemp)
status=0
swift test --skip-build --disable-swift-testing "$@" 2>&1 | tee "$log" || status=$?
# A plain closing line: what XCTest executed in all.
summary=$(grep -E "^\s*Executed [0-9]+ tests?, with [0-9]+ failures?" "$log" | tail -1 || true)
rm -f "$log"
if [ -n "$summary" ]; then
  total=$(echo "$summary" | sed -E 's/^\s*Executed ([0-9]+) tests?.*/\1/')
  failed=$(echo "$summary" | sed -E 's/.*with ([0-9]+) failures?.*/\1/')
  total=$((total + extra_total))
  failed=$((failed + extra_failed))
  echo "$((total - failed)) passed, $failed failed"
fi
[ "$extra_failed" -eq 0 ] || [ "$status" -ne 0 ] || status=1
exit $status
