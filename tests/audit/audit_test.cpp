// SPDX-License-Identifier: GPL-3.0-or-later
// The folder audit on real trees, walked as the unprivileged test uid: every kind of problem at
// several depths (and the kernel's verdict agreeing with the computed one), trees changing under
// the walk, symlink loops, 10 000-deep nesting, unusual names, cancellation, bulk fix + undo.
#include "../core/scenario.h"
#include "as_user.h"
#include "userns_process.h"
#include "whydenied/audit.h"
#include "whydenied/diagnose.h"

#include <gtest/gtest.h>

#include <acl/libacl.h>
#include <cstdio>
#include <fcntl.h>
#include <map>
#include <sstream>
#include <sys/acl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using wdtest::TempTree;

// "cause=count;…" in cause order: what a child process hands back.
std::string countsOf(const wd::AuditSummary& s) {
    std::map<std::string, uint64_t> m;
    for (const auto& g : s.groups) m[g.cause] = g.count;
    std::string out;
    for (const auto& [c, n] : m) out += c + "=" + std::to_string(n) + ";";
    if (!s.error.empty()) out += "error=" + s.error;
    return out;
}

uid_t me() { return wdtest::testUser().uid; }
gid_t myGid() { return wdtest::testUser().gid; }

bool setAcl(const std::string& path, const std::string& text) {
    acl_t a = acl_from_text(text.c_str());
    if (!a) return false;
    const bool ok = acl_set_file(path.c_str(), ACL_TYPE_ACCESS, a) == 0;
    acl_free(a);
    return ok;
}

wd::AuditSummary auditAs(const std::string& root, wd::Operation op, const std::string& subject = {}) {
    wd::AuditOptions o;
    o.root = root;
    o.op = op;
    o.subject = subject;
    return wd::auditTree(o);
}

TEST(Audit, EveryKindOfProblemAtSeveralDepthsKernelAndComputedAgree) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "needs root to build files of other owners";
    TempTree t;
    const uid_t u = me(), o = wdtest::otherUser().uid;
    const gid_t g = myGid();
    TempTree::own(t.path(), 0755, u, g);
    t.dir("a", 0755, u, g);
    t.dir("a/b", 0755, u, g);
    t.dir("a/b/c", 0755, u, g);
    // owner-lacks-permission at depths 1 and 4
    t.file("ro", 0444, u, g);
    t.file("a/b/c/ro", 0400, u, g);
    // owned-by-another-user at depths 2 and 3
    t.file("a/theirs", 0644, o, o);
    t.file("a/b/theirs", 0640, o, o);
    // group-lacks-permission: our group, no group write
    t.file("a/b/groupro", 0644, o, g);
    // parent-not-traversable: a folder of someone else without x for us (its content is unreachable)
    t.dir("a/b/closed", 0700, o, o);
    t.file("a/b/closed/x", 0600, o, o);
    // acl-denies: a named-user entry for us without w
    t.file("a/acl", 0664, o, o);
    ASSERT_TRUE(setAcl(t / "a/acl", "u::rw-,u:" + std::to_string(u) + ":r--,g::rw-,m::rw-,o::r--"));
    // immutable-attribute on a file we own and may otherwise write
    t.file("a/b/c/frozen", 0644, u, g);
    const bool haveImmutable = TempTree::setFlag(t / "a/b/c/frozen", FS_IMMUTABLE_FL);
    // read-only-filesystem: a read-only bind mount in the child's own mount namespace
    t.dir("a/rofs", 0755, u, g);
    t.file("a/rofs/file", 0644, u, g);
    // symlinks are never judged nor followed
    ASSERT_EQ(symlink("/etc/shadow", (t / "a/shadowlink").c_str()), 0);

    wdtest::Creds c = wdtest::testUser();
    const std::string rofs = t / "a/rofs";
    c.asRootFirst = [rofs] {
        return mount(rofs.c_str(), rofs.c_str(), nullptr, MS_BIND, nullptr) == 0 &&
               mount(nullptr, rofs.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0;
    };
    const std::string root = t.path();
    const auto kernel = wdtest::runAs(c, [&] {
        wd::AuditOptions opts;
        opts.root = root;
        opts.op = wd::Operation::Write;
        opts.crossFilesystems = true;
        const auto s = wd::auditTree(opts);
        return countsOf(s) + (s.verdictSource == wd::VerdictSource::Kernel ? "kernel" : "computed");
    });
    ASSERT_TRUE(kernel.ok) << kernel.error;
    std::string expected = "acl-denies=1;group-lacks-permission=1;";
    if (haveImmutable) expected += "immutable-attribute=1;";
    // the bind-mounted folder itself is on the read-only mount too
    expected += "owned-by-another-user=2;owner-lacks-permission=2;parent-not-traversable=1;read-only-filesystem=2;";
    EXPECT_EQ(kernel.output, expected + "kernel");

    // The same as root for uid 4242, computed from the facts: the same answer.
    c.stayRoot = true;
    const auto computed = wdtest::runAs(c, [&] {
        wd::AuditOptions opts;
        opts.root = root;
        opts.op = wd::Operation::Write;
        opts.crossFilesystems = true;
        opts.subject = "uid:" + std::to_string(u);
        const auto s = wd::auditTree(opts);
        return countsOf(s) + (s.verdictSource == wd::VerdictSource::Kernel ? "kernel" : "computed");
    });
    ASSERT_TRUE(computed.ok) << computed.error;
    EXPECT_EQ(computed.output, expected + "computed");

    // Without --cross-filesystems the read-only mount is reported as not entered.
    const auto noCross = wdtest::runAs(c, [&] {
        const auto s = auditAs(root, wd::Operation::Write, "uid:" + std::to_string(u));
        return std::to_string(s.otherFilesystems) + (s.otherFilesystemSamples.empty() ? "" : s.otherFilesystemSamples[0]);
    });
    EXPECT_EQ(noCross.output, "1" + rofs);
    if (haveImmutable) {
        int flags = 0;
        const int fd = open((t / "a/b/c/frozen").c_str(), O_RDONLY);
        ioctl(fd, FS_IOC_GETFLAGS, &flags);
        flags &= ~FS_IMMUTABLE_FL;
        ioctl(fd, FS_IOC_SETFLAGS, &flags);
        close(fd);
    }
}

