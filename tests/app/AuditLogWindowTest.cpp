// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Open audit log…: a recorded trail from another machine names its cause in the window, as
// `explain --audit-log` does on the command line.
#include "CauseCard.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WindowState.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using wdgui::CauseCard;
using wdgui::MainWindow;

namespace {

TEST(AuditLogWindow, RecordedSelinuxDenialComesFirst) {
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy read(&window, &MainWindow::auditLogRead);
    window.setAuditLog(QStringLiteral(WD_LSM_DATA_DIR "/selinux-httpd-user-home.audit.log"));
    ASSERT_TRUE(wdtest::waitUntil([&] { return read.count() == 1; }));
    ASSERT_TRUE(window.state()->lastError().isEmpty()) << window.state()->lastError().toStdString();
    ASSERT_FALSE(window.state()->auditLog().empty());
    window.setOperation(wd::Operation::Read);
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    window.diagnose(QStringLiteral("/var/www/html/uploads/photo.jpg"));
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() > 0 && !window.isBusy(); }));
    ASSERT_TRUE(window.diagnosis());
    ASSERT_FALSE(window.diagnosis()->findings.empty());
    EXPECT_EQ(window.diagnosis()->findings.front().cause, "selinux-denial");
    ASSERT_FALSE(window.diagnosis()->findings.front().fixes.empty());
    EXPECT_EQ(window.diagnosis()->findings.front().fixes.front().id, "selinux-restore-label");
    const auto cards = window.findChildren<CauseCard*>();
    EXPECT_TRUE(std::any_of(cards.begin(), cards.end(),
                            [](const CauseCard* c) { return c->cause() == QStringLiteral("selinux-denial"); }));
}

TEST(AuditLogWindow, UnreadableLogIsRefused) {
    MainWindow window;
    QSignalSpy read(&window, &MainWindow::auditLogRead);
    window.setAuditLog(QStringLiteral("/nonexistent/audit.log"));
    ASSERT_TRUE(wdtest::waitUntil([&] { return read.count() == 1; }));
    EXPECT_TRUE(window.state()->lastError().contains(QStringLiteral("audit.log"))) << window.state()->lastError().toStdString();
    EXPECT_TRUE(window.state()->auditLog().empty());
}

// A log chosen on a hung network mount, or a FIFO nobody writes, blocks its open(): that wait
// belongs to a worker, and the window goes on handling events meanwhile.
TEST(AuditLogWindow, AFifoThatNobodyWritesDoesNotFreezeTheWindow) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("audit.log")));
    ASSERT_EQ(::mkfifo(fifo.constData(), 0600), 0);
    MainWindow window;
    QSignalSpy read(&window, &MainWindow::auditLogRead);
    window.setAuditLog(QFile::decodeName(fifo));
    EXPECT_EQ(read.count(), 0) << "nobody has written yet: the log cannot have been read";
    bool ticked = false;
    QTimer::singleShot(0, &window, [&] { ticked = true; });
    ASSERT_TRUE(wdtest::waitUntil([&] { return ticked; })) << "the event loop stopped while the log was opened";
    // A writer comes and goes: the reader's open returns, and the log reads as empty.
    int writer = -1;
    ASSERT_TRUE(wdtest::waitUntil([&] { return (writer = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC)) >= 0; }));
    ::close(writer);
    ASSERT_TRUE(wdtest::waitUntil([&] { return read.count() == 1; }));
    EXPECT_TRUE(window.state()->auditLog().empty());
}

}  // namespace
