#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows packages, cross-built on Debian 12: whydenied.exe (the window), whydenied-cli.exe,
# whydenied-helper.exe and whydenied-holders-worker.exe against Qt 6.4.2 for mingw-w64, then the
# NSIS installer and the portable .zip through CPack. Prints the installer's path as its last line.
#
#   scripts/package-windows.sh [--build-qt] [--build-dir DIR] [--print-qt-prefix | --build-only]
#
# Qt for mingw comes from ../shared/toolchains/qt6-mingw/ beside the checkout (or WD_QT_MINGW_DIR):
# its tarball is checked against SHA256SUMS and unpacked once into the cache folder
# (WD_CACHE_DIR, default ${XDG_CACHE_HOME:-~/.cache}/whydenied). Without it the script stops,
# unless --build-qt asks to build Qt from Debian's qt6-base source into the cache folder with
# scripts/build-qt-mingw.sh (about 30 minutes on 2 cores; CI never does this).
# --print-qt-prefix: only make Qt ready and print its folder; --build-only: build, no packages
# (both for bench/startup-windows.sh).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
qt_version=6.4.2
build_qt=0
print_prefix=0
build_only=0
build=$root/build/win-package
while (($#)); do
  case "$1" in
    --build-qt) build_qt=1 ;;
    --print-qt-prefix) print_prefix=1 ;;
    --build-only) build_only=1 ;;
    --build-dir) build=${2:?--build-dir needs a folder}; shift ;;
    --build-dir=*) build=${1#--build-dir=} ;;
    -h|--help) sed -n '3,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "package-windows: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

bash "$root/scripts/install-deps.sh" windows-gui >&2

toolchain_dir=${WD_QT_MINGW_DIR:-$root/../shared/toolchains/qt6-mingw}
cache=${WD_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/whydenied}
qt_prefix=$cache/qt6-mingw-$qt_version
tarball=$toolchain_dir/qt6-mingw-$qt_version.tar.xz
mkdir -p "$cache"

if [[ -f $tarball ]]; then
  # The stamp holds the checksum of the tarball the prefix came from: a new tarball is unpacked again.
  (cd "$toolchain_dir" && sha256sum --quiet -c SHA256SUMS) \
    || { echo "package-windows: $tarball does not match $toolchain_dir/SHA256SUMS" >&2; exit 1; }
  sum=$(sha256sum "$tarball" | cut -d' ' -f1)
  if [[ ! -f $qt_prefix/.whydenied-stamp || $(<"$qt_prefix/.whydenied-stamp") != "$sum" ]]; then
    echo "package-windows: unpacking Qt $qt_version for mingw into $cache" >&2
    rm -rf "$qt_prefix"
    tar -C "$cache" -xJf "$tarball"
    echo "$sum" >"$qt_prefix/.whydenied-stamp"
  fi
elif [[ -f $qt_prefix/.whydenied-stamp ]]; then
  echo "package-windows: no $tarball; using the Qt already in $qt_prefix" >&2
elif ((build_qt)); then
  echo "package-windows: building Qt $qt_version for mingw into $qt_prefix (about 30 minutes)" >&2
  WORKDIR=$cache/qt-build JOBS=${JOBS:-2} INSTALL_WINE=0 \
    bash "$root/scripts/build-qt-mingw.sh" "$qt_prefix" >&2
  echo built-from-source >"$qt_prefix/.whydenied-stamp"
else
  cat >&2 <<EOF
package-windows: no Qt for mingw-w64.
  Expected $tarball
  (set WD_QT_MINGW_DIR to the folder holding qt6-mingw-$qt_version.tar.xz and SHA256SUMS),
  or run again with --build-qt to build Qt $qt_version from Debian's qt6-base source into
  $qt_prefix (about 30 minutes on 2 cores).
EOF
  exit 1
fi

if ((print_prefix)); then
  echo "$qt_prefix"
  exit 0
fi

# Host tools (moc, rcc, uic, lrelease) of the same Qt version come from Debian (QT_HOST_PATH=/usr).
host_qt=$(dpkg-query -W -f='${Version}' qt6-base-dev-tools | sed -E 's/^[0-9]+://; s/[+~-].*//')
[[ $host_qt == "$qt_version" ]] \
  || { echo "package-windows: host Qt is $host_qt, the mingw Qt is $qt_version; they must match" >&2; exit 1; }

cmake -G Ninja -S "$root" -B "$build" \
  -DCMAKE_TOOLCHAIN_FILE="$qt_prefix/lib/cmake/Qt6/qt.toolchain.cmake" \
  -DQT_CHAINLOAD_TOOLCHAIN_FILE="$root/cmake/mingw-w64.cmake" \
  -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
  -DWD_MINGW_STATIC_RUNTIME=OFF \
  -DCMAKE_BUILD_TYPE=Release -DWD_WERROR=ON \
  -DWD_BUILD_GUI=ON -DWD_BUILD_TESTS=OFF -DWD_BUILD_BENCH=OFF -DWD_BUILD_FUZZ=OFF >&2
cmake --build "$build" -j"${JOBS:-2}" >&2
if ((build_only)); then
  echo "$build"
  exit 0
fi
(cd "$build" && cpack -G "NSIS;ZIP" >&2)

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
installer=$build/whydenied-$version-win64.exe
[[ -f $installer ]] || { echo "package-windows: cpack wrote no $installer" >&2; exit 1; }
echo "package-windows: portable copy $build/whydenied-$version-win64.zip" >&2
echo "$installer"
