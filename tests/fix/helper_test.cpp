// SPDX-License-Identifier: GPL-3.0-or-later
// whydenied-helper as a real process, as root with PKEXEC_UID set the way pkexec sets it (the
// caller is the unprivileged test uid), with the requests an attacker would send: every hostile
// one must be refused with status 2 and leave the file exactly as it was. The legitimate uses
// (taking back what a container left in the caller's folder, clearing the caller's own immutable
// flag, a grant for the caller alone) still work end to end.
#include "whydenied/fix.h"
#include "whydenied/lsm.h"

#include "fix/common/fix_internal.h"

#include "as_user.h"
#include "run_program.h"

#include <gtest/gtest.h>

#include <acl/libacl.h>
#include <cstdlib>
#include <grp.h>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <csignal>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/acl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace wd;

namespace {

struct HelperFixture : ::testing::Test {
    std::string root, state, project, file;
    std::string dev, ino;
    uid_t user = 0;
    // The test build's file contexts (WD_HELPER_FILE_CONTEXTS): this machine has no SELinux policy.
    std::string fileContexts;

    // A project folder of the caller's with a file a container left there as root: what taking
    // ownership is for.
    void SetUp() override {
        if (!wdtest::isRoot()) GTEST_SKIP() << "whydenied-helper runs as root; these tests need root";
        user = wdtest::testUser().uid;
        char t[] = "/tmp/wdhelper-XXXXXX";
        root = mkdtemp(t);
        chmod(root.c_str(), 0755);
        state = root + "/.state";
        project = root + "/project";
        mkdir(project.c_str(), 0755);
        (void)!chown(project.c_str(), user, wdtest::testUser().gid);
        file = make("project/build.log", 0, 0, 0644);
        idOf(file, dev, ino);
    }
    void TearDown() override {
        std::error_code ec;
        if (!root.empty()) fs::remove_all(root, ec);
    }
    std::string make(const std::string& name, uid_t uid, gid_t gid, mode_t mode, const std::string& in = {}) const {
        const std::string p = (in.empty() ? root : in) + "/" + name;
        const int fd = open(p.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        (void)!write(fd, "data\n", 5);
        close(fd);
        (void)!chown(p.c_str(), uid, gid);
        chmod(p.c_str(), mode);
        return p;
    }
    static void idOf(const std::string& p, std::string& d, std::string& i) {
        struct stat st{};
        lstat(p.c_str(), &st);
        d = std::to_string((static_cast<uint64_t>(major(st.st_dev)) << 32) | minor(st.st_dev));
        i = std::to_string(st.st_ino);
    }
    static std::string mode(const std::string& p) {
        struct stat st{};
        if (lstat(p.c_str(), &st) != 0) return "gone";
        char b[16];
        std::snprintf(b, sizeof b, "%04o %u", st.st_mode & 07777U, st.st_uid);
        return b;
    }
    wdtest::ProgramResult helper(std::vector<std::string> args, const std::string& caller = "",
                                 const std::string& binary = WD_HELPER_BIN) const {
        std::vector<std::string> argv = {"/usr/bin/env", "-i", "WD_HELPER_STATE_DIR=" + state};
        argv.push_back("PKEXEC_UID=" + (caller.empty() ? std::to_string(user) : caller));
        if (caller == "none") argv.pop_back();
        if (!fileContexts.empty()) argv.push_back("WD_HELPER_FILE_CONTEXTS=" + fileContexts);
        argv.push_back(binary);
        argv.insert(argv.end(), args.begin(), args.end());
        return wdtest::runProgram(argv);
    }
    std::vector<std::string> request(const std::string& action, const std::string& arg, const std::string& path) const {
        std::string d, i;
        idOf(path, d, i);
        struct stat st{};
        lstat(path.c_str(), &st);
        return {"apply", "--action", action, "--arg", arg, "--fix", "a-fix", "--cause", "x", "--path", path,
                "--dev", d, "--ino", i, "--type", S_ISDIR(st.st_mode) ? "dir" : "file"};
    }
    std::vector<std::string> chownRequest(const std::string& path) const {
        return request("chown", std::to_string(user), path);
    }
    std::vector<std::string> chmodRequest(const std::string& path, const std::string& spec = "g+w") const {
        return request("chmod", spec, path);
    }
    wdtest::ProgramResult expectRefused(const std::vector<std::string>& args, const std::string& why,
                                        const std::string& caller = "", const std::string& watched = "") {
        const std::string& w = watched.empty() ? file : watched;
        const std::string before = mode(w);
        const auto r = helper(args, caller);
        EXPECT_EQ(r.exitCode, 2) << why << ": " << r.err << r.out;
        EXPECT_NE(r.err.find("refused"), std::string::npos) << why << ": " << r.err;
        EXPECT_EQ(mode(w), before) << why << ": the file changed";
        return r;
    }
    // Records in the helper's own store, as root (the store is root's; the caller cannot write it).
    std::string store() const { return state + "/journal/" + std::to_string(user); }
};

}  // namespace

TEST_F(HelperFixture, TakesBackARootOwnedFileInTheCallersProjectAndUndoesIt) {
    const auto r = helper(chownRequest(file));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(mode(file), "0644 " + std::to_string(user));
    const auto e = journalEntryFromJson(r.out);
    ASSERT_TRUE(e) << r.out;
    EXPECT_EQ(e->callerUid, user);
    EXPECT_EQ(e->path, file);
    EXPECT_FALSE(e->pending);
    const auto stored = Journal(store()).read(e->id);
    ASSERT_TRUE(stored);
    EXPECT_FALSE(stored->pending);
    const auto u = helper({"undo", "--id", e->id});
    ASSERT_EQ(u.exitCode, 0) << u.err;
    EXPECT_EQ(mode(file), "0644 0");
    const auto again = helper({"undo", "--id", e->id});
    EXPECT_EQ(again.exitCode, 0) << again.err;
    EXPECT_TRUE(journalEntryFromJson(again.out)->undone);
    EXPECT_EQ(mode(file), "0644 0");
}

TEST_F(HelperFixture, GrantsAnAclEntryWithoutOpeningOtherEntries) {
    // Another person's named entry is held back by the mask; the caller's grant must not lift it.
    acl_t acl = acl_from_text("user::rw-,user:4343:rwx,group::r--,mask::r--,other::r--");
    ASSERT_TRUE(acl);
    const int set = acl_set_file(file.c_str(), ACL_TYPE_ACCESS, acl);
    acl_free(acl);
    if (set != 0) GTEST_SKIP() << "no ACLs on this filesystem: " << std::strerror(errno);
    const auto r = helper(request("acl", "u:" + std::to_string(user) + ":rw-", file));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto now = readState(file);
    ASSERT_TRUE(now);
    EXPECT_NE(now->acl.find("user:" + std::to_string(user) + ":rw-"), std::string::npos) << now->acl;
    EXPECT_NE(now->acl.find("mask::rw-"), std::string::npos) << now->acl;
    // Widening the mask beyond the caller's own entry would open 4343's x too.
    expectRefused(request("acl", "m::rwx", file), "mask beyond the caller's entry");
}

TEST_F(HelperFixture, RefusesAWrongInode) {
    auto req = chownRequest(file);
    req[14] = std::to_string(std::stoull(ino) + 1);
    expectRefused(req, "wrong inode");
}

TEST_F(HelperFixture, RefusesASymlinkSwappedIn) {
    const std::string link = project + "/link.txt";
    ASSERT_EQ(symlink(file.c_str(), link.c_str()), 0);
    auto req = chownRequest(file);
    req[10] = link;
    expectRefused(req, "symlink as the last component");
    const std::string dirLink = root + "/via";
    ASSERT_EQ(symlink(project.c_str(), dirLink.c_str()), 0);
    req[10] = dirLink + "/build.log";
    expectRefused(req, "symlink in the middle");
}

TEST_F(HelperFixture, RefusesMalformedPaths) {
    for (const std::string& bad : {std::string("project/build.log"), project + "/../project/build.log",
                                   project + "/./build.log", project + "//build.log"}) {
        auto req = chownRequest(file);
        req[10] = bad;
        expectRefused(req, bad);
    }
}

TEST_F(HelperFixture, RefusesUnknownOperationsAndArguments) {
    auto req = chownRequest(file);
    req[2] = "rm";
    expectRefused(req, "unknown operation");
    req[2] = "copy";
    expectRefused(req, "copy needs no root");
    expectRefused({"format", "--path", file}, "unknown verb");
    auto extra = chownRequest(file);
    extra.push_back("--shell");
    expectRefused(extra, "unknown option");
    auto confirmed = chownRequest(file);
    confirmed.push_back("--confirmed-system-path");
    expectRefused(confirmed, "the caller's own confirmation is not an option any more");
    auto twice = chownRequest(file);
    twice.insert(twice.end(), {"--path", project + "/other"});
    expectRefused(twice, "an option twice");
    // Only u+… and g+…: no absolute modes, nothing for others, nothing taken away.
    const std::string group = make("project/group.txt", 0, wdtest::testUser().gid, 0640);
    for (const char* spec : {"o+w", "777", "4755", "a+w", "644", "755", "u-w", "g=rw", "u+s", "g+w"})
        expectRefused(chmodRequest(group, spec), spec, "", group);
}

TEST_F(HelperFixture, GrantsOnlyToTheCaller) {
    expectRefused(request("chown", "4343", file), "chown to someone else");
    expectRefused(request("acl", "u:4343:rw-", file), "ACL for someone else");
    expectRefused(request("acl", "g:4343:rw-", file), "ACL for a group");
    for (const char* g : {"sudo", "root", "docker", "disk", "shadow", "kvm", "lxd", "systemd-journal", "input", "tty"}) {
        const auto r = expectRefused(request("join-group", g, file), std::string("joining ") + g);
        // An existing group of that kind is named as an administrator's decision.
        const std::string why = getgrnam(g) ? "administrator" : "no such group";
        EXPECT_NE(r.err.find(why), std::string::npos) << g << ": " << r.err;
    }
}

TEST_F(HelperFixture, RefusesAnotherPersonsFilesAndWhatTheCallerCannotReach) {
    // Another person's file in the caller's folder: not the caller's to take.
    const std::string theirs = make("project/theirs.txt", 4343, 4343, 0600);
    expectRefused(chownRequest(theirs), "another regular user's file", "", theirs);
    // Inside another person's closed home: refused without a word about what is there.
    const std::string home = root + "/home4343";
    mkdir(home.c_str(), 0700);
    (void)!chown(home.c_str(), 4343, 4343);
    const std::string inside = make("secret", 0, 0, 0600, home);
    std::string d, i;
    idOf(inside, d, i);
    const auto r = expectRefused(chownRequest(inside), "an unreachable path", "", inside);
    EXPECT_NE(r.err.find("not reachable for you"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find(i), std::string::npos) << "the inode leaks: " << r.err;
    // A path that does not exist there reads the same: the caller learns nothing.
    auto missing = chownRequest(inside);
    missing[10] = home + "/nothing";
    const auto m = expectRefused(missing, "a missing path behind a closed folder", "", inside);
    EXPECT_NE(m.err.find("not reachable for you"), std::string::npos) << m.err;
}

TEST_F(HelperFixture, RefusesWhatTheCallerIsNotDenied) {
    const std::string open = make("project/open.txt", 0, 0, 0666);
    expectRefused(chownRequest(open), "the caller can already read and write it", "", open);
    expectRefused(request("acl", "u:" + std::to_string(user) + ":r--", file), "read is already allowed");
    const std::string mine = make("project/mine.txt", user, wdtest::testUser().gid, 0600);
    expectRefused(chownRequest(mine), "the caller owns it already", "", mine);
    expectRefused(request("chattr", "i", mine), "no immutable flag to clear", "", mine);
}

TEST_F(HelperFixture, NeverGrantsOnOrHandsOverPrivilegedPrograms) {
    const std::string suid = make("project/tool", 0, 0, 04755);
    expectRefused(chownRequest(suid), "taking a setuid-root program", "", suid);
    expectRefused(request("acl", "u:" + std::to_string(user) + ":rwx", suid), "writing a setuid-root program", "", suid);
    const std::string sgid = make("project/tool-g", 0, 0, 02755);
    expectRefused(chownRequest(sgid), "taking a setgid program", "", sgid);
    // File capabilities make a program privileged without any mode bit.
    const std::string capped = make("project/capped", 0, 0, 0755);
    const unsigned char cap[20] = {0x01, 0x00, 0x00, 0x02, 0x00, 0x04, 0x00, 0x00};  // v2, cap_net_raw permitted
    if (setxattr(capped.c_str(), "security.capability", cap, sizeof cap, 0) != 0)
        GTEST_SKIP() << "cannot set file capabilities here: " << std::strerror(errno);
    expectRefused(chownRequest(capped), "taking a program with file capabilities", "", capped);
}

TEST_F(HelperFixture, RefusesEveryVerbOnSystemLocationsButClearingTheCallersOwnFlag) {
    // A folder of our own under /var/tmp: a system location by path, never a real system file.
    char t[] = "/var/tmp/wdhelper-XXXXXX";
    ASSERT_NE(mkdtemp(t), nullptr);
    const std::string sys = t;
    chmod(sys.c_str(), 0755);
    const std::string rootFile = make("conf", 0, 0, 0644, sys);
    const auto r = expectRefused(chownRequest(rootFile), "a system location", "", rootFile);
    EXPECT_NE(r.err.find("system location"), std::string::npos) << r.err;
    expectRefused(request("acl", "u:" + std::to_string(user) + ":rw-", rootFile), "an ACL on a system location", "",
                  rootFile);
    // chattr -i on the caller's own file there is the one thing that is done.
    const std::string own = make("own", user, wdtest::testUser().gid, 0644, sys);
    const int fd = open(own.c_str(), O_RDONLY | O_CLOEXEC);
    int flags = 0;
    const bool set = ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0 && (flags |= FS_IMMUTABLE_FL, ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0);
    close(fd);
    if (set) {
        const auto c = helper(request("chattr", "i", own));
        EXPECT_EQ(c.exitCode, 0) << c.err;
        struct statx sx{};
        statx(AT_FDCWD, own.c_str(), AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx);
        EXPECT_EQ(sx.stx_attributes & STATX_ATTR_IMMUTABLE, 0U);
    }
    const int cfd = open(own.c_str(), O_RDONLY | O_CLOEXEC);
    flags = 0;
    if (cfd >= 0 && ioctl(cfd, FS_IOC_GETFLAGS, &flags) == 0) {
        flags &= ~FS_IMMUTABLE_FL;
        ioctl(cfd, FS_IOC_SETFLAGS, &flags);
    }
    if (cfd >= 0) close(cfd);
    std::error_code ec;
    fs::remove_all(sys, ec);
    if (!set) GTEST_SKIP() << "/var/tmp has no immutable attribute; the refusals above were checked";
}

TEST_F(HelperFixture, ClearsTheImmutableFlagOfTheCallersOwnFile) {
    const std::string own = make("project/frozen", user, wdtest::testUser().gid, 0644);
    const int fd = open(own.c_str(), O_RDONLY | O_CLOEXEC);
    int flags = 0;
    const bool set = ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0 && (flags |= FS_IMMUTABLE_FL, ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0);
    close(fd);
    if (!set) GTEST_SKIP() << "this filesystem has no immutable attribute";
    const auto r = helper(request("chattr", "i", own));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto w = wdtest::runAs(wdtest::testUser(), [&] { return std::to_string(access(own.c_str(), W_OK)); });
    EXPECT_EQ(w.output, "0");
    const auto e = journalEntryFromJson(r.out);
    ASSERT_TRUE(e);
    ASSERT_EQ(helper({"undo", "--id", e->id}).exitCode, 0);
    struct statx sx{};
    statx(AT_FDCWD, own.c_str(), AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx);
    EXPECT_NE(sx.stx_attributes & STATX_ATTR_IMMUTABLE, 0U);
    const int cfd = open(own.c_str(), O_RDONLY | O_CLOEXEC);
    flags &= ~FS_IMMUTABLE_FL;
    ioctl(cfd, FS_IOC_SETFLAGS, &flags);
    close(cfd);
}

TEST_F(HelperFixture, UndoDoesNotGiveBackAFileTheCallerRewrote) {
    const auto r = helper(chownRequest(file));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto e = journalEntryFromJson(r.out);
    ASSERT_TRUE(e);
    // The caller, now the owner, puts their own content in (a sudoers.d drop-in, say).
    const auto w = wdtest::runAs(wdtest::testUser(), [&] {
        std::ofstream(file, std::ios::trunc) << "ALL ALL=(ALL) NOPASSWD: ALL\n";
        return std::string();
    });
    ASSERT_TRUE(w.ok) << w.error;
    const auto u = helper({"undo", "--id", e->id});
    EXPECT_EQ(u.exitCode, 2) << u.err;
    EXPECT_NE(u.err.find("modified since the fix"), std::string::npos) << u.err;
    EXPECT_EQ(mode(file), "0644 " + std::to_string(user));
}

TEST_F(HelperFixture, UndoNeverMakesAProgramPrivilegedAgain) {
    // A record from before setuid files were refused: the caller took a setuid-root program.
    const std::string tool = make("project/tool", user, 0, 0755);
    std::string d, i;
    idOf(tool, d, i);
    JournalEntry e;
    e.id = "20260101T000000.000Z-abcdef";
    e.action = FixAction::Chown;
    e.arg = std::to_string(user);
    e.privilege = Privilege::Admin;
    e.callerUid = user;
    e.path = tool;
    e.dev = std::stoull(d);
    e.ino = std::stoull(i);
    e.type = NodeType::Regular;
    e.after = *readState(tool);
    e.before = e.after;
    e.before.uid = 0;
    e.before.mode = 04755;
    ASSERT_TRUE(Journal(store()).write(e));
    const auto u = helper({"undo", "--id", e.id});
    EXPECT_EQ(u.exitCode, 0) << u.err;
    EXPECT_EQ(mode(tool), "0755 0");
    EXPECT_NE(u.err.find("chmod 4755"), std::string::npos) << "the administrator's command is shown: " << u.err;
}

TEST_F(HelperFixture, AnInterruptedFixIsNeverUndoneBlindly) {
    JournalEntry e;
    e.id = "20260101T000000.000Z-abcdef";
    e.action = FixAction::Chown;
    e.callerUid = user;
    e.path = file;
    e.type = NodeType::Regular;
    e.undoCommand = "sudo chown 0 -- " + file;
    e.pending = true;
    ASSERT_TRUE(Journal(store()).write(e));
    const auto r = expectRefused({"undo", "--id", e.id}, "a pending record");
    EXPECT_NE(r.err.find("interrupted"), std::string::npos) << r.err;
}

TEST_F(HelperFixture, TheCallerClosingItsPipesLosesNoRecord) {
    // stdout and stderr are a pipe whose reader is gone before the helper starts, so its first
    // write raises SIGPIPE: it must neither die between the change and its record nor lose it.
    auto req = chownRequest(file);
    std::vector<std::string> args = {"/usr/bin/env", "-i", "WD_HELPER_STATE_DIR=" + state,
                                     "PKEXEC_UID=" + std::to_string(user), WD_HELPER_BIN};
    args.insert(args.end(), req.begin(), req.end());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    int p[2];
    ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
    close(p[0]);
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        signal(SIGPIPE, SIG_DFL);
        dup2(p[1], 1);
        dup2(p[1], 2);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(p[1]);
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
        << (WIFSIGNALED(status) ? "killed by signal " + std::to_string(WTERMSIG(status)) : "exit " + std::to_string(WEXITSTATUS(status)));
    EXPECT_EQ(mode(file), "0644 " + std::to_string(user));
    const auto entries = Journal(store()).list();
    ASSERT_EQ(entries.size(), 1U);
    EXPECT_FALSE(entries[0].pending);
    EXPECT_EQ(entries[0].path, file);
}

TEST_F(HelperFixture, RefusesWithoutACallerOrAsRoot) {
    expectRefused(chownRequest(file), "no PKEXEC_UID", "none");
    expectRefused(chownRequest(file), "caller root", "0");
    expectRefused(chownRequest(file), "caller garbage", "12ab");
}

TEST_F(HelperFixture, RefusesToRunUnprivilegedOrSetuid) {
    const std::string before = mode(file);
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        const auto p = wdtest::runProgram({"/usr/bin/env", "PKEXEC_UID=0", WD_HELPER_BIN, "apply"});
        return std::to_string(p.exitCode) + p.err;
    });
    EXPECT_EQ(r.output.substr(0, 1), "2") << r.output;
    EXPECT_NE(r.output.find("must run as root"), std::string::npos) << r.output;
    // Installed setuid root by mistake: the caller's PKEXEC_UID and state folder are not trusted.
    const std::string copy = root + "/suid-helper";
    fs::copy_file(WD_HELPER_BIN, copy);
    chmod(copy.c_str(), 04755);
    const auto s = wdtest::runAs(wdtest::testUser(), [&] {
        // A complete request that a pkexec'd helper would carry out: only the way it was started differs.
        std::vector<std::string> argv = {"/usr/bin/env", "PKEXEC_UID=" + std::to_string(user),
                                         "WD_HELPER_STATE_DIR=" + root, copy};
        const auto req = chownRequest(file);
        argv.insert(argv.end(), req.begin(), req.end());
        const auto p = wdtest::runProgram(argv);
        return std::to_string(p.exitCode) + p.err;
    });
    EXPECT_EQ(s.output.substr(0, 1), "2") << s.output;
    EXPECT_NE(s.output.find("must run as root"), std::string::npos) << s.output;
    EXPECT_EQ(mode(file), before);
}

