#!/bin/sh
# Compares our PDF export with LibreOffice converting our own ODT export of the same document,
# in one run on one machine: both as whole processes, as a user would run them.
#
#   tests/bench/bench_pdf.sh [BUILD_DIR] [RUNS]
#
# Needs `libreoffice` (Debian: libreoffice-writer-nogui) only for the comparison; it is not a
# dependency of the project. Prints each median, the ratio and the sizes of both PDFs.
set -eu

build=${1:-build}
runs=${2:-5}
app="$build/app/final-accounts"
[ -x "$app" ] || { echo "bench_pdf: no $app; build first" >&2; exit 1; }
command -v libreoffice >/dev/null || { echo "bench_pdf: libreoffice is not installed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# LibreOffice keeps a profile; a fresh one per run of this script, created by a first warm-up
# conversion, so that no run pays for setting it up.
profile="file://$work/profile"

"$app" sample -o "$work/sample.fadb" 2>/dev/null
"$app" odt "$work/sample.fadb" -o "$work/sample.odt" 2>/dev/null

# Prints the wall time of one run of "$@" in milliseconds.
millis() {
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ours() { "$app" pdf "$work/sample.fadb" -o "$work/ours.pdf"; }
theirs() {
    libreoffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work/lo" "$work/sample.odt"
}

ours >/dev/null 2>&1
theirs >/dev/null 2>&1

i=0
: > "$work/ours.ms"
: > "$work/theirs.ms"
while [ "$i" -lt "$runs" ]; do
    millis ours >> "$work/ours.ms"
    millis theirs >> "$work/theirs.ms"
    i=$((i + 1))
done

ours_ms=$(median < "$work/ours.ms")
theirs_ms=$(median < "$work/theirs.ms")
ours_size=$(stat -c %s "$work/ours.pdf")
theirs_size=$(stat -c %s "$work/lo/sample.pdf")
pages=$(pdfinfo "$work/ours.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')

echo "runs:                         $runs (medians; one warm-up run each not counted)"
echo "final-accounts pdf:           ${ours_ms} ms   ($(tr '\n' ' ' < "$work/ours.ms")ms)"
echo "libreoffice --convert-to pdf: ${theirs_ms} ms   ($(tr '\n' ' ' < "$work/theirs.ms")ms)"
awk -v a="$ours_ms" -v b="$theirs_ms" 'BEGIN { printf "ratio:                        %.1fx faster\n", b / (a > 0 ? a : 1) }'
echo "our PDF:                      $ours_size bytes, ${pages:-?} pages"
echo "LibreOffice's PDF of our ODT: $theirs_size bytes"
