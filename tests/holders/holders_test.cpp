// SPDX-License-Identifier: GPL-3.0-or-later
// findHolders and endProcess against real child processes holding real files.
#include "as_user.h"
#include "whydenied/diagnose.h"
#include "whydenied/holders.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <grp.h>
#include <sstream>
#include <vector>
#include <signal.h>
#include <string>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace wd;

namespace {

// A forked child that runs `setup` (open, map, lock, chdir …), says it is ready, then waits to be
// killed. Setup failures make it exit with 7, which the ready handshake reports.
class HoldingChild {
public:
    explicit HoldingChild(const std::function<bool()>& setup) {
        int fds[2];
        if (pipe2(fds, O_CLOEXEC) != 0) return;
        pid_ = fork();
        if (pid_ == 0) {
            close(fds[0]);
            const char ok = setup() ? 'y' : 'n';
            (void)!write(fds[1], &ok, 1);
            close(fds[1]);
            for (;;) pause();
        }
        close(fds[1]);
        char c = 0;
        ready_ = read(fds[0], &c, 1) == 1 && c == 'y';
        close(fds[0]);
    }
    ~HoldingChild() { reap(SIGKILL); }
    HoldingChild(const HoldingChild&) = delete;
    HoldingChild& operator=(const HoldingChild&) = delete;

