// SPDX-License-Identifier: GPL-3.0-or-later
// Closing a window while its work hangs in the kernel (a dead NFS server, an unanswered password
// prompt) returns at once: the work is abandoned, never waited for. The bounds are functional: a
// close that waited would take the whole hang (kHangMs). bench/ui-stalls.sh measures stalls.
#include "AuditView.h"
#include "FixDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

namespace {

constexpr int kHangMs = 8000;
constexpr qint64 kPromptlyMs = 5000;

// Work that ignores every cancel token, like a thread stuck in a kernel call, until released (or
// until kHangMs pass, so that a close that waits makes the test fail instead of hang).
struct Stuck {
    std::atomic<bool> started{false}, released{false}, returned{false};
    void block() {
        started = true;
        for (int waited = 0; !released && waited < kHangMs; waited += 10)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        returned = true;
    }
    // The worker must end before the test does: it may use what the test owns.
    void release() {
        released = true;
        EXPECT_TRUE(wdtest::waitUntil([this] { return returned.load(); }, kHangMs + 2000));
    }
};

class StuckProbe : public wd::Probe {
public:
    explicit StuckProbe(std::shared_ptr<Stuck> stuck) : stuck_(std::move(stuck)) {}
    wd::Facts gather(const wd::DiagnoseRequest& req, const wd::CancelToken*, const wd::ProgressFn&) override {
        stuck_->block();
        wd::Facts f;
        f.op = req.op;
        f.input = f.absolute = req.path;
        return f;
    }

private:
    std::shared_ptr<Stuck> stuck_;
};

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

TEST(CloseWhileHung, MainWindowDuringAStuckCheck) {
    auto stuck = std::make_shared<Stuck>();
    StuckProbe probe(stuck);
    auto* window = new wdgui::MainWindow(&probe);
    window->show();
    window->diagnose(QStringLiteral("/net/hung/share/report.csv"));
    ASSERT_TRUE(wdtest::waitUntil([&] { return stuck->started.load(); }, 5000));
    ASSERT_TRUE(window->isBusy());
    EXPECT_LT(closeAndTime(window), kPromptlyMs);
    EXPECT_FALSE(stuck->returned) << "the check was still stuck: the close did not wait for it";
    stuck->release();
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
    stuck->release();
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
    stuck->release();
}

}  // namespace
