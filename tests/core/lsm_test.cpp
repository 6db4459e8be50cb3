// SPDX-License-Identifier: GPL-3.0-or-later
// Security modules and sandboxes: a real Landlock sandbox must never be called "allowed", recorded
// audit trails parse into the records they hold, and each rule branch over synthetic facts.
#include "lsm_fixtures.h"
#include "sandboxed_process.h"
#include "scenario.h"
#include "synthetic.h"

#include "whydenied/lsm.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using wd::AuditDenial;
using wd::Operation;
using wd::Subject;
using wdtest::FactsBuilder;
using wdtest::firstCause;
using wdtest::judged;
using wdtest::SandboxedProcess;
using wdtest::TempTree;

namespace {

std::string fixture(const std::string& name) { return wdtest::lsmFixture(name); }

std::string evidence(const wd::Finding& f, const std::string& key) { return wdtest::evidenceOf(f, key); }

bool hasCause(const wd::Diagnosis& d, const std::string& cause) {
    return std::any_of(d.findings.begin(), d.findings.end(), [&](const wd::Finding& f) { return f.cause == cause; });
}

// --- the Landlock false green, with a real sandbox ---

// A process confined by Landlock to /usr, /lib, /etc, /proc and /dev cannot read a world-readable
// file in /tmp. The check made for it outside its sandbox allows the read; the diagnosis must not.
TEST(LsmSandbox, LandlockedProcessIsNeverAllowed) {
    TempTree t;
    const std::string file = t.file("data.txt", 0644, 0, 0);
    const SandboxedProcess p(SandboxedProcess::Kind::Landlock, file);
    if (p.triedErrno() == SandboxedProcess::kNoLandlock) GTEST_SKIP() << "this kernel has no Landlock";
    ASSERT_GT(p.pid(), 0);
    ASSERT_EQ(p.triedErrno(), EACCES) << "the sandbox did not bite: the scenario is not what it claims";
    for (bool kernel : {true, false}) {
        wd::DiagnoseRequest req;
        req.path = file;
        req.op = Operation::Read;
        req.subject = "pid:" + std::to_string(p.pid());
        req.allowSwitch = kernel;
        const wd::Diagnosis d = wd::diagnose(req);
        ASSERT_TRUE(d.error.empty()) << d.error;
        EXPECT_TRUE(d.facts.sandbox.known);
        EXPECT_TRUE(d.facts.sandbox.noNewPrivs);
        EXPECT_FALSE(d.facts.sandbox.landlockField) << "a kernel now shows Landlock domains: read them";
        EXPECT_EQ(d.verdict, wd::Verdict::Unknown) << (kernel ? "kernel" : "computed");
        ASSERT_FALSE(d.findings.empty());
        EXPECT_EQ(d.findings.front().cause, "sandbox-confinement");
        EXPECT_FALSE(hasCause(d, "error-from-elsewhere"));
    }
}

// The same sandbox with the audit record that proves the refusal: "denied", on the record's word.
TEST(LsmSandbox, AnAuditRecordTurnsUnknownIntoDenied) {
    TempTree t;
    const std::string file = t.file("data.txt", 0644, 0, 0);
    const SandboxedProcess p(SandboxedProcess::Kind::Landlock, file);
    if (p.triedErrno() == SandboxedProcess::kNoLandlock) GTEST_SKIP() << "this kernel has no Landlock";
    ASSERT_EQ(p.triedErrno(), EACCES);
    wd::DiagnoseRequest req;
    req.path = file;
    req.subject = "pid:" + std::to_string(p.pid());
    req.auditLog = "type=LANDLOCK_ACCESS msg=audit(1764676200.268:31): domain=1a6fdc66f blockers=fs.read_file path=\"" +
                   file + "\" dev=\"tmpfs\" ino=1\n";
    const wd::Diagnosis d = wd::diagnose(req);
    EXPECT_EQ(d.verdict, wd::Verdict::Denied);
    EXPECT_TRUE(d.verdictFromAuditLog);
    EXPECT_EQ(d.errnoName, "EACCES");
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings.front().cause, "sandbox-confinement");
    EXPECT_EQ(evidence(d.findings.front(), "module"), "landlock");
    EXPECT_EQ(evidence(d.findings.front(), "audit_serial"), "1764676200.268:31");
}

