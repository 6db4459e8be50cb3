#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts WhyDenied. Arguments go to the app
# (e.g. scripts/run.sh ~/report.csv diagnoses that file at start).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target whydenied whydenied-cli
exec build/default/app/whydenied "$@"
