// SPDX-License-Identifier: GPL-3.0-or-later
// Ending a holder on Linux: the checks every request passes (not init, not ourselves, not a kernel
// thread, the same process as the one listed), then a signal through a pidfd when the kernel has
// them, so a pid reused meanwhile is never signalled, and a bounded wait for the exit.
#include "holders/linux/proc_stat.h"
#include "platform/linux/fd.h"
#include "whydenied/holders.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <poll.h>
#include <signal.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

namespace wd {

namespace {

int pidfdOpen(int pid) {
#ifdef SYS_pidfd_open
    return static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
#else
    errno = ENOSYS;
    return -1;
#endif
}

int sendSignal(int pidfd, int pid, int sig) {
#ifdef SYS_pidfd_send_signal
    if (pidfd >= 0) return static_cast<int>(syscall(SYS_pidfd_send_signal, pidfd, sig, nullptr, 0));
#endif
    return kill(pid, sig);
}

bool exited(const ProcStat& st) { return st.state == 'Z' || st.state == 'X'; }

// The checks every end request passes. `pidfd` (when the kernel has them) was opened before the
// start time is compared, so the process checked is the one signalled later: no reuse race.
EndRefusal refusalFor(const Holder& h, int pidfd, bool& gone) {
    gone = false;
    if (h.pid == 1) return EndRefusal::InitProcess;
    if (h.pid == getpid()) return EndRefusal::Self;
    if (h.pid <= 0) return EndRefusal::PidReused;
    ProcStat st;
    if (!readProcStat(h.pid, st)) {
        gone = true;
        return EndRefusal::None;
    }
    // Without a start time the process cannot be told from a later one with the same pid.
    if (h.startTime == 0 || st.startTime != h.startTime) return EndRefusal::PidReused;
    if (exited(st)) {
        gone = true;
        return EndRefusal::None;
    }
    if ((st.flags & kPfKthread) || h.kernelThread) return EndRefusal::KernelThread;
    if (sendSignal(pidfd, h.pid, 0) != 0) {
        if (errno == EPERM) return EndRefusal::NotPermitted;
        if (errno == ESRCH) gone = true;
    }
    return EndRefusal::None;
}

bool waitForExit(int pidfd, const Holder& h, std::chrono::milliseconds grace) {
    const auto deadline = std::chrono::steady_clock::now() + grace;
    if (pidfd >= 0) {
        for (;;) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            pollfd p{pidfd, POLLIN, 0};
            const int r = poll(&p, 1, static_cast<int>(std::max<int64_t>(0, left.count())));
            if (r > 0) return true;
            if (r == 0) return false;
            if (errno != EINTR) break;
        }
    }
    // No pidfd (kernel < 5.3): look every 20 ms.
    for (;;) {
        if (!holderAlive(h)) return true;
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

EndResult signalHolder(const Holder& h, int sig, std::chrono::milliseconds grace) {
    EndResult r;
    sys::Fd pidfd(h.pid > 1 && h.pid != getpid() ? pidfdOpen(h.pid) : -1);
    bool gone = false;
    r.refusal = refusalFor(h, pidfd.get(), gone);
    if (r.refusal != EndRefusal::None) {
        r.outcome = EndOutcome::Refused;
        return r;
    }
    if (gone) {
        r.outcome = EndOutcome::Ended;
        r.alreadyGone = true;
        return r;
    }
    if (sendSignal(pidfd.get(), h.pid, sig) != 0) {
        r.err = errno;
        if (r.err == ESRCH) {
            r.outcome = EndOutcome::Ended;
            r.alreadyGone = true;
            r.err = 0;
        } else {
            r.outcome = EndOutcome::Failed;
        }
        return r;
    }
    r.outcome = waitForExit(pidfd.get(), h, grace) ? EndOutcome::Ended : EndOutcome::StillRunning;
    return r;
}

}  // namespace

EndRefusal mayEndProcess(const Holder& h) {
    sys::Fd pidfd(h.pid > 1 && h.pid != getpid() ? pidfdOpen(h.pid) : -1);
    bool gone = false;
    return refusalFor(h, pidfd.get(), gone);
}

EndResult endProcess(const Holder& h, std::chrono::milliseconds grace) { return signalHolder(h, SIGTERM, grace); }

EndResult forceEndProcess(const Holder& h, std::chrono::milliseconds grace) {
    return signalHolder(h, SIGKILL, grace);
}

bool holderAlive(const Holder& h) {
    ProcStat st;
    return h.pid > 0 && readProcStat(h.pid, st) && st.startTime == h.startTime && !exited(st);
}

}  // namespace wd