TEST_F(HelperFixture, TheInstalledHelperIgnoresTheStateFolderOverride) {
    const auto r = helper(chownRequest(file));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto e = journalEntryFromJson(r.out);
    ASSERT_TRUE(e);
    // The installed build looks only in its own folder, where this test's record is not.
    const auto u = helper({"undo", "--id", e->id}, "", WD_INSTALLED_HELPER_BIN);
    EXPECT_EQ(u.exitCode, 2) << u.err;
    EXPECT_NE(u.err.find("no fix"), std::string::npos) << u.err;
    EXPECT_EQ(mode(file), "0644 " + std::to_string(user));
}

TEST_F(HelperFixture, UndoUsesOnlyItsOwnRecords) {
    // A journal entry the caller wrote (forged to chown a file to root) is not the helper's record.
    JournalEntry forged;
    forged.id = "20260101T000000.000Z-abcdef";
    forged.action = FixAction::Chown;
    forged.path = file;
    forged.before.uid = 0;
    ASSERT_TRUE(Journal(root + "/user-journal").write(forged));
    expectRefused({"undo", "--id", forged.id}, "an id the helper never recorded");
    expectRefused({"undo", "--id", "../../../etc/passwd"}, "a path as id");
}

// audit-log: root's audit.log, read for one path the caller can reach; only that path's events,
// and no command line of anyone's (PROCTITLE carries them whole, passwords included).
TEST_F(HelperFixture, ReadsOnlyTheAuditRecordsOfAPathTheCallerCanReach) {
    const std::string home = root + "/home4343";
    mkdir(home.c_str(), 0700);
    (void)!chown(home.c_str(), 4343, 4343);
    const std::string inside = make("secret", 0, 0, 0600, home);
    auto event = [](const std::string& serial, const std::string& path) {
        const std::string at = "msg=audit(1764674402.115:" + serial + "): ";
        return "type=AVC " + at + "avc:  denied  { read } for  pid=2470 comm=\"cat\" path=\"" + path +
               "\" dev=\"vda1\" ino=1 scontext=system_u:system_r:httpd_t:s0 tcontext=unconfined_u:object_r:user_home_t:s0 "
               "tclass=file permissive=0\n" +
               "type=SYSCALL " + at + "arch=c000003e syscall=257 success=no exit=-13 pid=2470 uid=4343 comm=\"cat\" exe=\"/usr/bin/cat\"\n" +
               "type=PROCTITLE " + at + "proctitle=636174002D2D70617373776F72643D68756E74657232\n";
    };
    const std::string log = root + "/audit.log";
    {
        std::ofstream out(log);
        out << event("6012", file) << event("6013", inside) << event("6014", "/tmp/elsewhere/x");
    }
    chmod(log.c_str(), 0600);
    auto read = [&](const std::string& path) {
        return wdtest::runProgram({"/usr/bin/env", "-i", "WD_HELPER_STATE_DIR=" + state, "WD_HELPER_AUDIT_LOG=" + log,
                                   "PKEXEC_UID=" + std::to_string(user), WD_HELPER_BIN, "audit-log", "--path", path,
                                   "--at", "1764674410"});
    };
    const auto r = read(file);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("type=AVC msg=audit(1764674402.115:6012)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("type=SYSCALL msg=audit(1764674402.115:6012)"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("PROCTITLE"), std::string::npos) << "a command line reached the caller: " << r.out;
    EXPECT_EQ(r.out.find(":6013)"), std::string::npos) << "another path's record: " << r.out;
    EXPECT_EQ(r.out.find(":6014)"), std::string::npos) << "another path's record: " << r.out;
    const auto denials = parseAuditTrail(r.out);
    ASSERT_EQ(denials.size(), 1U) << r.out;
    EXPECT_EQ(denials.front().path, file);
    // Behind another person's closed folder: nothing, and not a word about what is there.
    const auto hidden = read(inside);
    EXPECT_EQ(hidden.exitCode, 2) << hidden.out;
    EXPECT_NE(hidden.err.find("not reachable for you"), std::string::npos) << hidden.err;
    EXPECT_TRUE(hidden.out.empty()) << hidden.out;
    // The installed helper reads only the real audit.log, never a file named in its environment.
    const auto installed = wdtest::runProgram({"/usr/bin/env", "-i", "WD_HELPER_AUDIT_LOG=" + log,
                                               "PKEXEC_UID=" + std::to_string(user), WD_INSTALLED_HELPER_BIN, "audit-log",
                                               "--path", file});
    EXPECT_EQ(installed.out.find(":6012)"), std::string::npos) << installed.out;
}

TEST(RootJournal, RootReadsNoJournalItDoesNotOwn) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "needs root";
    char t[] = "/tmp/wdjournal-XXXXXX";
    const std::string dir = mkdtemp(t);
    JournalEntry e;
    e.id = "20260101T000000.000Z-abcdef";
    e.action = FixAction::Chown;
    ASSERT_TRUE(Journal(dir).write(e));
    EXPECT_TRUE(Journal(dir).read(e.id)) << "root's own journal";
    // The same folder handed to a person (sudo -E with their HOME): root no longer reads it.
    (void)!chown(dir.c_str(), 4242, 4242);
    (void)!chown((dir + "/" + e.id + ".json").c_str(), 4242, 4242);
    const auto refused = Journal(dir).read(e.id);
    EXPECT_FALSE(refused);
    EXPECT_NE(refused.error().find("does not belong to root"), std::string::npos) << refused.error();
    EXPECT_TRUE(Journal(dir).list().empty());
    std::error_code ec;
    fs::remove_all(dir, ec);
}

