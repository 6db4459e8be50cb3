// SPDX-License-Identifier: GPL-3.0-or-later
// The fields of /proc/PID/stat that both the scanner (scan.cpp) and ending a holder
// (end_process.cpp) judge a process by. Not public API.
#pragma once

#include <cstdint>

namespace wd {

constexpr uint32_t kPfKthread = 0x00200000;  // PF_KTHREAD in /proc/PID/stat's flags field

struct ProcStat {
    char state = '?';
    uint32_t flags = 0;
    uint64_t startTime = 0;  // clock ticks after boot: with the pid, it names one process
};

// False when the process is gone or its stat cannot be read.
bool readProcStat(int pid, ProcStat& out);

}  // namespace wd
