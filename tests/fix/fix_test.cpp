// SPDX-License-Identifier: GPL-3.0-or-later
// The fix engine end to end, on real files: the kernel denies an unprivileged uid, the fix is
// planned from that uid's own diagnosis and applied through applyFix (what the window and the
// CLI call), the kernel then allows, undo puts back the exact state (mode, owner, ACL, flags),
// and a second undo changes nothing. Privileged fixes are applied by root on the user's behalf
// (the in-process branch of applyFix); the pkexec route is scripts/test-pkexec.sh.
#include "whydenied/diagnose.h"
#include "whydenied/fix.h"
#include "fix/common/fix_internal.h"
#include "fix/common/helper_form.h"
#include "rules/support/common.h"

#include "as_user.h"
#include "run_program.h"

#include <gtest/gtest.h>

#include <acl/libacl.h>
#include <cerrno>
#include <fcntl.h>
#include <filesystem>
#include <functional>
#include <set>
#include <linux/fs.h>
#include <sstream>
#include <sys/acl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace wd;

namespace {

constexpr uid_t kOther = 4343;

bool setFlags(const std::string& path, unsigned set, unsigned clear) {
    const int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return false;
    int flags = 0;
    bool ok = ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    flags = static_cast<int>((static_cast<unsigned>(flags) | set) & ~clear);
    ok = ok && ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    close(fd);
    return ok;
}

struct TempTree {
    std::string root;
    TempTree() {
        char t[] = "/tmp/wdfix-XXXXXX";
        root = mkdtemp(t);
        chmod(root.c_str(), 0755);
    }
    ~TempTree() {
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(root, ec); it != fs::recursive_directory_iterator(); ++it)
            if (!it->is_symlink()) setFlags(it->path(), 0, FS_IMMUTABLE_FL | FS_APPEND_FL);
        fs::remove_all(root, ec);
    }
    std::string file(const std::string& name, uid_t uid, gid_t gid, mode_t mode, const std::string& body = "data\n") const {
        const std::string p = root + "/" + name;
        const int fd = open(p.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd >= 0) {
            (void)!write(fd, body.data(), body.size());
            close(fd);
        }
        (void)!chown(p.c_str(), uid, gid);
        chmod(p.c_str(), mode);
        return p;
    }
    std::string dir(const std::string& name, uid_t uid, gid_t gid, mode_t mode) const {
        const std::string p = root + "/" + name;
        mkdir(p.c_str(), 0700);
        (void)!chown(p.c_str(), uid, gid);
        chmod(p.c_str(), mode);
        return p;
    }
    std::string journal(uid_t uid) const {
        const std::string p = root + "/.journal-" + std::to_string(uid);
        mkdir(p.c_str(), 0700);
        (void)!chown(p.c_str(), uid, uid);
        return p;
    }
};

// Asks the kernel, as the calling process: would this operation work now?
int kernelTry(const std::string& path, Operation op) {
    int fd = -1;
    switch (op) {
    case Operation::Write: fd = open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC); break;
    case Operation::Read: fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC); break;
    case Operation::Execute: return faccessat(AT_FDCWD, path.c_str(), X_OK, AT_EACCESS) == 0 ? 0 : errno;
    case Operation::Create: {
        fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            close(fd);
            unlink(path.c_str());
            return 0;
        }
        return errno;
    }
    default: return EINVAL;
    }
    if (fd < 0) return errno;
    close(fd);
    return 0;
}

std::string stateOf(const std::string& path) {
    std::string err;
    const auto s = readState(path, &err);
    return s ? s->describe() + " size " + std::to_string(s->size) : "unreadable: " + err;
}

bool needRoot() { return wdtest::isRoot(); }

// The plan crosses from the user's child process to root as plain lines.
std::string serialise(const FixPlan& p) {
    std::ostringstream o;
    o << toString(p.action) << '\0' << p.path << '\0' << p.dev << '\0' << p.ino << '\0'
      << static_cast<int>(p.type) << '\0' << p.arg << '\0' << static_cast<int>(p.privilege) << '\0' << p.fixId
      << '\0' << p.diagnosedPath << '\0' << static_cast<int>(p.op) << '\0' << p.command;
    return o.str();
}
std::optional<FixPlan> deserialise(const std::string& s) {
    std::vector<std::string> f;
    size_t i = 0;
    while (true) {
        const size_t j = s.find('\0', i);
        f.push_back(s.substr(i, j == std::string::npos ? std::string::npos : j - i));
        if (j == std::string::npos) break;
        i = j + 1;
    }
    if (f.size() != 11) return std::nullopt;
    FixPlan p;
    p.action = *fixActionFromString(f[0]);
    p.path = f[1];
    p.dev = std::stoull(f[2]);
    p.ino = std::stoull(f[3]);
    p.type = static_cast<NodeType>(std::stoi(f[4]));
    p.arg = f[5];
    p.privilege = static_cast<Privilege>(std::stoi(f[6]));
    p.fixId = f[7];
    p.diagnosedPath = f[8];
    p.op = static_cast<Operation>(std::stoi(f[9]));
    p.command = f[10];
    return p;
}

// As the user: the kernel denies, and the diagnosis proposes `fixId`. Returns the plan or "!why".
std::string planAsUser(const std::string& path, Operation op, const std::string& fixId, bool expectDenied = true) {
    const auto r = wdtest::runAs(wdtest::testUser(), [&]() -> std::string {
        if (expectDenied && kernelTry(path, op) == 0) return "!the kernel allows it before the fix";
        DiagnoseRequest req;
        req.path = path;
        req.op = op;
        const Diagnosis d = diagnose(req);
        const PlanResult pr = planFix(d, fixId);
        if (!pr.plan) return "!" + pr.error + (d.findings.empty() ? "" : " [first cause " + d.findings[0].cause + "]");
        return serialise(*pr.plan);
    });
    return r.ok ? r.output : "!" + r.error;
}

