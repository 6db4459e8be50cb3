// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers for widget tests driven from GoogleTest (QTest's QTRY_* macros need QTest::qExec).
#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <QByteArray>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <functional>
#include <grp.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace wdtest {

// Runs the event loop until `done` holds or `timeoutMs` passes; returns whether it held.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 10000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs) return false;
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

// Measures the longest gap between ticks of a 5 ms timer: how long the GUI thread was unresponsive.
class EventLoopGapMeter {
public:
    EventLoopGapMeter() {
        timer_.setInterval(5);
        timer_.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            maxGap_ = std::max(maxGap_, clock_.restart());
        });
        clock_.start();
        timer_.start();
    }
    qint64 maxGapMs() const { return maxGap_; }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 maxGap_ = 0;
};

// Widget scenarios that need the permission bits to bite run as uid 65534: in a fresh process of
// this test binary (switching uid in a process that already has threads is unsafe), filtered to
// the one test. What came of it, for the caller to turn into a pass, skip or failure.
struct RerunResult {
    enum Kind { Passed, Failed, Crashed, TimedOut, CannotSwitch, CannotExec } kind = Failed;
    static constexpr uid_t kUid = 65534;
};

// The same, as any unprivileged uid (its gid the same number), with extra "NAME=value" variables for
// what the privileged part set up (a folder of files, say).
inline RerunResult rerunAs(const std::string& testName, uid_t uid, const std::vector<std::string>& extraEnv = {}) {
    QByteArray exe = QFile::encodeName(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath());
    QByteArray filter = QByteArray("--gtest_filter=") + testName.c_str();
    QByteArray home("HOME=/tmp"), platform("QT_QPA_PLATFORM=offscreen"), path("PATH=/usr/bin:/bin");
    char* argv[] = {exe.data(), filter.data(), nullptr};
    std::vector<QByteArray> extra;
    for (const std::string& e : extraEnv) extra.emplace_back(e.c_str());
    std::vector<char*> envp = {home.data(), platform.data(), path.data()};
    for (QByteArray& e : extra) envp.push_back(e.data());
    envp.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0) return {RerunResult::CannotSwitch};
    if (pid == 0) {
        // Only async-signal-safe calls between fork and exec.
        if (::setgroups(0, nullptr) != 0 || ::setgid(uid) != 0 || ::setuid(uid) != 0) ::_exit(97);
        ::execve(argv[0], argv, envp.data());
        ::_exit(98);
    }
    int status = 0;
    if (!waitUntil([&] { return ::waitpid(pid, &status, WNOHANG) == pid; }, 60000)) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        return {RerunResult::TimedOut};
    }
    if (!WIFEXITED(status)) return {RerunResult::Crashed};
    switch (WEXITSTATUS(status)) {
    case 0: return {RerunResult::Passed};
    case 97: return {RerunResult::CannotSwitch};
    case 98: return {RerunResult::CannotExec};
    default: return {RerunResult::Failed};
    }
}

inline RerunResult rerunAsNobody(const std::string& testName) { return rerunAs(testName, RerunResult::kUid); }

// In a TEST body, as root: runs the same test as uid 65534 and reports its outcome.
#define WD_RERUN_AS_NOBODY(suite, name)                                                                      \
    do {                                                                                                     \
        const auto rerun = wdtest::rerunAsNobody(#suite "." #name);                                          \
        if (rerun.kind == wdtest::RerunResult::CannotSwitch) GTEST_SKIP() << "cannot switch to uid 65534 here"; \
        if (rerun.kind == wdtest::RerunResult::CannotExec)                                                   \
            GTEST_SKIP() << "uid 65534 cannot run this test binary (is the build tree private?)";           \
        ASSERT_NE(rerun.kind, wdtest::RerunResult::TimedOut) << "the unprivileged run did not finish in 60 s"; \
        ASSERT_NE(rerun.kind, wdtest::RerunResult::Crashed) << "the unprivileged run crashed";               \
        EXPECT_EQ(rerun.kind, wdtest::RerunResult::Passed) << "the test failed as uid 65534 (output above)"; \
    } while (false)

}  // namespace wdtest
