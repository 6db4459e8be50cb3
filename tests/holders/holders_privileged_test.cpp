// SPDX-License-Identifier: GPL-3.0-or-later
// Looking at other users' processes through the privileged helper: the wire format, the helper's
// holders verb run as root the way pkexec runs it, and the refusal of unnormalised paths.
#include "../core/scenario.h"
#include "run_program.h"
#include "whydenied/holders.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

TEST(HoldersWire, RoundTripsEveryField) {
    wd::HoldersResult r;
    r.path = "/tmp/a\tb\n\xff.csv";
    r.folder = true;
    r.scanned = 120;
    r.notInspected = 3;
    r.unattributedLocks = 1;
    wd::Holder h;
    h.pid = 4242;
    h.startTime = 987654321;
    h.uid = 33;
    h.uidKnown = true;
    h.how = wd::HoldWrite | wd::HoldFlock;
    h.name = "nginx";
    h.user = "www-data";
    h.cmdline = "nginx: worker\tprocess";
    h.paths = {"/tmp/a\tb\n\xff.csv/x", "/tmp/y"};
    r.holders = {h};
    const wd::HoldersResult back = wd::holdersFromLines(wd::holdersToLines(r));
    EXPECT_EQ(back.path, r.path);
    EXPECT_TRUE(back.folder);
    EXPECT_EQ(back.scanned, 120);
    EXPECT_EQ(back.notInspected, 3);
    EXPECT_EQ(back.unattributedLocks, 1);
    ASSERT_EQ(back.holders.size(), 1u);
    EXPECT_EQ(back.holders[0].pid, 4242);
    EXPECT_EQ(back.holders[0].startTime, 987654321u);
    EXPECT_EQ(back.holders[0].uid, 33u);
    EXPECT_EQ(back.holders[0].how, h.how);
    EXPECT_EQ(back.holders[0].user, "www-data");
    EXPECT_EQ(back.holders[0].name, "nginx");
    EXPECT_TRUE(back.holders[0].uidKnown);
    EXPECT_EQ(back.holders[0].cmdline, h.cmdline);
    EXPECT_EQ(back.holders[0].paths, h.paths);                    // paths: byte for byte
    EXPECT_FALSE(wd::holdersFromLines("garbage").error.empty());
    // One JSON line each: a name with a newline cannot start a line of its own.
    const std::string lines = wd::holdersToLines(r);
    EXPECT_EQ(std::count(lines.begin(), lines.end(), '\n'), 2);
    const wd::HoldersResult cut = wd::holdersFromLines(lines.substr(0, lines.find('\n') / 2));
    EXPECT_FALSE(cut.error.empty()) << "a summary cut short is no answer";
}

// pkexec starts the helper as root with PKEXEC_UID set; the test does the same. A process of
// another user holds the file; the helper sees it where the unprivileged caller could not.
TEST(HoldersPrivileged, HelperSeesOtherUsersProcesses) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "running the helper as pkexec would needs root";
    wdtest::TempTree t;
    const std::string file = t.file("shared.log", 0666, 0, 0);
    int ready[2];
    ASSERT_EQ(pipe(ready), 0);
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        const auto o = wdtest::otherUser();
        if (setgroups(0, nullptr) != 0 || setresgid(o.gid, o.gid, o.gid) != 0 || setresuid(o.uid, o.uid, o.uid) != 0) _exit(3);
        const int fd = open(file.c_str(), O_WRONLY);
        (void)!write(ready[1], fd >= 0 ? "y" : "n", 1);
        pause();
        _exit(0);
    }
    char c = 0;
    ASSERT_EQ(read(ready[0], &c, 1), 1);
    ASSERT_EQ(c, 'y');

    // As the test user, the other user's process is only counted.
    const auto plain = wdtest::runAs(wdtest::testUser(), [&] {
        const wd::HoldersResult r = wd::findHolders(file);
        bool seen = false;
        for (const auto& h : r.holders) seen = seen || h.pid == pid;
        return std::string(seen ? "seen" : "unseen") + " " + std::to_string(r.notInspected);
    });
    ASSERT_TRUE(plain.ok) << plain.error;
    EXPECT_EQ(plain.output.rfind("unseen", 0), 0u) << plain.output;

    const auto p = wdtest::runProgram({"/usr/bin/env", "PKEXEC_UID=4242", WD_HELPER_BIN, "holders", "--path", file});
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    ASSERT_EQ(p.exitCode, 0) << p.err;
    const wd::HoldersResult r = wd::holdersFromLines(p.out);
    bool seen = false;
    for (const auto& h : r.holders) seen = seen || (h.pid == pid && (h.how & wd::HoldWrite));
    EXPECT_TRUE(seen) << p.out;

    for (const std::string bad : {"relative/path", "/tmp/../etc/shadow", "/tmp/./x"}) {
        const auto refused = wdtest::runProgram({"/usr/bin/env", "PKEXEC_UID=4242", WD_HELPER_BIN, "holders", "--path", bad});
        EXPECT_EQ(refused.exitCode, 2) << bad;
    }
}

