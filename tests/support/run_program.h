// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a program with an argument vector (never a shell), feeds it stdin, captures stdout and
// stderr, and kills it after a time limit so a hang fails the test instead of stalling the suite.
#pragma once

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace wdtest {

struct ProgramResult {
    int exitCode = -1;  // -1 when it did not exit normally
    bool timedOut = false;
    std::string out, err;
};

// With WD_TEST_RECORD_CLI=DIR in the environment, every run of whydenied-cli leaves its exit code,
// arguments and stdout in DIR, so tests/schema can check the scenario suite's real JSON against
// the published schemas. DIR/<pid>-<n>.argv holds the exit code and the arguments, NUL-separated;
// DIR/<pid>-<n>.out the output.
inline void recordCliRun(const std::vector<std::string>& argv, const ProgramResult& r) {
    const char* dir = std::getenv("WD_TEST_RECORD_CLI");
    if (!dir || !*dir || argv.empty()) return;
    const std::string& prog = argv[0];
    const std::string name = "whydenied-cli";
    if (prog.size() < name.size() || prog.compare(prog.size() - name.size(), name.size(), name) != 0) return;
    static std::atomic<unsigned> counter{0};
    const std::string base = std::string(dir) + "/" + std::to_string(getpid()) + "-" + std::to_string(counter++);
    const auto put = [](const std::string& path, const std::string& data) {
        const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0) return;
        for (size_t done = 0; done < data.size();) {
            const ssize_t n = write(fd, data.data() + done, data.size() - done);
            if (n <= 0) break;
            done += static_cast<size_t>(n);
        }
        close(fd);
    };
    std::string args = std::to_string(r.exitCode);
    for (size_t i = 1; i < argv.size(); ++i) args += '\0' + argv[i];
    put(base + ".out", r.out);
    put(base + ".argv", args);  // last: the reader takes a run once its .argv exists
}

inline ProgramResult runProgram(const std::vector<std::string>& argv, const std::string& input = {},
                                int timeoutMs = 20000) {
    ProgramResult r;
    int in[2], out[2], err[2];
    if (pipe2(in, O_CLOEXEC) || pipe2(out, O_CLOEXEC) || pipe2(err, O_CLOEXEC)) return r;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, in[0], 0);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    posix_spawn_file_actions_adddup2(&fa, err[1], 2);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, args[0], &fa, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    close(in[0]);
    close(out[1]);
    close(err[1]);
    if (rc != 0) {
        close(in[1]);
        close(out[0]);
        close(err[0]);
        r.err = std::string("spawn failed: ") + std::strerror(rc);
        return r;
    }
    signal(SIGPIPE, SIG_IGN);
    size_t written = 0;
    if (input.empty()) close(in[1]);
    else fcntl(in[1], F_SETFL, O_NONBLOCK);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    bool outOpen = true, errOpen = true, inOpen = !input.empty();
    char buf[65536];
    while (outOpen || errOpen) {
        pollfd fds[3] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}, {inOpen ? in[1] : -1, POLLOUT, 0}};
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            r.timedOut = true;
            kill(pid, SIGKILL);
            break;
        }
        if (poll(fds, 3, static_cast<int>(left.count())) < 0) continue;
        for (int i = 0; i < 2; ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            const ssize_t n = read(fds[i].fd, buf, sizeof buf);
            if (n > 0) (i == 0 ? r.out : r.err).append(buf, static_cast<size_t>(n));
            else (i == 0 ? outOpen : errOpen) = false;
        }
        if (inOpen && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
            const ssize_t n = write(in[1], input.data() + written, input.size() - written);
            if (n > 0) written += static_cast<size_t>(n);
            if (n < 0 || written == input.size()) {
                close(in[1]);
                inOpen = false;
            }
        }
    }
    if (inOpen) close(in[1]);
    close(out[0]);
    close(err[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFEXITED(status)) r.exitCode = WEXITSTATUS(status);
    recordCliRun(argv, r);
    return r;
}

}  // namespace wdtest