int tryAsUser(const std::string& path, Operation op) {
    const auto r = wdtest::runAs(wdtest::testUser(), [&] { return std::to_string(kernelTry(path, op)); });
    return r.ok ? std::stoi(r.output) : -1;
}

// The whole round trip for a fix that needs no privilege: everything as the user.
void unprivilegedRoundTrip(const TempTree& t, const std::string& path, Operation op, const std::string& fixId,
                           bool kernelDeniesFirst = true) {
    const uid_t uid = wdtest::testUser().uid;
    const std::string journal = t.journal(uid);
    const std::string before = stateOf(path);
    const auto r = wdtest::runAs(wdtest::testUser(), [&]() -> std::string {
        if (kernelDeniesFirst && kernelTry(path, op) == 0) return "the kernel allows it before the fix";
        DiagnoseRequest req;
        req.path = path;
        req.op = op;
        const PlanResult pr = planFix(diagnose(req), fixId);
        if (!pr.plan) return "no plan: " + pr.error;
        if (pr.plan->privilege != Privilege::None) return "the fix asks for privilege";
        ApplyOptions o;
        o.journalDir = journal;
        const FixOutcome out = applyFix(*pr.plan, o);
        if (out.status != FixStatus::Fixed) return "not fixed: " + out.message;
        if (!out.entry) return "no journal entry";
        if (const int e = kernelTry(path, op)) return std::string("still denied by the kernel: ") + std::strerror(e);
        const std::string fixed = stateOf(path);
        const UndoOutcome u = undoFix(out.entry->id, o);
        if (!u.ok || !u.changed) return "undo: " + u.message;
        if (kernelDeniesFirst && kernelTry(path, op) == 0) return "the kernel still allows it after undo";
        const std::string undone = stateOf(path);
        const UndoOutcome again = undoFix(out.entry->id, o);
        if (again.changed || !again.ok) return "second undo: " + again.message;
        if (stateOf(path) != undone) return "the second undo changed the file";
        const auto e = Journal(journal).read(out.entry->id);
        if (!e || !e->undone) return "the journal does not say undone";
        return "OK " + fixed;
    });
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.output.substr(0, 2), "OK") << r.output;
    EXPECT_EQ(stateOf(path), before) << "undo did not restore the exact state";
}

// A fix that needs root: planned by the user, applied and undone by root on the user's behalf.
void privilegedRoundTrip(const TempTree& t, const std::string& path, Operation op, const std::string& fixId,
                         const std::function<void()>& checkFixed = {}) {
    if (!needRoot()) GTEST_SKIP() << "needs root: " << fixId << " is an administrator's fix";
    const uid_t uid = wdtest::testUser().uid;
    const std::string before = stateOf(path);
    const std::string planned = planAsUser(path, op, fixId);
    ASSERT_FALSE(planned.empty());
    ASSERT_NE(planned[0], '!') << planned;
    const auto plan = deserialise(planned);
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->privilege, Privilege::Admin);
    ApplyOptions o;
    // Root's own journal: as root WhyDenied reads no journal that root does not own.
    o.journalDir = t.root + "/.journal-root";
    o.onBehalfOf = uid;
    o.rediagnose = false;
    const FixOutcome out = applyFix(*plan, o);
    ASSERT_EQ(out.status, FixStatus::Fixed) << out.message;
    ASSERT_TRUE(out.entry);
    EXPECT_EQ(out.entry->callerUid, uid);
    EXPECT_EQ(tryAsUser(path, op), 0) << "the kernel still denies after " << fixId << ": " << stateOf(path);
    if (checkFixed) checkFixed();
    const UndoOutcome u = undoFix(out.entry->id, o);
    EXPECT_TRUE(u.ok && u.changed) << u.message;
    EXPECT_NE(tryAsUser(path, op), 0) << "undo did not take the right back";
    EXPECT_EQ(stateOf(path), before);
    const std::string undone = stateOf(path);
    const UndoOutcome again = undoFix(out.entry->id, o);
    EXPECT_TRUE(again.ok);
    EXPECT_FALSE(again.changed) << again.message;
    EXPECT_EQ(stateOf(path), undone);
}

gid_t userGid() { return wdtest::testUser().gid; }
uid_t userUid() { return wdtest::testUser().uid; }

}  // namespace

// ---- fixes that run as the user ----

TEST(FixRoundTrip, OwnerWriteOnReadOnlyFile) {
    TempTree t;
    unprivilegedRoundTrip(t, t.file("report.csv", userUid(), userGid(), 0444), Operation::Write, "chmod-owner-write");
}

TEST(FixRoundTrip, OwnerReadOnWriteOnlyFile) {
    TempTree t;
    unprivilegedRoundTrip(t, t.file("notes.txt", userUid(), userGid(), 0200), Operation::Read, "chmod-owner-read");
}

TEST(FixRoundTrip, OwnerExecuteOnScript) {
    TempTree t;
    unprivilegedRoundTrip(t, t.file("run.sh", userUid(), userGid(), 0644, "#!/bin/sh\n"), Operation::Execute,
                          "chmod-owner-execute");
}

TEST(FixRoundTrip, CreateInOwnReadOnlyFolder) {
    TempTree t;
    const std::string d = t.dir("out", userUid(), userGid(), 0555);
    const std::string before = stateOf(d);
    unprivilegedRoundTrip(t, d + "/new.txt", Operation::Create, "chmod-owner-write");
    EXPECT_EQ(stateOf(d), before);
}

