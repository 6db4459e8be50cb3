#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows window, installed by its NSIS installer and driven under Wine, in Xvfb, in a fresh
# prefix, as an unprivileged uid (WD_WINE_UID, 4242 when run as root: Wine as root ignores the
# read-only attribute). What the window shows is read through its --dump-view option, not OCR.
#   1. the installer installs silently (/S) for the current user: files, Start menu, context menu
#   2. the window, given a read-only file, shows the readonly-attribute cause and its fix, also
#      for a name with spaces and non-ANSI letters passed as Explorer's context menu does
#   3. that fix (through the installed CLI, the engine the window's button uses) clears the
#      attribute, the window then no longer shows the cause, and undo sets the attribute again
#   4. a file held by a second process: the window's holders panel names that process
#   5. the uninstaller removes the files, the Start menu entry and the registry keys
#   6. the portable .zip beside the installer, unpacked, runs the same window
#   7. the all-users install (/S /ALLUSERS; Wine's user counts as an administrator): Program Files,
#      HKLM keys, and its uninstaller removes them
# The window's --dump-view also says whether it may start its helper elevated: only the Program
# Files copy (installScope "all-users"), never the per-user install or the portable copy.
# Usage: scripts/test-windows-gui.sh [INSTALLER]   (default: built now by scripts/package-windows.sh)
# WD_SCREENSHOT_OUT=docs/screenshot-windows.png also saves the window with the read-only file (step 2),
# grabbed by the program itself (its --screenshot option), for the README.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
start=$SECONDS
installer=${1:-}
if [[ -z $installer ]]; then
  installer=$(bash "$root/scripts/package-windows.sh" | tail -n1)
fi
[[ -f $installer ]] || { echo "test-windows-gui: no installer at '$installer'" >&2; exit 1; }
built=$SECONDS

# /var/tmp, not the checkout: a checkout under /root is closed to the test uid.
work=$(mktemp -d /var/tmp/whydenied-wine-gui.XXXXXX)
chmod 755 "$work"
cp "$installer" "$work/setup.exe"
portable=${installer%.exe}.zip
[[ -f $portable ]] || { echo "test-windows-gui: no portable copy at '$portable'" >&2; exit 1; }
cp "$portable" "$work/portable.zip"
x86_64-w64-mingw32-g++-posix -municode -static -O1 -o "$work/hold_file.exe" "$root/tests/windows/gui/hold_file.cpp"
chmod a+r "$work/setup.exe" "$work/portable.zip" "$work/hold_file.exe"

source "$root/scripts/wine-session.sh"
# Windows programs never write into a pipe here: Wine's services, started by the first program,
# inherit its stdout and stderr and outlive it, and a reader of that pipe would wait for them.
wine() { "$root/scripts/wine-run.sh" "$@"; }
cleanup() {
  wine_session_end
  [[ -n ${WD_KEEP_WINE:-} ]] || rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "test-windows-gui: FAIL: $*" >&2; exit 1; }
pass() { echo "test-windows-gui: ok: $*"; }

t=$SECONDS
wine_session_start "$work" || fail "no Wine session"
echo "test-windows-gui: fresh prefix in $((SECONDS - t)) s"

drive_c=$WD_WINE_HOME/prefix/drive_c
profile=$drive_c/users/wdtest
instdir=$profile/AppData/Local/Programs/WhyDenied
shortcut="$profile/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/WhyDenied.lnk"
ctx_file_key='HKCU\Software\Classes\*\shell\WhyDenied'
ctx_dir_key='HKCU\Software\Classes\Directory\shell\WhyDenied'
uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\WhyDenied'
reg_has() { wine reg query "$1" >/dev/null 2>&1; }

# 1. Silent per-user install.
t=$SECONDS
wine "$work/setup.exe" /S || fail "the installer exited with $?"
wine_idle
for f in bin/whydenied.exe bin/whydenied-cli.exe bin/whydenied-helper.exe bin/whydenied-holders-worker.exe \
         bin/Qt6Core.dll bin/Qt6Widgets.dll bin/libstdc++-6.dll bin/platforms/qwindows.dll \
         bin/styles/qwindowsvistastyle.dll bin/qt.conf LICENSE.txt Uninstall.exe; do
  [[ -f $instdir/$f ]] || fail "not installed: $f"