namespace {

constexpr const char* kHomeLabel = "unconfined_u:object_r:user_home_t:s0";
constexpr const char* kWebLabel = "unconfined_u:object_r:httpd_sys_content_t:s0";

std::string labelOf(const std::string& p) {
    char buf[512];
    const ssize_t n = lgetxattr(p.c_str(), "security.selinux", buf, sizeof buf);
    if (n <= 0) return "none";
    return std::string(buf, static_cast<size_t>(n) - (buf[n - 1] == '\0' ? 1 : 0));
}

bool setLabelOf(const std::string& p, const std::string& label) {
    return lsetxattr(p.c_str(), "security.selinux", label.c_str(), label.size() + 1, 0) == 0;
}

// A web file moved from a home folder: the caller's own, in the caller's folder, labelled
// user_home_t where the file contexts (the test's own, in place of a policy) say httpd_sys_content_t.
// Root sets the security.selinux attribute even without SELinux in the kernel, so the helper's
// relabel runs for real; only the kernel's checking of the label is missing here.
struct RelabelFixture : HelperFixture {
    std::string web, photo;

    void SetUp() override {
        HelperFixture::SetUp();
        if (IsSkipped()) return;
        web = project + "/www";
        mkdir(web.c_str(), 0755);
        (void)!chown(web.c_str(), user, wdtest::testUser().gid);
        photo = make("photo.jpg", user, wdtest::testUser().gid, 0644, web);
        if (!setLabelOf(photo, kHomeLabel)) GTEST_SKIP() << "cannot set security.selinux here: " << std::strerror(errno);
        fileContexts = root + "/file_contexts";
        std::ofstream(fileContexts) << root << "/project/www(/.*)?\tsystem_u:object_r:httpd_sys_content_t:s0\n"
                                    << root << "/project/home(/.*)?\tsystem_u:object_r:user_home_t:s0\n";
    }
    std::vector<std::string> relabelRequest(const std::string& path) const {
        std::string d, i;
        idOf(path, d, i);
        struct stat st{};
        lstat(path.c_str(), &st);
        return {"relabel", "--path", path, "--dev", d, "--ino", i, "--type", S_ISDIR(st.st_mode) ? "dir" : "file"};
    }
    wdtest::ProgramResult expectRelabelRefused(const std::vector<std::string>& args, const std::string& why,
                                               const std::string& watched, const std::string& binary = WD_HELPER_BIN) {
        const std::string before = labelOf(watched);
        const auto r = helper(args, "", binary);
        EXPECT_EQ(r.exitCode, 2) << why << ": " << r.err << r.out;
        EXPECT_NE(r.err.find("refused"), std::string::npos) << why << ": " << r.err;
        EXPECT_EQ(labelOf(watched), before) << why << ": the label changed";
        return r;
    }
};

}  // namespace

