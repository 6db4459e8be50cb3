// SPDX-License-Identifier: GPL-3.0-or-later
// Know what was tried: when the text does not say which operation failed, every plausible one is
// asked of the kernel, and the answer is denied as soon as one is. Real files, the test uid.
#include "scenario.h"
#include "synthetic.h"
#include "whydenied/knowhow.h"
#include "tried_cases.h"
#include "whydenied/explain.h"
#include "whydenied/report.h"

#include <gtest/gtest.h>

#include <cstring>
#include <iostream>
#include <sys/socket.h>
#include <sys/un.h>

using wd::Operation;
using wdtest::TempTree;
using wdtest::TriedAnswer;

namespace {

std::string accessOf(const wd::Diagnosis& d) {
    std::string out;
    for (const wd::AccessResult& a : d.access)
        out += (out.empty() ? "" : ",") + std::string(wd::toString(a.op)) + ":" + std::string(wd::toString(a.verdict));
    return out;
}

// One line per field, so the parent can compare them with the table.
std::string answerOf(const wd::Diagnosis& d) {
    bool alarm = false;
    for (const wd::Finding& f : d.findings) alarm = alarm || f.confidence >= 0.5;
    const wd::Finding* first = d.findings.empty() ? nullptr : &d.findings.front();
    return std::string(wd::toString(d.verdict)) + "\n" + d.errnoName + "\n" + wd::verdictSentence(d).english() + "\n" +
           accessOf(d) + "\n" + (first ? first->cause : "") + "\n" +
           (first ? std::string(wd::toString(first->operation)) : "") + "\n" + (alarm ? "1" : "0") + "\n";
}

TriedAnswer parseAnswer(const std::string& text) {
    std::istringstream in(text);
    TriedAnswer a;
    std::string alarm;
    std::getline(in, a.verdict);
    std::getline(in, a.errnoName);
    std::getline(in, a.summary);
    std::getline(in, a.access);
    std::getline(in, a.cause);
    std::getline(in, a.findingOp);
    std::getline(in, alarm);
    a.alarm = alarm == "1";
    return a;
}

void expectAnswer(const TriedAnswer& got, const TriedAnswer& want, const std::string& what) {
    EXPECT_EQ(got.verdict, want.verdict) << what;
    EXPECT_EQ(got.errnoName, want.errnoName) << what;
    EXPECT_EQ(got.summary, want.summary) << what;
    EXPECT_EQ(got.access, want.access) << what;
    EXPECT_EQ(got.cause, want.cause) << what;
    EXPECT_EQ(got.findingOp, want.findingOp) << what;
    EXPECT_EQ(got.alarm, want.alarm) << what;
}

class Tried : public ::testing::Test {
protected:
    void SetUp() override {
        if (!wdtest::isRoot()) GTEST_SKIP() << "the cases need root to set up root-owned files and chattr +i";
        wdtest::makeTriedFiles(tree_.path());
    }
    TempTree tree_;
};

TEST_F(Tried, ExplainAndBareDiagnoseGiveTheTablesAnswers) {
    for (const wdtest::TriedCase& c : wdtest::triedCases(tree_.path())) {
        SCOPED_TRACE(c.name);
        if (!c.skip.empty()) {
            std::cout << "[  SKIPPED ] case " << c.name << ": " << c.skip << "\n";
            continue;
        }
        const auto r = wdtest::runAs(wdtest::testUser(), [&] {
            const auto explained = wd::explain(c.message, {});
            if (explained.empty() || !explained.front().diagnosis) return std::string("no diagnosis\n");
            wd::DiagnoseRequest bare;
            bare.path = c.path;
            return std::string(wd::toString(explained.front().operationSource)) + "\n" +
                   answerOf(*explained.front().diagnosis) + answerOf(wd::diagnose(bare));
        });
        ASSERT_TRUE(r.ok) << r.error;
        const size_t nl = r.output.find('\n');
        ASSERT_NE(nl, std::string::npos) << r.output;
        EXPECT_EQ(r.output.substr(0, nl), c.source);
        std::istringstream rest(r.output.substr(nl + 1));
        std::string lines[14];
        for (auto& l : lines) std::getline(rest, l);
        std::string first, second;
        for (int i = 0; i < 7; ++i) first += lines[i] + "\n", second += lines[7 + i] + "\n";
        expectAnswer(parseAnswer(first), c.explained, "explain");
        expectAnswer(parseAnswer(second), c.bare, "bare diagnose");
    }
}

TEST_F(Tried, AnExplicitOperationKeepsItsOwnAnswer) {
    const std::string report = tree_ / "report.csv";
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        wd::DiagnoseRequest read;
        read.path = report;
        read.op = Operation::Read;
        wd::DiagnoseRequest write = read;
        write.op = Operation::Write;
        return answerOf(wd::diagnose(read)) + answerOf(wd::diagnose(write));
    });
    ASSERT_TRUE(r.ok) << r.error;
    const size_t split = [&] {
        size_t at = 0;
        for (int i = 0; i < 7; ++i) at = r.output.find('\n', at) + 1;
        return at;
    }();
    expectAnswer(parseAnswer(r.output.substr(0, split)),
                 {"allowed", "", "You can read report.csv — the error must come from somewhere else", "read:allowed", "",
                  "", false},
                 "--op read");
    expectAnswer(parseAnswer(r.output.substr(split)),
                 {"denied", "EACCES", "You cannot write to report.csv", "write:denied", "owner-lacks-permission", "write",
                  true},
                 "--op write");
}