// Seccomp alone (most systemd services) filters system calls, not files: a note, and the verdict stands.
TEST(LsmSandbox, SeccompAloneIsANoteNotUnknown) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "a seccomp filter without no_new_privs needs root";
    TempTree t;
    const std::string file = t.file("data.txt", 0644, 0, 0);
    const SandboxedProcess p(SandboxedProcess::Kind::SeccompOnly, file);
    ASSERT_EQ(p.triedErrno(), 0);
    wd::DiagnoseRequest req;
    req.path = file;
    req.op = wd::Operation::Read;  // what the process tried, and was allowed
    req.subject = "pid:" + std::to_string(p.pid());
    const wd::Diagnosis d = wd::diagnose(req);
    EXPECT_EQ(d.facts.sandbox.seccomp, 2);
    EXPECT_FALSE(d.facts.sandbox.noNewPrivs);
    EXPECT_EQ(d.verdict, wd::Verdict::Allowed);
    EXPECT_FALSE(hasCause(d, "sandbox-confinement"));
    EXPECT_TRUE(std::any_of(d.facts.notes.begin(), d.facts.notes.end(),
                            [](const wd::Message& n) { return n.english().find("seccomp") != std::string::npos; }));
}

// No security module is active here: nothing may claim that a policy was asked and allowed it.
TEST(LsmModules, InactiveModulesAreNotAnAnswer) {
    TempTree t;
    wd::DiagnoseRequest req;
    req.path = t.file("a.txt", 0644, 0, 0);
    const wd::Diagnosis d = wd::diagnose(req);
    if (d.facts.modules.selinuxEnforce >= 0 || d.facts.modules.apparmorEnabled == 1)
        GTEST_SKIP() << "a security module is active here";
    EXPECT_EQ(d.facts.modules.policyAllows, -1);
    EXPECT_EQ(d.facts.modules.policyQuery.rfind("not asked", 0), 0u) << d.facts.modules.policyQuery;
    EXPECT_TRUE(d.facts.modules.fileLabel.empty());
    EXPECT_FALSE(d.facts.sandbox.known) << "the caller's own check carries its own sandbox";
}

// --- audit trails ---

TEST(AuditTrail, AuditLogGroupsTheRecordsOfOneEvent) {
    const auto all = wd::parseAuditTrail(fixture("selinux-httpd-user-home.audit.log"));
    ASSERT_EQ(all.size(), 2u);
    const AuditDenial& d = all[0];
    EXPECT_EQ(d.module, "selinux");
    EXPECT_EQ(d.serial, "1764672764.339:4598");
    EXPECT_EQ(d.path, "/var/www/html/uploads/photo.jpg") << "the PATH record completes the AVC's name=";
    EXPECT_EQ(d.name, "photo.jpg");
    EXPECT_EQ(d.ino, 1183524u);
    EXPECT_EQ(d.pid, 2465);
    EXPECT_EQ(d.comm, "nginx");
    EXPECT_EQ(d.exe, "/usr/sbin/nginx");
    EXPECT_EQ(d.permissions, "read");
    EXPECT_EQ(d.typeOf(d.scontext), "httpd_t");
    EXPECT_EQ(d.typeOf(d.tcontext), "user_home_t");
    EXPECT_EQ(d.tclass, "file");
    EXPECT_FALSE(d.permissive);
    EXPECT_TRUE(d.blocked());
    EXPECT_EQ(all[1].permissions, "getattr");
}

TEST(AuditTrail, PermissiveRecordsBlockNothing) {
    const auto all = wd::parseAuditTrail(fixture("selinux-permissive.audit.log"));
    ASSERT_EQ(all.size(), 1u);
    EXPECT_TRUE(all[0].permissive);
    EXPECT_FALSE(all[0].blocked());
}

TEST(AuditTrail, JournalExportWithAuditTransportAndBinaryFields) {
    const auto all = wd::parseAuditTrail(fixture("selinux-httpd-homedirs.journal.export"));
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].serial, "6012");
    EXPECT_EQ(all[0].path, "/home/ana/public_html/index.html");
    EXPECT_EQ(all[0].exe, "/usr/sbin/httpd") << "the SYSCALL entry of the same _AUDIT_ID";
    EXPECT_NEAR(all[0].time, 1764674402.115, 0.001);
    EXPECT_EQ(all[1].tclass, "tcp_socket");
    EXPECT_EQ(all[1].permissions, "name_connect");
}

