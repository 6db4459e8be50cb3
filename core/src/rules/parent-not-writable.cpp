// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"

#include <optional>

namespace wd {

// Creating, deleting and renaming change the folder, not the file: they need write and search
// permission on the containing folder.
std::optional<Finding> rule_parent_not_writable(const Facts& f) {
    if (f.platform == Platform::Windows) return std::nullopt;  // the folder's ACL: acl-denies
    const Needs needs = needsFor(f.op, false);
    if (!needs.onParent || !rules::deniedWith(f, EACCES) || f.parent < 0) return std::nullopt;
    const Node& dir = f.chain[static_cast<size_t>(f.parent)];
    const AccessDecision d = decideAccess(f.identity, dir, needs.onParent);
    if (d.grants(needs.onParent)) return std::nullopt;
    Finding out = rules::finding(
        "parent-not-writable", d.viaAcl ? 0.85 : 0.93,
        Message(WD_TR("You cannot change the contents of the folder %1"), {dir.path}),
        Message(WD_TR("To %1 an entry in a folder you need write and search permission on the folder itself. "
                      "%2 belongs to %3 and gives you only %4."),
                {rules::opVerb(f.op), dir.path, rules::who(dir), permString(d.granted)}).translateArg(0),
        f, f.parent);
    if (dir.uid == f.identity.euid) {
        // Only the owner bits that are missing, and undo takes back exactly those.
        std::string missing;
        if (!(dir.mode & 0200)) missing += 'w';
        if (!(dir.mode & 0100)) missing += 'x';
        if (missing.empty()) missing = "wx";
        out.fixes.push_back(rules::fixChmod(f, dir, "u+" + missing, "u-" + missing, Privilege::None,
                                            WD_TR("Make the folder writable for you")));
    }
    else
        out.fixes.push_back(rules::fixAclGrant(f, dir, PermWrite | PermExec));
    return out;
}

}  // namespace wd