TEST_F(Tried, AFolderIsListedEnteredAndWrittenInto) {
    const std::string shared = tree_ / "shared";
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        wd::DiagnoseRequest req;
        req.path = shared;
        const wd::Diagnosis d = wd::diagnose(req);
        // The path table shows the folder itself, not the entry the create check imagined in it.
        return answerOf(d) + d.facts.chain.back().path + "\n" + std::to_string(d.facts.target) + "\n" +
               (d.access.size() > 0 && d.access[0].inside ? "inside" : "itself") + "\n" + d.facts.verdict.what + "\n";
    });
    ASSERT_TRUE(r.ok) << r.error;
    std::istringstream in(r.output);
    std::string lines[11];
    for (auto& l : lines) std::getline(in, l);
    std::string answer;
    for (int i = 0; i < 7; ++i) answer += lines[i] + "\n";
    expectAnswer(parseAnswer(answer),
                 {"denied", "EACCES", "You can list shared, but you cannot create files in it",
                  "create:denied,list:allowed,traverse:allowed", "parent-not-writable", "create", true},
                 "folder");
    EXPECT_EQ(lines[7], shared);
    EXPECT_NE(lines[8], "-1");
    EXPECT_EQ(lines[9], "inside");
    EXPECT_EQ(lines[10], "faccessat(-wx) on " + shared);
}

TEST_F(Tried, AFileTheProgramWantedToWriteIsCheckedAsCreateOnEveryPlatform) {
    const std::string fresh = tree_ / "shared/out.txt";
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        const auto e = wd::explain("    with open(p, 'w') as f:\nPermissionError: [Errno 13] Permission denied: '" + fresh + "'", {});
        if (e.empty() || !e.front().diagnosis) return std::string("none");
        const wd::Diagnosis& d = *e.front().diagnosis;
        return std::string(wd::toString(e.front().request.op)) + " " + std::string(wd::toString(d.verdict)) + " " +
               (d.findings.empty() ? "-" : d.findings.front().cause) + " " + std::string(wd::toString(e.front().operationSource));
    });
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.output, "create denied parent-not-writable inferred");
}

// The rules of plausibility, on facts written by hand.
TEST(TriedPlausible, WhatEachKindOfObjectIsAskedAbout) {
    auto ops = [](const wd::Facts& f, const wd::ErrorContext& c = {}, bool header = false) {
        std::string out;
        for (Operation op : wd::plausibleOperations(f, c, header)) out += (out.empty() ? "" : ",") + std::string(wd::toString(op));
        return out;
    };
    using B = wdtest::FactsBuilder;
    const wd::Facts file = B(Operation::Read).dir("srv", 0, 0, 0755).file("a.txt", 1000, 1000, 0644).kernelSays(0);
    EXPECT_EQ(ops(file), "read,write");
    EXPECT_EQ(ops(file, {}, true), "read,write,execute") << "a shebang or an ELF/PE header";
    const wd::Facts exe = B(Operation::Read).file("tool", 1000, 1000, 0701).kernelSays(0);
    EXPECT_EQ(ops(exe), "read,write,execute") << "any x bit";
    const wd::Facts dir = B(Operation::Read).dir("srv", 0, 0, 0755).kernelSays(0);
    EXPECT_EQ(ops(dir), "create,list,traverse");
    const wd::Facts missing = B(Operation::Read).dir("srv", 0, 0, 0755).missing("new.txt").kernelSays(ENOENT);
    EXPECT_EQ(ops(missing), "create");
    wd::ErrorContext rm;
    rm.present = true;
    rm.message = "Traceback:\n  os.remove(p)\nPermissionError: [Errno 13] Permission denied: '/srv/a.txt'";
    EXPECT_EQ(ops(file, rm), "read,write,delete") << "delete only when the text names it";
    wd::ErrorContext mv;
    mv.present = true;
    mv.program = "mv";
    EXPECT_EQ(ops(file, mv), "read,write,rename");
    wd::ErrorContext perm;
    perm.present = true;
    perm.message = "permission denied: /srv/a.txt (perm check, removed nothing)";
    EXPECT_EQ(ops(file, perm), "read,write") << "\"rm\" inside another word is not rm";
}

TEST(TriedPlausible, ASocketIsConnectedTo) {
    TempTree t;
    const std::string sock = t / "app.sock";
    const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    ASSERT_LT(sock.size(), sizeof addr.sun_path);
    std::memcpy(addr.sun_path, sock.c_str(), sock.size() + 1);
    ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    wd::DiagnoseRequest req;
    req.path = sock;
    const wd::Diagnosis d = wd::diagnose(req);
    close(fd);
    ASSERT_EQ(d.access.size(), 1u);
    EXPECT_EQ(d.access[0].op, Operation::Connect);
}

TEST(TriedJson, AnyReportsEveryAccessAndTheFirstDeniedCheck) {
    TempTree t;
    const wdtest::Creds me = wdtest::testUser();
    const std::string p = t.file("report.csv", 0444, me.uid, me.gid);
    const auto r = wdtest::runAs(me, [&] {
        wd::DiagnoseRequest req;
        req.path = p;
        return wd::diagnosisJson(wd::diagnose(req));
    });
    ASSERT_TRUE(r.ok) << r.error;
    const std::string& j = r.output;
    EXPECT_NE(j.find("\"operation\": \"any\""), std::string::npos) << j;
    EXPECT_NE(j.find("\"kernel_check\": \"faccessat(-w-) on " + p + "\""), std::string::npos) << j;
    const size_t access = j.find("\"access\": [");
    ASSERT_NE(access, std::string::npos) << j;
    const size_t read = j.find("\"operation\": \"read\"", access), write = j.find("\"operation\": \"write\"", access);
    ASSERT_NE(read, std::string::npos);
    ASSERT_NE(write, std::string::npos);
    EXPECT_LT(read, write) << "in the order read, write, execute …";
    EXPECT_NE(j.find("\"errno\": null", read), std::string::npos);
}

}  // namespace
