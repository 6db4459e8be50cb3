#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the pictures in docs/ from the real application under Xvfb:
#   docs/screenshot-empty.png      the window as it opens
#   docs/screenshot-diagnosis.png  a real denial with its cause cards and path chain
#   docs/screenshot-dark.png       the same with a dark palette
#   docs/screenshot-fix.png        the fix dialog after Apply (the change made, checked again)
#   docs/screenshot-audit.png      the audit of the folder: the groups, the entries of one, a filter
#   docs/screenshot-*-de.png       the diagnosis, the fix dialog and the audit in German
# The app grabs its own window (hidden --screenshot option) once the diagnosis is on screen, so
# the pictures do not depend on a window manager or on timing.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: $BUILD_DIR or /tmp/wd-gui; built when missing)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-${BUILD_DIR:-/tmp/wd-gui}}
app=$build/app/whydenied

bash "$root/scripts/install-deps.sh" screenshots
if [[ ! -x $app ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  cmake --build "$build" -j2 --target whydenied
fi
mkdir -p "$root/docs"

demo=$(mktemp -d /tmp/whydenied-demo.XXXXXX)
trap 'rm -rf "$demo"' EXIT
chmod 755 "$demo"

# The scenario: report.csv was made read-only, and a script that saves it fails. Permission bits
# do not stop root, so when we are root the app runs as an ordinary user (nobody) who owns the file.
mkdir -p "$demo/exports"
printf 'date,amount\n2024-05-01,12.50\n' > "$demo/exports/report.csv"
chmod 0444 "$demo/exports/report.csv"
# More of the same for the audit: an archive the export script made read-only too.
mkdir -p "$demo/exports/2024"
for m in 01 02 03 04; do printf 'date,amount\n' > "$demo/exports/2024/report-$m.csv"; done
chmod 0444 "$demo/exports/2024/"report-0[1-3].csv
run_as=()
if [[ $(id -u) -eq 0 ]]; then
  chown -R nobody:nogroup "$demo/exports"
  mkdir -p "$demo/home" && chown nobody:nogroup "$demo/home"
  run_as=(setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME="$demo/home")
fi
out=$demo/out
mkdir -p "$out" && chmod 777 "$out"

# The plain message Python prints: it does not say the program was writing. Every plausible
# operation is checked, and the answer is the write denial.
traceback="PermissionError: [Errno 13] Permission denied: '$demo/exports/report.csv'"

shot() {  # shot NAME ARGS...: one picture, taken in its own Xvfb with its own settings
  local name=$1
  shift
  # -ac: the unprivileged app must reach the display without root's Xauthority file.
  xvfb-run -a -s "-screen 0 1280x800x24 -ac" \
    "${run_as[@]}" env QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 \
    "$app" --screenshot "$out/$name" --screenshot-delay 1200 "$@"
  cp "$out/$name" "$root/docs/$name"
  echo "screenshots: docs/$name"
}

shot screenshot-empty.png
shot screenshot-diagnosis.png --paste-text "$traceback"
shot screenshot-dark.png --dark --paste-text "$traceback"
shot screenshot-diagnosis-de.png --lang de --paste-text "$traceback"
shot screenshot-audit.png --screenshot-of audit --paste-text "$traceback"
shot screenshot-audit-de.png --lang de --screenshot-of audit --paste-text "$traceback"
# The fix changes the file: each picture of it starts from the read-only file again.
for lang in en de; do
  chmod 0444 "$demo/exports/report.csv"
  suffix=$([[ $lang == en ]] && echo "" || echo "-$lang")
  shot "screenshot-fix$suffix.png" --lang "$lang" --screenshot-of fix --paste-text "$traceback"
done
