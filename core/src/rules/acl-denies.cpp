// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/macos.h"
#include "rules/support/windows.h"

#include <optional>
#include <string>
#include <vector>

// The Windows branch: the DACL of the deciding node.
namespace wd::win {
namespace {

std::string trustee(const WinAce& a) { return a.name.empty() ? a.sid : a.name; }

std::optional<Finding> aclDenies(const Facts& f) {
    const auto d = aclDenial(f);
    if (!d) return std::nullopt;
    const Node& n = *d->node;
    if (d->acl.denyAce) {
        const WinAce& ace = *d->acl.denyAce;
        Finding out = windowsFinding(
            "acl-denies", 0.95, Message(WD_TR("A deny entry in the permissions of %1 blocks you"), {n.path}),
            Message(WD_TR("The permissions (ACL) of %1 contain an entry that denies %2 the right to %3. Deny "
                          "entries win over allow entries, so whatever else grants you access does not count."),
                    {n.path, trustee(ace), rightsWords(ace.mask & d->want)}),
            f, d->index);
        out.addEvidence("deciding entry", "deny " + trustee(ace) + ": " + rightsWords(ace.mask) +
                                              (ace.inherited ? " (inherited)" : ""));
        out.fixes.push_back(fixRemoveDeny(n, ace));
        return out;
    }
    // No allow entry for any of your SIDs holds the rights. When the owner is someone else,
    // owned-by-another-user says it better; when a filtered admin group would grant it, elevation-required.
    if (d->acl.adminAllow && !f.identity.win.elevated) return std::nullopt;
    const bool yours = !n.win.ownerSid.empty() && f.identity.win.hasSid(n.win.ownerSid);
    // The read-only attribute alone refuses writing (and Wine even mirrors it into the DACL it shows).
    const bool readOnlyExplains = n.win.readOnly && !n.isDir() && (f.op == Operation::Write || f.op == Operation::Delete);
    Finding out = windowsFinding(
        "acl-denies", readOnlyExplains ? 0.55 : yours ? 0.9 : 0.8, Message(WD_TR("The permissions of %1 do not give you this right"), {n.path}),
        Message(WD_TR("No entry in the permissions (ACL) of %1 grants your account or any of your groups the "
                      "right to %2. You have: %3."),
                {n.path, rightsWords(d->want), rightsWords(d->acl.granted)}),
        f, d->index);
    out.addEvidence("wanted", rightsWords(d->want));
    out.fixes.push_back(fixGrantModify(f, n));
    return out;
}

}  // namespace
}  // namespace wd::win

// The macOS branch: a deny entry of the extended ACL.
namespace wd::mac {
namespace {

std::optional<Finding> aclDenies(const Facts& f) {
    if (!rules::deniedWith(f, EACCES)) return std::nullopt;
    // Where a deny entry can decide: a folder on the way (search), the folder (create, delete,
    // rename: add_file / delete_child) and the object itself (delete on it, or the wanted right).
    struct Candidate {
        int index;
        uint32_t rights;
    };
    std::vector<Candidate> where;
    if (f.firstUntraversable >= 0) where.push_back({f.firstUntraversable, kAclExecute});
    const bool dir = f.targetNode() && f.targetNode()->isDir();
    const uint32_t want = wantedRights(f.op, dir);
    if (needsFor(f.op, dir).onParent) {
        if (f.op == Operation::Delete || f.op == Operation::Rename) {
            if (f.target >= 0) where.push_back({f.target, kAclDelete});
            if (f.parent >= 0) where.push_back({f.parent, kAclDeleteChild});
        } else if (f.parent >= 0) {
            where.push_back({f.parent, want});
        }
    } else if (f.target >= 0) {
        where.push_back({f.target, want});
    }
    for (const auto& c : where) {
        const Node& n = f.chain[static_cast<size_t>(c.index)];
        const MacAclEntry* e = denyingEntry(n, c.rights);
        if (!e) continue;
        const std::string whole = aclEntryText(*e, e->rights, n.isDir());
        const std::string shown = whole.empty() ? (e->group ? "group " : "user ") + e->uuid : whole;
        Finding out = rules::finding(
            "acl-denies", 0.96, Message(WD_TR("An ACL entry on %1 denies you"), {n.path}),
            Message(WD_TR("%1 has an access control list with a deny entry that matches you (%2). macOS applies "
                          "ACL entries before the ordinary permissions, so it refuses %3 whatever the mode bits say."),
                    {n.path, shown, rightsText(c.rights, n.isDir())}),
            f, c.index);
        out.addEvidence("deciding entry", shown);
        if (e->inherited) out.addEvidence("inherited", "yes: it came from a parent folder");
        // Remove only the rights that are in the way; the rest of the entry stays.
        const std::string removed = aclEntryText(*e, e->rights & c.rights, n.isDir());
        if (!removed.empty()) {
            FixProposal fx = rules::typedFix(FixAction::AclRemoveDeny, f.platform, n, removed);
            fx.id = "chmod-remove-acl-deny";
            fx.title = WD_TR("Remove the deny entry from the ACL");
            fx.change = Message(WD_TR("Removes \"%1\" from the access control list of %2."), {removed, n.path});
            fx.privilege = n.uid == f.identity.euid ? Privilege::None : Privilege::Admin;
            out.fixes.push_back(fx);
        }
        return out;
    }
    return std::nullopt;
}

}  // namespace
}  // namespace wd::mac

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
