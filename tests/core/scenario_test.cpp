// SPDX-License-Identifier: GPL-3.0-or-later
// Real situations, real uids, the real kernel: for every cause, the diagnosis (as an unprivileged
// uid) must agree with what the kernel does when that uid really tries, and name the expected cause.
#include "running_copy.h"
#include "scenario.h"

#include <gtest/gtest.h>

#include <fstream>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/acl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <thread>

using wd::Operation;
using wdtest::Creds;
using wdtest::diagnoseAs;
using wdtest::Outcome;
using wdtest::TempTree;

namespace {

#define REQUIRE_ROOT()                                                                                  \
    if (!wdtest::isRoot())                                                                              \
    GTEST_SKIP() << "building this situation needs root (files of another uid, chattr or a mount); CI " \
                    "runs the suite as root"

// Every scenario runs three ways (see wdtest::Mode): as the user itself, and as root diagnosing for
// that user, once by switching to it and once by computing the verdict from the facts.
#define SCENARIO(name)                                                                                      \
    void name##Body();                                                                                      \
    TEST(Scenario, name) { name##Body(); }                                                                  \
    TEST(ScenarioForSubject, name##ByKernel) {                                                              \
        if (!wdtest::isRoot()) GTEST_SKIP() << "diagnosing for another user is tested as root";            \
        wdtest::currentMode() = wdtest::Mode::SubjectKernel;                                                \
        name##Body();                                                                                       \
        wdtest::currentMode() = wdtest::Mode::Self;                                                         \
    }                                                                                                       \
    TEST(ScenarioForSubject, name##Computed) {                                                              \
        if (!wdtest::isRoot()) GTEST_SKIP() << "diagnosing for another user is tested as root";            \
        wdtest::currentMode() = wdtest::Mode::SubjectComputed;                                              \
        name##Body();                                                                                       \
        wdtest::currentMode() = wdtest::Mode::Self;                                                         \
    }                                                                                                       \
    TEST(ScenarioFirstFix, name##SimulatedAsTheKernelAnswers) {                                             \
        if (!wdtest::isRoot()) GTEST_SKIP() << "applying fixes for the test user is tested as root";       \
        wdtest::currentMode() = wdtest::Mode::FirstFixSimulated;                                            \
        wdtest::fixChecks().clear();                                                                        \
        name##Body();                                                                                       \
        wdtest::currentMode() = wdtest::Mode::Self;                                                         \
        for (const std::string& c : wdtest::fixChecks()) EXPECT_EQ(c.substr(0, 3), "OK ") << c;             \
        if (!::testing::Test::IsSkipped())                                                                  \
            ::testing::Test::RecordProperty("first_fix_checks", static_cast<int>(wdtest::fixChecks().size()));   \
    }                                                                                                       \
    void name##Body()

#define ONLY_AS_SELF(why)                                                                                   \
    if (wdtest::currentMode() != wdtest::Mode::Self) GTEST_SKIP() << why

constexpr gid_t kGroup = 4500;  // a group the test uid is (or is listed as) a member of

const Creds me = wdtest::testUser();
const Creds other = wdtest::otherUser();

Creds meInGroup() {
    Creds c = me;
    c.groups = {kGroup};
    return c;
}

void expectDenied(const Outcome& o, const std::string& cause) {
    ASSERT_TRUE(o.error.empty()) << o;
    EXPECT_TRUE(wdtest::agreesWithKernel(o)) << "the diagnosis disagrees with the kernel: " << o;
    EXPECT_EQ(o.verdict, "denied") << o;
    EXPECT_EQ(o.firstCause, cause) << o;
}

void expectAllowedQuietly(const Outcome& o) {
    ASSERT_TRUE(o.error.empty()) << o;
    EXPECT_TRUE(wdtest::agreesWithKernel(o)) << o;
    EXPECT_EQ(o.verdict, "allowed") << o;
    EXPECT_EQ(o.errnoName, "") << o;
    EXPECT_FALSE(o.alarm) << "no alarm when the kernel allows: " << o;
}

bool setAcl(const std::string& path, const char* text) {
    acl_t acl = acl_from_text(text);
    if (!acl) return false;
    const bool ok = acl_set_file(path.c_str(), ACL_TYPE_ACCESS, acl) == 0;
    acl_free(acl);
    return ok;
}

SCENARIO(PathNotFound) {
    TempTree t;
    expectDenied(diagnoseAs(me, t / "missing/report.csv", Operation::Read), "path-not-found");
}

SCENARIO(ParentNotTraversable) {
    TempTree t;
    // As root the folder belongs to someone else; as a plain user, to us but without x.
    t.dir("locked", 0700, other.uid, other.gid);
    if (!wdtest::isRoot()) TempTree::own(t / "locked", 0700, me.uid, me.gid);
    t.file("locked/report.csv", 0644, me.uid, me.gid);
    if (!wdtest::isRoot()) TempTree::own(t / "locked", 0600, me.uid, me.gid);
    expectDenied(diagnoseAs(me, t / "locked/report.csv", Operation::Read), "parent-not-traversable");
}

SCENARIO(ParentNotWritableForCreate) {
    TempTree t;
    t.dir("shared", 0755, wdtest::isRoot() ? other.uid : me.uid, wdtest::isRoot() ? other.gid : me.gid);
    if (!wdtest::isRoot()) TempTree::own(t / "shared", 0555, me.uid, me.gid);
    expectDenied(diagnoseAs(me, t / "shared/new.txt", Operation::Create), "parent-not-writable");
}

SCENARIO(ParentNotWritableForDelete) {
    REQUIRE_ROOT();
    TempTree t;
    t.dir("shared", 0755, other.uid, other.gid);
    t.file("shared/mine.txt", 0644, me.uid, me.gid);
    expectDenied(diagnoseAs(me, t / "shared/mine.txt", Operation::Delete), "parent-not-writable");
}

SCENARIO(StickyDirectory) {
    REQUIRE_ROOT();
    TempTree t;
    t.dir("public", 01777, 0, 0);
    t.file("public/theirs.txt", 0666, other.uid, other.gid);
    expectDenied(diagnoseAs(me, t / "public/theirs.txt", Operation::Delete), "sticky-directory");
    expectDenied(diagnoseAs(me, t / "public/theirs.txt", Operation::Rename), "sticky-directory");
}

SCENARIO(StickyDirectoryAllowsYourOwnFile) {
    REQUIRE_ROOT();
    TempTree t;
    t.dir("public", 01777, 0, 0);
    t.file("public/mine.txt", 0644, me.uid, me.gid);
    expectAllowedQuietly(diagnoseAs(me, t / "public/mine.txt", Operation::Rename));
}

SCENARIO(OwnerLacksWrite) {
    TempTree t;
    t.file("report.csv", 0444, me.uid, me.gid);
    expectDenied(diagnoseAs(me, t / "report.csv", Operation::Write), "owner-lacks-permission");
}

SCENARIO(OwnerLacksExecute) {
    TempTree t;
    t.file("build.sh", 0644, me.uid, me.gid, "#!/bin/sh\nexit 0\n");
    expectDenied(diagnoseAs(me, t / "build.sh", Operation::Execute), "owner-lacks-permission");
}

SCENARIO(GroupLacksPermission) {
    REQUIRE_ROOT();
    TempTree t;
    // Others may write, the group may not: the group class applies to a member, so the kernel says no.
    t.file("team.csv", 0746, other.uid, kGroup);
    expectDenied(diagnoseAs(meInGroup(), t / "team.csv", Operation::Write), "group-lacks-permission");
}

SCENARIO(OwnedByAnotherUser) {
    REQUIRE_ROOT();
    TempTree t;
    t.file("secret.txt", 0600, other.uid, other.gid);
    expectDenied(diagnoseAs(me, t / "secret.txt", Operation::Read), "owned-by-another-user");
}

// The account database says we are in the group; the session (setgroups) does not have it yet,
// as after `usermod -aG` without logging in again. The test's own passwd/group files are
// bind-mounted over the real ones in a private mount namespace; the real ones are untouched.
SCENARIO(GroupMembershipNotActive) {
    REQUIRE_ROOT();
    ONLY_AS_SELF("a user subject is checked as a fresh login, which has every group the account lists");
    TempTree t;
    t.file("team.csv", 0060, other.uid, kGroup);
    const std::string passwd = t / "passwd", group = t / "group";
    {
        std::ifstream realPw("/etc/passwd"), realGr("/etc/group");
        std::ofstream pw(passwd), gr(group);
        pw << realPw.rdbuf() << "wdtest:x:" << me.uid << ':' << me.gid << "::/nonexistent:/usr/sbin/nologin\n";
        gr << realGr.rdbuf() << "wdtest:x:" << me.gid << ":\nwdteam:x:" << kGroup << ":wdtest\n";
    }
    chmod(passwd.c_str(), 0644);
    chmod(group.c_str(), 0644);
    Creds c = me;
    c.binds = {{passwd, "/etc/passwd"}, {group, "/etc/group"}};
    expectDenied(diagnoseAs(c, t / "team.csv", Operation::Read), "group-membership-not-active");
}

SCENARIO(AclNamedEntryDenies) {
    REQUIRE_ROOT();
    TempTree t;
    const std::string p = t.file("report.csv", 0666, other.uid, other.gid);
    const std::string acl = "u::rw-,u:" + std::to_string(me.uid) + ":r--,g::rw-,m::rw-,o::rw-";
    ASSERT_TRUE(setAcl(p, acl.c_str())) << "the filesystem under /tmp must support POSIX ACLs";
    expectDenied(diagnoseAs(me, p, Operation::Write), "acl-denies");
}

SCENARIO(AclMaskLimits) {
    REQUIRE_ROOT();
    TempTree t;
    const std::string p = t.file("report.csv", 0600, other.uid, other.gid);
    const std::string acl = "u::rw-,u:" + std::to_string(me.uid) + ":rw-,g::---,m::r--,o::---";
    ASSERT_TRUE(setAcl(p, acl.c_str()));
    expectDenied(diagnoseAs(me, p, Operation::Write), "acl-denies");
}

SCENARIO(ImmutableAttribute) {
    REQUIRE_ROOT();
    TempTree t;
    t.dir("mine", 0755, me.uid, me.gid);  // so that only the flag can stop the delete
    const std::string p = t.file("mine/config.ini", 0644, me.uid, me.gid);
    if (!TempTree::setFlag(p, FS_IMMUTABLE_FL)) GTEST_SKIP() << "the filesystem under /tmp has no chattr +i";
    expectDenied(diagnoseAs(me, p, Operation::Write), "immutable-attribute");
    expectDenied(diagnoseAs(me, p, Operation::Delete), "immutable-attribute");
}

SCENARIO(AppendOnlyAttribute) {
    REQUIRE_ROOT();
    TempTree t;
    const std::string p = t.file("audit.log", 0644, me.uid, me.gid);
    if (!TempTree::setFlag(p, FS_APPEND_FL)) GTEST_SKIP() << "the filesystem under /tmp has no chattr +a";
    expectDenied(diagnoseAs(me, p, Operation::Write), "append-only-attribute");
}

// A filesystem only the scenario's child sees: mounted in its private mount namespace.
Creds withMount(const std::string& where, unsigned long flags, const std::string& file, mode_t mode,
                const char* body) {
    Creds c = me;
    c.asRootFirst = [=] {
        if (mount("wd-scenario", where.c_str(), "tmpfs", 0, "mode=0755") != 0) return false;
        const std::string p = where + "/" + file;
        std::ofstream(p) << body;
        if (chown(p.c_str(), me.uid, me.gid) != 0 || chmod(p.c_str(), mode) != 0) return false;
        return mount(nullptr, where.c_str(), nullptr, MS_REMOUNT | MS_BIND | flags, nullptr) == 0;
    };
    return c;
}

SCENARIO(ReadOnlyFilesystem) {
    REQUIRE_ROOT();
    TempTree t;
    const std::string mnt = t.dir("media", 0755, 0, 0);
    const Creds c = withMount(mnt, MS_RDONLY, "photo.jpg", 0666, "jpeg");
    expectDenied(diagnoseAs(c, mnt + "/photo.jpg", Operation::Write), "read-only-filesystem");
}

SCENARIO(NoexecMount) {
    REQUIRE_ROOT();
    TempTree t;
    const std::string mnt = t.dir("usb", 0755, 0, 0);
    const Creds c = withMount(mnt, MS_NOEXEC, "run.sh", 0755, "#!/bin/sh\nexit 0\n");
    expectDenied(diagnoseAs(c, mnt + "/run.sh", Operation::Execute), "noexec-mount");
}

SCENARIO(TextFileBusy) {
    TempTree t;
    const wdtest::RunningCopy program(t / "server", me);
    ASSERT_TRUE(program.running());
    expectDenied(diagnoseAs(me, t / "server", Operation::Write), "text-file-busy");
}

SCENARIO(IsADirectory) {
    TempTree t;
    t.dir("exports", 0755, me.uid, me.gid);
    expectDenied(diagnoseAs(me, t / "exports", Operation::Write), "is-a-directory");
}

SCENARIO(CapabilityRequiredToGiveAFileAway) {
    TempTree t;
    t.file("mine.txt", 0644, me.uid, me.gid);
    expectDenied(diagnoseAs(me, t / "mine.txt", Operation::Chown), "capability-required");
}

SCENARIO(CapabilityRequiredToChmodAnotherUsersFile) {
    REQUIRE_ROOT();
    TempTree t;
    t.file("theirs.txt", 0666, other.uid, other.gid);
    expectDenied(diagnoseAs(me, t / "theirs.txt", Operation::Chmod), "capability-required");
}

// A FUSE filesystem whose server refuses writes while the bits say 0666: the server decides.
SCENARIO(NetworkFilesystemMapping) {
    REQUIRE_ROOT();
#ifndef WD_DENYFS_PATH
    GTEST_SKIP() << "built without libfuse3 (install libfuse3-dev)";
#else
    if (access("/dev/fuse", R_OK | W_OK) != 0) GTEST_SKIP() << "no /dev/fuse here";
    TempTree t;
    const std::string mnt = t.dir("share", 0755, 0, 0);
    struct stat before{};
    stat(mnt.c_str(), &before);
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        execl(WD_DENYFS_PATH, WD_DENYFS_PATH, "-f", "-o", "allow_other,fsname=wd-denyfs", mnt.c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    struct stat now{};
    for (int i = 0; i < 400 && (stat(mnt.c_str(), &now) != 0 || now.st_dev == before.st_dev); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const bool mounted = now.st_dev != before.st_dev;
    const Outcome o = mounted ? diagnoseAs(me, mnt + "/shared.txt", Operation::Write) : Outcome{};
    umount2(mnt.c_str(), MNT_DETACH);
    kill(pid, SIGTERM);
    waitpid(pid, nullptr, 0);
    if (!mounted) GTEST_SKIP() << "could not mount a FUSE filesystem here";
    if (wdtest::currentMode() == wdtest::Mode::SubjectComputed) {
        // The server decides: the bits cannot promise anything, so the computed verdict says unknown.
        EXPECT_EQ(o.verdict, "unknown") << o;
        EXPECT_EQ(o.errnoName, "") << o;
        return;
    }
    expectDenied(o, "network-filesystem-mapping");
#endif
}

// Something beyond the permission bits says no, as an LSM would: a seccomp filter that fails every
// open for writing (and access(W_OK)) with EACCES. No rule can explain it, and the diagnosis must
// say so honestly instead of blaming the bits.
SCENARIO(UnexplainedDenial) {
    ONLY_AS_SELF("the seccomp filter stands in for an LSM, which no computed verdict can see");
    TempTree t;
    const std::string p = t.file("notes.txt", 0644, me.uid, me.gid);
    Creds c = me;
    c.asRootFirst = [] { return true; };  // as root: a private namespace is harmless
    const wdtest::RunResult r = wdtest::runAs(c, [&] {
        constexpr unsigned kArg1 = offsetof(seccomp_data, args) + 8, kArg2 = offsetof(seccomp_data, args) + 16;
        sock_filter prog[] = {
            BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)),
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_faccessat2, 4, 0),
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_faccessat, 3, 0),
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_openat, 6, 0),
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_open, 9, 0),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
            // faccessat(dirfd, path, mode): deny W_OK
            BPF_STMT(BPF_LD | BPF_W | BPF_ABS, kArg2),
            BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, W_OK, 0, 1),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EACCES),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
            // openat(dirfd, path, flags): deny O_WRONLY / O_RDWR
            BPF_STMT(BPF_LD | BPF_W | BPF_ABS, kArg2),
            BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, O_WRONLY | O_RDWR, 0, 1),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EACCES),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
            // open(path, flags)
            BPF_STMT(BPF_LD | BPF_W | BPF_ABS, kArg1),
            BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, O_WRONLY | O_RDWR, 0, 1),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EACCES),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        };
        sock_fprog fprog{static_cast<unsigned short>(sizeof prog / sizeof prog[0]), prog};
        if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &fprog) != 0)
            return std::string("seccomp unavailable");
        wd::DiagnoseRequest req;
        req.path = p;
        req.op = Operation::Write;
        const wd::Diagnosis d = wd::diagnose(req);
        const int real = wdtest::realTry(p, Operation::Write);
        return std::string(wd::toString(d.verdict)) + " " + d.errnoName + " " +
               (d.findings.empty() ? "-" : d.findings.front().cause) + " " + wd::errnoName(real);
    });
    ASSERT_TRUE(r.ok) << r.error;
    if (r.output == "seccomp unavailable") GTEST_SKIP() << "seccomp filters are not available here";
    EXPECT_EQ(r.output, "denied EACCES unexplained-denial EACCES");
}