TEST(FixRoundTrip, EnterOwnFolderWithoutSearch) {
    TempTree t;
    const std::string d = t.dir("private", userUid(), userGid(), 0600);
    // Root made the file; the folder stays 0600 for the user.
    chmod(d.c_str(), 0700);
    const std::string f = t.file("private/a.txt", userUid(), userGid(), 0644);
    chmod(d.c_str(), 0600);
    const std::string before = stateOf(d);
    unprivilegedRoundTrip(t, f, Operation::Read, "chmod-owner-execute");
    EXPECT_EQ(stateOf(d), before);
}

TEST(FixRoundTrip, SshKeyTooOpenBecomes600) {
    TempTree t;
    t.dir(".ssh", userUid(), userGid(), 0700);
    const std::string key = t.file(".ssh/id_ed25519", userUid(), userGid(), 0644, "-----BEGIN OPENSSH PRIVATE KEY-----\n");
    const std::string planned = planAsUser(key, Operation::Read, "chmod-600", false);
    ASSERT_NE(planned[0], '!') << planned;
    // ssh's refusal is not the kernel's: the round trip checks the mode instead of a kernel denial.
    unprivilegedRoundTrip(t, key, Operation::Read, "chmod-600", false);
}

TEST(FixRoundTrip, CopyToWritablePlace) {
    if (!needRoot()) GTEST_SKIP() << "needs a file owned by another uid";
    TempTree t;
    const std::string f = t.file("shared.csv", kOther, kOther, 0644, "a,b\n1,2\n");
    const std::string before = stateOf(f);
    const std::string journal = t.journal(userUid());
    const auto r = wdtest::runAs(wdtest::testUser(), [&]() -> std::string {
        if (kernelTry(f, Operation::Write) == 0) return "writable before";
        DiagnoseRequest req;
        req.path = f;
        req.op = Operation::Write;
        const PlanResult pr = planFix(diagnose(req), "copy-to-writable");
        if (!pr.plan) return "no plan: " + pr.error;
        ApplyOptions o;
        o.journalDir = journal;
        const FixOutcome out = applyFix(*pr.plan, o);
        if (out.status != FixStatus::Fixed || !out.entry) return "not fixed: " + out.message;
        const std::string copy = out.entry->path;
        if (copy == f || kernelTry(copy, Operation::Write) != 0) return "the copy is not writable: " + copy;
        const auto st = readState(copy);
        if (!st || st->mode != 0600 || st->uid != getuid()) return "the copy is not private: " + stateOf(copy);
        if (pr.plan->command.find(copy) == std::string::npos && pr.plan->command.find("'" + copy + "'") == std::string::npos)
            return "the command shown does not name the copy: " + pr.plan->command;
        if (!undoFix(out.entry->id, o).changed) return "undo kept the copy";
        if (access(copy.c_str(), F_OK) == 0) return "the copy is still there";
        if (undoFix(out.entry->id, o).changed) return "second undo changed something";
        rmdir(copy.substr(0, copy.find_last_of('/')).c_str());
        return "OK";
    });
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.output, "OK");
    EXPECT_EQ(stateOf(f), before) << "the original must not change";
}

// ---- administrator fixes, applied by root for the user ----

TEST(FixRoundTrip, GroupWrite) {
    TempTree t;
    const std::string f = t.file("team.txt", kOther, userGid(), 0640);
    privilegedRoundTrip(t, f, Operation::Write, "chmod-group-write");
}

TEST(FixRoundTrip, AclGrantForTheUser) {
    TempTree t;
    const std::string f = t.file("theirs.txt", kOther, kOther, 0640);
    privilegedRoundTrip(t, f, Operation::Read, "acl-grant-user", [&] {
        const auto s = readState(f);
        ASSERT_TRUE(s);
        EXPECT_NE(s->acl.find("user:" + std::to_string(userUid()) + ":r--"), std::string::npos) << s->acl;
        EXPECT_NE(s->acl.find("mask::r--"), std::string::npos) << "granted more than read: " << s->acl;
        EXPECT_NE(s->acl.find("other::---"), std::string::npos) << "others gained access: " << s->acl;
    });
}

TEST(FixRoundTrip, WidenAclMask) {
    TempTree t;
    const std::string f = t.file("masked.txt", kOther, kOther, 0640);
    const std::string text = "user::rw-,user:" + std::to_string(userUid()) + ":rw-,group::r--,mask::r--,other::---";
    acl_t acl = acl_from_text(text.c_str());
    ASSERT_TRUE(acl);
    ASSERT_EQ(acl_set_file(f.c_str(), ACL_TYPE_ACCESS, acl), 0) << std::strerror(errno);
    acl_free(acl);
    privilegedRoundTrip(t, f, Operation::Write, "acl-widen-mask");
}

TEST(FixRoundTrip, TakeOwnership) {
    TempTree t;
    const std::string f = t.file("given.txt", kOther, kOther, 0600);
    privilegedRoundTrip(t, f, Operation::Write, "take-ownership", [&] {
        const auto s = readState(f);
        ASSERT_TRUE(s);
        EXPECT_EQ(s->uid, userUid());
        EXPECT_EQ(s->gid, kOther) << "only the owner changes";
    });
}

