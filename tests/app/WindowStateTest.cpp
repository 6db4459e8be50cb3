// SPDX-License-Identifier: GPL-3.0-or-later
// The window's state without a window: what a result, a changed operation, a pasted text, a
// cancel and an error do to it, and what it tells its panels.
#include "WindowState.h"

#include "SlowProbe.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using wdgui::WindowState;

namespace {

class WindowStateTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    // A file everyone may read and write (root included): allowed for every operation asked.
    QString writableFile() {
        const QString path = dir.filePath(QStringLiteral("fine.txt"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::WriteOther);
        return path;
    }

    // Loads an audit log as the window does (on a worker) and waits for the answer: read or not.
    bool loadAuditLog(const QString& file) {
        QSignalSpy loaded(&state, &WindowState::auditLogLoaded);
        state.loadAuditLog(file);
        if (!wdtest::waitUntil([&] { return loaded.count() == 1; })) {
            ADD_FAILURE() << "the audit log was never answered";
            return false;
        }
        return loaded.at(0).at(0).toBool();
    }

    QTemporaryDir dir;
    WindowState state;
};

TEST_F(WindowStateTest, AResultArrivingIsKeptAndAnnounced) {
    QSignalSpy changed(&state, &WindowState::diagnosisChanged);
    QSignalSpy busy(&state, &WindowState::busyChanged);
    QSignalSpy started(&state, &WindowState::started);
    state.setOperation(wd::Operation::Write);
    state.diagnose(dir.path());  // a folder written to as a file: denied for everyone
    EXPECT_TRUE(state.isBusy());
    ASSERT_EQ(started.count(), 1);
    EXPECT_EQ(started.front().front().toString(), dir.path());
    ASSERT_TRUE(wdtest::waitUntil([&] { return changed.count() == 1; }));
    EXPECT_FALSE(state.isBusy());
    ASSERT_TRUE(state.diagnosis());
    EXPECT_EQ(state.diagnosis()->request.path, dir.path().toStdString());
    EXPECT_EQ(state.diagnosis()->verdict, wd::Verdict::Denied);
    EXPECT_EQ(state.diagnosis()->errnoName, "EISDIR");
    EXPECT_EQ(state.currentPath(), dir.path());
    ASSERT_EQ(busy.count(), 2);
    EXPECT_TRUE(busy.at(0).at(0).toBool());
    EXPECT_FALSE(busy.at(1).at(0).toBool());
    ASSERT_FALSE(state.recent().isEmpty());
    EXPECT_EQ(state.recent().front(), QStringLiteral("write\t") + dir.path());
}

TEST_F(WindowStateTest, ChoosingAnotherOperationAsksAgain) {
    const QString file = writableFile();
    QSignalSpy changed(&state, &WindowState::diagnosisChanged);
    state.diagnose(file);
    ASSERT_TRUE(wdtest::waitUntil([&] { return changed.count() == 1; }));
    ASSERT_TRUE(state.diagnosis());
    EXPECT_EQ(state.diagnosis()->request.op, wd::Operation::Any);

    QSignalSpy operationShown(&state, &WindowState::operationChanged);
    state.chooseOperation(wd::Operation::Read);
    EXPECT_TRUE(state.isBusy()) << "the person's choice is asked at once";
    ASSERT_TRUE(wdtest::waitUntil([&] { return changed.count() == 2; }));
    EXPECT_EQ(state.diagnosis()->request.op, wd::Operation::Read);
    EXPECT_EQ(state.diagnosis()->request.path, file.toStdString());
    EXPECT_EQ(operationShown.count(), 0) << "the selector already shows the person's own choice";

    // Set for the selector (a text's operation, a recent entry): shown, not asked.
    state.setOperation(wd::Operation::Write);
    EXPECT_EQ(operationShown.count(), 1);
    EXPECT_FALSE(state.isBusy());
    EXPECT_EQ(state.operation(), wd::Operation::Write);
}

TEST_F(WindowStateTest, ChoosingAnOperationKeepsThePastedRequest) {
    const QString text = QStringLiteral("PermissionError: [Errno 13] Permission denied: '%1'").arg(dir.path());
    QSignalSpy changed(&state, &WindowState::diagnosisChanged);
    ASSERT_TRUE(state.takeText(text));
    EXPECT_FALSE(state.takeText(text)) << "the same text again is nothing new";
    ASSERT_EQ(state.requests().size(), 1U);
    state.selectRequest(0);
    EXPECT_EQ(state.currentRequest(), 0);
    ASSERT_TRUE(wdtest::waitUntil([&] { return changed.count() == 1; }));

    state.chooseOperation(wd::Operation::Write);
    ASSERT_TRUE(wdtest::waitUntil([&] { return changed.count() == 2; }));
    EXPECT_EQ(state.currentRequest(), 0) << "still the pasted request, with its text";
    EXPECT_EQ(state.diagnosis()->request.op, wd::Operation::Write);
    EXPECT_EQ(state.diagnosis()->errnoName, "EISDIR");
}

TEST_F(WindowStateTest, AnotherSystemsPathIsNotChecked) {
    QSignalSpy notHere(&state, &WindowState::notCheckedHere);
    QSignalSpy started(&state, &WindowState::started);
    ASSERT_TRUE(state.takeText(QStringLiteral("PermissionError: [Errno 13] Permission denied: 'C:\\Users\\ana\\report.csv'")));
    ASSERT_EQ(state.requests().size(), 1U);
    state.selectRequest(0);
    ASSERT_EQ(notHere.count(), 1);
    EXPECT_EQ(started.count(), 0);
    EXPECT_FALSE(state.isBusy());
    EXPECT_FALSE(state.diagnosis());
    EXPECT_TRUE(state.currentPath().isEmpty());
}

TEST_F(WindowStateTest, ErrorsAreKeptUntilANewRequest) {
    const QString file = writableFile();
    QSignalSpy errors(&state, &WindowState::errorChanged);
    EXPECT_FALSE(loadAuditLog(dir.filePath(QStringLiteral("missing/audit.log"))));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(state.lastError().contains(QStringLiteral("audit.log"))) << state.lastError().toStdString();
    EXPECT_TRUE(state.auditLog().empty());

    // A new request starts clean.
    QSignalSpy changed(&state, &WindowState::diagnosisChanged);
    state.diagnose(file);
    ASSERT_TRUE(wdtest::waitUntil([&] { return changed.count() == 1; }));
    EXPECT_TRUE(state.lastError().isEmpty()) << "the old error belongs to the old request";

    EXPECT_FALSE(loadAuditLog(dir.filePath(QStringLiteral("missing/audit.log"))));
    const QString kept = state.lastError();
    ASSERT_FALSE(kept.isEmpty());
    state.checkAgain();
    ASSERT_TRUE(wdtest::waitUntil([&] { return changed.count() == 2; }));
    EXPECT_EQ(state.lastError(), kept) << "checking again is the same request: the error stays";

    // An input that cannot be checked: its error is the last one.
    state.setSubject(QStringLiteral("no-such-user-wd-test"), /*ask=*/false);
    state.checkAgain();
    ASSERT_TRUE(wdtest::waitUntil([&] { return changed.count() == 3; }));
    ASSERT_TRUE(state.diagnosis());
    ASSERT_FALSE(state.diagnosis()->error.empty()) << "an unknown user cannot be checked";
    EXPECT_NE(state.lastError(), kept);
    EXPECT_FALSE(state.lastError().isEmpty());
}

TEST_F(WindowStateTest, AnAllowedAnswerRightAfterAFixReadsFixed) {
    const QString file = writableFile();
    QSignalSpy changed(&state, &WindowState::diagnosisChanged);
    state.setAfterFix(true);
    state.diagnose(file);
    ASSERT_TRUE(wdtest::waitUntil([&] { return changed.count() == 1; }));
    ASSERT_EQ(state.diagnosis()->verdict, wd::Verdict::Allowed);
    EXPECT_TRUE(state.shownAsFixed());
    state.checkAgain();
    ASSERT_TRUE(wdtest::waitUntil([&] { return changed.count() == 2; }));
    EXPECT_FALSE(state.shownAsFixed()) << "only the first answer after the fix";
}

TEST(WindowStateSlow, DroppingTheAnswerCancelsTheRunAtOnce) {
    auto probe = std::make_shared<wdtest::SlowProbe>(10000);
    {
        WindowState state(probe);
        QSignalSpy cancelled(&state, &WindowState::cancelled);
        QSignalSpy changed(&state, &WindowState::diagnosisChanged);
        state.diagnose(QStringLiteral("/net/hung/share/report.csv"));
        ASSERT_TRUE(wdtest::waitUntil([&] { return probe->started.load(); }, 5000));
        EXPECT_TRUE(state.isBusy());
        state.dropAnswer();
        EXPECT_EQ(cancelled.count(), 1);
        EXPECT_FALSE(state.isBusy());
        EXPECT_FALSE(state.diagnosis());
        EXPECT_TRUE(state.currentPath().isEmpty());
        ASSERT_TRUE(wdtest::waitUntil([&] { return probe->returned.load(); }, 5000));
        EXPECT_EQ(changed.count(), 0);
    }
}

TEST(WindowStateDrop, SeveralPathsAreListedNotChecked) {
    WindowState state;
    QSignalSpy listed(&state, &WindowState::requestsChanged);
    QSignalSpy started(&state, &WindowState::started);
    state.openPaths({QStringLiteral("/tmp/a"), QStringLiteral("/tmp/b")});
    EXPECT_EQ(listed.count(), 1);
    ASSERT_EQ(state.requests().size(), 2U);
    ASSERT_TRUE(state.requests()[1].path);
    EXPECT_EQ(*state.requests()[1].path, "/tmp/b");
    EXPECT_EQ(started.count(), 0) << "the window selects the first; the state waits for it";
}

}  // namespace
