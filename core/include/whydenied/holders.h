// SPDX-License-Identifier: GPL-3.0-or-later
// Who holds a file: the processes that have it open, mapped, as their folder or program, or locked,
// and ending one of them safely.
//
// One interface, one backend per platform under core/src/holders/. Linux reads /proc
// (linux/scan.cpp; linux/end_process.cpp ends a holder); Windows enumerates handles in a
// time-limited worker process and adds the Restart Manager's application and service names
// (windows/holders.cpp); macOS uses libproc (macos/holders.cpp). Every backend fills the same records:
// what one cannot know stays at its "unknown" value (uid on Windows, startTime where the system
// gives none), it is never guessed.
#pragma once

#include "whydenied/message.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wd {

class CancelToken;  // whydenied/diagnose.h

// How a process holds the path. Bits, because one process often holds a file several ways
// (open for writing and locked; running a program and mapping it).
enum HoldBits : uint32_t {
    HoldRead = 1u << 0,       // an open descriptor/handle that can read
    HoldWrite = 1u << 1,      // an open descriptor/handle that can write
    HoldOpen = 1u << 2,       // open without read or write access (O_PATH), or access not known
    HoldMmap = 1u << 3,       // mapped into memory (a library, a database file)
    HoldCwd = 1u << 4,        // its current folder
    HoldRoot = 1u << 5,       // its root folder (chroot, a container)
    HoldExe = 1u << 6,        // the program it runs
    HoldFlock = 1u << 7,      // a whole-file lock: flock(2), or a Windows lock range
    HoldPosixLock = 1u << 8,  // a record lock: fcntl(F_SETLK) / lockf
    HoldInUse = 1u << 9,      // the system says it uses the file without saying how (Restart Manager)
};

// Stable names for the bits, in bit order: "read", "write", "open", "mmap", "cwd", "root", "exe",
// "flock", "posix-lock", "in-use". They are part of the JSON contract (design.md §4).
std::vector<std::string_view> holdNames(uint32_t how);

struct Holder {
    int pid = 0;
    // When the process started, in the platform's own clock (Linux: clock ticks after boot, field
    // 22 of /proc/PID/stat). pid + startTime name one process: a pid reused later has another
    // startTime, which is how endProcess refuses to signal a stranger. 0 = unknown.
    uint64_t startTime = 0;
    std::string name;     // short program name (comm; the image name on Windows)
    std::string user;     // account name, or the uid as text when the account has none
    uint32_t uid = 0;     // effective uid (POSIX); meaningless where uidKnown is false
    bool uidKnown = false;
    std::string cmdline;  // arguments joined by spaces; empty when hidden or a kernel thread
    uint32_t how = 0;     // HoldBits
    // For a folder: some of what beneath it is held (at most kMaxPathsPerHolder); for a file: empty.
    std::vector<std::string> paths;
    bool kernelThread = false;
    // Windows: the handles in that process that name the path (a folder: it or anything beneath
    // it), each with the file it names, for closing one of them (whydenied/release.h). Empty
    // elsewhere, and when the handle table could not be read.
    struct OpenHandle {
        uint64_t value = 0;
        std::string path;
    };
    std::vector<OpenHandle> handles;

    std::vector<std::string_view> howNames() const { return holdNames(how); }
};

constexpr size_t kMaxPathsPerHolder = 8;

struct HoldersResult {
    std::string path;               // what was examined: the path made absolute, symlinks resolved
    bool folder = false;            // a folder: holders of anything beneath it
    std::vector<Holder> holders;    // ascending pid
    int scanned = 0;                // processes examined
    // Processes whose open files could not be read (other users' processes without privilege).
    // They are neither holders nor non-holders: the front end says how many were not inspected.
    int notInspected = 0;
    // Locks on the target that the system attributes to no process (Linux OFD locks, a flock
    // whose locker has exited while a child kept the descriptor).
    int unattributedLocks = 0;
    bool cancelled = false;
    std::string error;  // set when the path could not be examined at all (missing, no permission)
};

// Finds every process holding `path` (a folder: anything beneath it). Never opens the target,
// never blocks on it, never modifies anything. Processes that exit during the scan are skipped.
HoldersResult findHolders(const std::string& path, const CancelToken* cancel = nullptr);

// The same, looked at as an administrator: processes of other users included. Runs the
// privileged helper through pkexec (the desktop asks for a password), or scans directly when the
// caller is root already. `helperPath` empty: $WHYDENIED_HELPER, else the installed helper.
// Other users' command lines (which can carry passwords) stay empty unless `commandLines`, which
// the helper serves under its own polkit action (holders-cmdline).
HoldersResult findHoldersAsAdministrator(const std::string& path, const std::string& helperPath = {},
                                         bool commandLines = false);

// The helper's answer crosses a process boundary as JSON lines: a summary line, then one line per
// holder with its paths. Lines that are not part of such an answer are ignored.
std::string holdersToLines(const HoldersResult& r);
HoldersResult holdersFromLines(std::string_view text);

// Ending a holder. Confirmation is the front end's job; these only refuse what must never be
// signalled and report what happened.
enum class EndRefusal {
    None,
    InitProcess,    // pid 1: ending it brings the system (or the container) down
    Self,           // the caller itself
    KernelThread,   // cannot be signalled, and would not release anything
    NotPermitted,   // another user's process, and the caller may not signal it
    PidReused,      // the pid now belongs to another process than the one that was found
    Unsupported,    // no backend for this platform yet
};

enum class EndOutcome {
    Ended,         // the process has exited (or had already exited)
    StillRunning,  // signalled, but alive after the grace period: offer forceEndProcess
    Refused,       // see refusal; nothing was sent
    Failed,        // the signal could not be sent (err says why)
};

struct EndResult {
    EndOutcome outcome = EndOutcome::Failed;
    EndRefusal refusal = EndRefusal::None;
    int err = 0;                // errno of a failure
    bool alreadyGone = false;   // the process had exited before anything was sent
};

// Whether endProcess would refuse, without sending anything (front ends enable their button by it).
EndRefusal mayEndProcess(const Holder& h);
// Asks the process to end (SIGTERM; on Windows WM_CLOSE / Restart Manager shutdown), then waits
// up to `grace` for it to exit.
EndResult endProcess(const Holder& h, std::chrono::milliseconds grace = std::chrono::seconds(3));
// Ends it without asking (SIGKILL; TerminateProcess), a separate step the user chooses.
EndResult forceEndProcess(const Holder& h, std::chrono::milliseconds grace = std::chrono::seconds(2));
// Whether the process found as `h` (pid and start time) is still running.
bool holderAlive(const Holder& h);

// Plain words for a refusal, translatable (WD_TR).
Message refusalMessage(EndRefusal r, const Holder& h);

}  // namespace wd