// Taking ownership clears setuid (the kernel does it on chown). Undo gives the file back, and the
// setuid bit only when nobody wrote to it since: else the new owner's code would run as the old one.
// Undo of taking ownership as root: setuid/setgid never come back (the person who held the file
// may still write through a mapping), and a file rewritten meanwhile is not given back at all
// (its new content would become the old owner's).
TEST(FixSafety, ChownUndoNeverGivesSetuidBackNorARewrittenFile) {
    if (!needRoot()) GTEST_SKIP() << "needs root: taking ownership is an administrator's fix";
    TempTree t;
    for (const bool written : {false, true}) {
        const std::string f = t.file(written ? "written" : "untouched", kOther, kOther, 04755);
        const auto plan = deserialise(planAsUser(f, Operation::Write, "take-ownership"));
        ASSERT_TRUE(plan);
        ApplyOptions o;
        o.journalDir = t.root + "/.journal-root";
        o.onBehalfOf = userUid();
        o.rediagnose = false;
        const FixOutcome out = applyFix(*plan, o);
        ASSERT_EQ(out.status, FixStatus::Fixed) << out.message;
        ASSERT_EQ(readState(f)->mode & 04000, 0u) << "chown cleared setuid";
        if (written) {
            const auto w = wdtest::runAs(wdtest::testUser(), [&]() -> std::string {
                const int fd = open(f.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
                if (fd < 0) return "open failed";
                (void)!write(fd, "#!/bin/sh\nid\n", 13);
                close(fd);
                return "OK";
            });
            ASSERT_EQ(w.output, "OK") << w.error;
        }
        const UndoOutcome u = undoFix(out.entry->id, o);
        const auto s = readState(f);
        ASSERT_TRUE(s);
        EXPECT_EQ(u.ok, !written) << u.message;
        EXPECT_EQ(s->uid, written ? userUid() : kOther) << u.message;
        EXPECT_EQ(s->mode, 0755u) << u.message;
        const std::string expected = written ? "modified since the fix" : "chmod 4755";
        EXPECT_NE(u.message.find(expected), std::string::npos) << u.message;
        EXPECT_EQ(u.privilegeBitsKeptOff, !written);
    }
}

TEST(FixSafety, AdministratorLeavesAHardLinkedFileAlone) {
    if (!needRoot()) GTEST_SKIP() << "needs root: taking ownership is an administrator's fix";
    TempTree t;
    const std::string f = t.file("linked.txt", kOther, kOther, 0644);
    ASSERT_EQ(link(f.c_str(), (t.root + "/second-name").c_str()), 0);
    const auto plan = deserialise(planAsUser(f, Operation::Write, "take-ownership"));
    ASSERT_TRUE(plan);
    ApplyOptions o;
    o.journalDir = t.journal(userUid());
    o.onBehalfOf = userUid();
    const FixOutcome out = applyFix(*plan, o);
    EXPECT_EQ(out.status, FixStatus::Refused);
    EXPECT_NE(out.message.find("hard links"), std::string::npos) << out.message;
    EXPECT_EQ(readState(f)->uid, kOther) << "nothing changed";
}

TEST(FixRoundTrip, RemoveImmutable) {
    if (!needRoot()) GTEST_SKIP() << "needs root: chattr";
    TempTree t;
    const std::string f = t.file("locked.conf", userUid(), userGid(), 0644);
    if (!setFlags(f, FS_IMMUTABLE_FL, 0)) GTEST_SKIP() << "this filesystem has no immutable attribute";
    privilegedRoundTrip(t, f, Operation::Write, "chattr-remove-immutable");
    EXPECT_NE(stateOf(f).find("+i"), std::string::npos) << "undo puts the attribute back";
}

TEST(FixRoundTrip, RemoveAppendOnly) {
    if (!needRoot()) GTEST_SKIP() << "needs root: chattr";
    TempTree t;
    const std::string f = t.file("audit.log", userUid(), userGid(), 0644);
    if (!setFlags(f, FS_APPEND_FL, 0)) GTEST_SKIP() << "this filesystem has no append-only attribute";
    privilegedRoundTrip(t, f, Operation::Write, "chattr-remove-append-only");
}

// ---- refusing to act on anything but what was diagnosed ----

TEST(FixSafety, RefusesWhenTheFileWasReplaced) {
    TempTree t;
    const std::string f = t.file("swap.txt", userUid(), userGid(), 0444);
    const std::string planned = planAsUser(f, Operation::Write, "chmod-owner-write");
    ASSERT_NE(planned[0], '!') << planned;
    // Replaced by another file with the same name and mode: a different inode.
    const std::string other = t.file("other.txt", userUid(), userGid(), 0444);
    ASSERT_EQ(rename(other.c_str(), f.c_str()), 0);
    const std::string before = stateOf(f);
    const auto r = wdtest::runAs(wdtest::testUser(), [&]() -> std::string {
        ApplyOptions o;
        o.journalDir = t.root + "/.journal-x";
        const FixOutcome out = applyFix(*deserialise(planned), o);
        return std::string(toString(out.status)) + ": " + out.message;
    });
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.output.rfind("refused", 0), 0U) << r.output;
    EXPECT_NE(r.output.find("no longer"), std::string::npos) << r.output;
    EXPECT_EQ(stateOf(f), before);
}

TEST(FixSafety, RefusesASymlinkSwappedIn) {
    TempTree t;
    const std::string f = t.file("target.txt", userUid(), userGid(), 0444);
    const std::string victim = t.file("victim.txt", userUid(), userGid(), 0444);
    const std::string planned = planAsUser(f, Operation::Write, "chmod-owner-write");
    ASSERT_NE(planned[0], '!') << planned;
    ASSERT_EQ(unlink(f.c_str()), 0);
    ASSERT_EQ(symlink(victim.c_str(), f.c_str()), 0);
    const auto r = wdtest::runAs(wdtest::testUser(), [&]() -> std::string {
        ApplyOptions o;
        o.journalDir = t.root + "/.journal-x";
        return std::string(toString(applyFix(*deserialise(planned), o).status));
    });
    EXPECT_EQ(r.output, "refused");
    EXPECT_EQ(stateOf(victim).substr(0, 9), "mode 0444") << "the symlink was followed";
}

