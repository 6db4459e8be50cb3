// SPDX-License-Identifier: GPL-3.0-or-later
// whydenied-cli diagnose: exit codes, the JSON contract (design.md §4) and hostile input.
#include "../core/scenario.h"
#include "cli_as_user.h"
#include "json_reader.h"
#include "run_program.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

using wdtest::Json;
using wdtest::ProgramResult;
using wdtest::cliAsUser;
using wdtest::TempTree;

namespace {

const std::string kCli = WD_CLI_PATH;

ProgramResult cli(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.begin(), kCli);
    return wdtest::runProgram(args, input);
}

Json json(const ProgramResult& r) {
    try {
        return Json::parse(r.out);
    } catch (const std::exception& e) {
        ADD_FAILURE() << e.what() << "\n" << r.out;
        return {};
    }
}

TEST(Cli, VersionAndHelp) {
    const auto v = cli({"--version"});
    EXPECT_EQ(v.exitCode, 0);
    EXPECT_EQ(v.out.rfind("whydenied-cli ", 0), 0u) << v.out;
    const auto h = cli({"--help"});
    EXPECT_EQ(h.exitCode, 0);
    EXPECT_NE(h.out.find("diagnose PATH"), std::string::npos);
}

TEST(Cli, BadUsageExitsTwo) {
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({"frobnicate"}).exitCode, 2);
    EXPECT_EQ(cli({"diagnose"}).exitCode, 2);
    const auto badOp = cli({"diagnose", "/tmp", "--op", "smash"});
    EXPECT_EQ(badOp.exitCode, 2);
    EXPECT_NE(badOp.err.find("unknown operation"), std::string::npos) << badOp.err;
}

TEST(Cli, UnknownOptionsAreRefusedNotIgnored) {
    // A typo'd flag must not silently turn a JSON request into text, or a check into something else.
    const auto typo = cli({"diagnose", "/tmp", "--jsno"});
    EXPECT_EQ(typo.exitCode, 2);
    EXPECT_NE(typo.err.find("--jsno"), std::string::npos) << typo.err;
    EXPECT_TRUE(typo.out.empty()) << typo.out;
    // Known elsewhere, but not to this command.
    EXPECT_EQ(cli({"parse", "--op", "write", "/dev/null"}).exitCode, 2);
    EXPECT_EQ(cli({"holders", "/tmp", "--yes"}).exitCode, 2);
    EXPECT_EQ(cli({"undo", "--fix", "x"}).exitCode, 2);
    // What each command does take still works.
    EXPECT_EQ(cli({"diagnose", "/tmp", "--op", "list", "--json"}).exitCode, 0);
    EXPECT_EQ(cli({"diagnose", "/tmp", "--op=list", "--computed"}).exitCode, 0);
}