TEST(AuditTrail, DmesgAppArmorRecords) {
    const auto all = wd::parseAuditTrail(fixture("apparmor-snap-firefox.dmesg"));
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].module, "apparmor");
    EXPECT_EQ(all[0].profile, "snap.firefox.firefox");
    EXPECT_EQ(all[0].path, "/tmp/report.pdf");
    EXPECT_EQ(all[0].requestedMask, "r");
    EXPECT_EQ(all[0].deniedMask, "r");
    EXPECT_EQ(all[0].profileMode(), "enforce");
    EXPECT_EQ(all[0].serial, "1764675012.907:412");
}

TEST(AuditTrail, ComplainModeAndStatusRecords) {
    const auto all = wd::parseAuditTrail(fixture("apparmor-mysqld-datadir.kern.log"));
    ASSERT_EQ(all.size(), 3u) << "the STATUS record is no denial";
    EXPECT_EQ(all[0].profile, "/usr/sbin/mysqld");
    EXPECT_EQ(all[0].deniedMask, "wr");
    EXPECT_TRUE(all[0].blocked());
    EXPECT_EQ(all[2].apparmor, "ALLOWED");
    EXPECT_EQ(all[2].profileMode(), "complain");
    EXPECT_FALSE(all[2].blocked());
}

TEST(AuditTrail, LandlockRecords) {
    const auto all = wd::parseAuditTrail(fixture("landlock.audit.log"));
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].module, "landlock");
    EXPECT_EQ(all[0].blockers, "fs.read_file");
    EXPECT_EQ(all[0].path, "/tmp/wd-landlock/data.txt");
    EXPECT_EQ(all[0].comm, "reader");
    EXPECT_EQ(all[0].pid, 9133);
}

TEST(AuditTrail, HexEncodedNamesAndHostileInput) {
    const auto hex = wd::parseAuditTrail(
        "type=AVC msg=audit(1.0:7): avc:  denied  { read } for  pid=1 comm=\"x\" name=612062 scontext=a:b:c_t:s0 "
        "tcontext=a:b:d_t:s0 tclass=file permissive=0\n");
    ASSERT_EQ(hex.size(), 1u);
    EXPECT_EQ(hex[0].name, "a b");
    for (const std::string& bad : {std::string("type=AVC msg=audit("), std::string("audit(1:2): apparmor=\"DENIED\" name=\""),
                                  std::string("__CURSOR=x\nMESSAGE\n\xff\xff\xff\xff\xff\xff\xff\x7f"),
                                  std::string(100000, '='), std::string("msg='") + std::string(5000, '\'')})
        EXPECT_NO_THROW(wd::parseAuditTrail(bad));
}

// --- rules over synthetic facts ---

AuditDenial selinuxRecord(const std::string& path, const std::string& source, const std::string& target,
                          const std::string& perms = "read", const std::string& tclass = "file") {
    AuditDenial d;
    d.module = "selinux";
    d.type = "AVC";
    d.serial = "100.1:1";
    d.path = path;
    d.permissions = perms;
    d.scontext = "system_u:system_r:" + source + ":s0";
    d.tcontext = "unconfined_u:object_r:" + target + ":s0";
    d.tclass = tclass;
    return d;
}

AuditDenial apparmorRecord(const std::string& path, const std::string& profile, const std::string& verdict = "DENIED") {
    AuditDenial d;
    d.module = "apparmor";
    d.type = "APPARMOR";
    d.serial = "200.1:2";
    d.apparmor = verdict;
    d.profile = profile;
    d.path = path;
    d.requestedMask = d.deniedMask = "r";
    d.comm = "prog";
    return d;
}

// A readable file as the kernel check saw it, with one audit record about it.
wd::Diagnosis judgedWith(const std::string& dirs, const std::string& name, AuditDenial d, int err = 0) {
    FactsBuilder b(Operation::Read);
    std::istringstream parts(dirs);
    for (std::string dir; std::getline(parts, dir, '/');) b.dir(dir, 0, 0, 0755);
    wd::Facts f = b.file(name, 0, 0, 0644).kernelSays(err);
    f.auditDenials.push_back(std::move(d));
    return judged(f);
}

