// SPDX-License-Identifier: GPL-3.0-or-later
// Subjects: parsing, id maps, systemd's answer, the computed verdict's capability rules, and real
// processes as subjects (another uid with extra groups; a user namespace).
#include "scenario.h"
#include "synthetic.h"
#include "userns_process.h"
#include "whydenied/subject.h"

#include <gtest/gtest.h>

#include <thread>

using wd::Operation;
using wd::Subject;
using wdtest::FactsBuilder;
using wdtest::TempTree;

namespace {

TEST(Subject, ParsesEveryForm) {
    wd::Message err;
    EXPECT_TRUE(wd::parseSubject("", &err)->isMe());
    EXPECT_TRUE(wd::parseSubject("me", &err)->isMe());
    auto u = wd::parseSubject("www-data", &err);
    ASSERT_TRUE(u);
    EXPECT_EQ(u->kind, Subject::Kind::User);
    EXPECT_EQ(u->name, "www-data");
    auto id = wd::parseSubject("uid:33", &err);
    ASSERT_TRUE(id);
    EXPECT_EQ(id->uid, 33u);
    auto p = wd::parseSubject("pid:1234", &err);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->pid, 1234);
    auto s = wd::parseSubject("service:nginx", &err);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->kind, Subject::Kind::Service);
    for (const char* bad : {"uid:", "uid:x", "pid:0", "pid:-3", "group:staff", "a b", "service:", "$(id)", "x/y"}) {
        err = {};
        EXPECT_FALSE(wd::parseSubject(bad, &err)) << bad;
        EXPECT_FALSE(err.empty()) << bad;
    }
}

TEST(Subject, IdMaps) {
    const auto m = wd::parseIdMap("         0       1000          1\n         1     100000      65536\n");
    ASSERT_EQ(m.size(), 2u);
    EXPECT_EQ(wd::mapToInside(m, 1000), 0u);
    EXPECT_EQ(wd::mapToInside(m, 100005), 6u);
    EXPECT_FALSE(wd::mapToInside(m, 0));
    EXPECT_FALSE(wd::isIdentityMap(m));
    EXPECT_TRUE(wd::isIdentityMap(wd::parseIdMap("0 0 4294967295\n")));
}

TEST(Subject, ReadsSystemctlShow) {
    const auto s = wd::parseSystemctlShow(
        "LoadState=loaded\nUser=www-data\nGroup=www-data\nSupplementaryGroups=ssl-cert video\nDynamicUser=no\nMainPID=0\n");
    EXPECT_TRUE(s.loaded);
    EXPECT_EQ(s.user, "www-data");
    EXPECT_EQ(s.supplementaryGroups, (std::vector<std::string>{"ssl-cert", "video"}));
    EXPECT_FALSE(s.dynamicUser);
    EXPECT_EQ(s.mainPid, 0);
    EXPECT_EQ(wd::parseSystemctlShow("LoadState=not-found\nMainPID=77\n").mainPid, 77);
    EXPECT_FALSE(wd::parseSystemctlShow("LoadState=not-found\n").loaded);
}

// --- computed verdicts over synthetic facts: what the kernel's generic_permission() would say ---

std::string computed(wd::Facts f) {
    wd::computeVerdict(f);
    if (!f.verdict.asked) return "unknown";
    return f.verdict.err ? wd::errnoName(f.verdict.err) : "ok";
}

constexpr uint64_t kRootCaps = (uint64_t{1} << 41) - 1;

TEST(ComputedVerdict, CapabilitiesAsTheKernelAppliesThem) {
    // Root reads and writes a 0000 file, but cannot execute a file without any x bit.
    EXPECT_EQ(computed(FactsBuilder(Operation::Write, 0, 0).caps(kRootCaps).dir("srv", 0, 0, 0700).file("f", 33, 33, 0000).kernelSays(0)), "ok");
    EXPECT_EQ(computed(FactsBuilder(Operation::Execute, 0, 0).caps(kRootCaps).dir("srv", 0, 0, 0755).file("f", 33, 33, 0644).kernelSays(0)), "EACCES");
    EXPECT_EQ(computed(FactsBuilder(Operation::Execute, 0, 0).caps(kRootCaps).dir("srv", 0, 0, 0755).file("f", 33, 33, 0700).kernelSays(0)), "ok");
    // CAP_DAC_READ_SEARCH alone: read and search, not write.
    EXPECT_EQ(computed(FactsBuilder(Operation::Read, 1000).caps(1ULL << 2).dir("srv", 0, 0, 0700).file("f", 0, 0, 0600).kernelSays(0)), "ok");
    EXPECT_EQ(computed(FactsBuilder(Operation::Write, 1000).caps(1ULL << 2).dir("srv", 0, 0, 0755).file("f", 0, 0, 0600).kernelSays(0)), "EACCES");
    // Even root meets the immutable flag and a read-only mount.
    EXPECT_EQ(computed(FactsBuilder(Operation::Write, 0, 0).caps(kRootCaps).dir("etc", 0, 0, 0755).file("f", 0, 0, 0644).immutable().kernelSays(0)), "EPERM");
    EXPECT_EQ(computed(FactsBuilder(Operation::Write, 0, 0).caps(kRootCaps).dir("m", 0, 0, 0755).mount("vfat", "ro", true).file("f", 0, 0, 0644).kernelSays(0)), "EROFS");
}

