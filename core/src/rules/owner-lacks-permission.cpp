// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"

#include <optional>

namespace wd {

// You own it, but the owner bits lack the right: a read-only file, a script without x.
std::optional<Finding> rule_owner_lacks_permission(const Facts& f) {
    const auto b = rules::bitsDenial(f);
    if (!b || needsFor(f.op, false).onParent) return std::nullopt;
    const AccessDecision& d = b->decision;
    if (d.cls != PermClass::Owner || (d.entry && d.entry->tag != AclEntry::UserObj)) return std::nullopt;
    const Node& n = *b->node;
    Finding out = rules::finding(
        "owner-lacks-permission", 0.96,
        Message(WD_TR("You own %1, but its permissions do not allow you to %2 it"), {n.path, rules::opVerb(f.op)}).translateArg(1),
        Message(WD_TR("The file is yours, yet its owner permissions are %1: %2 is not among them. This usually "
                      "means it was marked read-only (or, for a program, never made executable)."),
                {permString(d.entryBits), rules::bitWord(b->want)}),
        f, b->index);
    const char bit = b->want & PermWrite ? 'w' : b->want & PermRead ? 'r' : 'x';
    out.fixes.push_back(rules::fixChmod(f, n, std::string("u+") + bit, std::string("u-") + bit, Privilege::None,
                                        bit == 'w'   ? WD_TR("Make it writable for you")
                                        : bit == 'r' ? WD_TR("Make it readable for you")
                                                     : WD_TR("Make it executable for you")));
    return out;
}

}  // namespace wd
