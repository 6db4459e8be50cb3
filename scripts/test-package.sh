#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Linux packages, end to end: build a release .deb and .rpm with CPack, validate the desktop file
# and the AppStream metainfo, run lintian (errors fail), check the .rpm's header and file list
# (installing it needs an RPM-based system, which this is not), then, as root, install the .deb,
# run the installed CLI (version and a real diagnosis) and the installed window (offscreen smoke
# test, in English, German and Japanese), and remove the package again, checking nothing is left
# behind. Not root: everything up to the .rpm check, and the smoke test on the built binary.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
start=$SECONDS
build=build/package
say() { printf '== test-package: %s\n' "$*"; }
fail() { printf 'test-package: FAILED: %s\n' "$*" >&2; exit 1; }

bash scripts/install-deps.sh package rpm

say "configure and build (release, prefix /usr, Debian hardening flags)"
if [[ ! -f $build/CMakeCache.txt ]]; then
  export DEB_BUILD_MAINT_OPTIONS=hardening=+all  # adds bind-now, which lintian asks for
  # Debian's flags decide the optimisation (-O2); no -g, since CPack strips the binaries anyway
  # and debug info makes the build markedly slower on two cores.
  cxxflags=$(dpkg-buildflags --get CXXFLAGS | sed -E 's/(^| )-g( |$)/ /')
  CXXFLAGS="$cxxflags $(dpkg-buildflags --get CPPFLAGS)" LDFLAGS="$(dpkg-buildflags --get LDFLAGS)" \
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE=-DNDEBUG \
        -DCMAKE_INSTALL_PREFIX=/usr -DWD_BUILD_TESTS=OFF -DWD_BUILD_BENCH=OFF -DWD_BUILD_GUI=ON \
        -DWD_SCREENSHOT_BASE_URL="${WD_SCREENSHOT_BASE_URL:-https://example.invalid/whydenied/docs}" >/dev/null
fi
cmake --build "$build" -j2

say "cpack -G DEB"
rm -f "$build"/whydenied_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/whydenied_*.deb)
[[ -f ${debs[0]} ]] || fail "cpack produced no whydenied_*.deb"
deb=${debs[0]}
echo "$deb: $(du -k "$deb" | cut -f1) KiB"
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends Section Maintainer
dpkg-deb -f "$deb" Depends | grep -q 'qt6-qpa-plugins' || fail "Depends lacks qt6-qpa-plugins"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || fail "Depends lacks the shlibdeps (libqt6widgets6)"

deb_listing=$(dpkg-deb -c "$deb")
grep -q '/usr/share/doc/whydenied/copyright$' <<<"$deb_listing" || fail "the .deb lacks its copyright file"

say "desktop-file-validate and appstreamcli validate --no-net (no network: screenshot URLs not fetched)"
desktop-file-validate packaging/linux/org.whydenied.WhyDenied.desktop
metainfo=$build/org.whydenied.WhyDenied.metainfo.xml
grep -q '@WD_SCREENSHOT_BASE_URL@' "$metainfo" && fail "the metainfo still has the @WD_SCREENSHOT_BASE_URL@ placeholder"
grep -q '<project_license>GPL-3.0-or-later</project_license>' "$metainfo" || fail "the metainfo lacks project_license"
appstreamcli validate --no-net "$metainfo"

say "cpack -G RPM, then rpm -qpi and rpm -qpl (installing is not possible on Debian)"
rm -f "$build"/whydenied-*.rpm
(cd "$build" && cpack -G RPM >/dev/null)
rpms=("$build"/whydenied-*.rpm)
[[ -f ${rpms[0]} ]] || fail "cpack produced no whydenied-*.rpm"
rpmfile=${rpms[0]}
echo "$rpmfile: $(du -k "$rpmfile" | cut -f1) KiB"
rpm_info=$(rpm -qpi "$rpmfile" 2>/dev/null)
echo "$rpm_info" | grep -E '^(Name|Version|Release|Architecture|License|URL|Summary) '
grep -Eq '^License *: GPL-3.0-or-later' <<<"$rpm_info" || fail "the .rpm's License is not GPL-3.0-or-later"
grep -q "^Version *: $(dpkg-deb -f "$deb" Version)\$" <<<"$rpm_info" || fail "the .rpm's version differs from the .deb's"
rpm_requires=$(rpm -qpR "$rpmfile" 2>/dev/null)
for want in qt6-qtbase-gui polkit 'libQt6Widgets.so.6'; do
  grep -q "$want" <<<"$rpm_requires" || fail "the .rpm does not require $want: $rpm_requires"
done
rpm_files=$(rpm -qpl "$rpmfile" 2>/dev/null | sort)
deb_files=$(awk '$1 !~ /^d/ {print $6}' <<<"$deb_listing" | sed 's|^\./|/|' | sort)
only_deb=$(comm -13 <(echo "$rpm_files") <(echo "$deb_files"))
[[ -z $only_deb ]] || fail "files in the .deb but not in the .rpm: $(tr '\n' ' ' <<<"$only_deb")"
for f in /usr/bin/whydenied /usr/bin/whydenied-cli /usr/libexec/whydenied/whydenied-helper \
         /usr/share/polkit-1/actions/org.whydenied.helper.policy /usr/share/licenses/whydenied/LICENSE \
         /usr/share/metainfo/org.whydenied.WhyDenied.metainfo.xml; do
  grep -qx "$f" <<<"$rpm_files" || fail "the .rpm lacks $f"
