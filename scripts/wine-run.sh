#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest's emulator for the mingw build: runs one Windows program under Wine. When the suite runs as
# root, Wine runs as the unprivileged WD_WINE_UID (Wine as root ignores the read-only attribute and
# every other Unix permission behind the Windows ones), in the prefix under WD_WINE_HOME. DISPLAY
# passes through, for the window (scripts/test-windows-gui.sh runs it under Xvfb).
set -euo pipefail
wine=${WD_WINE:-}
if [[ -z $wine ]]; then
  for w in /usr/lib/wine/wine64 /usr/lib64/wine/wine64 "$(command -v wine64 || true)" "$(command -v wine || true)"; do
    [[ -n $w && -x $w ]] && { wine=$w; break; }
  done
fi
[[ -n $wine ]] || { echo "wine-run: no wine found" >&2; exit 127; }
export WINEDEBUG=${WINEDEBUG:--all} WINEARCH=win64 WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
# Wine stores names in the Unix locale's charset: without a UTF-8 locale, non-ASCII names fail.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
if [[ -n ${WD_WINE_HOME:-} ]]; then
  export HOME=$WD_WINE_HOME WINEPREFIX=$WD_WINE_HOME/prefix
fi
if [[ -n ${WD_WINE_UID:-} && $(id -u) -eq 0 ]]; then
  # WD_WINE_PASSENV: names of further variables the program needs (bench/startup-windows.sh).
  passed=()
  for name in ${WD_WINE_PASSENV:-}; do
    [[ -n ${!name+set} ]] && passed+=("$name=${!name}")
  done
  exec setpriv --reuid="$WD_WINE_UID" --regid="$WD_WINE_UID" --clear-groups --reset-env \
    env HOME="$HOME" USER=wdtest LOGNAME=wdtest LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    WINEPREFIX="${WINEPREFIX:-$HOME/.wine}" WINEDEBUG="$WINEDEBUG" WINEARCH=win64 \
    WINEDLLOVERRIDES="$WINEDLLOVERRIDES" PATH=/usr/local/bin:/usr/bin:/bin ${DISPLAY:+DISPLAY="$DISPLAY"} \
    "${passed[@]}" "$wine" "$@"
fi
exec "$wine" "$@"
