#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copied unchanged (apart from these header lines) from the project's shared toolchain folder,
# ../shared/toolchains/qt6-mingw/build-qt-mingw.sh, which also holds the tarball it produces, so
# that a checkout without that folder can still build Qt: scripts/package-windows.sh --build-qt.
# The sed in step 2 is qwindows-no-direct2d.patch (beside this script), kept as the readable diff.
# Cross-compile a minimal Qt 6.4.2 qtbase (Core, Gui, Widgets, Concurrent, Test,
# the "qwindows" platform plugin and the "windowsvista" style plugin) for
# Windows x86_64 with Debian 12's mingw-w64 POSIX-threads toolchain.
#
# Usage (as root, or as a user with sudo), on a fresh Debian 12 (bookworm):
#     ./build-qt-mingw.sh [PREFIX]            # default PREFIX=/opt/qt6-mingw-6.4.2
# Environment knobs:
#     WORKDIR=/tmp/qtmingw   where sources and the build tree go
#     JOBS=$(nproc)          parallel compile jobs
#     STRIP=1                strip installed DLLs (0 to keep symbols)
#     INSTALL_WINE=1         also install wine/xvfb/imagemagick for testing (0 to skip)
#     CONFIGURE_ONLY=0       1 = stop after the CMake configure step (dry run)
#
# The host tools (moc, rcc, uic, ...) are taken from Debian's qt6-base-dev-tools,
# which must be the SAME Qt version as the source being built (6.4.2 on bookworm).
set -euo pipefail

PREFIX="${1:-/opt/qt6-mingw-6.4.2}"
WORKDIR="${WORKDIR:-/tmp/qtmingw}"
JOBS="${JOBS:-$(nproc)}"
STRIP="${STRIP:-1}"
INSTALL_WINE="${INSTALL_WINE:-1}"
CONFIGURE_ONLY="${CONFIGURE_ONLY:-0}"
TRIPLE=x86_64-w64-mingw32

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

log() { printf '\n==> %s\n' "$*"; }

# ---------------------------------------------------------------------------
# 1. deb-src + packages
# ---------------------------------------------------------------------------
enable_deb_src() {
    if grep -rqsE '^\s*deb-src\s|^Types:.*deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/ ; then
        return 0
    fi
    log "Enabling deb-src"
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        # deb822 format (default on fresh Debian 12 installs / containers)
        $SUDO sed -i 's/^Types: deb$/Types: deb deb-src/' /etc/apt/sources.list.d/debian.sources
    fi
    if [ -f /etc/apt/sources.list ] && grep -qE '^\s*deb\s' /etc/apt/sources.list; then
        grep -E '^\s*deb\s' /etc/apt/sources.list | sed -E 's/^\s*deb\s/deb-src /' \
            | $SUDO tee /etc/apt/sources.list.d/qtmingw-deb-src.list >/dev/null
    fi
}

wait_for_apt() {
    while pgrep -x apt-get >/dev/null || pgrep -x apt >/dev/null || pgrep -x dpkg >/dev/null; do
        echo "waiting for another apt/dpkg process..."; sleep 5
    done
}

enable_deb_src
wait_for_apt
log "Installing packages"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
PKGS=(cmake ninja-build perl python3 dpkg-dev
      g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
      qt6-base-dev qt6-base-dev-tools)
if [ "$INSTALL_WINE" = 1 ]; then PKGS+=(wine64 wine fonts-wine xvfb xauth imagemagick); fi
$SUDO apt-get install -y --no-install-recommends "${PKGS[@]}"

HOST_QT_VER="$(dpkg-query -W -f='${Version}' qt6-base-dev | sed -E 's/^[0-9]+://; s/[+~-].*//')"
log "Host Qt version: $HOST_QT_VER"

# ---------------------------------------------------------------------------
# 2. Source
# ---------------------------------------------------------------------------
mkdir -p "$WORKDIR"
cd "$WORKDIR"
SRC="$(ls -d qt6-base-"$HOST_QT_VER"*/ 2>/dev/null | head -n1 || true)"
if [ -z "$SRC" ]; then
    log "Fetching qt6-base source"
    apt-get source qt6-base
    SRC="$(ls -d qt6-base-"$HOST_QT_VER"*/ | head -n1)"
fi
SRC="$WORKDIR/${SRC%/}"
log "Source: $SRC"

# Qt 6.4.2 bug: with FEATURE_direct2d=OFF, QtGui does not compile
# QWindowsDirectWriteFontDatabase (its CMake condition requires direct2d), but the
# qwindows plugin still references it when directwrite3 is available, so
# qwindows.dll fails to link. Guard the reference with direct2d as well.
sed -i 's/^#if QT_CONFIG(directwrite3)$/#if QT_CONFIG(directwrite3) \&\& QT_CONFIG(direct2d)/' \
    "$SRC/src/plugins/platforms/windows/qwindowsintegration.cpp"

# ---------------------------------------------------------------------------
# 3. Toolchain file (installed into the prefix so qt-cmake can chain-load it)
# ---------------------------------------------------------------------------
$SUDO mkdir -p "$PREFIX"
TOOLCHAIN="$PREFIX/mingw-w64-x86_64-posix.cmake"
cat > "$WORKDIR/mingw-w64-x86_64-posix.cmake" <<'EOF'
# CMake toolchain file: Debian 12 mingw-w64, x86_64, POSIX threads model
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(TOOLCHAIN_PREFIX x86_64-w64-mingw32)

