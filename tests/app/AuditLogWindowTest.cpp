// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Open audit log…: a recorded trail from another machine names its cause in the window, as
// `explain --audit-log` does on the command line.
#include "CauseCard.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using wdgui::CauseCard;
using wdgui::MainWindow;

namespace {

TEST(AuditLogWindow, RecordedSelinuxDenialComesFirst) {
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.setAuditLog(QStringLiteral(WD_LSM_DATA_DIR "/selinux-httpd-user-home.audit.log")));
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
    EXPECT_FALSE(window.setAuditLog(QStringLiteral("/nonexistent/audit.log")));
}

}  // namespace