TEST(FixSafety, UndoRefusesWhenTheFileChangedSince) {
    TempTree t;
    const std::string f = t.file("moved-on.txt", userUid(), userGid(), 0444);
    const std::string journal = t.journal(userUid());
    const auto r = wdtest::runAs(wdtest::testUser(), [&]() -> std::string {
        DiagnoseRequest req;
        req.path = f;
        req.op = Operation::Write;
        const PlanResult pr = planFix(diagnose(req), "chmod-owner-write");
        if (!pr.plan) return pr.error;
        ApplyOptions o;
        o.journalDir = journal;
        const FixOutcome out = applyFix(*pr.plan, o);
        if (!out.entry) return out.message;
        chmod(f.c_str(), 0640);  // the person changed it again meanwhile
        const UndoOutcome u = undoFix(out.entry->id, o);
        if (u.changed || u.ok) return "undo acted: " + u.message;
        return stateOf(f).substr(0, 9) + "|" + u.message;
    });
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.output.substr(0, 10), "mode 0640|") << r.output;
    EXPECT_NE(r.output.find("changed since the fix"), std::string::npos) << r.output;
}

TEST(FixSafety, AdvisoryAndUnknownFixesAreNotPlanned) {
    TempTree t;
    const std::string f = t.file("ro.txt", userUid(), userGid(), 0444);
    const std::string unknown = planAsUser(f, Operation::Write, "no-such-fix");
    EXPECT_EQ(unknown.rfind("!No fix 'no-such-fix'", 0), 0U) << unknown;
    EXPECT_NE(unknown.find("chmod-owner-write"), std::string::npos) << "the error lists what was proposed";
}

TEST(FixSafety, AdvisoryFixesAreShownNeverApplied) {
    if (!needRoot()) GTEST_SKIP() << "needs a file owned by another uid";
    TempTree t;
    t.dir("shared", 0, 0, 01777);
    const std::string f = t.file("shared/theirs.txt", kOther, kOther, 0644);
    const std::string r = planAsUser(f, Operation::Delete, "ask-owner");
    EXPECT_EQ(r.rfind("!The fix 'ask-owner' is shown for an administrator", 0), 0U) << r;
    EXPECT_EQ(access(f.c_str(), F_OK), 0);
}

TEST(FixSafety, SystemPathsNeedExplicitConfirmation) {
    EXPECT_TRUE(isSystemPath("/"));
    EXPECT_TRUE(isSystemPath("/etc/passwd"));
    EXPECT_TRUE(isSystemPath("/usr/bin/ls"));
    EXPECT_TRUE(isSystemPath("/lib64/ld-linux-x86-64.so.2"));
    EXPECT_TRUE(isSystemPath("/home"));
    EXPECT_FALSE(isSystemPath("/home/ana/report.csv"));
    EXPECT_FALSE(isSystemPath("/tmp/x"));
    EXPECT_FALSE(isSystemPath("/etcetera/x"));
    FixPlan p;
    p.path = "/etc/hostname";
    p.systemPath = true;
    p.action = FixAction::Chmod;
    p.arg = "u+w";
    const FixOutcome out = applyFix(p, {});
    EXPECT_EQ(out.status, FixStatus::Refused);
    EXPECT_NE(out.message.find("system location"), std::string::npos);
}

TEST(FixSafety, NeverWorldWritable) {
    TempTree t;
    for (const char* spec : {"o+w", "a+w", "777", "666", "4755", "a+rwx"})
        EXPECT_EQ(applyLow(FixAction::Chmod, t.root, 0, 0, NodeType::Directory, spec, getuid()).ok, false) << spec;
}

// ---- hostile names through fixes and the displayed commands ----

class FixNames : public ::testing::TestWithParam<std::string> {};

TEST_P(FixNames, ComeThroughIntact) {
    TempTree t;
    const std::string name = GetParam();
    const std::string f = t.file(name, userUid(), userGid(), 0444);
    const std::string planned = planAsUser(f, Operation::Write, "chmod-owner-write");
    ASSERT_NE(planned[0], '!') << planned;
    const auto plan = deserialise(planned);
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->path, f);
    // A real shell reads the displayed command back into exactly the argv the engine runs: bash,
    // since a name with control bytes is shown as $'…' (bash, zsh, ksh; not dash).
    const auto sh = wdtest::runProgram({"/bin/bash", "-c", "set -- " + plan->command + "; printf '%s\\0' \"$@\""});
    ASSERT_EQ(sh.exitCode, 0) << sh.err;
    EXPECT_EQ(sh.out, std::string("chmod\0u+w\0--\0", 13) + f + std::string(1, '\0')) << plan->command;
    unprivilegedRoundTrip(t, f, Operation::Write, "chmod-owner-write");
}

INSTANTIATE_TEST_SUITE_P(Hostile, FixNames,
                         ::testing::Values(std::string("with space.txt"), std::string("quo'te\"s.txt"),
                                           std::string("new\nline.txt"), std::string("$(touch pwned).txt"),
                                           std::string("`id`.txt"), std::string("bad\xff\xfe utf8.txt"),
                                           std::string("-dash.txt")));

// ---- the journal ----