const wd::Finding* find(const wd::Diagnosis& d, const std::string& cause) {
    for (const auto& f : d.findings)
        if (f.cause == cause) return &f;
    return nullptr;
}

TEST(LsmRules, SelinuxCarriedLabelIsRestorecon) {
    const auto d = judgedWith("var/www", "photo.jpg", selinuxRecord("/var/www/photo.jpg", "httpd_t", "user_home_t"), EACCES);
    ASSERT_EQ(firstCause(d), "selinux-denial");
    const wd::Finding& f = d.findings.front();
    ASSERT_FALSE(f.fixes.empty());
    EXPECT_EQ(f.fixes[0].id, "selinux-restore-label");
    EXPECT_EQ(f.fixes[0].command(), "sudo restorecon -v -- /var/www/photo.jpg");
    EXPECT_NE(f.explanation.english().find("httpd_sys_content_t"), std::string::npos);
    // The diagnosed node alone: a typed fix for the helper's relabel verb, not advice.
    EXPECT_EQ(f.fixes[0].action, wd::FixAction::Relabel);
    EXPECT_FALSE(f.fixes[0].advisory);
    EXPECT_EQ(f.fixes[0].privilege, wd::Privilege::Admin);
    EXPECT_TRUE(f.fixes[0].undoCommand().empty()) << "no label was read, so there is none to put back";
    EXPECT_EQ(evidence(f, "scontext"), "system_u:system_r:httpd_t:s0");
    EXPECT_EQ(evidence(f, "tcontext"), "unconfined_u:object_r:user_home_t:s0");
    EXPECT_EQ(evidence(f, "tclass"), "file");
    EXPECT_EQ(evidence(f, "permissive"), "0");
    EXPECT_EQ(evidence(f, "audit_serial"), "100.1:1");
}

// Its undo puts back the label the probe read; as root it needs no password, so no sudo.
TEST(LsmRules, SelinuxRelabelUndoesToTheLabelReadAndRootNeedsNoSudo) {
    for (uint32_t uid : {1000U, 0U}) {
        wd::Facts f = FactsBuilder(Operation::Read, uid, uid).dir("srv", 0, 0, 0755).dir("www", 0, 0, 0755)
                          .file("photo.jpg", 1000, 1000, 0644).kernelSays(EACCES);
        f.auditDenials.push_back(selinuxRecord("/srv/www/photo.jpg", "httpd_t", "user_home_t"));
        f.modules.fileLabel = "unconfined_u:object_r:user_home_t:s0";
        f.modules.defaultFileLabel = "system_u:object_r:httpd_sys_content_t:s0";
        const auto d = judged(f);
        ASSERT_EQ(firstCause(d), "selinux-denial");
        const wd::FixProposal& fx = d.findings.front().fixes.at(0);
        EXPECT_EQ(fx.action, wd::FixAction::Relabel);
        EXPECT_EQ(fx.path, "/srv/www/photo.jpg");
        EXPECT_EQ(fx.ino, f.chain.back().ino);
        EXPECT_TRUE(fx.arg.empty()) << "the helper takes the label from the policy, never from the fix";
        EXPECT_EQ(fx.undoArg, "unconfined_u:object_r:user_home_t:s0");
        const std::string sudo = uid == 0 ? "" : "sudo ";
        EXPECT_EQ(fx.command(), sudo + "restorecon -v -- /srv/www/photo.jpg");
        EXPECT_EQ(fx.undoCommand(), sudo + "chcon -- unconfined_u:object_r:user_home_t:s0 /srv/www/photo.jpg");
        EXPECT_EQ(fx.privilege, uid == 0 ? wd::Privilege::None : wd::Privilege::Admin);
    }
}

// Without the file here (a log from another machine) there is no node to act on: advice.
TEST(LsmRules, SelinuxRelabelOfAPathNotHereIsAdvice) {
    wd::Facts f;
    f.platform = wd::Platform::Linux;
    f.absolute = "/var/www/html/gone.jpg";
    f.auditDenials.push_back(selinuxRecord("/var/www/html/gone.jpg", "httpd_t", "user_home_t"));
    const auto d = judged(f);
    const wd::Finding* fi = find(d, "selinux-denial");
    ASSERT_NE(fi, nullptr);
    ASSERT_FALSE(fi->fixes.empty());
    EXPECT_EQ(fi->fixes[0].id, "selinux-restore-label");
    EXPECT_FALSE(fi->fixes[0].action.has_value());
    EXPECT_TRUE(fi->fixes[0].advisory);
}

