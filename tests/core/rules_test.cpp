// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule over hand-built facts: the causes, their evidence and fixes, without touching a disk.
#include "../macos/mac_facts.h"
#include "../winrules/win_facts.h"
#include "knowhow/advice.h"
#include "rules/support/common.h"
#include "synthetic.h"
#include "whydenied/knowhow.h"
#include "whydenied/parse.h"
#include "whydenied/rules.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

using wd::AclEntry;
using wd::Operation;
using wdtest::FactsBuilder;
using wdtest::firstCause;
using wdtest::judged;

namespace {

constexpr uint32_t kAna = 1000, kBob = 2000, kStaff = 50;

struct RuleCase {
    const char* name;
    std::function<wd::Facts()> facts;
    const char* cause;
};

const RuleCase kCases[] = {
    {"missing", [] { return FactsBuilder(Operation::Read).dir("home", 0, 0, 0755).dir("ana", kAna, kAna, 0700).missing("x.csv").kernelSays(ENOENT); },
     "path-not-found"},
    {"untraversable",
     [] { return FactsBuilder(Operation::Read).dir("srv", 0, 0, 0700).dir("app", 0, 0, 0755).file("a.txt", 0, 0, 0644).untraversable(1).kernelSays(EACCES); },
     "parent-not-traversable"},
    {"create-in-foreign-dir", [] { return FactsBuilder(Operation::Create).dir("srv", 0, 0, 0755).missing("new.txt").kernelSays(EACCES); },
     "parent-not-writable"},
    {"delete-from-foreign-dir", [] { return FactsBuilder(Operation::Delete).dir("srv", 0, 0, 0755).file("a.txt", kAna, kAna, 0644).kernelSays(EACCES); },
     "parent-not-writable"},
    {"sticky", [] { return FactsBuilder(Operation::Delete).dir("tmp", 0, 0, 01777).file("b.txt", kBob, kBob, 0666).kernelSays(EPERM); },
     "sticky-directory"},
    {"owner-read-only", [] { return FactsBuilder(Operation::Write).dir("home", 0, 0, 0755).file("r.csv", kAna, kAna, 0444).kernelSays(EACCES); },
     "owner-lacks-permission"},
    {"group-lacks", [] { return FactsBuilder(Operation::Write).dir("srv", 0, 0, 0755).file("t.csv", kBob, kStaff, 0646).groups({kStaff}).kernelSays(EACCES); },
     "group-lacks-permission"},
    {"other-user", [] { return FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).file("s.txt", kBob, kBob, 0600).kernelSays(EACCES); },
     "owned-by-another-user"},
    {"group-not-active",
     [] { return FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).file("t.csv", kBob, kStaff, 0040).groups({}, {kAna, kStaff}).kernelSays(EACCES); },
     "group-membership-not-active"},
    {"acl-named",
     [] {
         return FactsBuilder(Operation::Write).dir("srv", 0, 0, 0755).file("a.csv", kBob, kBob, 0666)
             .acl({{AclEntry::UserObj, 0, "", 6}, {AclEntry::User, kAna, "ana", 4}, {AclEntry::GroupObj, 0, "", 6},
                   {AclEntry::Mask, 0, "", 6}, {AclEntry::Other, 0, "", 6}})
             .kernelSays(EACCES);
     },
     "acl-denies"},
    {"acl-mask",
     [] {
         return FactsBuilder(Operation::Write).dir("srv", 0, 0, 0755).file("a.csv", kBob, kBob, 0640)
             .acl({{AclEntry::UserObj, 0, "", 6}, {AclEntry::User, kAna, "ana", 6}, {AclEntry::GroupObj, 0, "", 4},
                   {AclEntry::Mask, 0, "", 4}, {AclEntry::Other, 0, "", 0}})
             .kernelSays(EACCES);
     },
     "acl-denies"},
    {"immutable", [] { return FactsBuilder(Operation::Write).dir("etc", 0, 0, 0755).file("c.ini", kAna, kAna, 0644).immutable().kernelSays(EPERM); },
     "immutable-attribute"},
    {"immutable-even-for-root",
     [] { return FactsBuilder(Operation::Write, 0, 0).caps(~0ULL).dir("etc", 0, 0, 0755).file("c.ini", 0, 0, 0644).immutable().kernelSays(EPERM); },
     "immutable-attribute"},
    {"append-only", [] { return FactsBuilder(Operation::Write).dir("var", 0, 0, 0755).file("a.log", kAna, kAna, 0644).appendOnly().kernelSays(EPERM); },
     "append-only-attribute"},
    {"read-only-fs",
     [] { return FactsBuilder(Operation::Write).dir("media", 0, 0, 0755).mount("vfat", "ro", true).file("p.jpg", kAna, kAna, 0644).kernelSays(EROFS); },
     "read-only-filesystem"},
    {"noexec",
     [] { return FactsBuilder(Operation::Execute).dir("usb", 0, 0, 0755).mount("ext4", "rw,noexec", false, true).file("run.sh", kAna, kAna, 0755).kernelSays(EACCES); },
     "noexec-mount"},
    {"text-busy", [] { return FactsBuilder(Operation::Write).dir("opt", 0, 0, 0755).file("server", kAna, kAna, 0755).kernelSays(ETXTBSY); },
     "text-file-busy"},
    {"is-a-directory", [] { return FactsBuilder(Operation::Write).dir("home", 0, 0, 0755).dir("exports", kAna, kAna, 0755).kernelSays(EISDIR); },
     "is-a-directory"},
    {"nfs-server-decides",
     [] { return FactsBuilder(Operation::Write).dir("net", 0, 0, 0755).mount("nfs4", "rw,vers=4.2").file("s.txt", kAna, kAna, 0666).kernelSays(EACCES); },
     "network-filesystem-mapping"},
    {"selinux", [] { return FactsBuilder(Operation::Read).dir("var", 0, 0, 0755).file("w.html", kAna, kAna, 0644).selinux().kernelSays(EACCES); },
     "selinux-denial"},
    {"chown-needs-cap", [] { return FactsBuilder(Operation::Chown).dir("home", 0, 0, 0755).file("m.txt", kAna, kAna, 0644).kernelSays(EPERM); },
     "capability-required"},
    {"chmod-not-owner", [] { return FactsBuilder(Operation::Chmod).dir("srv", 0, 0, 0755).file("t.txt", kBob, kBob, 0666).kernelSays(EPERM); },
     "capability-required"},
    {"bits-allow-yet-denied", [] { return FactsBuilder(Operation::Write).dir("home", 0, 0, 0755).file("n.txt", kAna, kAna, 0644).kernelSays(EACCES); },
     "unexplained-denial"},
};

