// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/posix/run.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace {
// A pipe whose ends close on exec. macOS has no pipe2(2): there it is pipe(2) and then
// FD_CLOEXEC on both ends (a fork from another thread in between could inherit them; the
// children started here get only what posix_spawn's file actions give them).
int cloexecPipe(int fds[2]) {
#ifdef __APPLE__
    if (pipe(fds) != 0) return -1;
    for (int i = 0; i < 2; ++i) fcntl(fds[i], F_SETFD, FD_CLOEXEC);
    return 0;
#else
    return pipe2(fds, O_CLOEXEC);
#endif
}
}  // namespace

namespace wd::posix {

RunResult runCapture(const std::vector<std::string>& argv, int timeoutMs, size_t maxOutput,
                     const std::function<void(const std::string&)>& onErrLine) {
    RunResult r;
    if (argv.empty()) return r;
    int out[2], err[2];
    if (cloexecPipe(out) != 0) return r;
    if (cloexecPipe(err) != 0) {
        close(out[0]);
        close(out[1]);
        return r;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    posix_spawn_file_actions_adddup2(&fa, err[1], 2);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = -1;
    const int rc = posix_spawnp(&pid, args[0], &fa, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    close(out[1]);
    close(err[1]);
    if (rc != 0) {
        r.err = std::string("cannot start ") + argv[0] + ": " + std::strerror(rc);
        close(out[0]);
        close(err[0]);
        return r;
    }
    r.started = true;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
    int open = 2;
    char buf[4096];
    std::string partial;  // the standard error line not finished yet, for onErrLine
    while (open > 0) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0) {
            r.timedOut = true;
            kill(pid, SIGKILL);
            break;
        }
        if (poll(fds, 2, static_cast<int>(left)) < 0 && errno != EINTR) break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            const ssize_t n = read(fds[i].fd, buf, sizeof buf);
            std::string& dst = i == 0 ? r.out : r.err;
            if (n > 0) {
                if (dst.size() < maxOutput) dst.append(buf, std::min(static_cast<size_t>(n), maxOutput - dst.size()));
                if (i == 1 && onErrLine) {
                    partial.append(buf, static_cast<size_t>(n));
                    for (size_t nl; (nl = partial.find('\n')) != std::string::npos; partial.erase(0, nl + 1))
                        onErrLine(partial.substr(0, nl));
                    if (partial.size() > 65536) partial.clear();  // no line that long is progress
                }
            } else if (n == 0 || errno != EINTR) {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
    for (auto& p : fds)
        if (p.fd >= 0) close(p.fd);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

}  // namespace wd::posix
