// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Save report…: the report reaches the chosen file through a worker (a share that hangs
// must not freeze the window), and a place that cannot be written is said without blocking.
#include "MainWindow.h"
#include "TestSupport.h"

#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using wdgui::MainWindow;

namespace {

TEST(SaveReport, TheReportOnScreenIsWrittenAndAFailureIsShownWithoutWaiting) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString checked = dir.filePath(QStringLiteral("data.csv"));
    {
        QFile f(checked);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    window.diagnose(checked);
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() > 0 && !window.isBusy(); }));

    QSignalSpy saved(&window, &MainWindow::reportSaved);
    const QString target = dir.filePath(QStringLiteral("report.md"));
    window.saveReportTo(target);
    ASSERT_TRUE(wdtest::waitUntil([&] { return saved.count() == 1; }));
    EXPECT_TRUE(saved.at(0).at(0).toBool());
    QFile report(target);
    ASSERT_TRUE(report.open(QIODevice::ReadOnly));
    EXPECT_TRUE(report.readAll().contains(QFile::encodeName(checked))) << "the report names the file it is about";

    // A folder that does not exist: the answer is a message box that does not hold up the window.
    window.saveReportTo(dir.filePath(QStringLiteral("missing/report.md")));
    ASSERT_TRUE(wdtest::waitUntil([&] { return saved.count() == 2; }));
    EXPECT_FALSE(saved.at(1).at(0).toBool());
    const auto boxes = window.findChildren<QMessageBox*>();
    ASSERT_EQ(boxes.size(), 1);
    EXPECT_TRUE(boxes.front()->text().contains(QStringLiteral("missing"))) << boxes.front()->text().toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing/report.md"))));
}

}  // namespace
