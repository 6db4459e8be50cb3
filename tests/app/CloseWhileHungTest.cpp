// SPDX-License-Identifier: GPL-3.0-or-later
// Closing a window while its work hangs in the kernel (a dead NFS server, an unanswered password
// prompt) returns at once: the work is abandoned, never waited for. The bounds are functional: a
// close that waited would take the whole hang (kHangMs). bench/ui-stalls.sh measures stalls.
#include "AuditView.h"
#include "FixDialog.h"
#include "MainWindow.h"
#include "SlowProbe.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace {

using wdtest::Stuck;
using wdtest::StuckProbe;

constexpr int kHangMs = Stuck::kHangMs;
constexpr qint64 kPromptlyMs = 5000;

// Closes `w` (deleted on close) and returns how long until it is gone.
qint64 closeAndTime(QWidget* w) {
    QPointer<QWidget> alive(w);
    w->setAttribute(Qt::WA_DeleteOnClose);
    QElapsedTimer t;
    t.start();
    w->close();
    EXPECT_TRUE(wdtest::waitUntil([&] { return alive.isNull(); }, kHangMs + 2000)) << "the window was never deleted";
    return t.elapsed();
}

// The window goes, and the probe it was given stays for as long as the stuck check uses it.
TEST(CloseWhileHung, MainWindowDuringAStuckCheck) {
    auto stuck = std::make_shared<Stuck>();
    auto* window = new wdgui::MainWindow(std::make_shared<StuckProbe>(stuck));
    window->show();
    window->diagnose(QStringLiteral("/net/hung/share/report.csv"));
    ASSERT_TRUE(wdtest::waitUntil([&] { return stuck->started.load(); }, 5000));
    ASSERT_TRUE(window->isBusy());
    EXPECT_LT(closeAndTime(window), kPromptlyMs);
    EXPECT_FALSE(stuck->returned) << "the check was still stuck: the close did not wait for it";
    EXPECT_FALSE(stuck->probeGone) << "the stuck check still uses the probe";
    EXPECT_TRUE(stuck->release());
    ASSERT_TRUE(wdtest::waitUntil([&] { return stuck->probeGone.load(); }, 5000)) << "the last check let it go";
    EXPECT_FALSE(stuck->probeGoneWhileInUse);
}

TEST(CloseWhileHung, AuditViewDuringAStuckWalk) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto stuck = std::make_shared<Stuck>();
    auto* view = new wdgui::AuditView;
    view->setWalk([stuck](const wd::AuditOptions&, const wd::AuditCallbacks&, const wd::CancelToken*) {
        stuck->block();
        return wd::AuditSummary{};
    });
    view->show();
    view->start(dir.path(), wd::Operation::Write);
    ASSERT_TRUE(wdtest::waitUntil([&] { return stuck->started.load(); }, 5000));
    ASSERT_TRUE(view->isRunning());
    EXPECT_LT(closeAndTime(view), kPromptlyMs);
    EXPECT_FALSE(stuck->returned);
    EXPECT_TRUE(stuck->release());
}

// A change under way cannot be closed by itself (reject() refuses), but the window it belongs to
// can: it goes with its parent, and neither waits for the change.
TEST(CloseWhileHung, FixDialogDuringAStuckChange) {
    auto stuck = std::make_shared<Stuck>();
    auto* parent = new QWidget;
    wd::FixPlan plan;
    plan.fixId = "chmod-owner-write";
    plan.title = wd::Message("Make it writable for you");
    plan.change = wd::Message("Changes the permissions");
    plan.path = "/net/hung/share/report.csv";
    plan.command = "chmod u+w -- " + plan.path;
    auto* dialog = new wdgui::FixDialog(plan, wd::ApplyOptions{}, parent);
    dialog->setApply([stuck](const wd::FixPlan&, const wd::ApplyOptions&) {
        stuck->block();
        return wd::FixOutcome{};
    });
    parent->show();
    dialog->show();
    auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyButton"));
    ASSERT_TRUE(apply);
    QTest::mouseClick(apply, Qt::LeftButton);
    ASSERT_TRUE(wdtest::waitUntil([&] { return stuck->started.load(); }, 5000));
    ASSERT_TRUE(dialog->isBusy());
    EXPECT_LT(closeAndTime(parent), kPromptlyMs);
    EXPECT_FALSE(stuck->returned);
    EXPECT_TRUE(stuck->release());
}

}  // namespace