// --- No false alarms when the kernel allows ---

SCENARIO(AllowedOwnFile) {
    TempTree t;
    t.dir("mine", 0755, me.uid, me.gid);
    t.file("mine/data.csv", 0644, me.uid, me.gid);
    expectAllowedQuietly(diagnoseAs(me, t / "mine/data.csv", Operation::Write));
    expectAllowedQuietly(diagnoseAs(me, t / "mine/data.csv", Operation::Read));
    expectAllowedQuietly(diagnoseAs(me, t / "mine", Operation::List));
    expectAllowedQuietly(diagnoseAs(me, t / "mine/data.csv", Operation::Delete));
}

SCENARIO(AllowedThroughGroup) {
    REQUIRE_ROOT();
    TempTree t;
    t.file("team.csv", 0660, other.uid, kGroup);
    expectAllowedQuietly(diagnoseAs(meInGroup(), t / "team.csv", Operation::Write));
}

SCENARIO(AllowedThroughAcl) {
    REQUIRE_ROOT();
    TempTree t;
    const std::string p = t.file("report.csv", 0600, other.uid, other.gid);
    const std::string acl = "u::rw-,u:" + std::to_string(me.uid) + ":rw-,g::---,m::rw-,o::---";
    ASSERT_TRUE(setAcl(p, acl.c_str()));
    expectAllowedQuietly(diagnoseAs(me, p, Operation::Write));
}

SCENARIO(AllowedCreateInOwnFolder) {
    TempTree t;
    t.dir("out", 0755, me.uid, me.gid);
    expectAllowedQuietly(diagnoseAs(me, t / "out/new.txt", Operation::Create));
}

}  // namespace
