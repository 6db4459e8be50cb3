// SPDX-License-Identifier: GPL-3.0-or-later
// whydenied-cli with security modules and sandboxes: --as pid:N on a real Landlock sandbox, and
// recorded audit trails handed over with --audit-log, each naming its cause and its fix or advice.
#include "../core/scenario.h"
#include "json_reader.h"
#include "run_program.h"
#include "sandboxed_process.h"

#include <gtest/gtest.h>

#include <fstream>

using wdtest::Json;
using wdtest::ProgramResult;
using wdtest::SandboxedProcess;
using wdtest::TempTree;

namespace {

const std::string kCli = WD_CLI_PATH;
const std::string kData = WD_LSM_DATA_DIR;

ProgramResult cli(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.begin(), kCli);
    return wdtest::runProgram(args, input);
}

std::string evidence(const Json& finding, const std::string& key) {
    return finding["evidence"].has(key) ? finding["evidence"][key].str : std::string();
}

// The issue's own reproduction: a Landlocked process cannot read a world-readable file in /tmp,
// and `diagnose FILE --as pid:N --op read` used to answer "The kernel allows it now".
TEST(LsmCli, LandlockedPidIsNotAllowed) {
    TempTree t;
    const std::string file = t.file("data.txt", 0644, 0, 0);
    const SandboxedProcess p(SandboxedProcess::Kind::Landlock, file);
    if (p.triedErrno() == SandboxedProcess::kNoLandlock) GTEST_SKIP() << "this kernel has no Landlock";
    ASSERT_EQ(p.triedErrno(), EACCES);
    const std::string pid = "pid:" + std::to_string(p.pid());
    const ProgramResult text = cli({"diagnose", file, "--as", pid, "--op", "read"});
    EXPECT_EQ(text.exitCode, 1) << text.out << text.err;
    EXPECT_EQ(text.out.find("allows it now"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("sandbox-confinement"), std::string::npos) << text.out;
    const ProgramResult r = cli({"diagnose", file, "--as", pid, "--op", "read", "--json"});
    const Json j = Json::parse(r.out);
    EXPECT_EQ(j["verdict"].str, "unknown");
    EXPECT_EQ(j["findings"][0]["cause"].str, "sandbox-confinement");
    EXPECT_EQ(evidence(j["findings"][0], "no new privileges"), "1");

    // With the kernel's record of the refusal, the verdict is "denied" and says on what basis.
    const std::string log = t / "audit.log";
    {
        std::ofstream out(log);
        out << "type=LANDLOCK_ACCESS msg=audit(1764676200.268:31): domain=1a6fdc66f blockers=fs.read_file path=\""
            << file << "\" dev=\"tmpfs\" ino=4218\n";
    }
    const ProgramResult proven = cli({"diagnose", file, "--as", pid, "--op", "read", "--json", "--audit-log", log});
    const Json pj = Json::parse(proven.out);
    EXPECT_EQ(pj["verdict"].str, "denied");
    EXPECT_EQ(pj["verdict_basis"].str, "audit-log");
    EXPECT_EQ(pj["errno"].str, "EACCES");
    EXPECT_EQ(evidence(pj["findings"][0], "module"), "landlock");
    EXPECT_EQ(proven.exitCode, 1);
}

struct TrailCase {
    const char* name;
    const char* log;
    const char* errorText;
    const char* cause;
    const char* fix;         // the first fix's id
    const char* command;     // how its command starts
};

const TrailCase kTrails[] = {
    {"mislabelled-web-file", "selinux-httpd-user-home.audit.log",
     "2026/12/02 10:52:44 [crit] 2465#2465: *17 open() \"/var/www/html/uploads/photo.jpg\" failed (13: Permission "
     "denied), client: 192.0.2.10, server: _, request: \"GET /uploads/photo.jpg HTTP/1.1\", host: \"web01\"\n",
     "selinux-denial", "selinux-restore-label", "sudo restorecon -v -- /var/www/html/uploads/photo.jpg"},
    {"boolean", "selinux-httpd-homedirs.journal.export",
     "httpd: cannot open '/home/ana/public_html/index.html': Permission denied\n", "selinux-denial",
     "selinux-setsebool", "sudo setsebool -P httpd_enable_homedirs on"},
    {"snap", "apparmor-snap-firefox.dmesg", "firefox: cannot open '/tmp/report.pdf': Permission denied\n",
     "sandbox-confinement", "snap-copy-to-snap-home", "cp -- /tmp/report.pdf "},
    {"service-profile", "apparmor-mysqld-datadir.kern.log",
     "mysqld: File '/data/mysql/ibdata1' not found (Errcode: 13 - Permission denied)\n",
     "apparmor-denial", "apparmor-local-rule", "sudo apparmor_parser -r /etc/apparmor.d/usr.sbin.mysqld"},
};

class Trails : public ::testing::TestWithParam<TrailCase> {};

// The path is not on this machine: the request carries the record's cause as advice.
TEST_P(Trails, ExplainNamesTheCauseAndItsFix) {
    const TrailCase& c = GetParam();
    const ProgramResult r = cli({"explain", "--json", "--audit-log", kData + "/" + c.log}, c.errorText);
    const Json j = Json::parse(r.out);
    ASSERT_FALSE(j["requests"].items.empty()) << r.out;
    const Json& req = j["requests"][0];
    ASSERT_TRUE(req["diagnosis"].isNull()) << r.out;
    ASSERT_FALSE(req["advice"].items.empty()) << r.out;
    const Json& finding = req["advice"][0];
    EXPECT_EQ(finding["cause"].str, c.cause);
    EXPECT_FALSE(evidence(finding, "module").empty());
    EXPECT_FALSE(evidence(finding, "audit_serial").empty());
    ASSERT_FALSE(finding["fixes"].items.empty());
    EXPECT_EQ(finding["fixes"][0]["id"].str, c.fix);
    EXPECT_TRUE(finding["fixes"][0]["advisory"].b) << "WhyDenied does not change security policy";
    EXPECT_EQ(finding["fixes"][0]["command"].str.rfind(c.command, 0), 0u) << finding["fixes"][0]["command"].str;
}

INSTANTIATE_TEST_SUITE_P(Recorded, Trails, ::testing::ValuesIn(kTrails),
                         [](const auto& p) {
                             std::string n = p.param.name;
                             for (char& ch : n)
                                 if (ch == '-') ch = '_';
                             return n;
                         });

TEST(LsmCli, SnapEvidenceAndMysqldMasks) {
    const ProgramResult snap = cli({"explain", "--json", "--audit-log", kData + "/apparmor-snap-firefox.dmesg"},
                                   "firefox: cannot open '/tmp/report.pdf': Permission denied\n");
    const Json snapJson = Json::parse(snap.out);
    const Json& s = snapJson["requests"][0]["advice"][0];
    EXPECT_EQ(evidence(s, "profile"), "snap.firefox.firefox");
    EXPECT_EQ(evidence(s, "sandbox"), "snap firefox");
    const ProgramResult db = cli({"explain", "--json", "--audit-log", kData + "/apparmor-mysqld-datadir.kern.log"},
                                 "mysqld: File '/data/mysql/ibdata1' not found (Errcode: 13 - Permission denied)\n");
    const Json dbJson = Json::parse(db.out);
    const Json& m = dbJson["requests"][0]["advice"][0];
    EXPECT_EQ(evidence(m, "profile_mode"), "enforce");
    EXPECT_EQ(evidence(m, "requested_mask"), "wr");
    EXPECT_EQ(evidence(m, "denied_mask"), "wr");
    EXPECT_EQ(evidence(m, "audit_serial"), "1764673353.362:88");
}

// permissive=1 logged the access and let it happen: it is never blamed.
TEST(LsmCli, PermissiveRecordIsNotBlamed) {
    const ProgramResult r = cli({"explain", "--json", "--audit-log", kData + "/selinux-permissive.audit.log"},
                                "python3: open('/srv/wd-app/config.yml'): Permission denied\n");
    EXPECT_EQ(r.out.find("selinux-denial"), std::string::npos) << r.out;
}

// A file that is here, a record about it, and diagnose: the record's cause is listed with its evidence.
TEST(LsmCli, DiagnoseMatchesARecordOfAnExistingFile) {
    TempTree t;
    const std::string file = t.file("ibdata1", 0644, 0, 0);
    const std::string log = t / "kern.log";
    {
        std::ofstream out(log);
        out << "[  814.601873] audit: type=1400 audit(1764673353.362:88): apparmor=\"DENIED\" operation=\"open\" "
               "class=\"file\" profile=\"/usr/sbin/mysqld\" name=\""
            << file << "\" pid=2840 comm=\"mysqld\" requested_mask=\"r\" denied_mask=\"r\" fsuid=111 ouid=111\n";
    }
    const ProgramResult r = cli({"diagnose", file, "--json", "--audit-log", log});
    const Json j = Json::parse(r.out);
    bool found = false;
    for (const Json& f : j["findings"].items)
        if (f["cause"].str == "apparmor-denial") found = evidence(f, "profile") == "/usr/sbin/mysqld";
    EXPECT_TRUE(found) << r.out;
}

TEST(LsmCli, UnreadableAuditLogIsAUsageError) {
    const ProgramResult r = cli({"diagnose", "/tmp", "--audit-log", "/nonexistent/audit.log"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("cannot read"), std::string::npos);
    const ProgramResult e = cli({"explain", "--audit-log", "/nonexistent/audit.log"}, "x: /tmp: Permission denied\n");
    EXPECT_EQ(e.exitCode, 2);
    const ProgramResult folder = cli({"diagnose", "/tmp", "--audit-log", "/tmp"});
    EXPECT_EQ(folder.exitCode, 2) << folder.out;
    const ProgramResult empty = cli({"diagnose", "/tmp", "--audit-log="});
    EXPECT_EQ(empty.exitCode, 2);
}

}  // namespace