class RuleCases : public ::testing::TestWithParam<RuleCase> {};

TEST_P(RuleCases, FirstCauseIsTheExpectedOne) {
    const wd::Diagnosis d = judged(GetParam().facts());
    EXPECT_EQ(d.verdict, wd::Verdict::Denied);
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(firstCause(d), GetParam().cause);
    for (const auto& f : d.findings) {
        EXPECT_FALSE(f.title.empty()) << f.cause;
        EXPECT_FALSE(f.explanation.empty()) << f.cause;
        EXPECT_GT(f.confidence, 0.0);
        EXPECT_LE(f.confidence, 1.0);
        // Never grant more than needed: no world-writable proposals, ever.
        for (const auto& fx : f.fixes) {
            EXPECT_EQ(fx.command().find("777"), std::string::npos) << fx.command();
            EXPECT_EQ(fx.command().find("o+w"), std::string::npos) << fx.command();
            EXPECT_FALSE(fx.id.empty());
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Synthetic, RuleCases, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<RuleCase>& c) {
                             std::string n = c.param.name;
                             for (char& ch : n)
                                 if (ch == '-') ch = '_';
                             return n;
                         });

const wd::Finding& first(const wd::Diagnosis& d) { return d.findings.at(0); }

std::string evidence(const wd::Finding& f, const std::string& key) {
    for (const auto& [k, v] : f.evidence)
        if (k == key) return v;
    return {};
}

// /proc and /dev nodes: the cause is named, but no chmod, chown or ACL is offered there.
TEST(Rules, NoModeOwnerOrAclChangesOnPseudoFilesystems) {
    for (const char* fs : {"proc", "sysfs", "devtmpfs", "cgroup2"}) {
        const auto d = judged(FactsBuilder(Operation::Read).dir("proc", 0, 0, 0555).mount(fs, "rw").file("kcore", 0, 0, 0400).kernelSays(EACCES));
        ASSERT_FALSE(d.findings.empty()) << fs;
        EXPECT_EQ(d.findings.at(0).cause, "owned-by-another-user") << fs;
        for (const auto& x : d.findings)
            for (const auto& fx : x.fixes)
                EXPECT_TRUE(fx.argv.empty() || (fx.argv.front() != "chmod" && fx.argv.front() != "chown" &&
                                                 fx.argv.front() != "setfacl"))
                    << fs << ": " << fx.command();
    }
    // The same file on a real filesystem keeps its proposals.
    const auto ext4 = judged(FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).mount("ext4", "rw").file("s.txt", kBob, kBob, 0600).kernelSays(EACCES));
    ASSERT_FALSE(ext4.findings.empty());
    const auto& kept = ext4.findings.at(0).fixes;
    EXPECT_TRUE(std::any_of(kept.begin(), kept.end(), [](const wd::FixProposal& fx) {
        return !fx.argv.empty() && (fx.argv.front() == "chown" || fx.argv.front() == "setfacl");
    }));
}

