// SPDX-License-Identifier: GPL-3.0-or-later
// The system's own audit trail, read when no trail was given: journald through journalctl (a stand-in
// program here that prints a recorded export and keeps its arguments, since this machine has no
// journal), audit.log when readable, the kernel's ring buffer; what cannot be read is said. And a real
// Landlock sandbox whose refusal the system journal proves.
#include "as_user.h"
#include "lsm_fixtures.h"
#include "sandboxed_process.h"
#include "scenario.h"

#include "whydenied/diagnose.h"
#include "whydenied/lsm.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <sys/klog.h>
#include <sys/stat.h>

using wdtest::SandboxedProcess;
using wdtest::TempTree;

namespace {

std::string fixture(const std::string& name) { return wdtest::lsmFixture(name); }

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void spit(const std::string& path, const std::string& text, mode_t mode = 0644) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    chmod(path.c_str(), mode);
}

// A journalctl that keeps its arguments in `args` and prints `out` (and `err` on standard error).
std::string fakeJournalctl(TempTree& t, const std::string& out, const std::string& err = {}) {
    const std::string dir = t.path();
    spit(dir + "/journal.out", out);
    spit(dir + "/journal.err", err);
    const std::string prog = dir + "/journalctl";
    spit(prog,
         "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + dir + "/args'\ncat '" + dir + "/journal.out'\ncat '" + dir +
             "/journal.err' >&2\n",
         0755);
    return prog;
}

std::string messages(const std::vector<wd::Message>& ms) {
    std::string all;
    for (const auto& m : ms) all += m.english() + "\n";
    return all;
}

std::string evidence(const wd::Finding& f, const std::string& key) { return wdtest::evidenceOf(f, key); }

wd::SystemTrailSources only() {
    wd::SystemTrailSources s;
    s.journalctl.clear();
    s.auditLog.clear();
    s.kernelRing = false;
    return s;
}

}  // namespace

TEST(SystemTrail, JournaldIsAskedForTheAuditAndKernelRecordsAroundTheError) {
    TempTree t;
    auto from = only();
    from.journalctl = fakeJournalctl(t, fixture("selinux-httpd-homedirs.journal.export"));
    const wd::SystemTrail trail = wd::readSystemTrail(from, 1764674402.0);
    ASSERT_EQ(trail.read, std::vector<std::string>{"journald"});
    ASSERT_FALSE(trail.denials.empty());
    for (const auto& d : trail.denials) EXPECT_EQ(d.source, "journald");
    const std::string args = slurp(t.path() + "/args");
    EXPECT_NE(args.find("-o\nexport\n"), std::string::npos) << args;
    EXPECT_NE(args.find("--since\n@1764670802\n"), std::string::npos) << "an hour before the error: " << args;
    EXPECT_NE(args.find("--until\n@1764674462\n"), std::string::npos) << "a minute after it: " << args;
    EXPECT_NE(args.find("_TRANSPORT=audit\n+\n_TRANSPORT=kernel\n"), std::string::npos) << args;
    EXPECT_TRUE(trail.unread.empty()) << messages(trail.unread);
}

TEST(SystemTrail, AJournalShowingOnlyTheUsersOwnEntriesIsSaid) {
    TempTree t;
    auto from = only();
    from.journalctl = fakeJournalctl(t, "", "Hint: You are currently not seeing messages from other users and the system.\n"
                                            "      Users in groups 'adm', 'systemd-journal' can see all messages.\n");
    const wd::SystemTrail trail = wd::readSystemTrail(from, 0);
    EXPECT_TRUE(trail.denials.empty());
    EXPECT_TRUE(trail.read.empty());
    const std::string said = messages(trail.unread);
    EXPECT_NE(said.find("systemd-journal"), std::string::npos) << said;
    EXPECT_NE(said.find("sudo journalctl -o export"), std::string::npos) << "how to read them: " << said;
}

TEST(SystemTrail, NoJournalctlIsNoSourceAndNoComplaint) {
    auto from = only();
    from.journalctl = "/nonexistent/journalctl";
    const wd::SystemTrail trail = wd::readSystemTrail(from, 0);
    EXPECT_TRUE(trail.read.empty());
    EXPECT_TRUE(trail.unread.empty()) << messages(trail.unread);
}

TEST(SystemTrail, AuditLogIsReadWhenReadableAndNamedWhenNot) {
    TempTree t;
    const std::string log = t.path() + "/audit.log";
    spit(log, fixture("selinux-httpd-user-home.audit.log"), 0644);
    auto from = only();
    from.auditLog = log;
    const wd::SystemTrail trail = wd::readSystemTrail(from, 0);
    ASSERT_EQ(trail.read, std::vector<std::string>{log});
    ASSERT_FALSE(trail.denials.empty());
    EXPECT_EQ(trail.denials.front().source, log);
    EXPECT_EQ(trail.denials.front().module, "selinux");

    // auditd's own mode: root's alone. A person is told it is there and how to read it.
    if (!wdtest::isRoot()) GTEST_SKIP() << "a root-only audit.log needs root to make";
    chmod(log.c_str(), 0600);
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        const wd::SystemTrail mine = wd::readSystemTrail(from, 0);
        return std::to_string(mine.read.size()) + " " + std::to_string(mine.denials.size()) + "\n" + messages(mine.unread);
    });
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.output.substr(0, 4), "0 0\n") << r.output;
    EXPECT_NE(r.output.find(log + " is readable only by root"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("sudo ausearch"), std::string::npos) << r.output;
}