TEST(LsmRules, SelinuxDefaultLabelDiffersIsRestorecon) {
    wd::Facts f = FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).file("a", 0, 0, 0644).kernelSays(EACCES);
    f.auditDenials.push_back(selinuxRecord("/srv/a", "named_t", "etc_t"));
    f.modules.defaultFileLabel = "system_u:object_r:named_zone_t:s0";
    const auto d = judged(f);
    ASSERT_EQ(firstCause(d), "selinux-denial");
    EXPECT_EQ(d.findings.front().fixes.at(0).id, "selinux-restore-label");
    EXPECT_EQ(d.findings.front().fixes.at(0).action, wd::FixAction::Relabel);
}

TEST(LsmRules, SelinuxBooleanIsSetseboolAdvice) {
    const auto d = judgedWith("home/ana/public_html", "index.html",
                              selinuxRecord("/home/ana/public_html/index.html", "httpd_t", "user_home_t", "getattr"));
    const wd::Finding* f = find(d, "selinux-denial");
    ASSERT_NE(f, nullptr);
    ASSERT_FALSE(f->fixes.empty());
    EXPECT_EQ(f->fixes[0].command(), "sudo setsebool -P httpd_enable_homedirs on");
    EXPECT_EQ(f->fixes[0].undoCommand(), "sudo setsebool -P httpd_enable_homedirs off");
    EXPECT_TRUE(f->fixes[0].advisory);
    EXPECT_FALSE(f->fixes[0].action.has_value()) << "WhyDenied does not change security policy";
}

TEST(LsmRules, SelinuxNetworkBoolean) {
    wd::Facts f;
    f.platform = wd::Platform::Linux;
    f.absolute = "/nonexistent";
    f.auditDenials.push_back(selinuxRecord("", "httpd_t", "http_port_t", "name_connect", "tcp_socket"));
    const auto d = judged(f);
    EXPECT_EQ(d.verdict, wd::Verdict::Denied);
    EXPECT_TRUE(d.verdictFromAuditLog);
    const wd::Finding* fi = find(d, "selinux-denial");
    ASSERT_NE(fi, nullptr);
    EXPECT_EQ(fi->fixes.at(0).command(), "sudo setsebool -P httpd_can_network_connect on");
}

TEST(LsmRules, SelinuxCustomLocationIsSemanage) {
    const auto d = judgedWith("srv", "site.html", selinuxRecord("/srv/site.html", "httpd_t", "var_t"), EACCES);
    ASSERT_EQ(firstCause(d), "selinux-denial");
    const auto& fixes = d.findings.front().fixes;
    ASSERT_EQ(fixes.size(), 2u);
    EXPECT_EQ(fixes[0].command(), "sudo semanage fcontext -a -t httpd_sys_content_t '/srv(/.*)?'");
    EXPECT_EQ(fixes[1].command(), "sudo restorecon -R -v -- /srv");
    for (const auto& fx : fixes) {
        EXPECT_TRUE(fx.advisory) << fx.id << ": a new file context and a folder's relabel stay advice";
        EXPECT_FALSE(fx.action.has_value()) << fx.id;
    }
}

TEST(LsmRules, SelinuxMissingRuleIsAudit2allowWithAWarning) {
    const auto d = judgedWith("opt", "x.sock", selinuxRecord("/opt/x.sock", "myapp_t", "usr_t", "write"), EACCES);
    ASSERT_EQ(firstCause(d), "selinux-denial");
    const wd::Finding& f = d.findings.front();
    EXPECT_EQ(f.fixes.at(0).id, "selinux-audit2why");
    EXPECT_NE(f.explanation.english().find("widens"), std::string::npos);
    EXPECT_TRUE(f.fixes.at(0).advisory);
    EXPECT_FALSE(f.fixes.at(0).action.has_value());
}

TEST(LsmRules, SelinuxPermissiveIsNeverBlamed) {
    AuditDenial r = selinuxRecord("/srv/a", "httpd_t", "var_t");
    r.permissive = true;
    const auto d = judgedWith("srv", "a", r, EACCES);
    EXPECT_EQ(find(d, "selinux-denial"), nullptr);
}