TEST_F(RelabelFixture, RestoresThePolicysLabelRecordsTheOldOneAndUndoes) {
    const auto r = helper(relabelRequest(photo));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    // restorecon -v changes the type alone: the user, role and range stay.
    EXPECT_EQ(labelOf(photo), kWebLabel);
    const auto e = journalEntryFromJson(r.out);
    ASSERT_TRUE(e) << r.out;
    EXPECT_EQ(e->action, FixAction::Relabel);
    EXPECT_EQ(e->fixId, "selinux-restore-label");
    EXPECT_EQ(e->path, photo);
    EXPECT_EQ(e->before.label, kHomeLabel);
    EXPECT_EQ(e->after.label, kWebLabel);
    EXPECT_EQ(e->command, "sudo restorecon -v -- " + photo);
    EXPECT_EQ(e->undoCommand, "sudo chcon -- " + std::string(kHomeLabel) + " " + photo);
    const auto stored = Journal(store()).read(e->id);
    ASSERT_TRUE(stored);
    EXPECT_FALSE(stored->pending);
    EXPECT_EQ(stored->before.label, kHomeLabel);
    const auto u = helper({"undo", "--id", e->id});
    ASSERT_EQ(u.exitCode, 0) << u.err;
    EXPECT_EQ(labelOf(photo), kHomeLabel);
    const auto again = helper({"undo", "--id", e->id});
    EXPECT_EQ(again.exitCode, 0) << again.err;
    EXPECT_EQ(labelOf(photo), kHomeLabel);
    // Nothing to do once the label is the policy's.
    ASSERT_TRUE(setLabelOf(photo, kWebLabel));
    const auto same = expectRelabelRefused(relabelRequest(photo), "already the policy's label", photo);
    EXPECT_NE(same.err.find("nothing to change"), std::string::npos) << same.err;
}

