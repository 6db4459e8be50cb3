// SPDX-License-Identifier: GPL-3.0-or-later
// Know-how: a real message, the situation built for real where it can be, and the expected first
// cause, advice and fix. The generic rules still win where the specific context does not apply.
#include "running_copy.h"
#include "scenario.h"
#include "whydenied/explain.h"
#include "whydenied/knowhow.h"
#include "whydenied/json.h"
#include "whydenied/parse.h"

#include <gtest/gtest.h>

#include <sys/socket.h>
#include <sys/un.h>
#include <thread>

using wd::Operation;
using wdtest::TempTree;

namespace {

const wdtest::Creds me = wdtest::testUser();

struct KnowHowResult {
    std::string verdict, first, firstFix, causes, error;
    bool alarm = false;
};

// Explains the message as the test uid (wd::explain, as both front ends do) and reports what came
// out for its first request.
KnowHowResult explainAs(const std::string& message, const std::string& cwd = {}) {
    const wdtest::RunResult r = wdtest::runAs(me, [&] {
        wd::ExplainOptions opts;
        opts.cwd = cwd;
        const auto explained = wd::explain(message, opts);
        if (explained.empty() || !explained.front().diagnosis) return std::string("no request\n\n\n\n0\n");
        const wd::Diagnosis& d = *explained.front().diagnosis;
        std::string causes;
        bool alarm = false;
        for (const auto& f : d.findings) {
            causes += (causes.empty() ? "" : ",") + f.cause;
            alarm = alarm || f.confidence >= 0.5;
        }
        const std::string fix =
            d.findings.empty() || d.findings.front().fixes.empty() ? "" : d.findings.front().fixes.at(0).command();
        return std::string(wd::toString(d.verdict)) + "\n" + (d.findings.empty() ? "" : d.findings.front().cause) + "\n" +
               wd::printable(fix) + "\n" + causes + "\n" + (alarm ? "1" : "0") + "\n";
    });
    KnowHowResult k;
    if (!r.ok) {
        k.error = r.error;
        return k;
    }
    std::istringstream in(r.output);
    std::string alarm;
    std::getline(in, k.verdict);
    std::getline(in, k.first);
    std::getline(in, k.firstFix);
    std::getline(in, k.causes);
    std::getline(in, alarm);
    k.alarm = alarm == "1";
    return k;
}

std::ostream& operator<<(std::ostream& os, const KnowHowResult& k) {
    return os << k.verdict << " first=" << k.first << " fix=" << k.firstFix << " causes=[" << k.causes << "] " << k.error;
}

std::vector<wd::Finding> adviceFor(const std::string& message) {
    const auto requests = wd::parseErrorText(message);
    EXPECT_FALSE(requests.empty()) << message;
    return requests.empty() ? std::vector<wd::Finding>{} : wd::adviceFromText(requests.front(), message);
}

TEST(KnowHow, SshKeyTooOpen) {
    TempTree t;
    t.dir(".ssh", 0700, me.uid, me.gid);
    const std::string key = t.file(".ssh/id_rsa", 0644, me.uid, me.gid, "-----BEGIN OPENSSH PRIVATE KEY-----\n");
    const auto k = explainAs("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
                             "@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @\n"
                             "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
                             "Permissions 0644 for '" + key + "' are too open.\n"
                             "It is required that your private key files are NOT accessible by others.\n");
    EXPECT_EQ(k.first, "ssh-key-too-open") << k;
    EXPECT_EQ(k.firstFix, "chmod 600 -- " + key) << k;
}

// sshd's StrictModes: a group-writable ~/.ssh makes sshd ignore authorized_keys.
TEST(KnowHow, SshdStrictModes) {
    TempTree t;
    t.dir("home", 0755, me.uid, me.gid);
    t.dir("home/.ssh", 0775, me.uid, me.gid);
    t.file("home/.ssh/authorized_keys", 0644, me.uid, me.gid, "ssh-ed25519 AAAA\n");
    const auto k = explainAs("sshd[811]: Authentication refused: bad ownership or modes for directory " + t / "home/.ssh");
    EXPECT_EQ(k.first, "ssh-strict-modes") << k;
    EXPECT_EQ(k.firstFix, "chmod 700 -- " + t / "home/.ssh") << k;
}

TEST(KnowHow, GitDubiousOwnership) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "a repository of another user needs root to make";
    TempTree t;
    t.dir("repo", 0755, wdtest::otherUser().uid, wdtest::otherUser().gid);
    const auto k = explainAs("fatal: detected dubious ownership in repository at '" + t / "repo" +
                             "'\nTo add an exception for this directory, call:\n\n\tgit config --global --add safe.directory " +
                             t / "repo");
    EXPECT_EQ(k.verdict, "allowed") << k;  // the kernel lets us read it: the refusal is git's own
    EXPECT_EQ(k.first, "git-dubious-ownership") << k;
    EXPECT_EQ(k.firstFix, "git config --global --add safe.directory " + t / "repo") << k;
}

