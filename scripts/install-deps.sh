#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what WhyDenied needs to build and test on Debian/Ubuntu.
# Idempotent and quick when everything is present: dpkg is asked first, apt only for what is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config file
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  googletest libgtest-dev libgmock-dev libbenchmark-dev
  libacl1-dev acl attr util-linux libfuse3-dev fuse3
  libselinux1-dev libapparmor-dev
  xvfb xauth
  psmisc lsof
  nlohmann-json3-dev
  python3 python3-jsonschema
)
# Extra sets, asked for by name: scripts pass e.g. "fuzz" or "package".
for extra in "$@"; do
  case "$extra" in
    fuzz) packages+=(clang libclang-rt-14-dev) ;;
    package) packages+=(dpkg-dev desktop-file-utils appstream lintian qt6-qpa-plugins) ;;
    rpm) packages+=(rpm) ;;  # rpmbuild, for cpack -G RPM (scripts/test-package.sh)
    ansible) packages+=(ansible-core) ;;  # tests/ansible: the example role against localhost
    screenshots) packages+=(imagemagick x11-apps) ;;
    polkit) packages+=(pkexec polkitd dbus-daemon) ;;  # scripts/test-pkexec.sh
    windows) packages+=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix wine64 wine) ;;
    # scripts/package-windows.sh and its Wine tests: makensis, Qt's own .qm files (copied beside
    # the .exe), Wine's fonts (without them the UI font falls back to a serif host font).
    windows-gui) packages+=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
                            wine64 wine fonts-wine nsis qt6-translations-l10n xvfb xauth unzip) ;;
    *) echo "install-deps: unknown extra set '$extra'" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

echo "install-deps: installing ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