TEST(LsmRules, SelinuxWithoutARecordWhenEnforcing) {
    wd::Facts f = FactsBuilder(Operation::Read).dir("var", 0, 0, 0755).file("w.html", 1000, 1000, 0644).kernelSays(EACCES);
    f.modules.selinuxEnforce = 1;
    f.modules.fileLabel = "unconfined_u:object_r:user_home_t:s0";
    const auto d = judged(f);
    ASSERT_EQ(firstCause(d), "selinux-denial");
    EXPECT_EQ(evidence(d.findings.front(), "selinux label"), "unconfined_u:object_r:user_home_t:s0");
    EXPECT_EQ(d.findings.front().fixes.at(0).id, "selinux-restore-label");
    EXPECT_TRUE(d.findings.front().fixes.at(0).advisory) << "no default label known: restorecon is a guess";
    EXPECT_EQ(find(d, "mac-policy"), nullptr) << "on Linux the module is named, not mac-policy";
    // With the policy's default known and of another type, the label is wrong: the typed fix.
    f.modules.defaultFileLabel = "system_u:object_r:httpd_sys_content_t:s0";
    const auto known = judged(f);
    ASSERT_EQ(firstCause(known), "selinux-denial");
    EXPECT_EQ(known.findings.front().fixes.at(0).action, wd::FixAction::Relabel);
    EXPECT_EQ(known.findings.front().fixes.at(0).undoArg, "unconfined_u:object_r:user_home_t:s0");
}

TEST(LsmRules, AppArmorServiceProfileIsALocalRule) {
    AuditDenial r = apparmorRecord("/data/ibdata1", "/usr/sbin/mysqld");
    r.requestedMask = r.deniedMask = "wrc";
    const auto d = judgedWith("data", "ibdata1", r, EACCES);
    ASSERT_EQ(firstCause(d), "apparmor-denial");
    const wd::Finding& f = d.findings.front();
    EXPECT_EQ(evidence(f, "profile"), "/usr/sbin/mysqld");
    EXPECT_EQ(evidence(f, "profile_mode"), "enforce");
    EXPECT_EQ(evidence(f, "denied_mask"), "wrc");
    ASSERT_EQ(f.fixes.size(), 1u);
    EXPECT_EQ(f.fixes[0].command(), "sudo apparmor_parser -r /etc/apparmor.d/usr.sbin.mysqld");
    EXPECT_NE(f.fixes[0].change.english().find("/data/ibdata1 rw,"), std::string::npos) << f.fixes[0].change.english();
    EXPECT_NE(f.fixes[0].change.english().find("/etc/apparmor.d/local/usr.sbin.mysqld"), std::string::npos);
    for (const auto& fx : f.fixes) EXPECT_EQ(fx.command().find("aa-disable"), std::string::npos);
}

TEST(LsmRules, AppArmorComplainModeIsNeverBlamed) {
    const auto d = judgedWith("data", "x", apparmorRecord("/data/x", "/usr/sbin/mysqld", "ALLOWED"), EACCES);
    EXPECT_EQ(find(d, "apparmor-denial"), nullptr);
}

TEST(LsmRules, AppArmorWithoutARecord) {
    wd::Facts f = FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).file("a", 0, 0, 0644).kernelSays(EACCES);
    f.modules.apparmorEnabled = 1;
    const auto d = judged(f);
    ASSERT_EQ(firstCause(d), "apparmor-denial");
    EXPECT_EQ(d.findings.front().fixes.at(0).id, "apparmor-show-denials");
}

TEST(LsmRules, SnapRecordIsSandboxConfinement) {
    const auto d = judgedWith("tmp", "report.pdf", apparmorRecord("/tmp/report.pdf", "snap.firefox.firefox"));
    const wd::Finding* f = find(d, "sandbox-confinement");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(find(d, "apparmor-denial"), nullptr) << "a snap's profile is its sandbox";
    EXPECT_EQ(evidence(*f, "sandbox"), "snap firefox");
    ASSERT_FALSE(f->fixes.empty());
    EXPECT_EQ(f->fixes[0].command(), "cp -- /tmp/report.pdf /home/ana/snap/firefox/common/");
}