// A journal entry exactly as the hand-written writer before nlohmann/json wrote it (\ufffd and \u007f
// escapes, "%.2f"-free integers): entries already on disk must still undo.
TEST(FixJournal, ReadsAnEntryInTheFormatWrittenBeforeTheJsonLibrary) {
    const std::string text = R"J({
  "schema": 1,
  "id": "20261123T040102.123Z-3fa9c1",
  "time": "2026-11-23T04:01:02Z",
  "fix": "chmod-owner-write",
  "cause": "owner-lacks-permission",
  "action": "acl",
  "arg": "u:ana:rw-",
  "arg_hex": "753a616e613a72772d",
  "path": "/tmp/bad\ufffd\ufffd\n\"name\"\\$(x)\u007f\u0001 café",
  "path_hex": "2f746d702f626164fffe0a226e616d65225c242878297f0120636166c3a9",
  "dev": 1099511627776,
  "ino": 1234567890123,
  "type": "file",
  "command": "setfacl -m u:ana:rw- '/tmp/bad\ufffd'",
  "undo_command": "setfacl -b '/tmp/bad'",
  "privilege": "admin",
  "caller_uid": 4242,
  "before": {
    "present": true,
    "mode": "0444",
    "uid": 1000,
    "gid": 1000,
    "acl": "",
    "flags_known": true,
    "flags": 0,
    "size": 5,
    "mtime_ns": 12345
  },
  "after": {
    "present": true,
    "mode": "0640",
    "uid": 1000,
    "gid": 1000,
    "acl": "user::rw-,user:1000:rw-,group::r--,mask::rw-,other::---",
    "flags_known": true,
    "flags": 16,
    "size": 5,
    "mtime_ns": -12345,
    "ctime_ns": 777,
    "attributes": 33,
    "sddl": "O:S-1-5-21-1-2-3-1001D:P(A;;FA;;;SY)",
    "xattr_hex": "303038333b00ff3b536166617269",
    "selinux_label_hex": "756e636f6e66696e65645f753a6f626a6563745f723a757365725f686f6d655f743a7330"
  },
  "undone": true,
  "undone_time": "2026-11-23T05:00:00Z"
}
)J";
    const auto e = journalEntryFromJson(text);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->id, "20261123T040102.123Z-3fa9c1");
    EXPECT_EQ(e->time, "2026-11-23T04:01:02Z");
    EXPECT_EQ(e->fixId, "chmod-owner-write");
    EXPECT_EQ(e->cause, "owner-lacks-permission");
    EXPECT_EQ(e->action, FixAction::AclModify);
    EXPECT_EQ(e->arg, "u:ana:rw-");
    EXPECT_EQ(e->path, std::string("/tmp/bad\xff\xfe\n\"name\"\\$(x)\x7f\x01 caf\xc3\xa9"));
    EXPECT_EQ(e->dev, 1ULL << 40);
    EXPECT_EQ(e->ino, 1234567890123ULL);
    EXPECT_EQ(e->type, NodeType::Regular);
    EXPECT_EQ(e->command, "setfacl -m u:ana:rw- '/tmp/bad\xef\xbf\xbd'");
    EXPECT_EQ(e->undoCommand, "setfacl -b '/tmp/bad'");
    EXPECT_EQ(e->privilege, Privilege::Admin);
    EXPECT_EQ(e->callerUid, 4242U);
    EXPECT_TRUE(e->before.present);
    EXPECT_EQ(e->before.mode, 0444U);
    EXPECT_EQ(e->before.mtimeNs, 12345);
    EXPECT_FALSE(e->before.xattrPresent);
    EXPECT_EQ(e->after.mode, 0640U);
    EXPECT_EQ(e->after.flags, 16U);
    EXPECT_EQ(e->after.mtimeNs, -12345);
    EXPECT_EQ(e->after.ctimeNs, 777);
    EXPECT_EQ(e->after.attributes, 0x21U);
    EXPECT_EQ(e->after.acl, "user::rw-,user:1000:rw-,group::r--,mask::rw-,other::---");
    EXPECT_EQ(e->after.sddl, "O:S-1-5-21-1-2-3-1001D:P(A;;FA;;;SY)");
    EXPECT_EQ(e->after.xattr, std::string("0083;\0\xff;Safari", 14));
    EXPECT_EQ(e->after.label, "unconfined_u:object_r:user_home_t:s0");
    EXPECT_TRUE(e->undone);
    EXPECT_EQ(e->undoneTime, "2026-11-23T05:00:00Z");
    EXPECT_FALSE(e->pending);
}

TEST(FixJournal, RefusesEntriesNestedTooDeeplyOrNotJson) {
    std::string deep = R"({"schema": 1, "id": "x", "action": "chmod", "before": )";
    for (int i = 0; i < 100000; ++i) deep += "[";
    EXPECT_FALSE(journalEntryFromJson(deep));
    deep += std::string(100000, ']') + "}";
    EXPECT_FALSE(journalEntryFromJson(deep));
    EXPECT_FALSE(journalEntryFromJson(R"({"schema": 1, "id": "x", "action": "chmod")"));
    EXPECT_FALSE(journalEntryFromJson("{\"schema\": 1, \"id\": \"x\xff\", \"action\": \"chmod\"}"));
    EXPECT_TRUE(journalEntryFromJson(R"({"schema": 1, "id": "x", "action": "chmod"})"));
}

TEST(FixJournal, PlanAnswerIsOneJsonLineAndRefusesAnythingElse) {
    JournalEntry a;
    a.id = "20261123T040102.123Z-3fa9c1";
    a.action = FixAction::Chmod;
    a.path = std::string("/tmp/x\n\xff");
    JournalEntry b = a;
    b.id = "20261123T040102.124Z-3fa9c2";
    const std::string text = fix::planAnswerText("20261123T040102.125Z-000001", {a, b});
    EXPECT_EQ(text.find('\n'), text.size() - 1);
    std::string id;
    std::vector<JournalEntry> entries;
    ASSERT_TRUE(fix::readPlanAnswer(text, id, entries));
    EXPECT_EQ(id, "20261123T040102.125Z-000001");
    ASSERT_EQ(entries.size(), 2U);
    EXPECT_EQ(entries[0].path, a.path);
    EXPECT_EQ(entries[1].id, b.id);
    EXPECT_FALSE(fix::readPlanAnswer(fix::planAnswerText("../x", {a}), id, entries));
    EXPECT_FALSE(fix::readPlanAnswer(fix::planAnswerText("20261123T040102.125Z-000001", {}), id, entries));
    EXPECT_FALSE(fix::readPlanAnswer(text.substr(0, text.size() / 2), id, entries));
    EXPECT_FALSE(fix::readPlanAnswer("plan 20261123T040102.125Z-000001\n" + journalEntryJson(a) + "\n--\n", id, entries));
}

