// SPDX-License-Identifier: GPL-3.0-or-later
// Know what was tried, as scripts see it: `explain --json` of everyday messages that do not say what
// was tried, and `diagnose --json` of the bare path, run as the unprivileged test uid against real files.
#include "cli_as_user.h"
#include "json_reader.h"
#include "run_program.h"
#include "tried_cases.h"

#include <gtest/gtest.h>

using wdtest::Json;
using wdtest::ProgramResult;
using wdtest::TriedAnswer;

namespace {

Json parsed(const ProgramResult& r) {
    try {
        return Json::parse(r.out);
    } catch (const std::exception& e) {
        ADD_FAILURE() << e.what() << "\n" << r.out << r.err;
        return {};
    }
}

// The diagnosis object of the JSON contract against the table's answer.
void expectDiagnosis(const Json& d, const TriedAnswer& want, const std::string& what) {
    EXPECT_EQ(d["operation"].str, "any") << what;
    EXPECT_EQ(d["verdict"].str, want.verdict) << what;
    if (want.errnoName.empty()) {
        EXPECT_TRUE(d["errno"].isNull()) << what;
        EXPECT_TRUE(d["kernel_check"].isNull()) << what << ": no denied operation, no deciding check";
    } else {
        EXPECT_EQ(d["errno"].str, want.errnoName) << what;
        EXPECT_FALSE(d["kernel_check"].str.empty()) << what;
    }
    EXPECT_EQ(d["summary"].str, want.summary) << what;
    std::string access;
    std::string firstDenied;
    for (const Json& a : d["access"].items) {
        access += (access.empty() ? "" : ",") + a["operation"].str + ":" + a["verdict"].str;
        if (a["verdict"].str == "denied" && firstDenied.empty()) firstDenied = a["errno"].str;
        if (a["verdict"].str == "allowed") {
            EXPECT_TRUE(a["errno"].isNull()) << what;
        }
    }
    EXPECT_EQ(access, want.access) << what;
    EXPECT_EQ(firstDenied, want.errnoName) << what << ": errno is the first denied entry's";
    const auto& findings = d["findings"].items;
    if (want.cause.empty()) {
        EXPECT_TRUE(findings.empty()) << what;
    } else {
        ASSERT_FALSE(findings.empty()) << what;
        EXPECT_EQ(findings.front()["cause"].str, want.cause) << what;
        EXPECT_EQ(findings.front()["operation"].str, want.findingOp) << what;
    }
    bool alarm = false;
    for (const Json& f : findings) alarm = alarm || f["confidence"].num >= 0.5;
    EXPECT_EQ(alarm, want.alarm) << what;
}

class CliTried : public ::testing::Test {
protected:
    void SetUp() override {
        if (!wdtest::isRoot()) GTEST_SKIP() << "the cases need root to set up root-owned files and chattr +i";
        wdtest::makeTriedFiles(tree_.path());
    }
    wdtest::TempTree tree_;
};

TEST_F(CliTried, ExplainJsonOfEachMessage) {
    for (const wdtest::TriedCase& c : wdtest::triedCases(tree_.path())) {
        SCOPED_TRACE(c.name);
        if (!c.skip.empty()) {
            std::cout << "[  SKIPPED ] case " << c.name << ": " << c.skip << "\n";
            continue;
        }
        const ProgramResult r = wdtest::cliAsUser({"explain", "--json"}, c.message + "\n");
        EXPECT_EQ(r.exitCode, c.explained.verdict == "denied" ? 1 : 0) << r.out << r.err;
        const Json j = parsed(r);
        ASSERT_EQ(j["requests"].items.size(), 1u) << r.out;
        const Json& req = j["requests"][0];
        EXPECT_EQ(req["path"].str, c.path);
        EXPECT_EQ(req["operation_source"].str, c.source);
        // One request, one operation_source: the parser's fields and explain's never both write it.
        size_t count = 0;
        for (size_t at = r.out.find("\"operation_source\""); at != std::string::npos;
             at = r.out.find("\"operation_source\"", at + 1))
            ++count;
        EXPECT_EQ(count, 1u) << r.out;
        const Json& d = req["diagnosis"];
        ASSERT_FALSE(d.isNull()) << r.out;
        TriedAnswer want = c.explained;
        if (c.source != "checked") {
            // The text named the operation: it is checked alone, as --op would.
            EXPECT_NE(d["operation"].str, "any");
            EXPECT_EQ(d["summary"].str, want.summary);
            EXPECT_EQ(d["verdict"].str, want.verdict);
            ASSERT_FALSE(d["findings"].items.empty());
            EXPECT_EQ(d["findings"][0]["cause"].str, want.cause);
            continue;
        }
        expectDiagnosis(d, want, "explain");
    }
}

TEST_F(CliTried, BareDiagnoseJsonOfEachFile) {
    for (const wdtest::TriedCase& c : wdtest::triedCases(tree_.path())) {
        SCOPED_TRACE(c.name);
        if (!c.skip.empty()) {
            std::cout << "[  SKIPPED ] case " << c.name << ": " << c.skip << "\n";
            continue;
        }
        const ProgramResult r = wdtest::cliAsUser({"diagnose", c.path, "--json"});
        EXPECT_EQ(r.exitCode, c.bare.verdict == "denied" ? 1 : 0) << r.out << r.err;
        expectDiagnosis(parsed(r), c.bare, "diagnose");
    }
}

TEST_F(CliTried, OpAnyIsAcceptedAndAnExplicitOpKeepsItsExitCode) {
    const std::string report = tree_ / "report.csv";
    const ProgramResult any = wdtest::cliAsUser({"diagnose", report, "--op", "any", "--json"});
    EXPECT_EQ(any.exitCode, 1);
    EXPECT_EQ(parsed(any)["operation"].str, "any");
    const ProgramResult read = wdtest::cliAsUser({"diagnose", report, "--op", "read", "--json"});
    EXPECT_EQ(read.exitCode, 0) << "reading the read-only file is allowed";
    const Json j = parsed(read);
    EXPECT_EQ(j["operation"].str, "read");
    EXPECT_EQ(j["verdict"].str, "allowed");
    ASSERT_EQ(j["access"].items.size(), 1u);
    EXPECT_EQ(j["access"][0]["operation"].str, "read");
}

TEST_F(CliTried, ParseNeverSaysAny) {
    const std::string report = tree_ / "report.csv";
    const ProgramResult r = wdtest::cliAsUser({"parse", "--json"}, "PermissionError: [Errno 13] Permission denied: '" + report + "'\n");
    const Json j = parsed(r);
    ASSERT_EQ(j["requests"].items.size(), 1u) << r.out;
    EXPECT_EQ(j["requests"][0]["operation"].str, "unknown");
    EXPECT_EQ(j["requests"][0]["operation_source"].str, "checked");
}

TEST_F(CliTried, TextOutputListsWhatWasChecked) {
    const ProgramResult r = wdtest::cliAsUser({"diagnose", tree_ / "report.csv"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out.rfind("You can read report.csv, but you cannot write to it", 0), 0u) << r.out;
    EXPECT_NE(r.out.find("Checked: read allowed, write denied (EACCES)."), std::string::npos) << r.out;
}

}  // namespace