// One judgement: every entry the audit reports, diagnosed on its own for the same operation and
// the same person, gets the same cause from the rules. The audit computes causes on its fast path;
// this keeps it honest to what `diagnose` says about each sample.
TEST(Audit, DiagnosingAnAuditedEntryNamesTheSameCause) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "needs root to build files of other owners";
    TempTree t;
    const uid_t u = me(), o = wdtest::otherUser().uid;
    const gid_t g = myGid(), og = wdtest::otherUser().gid;
    TempTree::own(t.path(), 0755, u, g);
    t.dir("a", 0755, u, g);
    t.dir("a/b", 0755, u, g);
    t.file("ro", 0444, u, g);
    t.file("a/theirs", 0644, o, og);
    t.file("a/b/secret", 0600, o, og);
    t.file("a/b/groupro", 0644, o, g);
    t.dir("a/b/closed", 0700, o, og);
    t.file("a/b/closed/x", 0600, o, og);
    t.dir("a/theirdir", 0755, o, og);
    t.file("a/theirdir/f", 0666, o, og);
    t.dir("a/readonlydir", 0555, u, g);
    t.file("a/readonlydir/f", 0644, u, g);
    t.dir("a/sticky", 01777, o, og);
    t.file("a/sticky/theirs", 0666, o, og);
    t.file("a/acl", 0664, o, og);
    ASSERT_TRUE(setAcl(t / "a/acl", "u::rw-,u:" + std::to_string(u) + ":r--,g::rw-,m::rw-,o::r--"));
    t.file("a/mask", 0640, o, og);
    ASSERT_TRUE(setAcl(t / "a/mask", "u::rw-,u:" + std::to_string(u) + ":rw-,g::r--,m::r--,o::---"));
    t.file("a/frozen", 0644, u, g);
    const bool flags = TempTree::setFlag(t / "a/frozen", FS_IMMUTABLE_FL);
    t.file("a/log", 0644, u, g);
    if (flags) TempTree::setFlag(t / "a/log", FS_APPEND_FL);

    const std::string root = t.path();
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        std::string out;
        for (wd::Operation op : {wd::Operation::Read, wd::Operation::Write, wd::Operation::Delete, wd::Operation::Traverse}) {
            const auto s = auditAs(root, op);
            if (!s.error.empty()) return "audit " + std::string(wd::toString(op)) + ": " + s.error;
            for (const auto& grp : s.groups)
                for (const auto& sample : grp.samples) {
                    out += std::string(wd::toString(op)) + " " + sample.path.substr(root.size()) + " " + grp.cause;
                    wd::DiagnoseRequest req;
                    req.path = sample.path;
                    // A folder without search permission is audited for what it hides: nothing
                    // inside can be reached, which is what diagnose says of any entry in it.
                    if (grp.cause == "parent-not-traversable") req.path += "/x";
                    req.op = op;
                    const wd::Diagnosis d = wd::diagnose(req);
                    const std::string cause = d.findings.empty() ? "(none)" : d.findings.front().cause;
                    out += cause == grp.cause ? "\n" : " but diagnose says " + cause + "\n";
                }
            // The other way round: what diagnose denies among the planted entries, the audit reports.
            // Not a/log for write: the audit asks access(2), which ignores the append-only
            // attribute (only open() refuses), and a statx of every writable file to look for it
            // made the audit 1.6x as slow as find. Delete (judged from the facts) covers a/log.
            // Delete is judged on the folder (listed above); traverse only on folders.
            if (op == wd::Operation::Delete || op == wd::Operation::Traverse) continue;
            for (const char* entry : {"ro", "a/theirs", "a/b/secret", "a/b/groupro", "a/acl", "a/mask", "a/frozen",
                                      "a/theirdir", "a/readonlydir", "a/sticky/theirs"}) {
                wd::DiagnoseRequest req;
                req.path = root + "/" + entry;
                req.op = op;
                const wd::Diagnosis d = wd::diagnose(req);
                if (d.verdict != wd::Verdict::Denied || d.findings.empty()) continue;
                std::string audited = "(nothing)";
                for (const auto& grp : s.groups)
                    for (const auto& sample : grp.samples)
                        if (sample.path == req.path) audited = grp.cause;
                if (audited != d.findings.front().cause)
                    out += std::string(wd::toString(op)) + " /" + entry + " diagnose says " + d.findings.front().cause +
                           " but the audit reports " + audited + "\n";
            }
        }
        return out;
    });
    ASSERT_TRUE(r.ok) << r.error;
    // Every kind of denial above was audited (so the comparison covers them all) …
    for (const char* c : {"owner-lacks-permission", "owned-by-another-user", "group-lacks-permission",
                          "parent-not-traversable", "parent-not-writable", "sticky-directory", "acl-denies"})
        EXPECT_NE(r.output.find(std::string(" ") + c + "\n"), std::string::npos) << c << " was not audited:\n" << r.output;
    if (flags) {
        EXPECT_NE(r.output.find(" immutable-attribute\n"), std::string::npos) << r.output;
        EXPECT_NE(r.output.find(" append-only-attribute\n"), std::string::npos) << r.output;
    }
    // … and diagnose agrees on every one of them.
    EXPECT_EQ(r.output.find("but diagnose says"), std::string::npos) << r.output;
    EXPECT_EQ(r.output.find("but the audit reports"), std::string::npos) << r.output;
}

