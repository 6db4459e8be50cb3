// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/macos.h"
#include "rules/support/windows.h"

#include <optional>

namespace wd {

// An extended ACL decides: a named entry lacks the right, or the mask takes it away.
std::optional<Finding> rule_acl_denies(const Facts& f) {
    if (f.platform == Platform::Windows) return win::aclDenies(f);
    if (f.platform == Platform::MacOS) return mac::aclDenies(f);
    const auto b = rules::bitsDenial(f);
    if (!b || !b->decision.viaAcl) return std::nullopt;
    const AccessDecision& d = b->decision;
    const bool named = d.entry && (d.entry->tag == AclEntry::User || d.entry->tag == AclEntry::Group);
    if (!named && !d.maskLimited) return std::nullopt;
    const Node& n = *b->node;
    Node only;
    only.acl = {*d.entry};
    const std::string entry = rules::aclText(only);
    unsigned mask = 7;
    for (const auto& e : n.acl)
        if (e.tag == AclEntry::Mask) mask = e.perms;
    Finding out = d.maskLimited
        ? rules::finding("acl-denies", 0.95, Message(WD_TR("The ACL mask of %1 takes the right away"), {n.path}),
                         Message(WD_TR("%1 has an access control list. Your entry (%2) would allow it, but the "
                                       "ACL's mask limits every named entry and group to %3."),
                                 {n.path, entry, permString(mask)}),
                         f, b->index)
        : rules::finding("acl-denies", 0.95, Message(WD_TR("An ACL entry on %1 limits you"), {n.path}),
                         Message(WD_TR("%1 has an access control list with an entry that matches you (%2). It "
                                       "does not include %3, and the ACL takes precedence over the ordinary "
                                       "group and other permissions."),
                                 {n.path, entry, rules::bitWord(b->want)}),
                         f, b->index);
    out.addEvidence("deciding entry", entry);
    if (d.maskLimited) {
        FixProposal fx = rules::typedFix(FixAction::AclModify, f.platform, n, "m::" + permString(mask | b->want),
                                         "m::" + permString(mask));
        fx.id = "acl-widen-mask";
        fx.title = WD_TR("Widen the ACL mask");
        fx.change = Message(WD_TR("Lets the ACL mask of %1 include %2."), {n.path, permString(b->want)});
        fx.privilege = n.uid == f.identity.euid ? Privilege::None : Privilege::Admin;
        out.fixes.push_back(fx);
    } else {
        out.fixes.push_back(rules::fixAclGrant(f, n, d.entryBits | b->want));
    }
    return out;
}

}  // namespace wd