TEST(LsmRules, SnapOnRemovableMediaConnectsTheInterface) {
    wd::Facts f = FactsBuilder(Operation::Read).dir("media", 0, 0, 0755).file("song.ogg", 1000, 1000, 0644).kernelSays(0);
    f.subject.kind = Subject::Kind::Process;
    f.subject.pid = 4711;
    f.subject.description = "process 4711 vlc (ana)";
    f.sandbox.known = true;
    f.sandbox.snap = "vlc";
    const auto d = judged(f);
    EXPECT_EQ(d.verdict, wd::Verdict::Unknown) << "a snap's check outside its confinement proves nothing";
    ASSERT_EQ(firstCause(d), "sandbox-confinement");
    EXPECT_EQ(d.findings.front().fixes.at(0).command(), "sudo snap connect vlc:removable-media");
    EXPECT_EQ(d.findings.front().fixes.at(0).undoCommand(), "sudo snap disconnect vlc:removable-media");
}

TEST(LsmRules, FlatpakOverride) {
    wd::Facts f = FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).file("a.txt", 1000, 1000, 0644).kernelSays(0);
    f.subject.kind = Subject::Kind::Process;
    f.subject.pid = 4712;
    f.sandbox.known = true;
    f.sandbox.flatpak = true;
    f.sandbox.flatpakApp = "org.gnome.TextEditor";
    const auto d = judged(f);
    EXPECT_EQ(d.verdict, wd::Verdict::Unknown);
    ASSERT_EQ(firstCause(d), "sandbox-confinement");
    EXPECT_EQ(evidence(d.findings.front(), "sandbox"), "flatpak org.gnome.TextEditor");
    EXPECT_EQ(d.findings.front().fixes.at(0).command(), "flatpak override --user --filesystem=/srv org.gnome.TextEditor");
}

TEST(LsmRules, NoNewPrivsCannotBeQueriedFromOutside) {
    wd::Facts f = FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).file("a.txt", 1000, 1000, 0644).kernelSays(0);
    f.subject.kind = Subject::Kind::Service;
    f.subject.pid = 812;
    f.subject.description = "service web.service";
    f.sandbox.known = f.sandbox.noNewPrivs = true;
    f.sandbox.seccomp = 2;
    const auto d = judged(f);
    EXPECT_EQ(d.verdict, wd::Verdict::Unknown);
    ASSERT_EQ(firstCause(d), "sandbox-confinement");
    EXPECT_TRUE(d.findings.front().fixes.empty()) << "nothing outside the process can change its sandbox";
    EXPECT_EQ(evidence(d.findings.front(), "sandbox"), "no_new_privs, seccomp");
    EXPECT_NE(d.findings.front().explanation.english().find("cannot be read from outside"), std::string::npos);
}

TEST(LsmRules, SandboxDoesNotTouchADenialOrTheCaller) {
    wd::Facts f = FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).file("a.txt", 2000, 2000, 0600).kernelSays(EACCES);
    f.subject.kind = Subject::Kind::Process;
    f.subject.pid = 9;
    f.sandbox.known = f.sandbox.noNewPrivs = true;
    EXPECT_EQ(judged(f).verdict, wd::Verdict::Denied);
    wd::Facts me = FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).file("a.txt", 1000, 1000, 0644).kernelSays(0);
    me.sandbox.known = me.sandbox.noNewPrivs = true;  // our own check ran inside our own sandbox
    EXPECT_EQ(judged(me).verdict, wd::Verdict::Allowed);
}

TEST(LsmRules, MacPolicyStaysOffOnLinux) {
    wd::Facts f = FactsBuilder(Operation::Read).dir("var", 0, 0, 0755).file("w.html", 1000, 1000, 0644).selinux().kernelSays(EACCES);
    EXPECT_EQ(find(judged(f), "mac-policy"), nullptr);
}