// A container's root (a process in its own user namespace: root inside is host uid 4242) holds its
// capabilities only over files whose owner is mapped into the namespace. The audit for it must see
// what the kernel does: a read-only file of 4242 is writable for it, a file of 4343 is not.
TEST(Audit, ProcessInAUserNamespaceHasCapabilitiesOnlyOverMappedOwners) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "needs root to start a process as uid 4242";
    TempTree t;
    const std::string vol = t.dir("volume", 0777, 4242, 4242);
    t.file("volume/mine.txt", 0444, 4242, 4242);
    t.file("volume/foreign.txt", 0644, 4343, 4343);
    // What the kernel says to that process: 'y' writable, 'n' not, for mine then foreign.
    const wdtest::UsernsProcess container([&] {
        std::string said;
        for (const char* name : {"/mine.txt", "/foreign.txt"}) {
            const int fd = open((vol + name).c_str(), O_WRONLY | O_CLOEXEC);
            said += fd >= 0 ? 'y' : 'n';
            if (fd >= 0) close(fd);
        }
        return said;
    });
    if (!container.started()) GTEST_SKIP() << "user namespaces are not available here";
    ASSERT_EQ(container.answer(), "yn") << "the kernel: root inside may write its own file, not 4343's";
    const wd::AuditSummary s = auditAs(vol, wd::Operation::Write, "pid:" + std::to_string(container.pid()));
    EXPECT_EQ(countsOf(s), "owned-by-another-user=1;");
    ASSERT_EQ(s.groups.size(), 1u);
    ASSERT_FALSE(s.groups[0].samples.empty());
    EXPECT_EQ(s.groups[0].samples[0].path, vol + "/foreign.txt");
}

