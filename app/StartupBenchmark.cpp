// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupBenchmark.h"

#include "MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <QWindow>

#include <chrono>
#include <cstdio>

namespace wdgui {
namespace {

qint64 rssKiB() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').front().toLongLong();
    return -1;
}

double msSinceT0() {
    const qint64 t0 = qEnvironmentVariable("WD_BENCH_T0").toLongLong();
    const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    return t0 > 0 ? static_cast<double>(now - t0) / 1e6 : -1;
}

}  // namespace

void runBenchmark(MainWindow& window, const QString& path) {
    auto* poll = new QTimer(&window);
    poll->setInterval(1);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, path, poll] {
        if (!window.windowHandle() || !window.windowHandle()->isExposed()) return;
        poll->stop();
        const double shownMs = msSinceT0();
        // Idle: let the event loop settle (deferred layouts, fonts) before reading memory.
        QTimer::singleShot(300, &window, [&window, path, shownMs] {
            const qint64 rss = rssKiB();
            auto finish = [shownMs, rss](qint64 stallMs) {
                std::printf("{\"shown_ms\": %.1f, \"idle_rss_kib\": %lld, \"max_stall_ms\": %lld}\n", shownMs,
                            static_cast<long long>(rss), static_cast<long long>(stallMs));
                std::fflush(stdout);
                QApplication::exit(0);
            };
            if (path.isEmpty()) return finish(-1);
            // The longest gap between ticks of a 2 ms timer while the diagnosis runs and is shown.
            auto* tick = new QTimer(&window);
            auto* clock = new QElapsedTimer;
            auto* maxGap = new qint64(0);
            tick->setInterval(2);
            tick->setTimerType(Qt::PreciseTimer);
            QObject::connect(tick, &QTimer::timeout, &window, [clock, maxGap] {
                *maxGap = std::max(*maxGap, clock->restart());
            });
            QObject::connect(&window, &MainWindow::diagnosisShown, &window, [tick, clock, maxGap, finish] {
                QTimer::singleShot(50, [tick, clock, maxGap, finish] {
                    tick->stop();
                    const qint64 gap = std::max(*maxGap, clock->elapsed());
                    delete clock;
                    delete maxGap;
                    finish(gap);
                });
            });
            clock->start();
            tick->start();
            window.diagnose(path);
        });
    });
    poll->start();
}

}  // namespace wdgui