TEST_F(RelabelFixture, UndoesOnlyWhileTheLabelIsTheOneItSet) {
    const auto r = helper(relabelRequest(photo));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto e = journalEntryFromJson(r.out);
    ASSERT_TRUE(e);
    ASSERT_TRUE(setLabelOf(photo, "unconfined_u:object_r:tmp_t:s0"));
    expectRelabelRefused({"undo", "--id", e->id}, "relabelled by someone else since", photo);
    EXPECT_EQ(labelOf(photo), "unconfined_u:object_r:tmp_t:s0");
}

TEST_F(RelabelFixture, RefusesAnotherPersonsFileAndWhatTheCallerCannotReach) {
    const std::string theirs = make("theirs.jpg", 4343, 4343, 0644, web);
    ASSERT_TRUE(setLabelOf(theirs, kHomeLabel));
    const auto r = expectRelabelRefused(relabelRequest(theirs), "another regular user's file", theirs);
    EXPECT_NE(r.err.find("another person"), std::string::npos) << r.err;
    const std::string suid = make("tool", 0, 0, 04755, web);
    ASSERT_TRUE(setLabelOf(suid, kHomeLabel));
    const auto s = expectRelabelRefused(relabelRequest(suid), "a setuid-root program", suid);
    EXPECT_NE(s.err.find("setuid"), std::string::npos) << s.err;
    // Behind a folder the caller cannot enter: refused without a word about what is there.
    const std::string closed = web + "/closed";
    mkdir(closed.c_str(), 0700);
    const std::string inside = make("inside.jpg", user, wdtest::testUser().gid, 0644, closed);
    ASSERT_TRUE(setLabelOf(inside, kHomeLabel));
    std::string d, i;
    idOf(inside, d, i);
    const auto u = expectRelabelRefused(relabelRequest(inside), "an unreachable path", inside);
    EXPECT_NE(u.err.find("not reachable for you"), std::string::npos) << u.err;
    EXPECT_EQ(u.err.find(i), std::string::npos) << "the inode leaks: " << u.err;
}

