// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"

#include <optional>

namespace wd {

// The group class applies to you (you are in the file's group) and the group bits lack the right.
std::optional<Finding> rule_group_lacks_permission(const Facts& f) {
    const auto b = rules::bitsDenial(f);
    if (!b || needsFor(f.op, false).onParent) return std::nullopt;
    const AccessDecision& d = b->decision;
    if (d.cls != PermClass::Group || d.maskLimited || (d.entry && d.entry->tag != AclEntry::GroupObj))
        return std::nullopt;
    const Node& n = *b->node;
    Finding out = rules::finding(
        "group-lacks-permission", 0.92,
        Message(WD_TR("The group %1 may not %2 %3"), {rules::whichGroup(n), rules::opVerb(f.op), n.path}).translateArg(1),
        Message(WD_TR("%1 belongs to %2 and the group %3, which you are in. The group's permissions are %4: "
                      "%5 is not among them."),
                {n.path, rules::who(n), rules::whichGroup(n), permString(d.entryBits), rules::bitWord(b->want)}),
        f, b->index);
    const char bit = b->want & PermWrite ? 'w' : b->want & PermRead ? 'r' : 'x';
    out.fixes.push_back(rules::fixChmod(f, n, std::string("g+") + bit, std::string("g-") + bit, Privilege::Admin,
                                        Message(WD_TR("Give the group %1 this right"), {rules::whichGroup(n)})));
    out.fixes.push_back(rules::fixAclGrant(f, n, b->want));
    return out;
}

}  // namespace wd