// Another user's process holds a file with a secret on its command line. Through the helper the
// caller sees that it holds the file, not the secret; holders-cmdline (its own polkit approval)
// shows it. A file where the caller cannot look is refused without a word about what is there.
TEST(HoldersPrivileged, OtherUsersCommandLinesOnlyWithTheirOwnApproval) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "running the helper as pkexec would needs root";
    wdtest::TempTree t;
    const auto o = wdtest::otherUser();
    const std::string file = t.file("shared.log", 0666, 0, 0);
    const std::string hidden = t.dir("private", 0700, o.uid, o.gid);
    const std::string secretFile = t.file("private/diary.txt", 0600, o.uid, o.gid);
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        const int fd = open(file.c_str(), O_WRONLY);
        const int fd2 = open(secretFile.c_str(), O_RDONLY);
        if (fd < 0 || fd2 < 0 || setgroups(0, nullptr) != 0 || setresgid(o.gid, o.gid, o.gid) != 0 ||
            setresuid(o.uid, o.uid, o.uid) != 0)
            _exit(3);
        setpgid(0, 0);
        execl("/bin/sh", "sh", "-c", "sleep 60; :", "sh", "--password=hunter2", static_cast<char*>(nullptr));
        _exit(4);
    }
    auto run = [](const std::string& verb, const std::string& path) {
        return wdtest::runProgram({"/usr/bin/env", "PKEXEC_UID=4242", WD_HELPER_BIN, verb, "--path", path});
    };
    // The child holds both files once its command line shows the secret (it has exec'd).
    wd::HoldersResult all;
    for (int i = 0; i < 500 && all.holders.empty(); ++i) {
        all = wd::findHolders(file);
        std::erase_if(all.holders, [&](const wd::Holder& h) { return h.pid != pid || h.cmdline.find("hunter2") == std::string::npos; });
        if (all.holders.empty()) usleep(10000);
    }
    const auto plain = run("holders", file);
    const auto withLines = run("holders-cmdline", file);
    const auto hiddenOne = run("holders", secretFile);
    kill(-pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    ASSERT_FALSE(all.holders.empty()) << "the other user's process never held the file";

    ASSERT_EQ(plain.exitCode, 0) << plain.err;
    bool seen = false;
    for (const auto& h : wd::holdersFromLines(plain.out).holders)
        if (h.pid == pid) {
            seen = true;
            EXPECT_EQ(h.cmdline, "") << "another user's command line reached the caller";
        }
    EXPECT_TRUE(seen) << plain.out;
    EXPECT_EQ(plain.out.find("hunter2"), std::string::npos);

    ASSERT_EQ(withLines.exitCode, 0) << withLines.err;
    EXPECT_NE(withLines.out.find("hunter2"), std::string::npos) << withLines.out;

    EXPECT_EQ(hiddenOne.exitCode, 2) << hiddenOne.out;
    EXPECT_NE(hiddenOne.err.find("not reachable for you"), std::string::npos) << hiddenOne.err;
    EXPECT_EQ(hiddenOne.out.find(std::to_string(pid)), std::string::npos) << hiddenOne.out;
    EXPECT_EQ(hiddenOne.err.find("diary"), std::string::npos) << "the refusal names what is there";
    (void)hidden;
}

}  // namespace
