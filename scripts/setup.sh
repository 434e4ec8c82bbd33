#!/usr/bin/env bash
# Installs what Dossier needs from Debian's packages: cairo/pango, zlib and libhyphen headers, the hyphenation
# dictionaries (en, fr, es, ru), the fonts the templates use,
# and poppler-utils/qpdf/mupdf-tools for the tests. Idempotent and quick when everything is present.
set -euo pipefail
packages=(pkg-config libcairo2-dev libpango1.0-dev zlib1g-dev libhyphen-dev hyphen-en-us hyphen-fr hyphen-es hyphen-ru fonts-liberation2 fonts-noto-core fonts-noto-cjk fonts-dejavu-core poppler-utils qpdf mupdf-tools)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi
command -v swift >/dev/null || { echo "setup: swift is not on PATH (expected /opt/swift/usr/bin)" >&2; exit 1; }
