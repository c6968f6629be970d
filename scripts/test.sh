#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs the whole test suite
# headless. Then the sanitizer stage builds the tests again with AddressSanitizer (leaks
# included) and UndefinedBehaviorSanitizer, stopping at the first report, and runs them again.
# A quick local run may skip that stage:
#   FAE_SANITIZE_STAGE=0 bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-dependencies.sh
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# No optimisation and no debug information: the quickest build on CI's two cores. The tests
# need neither; benchmarks are measured in a Release build.
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=None -DFAE_WERROR=ON
cmake --build build-tests -j"$(nproc)"
ctest --test-dir build-tests --output-on-failure -j2

if [ "${FAE_SANITIZE_STAGE:-1}" != 1 ]; then
    exit 0
fi
# The sanitizer stage: its own build folder, so that the plain build stays as it is.
cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=None -DFAE_WERROR=ON -DFAE_SANITIZE=ON
cmake --build build-sanitize -j"$(nproc)"
suppressions="$PWD/scripts/sanitizers"
export ASAN_OPTIONS="detect_leaks=1"
export LSAN_OPTIONS="suppressions=$suppressions/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$suppressions/ubsan.supp"
ctest --test-dir build-sanitize --output-on-failure -j2
