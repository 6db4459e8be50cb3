// SPDX-License-Identifier: GPL-3.0-or-later
// The pictures of the README, taken by the application itself (scripts/screenshots.sh): the
// window, the fix dialog after Apply, or the audit of the diagnosed file's folder. Each waits for
// what it shows to be finished rather than for a fixed time, so the pictures do not depend on
// the machine's speed.
#pragma once

#include <QString>

namespace wdgui {

class MainWindow;

enum class ScreenshotOf { Window, FixDialog, Audit };

// Grabs `what` into `file` once the window's first diagnosis is on screen (after at least
// `delayMs`), then quits the application: exit status 0 when saved.
void takeScreenshot(MainWindow& window, ScreenshotOf what, const QString& file, int delayMs);

}  // namespace wdgui