TEST(Audit, SamplesOwnersAndTopFoldersNameTheOffenders) {
    TempTree t;
    const uid_t u = me();
    const gid_t g = myGid();
    TempTree::own(t.path(), 0755, u, g);
    t.dir("many", 0755, u, g);
    for (int i = 0; i < 30; ++i) t.file("many/f" + std::to_string(i), 0444, u, g);
    t.file("one", 0444, u, g);
    const std::string root = t.path();
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        const auto s = auditAs(root, wd::Operation::Write);
        const auto* grp = s.group("owner-lacks-permission");
        if (!grp) return std::string("no group");
        if (grp->topFolders.empty() || grp->owners.empty()) return std::string("a group without folders or owners");
        std::ostringstream out;
        out << grp->count << " " << grp->samples.size() << " " << grp->topFolders.front().path << " "
            << grp->topFolders.front().count << " " << grp->owners.front().id << " " << grp->owners.front().count;
        return out.str();
    });
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.output, "31 8 " + t / "many" + " 30 " + std::to_string(u) + " 31");
}

TEST(Audit, NamesWithNewlinesAndInvalidUtf8SurviveByteForByte) {
    TempTree t;
    const uid_t u = me();
    const gid_t g = myGid();
    TempTree::own(t.path(), 0755, u, g);
    const std::string odd1 = "line\nbreak", odd2 = std::string("bad\xff\xfe name"), odd3 = "$(touch pwned)";
    t.dir(odd1, 0755, u, g);
    t.file(odd1 + "/" + odd2, 0444, u, g);
    t.file(odd3, 0444, u, g);
    const std::string root = t.path();
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        wd::AuditOptions o;
        o.root = root;
        std::string paths;
        wd::AuditCallbacks cb;
        cb.finding = [&](const wd::AuditFinding& f) { paths += f.path + '\0'; };
        wd::auditTree(o, cb);
        return paths;
    });
    ASSERT_TRUE(r.ok) << r.error;
    const std::string a = t / (odd1 + "/" + odd2) + '\0', b = t / odd3 + '\0';
    EXPECT_TRUE(r.output == a + b || r.output == b + a) << r.output;
    const auto line = wd::auditFindingJsonLine({"owner-lacks-permission", t / odd2, wd::NodeType::Regular, 0, 0, 0444, 1, 1, ""});
    EXPECT_NE(line.find("\"path_hex\""), std::string::npos);
    EXPECT_EQ(line.find('\n'), std::string::npos);
}

TEST(Audit, SymlinkLoopsAndLinksOutsideAreNotFollowed) {
    TempTree t, outside;
    const uid_t u = me();
    const gid_t g = myGid();
    TempTree::own(t.path(), 0755, u, g);
    TempTree::own(outside.path(), 0755, u, g);
    outside.file("denied-outside", 0444, u, g);
    t.dir("d", 0755, u, g);
    ASSERT_EQ(symlink(".", (t / "d/self").c_str()), 0);
    ASSERT_EQ(symlink("..", (t / "d/up").c_str()), 0);
    ASSERT_EQ(symlink("loop2", (t / "loop1").c_str()), 0);
    ASSERT_EQ(symlink("loop1", (t / "loop2").c_str()), 0);
    ASSERT_EQ(symlink(outside.path().c_str(), (t / "out").c_str()), 0);
    t.file("d/mine", 0444, u, g);
    const std::string root = t.path();
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        const auto s = auditAs(root, wd::Operation::Write);
        return std::to_string(s.entries) + " " + countsOf(s);
    });
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.output, "8 owner-lacks-permission=1;");  // root, d, self, up, loop1, loop2, out, mine
}