done
[[ -f $shortcut ]] || fail "no Start menu entry at $shortcut"
wine reg query "$ctx_file_key\\command" /ve >"$work/reg.txt" 2>/dev/null || true
command=$(tr -d '\r' <"$work/reg.txt")
[[ $command == *'WhyDenied\bin\whydenied.exe" "%1"'* ]] || fail "file context menu command: $command"
reg_has "$ctx_dir_key\\command" || fail "no folder context menu"
reg_has "$uninstall_key" || fail "no Apps & features entry"
pass "silent per-user install in $((SECONDS - t)) s: files, Start menu, context menu (HKCU), uninstall entry"

# The window and its answer as JSON; the arguments after the first are the window's.
testdir=$profile/wd-test
win_testdir='C:\users\wdtest\wd-test'
"${as_user[@]}" mkdir -p "$testdir"
window_dump() {
  local json=$1; shift
  rm -f "$testdir/$json"
  timeout 180 "$root/scripts/wine-run.sh" "$instdir/bin/whydenied.exe" \
    --dump-view "$win_testdir\\$json" --quit-after-dump "$@" || fail "the window exited with $? for $*"
  [[ -s $testdir/$json ]] || fail "the window wrote no $json"
}
# json_has FILE KEY VALUE: the list KEY (causes, fixes, holders' programs) contains VALUE.
json_has() {
  python3 - "$testdir/$1" "$2" "$3" <<'EOF'
import json, sys
view = json.load(open(sys.argv[1], encoding="utf-8"))
items = view[sys.argv[2]]
names = [i["program"] if isinstance(i, dict) else i for i in items]
sys.exit(0 if sys.argv[3] in names else 1)
EOF
}
# attrib prints the attribute letters, then the path: "A    R       C:\users\…".
json_is() {
  python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1], encoding="utf-8"))[sys.argv[2]] != sys.argv[3])' \
    "$testdir/$1" "$2" "$3"
}
readonly_attr() {
  wine cmd /c attrib "$win_testdir\\ro.txt" >"$work/attrib.txt" 2>/dev/null || true
  tr -d '\r' <"$work/attrib.txt" | sed 's/[A-Z]:\\.*//' | grep -q R
}

# 2. A read-only file.
"${as_user[@]}" sh -c 'echo data > "$1"' sh "$testdir/ro.txt"
wine cmd /c attrib +r "$win_testdir\\ro.txt" >/dev/null 2>&1
readonly_attr || fail "attrib +r did not set the read-only attribute"
t=$SECONDS
window_dump view-ro.json --op write "$win_testdir\\ro.txt"
window_time=$((SECONDS - t))
json_has view-ro.json causes readonly-attribute || fail "no readonly-attribute card: $(cat "$testdir/view-ro.json")"
json_has view-ro.json fixes attrib-clear-readonly || fail "no attrib-clear-readonly fix: $(cat "$testdir/view-ro.json")"
json_is view-ro.json installScope per-user || fail "a per-user install that may elevate: $(cat "$testdir/view-ro.json")"
pass "the window shows readonly-attribute with the attrib-clear-readonly fix ($window_time s)"
# As Explorer's context menu starts it ("%1"): spaces and letters beyond the ANSI code page.
odd='ré port 日本.txt'
"${as_user[@]}" sh -c 'echo data > "$1"' sh "$testdir/$odd"
wine cmd /c attrib +r "$win_testdir\\$odd" >/dev/null 2>&1
window_dump view-odd.json --op write "$win_testdir\\$odd"
json_has view-odd.json causes readonly-attribute || fail "a name with spaces and non-ANSI letters: $(cat "$testdir/view-odd.json")"
pass "the same for a file named '$odd', passed as the context menu passes it"
if [[ -n ${WD_SCREENSHOT_OUT:-} ]]; then
  timeout 180 "$root/scripts/wine-run.sh" "$instdir/bin/whydenied.exe" --screenshot "$win_testdir\\shot.png" \
    --op write "$win_testdir\\ro.txt" || fail "the screenshot run exited with $?"
  cp "$testdir/shot.png" "$WD_SCREENSHOT_OUT"
  echo "test-windows-gui: screenshot in $WD_SCREENSHOT_OUT"
