#!/usr/bin/env bash
# Installs what Dossier needs from Debian's packages: cairo/pango, zlib, libhyphen and librsvg (SVG emblems) headers, the hyphenation
# dictionaries (en, fr, es, ru), the fonts the templates use,
# and poppler-utils/qpdf/mupdf-tools/strace for the tests. Idempotent and quick when everything is present.
set -euo pipefail
packages=(pkg-config libcairo2-dev libpango1.0-dev zlib1g-dev libhyphen-dev librsvg2-dev hyphen-en-us hyphen-fr hyphen-es hyphen-ru fonts-liberation2 fonts-noto-core fonts-noto-cjk fonts-dejavu-core poppler-utils qpdf mupdf-tools strace)
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
# The schema tests check `dossier schema` with an independent validator: Python's jsonschema (Draft202012Validator,
# 4.0 or later), from PyPI for the python3 on PATH, else Debian's python3-jsonschema.
if ! python3 -c "from jsonschema import Draft202012Validator" 2>/dev/null; then
  echo "setup: installing jsonschema for python3" >&2
  python3 -m pip install -q jsonschema >&2 2>/dev/null \
    || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
         DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends python3-jsonschema >&2; }
fi