// Removes a chain of `depth` folders named "d" below dirFd, one descriptor at a time (no long
// paths, no thousands of open fds).
void removeChain(int dirFd, int depth) {
    int cur = dup(dirFd);
    int reached = 0;
    for (; reached < depth; ++reached) {
        const int fd = openat(cur, "d", O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
        if (fd < 0) break;
        close(cur);
        cur = fd;
    }
    unlinkat(cur, "f", 0);
    for (; reached > 0; --reached) {
        const int up = openat(cur, "..", O_RDONLY | O_DIRECTORY);
        close(cur);
        cur = up;
        unlinkat(cur, "d", AT_REMOVEDIR);
    }
    close(cur);
}

// Builds a chain of `depth` folders named "d" below dirFd with a read-only file "f" at the bottom.
bool buildChain(int dirFd, int depth, uid_t u, gid_t g) {
    int cur = dup(dirFd);
    for (int i = 0; i < depth; ++i) {
        if (mkdirat(cur, "d", 0755) != 0) return false;
        if (wdtest::isRoot()) fchownat(cur, "d", u, g, AT_SYMLINK_NOFOLLOW);
        const int next = openat(cur, "d", O_RDONLY | O_DIRECTORY);
        close(cur);
        if (next < 0) return false;
        cur = next;
    }
    const int f = openat(cur, "f", O_CREAT | O_WRONLY, 0444);
    close(f);
    if (wdtest::isRoot()) fchownat(cur, "f", u, g, 0);
    close(cur);
    return f >= 0;
}

TEST(Audit, TenThousandDeepNestingNeedsNoRecursionNorThousandsOfFds) {
    TempTree t;
    const uid_t u = me();
    const gid_t g = myGid();
    TempTree::own(t.path(), 0755, u, g);
    constexpr int kDepth = 10000;
    const std::string root = t / "deep";
    wdtest::Creds c = wdtest::testUser();
    if (wdtest::isRoot()) {
        // Removing 10 000 nested folders from ext4 takes the better part of a minute: build them
        // on a tmpfs that lives only in the child's mount namespace and vanishes with it.
        c.asRootFirst = [root, u, g] {
            if (mkdir(root.c_str(), 0755) != 0 || mount("wd-deep", root.c_str(), "tmpfs", 0,
                                                                   ("mode=0755,uid=" + std::to_string(u) + ",gid=" + std::to_string(g)).c_str()) != 0)
                return false;
            const int fd = open(root.c_str(), O_RDONLY | O_DIRECTORY);
            const bool ok = fd >= 0 && buildChain(fd, kDepth, u, g);
            close(fd);
            return ok;
        };
    } else {
        ASSERT_EQ(mkdir(root.c_str(), 0755), 0);
        const int fd = open(root.c_str(), O_RDONLY | O_DIRECTORY);
        ASSERT_TRUE(buildChain(fd, kDepth, u, g));
        close(fd);
    }
    const auto r = wdtest::runAs(c, [&] {
        const auto s = auditAs(root, wd::Operation::Write);
        const auto* grp = s.group("owner-lacks-permission");
        const size_t len = grp && !grp->samples.empty() ? grp->samples[0].path.size() : 0;
        return std::to_string(s.entries) + " " + countsOf(s) + " " + std::to_string(len);
    });
    if (!wdtest::isRoot()) {
        const int fd = open(root.c_str(), O_RDONLY | O_DIRECTORY);
        removeChain(fd, kDepth);
        close(fd);
    }
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.output, std::to_string(kDepth + 2) + " owner-lacks-permission=1; " +
                            std::to_string(root.size() + 2 * kDepth + 2));
}

TEST(Audit, CancellationStopsMidWalk) {
    TempTree t;
    const uid_t u = me();
    const gid_t g = myGid();
    TempTree::own(t.path(), 0755, u, g);
    for (int d = 0; d < 10; ++d) {
        t.dir("d" + std::to_string(d), 0755, u, g);
        for (int i = 0; i < 200; ++i) t.file("d" + std::to_string(d) + "/f" + std::to_string(i), 0644, u, g, "");
    }
    const std::string root = t.path();
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        wd::CancelToken cancel;
        wd::AuditOptions o;
        o.root = root;
        o.progressIntervalMs = 0;
        wd::AuditCallbacks cb;
        cb.progress = [&](const wd::AuditProgress& p) {
            if (p.entries >= 1024) cancel.cancel();
        };
        const auto s = wd::auditTree(o, cb, &cancel);
        return std::string(s.cancelled ? "cancelled " : "finished ") + (s.entries < 2011 ? "early" : "all");
    });
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.output, "cancelled early");
}

