// SPDX-License-Identifier: GPL-3.0-or-later
// The worker: QtConcurrent + QPromise underneath, signals on the GUI thread on top.
#include "DiagnosisRunner.h"
#include "SlowProbe.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using wdgui::DiagnosisRunner;

namespace {

wd::DiagnoseRequest request(const std::string& path, wd::Operation op = wd::Operation::Read) {
    wd::DiagnoseRequest r;
    r.path = path;
    r.op = op;
    return r;
}

TEST(DiagnosisRunner, DeliversTheResultOnTheGuiThread) {
    QTemporaryDir dir;
    DiagnosisRunner runner;
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    runner.start(request(dir.path().toStdString(), wd::Operation::Write));
    EXPECT_TRUE(runner.isRunning());
    ASSERT_TRUE(wdtest::waitUntil([&] { return finished.count() == 1; }));
    EXPECT_FALSE(runner.isRunning());
    const auto d = finished.front().front().value<wd::Diagnosis>();
    EXPECT_EQ(d.verdict, wd::Verdict::Denied);
    EXPECT_EQ(d.errnoName, "EISDIR");
}

TEST(DiagnosisRunner, ReportsProgress) {
    DiagnosisRunner runner(std::make_shared<wdtest::SlowProbe>(300));
    QSignalSpy progress(&runner, &DiagnosisRunner::progress);
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    runner.start(request("/srv/x"));
    ASSERT_TRUE(wdtest::waitUntil([&] { return finished.count() == 1; }));
    EXPECT_GT(progress.count(), 0);
}

TEST(DiagnosisRunner, CancelStopsTheWorkerAndNeverBlocks) {
    auto probe = std::make_shared<wdtest::SlowProbe>(10000);
    DiagnosisRunner runner(probe);
    QSignalSpy cancelled(&runner, &DiagnosisRunner::cancelled);
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    wdtest::EventLoopGapMeter meter;
    runner.start(request("/net/slow/file"));
    ASSERT_TRUE(wdtest::waitUntil([&] { return probe->started.load(); }, 2000));
    QTest::qWait(300);
    const QFuture<wd::Diagnosis> future = runner.future();
    runner.cancel();
    EXPECT_EQ(cancelled.count(), 1);
    EXPECT_FALSE(runner.isRunning());
    EXPECT_TRUE(future.isCanceled());
    // The token reached the probe: the worker stops long before its 10 s are up.
    ASSERT_TRUE(wdtest::waitUntil([&] { return probe->returned.load(); }, 2000));
    EXPECT_TRUE(probe->sawCancel);
    ASSERT_TRUE(wdtest::waitUntil([&] { return future.isFinished(); }, 2000));
    EXPECT_EQ(future.resultCount(), 0);
    QTest::qWait(30);
    EXPECT_EQ(finished.count(), 0);
    // Functional bound, not a timing target (bench/ measures stalls): the event loop never waited for
    // the worker, which would have stalled it for the probe's whole 10 s.
    EXPECT_LT(meter.maxGapMs(), 2000);
}

// A worker stuck in the kernel (hung NFS) ignores the token: Cancel still answers at once, and a new
// check can start while the old thread is still stuck.
TEST(DiagnosisRunner, AbandonsAWorkerThatIgnoresCancellation) {
    auto hung = std::make_shared<wdtest::SlowProbe>(1500, /*ignoreCancel=*/true);
    {
        DiagnosisRunner runner(hung);
        QSignalSpy cancelled(&runner, &DiagnosisRunner::cancelled);
        QSignalSpy finished(&runner, &DiagnosisRunner::finished);
        wdtest::EventLoopGapMeter meter;
        runner.start(request("/net/hung/file"));
        ASSERT_TRUE(wdtest::waitUntil([&] { return hung->started.load(); }, 2000));
        runner.cancel();
        EXPECT_EQ(cancelled.count(), 1);
        EXPECT_FALSE(hung->returned);  // still stuck, and we are not waiting for it
        EXPECT_EQ(runner.activeWorkers(), 1);
        ASSERT_TRUE(wdtest::waitUntil([&] { return hung->returned.load(); }, 5000));
        QTest::qWait(50);
        EXPECT_EQ(finished.count(), 0) << "the abandoned run's result must be dropped";
        // Waiting for the stuck worker would have stalled the loop for its whole 1.5 s.
        EXPECT_LT(meter.maxGapMs(), 1000);
    }
}

// The window closes over a check stuck in the kernel: the runner goes at once, without waiting,
// and the probe it was given lives on until the abandoned worker is done with it.
TEST(DiagnosisRunner, GoesWithoutWaitingAndItsProbeOutlivesTheStuckWorker) {
    auto stuck = std::make_shared<wdtest::Stuck>();
    QFuture<wd::Diagnosis> worker;
    {
        auto runner = std::make_unique<DiagnosisRunner>(std::make_shared<wdtest::StuckProbe>(stuck));
        runner->start(request("/net/hung/file"));
        ASSERT_TRUE(wdtest::waitUntil([&] { return stuck->started.load(); }, 5000));
        worker = runner->future();
        runner.reset();
        // A destructor that waited would have returned only once the stuck work gave up.
        EXPECT_FALSE(stuck->returned) << "the destructor waited for the stuck worker";
        EXPECT_FALSE(worker.isFinished());
    }
    EXPECT_FALSE(stuck->probeGone) << "freed while the worker is still inside it";
    ASSERT_TRUE(stuck->release());
    ASSERT_TRUE(wdtest::waitUntil([&] { return worker.isFinished(); }, 5000));
    // The worker held the last copy: the probe goes with it, not before.
    ASSERT_TRUE(wdtest::waitUntil([&] { return stuck->probeGone.load(); }, 5000));
    EXPECT_FALSE(stuck->probeGoneWhileInUse);
}

// Without a worker in flight the pool goes at once too, and so does the probe.
TEST(DiagnosisRunner, AnIdleRunnerLetsItsProbeGo) {
    auto stuck = std::make_shared<wdtest::Stuck>();
    {
        DiagnosisRunner runner(std::make_shared<wdtest::StuckProbe>(stuck));
        EXPECT_EQ(runner.activeWorkers(), 0);
    }
    EXPECT_TRUE(stuck->probeGone);
}

TEST(DiagnosisRunner, ANewStartReplacesTheRunInProgress) {
    DiagnosisRunner runner(std::make_shared<wdtest::SlowProbe>(400));
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    runner.start(request("/first"));
    runner.start(request("/second"));
    ASSERT_TRUE(wdtest::waitUntil([&] { return finished.count() == 1; }));
    QTest::qWait(600);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.front().front().value<wd::Diagnosis>().request.path, "/second");
}

}  // namespace