// A container that ran as root wrote into a bind-mounted folder: on the host the file is root's.
TEST(KnowHow, ContainerLeftRootOwnedFilesOnTheHost) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "a root-owned file needs root to make";
    TempTree t;
    t.dir("data", 0755, me.uid, me.gid);
    const std::string out = t.file("data/out.csv", 0644, 0, 0);
    const auto k = explainAs("$ docker compose run app\nTraceback (most recent call last):\n    with open('" + out +
                             "', 'w') as f:\nPermissionError: [Errno 13] Permission denied: '" + out + "'");
    EXPECT_EQ(k.verdict, "denied") << k;
    EXPECT_EQ(k.first, "container-uid-mismatch") << k;
    EXPECT_NE(k.firstFix.find("docker run --user"), std::string::npos) << k;
}

TEST(KnowHow, PublickeyIsNotAFileProblem) {
    const auto advice = adviceFor("git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.");
    ASSERT_FALSE(advice.empty());
    EXPECT_EQ(advice.at(0).cause, "ssh-authentication");
    EXPECT_NE(advice.at(0).explanation.english().find("ssh-add -l"), std::string::npos);
}

TEST(KnowHow, DockerSocketOfAnotherGroup) {
    TempTree t;
    const std::string sock = t / "docker.sock";
    const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", sock.c_str());
    ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    if (wdtest::isRoot()) TempTree::own(sock, 0660, 0, 4600);
    else TempTree::own(sock, 0600, me.uid, me.gid), chmod(sock.c_str(), 0);
    const auto k = explainAs("docker: Got permission denied while trying to connect to the Docker daemon socket at unix://" +
                             sock + ": Post \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/create\": dial unix " +
                             sock + ": connect: permission denied.");
    close(fd);
    EXPECT_EQ(k.verdict, "denied") << k;
    EXPECT_EQ(k.first, "docker-socket-access") << k;
}

TEST(KnowHow, PipIntoTheSystemPython) {
    const std::string dist = "/usr/lib/python3/dist-packages";
    struct stat st{};
    if (stat(dist.c_str(), &st) != 0) GTEST_SKIP() << dist << " does not exist here";
    if (!wdtest::isRoot() && access(dist.c_str(), W_OK) == 0) GTEST_SKIP() << "this user may write " << dist;
    const auto k = explainAs("ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: '" + dist +
                             "/wdtest_six.py'\nConsider using the `--user` option or check the permissions.");
    EXPECT_EQ(k.verdict, "denied") << k;
    EXPECT_EQ(k.first, "package-manager-global-install") << k;
    EXPECT_EQ(k.firstFix, "python3 -m venv .venv") << k;
}