TEST(Audit, TreeChangingDuringTheWalkIsNeitherFollowedNorFatal) {
    TempTree t, outside;
    const uid_t u = me();
    const gid_t g = myGid();
    TempTree::own(t.path(), 0755, u, g);
    TempTree::own(outside.path(), 0755, u, g);
    outside.file("outside-denied", 0444, u, g);
    for (int d = 0; d < 6; ++d) {
        t.dir("d" + std::to_string(d), 0755, u, g);
        for (int i = 0; i < 50; ++i) t.file("d" + std::to_string(d) + "/f" + std::to_string(i), 0444, u, g, "");
    }
    const std::string root = t.path(), out = outside.path();
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        wd::AuditOptions o;
        o.root = root;
        wd::AuditCallbacks cb;
        bool changed = false;
        std::string seenOutside;
        cb.finding = [&](const wd::AuditFinding& f) {
            if (f.path.find("outside") != std::string::npos) seenOutside = f.path;
            if (changed) return;
            changed = true;
            // Everything not the folder being read now: replace by a symlink out, or make writable.
            const std::string cur = f.path.substr(0, f.path.rfind('/'));
            for (int d = 0; d < 6; ++d) {
                const std::string dir = root + "/d" + std::to_string(d);
                if (dir == cur) continue;
                if (d % 2 == 0) {
                    for (int i = 0; i < 50; ++i) unlink((dir + "/f" + std::to_string(i)).c_str());
                    rmdir(dir.c_str());
                    symlink(out.c_str(), dir.c_str());
                } else {
                    for (int i = 0; i < 50; ++i) chmod((dir + "/f" + std::to_string(i)).c_str(), 0644);
                }
            }
        };
        const auto s = wd::auditTree(o, cb);
        return std::to_string(s.denied) + " " + (seenOutside.empty() ? "inside" : seenOutside) + " " + s.error;
    });
    ASSERT_TRUE(r.ok) << r.error;
    // Only the folder being read when things changed still has its 50 read-only files.
    EXPECT_EQ(r.output, "50 inside ");
}

TEST(Audit, DeleteCountsWhatTheWalkerCannotInspectAsNotAudited) {
    TempTree t;
    const uid_t u = me();
    const gid_t g = myGid();
    TempTree::own(t.path(), 0755, u, g);
    t.dir("locked", 0700, u, g);
    t.file("locked/x", 0644, u, g);
    TempTree::own(t / "locked", 0600, u, g);  // listable, but nothing inside can be inspected
    t.dir("sticky", 01777, wdtest::otherUser().uid, wdtest::otherUser().gid);
    if (wdtest::isRoot()) t.file("sticky/theirs", 0644, wdtest::otherUser().uid, wdtest::otherUser().gid);
    const std::string root = t.path();
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        const auto s = auditAs(root, wd::Operation::Delete);
        return countsOf(s) + " " + std::to_string(s.notAudited) + " " +
               (s.notAuditedSamples.empty() ? std::string() : s.notAuditedSamples[0]);
    });
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.output, std::string(wdtest::isRoot() ? "sticky-directory=1;" : "") + " 1 " + t / "locked");
    TempTree::own(t / "locked", 0700, u, g);
}

struct State {
    uint32_t mode, uid, gid;
    bool operator==(const State& o) const { return mode == o.mode && uid == o.uid && gid == o.gid; }
};
std::map<std::string, State> statesUnder(const std::string& root) {
    std::map<std::string, State> m;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(root, ec); !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        struct stat st{};
        if (lstat(it->path().c_str(), &st) == 0 && it->path().string().find("/.state") == std::string::npos)
            m[it->path().string()] = {st.st_mode & 07777U, st.st_uid, st.st_gid};
    }
    return m;
}

