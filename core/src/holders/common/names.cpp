// SPDX-License-Identifier: GPL-3.0-or-later
// The portable half of whydenied/holders.h: names and words, the same on every platform.
#include "whydenied/holders.h"

#include <array>

namespace wd {

std::vector<std::string_view> holdNames(uint32_t how) {
    // Index = bit number; the order is the order a reader sees them in.
    static constexpr std::array<std::string_view, 10> kNames = {
        "read", "write", "open", "mmap", "cwd", "root", "exe", "flock", "posix-lock", "in-use"};
    std::vector<std::string_view> out;
    for (size_t bit = 0; bit < kNames.size(); ++bit)
        if (how & (1u << bit)) out.push_back(kNames[bit]);
    return out;
}

Message refusalMessage(EndRefusal r, const Holder& h) {
    const std::string pid = std::to_string(h.pid);
    switch (r) {
    case EndRefusal::None: return Message();
    case EndRefusal::InitProcess:
        return Message(WD_TR("%1 (pid 1) starts and supervises everything else; ending it would stop the system."),
                       {h.name, pid});
    case EndRefusal::Self: return Message(WD_TR("%1 (pid %2) is this program itself."), {h.name, pid});
    case EndRefusal::KernelThread:
        return Message(WD_TR("%1 (pid %2) is part of the kernel and cannot be ended."), {h.name, pid});
    case EndRefusal::NotPermitted:
        return Message(WD_TR("%1 (pid %2) belongs to %3; only they or an administrator may end it."),
                       {h.name, pid, h.user});
    case EndRefusal::PidReused:
        return Message(WD_TR("Process %2 is no longer %1: it has ended and the number now belongs to another "
                             "program. Refresh the list."),
                       {h.name, pid});
    case EndRefusal::Unsupported:
        return Message(WD_TR("Ending processes is not supported on this system yet."));
    }
    return Message();
}

}  // namespace wd
