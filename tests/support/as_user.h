// SPDX-License-Identifier: GPL-3.0-or-later
// Running a piece of a test as another, unprivileged identity.
//
// Root bypasses most permission checks, so a scenario that asks "may this user write?" must ask as
// that user. When the suite runs as root (CI does), the work runs in a forked child that drops to
// the test identity with setgroups + setresgid + setresuid; otherwise it runs as the caller.
#pragma once

#include <cerrno>
#include <cstring>
#include <functional>
#include <grp.h>
#include <sched.h>
#include <string>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace wdtest {

struct Creds {
    uid_t uid = 0;
    gid_t gid = 0;
    std::vector<gid_t> groups;  // supplementary groups of the session
    // Files bind-mounted over system files ({source, target}) in a private mount namespace before
    // dropping privileges: a test's own /etc/passwd and /etc/group, so the account database can list
    // a user and a group membership the session does not have, without touching the real ones.
    std::vector<std::pair<std::string, std::string>> binds;
    // Runs as root in the child's private mount namespace before the drop (mount a read-only or
    // noexec filesystem only this child sees). Returns false to abort.
    std::function<bool()> asRootFirst;
    // Keep root after the setup above (the test itself switches, or diagnoses for another subject).
    bool stayRoot = false;
};

inline bool isRoot() { return geteuid() == 0; }

// The unprivileged identity scenarios run as: a uid with no account entry when root, else the caller.
inline Creds testUser() {
    if (isRoot()) return Creds{4242, 4242, {}, {}, {}, false};
    Creds c{getuid(), getgid(), {}, {}, {}, false};
    const int n = getgroups(0, nullptr);
    c.groups.resize(n > 0 ? static_cast<size_t>(n) : 0);
    if (n > 0) getgroups(n, c.groups.data());
    return c;
}
// A second unprivileged identity, the "other user" of the scenarios (root only).
inline Creds otherUser() { return Creds{4343, 4343, {}, {}, {}, false}; }

struct RunResult {
    bool ok = false;     // the child ran fn and exited normally
    std::string output;  // what fn returned
    std::string error;   // why it did not run
};

// Runs fn as `c` and returns its result. As root: in a forked child (the parent keeps its
// privileges); as a plain user the caller must already be `c` (testUser()), so fn runs in a child
// too, which keeps the two modes alike (and a crash in fn from taking the suite down).
inline RunResult runAs(const Creds& c, const std::function<std::string()>& fn) {
    RunResult r;
    int fds[2];
    if (pipe(fds) != 0) {
        r.error = std::string("pipe: ") + std::strerror(errno);
        return r;
    }
    const pid_t pid = fork();
    if (pid < 0) {
        r.error = std::string("fork: ") + std::strerror(errno);
        close(fds[0]);
        close(fds[1]);
        return r;
    }
    if (pid == 0) {
        close(fds[0]);
        auto fail = [&](const char* what) {
            const std::string msg = std::string("\x01") + what + ": " + std::strerror(errno);
            (void)!write(fds[1], msg.data(), msg.size());
            _exit(3);
        };
        if (isRoot()) {
            if (!c.binds.empty() || c.asRootFirst) {
                if (unshare(CLONE_NEWNS) != 0) fail("unshare(CLONE_NEWNS)");
                if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) fail("mount private");
                for (const auto& [from, to] : c.binds)
                    if (mount(from.c_str(), to.c_str(), nullptr, MS_BIND, nullptr) != 0) fail("bind mount");
                if (c.asRootFirst && !c.asRootFirst()) fail("setup as root");
            }
            if (!c.stayRoot) {
                if (setgroups(c.groups.size(), c.groups.data()) != 0) fail("setgroups");
                if (setresgid(c.gid, c.gid, c.gid) != 0) fail("setresgid");
                if (setresuid(c.uid, c.uid, c.uid) != 0) fail("setresuid");
            }
        }
        const std::string out = fn();
        size_t off = 0;
        while (off < out.size()) {
            const ssize_t w = write(fds[1], out.data() + off, out.size() - off);
            if (w <= 0) break;
            off += static_cast<size_t>(w);
        }
        _exit(0);
    }
    close(fds[1]);
    char buf[4096];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0) r.output.append(buf, static_cast<size_t>(n));
    close(fds[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!r.output.empty() && r.output[0] == '\x01') {
        r.error = r.output.substr(1);
        r.output.clear();
        return r;
    }
    r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!r.ok) r.error = "child did not exit cleanly (status " + std::to_string(status) + ")";
    return r;
}

}  // namespace wdtest