TEST(KnowHow, GitObjectsLeftByRoot) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "making root-owned objects needs root";
    TempTree t;
    t.dir("repo", 0755, me.uid, me.gid);
    t.dir("repo/.git", 0755, me.uid, me.gid);
    t.dir("repo/.git/objects", 0755, 0, 0);  // what `sudo git commit` leaves behind
    t.dir("repo/.git/objects/ab", 0755, 0, 0);
    const auto k = explainAs("error: insufficient permission for adding an object to repository database .git/objects\n"
                             "error: Error building trees",
                             t / "repo");
    EXPECT_EQ(k.verdict, "denied") << k;
    EXPECT_EQ(k.first, "git-foreign-owned-objects") << k;
    EXPECT_NE(k.firstFix.find("chown -R"), std::string::npos) << k;
    EXPECT_NE(k.firstFix.find(t / "repo"), std::string::npos) << k;
}

TEST(KnowHow, WebServerCaseSuggestsCheckingAsWwwData) {
    TempTree t;
    t.dir("site", 0755, me.uid, me.gid);
    const std::string page = t.file("site/index.html", 0640, me.uid, me.gid, "<html/>");
    const auto k = explainAs("2024/05/01 10:00:00 [crit] 1234#1234: *1 open() \"" + page +
                             "\" failed (13: Permission denied), client: 127.0.0.1, server: nginx");
    EXPECT_EQ(k.verdict, "allowed") << k;  // fine for you: the question is the web server's user
    EXPECT_EQ(k.first, "web-server-user") << k;
    EXPECT_NE(k.firstFix.find("--as www-data"), std::string::npos) << k;
}

TEST(KnowHow, GenericRulesWinWhereTheContextDoesNotApply) {
    TempTree t;
    t.dir("nginx-site", 0755, me.uid, me.gid);
    const std::string page = t.file("nginx-site/index.html", 0444, me.uid, me.gid, "<html/>");
    // It mentions nginx, but it is our own script writing a read-only file of ours.
    const auto k = explainAs("    with open('" + page + "', 'w') as out:\nPermissionError: [Errno 13] Permission denied: '" +
                             page + "'");
    EXPECT_EQ(k.verdict, "denied") << k;
    EXPECT_EQ(k.first, "owner-lacks-permission") << k;
}

TEST(KnowHow, AllowedNowSaysTheErrorCameFromElsewhere) {
    TempTree t;
    t.dir("mine", 0755, me.uid, me.gid);
    const std::string f = t.file("mine/out.txt", 0644, me.uid, me.gid);
    const auto k = explainAs("PermissionError: [Errno 13] Permission denied: '" + f + "'");
    EXPECT_EQ(k.verdict, "allowed") << k;
    EXPECT_EQ(k.first, "error-from-elsewhere") << k;
    EXPECT_FALSE(k.alarm) << "no alarm when the kernel allows";
}

TEST(KnowHow, MissingFileThatPythonWantedToWriteIsCheckedAsCreate) {
    TempTree t;
    t.dir("shared", 0555, wdtest::isRoot() ? 0 : me.uid, wdtest::isRoot() ? 0 : me.gid);
    const auto k = explainAs("    with open('" + t / "shared/report.csv" + "', 'w') as out:\n"
                             "PermissionError: [Errno 13] Permission denied: '" + t / "shared/report.csv" + "'");
    EXPECT_EQ(k.verdict, "denied") << k;
    EXPECT_EQ(k.first, "parent-not-writable") << k;
}

TEST(KnowHow, TextFileBusyNamesTheRunningProgram) {
    TempTree t;
    // Our own program, as a developer's rebuilt server would be.
    const wdtest::RunningCopy program(t / "server", me);
    ASSERT_TRUE(program.running());
    const auto k = explainAs("cp: cannot create regular file 'server': Text file busy", t.path());
    EXPECT_EQ(k.first, "text-file-busy") << k;
    EXPECT_NE(k.firstFix.find(std::to_string(program.pid())), std::string::npos) << "the running copy is named: " << k;
}