// Ending your own running program needs no administrator; another account's does.
TEST(Rules, EndingARunningProgramNeedsAnAdministratorOnlyForOthers) {
    const auto endFix = [](uint32_t holderUid) {
        wd::Facts f = FactsBuilder(Operation::Write).dir("opt", 0, 0, 0755).file("server", kAna, kAna, 0755).kernelSays(ETXTBSY);
        wd::Holder h;
        h.pid = 4321;
        h.name = "server";
        h.uid = holderUid;
        h.uidKnown = true;
        h.how = wd::HoldExe;
        f.holders.push_back(h);
        f.holdersScanned = true;
        const auto d = judged(std::move(f));
        for (const auto& x : d.findings)
            for (const auto& fx : x.fixes)
                if (fx.id == "end-running-program") return std::optional<wd::FixProposal>(fx);
        return std::optional<wd::FixProposal>();
    };
    const auto mine = endFix(kAna), theirs = endFix(kBob);
    ASSERT_TRUE(mine && theirs);
    EXPECT_EQ(mine->privilege, wd::Privilege::None);
    EXPECT_EQ(theirs->privilege, wd::Privilege::Admin);
}

TEST(Rules, AllowedRaisesNoAlarm) {
    const wd::Diagnosis d = judged(FactsBuilder(Operation::Write).dir("home", 0, 0, 0755).file("r.csv", kAna, kAna, 0644).kernelSays(0));
    EXPECT_EQ(d.verdict, wd::Verdict::Allowed);
    EXPECT_EQ(d.errnoName, "");
    for (const auto& f : d.findings) EXPECT_LT(f.confidence, 0.5) << f.cause;
}

TEST(Rules, OwnerLacksWriteOffersChmodUserWriteWithUndo) {
    const wd::Diagnosis d = judged(FactsBuilder(Operation::Write).dir("home", 0, 0, 0755).file("report.csv", kAna, kAna, 0444).kernelSays(EACCES));
    ASSERT_FALSE(first(d).fixes.empty());
    const auto& fx = first(d).fixes.at(0);
    EXPECT_EQ(fx.id, "chmod-owner-write");
    EXPECT_EQ(wd::rules::chmodFixId("go-w"), "chmod-group-others-no-write");
    EXPECT_EQ(wd::rules::chmodFixId("u+wx"), "chmod-owner-write-execute");
    EXPECT_EQ(wd::rules::chmodFixId("600"), "chmod-600");
    EXPECT_EQ(wd::rules::legacyChmodFixId("u+w"), "chmod-u-w");
    EXPECT_EQ(fx.command(), "chmod u+w -- /home/report.csv");
    EXPECT_EQ(fx.undoCommand(), "chmod u-w -- /home/report.csv");
    EXPECT_EQ(fx.privilege, wd::Privilege::None);
    EXPECT_EQ(evidence(first(d), "mode"), "0444");
    EXPECT_EQ(evidence(first(d), "owner"), "ana");
}

