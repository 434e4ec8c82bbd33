#!/usr/bin/env bash
# Builds Dossier in release mode and measures it beside the peers on the reference workload
# (../shared/bench, WORKLOAD.md), then adds Dossier's own figures and the goals of issue 18 against the C floor
# (scripts/bench/goals.py). Results stay out of git (out/bench/).
#   scripts/bench.sh            full run (about 30 minutes on 2 cores)
#   scripts/bench.sh --quick    fewer repetitions, no 20,000-row case
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
root=$PWD
scripts/setup.sh
missing=()
for p in hyperfine time python3-venv gcc valgrind; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi
swift build -c release --static-swift-stdlib --product dossier 2>&1 | grep -v "prohibited flag" >&2
export DOSSIER_BIN="$root/.build/release/dossier"
out="$root/out/bench"
rm -rf "$out"; mkdir -p "$out"
export BENCH_WORK="$out/peers"
bash ../shared/bench/run-all.sh "$@" 2>&1 | tee "$out/run-all.log"
results=$(ls -d "$out"/peers/out/results 2>/dev/null || ls -d ../shared/bench/out/results)
cp -r "$results" "$out/results"
python3 scripts/bench_extra.py "$DOSSIER_BIN" "$out" "$@" | tee "$out/EXTRA.md"
python3 scripts/bench/goals.py "$DOSSIER_BIN" "$out/goals" "$@"
echo "tables: $out/results/RESULTS.generated.md, $out/EXTRA.md and $out/goals/GOALS.md" >&2
