#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole test suite, as CI runs it: installs what is missing, builds everything with warnings
# as errors, and runs every test (core, CLI, window, parser, holders, fixes; then the suites that
# need their own setting: Windows under Wine, sanitizers, pkexec with a private polkit, the .deb).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
start=$SECONDS
bash scripts/install-deps.sh ansible  # ansible-core for the Ansible example test
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci -j2 --timeout 300

# Suites with their own setup, each runnable alone.
echo "== scripts/test-windows.sh (mingw-w64 build, tests under Wine)"
bash scripts/test-windows.sh
echo "== scripts/test-windows-gui.sh (the window for Windows: Qt for mingw, NSIS installer, driven under Wine)"
# Needs ../shared/toolchains/qt6-mingw (CI has it); without it the script fails and says why.
bash scripts/test-windows-gui.sh
echo "== scripts/test-asan.sh (the non-GUI suite under ASan + UBSan)"
bash scripts/test-asan.sh
echo "== scripts/test-pkexec.sh (a real privileged fix through pkexec and a private polkit)"
# Strict: a skip (no pkexec, no polkitd, no setuid) fails the run instead of passing silently.
WD_PKEXEC_STRICT=1 bash scripts/test-pkexec.sh build/ci
echo "== scripts/test-package.sh (the .deb and the .rpm: build, validate, install the .deb, run, remove)"
bash scripts/test-package.sh
echo "test.sh: all suites passed in $((SECONDS - start)) s"
