#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The window's longest UI stall (a 5 ms timer's largest gap) while a check is stuck and cancelled,
# while the window closes over stuck work, and while an audit walks a folder of ~20,000 entries.
# The GUI tests only bound these generously (no stall as long as the hang); the figures are here.
# Usage: bench/ui-stalls.sh [BUILD_DIR] [ROUNDS]   (default build/ci, 5 rounds)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/ci}
rounds=${2:-5}
cmake --build "$build" --target wd_ui_stalls >/dev/null
tool=$build/bench/wd_ui_stalls

work=$(mktemp -d /tmp/wd-bench-stalls.XXXXXX)
trap 'rm -rf "$work"' EXIT
for d in $(seq 1 200); do
  mkdir "$work/d$d"
  for f in $(seq 1 100); do : > "$work/d$d/f$f"; done
done

field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])['$2'])" "$1"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
worst() { printf '%s\n' "$@" | sort -g | tail -1; }

cancel=() close=() audit=()
for ((i = 0; i < rounds; i++)); do
  line=$(QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$tool" "$work" 2>/dev/null | grep '^{')
  cancel+=("$(field "$line" cancel_stuck_check_ms)")
  close+=("$(field "$line" close_window_stuck_ms)")
  audit+=("$(field "$line" audit_walk_ms)")
done
echo "rounds: $rounds (longest gap of a 5 ms timer; a stall the length of the hang would be seconds)"
echo "cancel a stuck check:       median $(median "${cancel[@]}") ms, worst $(worst "${cancel[@]}") ms"
echo "close over stuck work:      median $(median "${close[@]}") ms, worst $(worst "${close[@]}") ms"
echo "audit of 20,000 entries:    median $(median "${audit[@]}") ms, worst $(worst "${audit[@]}") ms"