    pid_t pid() const { return pid_; }
    bool ready() const { return ready_; }
    void reap(int sig) {
        if (pid_ <= 0) return;
        kill(pid_, sig);
        waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }

private:
    pid_t pid_ = -1;
    bool ready_ = false;
};

class TempDir {
public:
    TempDir() {
        char tmpl[] = "/tmp/wd-holders-XXXXXX";
        path_ = mkdtemp(tmpl);
        chmod(path_.c_str(), 0777);  // other test identities must reach it
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    std::string file(const std::string& name, const std::string& content = "data\n") const {
        const std::string p = path_ + "/" + name;
        fs::create_directories(fs::path(p).parent_path());
        std::ofstream(p) << content;
        chmod(p.c_str(), 0666);
        return p;
    }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

const Holder* find(const HoldersResult& r, pid_t pid) {
    for (const auto& h : r.holders)
        if (h.pid == pid) return &h;
    return nullptr;
}

std::string how(const Holder* h) {
    if (!h) return "(not found)";
    std::string s;
    for (auto n : h->howNames()) s += (s.empty() ? "" : ",") + std::string(n);
    return s;
}

TEST(Holders, FdOpenForWriteIsFoundWithWriteMode) {
    TempDir d;
    const std::string f = d.file("report.csv");
    HoldingChild child([&] { return open(f.c_str(), O_WRONLY) >= 0; });
    ASSERT_TRUE(child.ready());
    const HoldersResult r = findHolders(f);
    ASSERT_TRUE(r.error.empty()) << r.error;
    EXPECT_FALSE(r.folder);
    const Holder* h = find(r, child.pid());
    EXPECT_EQ(how(h), "write");
    ASSERT_NE(h, nullptr);
    EXPECT_GT(h->startTime, 0u);
    EXPECT_TRUE(h->uidKnown);
    EXPECT_EQ(h->uid, geteuid());
    EXPECT_FALSE(h->name.empty());
    EXPECT_FALSE(h->cmdline.empty());
    EXPECT_EQ(find(r, getpid()), nullptr) << "the scanner must not open the target itself";
}

TEST(Holders, FdOpenForReadAndMatchingIsByInodeNotName) {
    TempDir d;
    const std::string f = d.file("a.txt");
    HoldingChild child([&] { return open(f.c_str(), O_RDONLY) >= 0; });
    ASSERT_TRUE(child.ready());
    EXPECT_EQ(how(find(findHolders(f), child.pid())), "read");
    // Renamed: the same inode under a new name is still held; a new file under the old name is not.
    const std::string moved = d.path() + "/b.txt";
    ASSERT_EQ(rename(f.c_str(), moved.c_str()), 0);
    d.file("a.txt");
    EXPECT_EQ(how(find(findHolders(moved), child.pid())), "read");
    EXPECT_EQ(find(findHolders(f), child.pid()), nullptr);
}

TEST(Holders, MappedFileWithItsDescriptorClosedIsFound) {
    TempDir d;
    const std::string f = d.file("db.bin", std::string(8192, 'x'));
    HoldingChild child([&] {
        const int fd = open(f.c_str(), O_RDONLY);
        if (fd < 0) return false;
        void* p = mmap(nullptr, 8192, PROT_READ, MAP_SHARED, fd, 0);
        close(fd);
        return p != MAP_FAILED;
    });
    ASSERT_TRUE(child.ready());
    EXPECT_EQ(how(find(findHolders(f), child.pid())), "mmap");
}

TEST(Holders, FolderGivesHoldersOfAnythingBeneathIt) {
    TempDir d;
    const std::string deep = d.file("project/src/main.c");
    const std::string sub = d.path() + "/project/src";
    HoldingChild cwdChild([&] { return chdir(sub.c_str()) == 0; });
    HoldingChild fdChild([&] { return open(deep.c_str(), O_RDWR) >= 0; });
    ASSERT_TRUE(cwdChild.ready() && fdChild.ready());
    const HoldersResult r = findHolders(d.path() + "/project");
    ASSERT_TRUE(r.error.empty()) << r.error;
    EXPECT_TRUE(r.folder);
    const Holder* c = find(r, cwdChild.pid());
    EXPECT_EQ(how(c), "cwd");
    ASSERT_NE(c, nullptr);
    EXPECT_NE(std::find(c->paths.begin(), c->paths.end(), sub), c->paths.end());
    const Holder* o = find(r, fdChild.pid());
    EXPECT_EQ(how(o), "read,write");
    ASSERT_NE(o, nullptr);
    EXPECT_NE(std::find(o->paths.begin(), o->paths.end(), deep), o->paths.end());
    // A sibling folder whose name starts the same is not beneath it.
    fs::create_directories(d.path() + "/proj");
    EXPECT_EQ(find(findHolders(d.path() + "/proj"), cwdChild.pid()), nullptr);
}

TEST(Holders, FlockAndPosixLocksAreNamed) {
    TempDir d;
    const std::string f = d.file("lockme");
    HoldingChild flocker([&] {
        const int fd = open(f.c_str(), O_RDONLY);
        return fd >= 0 && flock(fd, LOCK_SH) == 0;
    });
    const std::string g = d.file("recordlock");
    HoldingChild poser([&] {
        const int fd = open(g.c_str(), O_RDWR);
        struct flock fl {};
        fl.l_type = F_WRLCK;
        fl.l_whence = SEEK_SET;
        return fd >= 0 && fcntl(fd, F_SETLK, &fl) == 0;
    });
    ASSERT_TRUE(flocker.ready() && poser.ready());
    EXPECT_EQ(how(find(findHolders(f), flocker.pid())), "read,flock");
    EXPECT_EQ(how(find(findHolders(g), poser.pid())), "read,write,posix-lock");
}

TEST(Holders, RunningCopyOfABinaryIsNamedByTextFileBusy) {
    TempDir d;
    const std::string prog = d.path() + "/mytool";
    fs::copy_file("/bin/sleep", prog);
    chmod(prog.c_str(), 0755);
    const pid_t pid = fork();
    if (pid == 0) {
        execl(prog.c_str(), "mytool", "30", static_cast<char*>(nullptr));
        _exit(127);
    }
    ASSERT_GT(pid, 0);
    // Wait until the exec has happened (the child's exe is the copy).
    const Holder* h = nullptr;
    HoldersResult r;
    for (int i = 0; i < 200 && !h; ++i) {
        r = findHolders(prog);
        h = find(r, pid);
        if (!h) usleep(10000);
    }
    EXPECT_EQ(how(h), "mmap,exe");
    DiagnoseRequest req;
    req.path = prog;
    req.op = Operation::Write;
    const Diagnosis dg = diagnose(req);
    ASSERT_FALSE(dg.findings.empty());
    EXPECT_EQ(dg.errnoName, "ETXTBSY");
    EXPECT_EQ(dg.findings[0].cause, "text-file-busy");
    EXPECT_NE(dg.findings[0].title.english().find("pid " + std::to_string(pid)), std::string::npos)
        << dg.findings[0].title.english();
    EXPECT_TRUE(dg.facts.holdersScanned);
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
}

TEST(Holders, DiagnoseAsksForHoldersOnlyWhenTheyMatterOrAreWanted) {
    TempDir d;
    const std::string f = d.file("shared.db");
    HoldingChild locker([&] {
        const int fd = open(f.c_str(), O_RDWR);
        return fd >= 0 && flock(fd, LOCK_EX) == 0;
    });
    ASSERT_TRUE(locker.ready());
    DiagnoseRequest req;
    req.path = f;
    req.op = Operation::Write;
    EXPECT_FALSE(diagnose(req).facts.holdersScanned);
    req.wantHolders = true;
    const Diagnosis dg = diagnose(req);
    ASSERT_TRUE(dg.facts.holdersScanned);
    ASSERT_EQ(dg.facts.holders.size(), 1u);
    EXPECT_EQ(dg.facts.holders[0].pid, locker.pid());
    const auto it = std::find_if(dg.findings.begin(), dg.findings.end(),
                                 [](const Finding& x) { return x.cause == "file-locked-by-process"; });
    ASSERT_NE(it, dg.findings.end());
    EXPECT_LT(it->confidence, 0.5) << "the kernel allows the write: only lock-aware programs stop";
}

TEST(Holders, ProcessesExitingDuringTheScanAreSkippedSilently) {
    TempDir d;
    const std::string f = d.file("stable");
    HoldingChild holder([&] { return open(f.c_str(), O_RDONLY) >= 0; });
    // A churner forks children that exit at once, so pids vanish between readdir and openat.
    const int baseline = findHolders(f).notInspected;
    HoldingChild churner([] {
        setpgid(0, 0);  // one process group, so the test can end the churner's child with it
        const pid_t c = fork();
        if (c == 0) {
            for (;;) {
                const pid_t g = fork();
                if (g == 0) _exit(0);
                if (g > 0) waitpid(g, nullptr, 0);
            }
        }
        return c > 0;
    });
    ASSERT_TRUE(holder.ready() && churner.ready());
    for (int i = 0; i < 15; ++i) {
        const HoldersResult r = findHolders(f);
        ASSERT_TRUE(r.error.empty()) << r.error;
        EXPECT_EQ(how(find(r, holder.pid())), "read");
        EXPECT_EQ(r.holders.size(), 1u);
        EXPECT_EQ(r.notInspected, baseline) << "vanished processes are not 'not inspected'";
    }
    kill(-churner.pid(), SIGKILL);
    churner.reap(SIGKILL);
}

TEST(Holders, MissingPathIsAnErrorNotAnEmptyList) {
    const HoldersResult r = findHolders("/nonexistent/wd-holders");
    EXPECT_FALSE(r.error.empty());
    EXPECT_TRUE(r.holders.empty());
}

TEST(Holders, FifoIsNeverOpened) {
    TempDir d;
    const std::string fifo = d.path() + "/pipe";
    ASSERT_EQ(mkfifo(fifo.c_str(), 0666), 0);
    // Opening a FIFO for reading blocks until a writer comes: finishing at all proves it was not opened.
    const HoldersResult r = findHolders(fifo);
    EXPECT_TRUE(r.error.empty()) << r.error;
    EXPECT_TRUE(r.holders.empty());
}

TEST(Holders, OtherUsersProcessesAreCountedNotInspected) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "needs root to run a child as another user";
    TempDir d;
    const std::string f = d.file("theirs.txt");
    const auto asOther = [](const std::function<bool()>& then) {
        return [then] {
            const auto o = wdtest::otherUser();
            return setgroups(0, nullptr) == 0 && setresgid(o.gid, o.gid, o.gid) == 0 &&
                   setresuid(o.uid, o.uid, o.uid) == 0 && then();
        };
    };
    HoldingChild opener(asOther([&] { return open(f.c_str(), O_RDONLY) >= 0; }));
    HoldingChild locker(asOther([&] {
        const int fd = open(f.c_str(), O_RDONLY);
        return fd >= 0 && flock(fd, LOCK_SH) == 0;
    }));
    ASSERT_TRUE(opener.ready() && locker.ready());
    // As root both are seen.
    const HoldersResult all = findHolders(f);
    EXPECT_EQ(how(find(all, opener.pid())), "read");
    EXPECT_EQ(how(find(all, locker.pid())), "read,flock");
    // As an unprivileged user: the opener is not inspected (not reported as "not holding"); the
    // locker is still named, by /proc/locks, which everyone may read.
    const auto res = wdtest::runAs(wdtest::testUser(), [&] {
        const HoldersResult r = findHolders(f);
        return r.error + "|" + std::to_string(find(r, opener.pid()) != nullptr) + "|" + how(find(r, locker.pid())) +
               "|" + std::to_string(r.notInspected);
    });
    ASSERT_TRUE(res.ok) << res.error;
    const auto notInspected = std::stoi(res.output.substr(res.output.rfind('|') + 1));
    EXPECT_EQ(res.output.substr(0, res.output.rfind('|')), "|0|flock");
    EXPECT_GE(notInspected, 2);
}

Holder holderOf(pid_t pid, const std::string& path) {
    const HoldersResult r = findHolders(path);
    const Holder* h = find(r, pid);
    return h ? *h : Holder{};
}

TEST(HoldersEnd, EndingAProcessYouOwnWorksAndTheRecheckIsEmpty) {
    TempDir d;
    const std::string f = d.file("held");
    HoldingChild child([&] { return open(f.c_str(), O_WRONLY) >= 0; });
    ASSERT_TRUE(child.ready());
    const Holder h = holderOf(child.pid(), f);
    ASSERT_EQ(h.pid, child.pid());
    EXPECT_EQ(mayEndProcess(h), EndRefusal::None);
    const EndResult r = endProcess(h, std::chrono::seconds(5));
    EXPECT_EQ(r.outcome, EndOutcome::Ended);
    EXPECT_FALSE(holderAlive(h));
    child.reap(0);
    EXPECT_EQ(find(findHolders(f), h.pid), nullptr);
}

TEST(HoldersEnd, IgnoringSigtermLeavesItRunningUntilForced) {
    TempDir d;
    const std::string f = d.file("stubborn");
    HoldingChild child([&] { return signal(SIGTERM, SIG_IGN) != SIG_ERR && open(f.c_str(), O_RDONLY) >= 0; });
    ASSERT_TRUE(child.ready());
    const Holder h = holderOf(child.pid(), f);
    ASSERT_EQ(h.pid, child.pid());
    EXPECT_EQ(endProcess(h, std::chrono::milliseconds(200)).outcome, EndOutcome::StillRunning);
    EXPECT_TRUE(holderAlive(h));
    EXPECT_EQ(forceEndProcess(h).outcome, EndOutcome::Ended);
    EXPECT_FALSE(holderAlive(h));
}

TEST(HoldersEnd, PidReuseIsRefused) {
    TempDir d;
    const std::string f = d.file("reuse");
    HoldingChild child([&] { return open(f.c_str(), O_RDONLY) >= 0; });
    ASSERT_TRUE(child.ready());
    Holder h = holderOf(child.pid(), f);
    ASSERT_EQ(h.pid, child.pid());
    // The same pid with another start time is what a reused pid looks like to the caller.
    Holder stale = h;
    stale.startTime = h.startTime - 1;
    const EndResult r = endProcess(stale, std::chrono::milliseconds(100));
    EXPECT_EQ(r.outcome, EndOutcome::Refused);
    EXPECT_EQ(r.refusal, EndRefusal::PidReused);
    EXPECT_TRUE(holderAlive(h)) << "nothing may have been sent";
    stale.startTime = 0;  // unknown start time: identity cannot be confirmed
    EXPECT_EQ(mayEndProcess(stale), EndRefusal::PidReused);
    // Once it has exited and been reaped, ending it again is a no-op, never a signal to a stranger.
    child.reap(SIGKILL);
    const EndResult again = endProcess(h, std::chrono::milliseconds(100));
    EXPECT_TRUE(again.outcome == EndOutcome::Ended ? again.alreadyGone : again.refusal == EndRefusal::PidReused);
}

TEST(HoldersEnd, RefusesInitSelfAndOtherUsers) {
    Holder init;
    init.pid = 1;
    init.startTime = 1;
    EXPECT_EQ(endProcess(init).refusal, EndRefusal::InitProcess);
    EXPECT_TRUE(kill(1, 0) == 0 || errno == EPERM);

    TempDir d;
    const std::string f = d.file("mine");
    const int fd = open(f.c_str(), O_RDONLY);
    ASSERT_GE(fd, 0);
    const Holder self = holderOf(getpid(), f);
    close(fd);
    ASSERT_EQ(self.pid, getpid());
    EXPECT_EQ(endProcess(self).refusal, EndRefusal::Self);
    EXPECT_EQ(forceEndProcess(self).refusal, EndRefusal::Self);
}

TEST(HoldersEnd, RefusesAnotherUsersProcessForAnUnprivilegedCaller) {
    // Needs root to start a process as another user and to become the unprivileged caller.
    if (!wdtest::isRoot()) GTEST_SKIP() << "needs root to run processes as two different users";
    TempDir d;
    const std::string f = d.file("mine");
    HoldingChild theirs([&] {
        const auto o = wdtest::otherUser();
        return setgroups(0, nullptr) == 0 && setresgid(o.gid, o.gid, o.gid) == 0 &&
               setresuid(o.uid, o.uid, o.uid) == 0 && open(f.c_str(), O_RDONLY) >= 0;
    });
    ASSERT_TRUE(theirs.ready());
    const Holder other = holderOf(theirs.pid(), f);
    ASSERT_EQ(other.pid, theirs.pid());
    EXPECT_EQ(mayEndProcess(other), EndRefusal::None) << "root may signal anyone";
    const auto res = wdtest::runAs(wdtest::testUser(), [&] {
        const EndResult r = endProcess(other, std::chrono::milliseconds(100));
        return std::to_string(static_cast<int>(r.refusal));
    });
    ASSERT_TRUE(res.ok) << res.error;
    EXPECT_EQ(res.output, std::to_string(static_cast<int>(EndRefusal::NotPermitted)));
    EXPECT_TRUE(holderAlive(other));
}

TEST(HoldersEnd, RefusesKernelThreads) {
    // Any kernel thread visible here (there are none inside some containers).
    Holder k;
    for (const auto& e : fs::directory_iterator("/proc")) {
        const std::string name = e.path().filename();
        if (!std::all_of(name.begin(), name.end(), ::isdigit)) continue;
        std::ifstream st(e.path() / "stat");
        std::string line;
        std::getline(st, line);
        const auto paren = line.rfind(')');
        if (paren == std::string::npos) continue;
        std::istringstream rest(line.substr(paren + 2));
        std::string field;
        std::vector<std::string> fields;
        while (rest >> field) fields.push_back(field);
        if (fields.size() < 20 || !(std::stoul(fields[6]) & 0x00200000)) continue;
        k.pid = std::stoi(name);
        k.startTime = std::stoull(fields[19]);
        break;
    }
    if (k.pid == 0) GTEST_SKIP() << "no kernel thread visible in this pid namespace";
    EXPECT_EQ(mayEndProcess(k), EndRefusal::KernelThread);
}

TEST(HoldersCli, JsonHasTheDocumentedShape) {
    TempDir d;
    const std::string f = d.file("cli \"quoted\".txt");
    HoldingChild child([&] { return open(f.c_str(), O_RDONLY) >= 0; });
    ASSERT_TRUE(child.ready());
    int out[2];
    ASSERT_EQ(pipe(out), 0);
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], 1);
        close(out[0]);
        execl(WD_CLI_PATH, WD_CLI_PATH, "holders", f.c_str(), "--json", static_cast<char*>(nullptr));
        _exit(127);
    }
    close(out[1]);
    std::string text;
    char buf[4096];
    ssize_t n;
    while ((n = read(out[0], buf, sizeof buf)) > 0) text.append(buf, static_cast<size_t>(n));
    close(out[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << text;
    // Keys in the documented order, the path escaped, our child listed with its mode.
    const std::array<std::string, 10> keys = {"\"schema\": 1", "\"path\": ", "\"holders\": [",
                                              "\"pid\": " + std::to_string(child.pid()), "\"name\": ", "\"user\": ",
                                              "\"cmdline\": ", "\"how\": [", "\"read\"", "\"not_inspected\": "};
    size_t at = 0;
    for (const std::string& k : keys) {
        const size_t p = text.find(k, at);
        ASSERT_NE(p, std::string::npos) << "missing or out of order: " << k << "\n" << text;
        at = p;
    }
    EXPECT_NE(text.find("cli \\\"quoted\\\".txt"), std::string::npos) << text;

    // A missing path is bad input: exit 2.
    const pid_t bad = fork();
    if (bad == 0) {
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, 1);
        dup2(devnull, 2);
        execl(WD_CLI_PATH, WD_CLI_PATH, "holders", "/nonexistent/x", "--json", static_cast<char*>(nullptr));
        _exit(127);
    }
    waitpid(bad, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 2);
}

}  // namespace
