#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The window's start under Wine against the hello app of ../shared/toolchains/qt6-mingw/hello (a
# bare Qt Widgets + QtConcurrent window built with the same Qt), measured in the same run,
# alternating, in the same warm Wine prefix under Xvfb, as an unprivileged uid when run as root.
# Time to a shown window, from just before `wine` starts: the hello app reports the first event-loop
# turn after show(); the window (--benchmark) waits until its window is exposed, a little later.
# Target: the window within 2x the hello app's time.
# Usage: bench/startup-windows.sh [ROUNDS]   (default 7; builds with scripts/package-windows.sh)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rounds=${1:-7}
hello_src=${WD_QT_MINGW_DIR:-$root/../shared/toolchains/qt6-mingw}/hello
[[ -f $hello_src/main.cpp ]] || { echo "startup-windows: no hello app in $hello_src" >&2; exit 1; }

build=$root/build/win-package
bash "$root/scripts/package-windows.sh" --build-dir "$build" --build-only >/dev/null
qt=$(bash "$root/scripts/package-windows.sh" --print-qt-prefix 2>/dev/null)

work=$(mktemp -d /var/tmp/whydenied-bench-win.XXXXXX)
chmod 755 "$work"
cmake --install "$build" --prefix "$work/app" >/dev/null
cmake -G Ninja -S "$hello_src" -B "$work/hello-build" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_TOOLCHAIN_FILE="$qt/lib/cmake/Qt6/qt.toolchain.cmake" \
  -DQT_CHAINLOAD_TOOLCHAIN_FILE="$qt/mingw-w64-x86_64-posix.cmake" \
  -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake >/dev/null
cmake --build "$work/hello-build" >/dev/null
# The hello app deployed the way its README says, like the window's install.
mkdir -p "$work/hello/platforms" "$work/hello/styles"
cp "$work/hello-build/hello.exe" "$work/hello/"
for dll in Qt6Core Qt6Gui Qt6Widgets Qt6Concurrent libstdc++-6 libgcc_s_seh-1 libwinpthread-1; do
  cp "$qt/bin/$dll.dll" "$work/hello/"
done
cp "$qt/plugins/platforms/qwindows.dll" "$work/hello/platforms/"
cp "$qt/plugins/styles/"*.dll "$work/hello/styles/"
chmod -R a+rX "$work"

source "$root/scripts/wine-session.sh"
export WD_WINE_PASSENV="WD_BENCH_T0 HELLO_QUIT_MS"
cleanup() {
  wine_session_end
  rm -rf "$work"
}
trap cleanup EXIT
wine_session_start "$work"
# One wineserver for every run (-p: it stays), as on a desktop where Windows is already up.
"${as_user[@]}" env WINEPREFIX="$WD_WINE_HOME/prefix" "$wineserver_bin" -p || true
"$root/scripts/wine-run.sh" wineboot >/dev/null 2>&1 </dev/null || true  # Wine's services up before timing
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Output goes to files, never to a pipe: Wine's services started by the first program inherit its
# stdout and stderr and outlive it, so a $(…) around a Windows program would wait for them forever.
hello_run() {
  local t0 out
  t0=$(now_ms)
  HELLO_QUIT_MS=300 "$root/scripts/wine-run.sh" "$work/hello/hello.exe" >/dev/null 2>"$work/hello.err" || true
  out=$(grep -o 'HELLO_SHOWN_EPOCH_MS [0-9]*' "$work/hello.err" | cut -d' ' -f2)
  [[ -n $out ]] || { echo "startup-windows: the hello app printed no time" >&2; exit 1; }
  echo $((out - t0))
}
window_run() {
  local out
  export WD_BENCH_T0
  WD_BENCH_T0=$(date +%s%N)
  "$root/scripts/wine-run.sh" "$work/app/bin/whydenied.exe" --benchmark >"$work/window.out" 2>/dev/null || true
  out=$(grep '^{' "$work/window.out" || true)
  [[ -n $out ]] || { echo "startup-windows: the window printed no time" >&2; exit 1; }
  python3 -c 'import json,sys; print(round(json.loads(sys.argv[1])["shown_ms"]))' "$out"
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# One round of each first, not counted: fonts and DLLs into the page cache.
hello_run >/dev/null
window_run >/dev/null
hellos=() windows=()
for ((i = 0; i < rounds; i++)); do
  hellos+=("$(hello_run)")
  windows+=("$(window_run)")
done
h=$(median "${hellos[@]}")
w=$(median "${windows[@]}")
echo "hello app  shown after (ms): ${hellos[*]}  median $h"
echo "WhyDenied  shown after (ms): ${windows[*]}  median $w"
python3 -c 'import sys; h, w = float(sys.argv[1]), float(sys.argv[2]); r = w / h
print("ratio %.2fx (target <= 2x): %s" % (r, "met" if r <= 2 else "NOT met"))' "$h" "$w"