TEST(Cli, AllowedFollowsTheContract) {
    TempTree t;
    const auto& me = wdtest::testUser();
    t.dir("mine", 0755, me.uid, me.gid);
    const std::string p = t.file("mine/report.csv", 0644, me.uid, me.gid);
    const auto r = cliAsUser({"diagnose", p, "--op", "write", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
    const Json j = json(r);
    EXPECT_EQ(j["schema"].num, 1);
    EXPECT_EQ(j["path"].str, p);
    EXPECT_EQ(j["operation"].str, "write");
    EXPECT_EQ(j["verdict"].str, "allowed");
    EXPECT_TRUE(j["errno"].isNull());
    EXPECT_TRUE(j["findings"].items.empty());
    ASSERT_GE(j["chain"].items.size(), 3u);
    EXPECT_EQ(j["chain"][0]["path"].str, "/");
    EXPECT_EQ(j["chain"][0]["type"].str, "dir");
    EXPECT_EQ(j["chain"].items.back()["path"].str, p);
    EXPECT_EQ(j["chain"].items.back()["mode"].str, "0644");
}

TEST(Cli, DeniedNamesCauseEvidenceAndFix) {
    TempTree t;
    const auto& me = wdtest::testUser();
    const std::string p = t.file("report.csv", 0444, me.uid, me.gid);
    const auto r = cliAsUser({"diagnose", p, "--op", "write", "--json"});
    ASSERT_EQ(r.exitCode, 1) << r.out << r.err;
    const Json j = json(r);
    EXPECT_EQ(j["verdict"].str, "denied");
    EXPECT_EQ(j["errno"].str, "EACCES");
    const Json& f = j["findings"][0];
    EXPECT_EQ(f["cause"].str, "owner-lacks-permission");
    EXPECT_GT(f["confidence"].num, 0.5);
    EXPECT_FALSE(f["title"].str.empty());
    EXPECT_FALSE(f["explanation"].str.empty());
    EXPECT_EQ(f["evidence"]["mode"].str, "0444");
    EXPECT_EQ(f["evidence"]["node"].str, p);
    const Json& fx = f["fixes"][0];
    EXPECT_EQ(fx["id"].str, "chmod-owner-write");
    EXPECT_EQ(fx["command"].str, "chmod u+w -- " + p);
    EXPECT_EQ(fx["privilege"].str, "none");
    EXPECT_EQ(fx["undo"].str, "chmod u-w -- " + p);
}

TEST(Cli, TextOutputLeadsWithTheAnswer) {
    TempTree t;
    const auto& me = wdtest::testUser();
    const std::string p = t.file("report.csv", 0444, me.uid, me.gid);
    const auto r = cliAsUser({"diagnose", p, "--op", "write"});
    ASSERT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out.rfind("You cannot write to", 0), 0u) << r.out;
    EXPECT_NE(r.out.find("EACCES"), std::string::npos);
    EXPECT_NE(r.out.find("chmod u+w"), std::string::npos);
}

TEST(Cli, MissingPathIsDeniedWithEnoent) {
    const auto r = cli({"diagnose", "/nonexistent/wd/report.csv", "--json"});
    EXPECT_EQ(r.exitCode, 1);
    const Json j = json(r);
    EXPECT_EQ(j["verdict"].str, "denied");
    EXPECT_EQ(j["errno"].str, "ENOENT");
    EXPECT_EQ(j["findings"][0]["cause"].str, "path-not-found");
    EXPECT_EQ(j["findings"][0]["evidence"]["nearest existing"].str, "/");
}

// --- Bad input: a clear answer, no crash, no hang, nothing changed ---

TEST(CliBadInput, FifoNeverBlocks) {
    TempTree t;
    const std::string fifo = t / "pipe";
    ASSERT_EQ(mkfifo(fifo.c_str(), 0666), 0);
    for (const char* op : {"read", "write", "delete"}) {
        const auto r = cli({"diagnose", fifo, "--op", op, "--json"});
        ASSERT_FALSE(r.timedOut) << "diagnosing a FIFO for " << op << " blocked";
        EXPECT_TRUE(r.exitCode == 0 || r.exitCode == 1) << op << ": " << r.err;
        EXPECT_EQ(json(r)["chain"].items.back()["type"].str, "fifo");
    }
}

TEST(CliBadInput, SymlinkLoopIsReportedAsSuch) {
    TempTree t;
    ASSERT_EQ(symlink((t / "b").c_str(), (t / "a").c_str()), 0);
    ASSERT_EQ(symlink((t / "a").c_str(), (t / "b").c_str()), 0);
    const auto r = cli({"diagnose", t / "a", "--json"});
    ASSERT_FALSE(r.timedOut);
    EXPECT_EQ(r.exitCode, 1);
    const Json j = json(r);
    EXPECT_EQ(j["errno"].str, "ELOOP");
    EXPECT_EQ(j["findings"][0]["cause"].str, "symlink-loop");
}

TEST(CliBadInput, ProcAndDevEntries) {
    for (const char* p : {"/proc/self/mem", "/proc/1/environ", "/dev/null", "/dev/zero", "/proc/kmsg"}) {
        for (const char* op : {"read", "write"}) {
            const auto r = cli({"diagnose", p, "--op", op, "--json"});
            ASSERT_FALSE(r.timedOut) << p;
            EXPECT_TRUE(r.exitCode == 0 || r.exitCode == 1) << p << " " << op << ": " << r.err;
            json(r);
        }
    }
    EXPECT_EQ(cli({"diagnose", "/dev/null", "--op", "write"}).exitCode, 0);
}

TEST(CliBadInput, PathLongerThanPathMax) {
    const std::string longPath = "/tmp/" + std::string(5000, 'x');
    const auto r = cli({"diagnose", longPath, "--json"});
    EXPECT_EQ(r.exitCode, 2);
    const Json j = json(r);
    EXPECT_EQ(j["errno"].str, "ENAMETOOLONG");
}

TEST(CliBadInput, HostileNamesArePrintedSafelyAndEscapedInJson) {
    TempTree t;
    const std::string name = "a\nb 'q' \"d\" $(touch pwned) `touch pwned2` \xff\xfe.csv";
    const auto& me = wdtest::testUser();
    const std::string p = t.file(name, 0444, me.uid, me.gid);
    const auto r = cliAsUser({"diagnose", p, "--op", "write", "--json"});
    ASSERT_EQ(r.exitCode, 1) << r.err;
    const Json j = json(r);  // strict: valid UTF-8, no raw control characters
    EXPECT_EQ(j["path"].str, t / "a\nb 'q' \"d\" $(touch pwned) `touch pwned2` \uFFFD\uFFFD.csv");
    EXPECT_EQ(j["findings"][0]["cause"].str, "owner-lacks-permission");

    const auto text = cliAsUser({"diagnose", p, "--op", "write"});
    EXPECT_EQ(text.out.find('\xff'), std::string::npos) << "raw invalid UTF-8 reached the terminal";
    EXPECT_NE(text.out.find("a\\nb"), std::string::npos) << "a newline in a name must be shown, not obeyed";
    struct stat st{};
    EXPECT_NE(stat((t / "pwned").c_str(), &st), 0) << "something ran the name through a shell";
    EXPECT_NE(stat("pwned", &st), 0);
}

}  // namespace
