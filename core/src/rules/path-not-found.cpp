// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"

#include <optional>

namespace wd {

// Not a permission problem at all: something on the path does not exist.
std::optional<Finding> rule_path_not_found(const Facts& f) {
    if (!rules::deniedWith(f, ENOENT) && !rules::deniedWith(f, ENOTDIR)) return std::nullopt;
    if (f.firstMissing < 0) return std::nullopt;
    const Node& missing = f.chain[static_cast<size_t>(f.firstMissing)];
    std::string ancestor = "/";
    for (int i = f.firstMissing - 1; i >= 0; --i)
        if (f.chain[static_cast<size_t>(i)].exists) { ancestor = f.chain[static_cast<size_t>(i)].path; break; }
    Finding out = rules::finding("path-not-found", 0.99, Message(WD_TR("%1 does not exist"), {missing.path}),
                                 Message(WD_TR("This is not a permission problem: %1 does not exist. The nearest "
                                               "folder that does is %2. Check the spelling, or create it first."),
                                         {missing.path, ancestor}),
                                 f, f.firstMissing);
    out.addEvidence("nearest existing", ancestor);
    if (missing.statErrno == ENOTDIR) out.addEvidence("note", "a component before it is not a folder");
    return out;
}

}  // namespace wd
