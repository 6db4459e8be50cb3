// SPDX-License-Identifier: GPL-3.0-or-later
// Know what was tried, in the window: the everyday messages that do not say what was tried, pasted
// for real, answered with every plausible operation; the same answer as the CLI's explain, and the
// path table never contradicting the headline. Runs as uid 4242 against files root set up.
#include "MainWindow.h"
#include "PathChainModel.h"
#include "TestSupport.h"
#include "json_reader.h"
#include "run_program.h"
#include "tried_cases.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>

#include <gtest/gtest.h>

#include <cstdlib>

using wdgui::MainWindow;

namespace {

constexpr uid_t kUid = 4242;  // as wdtest::testUser() when the suite runs as root

QString verdictText(const MainWindow& w) { return w.findChild<QLabel*>(QStringLiteral("verdictLabel"))->text(); }

std::string accessOf(const wd::Diagnosis& d) {
    std::string out;
    for (const wd::AccessResult& a : d.access)
        out += (out.empty() ? "" : ",") + std::string(wd::toString(a.op)) + ":" + std::string(wd::toString(a.verdict));
    return out;
}

int faultRow(const MainWindow& w) {
    auto* view = w.findChild<QTableView*>(QStringLiteral("chainView"));
    return static_cast<wdgui::PathChainModel*>(view->model())->faultRow();
}

// Waits for the next answer of the window.
bool answered(MainWindow& w, QSignalSpy& shown, int before) {
    return wdtest::waitUntil([&] { return shown.count() > before && !w.isBusy(); }, 20000);
}

void expectShown(const MainWindow& w, const wdtest::TriedAnswer& want, const std::string& what) {
    ASSERT_TRUE(w.diagnosis()) << what;
    const wd::Diagnosis& d = *w.diagnosis();
    EXPECT_EQ(verdictText(w).toStdString(), want.summary) << what;
    EXPECT_EQ(std::string(wd::toString(d.verdict)), want.verdict) << what;
    EXPECT_EQ(d.errnoName, want.errnoName) << what;
    EXPECT_EQ(accessOf(d), want.access) << what;
    if (want.cause.empty()) {
        EXPECT_TRUE(d.findings.empty()) << what;
    } else {
        ASSERT_FALSE(d.findings.empty()) << what;
        EXPECT_EQ(d.findings.front().cause, want.cause) << what;
        EXPECT_EQ(std::string(wd::toString(d.findings.front().operation)), want.findingOp) << what;
    }
    // "access stops here" only where access stops: never beside an allowed headline.
    const int stops = d.verdict == wd::Verdict::Denied && !d.findings.empty() ? d.findings.front().node : -1;
    EXPECT_EQ(faultRow(w), stops) << what;
}

// The part that runs as uid 4242, in a fresh process of this binary.
void triedScenario(const std::string& root) {
    for (const wdtest::TriedCase& c : wdtest::triedCases(root)) {
        SCOPED_TRACE(c.name);
        if (!c.skip.empty()) {
            std::cout << "[  SKIPPED ] case " << c.name << ": " << c.skip << "\n";
            continue;
        }
        MainWindow w;
        w.show();
        auto* combo = w.findChild<QComboBox*>(QStringLiteral("operationCombo"));
        ASSERT_EQ(w.operation(), wd::Operation::Any) << "the selector starts at \"Anything denied?\"";
        EXPECT_EQ(combo->currentText(), QStringLiteral("Anything denied?"));
        QSignalSpy shown(&w, &MainWindow::diagnosisShown);

        w.pasteErrorText(QString::fromStdString(c.message));
        ASSERT_TRUE(answered(w, shown, 0));
        expectShown(w, c.explained, "pasted");
        if (c.source == "checked") {
            EXPECT_EQ(w.operation(), wd::Operation::Any);
        }

        // The CLI's explain of the same text: the same answer, word for word.
        const auto cli = wdtest::runProgram({WD_CLI_PATH, "explain", "--json"}, c.message + "\n");
        const wdtest::Json j = wdtest::Json::parse(cli.out);
        ASSERT_EQ(j["requests"].items.size(), 1u) << cli.out;
        const wdtest::Json& d = j["requests"][0]["diagnosis"];
        EXPECT_EQ(d["summary"].str, verdictText(w).toStdString()) << "CLI and window differ";
        std::string access;
        for (const wdtest::Json& a : d["access"].items) access += (access.empty() ? "" : ",") + a["operation"].str + ":" + a["verdict"].str;
        EXPECT_EQ(access, accessOf(*w.diagnosis())) << "CLI and window differ";
        EXPECT_EQ(d["findings"].items.empty() ? "" : d["findings"][0]["cause"].str,
                  w.diagnosis()->findings.empty() ? "" : w.diagnosis()->findings.front().cause);

        // The file itself, dropped on a fresh window: every plausible operation, without the text.
        MainWindow fresh;
        fresh.show();
        QSignalSpy freshShown(&fresh, &MainWindow::diagnosisShown);
        fresh.diagnose(QString::fromStdString(c.path));
        ASSERT_TRUE(answered(fresh, freshShown, 0));
        expectShown(fresh, c.bare, "dropped");
    }
}

// As root: sets up the files, then runs this test again as uid 4242, where `scenario` runs.
void asTheTestUid(const char* test, void (*scenario)(const std::string& root)) {
    if (::geteuid() != 0) {
        const char* root = std::getenv("WD_TRIED_ROOT");
        if (!root) GTEST_SKIP() << "needs root to set up root-owned files and chattr +i (then runs as uid 4242)";
        return scenario(root);
    }
    wdtest::TempTree tree;
    wdtest::makeTriedFiles(tree.path());
    const auto rerun = wdtest::rerunAs(test, kUid, {"WD_TRIED_ROOT=" + tree.path()});
    if (rerun.kind == wdtest::RerunResult::CannotSwitch) GTEST_SKIP() << "cannot switch to uid 4242 here";
    if (rerun.kind == wdtest::RerunResult::CannotExec) GTEST_SKIP() << "uid 4242 cannot run this test binary";
    EXPECT_EQ(rerun.kind, wdtest::RerunResult::Passed) << "the test failed, crashed or hung as uid 4242 (output above)";
}

TEST(TriedWindow, EachMessageIsAnsweredAsTheCliAnswersIt) {
    asTheTestUid("TriedWindow.EachMessageIsAnsweredAsTheCliAnswersIt", triedScenario);
}

void keepsTheTextScenario(const std::string& root) {
    const std::string report = root + "/report.csv";
    MainWindow w;
    w.show();
    QSignalSpy shown(&w, &MainWindow::diagnosisShown);
    w.pasteErrorText(QString::fromStdString("PermissionError: [Errno 13] Permission denied: '" + report + "'\n"
                                            "PermissionError: [Errno 13] Permission denied: '" + root + "/notes.txt'"));
    ASSERT_TRUE(answered(w, shown, 0));
    ASSERT_TRUE(w.diagnosis()->request.context.present);
    auto* list = w.findChild<QListWidget*>(QStringLiteral("requestList"));
    ASSERT_EQ(list->count(), 2);
    // Picking an operation checks the same pasted request again, with its text.
    int before = shown.count();
    w.setOperation(wd::Operation::Read);
    ASSERT_TRUE(answered(w, shown, before));
    EXPECT_EQ(w.diagnosis()->request.op, wd::Operation::Read);
    EXPECT_TRUE(w.diagnosis()->request.context.present) << "the know-how context survives a re-check";
    EXPECT_EQ(list->count(), 2) << "the pasted requests stay";
    EXPECT_EQ(verdictText(w).toStdString(), "You can read report.csv — the error must come from somewhere else");
    EXPECT_EQ(faultRow(w), -1) << "an allowed answer marks no component";
    // Who is asked changes: checked again, still the pasted request.
    before = shown.count();
    w.setOperation(wd::Operation::Any);
    ASSERT_TRUE(answered(w, shown, before));
    before = shown.count();
    w.setSubject(QStringLiteral("uid:%1").arg(kUid));
    ASSERT_TRUE(answered(w, shown, before));
    EXPECT_TRUE(w.diagnosis()->request.context.present);
    EXPECT_EQ(list->count(), 2);
    EXPECT_EQ(w.diagnosis()->verdict, wd::Verdict::Denied);
}

TEST(TriedWindow, ARecheckKeepsThePastedRequestsAndTheirContext) {
    asTheTestUid("TriedWindow.ARecheckKeepsThePastedRequestsAndTheirContext", keepsTheTextScenario);
}

}  // namespace
