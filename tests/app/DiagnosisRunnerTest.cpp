// SPDX-License-Identifier: GPL-3.0-or-later
// The worker: QtConcurrent + QPromise underneath, signals on the GUI thread on top.
#include "DiagnosisRunner.h"
#include "SlowProbe.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

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
    wdtest::SlowProbe probe(300);
    DiagnosisRunner runner(&probe);
    QSignalSpy progress(&runner, &DiagnosisRunner::progress);
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    runner.start(request("/srv/x"));
    ASSERT_TRUE(wdtest::waitUntil([&] { return finished.count() == 1; }));
    EXPECT_GT(progress.count(), 0);
}

TEST(DiagnosisRunner, CancelStopsTheWorkerAndNeverBlocks) {
    wdtest::SlowProbe probe(10000);
    DiagnosisRunner runner(&probe);
    QSignalSpy cancelled(&runner, &DiagnosisRunner::cancelled);
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    wdtest::EventLoopGapMeter meter;
    runner.start(request("/net/slow/file"));
    ASSERT_TRUE(wdtest::waitUntil([&] { return probe.started.load(); }, 2000));
    QTest::qWait(300);
    const QFuture<wd::Diagnosis> future = runner.future();
    runner.cancel();
    EXPECT_EQ(cancelled.count(), 1);
    EXPECT_FALSE(runner.isRunning());
    EXPECT_TRUE(future.isCanceled());
    // The token reached the probe: the worker stops long before its 10 s are up.
    ASSERT_TRUE(wdtest::waitUntil([&] { return probe.returned.load(); }, 2000));
    EXPECT_TRUE(probe.sawCancel);
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
    wdtest::SlowProbe hung(1500, /*ignoreCancel=*/true);
    {
        DiagnosisRunner runner(&hung);
        QSignalSpy cancelled(&runner, &DiagnosisRunner::cancelled);
        QSignalSpy finished(&runner, &DiagnosisRunner::finished);
        wdtest::EventLoopGapMeter meter;
        runner.start(request("/net/hung/file"));
        ASSERT_TRUE(wdtest::waitUntil([&] { return hung.started.load(); }, 2000));
        runner.cancel();
        EXPECT_EQ(cancelled.count(), 1);
        EXPECT_FALSE(hung.returned);  // still stuck, and we are not waiting for it
        EXPECT_EQ(runner.activeWorkers(), 1);
        ASSERT_TRUE(wdtest::waitUntil([&] { return hung.returned.load(); }, 5000));
        QTest::qWait(50);
        EXPECT_EQ(finished.count(), 0) << "the abandoned run's result must be dropped";
        // Waiting for the stuck worker would have stalled the loop for its whole 1.5 s.
        EXPECT_LT(meter.maxGapMs(), 1000);
    }
}

TEST(DiagnosisRunner, ANewStartReplacesTheRunInProgress) {
    wdtest::SlowProbe probe(400);
    DiagnosisRunner runner(&probe);
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    runner.start(request("/first"));
    runner.start(request("/second"));
    ASSERT_TRUE(wdtest::waitUntil([&] { return finished.count() == 1; }));
    QTest::qWait(600);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.front().front().value<wd::Diagnosis>().request.path, "/second");
}

}  // namespace
