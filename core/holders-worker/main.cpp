// SPDX-License-Identifier: GPL-3.0-or-later
// whydenied-holders-worker.exe PATH: lists the handles open on PATH for findHolders. A separate
// process so that a name query that never returns costs a TerminateProcess, not the caller.
#include "holders/windows/holders.h"

#include <windows.h>
#include <shellapi.h>

int main() {
    int argc = 0;
    LPWSTR* argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (!argv || argc != 2) return 2;
    const int rc = wd::holdersWorkerMain(argv[1]);
    LocalFree(argv);
    return rc;
}
