#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The suite under AddressSanitizer + UndefinedBehaviorSanitizer (preset `asan`, build/asan): the
# core, the CLI, the helper and every non-GUI test. The window's tests stay out: Qt's own caches
# (fonts, the offscreen platform) would bury real reports under LeakSanitizer noise.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
start=$SECONDS
cmake --preset asan -DWD_BUILD_GUI=OFF -DWD_BUILD_FUZZ=OFF >/dev/null
cmake --build --preset asan
built=$SECONDS
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --preset asan -j2 --timeout 300
echo "test-asan.sh: build $((built - start)) s, tests $((SECONDS - built)) s"
