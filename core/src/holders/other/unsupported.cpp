// SPDX-License-Identifier: GPL-3.0-or-later
// Systems other than Linux, Windows and macOS have no holders backend. Honest "unsupported" rather
// than "nobody holds it": an empty list would read as an answer.
#include "whydenied/holders.h"

namespace wd {

HoldersResult findHolders(const std::string& path, const CancelToken*) {
    HoldersResult r;
    r.path = path;
    r.error = "Finding the processes that hold a file is not supported on this system yet.";
    return r;
}

EndRefusal mayEndProcess(const Holder&) { return EndRefusal::Unsupported; }

EndResult endProcess(const Holder&, std::chrono::milliseconds) {
    return EndResult{EndOutcome::Refused, EndRefusal::Unsupported, 0, false};
}

EndResult forceEndProcess(const Holder&, std::chrono::milliseconds) {
    return EndResult{EndOutcome::Refused, EndRefusal::Unsupported, 0, false};
}

bool holderAlive(const Holder&) { return false; }

}  // namespace wd