TEST(Audit, BulkFixThenUndoRestoresEveryEntryExactly) {
    TempTree t;
    const uid_t u = me();
    const gid_t g = myGid();
    TempTree::own(t.path(), 0755, u, g);
    t.dir("a", 0755, u, g);
    t.dir("a/ro-dir", 0555, u, g);
    t.file("a/ro-dir/x", 0400, u, g);
    t.file("a/setuid", 04555, u, g);
    t.file("a/line\nbreak", 0444, u, g);
    t.file(std::string("a/bad\xff"), 0440, u, g);
    t.file("fine", 0644, u, g);
    t.file("a/.hidden", 0404, u, g);
    const std::string root = t.path();
    const auto before = statesUnder(root);
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        wd::AuditOptions o;
        o.root = root;
        const std::string journal = root + "/.state";
        const auto plan = wd::planBulkFix(o, "owner-lacks-permission");
        if (!plan) return "no plan: " + plan.error();
        const auto res = wd::applyBulkFix(o, *plan, journal);
        const auto* left = res.after.group("owner-lacks-permission");
        std::ostringstream out;
        out << plan->command << "|" << res.changed << "|" << res.failed << "|" << (left ? left->count : 0) << "|"
            << res.error << "|" << res.journalId.size() << "\n" << res.journalId;
        return out.str();
    });
    ASSERT_TRUE(r.ok) << r.error;
    const std::string head = r.output.substr(0, r.output.find('\n'));
    const std::string id = r.output.substr(r.output.find('\n') + 1);
    EXPECT_EQ(head, "chmod -R u+w " + root + "|6|0|0||" + std::to_string(id.size()));
    const auto fixed = statesUnder(root);
    EXPECT_EQ(fixed.at(root + "/a/setuid").mode, 04755U);
    EXPECT_EQ(fixed.at(root + "/a/ro-dir").mode, 0755U);
    EXPECT_EQ(fixed.at(root + std::string("/a/bad\xff")).mode, 0640U);

    const auto u1 = wdtest::runAs(wdtest::testUser(), [&] {
        const auto res = wd::undoBulkFix(root + "/.state", id);
        return std::to_string(res.restored) + " " + std::to_string(res.ok) + " " + res.error;
    });
    ASSERT_TRUE(u1.ok) << u1.error;
    EXPECT_EQ(u1.output, "6 1 ");
    EXPECT_TRUE(statesUnder(root) == before);
    // A second undo changes nothing.
    const auto u2 = wdtest::runAs(wdtest::testUser(), [&] { return std::to_string(wd::undoBulkFix(root + "/.state", id).restored); });
    EXPECT_EQ(u2.output, "0");
}

// The fix walk is the re-audit: a changed entry is judged again where it is, and a folder the
// fix made searchable is walked in the same pass (its contents show up in `after`).
TEST(Audit, BulkFixJudgesEachChangeAgainAndWalksIntoFoldersItOpened) {
    TempTree t;
    const uid_t u = me();
    const gid_t g = myGid();
    TempTree::own(t.path(), 0755, u, g);
    t.dir("shut", 0644, u, g);
    t.file("shut/inside", 0444, u, g);
    t.dir("shut/deeper", 0644, u, g);
    const std::string root = t.path();
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        wd::AuditOptions o;
        o.root = root;
        const auto first = wd::auditTree(o);
        const auto res =
            wd::applyBulkFix(o, *wd::planBulkFix(o, "parent-not-traversable"), root + "/.state");
        return countsOf(first) + "|" + std::to_string(res.changed) + " " + std::to_string(res.resolved) + "|" +
               countsOf(res.after);
    });
    ASSERT_TRUE(r.ok) << r.error;
    // Before: only the shut folder (nothing inside is reachable). The fix opens it, the same walk
    // finds and opens shut/deeper, and reports the read-only file it can now see.
    EXPECT_EQ(r.output, "parent-not-traversable=1;|2 2|owner-lacks-permission=1;");
}

TEST(Audit, UndoLeavesAloneWhatChangedSinceTheFix) {
    TempTree t;
    const uid_t u = me();
    const gid_t g = myGid();
    TempTree::own(t.path(), 0755, u, g);
    t.file("a", 0444, u, g);
    t.file("b", 0444, u, g);
    const std::string root = t.path();
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        wd::AuditOptions o;
        o.root = root;
        const auto res = wd::applyBulkFix(o, *wd::planBulkFix(o, "owner-lacks-permission"), root + "/.state");
        chmod((root + "/a").c_str(), 0600);  // the person changed it again since
        const auto undo = wd::undoBulkFix(root + "/.state", res.journalId);
        return std::to_string(undo.restored) + " " + std::to_string(undo.skipped);
    });
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.output, "1 1");
    struct stat st{};
    lstat((root + "/a").c_str(), &st);
    EXPECT_EQ(st.st_mode & 07777U, 0600U);
    lstat((root + "/b").c_str(), &st);
    EXPECT_EQ(st.st_mode & 07777U, 0444U);
}

