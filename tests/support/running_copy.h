// SPDX-License-Identifier: GPL-3.0-or-later
// A running program for text-file-busy scenarios: /bin/sleep copied to a path of the test's and
// started from there, so the kernel refuses to let anyone write that file while it runs.
#pragma once

#include "as_user.h"

#include <chrono>
#include <csignal>
#include <filesystem>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace wdtest {

class RunningCopy {
public:
    // `as`: the owner of the copy and of the process (root switches to it); none: the caller.
    explicit RunningCopy(const std::string& path, const std::optional<Creds>& as = std::nullopt) {
        std::error_code ec;
        if (!std::filesystem::copy_file("/bin/sleep", path, ec)) return;
        if (as && isRoot() && lchown(path.c_str(), as->uid, as->gid) != 0) return;
        if (chmod(path.c_str(), 0755) != 0) return;
        pid_ = fork();
        if (pid_ == 0) {
            if (as && isRoot() &&
                (setgroups(0, nullptr) != 0 || setresgid(as->gid, as->gid, as->gid) != 0 ||
                 setresuid(as->uid, as->uid, as->uid) != 0))
                _exit(3);
            execl(path.c_str(), path.c_str(), "30", static_cast<char*>(nullptr));
            _exit(127);
        }
        // Running means its exe is our file, not merely forked.
        const std::string exe = "/proc/" + std::to_string(pid_) + "/exe";
        for (int i = 0; pid_ > 0 && i < 400 && !running_; ++i) {
            running_ = std::filesystem::read_symlink(exe, ec) == path;
            if (!running_) std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
    ~RunningCopy() {
        if (pid_ > 0) {
            kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
    }
    RunningCopy(const RunningCopy&) = delete;
    RunningCopy& operator=(const RunningCopy&) = delete;

    pid_t pid() const { return pid_; }
    bool running() const { return running_; }

private:
    pid_t pid_ = -1;
    bool running_ = false;
};

}  // namespace wdtest