TEST(Rules, UntraversableNamesTheBlockingFolder) {
    const wd::Diagnosis d = judged(FactsBuilder(Operation::Read).dir("srv", 0, 0, 0700).dir("app", 0, 0, 0755).file("a.txt", 0, 0, 0644).untraversable(1).kernelSays(EACCES));
    EXPECT_EQ(first(d).node, 1);
    EXPECT_EQ(evidence(first(d), "node"), "/srv");
    ASSERT_FALSE(first(d).fixes.empty());
    EXPECT_EQ(first(d).fixes.at(0).command(), "sudo setfacl -m u:ana:--x -- /srv");
    EXPECT_EQ(first(d).fixes.at(0).privilege, wd::Privilege::Admin);
}

TEST(Rules, AclEvidenceNamesTheDecidingEntry) {
    const wd::Diagnosis d = judged(FactsBuilder(Operation::Write).dir("srv", 0, 0, 0755).file("a.csv", kBob, kBob, 0640)
                                       .acl({{AclEntry::UserObj, 0, "", 6}, {AclEntry::User, kAna, "ana", 6}, {AclEntry::GroupObj, 0, "", 4},
                                             {AclEntry::Mask, 0, "", 4}, {AclEntry::Other, 0, "", 0}})
                                       .kernelSays(EACCES));
    EXPECT_EQ(evidence(first(d), "deciding entry"), "user:ana:rw-");
    ASSERT_FALSE(first(d).fixes.empty());
    EXPECT_EQ(first(d).fixes.at(0).id, "acl-widen-mask");
}

TEST(Rules, GroupNotActiveIsHonestAboutTheSession) {
    const wd::Diagnosis d = judged(FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).file("t.csv", kBob, kStaff, 0040).groups({}, {kAna, kStaff}).kernelSays(EACCES));
    ASSERT_FALSE(first(d).fixes.empty());
    // No button pretends to fix the running session: the proposal is advice.
    EXPECT_TRUE(first(d).fixes.at(0).advisory);
    EXPECT_NE(first(d).explanation.english().find("newgrp"), std::string::npos);
}

TEST(Rules, ReadOnlyMountIsAdviceNotAButton) {
    const wd::Diagnosis d = judged(FactsBuilder(Operation::Write).dir("media", 0, 0, 0755).mount("vfat", "ro", true).file("p.jpg", kAna, kAna, 0644).kernelSays(EROFS));
    // The remount proposal must exist (otherwise this test would pass by finding nothing) and be advice.
    const auto& fixes = first(d).fixes;
    const auto remount = std::find_if(fixes.begin(), fixes.end(),
                                      [](const auto& fx) { return fx.command().find("mount") != std::string::npos; });
    ASSERT_NE(remount, fixes.end()) << "no remount proposal for a read-only mount";
    EXPECT_TRUE(remount->advisory) << remount->command();
    for (const auto& fx : fixes) {
        if (fx.command().find("mount") != std::string::npos) {
            EXPECT_TRUE(fx.advisory) << fx.command();
        }
    }
}

TEST(Rules, UnexplainedListsWhatWasRuledOut) {
    const wd::Diagnosis d = judged(FactsBuilder(Operation::Write).dir("home", 0, 0, 0755).file("n.txt", kAna, kAna, 0644).kernelSays(EACCES));
    ASSERT_EQ(firstCause(d), "unexplained-denial");
    EXPECT_FALSE(evidence(first(d), "ruled out").empty());
}

TEST(Rules, NetworkMountIsBackgroundWhenTheBitsExplainIt) {
    const wd::Diagnosis d = judged(FactsBuilder(Operation::Write).dir("net", 0, 0, 0755).mount("nfs4", "rw").file("s.txt", kBob, kBob, 0600).kernelSays(EACCES));
    EXPECT_EQ(firstCause(d), "owned-by-another-user");
}

TEST(Rules, ShellQuotingSurvivesHostileNames) {
    const wd::Diagnosis d = judged(FactsBuilder(Operation::Write).dir("home", 0, 0, 0755).file("it's $(rm -rf ~) `x`\n.csv", kAna, kAna, 0444).kernelSays(EACCES));
    const std::string cmd = first(d).fixes.at(0).command();
    // The newline is a control byte: bash's $'…', with it escaped inside, so the line is safe to show.
    EXPECT_EQ(cmd, "chmod u+w -- $'/home/it\\'s $(rm -rf ~) `x`\\n.csv'");
}