// A record names the file by path, or (an AVC without a PATH record) by inode and last component;
// one that names no file speaks for the subject's process.
TEST(LsmMatch, ByPathByInodeAndNameAndByPid) {
    wd::Facts f = FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).file("photo.jpg", 0, 0, 0644).kernelSays(0);
    const uint64_t ino = f.chain.back().ino;
    AuditDenial byPath = selinuxRecord("/srv/photo.jpg", "httpd_t", "user_home_t");
    AuditDenial byInode = selinuxRecord("", "httpd_t", "user_home_t");
    byInode.name = "photo.jpg";
    byInode.ino = ino;
    AuditDenial otherName = byInode;
    otherName.name = "other.jpg";
    AuditDenial other = selinuxRecord("/srv/other.jpg", "httpd_t", "user_home_t");
    AuditDenial socket = selinuxRecord("", "httpd_t", "http_port_t", "name_connect", "tcp_socket");
    socket.pid = 4711;
    EXPECT_EQ(wd::matchAuditDenials({byPath, byInode, otherName, other, socket}, f).size(), 2u);
    f.subject.kind = Subject::Kind::Process;
    f.subject.pid = 4711;
    EXPECT_EQ(wd::matchAuditDenials({byPath, byInode, otherName, other, socket}, f).size(), 3u);
}

// The error's time decides which of many denials of one file is this error's: one written after the
// error is not its cause, the nearest comes first, and an old one is shown with less confidence.
TEST(LsmMatch, ByTimeOfTheError) {
    wd::Facts f = FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).file("photo.jpg", 0, 0, 0644).kernelSays(EACCES);
    AuditDenial old = selinuxRecord("/srv/photo.jpg", "httpd_t", "user_home_t");
    old.time = 1000;
    old.serial = "1000.000:1";
    AuditDenial near = old;
    near.time = 1990;
    near.serial = "1990.000:2";
    AuditDenial after = old;
    after.time = 2100;
    after.serial = "2100.000:3";
    const std::vector<AuditDenial> all = {old, near, after};

    ASSERT_EQ(wd::matchAuditDenials(all, f).size(), 3u) << "no time known: every record, most recent first";
    EXPECT_EQ(wd::matchAuditDenials(all, f).front().serial, "2100.000:3");

    f.context.time = 2000;
    const auto timed = wd::matchAuditDenials(all, f);
    ASSERT_EQ(timed.size(), 2u) << "a record written after the error is not its cause";
    EXPECT_EQ(timed[0].serial, "1990.000:2");
    EXPECT_DOUBLE_EQ(timed[0].beforeError, 10);
    EXPECT_EQ(timed[1].serial, "1000.000:1");

    f.auditDenials = timed;
    const auto d = judged(f);
    ASSERT_EQ(firstCause(d), "selinux-denial");
    EXPECT_EQ(evidence(d.findings.front(), "recorded"), "10 s before the error");
    EXPECT_EQ(evidence(d.findings.front(), "audit_serial"), "1990.000:2");
    EXPECT_GE(d.findings.front().confidence, 0.9);

    f.auditDenials = {timed[1]};
    const auto older = judged(f);
    ASSERT_EQ(firstCause(older), "selinux-denial") << "still the likeliest cause";
    EXPECT_EQ(evidence(older.findings.front(), "recorded"), "16 min before the error");
    EXPECT_LE(older.findings.front().confidence, 0.7) << "but not proven to be this error's";
}

TEST(LsmAdvice, OnlyRecordsFromBeforeTheError) {
    wd::DiagnoseRequest req;
    req.path = "/var/www/html/uploads/photo.jpg";
    req.auditLog = fixture("selinux-httpd-user-home.audit.log");  // denied at 1764672764.339
    req.context.time = 1764672764 - 3600;
    EXPECT_TRUE(wd::adviceFromAuditLog(req).empty()) << "the recorded denial came an hour after this error";
    req.context.time = 1764672770;
    const auto advice = wd::adviceFromAuditLog(req);
    ASSERT_FALSE(advice.empty());
    EXPECT_EQ(advice.front().cause, "selinux-denial");
    EXPECT_EQ(evidence(advice.front(), "recorded"), "5 s before the error");
}

TEST(LsmAdvice, RecordOfAPathThatIsNotHere) {
    wd::DiagnoseRequest req;
    req.path = "/data/mysql/ibdata1";
    req.auditLog = fixture("apparmor-mysqld-datadir.kern.log");
    const auto advice = wd::adviceFromAuditLog(req);
    ASSERT_FALSE(advice.empty());
    EXPECT_EQ(advice.front().cause, "apparmor-denial");
    req.path = "/data/akonadi/mysql.conf";  // complain mode only
    EXPECT_TRUE(wd::adviceFromAuditLog(req).empty());
}

}  // namespace
