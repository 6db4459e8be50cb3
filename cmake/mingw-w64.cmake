# SPDX-License-Identifier: GPL-3.0-or-later
# Cross build for 64-bit Windows with mingw-w64 (Debian: g++-mingw-w64-x86-64-posix), tests run under Wine.
# The -posix compilers are needed: the win32-thread variant has no std::thread / std::mutex.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(WD_MINGW_TRIPLET x86_64-w64-mingw32)

find_program(WD_MINGW_CXX NAMES ${WD_MINGW_TRIPLET}-g++-posix ${WD_MINGW_TRIPLET}-g++ REQUIRED)
find_program(WD_MINGW_CC NAMES ${WD_MINGW_TRIPLET}-gcc-posix ${WD_MINGW_TRIPLET}-gcc)
find_program(WD_MINGW_RC NAMES ${WD_MINGW_TRIPLET}-windres)
set(CMAKE_CXX_COMPILER ${WD_MINGW_CXX})
if(WD_MINGW_CC)
  set(CMAKE_C_COMPILER ${WD_MINGW_CC})
endif()
if(WD_MINGW_RC)
  set(CMAKE_RC_COMPILER ${WD_MINGW_RC})
endif()

set(CMAKE_FIND_ROOT_PATH /usr/${WD_MINGW_TRIPLET})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Static runtime: the .exe files then run under Wine (and on Windows) without the mingw DLLs beside them.
# The window's build (scripts/package-windows.sh) turns it off: Qt's DLLs link the shared libstdc++,
# and one C++ runtime per process is what keeps exceptions and allocations crossing DLLs safe.
option(WD_MINGW_STATIC_RUNTIME "Link libstdc++, libgcc and winpthread statically" ON)
if(WD_MINGW_STATIC_RUNTIME)
  set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")
endif()
# The UNICODE defines and the warning settings are on the whydenied_core target (core/CMakeLists.txt),
# so they also reach build trees configured before a change here.

# Debian's /usr/bin/wine wrapper nags about wine32 on every start; the wine64 loader runs 64-bit .exe directly.
find_program(WD_WINE NAMES wine64 wine PATHS /usr/lib/wine /usr/lib64/wine NO_CMAKE_FIND_ROOT_PATH)
# A wrapper given with -DCMAKE_CROSSCOMPILING_EMULATOR (scripts/wine-run.sh) wins over plain wine.
if(WD_WINE AND NOT CMAKE_CROSSCOMPILING_EMULATOR)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${WD_WINE})
endif()

# Tests are listed when ctest runs (under Wine, as the unprivileged test user), not at build time.
set(CMAKE_GTEST_DISCOVER_TESTS_DISCOVERY_MODE PRE_TEST)