TEST(FixJournal, OneIdAlphabetForEveryRecord) {
    EXPECT_TRUE(fix::validRecordId(newJournalId()));
    EXPECT_TRUE(fix::validRecordId("20261123T040102.123Z-3fa9c1"));
    for (const char* bad : {"", ".hidden", "../x", "a/b", "20261123T040102Z-XYZ", "nothex-g"})
        EXPECT_FALSE(fix::validRecordId(bad)) << bad;
    EXPECT_FALSE(fix::validRecordId(std::string(65, '1')));
}

TEST(FixJournal, EntryRoundTripsExactBytes) {
    JournalEntry e;
    e.id = newJournalId();
    e.time = "2026-11-23T04:00:00Z";
    e.fixId = "chmod-owner-write";
    e.action = FixAction::AclModify;
    e.arg = "u:ana:rw-";
    e.path = std::string("/tmp/bad\xff\xfe\n\"name\"\\$(x)");
    e.dev = 1ULL << 40;
    e.ino = 1234567890123ULL;
    e.type = NodeType::Regular;
    e.before = {true, 0444, 1000, 1000, "", true, 0, 5, 12345, 0, 0, "", false, "", ""};
    // The Windows, macOS and SELinux parts of a state travel too: attributes, SDDL, a binary xattr
    // value, the label a relabel replaced.
    e.after = {true, 0640, 1000, 1000, "user::rw-,user:1000:rw-,group::r--,mask::rw-,other::---", true, 16, 5, 12345, 777,
               0x21, "O:S-1-5-21-1-2-3-1001D:P(A;;FA;;;SY)", true, std::string("0083;\0\xff;Safari", 14),
               "unconfined_u:object_r:user_home_t:s0"};
    const auto back = journalEntryFromJson(journalEntryJson(e));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->path, e.path);
    EXPECT_EQ(back->dev, e.dev);
    EXPECT_EQ(back->ino, e.ino);
    EXPECT_EQ(back->action, e.action);
    EXPECT_TRUE(back->before.sameAs(e.before));
    EXPECT_TRUE(back->after.sameAs(e.after));
    EXPECT_EQ(back->after.acl, e.after.acl);
    EXPECT_EQ(back->after.sddl, e.after.sddl);
    EXPECT_EQ(back->after.attributes, 0x21U);
    EXPECT_EQ(back->after.ctimeNs, 777);
    EXPECT_EQ(back->after.xattr, e.after.xattr);
    EXPECT_EQ(back->after.label, e.after.label);
    EXPECT_EQ(back->before.label, "");
    EXPECT_FALSE(back->before.xattrPresent);
    EXPECT_FALSE(back->after.sameAs(e.before));
    EXPECT_FALSE(journalEntryFromJson("{\"schema\":1"));
    EXPECT_FALSE(journalEntryFromJson("not json"));
}

TEST(FixJournal, WritesAtomicallyAndListsInOrder) {
    TempTree t;
    Journal j(t.root + "/state/whydenied/journal");
    JournalEntry a, b;
    a.id = "20260101T000000.000Z-aaaaaa";
    b.id = "20260101T000001.000Z-bbbbbb";
    ASSERT_TRUE(j.write(b));
    ASSERT_TRUE(j.write(a));
    b.undone = true;
    ASSERT_TRUE(j.write(b));  // replaces, never appends a second copy
    const auto all = j.list();
    ASSERT_EQ(all.size(), 2U);
    EXPECT_EQ(all[0].id, a.id);
    EXPECT_TRUE(all[1].undone);
    EXPECT_EQ(j.last()->id, b.id);
    size_t files = 0;
    for (const auto& de : fs::directory_iterator(j.dir())) files += de.path().filename().string()[0] != '.' ? 1 : 0;
    EXPECT_EQ(files, 2U) << "no temporary files left behind";
    EXPECT_FALSE(j.read("../../etc/passwd"));
}

TEST(FixJournal, DefaultDirFollowsXdgStateHome) {
    const auto r = wdtest::runAs(wdtest::testUser(), [] {
        setenv("XDG_STATE_HOME", "/x/state", 1);
        std::string a = Journal::defaultDir();
        unsetenv("XDG_STATE_HOME");
        setenv("HOME", "/home/ana", 1);
        return a + "|" + Journal::defaultDir();
    });
    EXPECT_EQ(r.output, "/x/state/whydenied/journal|/home/ana/.local/state/whydenied/journal");
}

// canApply reads the typed value, never the argv: a command that merely looks like a known one
// is advice, and a typed fix is applicable whatever text it carries.
TEST(FixSafety, OnlyTypedFixesTheEngineKnowsAreApplicable) {
    FixProposal p;
    p.argv = {"chmod", "u+w", "--", "/home/ana/a"};
    EXPECT_FALSE(canApply(p)) << "an argv alone is advice";
    p.argv = {"chown", "-R", "--", "ana:ana", "/srv"};
    EXPECT_FALSE(canApply(p)) << "recursive changes are not one-click fixes";

    p.action = FixAction::Chmod;
    p.platform = thisPlatform();
    p.path = "/home/ana/a";
    p.arg = "u+w";
    p.argv = {"npm", "config", "set", "prefix", "/home/ana/.npm-global"};
    EXPECT_TRUE(canApply(p)) << "the typed value decides, not the text";
    p.advisory = true;
    EXPECT_FALSE(canApply(p)) << "advisory fixes are for an administrator";
    p.advisory = false;
    p.arg = "o+w";
    EXPECT_FALSE(canApply(p)) << "never world-writable, whatever the command says";
    p.arg = "u+w";
    p.action = FixAction::ClearReadOnly;
    EXPECT_FALSE(canApply(p)) << "attrib is Windows'";
    p.action = FixAction::ClearFlag;
    p.arg = "s";
    EXPECT_FALSE(canApply(p)) << "only the immutable and append-only attributes";
    p.arg = "i";
    EXPECT_TRUE(canApply(p));
    p.platform = Platform::Windows;
    EXPECT_FALSE(canApply(p)) << "a fix for another system";
}

