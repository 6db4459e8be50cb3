// SPDX-License-Identifier: GPL-3.0-or-later
// A rootless container's process, for tests: a child running as host uid 4242 in its own user
// namespace, where it is root (uid 0 inside maps to 4242 outside). Before it waits to be looked at,
// it can ask the kernel something from inside and hand the answer back. Needs root to start.
#pragma once

#include <fcntl.h>
#include <fstream>
#include <functional>
#include <grp.h>
#include <sched.h>
#include <signal.h>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace wdtest {

class UsernsProcess {
public:
    // `inside` runs in the child once the namespace is set up; what it returns (at most 255
    // bytes) is answer().
    explicit UsernsProcess(const std::function<std::string()>& inside = {}) {
        int ready[2];
        if (pipe(ready) != 0) return;
        pid_ = fork();
        if (pid_ == 0) {
            close(ready[0]);
            if (setgroups(0, nullptr) != 0 || setresgid(4242, 4242, 4242) != 0 || setresuid(4242, 4242, 4242) != 0) _exit(3);
            prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);  // changing ids made /proc/self/uid_map root's
            if (unshare(CLONE_NEWUSER) != 0) {
                (void)!write(ready[1], "n", 1);
                _exit(4);
            }
            std::ofstream("/proc/self/uid_map") << "0 4242 1\n";
            std::ofstream("/proc/self/setgroups") << "deny\n";
            std::ofstream("/proc/self/gid_map") << "0 4242 1\n";
            const std::string said = "y" + (inside ? inside() : std::string()).substr(0, 255);
            const unsigned char n = static_cast<unsigned char>(said.size() - 1);
            (void)!write(ready[1], said.data(), 1);
            (void)!write(ready[1], &n, 1);
            (void)!write(ready[1], said.data() + 1, n);
            close(ready[1]);
            pause();
            _exit(0);
        }
        close(ready[1]);
        char c = 0;
        unsigned char n = 0;
        if (pid_ > 0 && read(ready[0], &c, 1) == 1 && c == 'y' && read(ready[0], &n, 1) == 1) {
            answer_.resize(n);
            started_ = n == 0 || read(ready[0], answer_.data(), n) == n;
        }
        close(ready[0]);
    }
    ~UsernsProcess() {
        if (pid_ > 0) {
            kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
    }
    UsernsProcess(const UsernsProcess&) = delete;
    UsernsProcess& operator=(const UsernsProcess&) = delete;

    bool started() const { return started_; }  // false: user namespaces are not available here
    pid_t pid() const { return pid_; }
    const std::string& answer() const { return answer_; }

private:
    pid_t pid_ = -1;
    bool started_ = false;
    std::string answer_;
};

}  // namespace wdtest
