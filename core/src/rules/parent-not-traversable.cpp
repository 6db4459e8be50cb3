// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"

#include <optional>

namespace wd {

// A folder on the way lacks search (x) permission for you: nothing beneath it is reachable,
// whatever its own permissions say.
std::optional<Finding> rule_parent_not_traversable(const Facts& f) {
    if (!rules::deniedWith(f, EACCES) || f.firstUntraversable < 0) return std::nullopt;
    if (f.firstUntraversable >= rules::decidingIndex(f) && rules::decidingIndex(f) >= 0) return std::nullopt;
    const Node& dir = f.chain[static_cast<size_t>(f.firstUntraversable)];
    Finding out = rules::finding(
        "parent-not-traversable", 0.96, Message(WD_TR("You cannot enter the folder %1"), {dir.path}),
        Message(WD_TR("To reach %1 you must pass through %2, but that folder does not give you search (x) "
                      "permission. Everything inside it is out of reach, whatever its own permissions say."),
                {f.absolute, dir.path}),
        f, f.firstUntraversable);
    // A named ACL entry for the owner is never consulted (the owner entry decides), so for your
    // own folder the owner bits are the fix.
    if (dir.uid == f.identity.euid)
        out.fixes.push_back(rules::fixChmod(f, dir, "u+x", "u-x", Privilege::None, WD_TR("Let yourself enter the folder")));
    else
        out.fixes.push_back(rules::fixAclGrant(f, dir, PermExec));
    return out;
}

}  // namespace wd