TEST(SystemTrail, ABigAuditLogIsReadFromItsEnd) {
    TempTree t;
    const std::string log = t.path() + "/audit.log";
    std::string text;
    const std::string filler = "type=DAEMON_START msg=audit(1764670000.000:1): op=start ver=3.0.9 format=enriched res=success\n";
    while (text.size() < (9U << 20)) text += filler;
    text += fixture("selinux-httpd-user-home.audit.log");
    spit(log, text);
    auto from = only();
    from.auditLog = log;
    const wd::SystemTrail trail = wd::readSystemTrail(from, 0);
    ASSERT_FALSE(trail.denials.empty()) << "the newest records are at the end";
    EXPECT_EQ(trail.denials.front().module, "selinux");
}

TEST(SystemTrail, TheKernelRingBufferWhenThereIsNoJournal) {
    auto from = only();
    from.kernelRing = true;
    if (klogctl(10, nullptr, 0) <= 0) GTEST_SKIP() << "no kernel ring buffer to read here";
    char probe[1];
    if (klogctl(3, probe, 1) < 0) GTEST_SKIP() << "this process may not read the kernel log";
    EXPECT_EQ(wd::readSystemTrail(from, 0).read, std::vector<std::string>{"kernel log"});
    if (!wdtest::isRoot() || slurp("/proc/sys/kernel/dmesg_restrict").rfind('1', 0) != 0)
        GTEST_SKIP() << "dmesg_restrict is off: everyone may read it";
    const auto r = wdtest::runAs(wdtest::testUser(), [&] { return messages(wd::readSystemTrail(from, 0).unread); });
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_NE(r.output.find("dmesg_restrict"), std::string::npos) << r.output;
}

// The Landlock sandbox of lsm_test.cpp, with the kernel's record of the refusal in the system journal
// (as a kernel with audit on writes it): "denied", on that record's word, and where it was read.
TEST(SystemTrail, ARecordInTheSystemJournalProvesASandboxedRefusal) {
    TempTree t;
    const std::string file = t.file("data.txt", 0644, 0, 0);
    const SandboxedProcess p(SandboxedProcess::Kind::Landlock, file);
    if (p.triedErrno() == SandboxedProcess::kNoLandlock) GTEST_SKIP() << "this kernel has no Landlock";
    ASSERT_EQ(p.triedErrno(), EACCES);
    const std::string entry = "__CURSOR=s=1;i=1\n__REALTIME_TIMESTAMP=1764676200268000\n_TRANSPORT=audit\n_AUDIT_TYPE=1423\n"
                              "_AUDIT_TYPE_NAME=LANDLOCK_ACCESS\n_AUDIT_ID=31\n_SOURCE_REALTIME_TIMESTAMP=1764676200268000\n"
                              "MESSAGE=LANDLOCK_ACCESS domain=1a6fdc66f blockers=fs.read_file path=\"" +
                              file + "\" dev=\"tmpfs\" ino=1\n\n";
    wd::DiagnoseRequest req;
    req.path = file;
    req.op = wd::Operation::Read;
    req.subject = "pid:" + std::to_string(p.pid());
    req.systemAudit = only();
    req.systemAudit.journalctl = fakeJournalctl(t, entry);
    const wd::Diagnosis d = wd::diagnose(req);
    EXPECT_EQ(d.verdict, wd::Verdict::Denied);
    EXPECT_TRUE(d.verdictFromAuditLog);
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings.front().cause, "sandbox-confinement");
    EXPECT_EQ(evidence(d.findings.front(), "module"), "landlock");
    EXPECT_EQ(evidence(d.findings.front(), "audit_source"), "journald");

    // Not read when the request says so: the verdict falls back to "unknown", never "allowed".
    req.readSystemAudit = false;
    const wd::Diagnosis off = wd::diagnose(req);
    EXPECT_EQ(off.verdict, wd::Verdict::Unknown);
    EXPECT_FALSE(off.verdictFromAuditLog);
}

// A sandboxed subject whose records the caller may not read: the diagnosis says what it could not see.
TEST(SystemTrail, AnUnreadableTrailIsNamedForASandboxedSubject) {
    TempTree t;
    const std::string file = t.file("data.txt", 0644, 0, 0);
    const SandboxedProcess p(SandboxedProcess::Kind::Landlock, file);
    if (p.triedErrno() == SandboxedProcess::kNoLandlock) GTEST_SKIP() << "this kernel has no Landlock";
    wd::DiagnoseRequest req;
    req.path = file;
    req.op = wd::Operation::Read;
    req.subject = "pid:" + std::to_string(p.pid());
    req.systemAudit = only();
    req.systemAudit.journalctl =
        fakeJournalctl(t, "", "Hint: You are currently not seeing messages from other users and the system.\n");
    const wd::Diagnosis d = wd::diagnose(req);
    EXPECT_EQ(d.verdict, wd::Verdict::Unknown);
    EXPECT_NE(messages(d.facts.notes).find("systemd-journal"), std::string::npos) << messages(d.facts.notes);
}
