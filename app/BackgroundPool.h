// SPDX-License-Identifier: GPL-3.0-or-later
// Where the window runs work that may block in the kernel: a walk, a fix, a holders scan or a
// helper request on a hung network mount.
#pragma once

class QThreadPool;

namespace wdgui {

// Not Qt's global pool: QCoreApplication's destructor waits for every thread of that one, so a
// single worker stuck on a dead mount would keep the program from ever quitting. This pool is
// never destroyed; process exit reclaims a stuck thread, as DiagnosisRunner does with its own.
QThreadPool* backgroundPool();

}  // namespace wdgui
