// SPDX-License-Identifier: GPL-3.0-or-later
// Measurements for bench/startup.sh, behind the hidden --benchmark option: time from process start
// (the WD_BENCH_T0 environment variable, CLOCK_REALTIME nanoseconds set just before exec) to the
// window being exposed, resident memory once idle, and the longest event-loop stall while a
// diagnosis runs. Printed as one JSON line; then the app quits.
#pragma once

#include <QString>

class QWidget;

namespace wdgui {
class MainWindow;

// `path`: diagnosed after start-up to measure the stall; empty = start-up and memory only.
void runBenchmark(MainWindow& window, const QString& path);
}  // namespace wdgui