TEST_F(RelabelFixture, RefusesASwappedNodeAndALabelInTheRequest) {
    auto wrong = relabelRequest(photo);
    wrong[6] = std::to_string(std::stoull(wrong[6]) + 1);
    expectRelabelRefused(wrong, "wrong inode", photo);
    auto wrongDev = relabelRequest(photo);
    wrongDev[4] = std::to_string(std::stoull(wrongDev[4]) + 1);
    expectRelabelRefused(wrongDev, "wrong device", photo);
    // The diagnosed file moved away and a symlink to another file put in its place.
    const auto diagnosed = relabelRequest(photo);
    const std::string other = make("other.jpg", user, wdtest::testUser().gid, 0644, web);
    ASSERT_TRUE(setLabelOf(other, kHomeLabel));
    ASSERT_EQ(rename(photo.c_str(), (web + "/moved.jpg").c_str()), 0);
    ASSERT_EQ(symlink(other.c_str(), photo.c_str()), 0);
    expectRelabelRefused(diagnosed, "a symlink swapped in", other);
    auto viaLink = relabelRequest(other);
    viaLink[2] = photo;  // the symlink's name with the target's own device and inode
    expectRelabelRefused(viaLink, "a symlink as the last component", other);
    // The label is the policy's, never the caller's: no option carries one, and apply has no relabel.
    auto labelled = relabelRequest(other);
    labelled.insert(labelled.end(), {"--label", "system_u:object_r:shadow_t:s0"});
    const auto l = expectRelabelRefused(labelled, "a label in the request", other);
    EXPECT_NE(l.err.find("unknown option label"), std::string::npos) << l.err;
    expectRelabelRefused(request("relabel", "system_u:object_r:shadow_t:s0", other), "relabel through apply", other);
}

