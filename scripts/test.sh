#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs the whole test suite
# headless.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-dependencies.sh
# No optimisation and no debug information: the quickest build on CI's two cores. The tests
# need neither; benchmarks are measured in a Release build.
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=None -DFAE_WERROR=ON
cmake --build build-tests -j"$(nproc)"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
ctest --test-dir build-tests --output-on-failure -j2
