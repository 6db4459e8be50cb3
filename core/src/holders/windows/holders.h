// SPDX-License-Identifier: GPL-3.0-or-later
// Windows holders internals shared with the worker program and the tests.
#pragma once

#include "whydenied/holders.h"

#include <map>
#include <string>

namespace wd {

// \??\C:\x (Wine), \Device\HarddiskVolume3\x (Windows, with the device map), \Device\Mup\srv\share\x
// -> C:\x or \\srv\share\x. Anything else comes back unchanged.
std::wstring normalizeKernelName(const std::wstring& name, const std::map<std::wstring, std::wstring>& lowerDeviceToDrive);
std::wstring normalizeKernelName(const std::wstring& name);

// The worker program to start: by default the one installed beside this program. Tests name the
// one of the build tree here; no environment variable can choose it.
void setHoldersWorker(const std::wstring& path);

// The body of whydenied-holders-worker.exe: lists the processes with a handle on `target`.
int holdersWorkerMain(const std::wstring& target);

}  // namespace wd
