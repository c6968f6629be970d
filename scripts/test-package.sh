#!/usr/bin/env bash
# Builds the Debian package from a build folder, unpacks it into a clean folder (dpkg -x) and
# runs the unpacked binary against Debian's own Qt: the bundled sample, then its PDF, which
# must carry the Chinese text. Prints the package's size.
#   bash scripts/test-package.sh BUILD_DIR
set -euo pipefail
build="$(cd "$1" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" > "$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
deb="$(ls "$work"/out/*.deb)"
depends="$(dpkg-deb --field "$deb" Depends)"
for needed in libqt6widgets6 libqt6sql6-sqlite fonts-wqy-microhei; do
    if ! grep -q "$needed" <<< "$depends"; then
        echo "Depends lacks $needed: $depends" >&2
        exit 1
    fi
done

dpkg -x "$deb" "$work/root"
for file in usr/bin/final-accounts \
            usr/share/applications/final-accounts.desktop \
            usr/share/mime/packages/final-accounts.xml \
            usr/share/icons/hicolor/scalable/apps/final-accounts.svg; do
    test -f "$work/root/$file" || { echo "missing from the package: $file" >&2; exit 1; }
done
grep -q '^MimeType=application/x-final-accounts;' "$work/root/usr/share/applications/final-accounts.desktop"
grep -q 'pattern="\*.fadb"' "$work/root/usr/share/mime/packages/final-accounts.xml"

# From the unpacked folder only: no build tree, no library path.
cd "$work"
unset LD_LIBRARY_PATH
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
app="$work/root/usr/bin/final-accounts"
"$app" sample -o "$work/sample.fadb"
"$app" pdf "$work/sample.fadb" -o "$work/sample.pdf"
pdftotext "$work/sample.pdf" "$work/sample.txt"
grep -q '收入支出决算总表' "$work/sample.txt"

echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes; installed: $(du -sk "$work/root" | cut -f1) KiB"
