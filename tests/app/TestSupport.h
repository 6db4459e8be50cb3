// Small helpers for widget tests driven from GoogleTest (QTest's QTRY_* macros need QTest::qExec).
#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <functional>

namespace wdtest {

// Runs the event loop until `done` holds or `timeoutMs` passes; returns whether it held.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 10000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs) return false;
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

// Measures the longest gap between ticks of a 5 ms timer: how long the GUI thread was unresponsive.
class EventLoopGapMeter {
public:
    EventLoopGapMeter() {
        timer_.setInterval(5);
        timer_.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            maxGap_ = std::max(maxGap_, clock_.restart());
        });
        clock_.start();
        timer_.start();
    }
    qint64 maxGapMs() const { return maxGap_; }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 maxGap_ = 0;
};

}  // namespace wdtest
