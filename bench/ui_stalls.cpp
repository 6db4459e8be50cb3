// SPDX-License-Identifier: GPL-3.0-or-later
// How long the window's event loop stops answering while its work is slow or stuck: the longest
// gap between ticks of a 5 ms timer (the tests' meter), per scenario, as one JSON line. The tests keep only generous
// functional bounds (a stall of the whole hang would fail them); the figures are measured here.
// Usage: wd_ui_stalls FOLDER   (a folder to audit; bench/ui-stalls.sh makes one)
#include "AuditView.h"
#include "DiagnosisRunner.h"
#include "MainWindow.h"
#include "SlowProbe.h"    // the GUI tests' stuck probe
#include "TestSupport.h"  // the GUI tests' event-loop helpers: the same gap meter

#include <QApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// Cancel of a check whose worker is stuck, then closing the window while it still is.
void stuckCheck(qint64& cancelMs, qint64& closeMs) {
    auto stuck = std::make_shared<wdtest::Stuck>();
    auto* window = new wdgui::MainWindow(std::make_shared<wdtest::StuckProbe>(stuck));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    {
        wdtest::EventLoopGapMeter gaps;
        window->diagnose(QStringLiteral("/net/hung/share/report.csv"));
        wdtest::waitUntil([&] { return stuck->started.load(); }, 5000);
        wdtest::waitUntil([] { return false; }, 300);  // the busy row appears meanwhile
        window->runner()->cancel();
        wdtest::waitUntil([] { return false; }, 100);
        cancelMs = gaps.maxGapMs();
    }
    window->diagnose(QStringLiteral("/net/hung/share/other.csv"));  // a second stuck worker
    QPointer<wdgui::MainWindow> alive(window);
    {
        wdtest::EventLoopGapMeter gaps;
        window->close();
        wdtest::waitUntil([&] { return alive.isNull(); }, 20000);
        wdtest::waitUntil([] { return false; }, 50);
        closeMs = gaps.maxGapMs();
    }
    stuck->release();
}

// A real walk of `folder` in the audit window, from start to its result on screen.
qint64 auditWalk(const QString& folder) {
    wdgui::AuditView view;
    view.show();
    bool done = false;
    QObject::connect(&view, &wdgui::AuditView::auditFinished, [&] { done = true; });
    wdtest::EventLoopGapMeter gaps;
    view.start(folder, wd::Operation::Write);
    wdtest::waitUntil([&] { return done; }, 120000);
    return gaps.maxGapMs();
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: wd_ui_stalls FOLDER\n");
        return 2;
    }
    qint64 cancelMs = -1, closeMs = -1;
    stuckCheck(cancelMs, closeMs);
    const qint64 auditMs = auditWalk(QString::fromLocal8Bit(argv[1]));
    std::printf("{\"cancel_stuck_check_ms\": %lld, \"close_window_stuck_ms\": %lld, \"audit_walk_ms\": %lld}\n",
                static_cast<long long>(cancelMs), static_cast<long long>(closeMs), static_cast<long long>(auditMs));
    return 0;
}