TEST(ComputedVerdict, WhatCouldNotBeInspectedIsUnknownNeverFine) {
    auto b = FactsBuilder(Operation::Read, 33, 33).dir("home", 0, 0, 0755).dir("ana", 1000, 1000, 0755);
    wd::Facts f = b.file("photo.jpg", 1000, 1000, 0644).kernelSays(0);
    f.chain[2].statErrno = EACCES;  // the probe itself could not look inside
    EXPECT_EQ(computed(f), "unknown");
}

TEST(ComputedVerdict, ServerDecidesOnNetworkMounts) {
    EXPECT_EQ(computed(FactsBuilder(Operation::Write).dir("net", 0, 0, 0755).mount("nfs4", "rw").file("s", 1000, 1000, 0666).kernelSays(0)), "unknown");
}

TEST(ComputedVerdict, ContainerUidMismatchRule) {
    wd::Facts f = FactsBuilder(Operation::Create, 4242, 4242).dir("srv", 0, 0, 0755).dir("data", 4343, 4343, 0755).missing("new.txt").kernelSays(EACCES);
    f.subject.kind = Subject::Kind::Process;
    f.subject.otherUserNamespace = true;
    f.subject.uidMap = wd::parseIdMap("0 4242 1\n");
    const wd::Diagnosis d = wdtest::judged(f);
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings.at(0).cause, "container-uid-mismatch");
}

// --- real processes as subjects ---

// A child of another uid with an extra group, holding still: diagnosing --as pid:N reads its real
// credentials from /proc and the verdict follows them.
TEST(SubjectProcess, UsesTheProcessCredentials) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "spawning a process of another uid needs root";
    TempTree t;
    t.file("team.csv", 0640, 4343, 4500);
    int ready[2];
    ASSERT_EQ(pipe(ready), 0);
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        const gid_t groups[] = {4500};
        if (setgroups(1, groups) != 0 || setresgid(4242, 4242, 4242) != 0 || setresuid(4242, 4242, 4242) != 0) _exit(3);
        (void)!write(ready[1], "x", 1);
        pause();
        _exit(0);
    }
    char c;
    ASSERT_EQ(read(ready[0], &c, 1), 1);
    for (bool kernel : {true, false}) {
        wd::DiagnoseRequest req;
        req.path = t / "team.csv";
        req.op = Operation::Read;
        req.subject = "pid:" + std::to_string(pid);
        req.allowSwitch = kernel;
        const wd::Diagnosis d = wd::diagnose(req);
        EXPECT_TRUE(d.error.empty()) << d.error;
        EXPECT_EQ(d.facts.identity.euid, 4242u);
        EXPECT_TRUE(d.facts.identity.inGroup(4500));
        EXPECT_EQ(d.verdict, wd::Verdict::Allowed) << (kernel ? "kernel" : "computed");
        EXPECT_EQ(d.facts.verdictSource, kernel ? wd::VerdictSource::Kernel : wd::VerdictSource::Computed);
        req.op = Operation::Write;
        const wd::Diagnosis w = wd::diagnose(req);
        EXPECT_EQ(w.verdict, wd::Verdict::Denied);
        ASSERT_FALSE(w.findings.empty());
        EXPECT_EQ(w.findings.at(0).cause, "group-lacks-permission");
    }
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
}

// A process in its own user namespace (a rootless container's view): root inside is host uid 4242.
// A folder owned by host uid 4343 is owned by "nobody" inside.
TEST(SubjectProcess, ContainerUidMismatchInAUserNamespace) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "needs root to start a process as uid 4242";
    TempTree t;
    t.dir("volume", 0755, 4343, 4343);
    const wdtest::UsernsProcess container;
    if (!container.started()) GTEST_SKIP() << "user namespaces are not available here";
    wd::DiagnoseRequest req;
    req.path = t / "volume/out.txt";
    req.op = Operation::Create;
    req.subject = "pid:" + std::to_string(container.pid());
    const wd::Diagnosis d = wd::diagnose(req);
    EXPECT_TRUE(d.facts.subject.otherUserNamespace);
    EXPECT_EQ(d.verdict, wd::Verdict::Denied);
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings.at(0).cause, "container-uid-mismatch");
}

TEST(SubjectErrors, UnknownUserAndVanishedProcessAreClearErrors) {
    wd::DiagnoseRequest req;
    req.path = "/tmp";
    req.subject = "no-such-user-wd";
    EXPECT_NE(wd::diagnose(req).error.find("no user named"), std::string::npos);
    req.subject = "pid:4194000";
    EXPECT_NE(wd::diagnose(req).error.find("no process"), std::string::npos);
    req.subject = "bogus:1";
    EXPECT_FALSE(wd::diagnose(req).error.empty());
}

}  // namespace
