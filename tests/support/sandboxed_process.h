// SPDX-License-Identifier: GPL-3.0-or-later
// A real sandboxed process for --as pid:N: a child that (as root) takes the test uid, confines itself
// with Landlock or a seccomp filter, proves the sandbox bites, and holds still until it is ended.
#pragma once

#include "as_user.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <grp.h>
#include <initializer_list>
#include <linux/filter.h>
#include <linux/landlock.h>
#include <linux/seccomp.h>
#include <string>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace wdtest {

class SandboxedProcess {
public:
    enum class Kind { Landlock, SeccompOnly };
    static constexpr int kNoLandlock = -1000;  // the kernel has no Landlock (or it is disabled)
    static constexpr int kSetupFailed = -1001;

    // `probe` is read by the child after it confined itself; its errno is reported by triedErrno().
    SandboxedProcess(Kind kind, const std::string& probe) {
        int ready[2];
        if (pipe2(ready, O_CLOEXEC) != 0) return;
        pid_ = fork();
        if (pid_ == 0) {
            close(ready[0]);
            int result = kSetupFailed;
            if (isRoot()) {
                const Creds c = testUser();
                if (kind == Kind::SeccompOnly && !allowAllSeccompFilter()) report(ready[1], kSetupFailed);
                if (setgroups(0, nullptr) != 0 || setresgid(c.gid, c.gid, c.gid) != 0 || setresuid(c.uid, c.uid, c.uid) != 0)
                    report(ready[1], kSetupFailed);
            } else if (kind == Kind::SeccompOnly) {
                report(ready[1], kSetupFailed);  // a filter without no_new_privs needs CAP_SYS_ADMIN
            }
            if (kind == Kind::Landlock) {
                result = readOnlyBeneath({"/usr", "/lib", "/etc", "/proc", "/dev"});
                if (result != 0) report(ready[1], result);
            }
            const int fd = open(probe.c_str(), O_RDONLY | O_CLOEXEC);
            result = fd < 0 ? errno : 0;
            if (fd >= 0) close(fd);
            report(ready[1], result, true);
        }
        close(ready[1]);
        if (pid_ > 0 && read(ready[0], &tried_, sizeof tried_) != static_cast<ssize_t>(sizeof tried_)) tried_ = kSetupFailed;
        close(ready[0]);
    }
    ~SandboxedProcess() {
        if (pid_ <= 0) return;
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
    }
    SandboxedProcess(const SandboxedProcess&) = delete;
    SandboxedProcess& operator=(const SandboxedProcess&) = delete;

    pid_t pid() const { return pid_; }
    int triedErrno() const { return tried_; }  // what the confined read of `probe` returned

private:
    [[noreturn]] static void report(int fd, int value, bool hold = false) {
        (void)!write(fd, &value, sizeof value);
        if (hold)
            for (;;) pause();
        _exit(3);
    }

    // Landlock ABI 1 file rights: reading, listing and executing only beneath `allowed`.
    static int readOnlyBeneath(std::initializer_list<const char*> allowed) {
        landlock_ruleset_attr attr{};
        attr.handled_access_fs =
            LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR | LANDLOCK_ACCESS_FS_EXECUTE;
        const int rs = static_cast<int>(syscall(SYS_landlock_create_ruleset, &attr, sizeof attr, 0));
        if (rs < 0) return errno == ENOSYS || errno == EOPNOTSUPP ? kNoLandlock : kSetupFailed;
        for (const char* dir : allowed) {
            const int fd = open(dir, O_PATH | O_CLOEXEC | O_DIRECTORY);
            if (fd < 0) continue;
            landlock_path_beneath_attr rule{};
            rule.allowed_access = attr.handled_access_fs;
            rule.parent_fd = fd;
            const long added = syscall(SYS_landlock_add_rule, rs, LANDLOCK_RULE_PATH_BENEATH, &rule, 0);
            close(fd);
            if (added != 0) return kSetupFailed;
        }
        if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return kSetupFailed;
        if (syscall(SYS_landlock_restrict_self, rs, 0) != 0) return kSetupFailed;
        close(rs);
        return 0;
    }

    // A filter that allows every system call: Seccomp 2 without no_new_privs (root may do that).
    static bool allowAllSeccompFilter() {
        sock_filter allow[] = {BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)};
        sock_fprog prog{1, allow};
        return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) == 0;
    }

    pid_t pid_ = -1;
    int tried_ = kSetupFailed;
};

}  // namespace wdtest