// One value gives the command shown, the argv run and the undo, per platform.
TEST(FixSafety, TheCommandComesFromTheTypedValue) {
    FixProposal p;
    p.action = FixAction::AclModify;
    p.path = "/srv/it's";
    p.arg = "u:ana:rw-";
    deriveCommand(p);
    EXPECT_EQ(p.command(), "setfacl -m u:ana:rw- -- '/srv/it'\\''s'");
    EXPECT_EQ(p.undoCommand(), "setfacl -x u:ana -- '/srv/it'\\''s'");
    p.arg = "m::rwx";
    p.undoArg = "m::r-x";
    deriveCommand(p);
    EXPECT_EQ(p.undoCommand(), "setfacl -m m::r-x -- '/srv/it'\\''s'");
    p.platform = Platform::MacOS;
    p.action = FixAction::ClearFlag;
    p.arg = "uchg";
    p.path = "/Users/ana/a";
    deriveCommand(p);
    EXPECT_EQ(p.command(), "chflags nouchg /Users/ana/a");
    p.platform = Platform::Windows;
    p.action = FixAction::TakeOwnership;
    p.path = "C:\\Users\\bob\\a b.txt";
    p.undoArg = "";
    deriveCommand(p);
    EXPECT_TRUE(p.windows);
    EXPECT_EQ(p.command(), "takeown /F \"C:\\Users\\bob\\a b.txt\"");
    EXPECT_TRUE(p.undoArgv.empty()) << "no previous owner known: no undo";
}

// Both helpers (pkexec's and the Windows one) read their options the same way, refusing anything odd.
TEST(HelperOptions, KnownOptionsOnceEachAndNothingElse) {
    const std::set<std::string> valued = {"path", "id"}, flags = {"confirmed-system-path"};
    std::string error;
    const auto ok = fix::parseHelperOptions({"--path", "/a b", "--confirmed-system-path", "--id", ""}, valued, flags, error);
    ASSERT_TRUE(ok) << error;
    EXPECT_EQ(ok->get("path"), "/a b");
    EXPECT_EQ(ok->get("id"), "");
    EXPECT_EQ(ok->get("missing"), "");
    EXPECT_EQ(ok->flags.count("confirmed-system-path"), 1U);
    const std::pair<std::vector<std::string>, const char*> refused[] = {
        {{"--path", "/a", "--path", "/b"}, "--path given twice"},
        {{"--path"}, "--path needs a value"},
        {{"--mode", "777"}, "unknown option mode"},
        {{"path", "/a"}, "unexpected argument"},
    };
    for (const auto& [args, why] : refused) {
        error.clear();
        EXPECT_FALSE(fix::parseHelperOptions(args, valued, flags, error));
        EXPECT_EQ(error, why);
    }
}

// The argv the CLI and the window hand to whydenied-helper for a privileged plan: the request form
// of the README, every field present, no confirmation flag (the helper decides about system paths).
TEST(HelperRequest, TheFrontEndsSendTheDocumentedForm) {
    FixPlan p;
    p.action = FixAction::Chown;
    p.arg = "4242";
    p.fixId = "take-ownership";
    p.cause = "owned-by-another-user";
    p.path = "/home/ana/project/build.log";
    p.dev = 2049;
    p.ino = 77;
    p.type = NodeType::Regular;
    p.systemPath = true;
    EXPECT_EQ(fix::helperApplyRequest(p),
              (std::vector<std::string>{"apply", "--action", "chown", "--arg", "4242", "--fix", "take-ownership", "--cause",
                                        "owned-by-another-user", "--path", "/home/ana/project/build.log", "--dev", "2049",
                                        "--ino", "77", "--type", "file"}));
    // A group join names the object whose group it is, so the helper can check the group.
    p.action = FixAction::JoinGroup;
    p.arg = "builders";
    p.fixId = "join-group";
    p.type = NodeType::Directory;
    const auto join = fix::helperApplyRequest(p);
    EXPECT_EQ(join[1], "--action");
    EXPECT_EQ(join[2], "join-group");
    EXPECT_EQ(join[10], "/home/ana/project/build.log");
    EXPECT_EQ(join[16], "dir");
    // A relabel has its own verb and names only the node: the helper takes the label from the policy.
    p.action = FixAction::Relabel;
    p.arg = "";
    p.fixId = "selinux-restore-label";
    p.cause = "selinux-denial";
    p.type = NodeType::Regular;
    const auto relabel = fix::helperApplyRequest(p);
    EXPECT_EQ(relabel, (std::vector<std::string>{"relabel", "--path", "/home/ana/project/build.log", "--dev", "2049",
                                                 "--ino", "77", "--type", "file"}));
    EXPECT_EQ(fix::checkHelperRequest(relabel), "");
}

TEST(JoinGroupAdvice, RootEquivalentAndSystemGroupsAreOnlyAdvice) {
    for (const char* g : {"docker", "lxd", "incus-admin", "libvirt", "kvm", "systemd-journal", "input", "tty", "disk",
                          "sudo", "wheel", "adm", "shadow", "root"}) {
        EXPECT_TRUE(rules::rootEquivalentGroup(g)) << g;
        EXPECT_FALSE(rules::joinableGroup(g, 5000)) << g;
    }
    EXPECT_FALSE(rules::joinableGroup("dialout", 20)) << "a system group";
    EXPECT_TRUE(rules::joinableGroup("wd-builders-none", 5000));
}
