#!/usr/bin/env bash
# Builds a relocatable Dossier folder and its tarball, to copy onto a cluster node or into a container image:
#
#   out/package/dossier-<version>-linux-<arch>/
#     bin/dossier                          release build, Swift standard library and Foundation linked statically
#     bin/Dossier_Templates.resources/     the template wording; the binary looks for it beside itself
#     Fonts/                               font manifest and fontconfig settings (found as bin/../Fonts)
#     Samples/                             the demo inputs and the team's illustrative emblem
#     demo.sh                              renders the demo from any folder: demo.sh [OUT]  (default ./dossier-demo)
#     README.md                            what it holds and the Debian packages it needs at run time
#     runtime-packages.txt                 those packages, one a line
#   out/package/dossier-<version>-linux-<arch>.tar.gz
#
# Usage: scripts/package.sh [--out DIR] [--scratch-path PATH]   (default out/package and .build)
# The packaged binary's shared libraries are checked against the runtime package list below: packaging fails
# if one comes from a Debian package the README does not list.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export PATH="/opt/swift/usr/bin:$PATH"
out=out/package
scratch=.build
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --scratch-path) scratch=$2; shift 2 ;;
    *) echo "package: unknown option $1 (expected --out DIR, --scratch-path PATH)" >&2; exit 64 ;;
  esac
done

# Debian 12 packages the binary needs at run time: its shared libraries (checked below), the hyphenation
# dictionaries it reads from /usr/share/hyphen, and the fonts of Fonts/manifest.json.
libraries=(libc6 libgcc-s1 libstdc++6 zlib1g libglib2.0-0 libcairo2 libpango-1.0-0 libpangocairo-1.0-0 libpangoft2-1.0-0
           libfontconfig1 libharfbuzz0b libhyphen0 librsvg2-2 libgdk-pixbuf-2.0-0)
data=(hyphen-en-us hyphen-fr hyphen-es hyphen-ru fonts-liberation2 fonts-noto-core fonts-noto-cjk fonts-dejavu-core)

scripts/setup.sh
build=(swift build -c release --static-swift-stdlib --product dossier --scratch-path "$scratch")
status=0
"${build[@]}" 2>&1 | grep -v "prohibited flag" >&2 || status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] || { echo "package: the release build failed (swift build exited $status)" >&2; exit 70; }
bindir=$("${build[@]}" --show-bin-path)
version=$("$bindir/dossier" --version)
name="dossier-$version-linux-$(uname -m)"
stage="$out/$name"

# Every shared library the binary links must come from a listed package (no Swift runtime may be needed).
for lib in $(readelf -d "$bindir/dossier" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p'); do
  # (awk reads to the end: an early exit would kill ldconfig with SIGPIPE, which pipefail reports.)
  path=$(ldconfig -p | awk -v l="$lib" '$1 == l && !found { print $NF; found = 1 }')
  [ -n "$path" ] || { echo "package: $lib is not installed" >&2; exit 70; }
  pkg=$( (dpkg -S "$(readlink -f "$path")" 2>/dev/null || dpkg -S "$path" 2>/dev/null || true) | awk -F: 'NR == 1 { print $1 }')
  if [[ ! " ${libraries[*]} " == *" $pkg "* ]]; then
    echo "package: $lib comes from '${pkg:-no Debian package}', which is not in the runtime package list of scripts/package.sh" >&2
    exit 70
  fi
done

rm -rf "$stage" "$out/$name.tar.gz"
mkdir -p "$stage/bin"
cp "$bindir/dossier" "$stage/bin/"
cp -R "$bindir/Dossier_Templates.resources" "$stage/bin/"
mkdir -p "$stage/Fonts"
cp Fonts/manifest.json Fonts/fonts.conf "$stage/Fonts/"
cp -R Samples "$stage/Samples"

cat > "$stage/demo.sh" <<'EOF'
#!/bin/sh
# Renders the demo (the Kenya pack, visit summary and OIA, in English and the five other official languages, with
# their CSV annexes) from the Samples beside this script into OUT (default: ./dossier-demo of the current folder).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin="$here/bin/dossier"
out=${1:-dossier-demo}
mkdir -p "$out"
"$bin" pack "$here/Samples/kenya-pack.json" -o "$out/kenya-pack.pdf" --annexes "$out/annexes"
"$bin" render country-visit "$here/Samples/kenya-2018-visit.json" -o "$out/kenya-visit.pdf" --annexes "$out/annexes" --date 2018-07-31
"$bin" render oia "$here/Samples/kenya-oia.json" --with "$here/Samples/kenya-2018-visit.json" -o "$out/kenya-oia.pdf" \
  --annexes "$out/annexes" --date 2018-07-31
for lang in ar zh fr ru es; do
  mkdir -p "$out/$lang"
  "$bin" pack "$here/Samples/$lang/kenya-pack.json" -o "$out/$lang/kenya-pack.pdf" --annexes "$out/$lang/annexes"
  "$bin" render country-visit "$here/Samples/$lang/kenya-2018-visit.json" -o "$out/$lang/kenya-visit.pdf" \
    --annexes "$out/$lang/annexes" --date 2018-07-31
  "$bin" render oia "$here/Samples/$lang/kenya-oia.json" --with "$here/Samples/$lang/kenya-2018-visit.json" \
    -o "$out/$lang/kenya-oia.pdf" --annexes "$out/$lang/annexes" --date 2018-07-31
done
EOF
chmod +x "$stage/demo.sh"

cat > "$stage/README.md" <<EOF
# Dossier $version (Linux $(uname -m))

A relocatable build of \`dossier\`: move this folder anywhere (or unpack the tarball) and run \`bin/dossier\`,
or \`./demo.sh [OUT]\` to render the demo into OUT (default \`./dossier-demo\` of the current folder).

| path | what |
|---|---|
| \`bin/dossier\` | the command, built in release mode with the Swift standard library and Foundation linked statically (no Swift toolchain needed) |
| \`bin/Dossier_Templates.resources/\` | the templates' wording; \`dossier\` finds it beside itself (keep the two together) |
| \`Fonts/\` | the font manifest and Dossier's fontconfig settings, found as \`bin/../Fonts\` (or set \`DOSSIER_FONTS_DIR\`, \`--fonts\`) |
| \`Samples/\` | the demo inputs; \`emblem.svg\` is an illustrative emblem drawn by the team, not the UN emblem |

## Debian 12 packages needed at run time

\`\`\`sh
apt-get install --no-install-recommends ${libraries[*]} \\
  ${data[*]}
\`\`\`

- Shared libraries: ${libraries[*]} (checked against the binary when this folder was made).
- Hyphenation dictionaries, read from \`/usr/share/hyphen\` (or \`DOSSIER_HYPHEN_DIR\`): ${data[*]:0:4}.
- Fonts named in \`Fonts/manifest.json\`: ${data[*]:4}.
EOF

# One package name per line, for installers (the Containerfile installs from it).
printf '%s\n' "${libraries[@]}" "${data[@]}" > "$stage/runtime-packages.txt"

tar -C "$out" -czf "$out/$name.tar.gz" "$name"
echo "$stage"
echo "$out/$name.tar.gz"