TEST(KnowHow, ExcelHoldsTheWorkbookOnWindows) {
    const auto advice = adviceFor(
        "PermissionError: [WinError 32] The process cannot access the file because it is being used by another "
        "process: 'C:\\\\Users\\\\ana\\\\Documents\\\\report.xlsx'");
    ASSERT_FALSE(advice.empty());
    EXPECT_EQ(advice.at(0).cause, "file-locked-by-process");
    EXPECT_NE(advice.at(0).title.english().find("Excel"), std::string::npos);
    ASSERT_FALSE(advice.at(0).fixes.empty());
    EXPECT_EQ(advice.at(0).fixes.at(0).id, "atomic-write");
}

TEST(KnowHow, PythonOnWindowsOpeningAFolder) {
    const auto advice = adviceFor("PermissionError: [Errno 13] Permission denied: 'C:\\\\Users\\\\ana\\\\exports'");
    ASSERT_FALSE(advice.empty());
    EXPECT_EQ(advice.at(0).cause, "is-a-directory");
    EXPECT_NE(advice.at(0).explanation.english().find("shutil.rmtree"), std::string::npos);
}

}  // namespace

namespace {

// Time stamps as logs write them; the last one before the error is the error's time.
TEST(ErrorTime, TheStampsLogsWrite) {
    EXPECT_DOUBLE_EQ(wd::errorTimeIn("2025-12-02T10:52:44Z npm ERR! code EACCES"), 1764672764);
    EXPECT_DOUBLE_EQ(wd::errorTimeIn("2025-12-02T11:52:44+01:00 error"), 1764672764);
    EXPECT_DOUBLE_EQ(wd::errorTimeIn("2025-12-02T05:52:44-0500 error"), 1764672764);
    EXPECT_NEAR(wd::errorTimeIn("2025-12-02T10:52:44.250Z x"), 1764672764.25, 1e-6);
    EXPECT_DOUBLE_EQ(wd::errorTimeIn("type=AVC msg=audit(1764672764.339:4598): avc:  denied"), 1764672764.339);
    EXPECT_DOUBLE_EQ(wd::errorTimeIn("2025-12-01T00:00:00Z start\n2025-12-02T10:52:44Z PermissionError"), 1764672764)
        << "the last stamp is the one nearest the error";
    EXPECT_EQ(wd::errorTimeIn("PermissionError: [Errno 13] Permission denied: '/srv/a'"), 0);
    EXPECT_EQ(wd::errorTimeIn("1234-56-78T99:99:99Z Dec 99 99:99:99 audit(:1)"), 0) << "nothing that only looks like one";
}

// Python's logging ("2025-12-02 10:52:44,123") and syslog ("Dec  2 10:52:44") carry no zone: they
// are this machine's local time; syslog has no year either, so the latest one not in the future.
TEST(ErrorTime, LocalStampsWithoutAZoneOrYear) {
    const char* oldTz = std::getenv("TZ");
    const std::string saved = oldTz ? oldTz : "";
    setenv("TZ", "UTC", 1);
    tzset();
    EXPECT_NEAR(wd::errorTimeIn("2025-12-02 10:52:44,123 ERROR PermissionError"), 1764672764.123, 1e-6);
    const double now = 1764672764 + 86400 * 20;  // 2025-12-22
    EXPECT_DOUBLE_EQ(wd::errorTimeIn("Dec  2 10:52:44 host app[1]: Permission denied", now), 1764672764);
    const double january = 1764672764 + 86400 * 40;  // 2026-01-11: "Dec 2" was last year
    EXPECT_DOUBLE_EQ(wd::errorTimeIn("Dec  2 10:52:44 host app[1]: Permission denied", january), 1764672764);
    if (oldTz) setenv("TZ", saved.c_str(), 1); else unsetenv("TZ");
    tzset();
}

TEST(ErrorTime, ExplainCarriesItToTheRequest) {
    const std::string text = "2025-12-02T10:52:44Z ERROR\nPermissionError: [Errno 13] Permission denied: '/srv/x'\n";
    const auto requests = wd::parseErrorText(text);
    ASSERT_FALSE(requests.empty());
    EXPECT_DOUBLE_EQ(wd::diagnoseRequestFor(requests.front(), text).context.time, 1764672764);
}

}  // namespace
