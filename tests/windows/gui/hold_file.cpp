// SPDX-License-Identifier: GPL-3.0-or-later
// The "second process" of scripts/test-windows-gui.sh: opens FILE with no sharing (as Excel does),
// writes READY once it holds it, and keeps it open until STOP exists (at most ten minutes).
//   hold_file.exe FILE READY STOP
// Built by the script with the mingw compiler; not part of the CMake build.
#include <windows.h>

int wmain(int argc, wchar_t** argv) {
    if (argc != 4) return 2;
    HANDLE held = CreateFileW(argv[1], GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING, 0, nullptr);
    if (held == INVALID_HANDLE_VALUE) return 1;
    HANDLE ready = CreateFileW(argv[2], GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, 0, nullptr);
    if (ready == INVALID_HANDLE_VALUE) return 1;
    CloseHandle(ready);
    for (int i = 0; i < 6000 && GetFileAttributesW(argv[3]) == INVALID_FILE_ATTRIBUTES; ++i) Sleep(100);
    CloseHandle(held);
    return 0;
}
