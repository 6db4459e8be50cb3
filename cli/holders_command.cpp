// SPDX-License-Identifier: GPL-3.0-or-later
// whydenied-cli holders PATH [--json]: the processes that have PATH open, mapped, running or locked.
#include "commands.h"

#include "whydenied/holders.h"
#include "whydenied/json.h"

#include <cstdio>
#include <string>

namespace wd::cli {

namespace {

std::string howText(const Holder& h) {
    std::string out;
    for (auto n : h.howNames()) {
        if (!out.empty()) out += ',';
        out += n;
    }
    return out;
}

}  // namespace

int runHolders(const Args& a) {
    if (!onePositional(a, "holders takes exactly one PATH")) return ExitUsage;
    // --privileged: other users' processes too, through the helper (an administrator password).
    if (a.has("command-lines") && !a.has("privileged")) {
        std::fprintf(stderr, "whydenied-cli: --command-lines goes with --privileged\n");
        return ExitUsage;
    }
    const HoldersResult r = a.has("privileged") ? findHoldersAsAdministrator(a.positional[0], {}, a.has("command-lines"))
                                                : findHolders(a.positional[0]);
    if (!r.error.empty()) {
        std::fprintf(stderr, "whydenied-cli: %s\n", printable(r.error).c_str());
        return ExitUsage;
    }
    if (a.has("json")) {
        JsonWriter w;
        w.beginObject().key("schema").value(1).key("path").value(r.path).key("holders").beginArray();
        for (const Holder& h : r.holders) {
            w.beginObject().key("pid").value(h.pid).key("name").value(h.name).key("user").value(h.user);
            w.key("cmdline").value(h.cmdline).key("how").beginArray();
            for (auto n : h.howNames()) w.value(n);
            w.endArray();
            if (r.folder) {
                w.key("paths").beginArray();
                for (const auto& p : h.paths) w.value(p);
                w.endArray();
            }
            w.endObject();
        }
        w.endArray().key("not_inspected").value(r.notInspected);
        if (r.unattributedLocks) w.key("unattributed_locks").value(r.unattributedLocks);
        w.endObject();
        std::puts(w.str().c_str());
        return 0;
    }
    if (r.holders.empty()) {
        std::printf("No process holds %s%s.\n", printable(r.path).c_str(), r.folder ? " or anything beneath it" : "");
    } else {
        std::printf("%-8s %-16s %-12s %-22s %s\n", "PID", "PROGRAM", "USER", "HOW", "COMMAND");
        for (const Holder& h : r.holders) {
            std::printf("%-8d %-16s %-12s %-22s %s\n", h.pid, printable(h.name).c_str(), printable(h.user).c_str(),
                        howText(h).c_str(), printable(h.cmdline).c_str());
            for (const auto& p : h.paths) std::printf("         %s\n", printable(p).c_str());
        }
    }
    if (r.notInspected > 0)
        std::printf("%d processes could not be inspected (other users' or protected ones; an administrator can "
                    "see them: add --privileged).\n",
                    r.notInspected);
    if (r.unattributedLocks > 0)
        std::printf("%d locks on it belong to no process the system names (open-file locks).\n", r.unattributedLocks);
    return 0;
}

}  // namespace wd::cli