TEST_F(RelabelFixture, RefusesARootFileOnASystemLocation) {
    char t[] = "/var/tmp/wdrelabel-XXXXXX";
    ASSERT_NE(mkdtemp(t), nullptr);
    const std::string sys = t;
    chmod(sys.c_str(), 0755);
    const std::string conf = make("conf", 0, 0, 0644, sys);
    ASSERT_TRUE(setLabelOf(conf, kHomeLabel));
    std::ofstream(fileContexts, std::ios::app) << sys << "(/.*)?\tsystem_u:object_r:etc_t:s0\n";
    const auto r = expectRelabelRefused(relabelRequest(conf), "root's file on a system location", conf);
    EXPECT_NE(r.err.find("system location"), std::string::npos) << r.err;
    // The caller's own file there is relabelled: a web file moved into /var/www is the usual case.
    const std::string own = make("own", user, wdtest::testUser().gid, 0644, sys);
    ASSERT_TRUE(setLabelOf(own, kHomeLabel));
    const auto ok = helper(relabelRequest(own));
    EXPECT_EQ(ok.exitCode, 0) << ok.err;
    EXPECT_EQ(labelOf(own), "unconfined_u:object_r:etc_t:s0");
    std::error_code ec;
    fs::remove_all(sys, ec);
}

