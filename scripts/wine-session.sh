# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Sourced by scripts/test-windows-gui.sh and bench/startup-windows.sh: a fresh Wine prefix under a
# work folder, owned by the unprivileged WD_WINE_UID when run as root (Wine as root ignores the
# read-only attribute and every Unix permission behind the Windows ones), and an Xvfb display of
# its own. Windows programs then run through scripts/wine-run.sh.
#   wine_session_start WORK   exports WD_WINE_HOME, WD_WINE_UID (as root), DISPLAY; sets as_user
#   wine_idle                 waits until every Wine process of the prefix has ended
#   wine_session_end          stops the prefix's wineserver and the display
wine_session_scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
wineserver_bin=$(command -v wineserver || echo /usr/lib/wine/wineserver)
wine_xvfb_pid=
as_user=()

wine_session_start() {
  local work=$1
  export WD_WINE_HOME=$work/home
  mkdir -p "$WD_WINE_HOME"
  if [[ $(id -u) -eq 0 ]]; then
    export WD_WINE_UID=${WD_WINE_UID:-4242}
    chown "$WD_WINE_UID:$WD_WINE_UID" "$WD_WINE_HOME"
    as_user=(setpriv --reuid="$WD_WINE_UID" --regid="$WD_WINE_UID" --clear-groups)
  fi
  # -displayfd picks a free display number; -ac lets the test uid connect without a cookie.
  Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp -ac 3>"$work/display" 2>/dev/null &
  wine_xvfb_pid=$!
  local _
  for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
  [[ -s $work/display ]] || { echo "wine-session: Xvfb did not start" >&2; return 1; }
  DISPLAY=:$(<"$work/display")
  export DISPLAY
  "${as_user[@]}" mkdir -p "$WD_WINE_HOME/prefix"
  "$wine_session_scripts/wine-run.sh" wineboot --init >/dev/null 2>&1 || true
  wine_idle
}

wine_idle() { "${as_user[@]}" env WINEPREFIX="$WD_WINE_HOME/prefix" "$wineserver_bin" -w; }

wine_session_end() {
  "${as_user[@]}" env WINEPREFIX="$WD_WINE_HOME/prefix" "$wineserver_bin" -k >/dev/null 2>&1 || true
  [[ -n $wine_xvfb_pid ]] && kill "$wine_xvfb_pid" 2>/dev/null || true
}
