// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/windows.h"

#include <optional>

// The Windows branch: the owner SID is not yours and the DACL gives you too little.
namespace wd::win {
namespace {

std::optional<Finding> ownedByAnotherUser(const Facts& f) {
    const auto d = aclDenial(f);
    if (!d || d->acl.denyAce || (d->acl.adminAllow && !f.identity.win.elevated)) return std::nullopt;
    const Node& n = *d->node;
    if (n.win.readOnly && !n.isDir() && f.op == Operation::Write) return std::nullopt;
    if (n.win.ownerSid.empty() || f.identity.win.hasSid(n.win.ownerSid)) return std::nullopt;
    Finding out = windowsFinding(
        "owned-by-another-user", 0.85, Message(WD_TR("%1 belongs to %2"), {n.path, ownerOf(n)}),
        Message(WD_TR("%1 is owned by %2, and its permissions give your account only %3. The owner or an "
                      "administrator can grant you access, or an administrator can make you the owner."),
                {n.path, ownerOf(n), rightsWords(d->acl.granted)}),
        f, d->index);
    out.addEvidence("owner sid", n.win.ownerSid);
    out.fixes.push_back(fixGrantModify(f, n));
    out.fixes.push_back(fixTakeOwnership(n));
    if (f.op == Operation::Write && !n.isDir() && (d->acl.granted & kReadData)) out.fixes.push_back(fixCopyToProfile(f, n));
    return out;
}

}  // namespace
}  // namespace wd::win

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