done
for d in /usr /usr/bin /usr/share /usr/share/applications /usr/share/icons/hicolor /usr/share/polkit-1/actions; do
  grep -qx "$d" <<<"$rpm_files" && fail "the .rpm owns the system folder $d"
done
grep -q '/usr/share/licenses/whydenied/LICENSE' < <(rpm -qpL "$rpmfile" 2>/dev/null) || fail "LICENSE is not marked %license"
echo "the .rpm lists the .deb's $(wc -l <<<"$deb_files") files; LICENSE marked %license"

say "lintian (errors fail, warnings are listed)"
set +e
lintian_out=$(lintian --fail-on error "$deb" 2>&1)
lintian_rc=$?
set -e
grep -v '^running with root privileges' <<<"$lintian_out" || true
[[ $lintian_rc -eq 0 ]] || fail "lintian reported errors (or could not run: exit $lintian_rc)"

export QT_QPA_PLATFORM=offscreen
smoke_home=$(mktemp -d)
trap 'rm -rf "$smoke_home"' EXIT
# The window's smoke test: shows the window, prints its texts, quits. LANG picks the language the
# way a desktop session does; --lang overrides it. smoke GUI LANG [ARGS...]
smoke() {
  local gui=$1 lang=$2; shift 2
  env -u LC_ALL -u LC_MESSAGES -u LANGUAGE HOME="$smoke_home" XDG_CONFIG_HOME="$smoke_home" \
      XDG_RUNTIME_DIR="$smoke_home" LANG="$lang" timeout 20 "$gui" --smoke-test "$@"
}
check_gui() {
  local gui=$1 out
  out=$(smoke "$gui" C.UTF-8) || fail "$gui --smoke-test failed"
  grep -q 'Why was it denied?' <<<"$out" || fail "English window text missing: $out"
  out=$(smoke "$gui" de_DE.UTF-8) || fail "$gui --smoke-test (German) failed"
  grep -q 'Warum wurde der Zugriff verweigert?' <<<"$out" || fail "the window did not start in German: $out"
  out=$(smoke "$gui" de_DE.UTF-8 --lang ja) || fail "$gui --lang ja failed"
  grep -q 'なぜ拒否されたのか' <<<"$out" || fail "--lang ja did not override the German locale: $out"
  echo "window starts: English, German from LANG, Japanese from --lang"
}

if [[ $(id -u) -ne 0 ]]; then
  say "SKIPPED install/run/remove of the .deb: needs root (CI runs as root). Smoke test of the built window instead."
  check_gui "$build/app/whydenied"
  say "passed (without install) in $((SECONDS - start)) s"
  exit 0
fi

say "install"
if dpkg-query -W -f='${Status}' whydenied 2>/dev/null | grep -q 'install ok'; then dpkg --purge whydenied >/dev/null; fi
files=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sed 's|^\./|/|')
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
dpkg-query -W -f='${Status}\n' whydenied | grep -q 'install ok installed' || fail "whydenied is not installed"
for f in /usr/bin/whydenied /usr/bin/whydenied-cli /usr/share/applications/org.whydenied.WhyDenied.desktop \
         /usr/share/metainfo/org.whydenied.WhyDenied.metainfo.xml /usr/share/icons/hicolor/scalable/apps/whydenied.svg \
         /usr/share/man/man1/whydenied.1.gz /usr/share/man/man1/whydenied-cli.1.gz; do
  [[ -e $f ]] || fail "not installed: $f"
done
if [[ -d helper ]]; then
  for f in /usr/libexec/whydenied/whydenied-helper /usr/share/polkit-1/actions/org.whydenied.helper.policy; do
    [[ -e $f ]] || fail "not installed: $f"
  done
fi
desktop-file-validate /usr/share/applications/org.whydenied.WhyDenied.desktop

say "installed CLI"
version=$(whydenied-cli --version)
[[ $version == *"$(dpkg-deb -f "$deb" Version)"* ]] || fail "whydenied-cli --version says '$version'"
echo "$version"
# A real diagnosis: a root-only file, checked as the unprivileged user nobody.
scratch=$(mktemp -d)
chmod 755 "$scratch"
echo secret >"$scratch/only-root.txt"
chmod 600 "$scratch/only-root.txt"
set +e
json=$(setpriv --reuid=nobody --regid=nogroup --clear-groups whydenied-cli diagnose "$scratch/only-root.txt" --json)
rc=$?
set -e
rm -rf "$scratch"
[[ $rc -eq 1 ]] || fail "diagnosis exit code $rc (want 1, denied): $json"
grep -Eq '"cause": ?"owned-by-another-user"' <<<"$json" || fail "diagnosis did not find owned-by-another-user: $json"
echo "diagnosis as nobody: denied, owned-by-another-user"

say "installed window (offscreen)"
check_gui /usr/bin/whydenied

say "remove"
apt-get remove -y -qq whydenied >/dev/null
dpkg --purge whydenied >/dev/null 2>&1 || true
if dpkg-query -W -f='${Status}' whydenied 2>/dev/null | grep -q 'installed'; then fail "still installed"; fi
left=""
for f in $files; do [[ -e $f || -L $f ]] && left+=" $f"; done
[[ -z $left ]] || fail "left behind after removal:$left"
[[ ! -e /usr/libexec/whydenied && ! -e /usr/share/doc/whydenied ]] || fail "directories left behind"
echo "removed; none of its $(wc -w <<<"$files") files remain"
say "passed in $((SECONDS - start)) s"
