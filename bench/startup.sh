#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up, idle memory and UI stall of the window, against a bare Qt Widgets window (the peer)
# measured in the same run, alternating, several rounds. Targets (issue 4): window shown < 400 ms,
# idle RSS < 80 MB, and the UI never stalls while a diagnosis runs.
# Usage: bench/startup.sh [BUILD_DIR] [ROUNDS]   (default build/default, 9 rounds)
# Runs under Xvfb when xvfb-run is present (a real X server), else on the offscreen platform.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/default}
rounds=${2:-9}
cmake --build "$build" --target whydenied wd_qt_hello >/dev/null
app=$build/app/whydenied
peer=$build/bench/wd_qt_hello

work=$(mktemp -d /tmp/wd-bench-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT
printf 'a,b\n' > "$work/report.csv"
chmod 0444 "$work/report.csv"

runner=(env QT_QPA_PLATFORM=offscreen)
platform=offscreen
if command -v xvfb-run >/dev/null; then
  runner=(xvfb-run -a -s "-screen 0 1920x1080x24")
  platform=xcb/Xvfb
fi
# One run: the JSON line the program prints. WD_BENCH_T0 is taken just before exec.
measure() {
  "${runner[@]}" bash -c 'export WD_BENCH_T0=$(date +%s%N); exec "$@"' _ "$@" 2>/dev/null | grep '^{'
}
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])['$2'])" "$1"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

ours=() peers=() rss=() peer_rss=() stalls=()
for ((i = 0; i < rounds; i++)); do
  p=$(measure "$peer")
  o=$(measure "$app" --benchmark)
  s=$(measure "$app" --benchmark --op write "$work/report.csv")
  peers+=("$(field "$p" shown_ms)") peer_rss+=("$(field "$p" idle_rss_kib)")
  ours+=("$(field "$o" shown_ms)") rss+=("$(field "$o" idle_rss_kib)")
  stalls+=("$(field "$s" max_stall_ms)")
done
mo=$(median "${ours[@]}") mp=$(median "${peers[@]}")
mr=$(median "${rss[@]}") mpr=$(median "${peer_rss[@]}")
worst_stall=$(printf '%s\n' "${stalls[@]}" | sort -g | tail -1)
echo "platform: $platform, rounds: $rounds"
printf 'window shown:  whydenied %.1f ms   bare Qt window %.1f ms   ratio %.2f   (target < 400 ms)\n' \
  "$mo" "$mp" "$(python3 -c "print($mo/$mp)")"
printf 'idle RSS:      whydenied %.1f MB   bare Qt window %.1f MB   ratio %.2f   (target < 80 MB)\n' \
  "$(python3 -c "print($mr/1024)")" "$(python3 -c "print($mpr/1024)")" "$(python3 -c "print($mr/$mpr)")"
echo "longest UI stall while diagnosing: ${worst_stall} ms (median $(median "${stalls[@]}") ms; a 2 ms timer's largest gap)"
