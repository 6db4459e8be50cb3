// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"

#include <optional>

namespace wd {

std::optional<Finding> rule_symlink_loop(const Facts& f) {
    if (!f.symlinkLoop && !rules::deniedWith(f, ELOOP)) return std::nullopt;
    Finding out = rules::finding(
        "symlink-loop", 0.99, Message(WD_TR("The path loops through symbolic links")),
        Message(WD_TR("Following the symbolic links in %1 never ends (or needs more than 40 steps), so the "
                      "system gives up. Point one of the links somewhere else.")),
        f, static_cast<int>(f.chain.size()) - 1);
    out.addEvidence("path", f.absolute);
    return out;
}

}  // namespace wd