// The installed helper reads only the installed policy's file contexts; there is none here, so it
// refuses and changes nothing (a machine with a policy has its own answer: not asked here).
TEST_F(RelabelFixture, TheInstalledHelperIgnoresTheFileContextsOverride) {
    if (access("/etc/selinux/config", F_OK) == 0) GTEST_SKIP() << "this machine has an SELinux policy of its own";
    const auto r = expectRelabelRefused(relabelRequest(photo), "the override in a release build", photo,
                                        WD_INSTALLED_HELPER_BIN);
    EXPECT_NE(r.err.find("file contexts could not be read"), std::string::npos) << r.err;
}

// Root runs the fix in-process (no helper): the same code, the same journal record and undo.
TEST_F(RelabelFixture, RootInProcessRelabelsThroughTheSameCode) {
    fix::useFileContexts(fileContexts);
    FixPlan p;
    p.fixId = "selinux-restore-label";
    p.cause = "selinux-denial";
    p.action = FixAction::Relabel;
    p.path = p.diagnosedPath = photo;
    p.dev = std::stoull(relabelRequest(photo)[4]);
    p.ino = std::stoull(relabelRequest(photo)[6]);
    p.type = NodeType::Regular;
    p.privilege = Privilege::Admin;
    ApplyOptions o;
    o.journalDir = root + "/root-journal";
    o.rediagnose = false;
    const FixOutcome out = applyFix(p, o);
    fix::useFileContexts({});
    ASSERT_EQ(out.status, FixStatus::Fixed) << out.message;
    EXPECT_EQ(labelOf(photo), kWebLabel);
    ASSERT_TRUE(out.entry);
    EXPECT_EQ(out.entry->before.label, kHomeLabel);
    EXPECT_EQ(out.entry->undoCommand, "sudo chcon -- " + std::string(kHomeLabel) + " " + photo);
    const UndoOutcome u = undoFix(out.entry->id, o);
    EXPECT_TRUE(u.ok) << u.message;
    EXPECT_EQ(labelOf(photo), kHomeLabel);
}
