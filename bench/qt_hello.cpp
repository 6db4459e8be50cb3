// SPDX-License-Identifier: GPL-3.0-or-later
// The peer for bench/startup.sh: the smallest Qt Widgets window (a main window with one label),
// reporting the same figures as `whydenied --benchmark`. The ratio against it is WhyDenied's own
// start-up cost above what any Qt Widgets application pays.
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <QWindow>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QMainWindow w;
    w.setCentralWidget(new QLabel(QStringLiteral("Hello")));
    w.resize(1100, 760);
    w.show();
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!w.windowHandle() || !w.windowHandle()->isExposed()) return;
        poll.stop();
        const qint64 t0 = qEnvironmentVariable("WD_BENCH_T0").toLongLong();
        const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                             std::chrono::system_clock::now().time_since_epoch()).count();
        const double shown = t0 > 0 ? static_cast<double>(now - t0) / 1e6 : -1;
        QTimer::singleShot(300, [shown] {
            QFile f(QStringLiteral("/proc/self/status"));
            long long rss = -1;
            if (f.open(QIODevice::ReadOnly))
                for (const QByteArray& line : f.readAll().split('\n'))
                    if (line.startsWith("VmRSS:")) rss = line.mid(6).trimmed().split(' ').front().toLongLong();
            std::printf("{\"shown_ms\": %.1f, \"idle_rss_kib\": %lld, \"max_stall_ms\": -1}\n", shown, rss);
            std::fflush(stdout);
            QApplication::exit(0);
        });
    });
    poll.start();
    return app.exec();
}
