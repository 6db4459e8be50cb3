// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a program with an argument vector (never a shell) and captures its output, with a time
// limit: the probe runs on a worker thread, but a tool that hangs (systemctl waiting on a stuck
// D-Bus) must not hold a diagnosis forever.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace wd::posix {

struct RunResult {
    bool started = false;
    bool timedOut = false;
    int status = -1;  // exit status, -1 when killed or not started
    std::string out, err;
};

// `argv[0]` is looked up in PATH. Output beyond `maxOutput` bytes is dropped. `onErrLine` sees
// each line of standard error as it comes (a long task's progress), besides its capture in `err`.
RunResult runCapture(const std::vector<std::string>& argv, int timeoutMs, size_t maxOutput = 1 << 20,
                     const std::function<void(const std::string&)>& onErrLine = {});

}  // namespace wd::posix