set(CMAKE_C_COMPILER   ${TOOLCHAIN_PREFIX}-gcc-posix)
set(CMAKE_CXX_COMPILER ${TOOLCHAIN_PREFIX}-g++-posix)
set(CMAKE_RC_COMPILER  ${TOOLCHAIN_PREFIX}-windres)
set(CMAKE_AR           /usr/bin/${TOOLCHAIN_PREFIX}-ar CACHE FILEPATH "ar")
set(CMAKE_RANLIB       /usr/bin/${TOOLCHAIN_PREFIX}-ranlib CACHE FILEPATH "ranlib")
set(CMAKE_STRIP        /usr/bin/${TOOLCHAIN_PREFIX}-strip CACHE FILEPATH "strip")

set(CMAKE_FIND_ROOT_PATH /usr/${TOOLCHAIN_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
# Qt (via QT_HOST_PATH) and qt-cmake add their own prefixes to CMAKE_FIND_ROOT_PATH.
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
EOF
$SUDO cp "$WORKDIR/mingw-w64-x86_64-posix.cmake" "$TOOLCHAIN"

# ---------------------------------------------------------------------------
# 4. Configure
# ---------------------------------------------------------------------------
# Notes on the feature choices:
#  * tabletevent OFF : Debian's +dfsg tarball drops src/3rdparty/wintab (wintab.h,
#                      pktdef.h), which the qwindows plugin needs for pen tablets.
#  * freetype OFF    : Windows uses its native GDI/DirectWrite font engines.
#  * direct2d OFF    : skips the second (experimental) qdirect2d platform plugin; in Qt 6.4
#                      this also drops the DirectWrite font engine from QtGui, so text
#                      is rendered with the GDI engine (no colour emoji). Needs the patch above.
#  * jpeg OFF        : no qjpeg image plugin (PNG, GIF, ICO still supported).
#  * network/sql/xml/dbus/printsupport/opengl/vulkan OFF: modules not needed.
#  * pkg_config OFF  : never pick up host (Linux) libraries.
#  * All 3rdparty libs (zlib, libpng, pcre2, harfbuzz, double-conversion) bundled.
BUILD="$WORKDIR/build"
log "Configuring into $BUILD"
cmake -G Ninja -S "$SRC" -B "$BUILD" \
    -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" \
    -DQT_HOST_PATH=/usr \
    -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DCMAKE_INSTALL_PREFIX="$PREFIX" \
    -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_SHARED_LIBS=ON \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
    -DFEATURE_pkg_config=OFF -DFEATURE_androiddeployqt=OFF \
    -DFEATURE_sql=OFF -DFEATURE_network=OFF -DFEATURE_xml=OFF -DFEATURE_dbus=OFF \
    -DFEATURE_printsupport=OFF -DFEATURE_opengl=OFF -DFEATURE_dynamicgl=OFF \
    -DFEATURE_vulkan=OFF -DFEATURE_zstd=OFF -DFEATURE_icu=OFF \
    -DFEATURE_freetype=OFF -DFEATURE_jpeg=OFF -DFEATURE_tabletevent=OFF -DFEATURE_direct2d=OFF \
    -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_png=OFF \
    -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_doubleconversion=OFF \
    -DFEATURE_testlib=ON -DFEATURE_concurrent=ON -DFEATURE_gui=ON -DFEATURE_widgets=ON

if [ "$CONFIGURE_ONLY" = 1 ]; then log "CONFIGURE_ONLY=1: stopping after configure"; exit 0; fi

# ---------------------------------------------------------------------------
# 5. Build + install
# ---------------------------------------------------------------------------
log "Building with $JOBS jobs"
time cmake --build "$BUILD" --parallel "$JOBS"
log "Installing into $PREFIX"
$SUDO cmake --install "$BUILD"

# MinGW runtime DLLs that every Qt DLL depends on: ship them next to Qt6Core.dll
for dll in /usr/lib/gcc/$TRIPLE/12-posix/libstdc++-6.dll \
           /usr/lib/gcc/$TRIPLE/12-posix/libgcc_s_seh-1.dll \
           /usr/$TRIPLE/lib/libwinpthread-1.dll; do
    $SUDO cp "$dll" "$PREFIX/bin/"
done

if [ "$STRIP" = 1 ]; then
    log "Stripping DLLs"
    find "$PREFIX" -name '*.dll' -print0 | xargs -0 $SUDO $TRIPLE-strip --strip-unneeded
fi

log "Done. Installed size: $(du -sh "$PREFIX" | cut -f1)"
cat <<EOF

Use it:
  $PREFIX/bin/qt-cmake -G Ninja -S myapp -B myapp-build -DQT_HOST_PATH=/usr \\
      -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake
  cmake --build myapp-build
Deploy: copy $PREFIX/bin/{Qt6Core,Qt6Gui,Qt6Widgets,Qt6Concurrent,libstdc++-6,libgcc_s_seh-1,libwinpthread-1}.dll,
        $PREFIX/plugins/platforms/qwindows.dll -> platforms/, $PREFIX/plugins/styles/ -> styles/
        next to the .exe.
EOF