// --- The registry: every rule emits exactly the cause id of its row ---

wd::Facts withContext(wd::Facts f, const std::string& program, const std::string& message) {
    f.context.present = true;
    f.context.program = program;
    f.context.message = message;
    return f;
}

wd::Holder holder(int pid, const std::string& name, uint32_t how) {
    wd::Holder h;
    h.pid = pid;
    h.name = name;
    h.user = "bob";
    h.uid = kBob;
    h.uidKnown = true;
    h.how = how;
    return h;
}

// Causes the kCases above leave out, and the macOS and Windows branches, each built to make one
// rule speak. Every rule then runs over all of them (and over kCases), so a rule that emits another
// id anywhere, or a registry row that names the wrong rule, fails the test below.
std::vector<RuleCase> registryCases() {
    std::vector<RuleCase> all(std::begin(kCases), std::end(kCases));
    const auto add = [&](const char* name, std::function<wd::Facts()> facts, const char* cause) {
        all.push_back({name, std::move(facts), cause});
    };
    // Linux
    add("symlink-loop", [] { return FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).file("loop", kAna, kAna, 0777).kernelSays(ELOOP); },
        "symlink-loop");
    add("held-busy", [] {
        wd::Facts f = FactsBuilder(Operation::Delete).dir("mnt", 0, 0, 0755).dir("usb", kAna, kAna, 0755).kernelSays(EBUSY);
        f.holdersScanned = true;
        f.holders = {holder(4711, "bash", wd::HoldCwd)};
        return f;
    }, "file-locked-by-process");
    add("apparmor-no-record", [] {
        wd::Facts f = FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).file("a", 0, 0, 0644).kernelSays(EACCES);
        f.modules.apparmorEnabled = 1;
        return f;
    }, "apparmor-denial");
    add("snap-process", [] {
        wd::Facts f = FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).file("a", kAna, kAna, 0644).kernelSays(0);
        f.subject.kind = wd::Subject::Kind::Process;
        f.subject.description = "process 42 firefox (ana)";
        f.sandbox.known = true;
        f.sandbox.snap = "firefox";
        return f;
    }, "sandbox-confinement");
    add("container-namespace", [] {
        wd::Facts f = FactsBuilder(Operation::Create, 4242, 4242).dir("srv", 0, 0, 0755).dir("data", 4343, 4343, 0755)
                          .missing("new.txt").kernelSays(EACCES);
        f.subject.kind = wd::Subject::Kind::Process;
        f.subject.otherUserNamespace = true;
        f.subject.uidMap = wd::parseIdMap("0 4242 1\n");
        return f;
    }, "container-uid-mismatch");
    add("container-root-owned-on-host", [] {
        return withContext(FactsBuilder(Operation::Write).dir("data", kAna, kAna, 0755).file("out.csv", 0, 0, 0644).kernelSays(EACCES),
                           "docker", "$ docker compose run app\nPermissionError: [Errno 13] Permission denied");
    }, "container-uid-mismatch");
    add("docker-socket", [] {
        return FactsBuilder(Operation::Connect).dir("run", 0, 0, 0755).file("docker.sock", 0, 4600, 0660).kernelSays(EACCES);
    }, "docker-socket-access");
    add("pip-into-system", [] {
        return withContext(FactsBuilder(Operation::Create).dir("usr", 0, 0, 0755).dir("lib", 0, 0, 0755).dir("python3", 0, 0, 0755)
                               .missing("six.py").kernelSays(EACCES),
                           "pip", "ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied");
    }, "package-manager-global-install");
    add("git-objects-of-root", [] {
        wd::Facts f = FactsBuilder(Operation::Create).dir("repo", kAna, kAna, 0755).dir(".git", kAna, kAna, 0755)
                          .dir("objects", 0, 0, 0755).missing("ab").kernelSays(EACCES);
        f.foreignScanDone = true;
        f.foreignOwnedCount = 3;
        return f;
    }, "git-foreign-owned-objects");
    add("nginx-page", [] {
        return withContext(FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).file("index.html", kAna, kAna, 0640).kernelSays(0),
                           "nginx", "open() \"/srv/index.html\" failed (13: Permission denied), server: nginx");
    }, "web-server-user");
    add("allowed-now", [] {
        return withContext(FactsBuilder(Operation::Write).dir("home", 0, 0, 0755).file("out.txt", kAna, kAna, 0644).kernelSays(0),
                           "python", "PermissionError: [Errno 13] Permission denied: '/home/out.txt'");
    }, "error-from-elsewhere");
    add("sshd-strict-modes", [] {
        return withContext(FactsBuilder(Operation::Read).dir("home", 0, 0, 0755).dir("ana", kAna, kAna, 0755)
                               .dir(".ssh", kAna, kAna, 0775).kernelSays(0),
                           "sshd", "Authentication refused: bad ownership or modes for directory /home/ana/.ssh");
    }, "ssh-strict-modes");
    add("git-dubious", [] {
        return withContext(FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).dir("repo", kBob, kBob, 0755).kernelSays(0),
                           "git", "fatal: detected dubious ownership in repository at '/srv/repo'");
    }, "git-dubious-ownership");
    add("ssh-key-open", [] {
        return FactsBuilder(Operation::Read).dir("home", 0, 0, 0755).dir(".ssh", kAna, kAna, 0700).file("id_rsa", kAna, kAna, 0644).kernelSays(0);
    }, "ssh-key-too-open");
    // macOS
    using mactest::MacFacts;
    add("mac-uchg", [] { return MacFacts(Operation::Write).dirs("Users/ana/Projects").file("keep.db").flags(wd::mac::kUfImmutable).kernelSays(EPERM); },
        "immutable-attribute");
    add("mac-uappnd", [] { return MacFacts(Operation::Write).dirs("Users/ana/logs").file("app.log").flags(wd::mac::kUfAppend).kernelSays(EPERM); },
        "append-only-attribute");
    add("mac-acl-deny", [] {
        return MacFacts(Operation::Write).dirs("Users/ana/Projects").file("report.txt")
            .ace(false, false, "ana", wd::mac::kAclWriteData).kernelSays(EACCES);
    }, "acl-denies");
    add("mac-tcc", [] { return MacFacts(Operation::Read).dirs("Users/ana/Desktop").file("notes.txt").tcc(0, "Terminal").kernelSays(EPERM); },
        "mac-policy");
    add("mac-quarantine", [] {
        return MacFacts(Operation::Execute).dirs("Users/ana/Downloads").file("tool", mactest::kAna, 0755)
            .quarantine("0081;65f1a2b3;Safari;").kernelSays(EPERM);
    }, "quarantine-attribute");
    // Windows
    add("win-deny-ace", [] {
        wd::Facts f = wintest::accessDenied(Operation::Write);
        wintest::target(f).win.dacl.insert(wintest::target(f).win.dacl.begin(),
                                           wintest::ace(false, wintest::kUsers, "BUILTIN\\Users", wintest::kWriteData));
        return f;
    }, "acl-denies");
    add("win-other-owner", [] {
        wd::Facts f = wintest::accessDenied(Operation::Write);
        wintest::target(f).win.ownerSid = wintest::kBob;
        wintest::target(f).win.dacl = {wintest::ace(true, wintest::kBob, "PC\\bob", wintest::kFull),
                                       wintest::ace(true, wintest::kUsers, "BUILTIN\\Users", wintest::kReadExec)};
        return f;
    }, "owned-by-another-user");
    add("win-folder-as-file", [] { return wintest::accessDenied(Operation::Write, wd::NodeType::Directory); }, "is-a-directory");
    add("win-controlled-folder", [] {
        wd::Facts f = wintest::accessDenied(Operation::Write);
        f.lsm.controlledFolderAccess = 1;
        f.lsm.protectedFolders = {"C:\\Users\\ana"};
        return f;
    }, "mac-policy");
    add("win-sharing-violation", [] { return wintest::winFacts(Operation::Write, 32, EBUSY); }, "file-locked-by-process");
    add("win-readonly", [] {
        wd::Facts f = wintest::accessDenied(Operation::Write);
        wintest::target(f).win.readOnly = true;
        return f;
    }, "readonly-attribute");
    add("win-filtered-admin", [] {
        wd::Facts f = wintest::accessDenied(Operation::Write);
        f.identity.win.groups.push_back({wintest::kAdmins, "BUILTIN\\Administrators", false, true});
        f.identity.win.elevationType = 3;
        wintest::target(f).win.ownerSid = "S-1-5-18";
        wintest::target(f).win.dacl = {wintest::ace(true, wintest::kAdmins, "BUILTIN\\Administrators", wintest::kFull),
                                       wintest::ace(true, wintest::kUsers, "BUILTIN\\Users", wintest::kReadExec)};
        return f;
    }, "elevation-required");
    add("win-cloud", [] {
        wd::Facts f = wintest::winFacts(Operation::Read, 362, EACCES);
        wintest::target(f).win.recallOnDataAccess = true;
        return f;
    }, "cloud-placeholder");
    return all;
}

