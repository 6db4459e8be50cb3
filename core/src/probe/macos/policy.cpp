// SPDX-License-Identifier: GPL-3.0-or-later
// What decides an EPERM on a Mac besides the file itself: TCC privacy consent (Full Disk Access),
// System Integrity Protection and the App Sandbox, and the app TCC holds responsible.
#ifdef __APPLE__

#include "probe/macos/probe.h"

#include "probe/posix/run.h"
#include "rules/support/macos.h"

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <libproc.h>
#include <sys/proc_info.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wd::macos_probe {

namespace {

// Full Disk Access, probed the known way: open(2) a file TCC always guards. EPERM on a file that
// exists means this process (judged through its responsible app) lacks it; success means it has
// it. EACCES and ENOENT say nothing about TCC, so the next candidate is tried.
void probeFullDiskAccess(Facts& f) {
    const std::string home = f.identity.home;
    const std::string candidates[] = {
        home + "/Library/Application Support/com.apple.TCC/TCC.db",
        home + "/Library/Safari/Bookmarks.plist",
        "/Library/Application Support/com.apple.TCC/TCC.db",
    };
    for (const auto& path : candidates) {
        struct stat st{};
        if (home.empty() && path[0] != '/') continue;
        if (lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
        const int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
        const int err = fd < 0 ? errno : 0;
        if (fd >= 0) close(fd);
        if (err == 0 || err == EPERM) {
            f.lsm.fullDiskAccess = err == 0 ? 1 : 0;
            f.lsm.fullDiskAccessProbe = path;
            return;
        }
    }
}

// proc_pidinfo(PROC_PIDTBSDINFO) gives the parent pid; proc_pidpath(3) the executable. TCC holds
// the responsible process to account (the terminal or IDE that started the command); its private
// API is not used: walking up to the first process inside an .app bundle finds the same app for
// the usual cases (Terminal, iTerm, VS Code, Xcode).
void findResponsibleApp(Facts& f) {
    pid_t pid = getpid();
    for (int depth = 0; depth < 32 && pid > 1; ++depth) {
        char path[PROC_PIDPATHINFO_MAXSIZE] = {};
        if (proc_pidpath(pid, path, sizeof path) > 0) {
            const mac::AppBundle app = mac::appFromExecutable(path);
            if (!app.name.empty()) {
                f.lsm.responsibleApp = app.name;
                f.lsm.responsibleAppPath = app.path;
                return;
            }
        }
        struct proc_bsdinfo info{};
        if (proc_pidinfo(pid, PROC_PIDTBSDINFO, 0, &info, sizeof info) != static_cast<int>(sizeof info)) return;
        pid = static_cast<pid_t>(info.pbi_ppid);
    }
}

// csrutil(8) status prints "System Integrity Protection status: enabled." (or "disabled.", or
// "enabled (Custom Configuration)."). Only asked when a node carries a flag SIP would explain.
void readSip(Facts& f) {
    const auto r = posix::runCapture({"/usr/bin/csrutil", "status"}, 2000, 4096);
    if (!r.started || r.timedOut || r.status != 0) return;
    if (r.out.find("disabled") != std::string::npos && r.out.find("enabled") == std::string::npos) f.lsm.sipEnabled = 0;
    else if (r.out.find("enabled") != std::string::npos) f.lsm.sipEnabled = 1;
}

bool needsSip(const Facts& f) {
    for (const Node& n : f.chain)
        if (n.mac.rootless || (n.mac.flags & (mac::kSfRestricted | mac::kSfImmutable | mac::kSfAppend))) return true;
    return false;
}

}  // namespace

void readPolicy(Facts& f) {
    // The system sets APP_SANDBOX_CONTAINER_ID in the environment of every App Sandbox process.
    f.lsm.sandboxed = std::getenv("APP_SANDBOX_CONTAINER_ID") != nullptr;
    findResponsibleApp(f);
    // Only an EPERM needs the TCC and SIP answers; they cost a few opens and a process.
    if (f.verdict.err != EPERM) return;
    probeFullDiskAccess(f);
    if (needsSip(f)) readSip(f);
}

}  // namespace wd::macos_probe

#endif  // __APPLE__