TEST(Audit, CliJsonCountsAndJsonlStream) {
    TempTree t;
    const uid_t u = me();
    const gid_t g = myGid();
    TempTree::own(t.path(), 0755, u, g);
    t.file("x", 0444, u, g);
    t.file("y", 0444, u, g);
    const std::string root = t.path();
    auto run = [&](std::vector<std::string> args) {
        return wdtest::runAs(wdtest::testUser(), [args] {
            std::string cmd = WD_CLI_PATH;
            std::vector<char*> argv{const_cast<char*>(cmd.c_str())};
            for (auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
            argv.push_back(nullptr);
            int p[2];
            if (pipe(p) != 0) return std::string("pipe");
            const pid_t pid = fork();
            if (pid == 0) {
                dup2(p[1], 1);
                execv(argv[0], argv.data());
                _exit(127);
            }
            close(p[1]);
            std::string out;
            char buf[4096];
            ssize_t n;
            while ((n = read(p[0], buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
            close(p[0]);
            int status = 0;
            waitpid(pid, &status, 0);
            return std::to_string(WEXITSTATUS(status)) + "\n" + out;
        });
    };
    const auto json = run({"audit", root, "--op", "write", "--json"});
    ASSERT_TRUE(json.ok) << json.error;
    EXPECT_EQ(json.output.substr(0, 2), "1\n");
    EXPECT_NE(json.output.find("\"owner-lacks-permission\": 2"), std::string::npos) << json.output;
    const auto jsonl = run({"audit", root, "--jsonl"});
    size_t findings = 0, lines = 0;
    std::istringstream in(jsonl.output.substr(2));
    for (std::string l; std::getline(in, l); ++lines)
        if (l.find("\"event\":\"finding\"") != std::string::npos) ++findings;
    EXPECT_EQ(findings, 2U);
    EXPECT_NE(jsonl.output.find("\"event\":\"summary\""), std::string::npos);
    const auto bad = run({"audit", root, "--op", "chown"});
    EXPECT_EQ(bad.output.substr(0, 2), "2\n");

    // --fix … --yes, then `undo ID` of the batch it recorded.
    setenv("XDG_STATE_HOME", (root + "/.state").c_str(), 1);
    const auto fixed = run({"audit", root, "--fix", "owner-lacks-permission", "--yes"});
    const size_t at = fixed.output.find("whydenied-cli undo ");
    ASSERT_NE(at, std::string::npos) << fixed.output;
    const std::string id = fixed.output.substr(at + 19, fixed.output.find('\n', at) - at - 19);
    struct stat st{};
    lstat((root + "/x").c_str(), &st);
    EXPECT_EQ(st.st_mode & 07777U, 0644U);
    const auto undone = run({"undo", id, "--yes"});
    unsetenv("XDG_STATE_HOME");
    EXPECT_EQ(undone.output.substr(0, 2), "0\n") << undone.output;
    lstat((root + "/x").c_str(), &st);
    EXPECT_EQ(st.st_mode & 07777U, 0444U);
}

// A bulk fix that is not offered says why, in words the CLI prints as they are.
TEST(Audit, ABulkFixThatIsNotOfferedSaysWhy) {
    wd::AuditOptions o;
    o.root = "/tmp";
    const auto none = wd::planBulkFix(o, "no-such-cause");
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error(), "no bulk fix for no-such-cause (fix those one by one with diagnose/fix)");
    o.subject = "uid:4343";
    const auto forOther = wd::planBulkFix(o, "owned-by-another-user");
    ASSERT_FALSE(forOther.ok());
    EXPECT_NE(forOther.error().find("only for your own access"), std::string::npos) << forOther.error();
    const auto own = wd::planBulkFix(o, "owner-lacks-permission");
    ASSERT_TRUE(own.ok()) << own.error();
    EXPECT_EQ(own->action, wd::FixAction::Chmod);
    EXPECT_TRUE(own.why().empty());
}

}  // namespace