TEST(RuleRegistry, CauseIdsAreUniqueAndEachHasItsFile) {
    std::set<std::string> seen;
    for (const wd::Rule& r : wd::allRules()) {
        EXPECT_TRUE(seen.insert(r.cause).second) << "two registry rows for " << r.cause;
        const std::filesystem::path file =
            std::filesystem::path(WD_LSM_DATA_DIR) / "../../../core/src/rules" / (std::string(r.cause) + ".cpp");
        EXPECT_TRUE(std::filesystem::exists(file)) << r.cause << ": no " << file;
    }
    EXPECT_GE(seen.size(), 30u);
}

TEST(RuleRegistry, EveryRuleEmitsExactlyItsOwnCauseId) {
    const std::vector<RuleCase> cases = registryCases();
    std::map<std::string, int> spoke;  // cause id -> scenarios in which its rule found something
    for (const RuleCase& c : cases) {
        const wd::Facts facts = c.facts();
        bool expectedSpoke = false;
        for (const wd::Rule& r : wd::allRules()) {
            const auto finding = r.apply(facts);
            if (!finding) continue;
            EXPECT_EQ(finding->cause, r.cause) << "scenario " << c.name << ": the rule registered as " << r.cause;
            ++spoke[r.cause];
            expectedSpoke = expectedSpoke || std::string(r.cause) == c.cause;
        }
        // unexplained-denial is diagnose()'s fallback, not a registry row: no rule speaks for it.
        const bool fallback = std::string(c.cause) == "unexplained-denial";
        EXPECT_TRUE(expectedSpoke || fallback) << "scenario " << c.name << " does not make " << c.cause << " speak";
    }
    for (const wd::Rule& r : wd::allRules()) EXPECT_GT(spoke[r.cause], 0) << "no scenario makes " << r.cause << " speak";
}

