// SPDX-License-Identifier: GPL-3.0-or-later
// Who holds a file on macOS, through libproc: every pid from proc_listpids, its open descriptors
// from proc_pidinfo(PROC_PIDLISTFDS), each vnode descriptor's device, inode and path from
// proc_pidfdinfo(PROC_PIDFDVNODEPATHINFO), the current folder from PROC_PIDVNODEPATHINFO and the
// program from proc_pidpath. Other users' processes answer EPERM without root: counted as not
// inspected. libproc does not say which descriptors hold flock/fcntl locks, so no lock bits here.
#ifdef __APPLE__

#include "whydenied/diagnose.h"
#include "whydenied/holders.h"

#include "probe/posix/identity.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <libproc.h>
#include <sys/proc_info.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace wd {

namespace {

// fi_openflags carries the kernel's FREAD/FWRITE bits (<sys/fcntl.h>, not exported without
// _DARWIN_C_SOURCE in every configuration), hence the values here.
constexpr uint32_t kFread = 0x0001, kFwrite = 0x0002;
constexpr uint32_t kZombie = 5;  // SZOMB, the pbi_status of an exited, unreaped process (<sys/proc.h>)

struct Target {
    uint64_t dev = 0, ino = 0;
    std::string path;
    bool folder = false;
};

bool beneath(const std::string& p, const std::string& dir) {
    return dir == "/" ? !p.empty() && p[0] == '/'
                      : p.size() > dir.size() && p.compare(0, dir.size(), dir) == 0 && p[dir.size()] == '/';
}

// A vnode matches the file by device and inode (paths can be renamed meanwhile); for a folder,
// the folder itself or any path beneath it.
bool matches(const Target& t, const vinfo_stat& st, const char* path, std::string* which) {
    if (static_cast<uint64_t>(st.vst_dev) == t.dev && st.vst_ino == t.ino) return true;
    if (t.folder && path && beneath(path, t.path)) {
        *which = path;
        return true;
    }
    return false;
}

// proc_pidinfo(PROC_PIDTBSDINFO): name, uid, parent and start time (seconds and microseconds
// since the epoch), which together with the pid name one process.
bool bsdInfo(int pid, proc_bsdinfo& info) {
    return proc_pidinfo(pid, PROC_PIDTBSDINFO, 0, &info, sizeof info) == static_cast<int>(sizeof info);
}

uint64_t startOf(const proc_bsdinfo& info) {
    return static_cast<uint64_t>(info.pbi_start_tvsec) * 1000000u + static_cast<uint64_t>(info.pbi_start_tvusec);
}

void addPath(Holder& h, const std::string& p) {
    if (!p.empty() && h.paths.size() < kMaxPathsPerHolder && std::find(h.paths.begin(), h.paths.end(), p) == h.paths.end())
        h.paths.push_back(p);
}

// Returns false when the process's descriptors could not be read (not ours, or gone).
bool inspectProcess(int pid, const Target& t, Holder& h) {
    const int need = proc_pidinfo(pid, PROC_PIDLISTFDS, 0, nullptr, 0);
    if (need <= 0) return false;
    std::vector<proc_fdinfo> fds(static_cast<size_t>(need) / sizeof(proc_fdinfo) + 16);
    const int got = proc_pidinfo(pid, PROC_PIDLISTFDS, 0, fds.data(), static_cast<int>(fds.size() * sizeof(proc_fdinfo)));
    if (got <= 0) return false;
    fds.resize(static_cast<size_t>(got) / sizeof(proc_fdinfo));
    for (const auto& fd : fds) {
        if (fd.proc_fdtype != PROX_FDTYPE_VNODE) continue;
        vnode_fdinfowithpath vi{};
        if (proc_pidfdinfo(pid, fd.proc_fd, PROC_PIDFDVNODEPATHINFO, &vi, sizeof vi) != static_cast<int>(sizeof vi))
            continue;  // closed meanwhile
        std::string which;
        if (!matches(t, vi.pvip.vip_vi.vi_stat, vi.pvip.vip_path, &which)) continue;
        const uint32_t fl = vi.pfi.fi_openflags;
        if (fl & kFread) h.how |= HoldRead;
        if (fl & kFwrite) h.how |= HoldWrite;
        if (!(fl & (kFread | kFwrite))) h.how |= HoldOpen;
        if (t.folder) addPath(h, which);
    }
    // PROC_PIDVNODEPATHINFO: the current and root folders.
    proc_vnodepathinfo vp{};
    if (proc_pidinfo(pid, PROC_PIDVNODEPATHINFO, 0, &vp, sizeof vp) == static_cast<int>(sizeof vp)) {
        std::string which;
        if (matches(t, vp.pvi_cdir.vip_vi.vi_stat, vp.pvi_cdir.vip_path, &which)) {
            h.how |= HoldCwd;
            if (t.folder) addPath(h, which);
        }
        if (vp.pvi_rdir.vip_path[0] && matches(t, vp.pvi_rdir.vip_vi.vi_stat, vp.pvi_rdir.vip_path, &which))
            h.how |= HoldRoot;
    }
    // proc_pidpath(3): the executable's path; stat(2) it to compare by inode.
    char exe[PROC_PIDPATHINFO_MAXSIZE] = {};
    struct stat st{};
    if (proc_pidpath(pid, exe, sizeof exe) > 0 && stat(exe, &st) == 0 &&
        ((static_cast<uint64_t>(st.st_dev) == t.dev && st.st_ino == t.ino) || (t.folder && beneath(exe, t.path)))) {
        h.how |= HoldExe;
        if (t.folder) addPath(h, exe);
    }
    return true;
}

EndRefusal refusalFor(const Holder& h, bool& gone) {
    gone = false;
    if (h.pid == 1) return EndRefusal::InitProcess;
    if (h.pid == getpid()) return EndRefusal::Self;
    if (h.pid <= 0) return EndRefusal::PidReused;
    proc_bsdinfo info{};
    if (!bsdInfo(h.pid, info)) {
        gone = kill(h.pid, 0) != 0 && errno == ESRCH;
        if (gone) return EndRefusal::None;
        return EndRefusal::NotPermitted;
    }
    if (h.startTime == 0 || startOf(info) != h.startTime) return EndRefusal::PidReused;
    if (kill(h.pid, 0) != 0) {
        if (errno == EPERM) return EndRefusal::NotPermitted;
        if (errno == ESRCH) gone = true;
    }
    return EndRefusal::None;
}

EndResult signalHolder(const Holder& h, int sig, std::chrono::milliseconds grace) {
    EndResult r;
    bool gone = false;
    r.refusal = refusalFor(h, gone);
    if (r.refusal != EndRefusal::None) {
        r.outcome = EndOutcome::Refused;
        return r;
    }
    if (gone || kill(h.pid, sig) != 0) {
        r.err = gone ? 0 : errno;
        r.alreadyGone = gone || r.err == ESRCH;
        r.outcome = r.alreadyGone ? EndOutcome::Ended : EndOutcome::Failed;
        if (r.alreadyGone) r.err = 0;
        return r;
    }
    // No process descriptor to wait on here: look every 20 ms, comparing the start time.
    const auto deadline = std::chrono::steady_clock::now() + grace;
    while (holderAlive(h)) {
        if (std::chrono::steady_clock::now() >= deadline) {
            r.outcome = EndOutcome::StillRunning;
            return r;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    r.outcome = EndOutcome::Ended;
    return r;
}

}  // namespace

HoldersResult findHolders(const std::string& path, const CancelToken* cancel) {
    HoldersResult r;
    char real[PATH_MAX];
    r.path = realpath(path.c_str(), real) ? real : path;
    struct stat st{};
    if (stat(r.path.c_str(), &st) != 0) {
        r.error = "Cannot examine " + path + ": " + std::string(std::strerror(errno));
        return r;
    }
    Target t{static_cast<uint64_t>(st.st_dev), st.st_ino, r.path, S_ISDIR(st.st_mode)};
    r.folder = t.folder;
    // proc_listpids(PROC_ALL_PIDS): with a null buffer it returns the bytes needed; processes
    // started meanwhile are why the buffer gets some room.
    const int need = proc_listpids(PROC_ALL_PIDS, 0, nullptr, 0);
    if (need <= 0) {
        r.error = "The process list is not available.";
        return r;
    }
    std::vector<pid_t> pids(static_cast<size_t>(need) / sizeof(pid_t) + 64);
    const int got = proc_listpids(PROC_ALL_PIDS, 0, pids.data(), static_cast<int>(pids.size() * sizeof(pid_t)));
    pids.resize(got > 0 ? static_cast<size_t>(got) / sizeof(pid_t) : 0);
    std::sort(pids.begin(), pids.end());
    for (pid_t pid : pids) {
        if (pid <= 0) continue;
        if (cancel && cancel->cancelled()) {
            r.cancelled = true;
            return r;
        }
        proc_bsdinfo info{};
        if (!bsdInfo(pid, info)) continue;  // exited meanwhile
        ++r.scanned;
        Holder h;
        h.pid = pid;
        if (!inspectProcess(pid, t, h)) {
            ++r.notInspected;
            continue;
        }
        if (!h.how) continue;
        h.startTime = startOf(info);
        h.name = info.pbi_name[0] ? info.pbi_name : info.pbi_comm;
        h.uid = info.pbi_uid;
        h.uidKnown = true;
        h.user = posix::userName(h.uid);
        if (h.user.empty()) h.user = std::to_string(h.uid);
        r.holders.push_back(std::move(h));
    }
    return r;
}

EndRefusal mayEndProcess(const Holder& h) {
    bool gone = false;
    return refusalFor(h, gone);
}

EndResult endProcess(const Holder& h, std::chrono::milliseconds grace) { return signalHolder(h, SIGTERM, grace); }

EndResult forceEndProcess(const Holder& h, std::chrono::milliseconds grace) { return signalHolder(h, SIGKILL, grace); }

bool holderAlive(const Holder& h) {
    proc_bsdinfo info{};
    return h.pid > 0 && bsdInfo(h.pid, info) && startOf(info) == h.startTime && info.pbi_status != kZombie;
}

}  // namespace wd

#endif  // __APPLE__