fi

# 3. The fix, then undo.
wine "$instdir/bin/whydenied-cli.exe" fix "$win_testdir\\ro.txt" --op write --fix attrib-clear-readonly --yes >/dev/null \
  || fail "whydenied-cli fix exited with $?"
readonly_attr && fail "the fix left the read-only attribute"
window_dump view-fixed.json --op write "$win_testdir\\ro.txt"
json_has view-fixed.json causes readonly-attribute && fail "the window still shows readonly-attribute after the fix"
wine "$instdir/bin/whydenied-cli.exe" undo --yes >/dev/null || fail "whydenied-cli undo exited with $?"
readonly_attr || fail "undo did not give the read-only attribute back"
pass "the fix cleared the attribute (the window agrees) and undo restored it"

# 4. A file held by a second process.
"${as_user[@]}" sh -c 'echo data > "$1"' sh "$testdir/held.txt"
wine "$work/hold_file.exe" "$win_testdir\\held.txt" "$win_testdir\\ready" "$win_testdir\\stop" &
holder=$!
for _ in $(seq 300); do [[ -e $testdir/ready ]] && break; sleep 0.1; done
[[ -e $testdir/ready ]] || fail "the holding process did not start"
window_dump view-held.json --op write "$win_testdir\\held.txt"
"${as_user[@]}" touch "$testdir/stop"
wait "$holder" || true
json_has view-held.json holders hold_file.exe || fail "the holders panel does not name hold_file.exe: $(cat "$testdir/view-held.json")"
pass "the holders panel names the second process"

# 5. Silent uninstall.
wine "$instdir/Uninstall.exe" /S || fail "the uninstaller exited with $?"
wine_idle
[[ -e $instdir ]] && fail "left behind: $(find "$instdir" | head -n 20)"
[[ -e $shortcut ]] && fail "the Start menu entry is left"
for key in "$ctx_file_key" "$ctx_dir_key" "$uninstall_key"; do
  reg_has "$key" && fail "registry key left: $key"
done
pass "the uninstaller removed the files, the Start menu entry and the registry keys"

# 6. The portable copy.
"${as_user[@]}" unzip -q "$work/portable.zip" -d "$testdir/portable" || fail "cannot unpack $portable"
portable_bin=$(find "$testdir/portable" -name whydenied.exe -print -quit)
[[ -n $portable_bin ]] || fail "no whydenied.exe in $portable"
instdir=$(dirname "$(dirname "$portable_bin")")
window_dump view-portable.json --op write "$win_testdir\\ro.txt"
json_has view-portable.json causes readonly-attribute || fail "the portable window: $(cat "$testdir/view-portable.json")"
json_is view-portable.json installScope per-user || fail "a portable copy that may elevate"
pass "the portable .zip runs the same window"

# 7. All users.
all_dir=$drive_c/Program\ Files/WhyDenied
wine "$work/setup.exe" /S /ALLUSERS || fail "the all-users install exited with $?"
wine_idle
[[ -f $all_dir/bin/whydenied.exe ]] || fail "the all-users install is not in Program Files"
for key in 'HKLM\Software\Classes\*\shell\WhyDenied\command' 'HKLM\Software\Classes\Directory\shell\WhyDenied\command' \
           'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\WhyDenied'; do
  reg_has "$key" || fail "the all-users install wrote no $key"
done
reg_has "$ctx_file_key" && fail "the all-users install wrote the per-user key $ctx_file_key"
instdir=$all_dir
window_dump view-all-users.json --op write "$win_testdir\\ro.txt"
json_is view-all-users.json installScope all-users || fail "the Program Files copy: $(cat "$testdir/view-all-users.json")"
wine "$all_dir/Uninstall.exe" /S || fail "the all-users uninstaller exited with $?"
wine_idle
[[ -e $all_dir ]] && fail "the all-users uninstaller left $(find "$all_dir" | head -n 20)"
reg_has 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\WhyDenied' && fail "HKLM uninstall entry left"
pass "the all-users install: Program Files and HKLM keys, removed by its uninstaller"
echo "test-windows-gui: package $((built - start)) s, Wine tests $((SECONDS - built)) s"
