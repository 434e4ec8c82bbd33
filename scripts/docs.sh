#!/usr/bin/env bash
# Builds the DocC documentation of the DSL (Sources/Dossier/Dossier.docc: blocks, modifiers, layout rules, the
# step-by-step article) and of the render API (DossierRender), with warnings as errors. About 15 s once the
# package is built. The archives land in .build/plugins/Swift-DocC/outputs/; preview with
# `swift package --disable-sandbox preview-documentation --target Dossier`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift package "$@" generate-documentation --target Dossier --target DossierRender --warnings-as-errors 2>&1 \
  | grep -v "prohibited flag"
