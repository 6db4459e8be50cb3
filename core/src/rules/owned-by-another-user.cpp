// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/windows.h"

#include <optional>

namespace wd {

// Another user owns it, you are not in its group, and the "other" bits lack the right.
std::optional<Finding> rule_owned_by_another_user(const Facts& f) {
    if (f.platform == Platform::Windows) return win::ownedByAnotherUser(f);
    const auto b = rules::bitsDenial(f);
    if (!b || needsFor(f.op, false).onParent) return std::nullopt;
    const AccessDecision& d = b->decision;
    if (d.cls != PermClass::Other) return std::nullopt;
    const Node& n = *b->node;
    Finding out = rules::finding(
        "owned-by-another-user", 0.9, Message(WD_TR("%1 belongs to %2"), {n.path, rules::who(n)}),
        Message(WD_TR("%1 is owned by %2 and the group %3, and you are neither. Everyone else gets %4: "
                      "%5 is not among them."),
                {n.path, rules::who(n), rules::whichGroup(n), permString(d.entryBits), rules::bitWord(b->want)}),
        f, b->index);
    out.fixes.push_back(rules::fixAclGrant(f, n, b->want));
    out.fixes.push_back(rules::fixChown(f, n));
    // When the group's bits would allow it, joining the group is the conventional fix. It is
    // honest about sessions: the membership only applies to programs started after a new login.
    if (n.acl.empty() && !n.group.empty() && !f.identity.userName.empty() && !f.identity.inAccountGroup(n.gid) &&
        (modeBitsFor(PermClass::Group, n.mode) & b->want) == b->want && n.gid != 0) {
        out.fixes.push_back(rules::fixJoinGroup(
            f, n.group, n.gid, Message(WD_TR("Join the group %1"), {n.group}),
            Message(WD_TR("Adds you to the group %1 in the account database. It applies to programs started after "
                          "you log in again, or from a shell started with `newgrp %1` or `sg %1 -c …`; programs "
                          "already running, this one included, keep their old groups until then."),
                    {n.group})));
    }
    if (f.op == Operation::Write && n.type == NodeType::Regular &&
        decideAccess(f.identity, n, PermRead).grants(PermRead))
        out.fixes.push_back(rules::fixCopyToHome(f, n));
    return out;
}

}  // namespace wd
