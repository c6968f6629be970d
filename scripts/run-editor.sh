#!/usr/bin/env bash
# Installs what is missing, builds, and opens the editor on a fresh copy of the bundled sample.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-dependencies.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"

sample="${TMPDIR:-/tmp}/final-accounts-sample.fadb"
./build/app/final-accounts sample -o "$sample" --force

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "There is no display to open the editor on. The sample is at $sample;" >&2
    echo "run ./build/app/final-accounts \"$sample\" from a desktop session, or print its tables with:" >&2
    echo "  ./build/app/final-accounts tables \"$sample\"" >&2
    exit 1
fi
exec ./build/app/final-accounts "$sample"