// The advice table (text-only know-how) is the second table: the same promise, checked the same way.
TEST(AdviceTable, EveryEntryEmitsExactlyItsOwnIdAndIdsAreUnique) {
    std::set<std::string> ids;
    for (const wd::AdviceEntry& e : wd::allAdvice()) EXPECT_TRUE(ids.insert(e.id).second) << "two entries for " << e.id;
    const char* texts[] = {
        "git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.",
        "fatal: detected dubious ownership in repository at '/srv/repo'",
        "PermissionError: [WinError 32] The process cannot access the file because it is being used by another "
        "process: 'C:\\\\Users\\\\ana\\\\Documents\\\\report.xlsx'",
        "PermissionError: [Errno 13] Permission denied: 'C:\\\\Users\\\\ana\\\\exports'",
        "PermissionError: [WinError 5] Access is denied: 'C:\\\\Users\\\\ana\\\\Documents\\\\a.txt'",
    };
    std::map<std::string, int> spoke;
    for (const char* text : texts) {
        const auto requests = wd::parseErrorText(text);
        ASSERT_FALSE(requests.empty()) << text;
        const wd::ErrorContext c = wd::errorContextFor(requests.front(), text);
        const wd::AdviceInput in{requests.front(), c.message.empty() ? std::string_view(text) : std::string_view(c.message),
                                 requests.front().path.value_or(std::string())};
        for (const wd::AdviceEntry& e : wd::allAdvice()) {
            const auto f = e.advise(in);
            if (!f) continue;
            EXPECT_EQ(f->cause, e.id) << text;
            ++spoke[e.id];
        }
    }
    for (const wd::AdviceEntry& e : wd::allAdvice()) EXPECT_GT(spoke[e.id], 0) << "no text makes " << e.id << " speak";
}

}  // namespace
