// SPDX-License-Identifier: GPL-3.0-or-later
// --dump-view FILE: what the window shows once the first diagnosis is on screen, as JSON, so that
// scripts (the Wine tests of the Windows installer, Linux tests) read the window, not its pixels.
#pragma once

#include <QString>

namespace wdgui {

class MainWindow;

// Writes `file` once the first diagnosis is shown and the holders panel (when visible) has finished
// its scan. With `quit`, then leaves the event loop: exit code 0 when the file was written, 1 if not.
// The format: {"headline": "...", "detail": "...", "causes": ["id", ...], "fixes": ["id", ...],
// "holders": [{"pid": N, "program": "...", "user": "..."}, ...], "holdersShown": bool,
// "installScope": "all-users" | "per-user"}   (per-user: privileged fixes shown as commands only)
void dumpViewWhenShown(MainWindow& window, const QString& file, bool quit);

}  // namespace wdgui
