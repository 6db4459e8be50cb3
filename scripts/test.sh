#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what is missing, builds everything with warnings
# as errors, and runs every test (core, CLI, window, parser, holders, fixes; then the suites that
# need their own setting: Windows under Wine, pkexec with a private polkit, the .deb).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
start=$SECONDS
bash scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci -j2 --timeout 300

# Suites with their own setup, each runnable alone.
for suite in test-windows.sh test-pkexec.sh test-package.sh; do
  if [[ -f scripts/$suite ]]; then
    echo "== scripts/$suite"
    bash "scripts/$suite"
  fi
done
echo "test.sh: all suites passed in $((SECONDS - start)) s"
