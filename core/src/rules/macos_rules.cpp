// SPDX-License-Identifier: GPL-3.0-or-later
// The macOS halves of shared causes. On a Mac the errno discriminates: EACCES comes from the mode
// bits and ACLs, EPERM from the file flags, SIP, TCC (privacy) and the sandbox.
#include "rules/support/common.h"
#include "rules/support/macos.h"

#include <optional>

namespace wd::mac {

namespace {

void addFlagEvidence(Finding& out, const Node& n) {
    if (n.mac.flags) out.addEvidence("flags", flagWords(n.mac.flags));
    if (n.mac.rootless) out.addEvidence("xattr", "com.apple.rootless");
}

bool sipProtected(const Node& n) { return (n.mac.flags & kSfRestricted) || n.mac.rootless; }

// The node carrying `flags` that blocks the operation: the object, or its folder when the
// operation changes the folder's entries (create, delete, rename).
int flaggedIndex(const Facts& f, uint32_t flags) {
    if (const Node* t = f.targetNode(); t && (t->mac.flags & flags) && f.op != Operation::Create) return f.target;
    if (const Node* p = f.parentNode(); p && (p->mac.flags & flags) && needsFor(f.op, false).onParent) return f.parent;
    return -1;
}

}  // namespace

std::optional<Finding> immutable(const Facts& f) {
    if (!rules::deniedWith(f, EPERM) || !rules::modifies(f.op)) return std::nullopt;
    const int idx = flaggedIndex(f, kUfImmutable | kSfImmutable);
    if (idx < 0) return std::nullopt;
    const Node& n = f.chain[static_cast<size_t>(idx)];
    const bool user = n.mac.flags & kUfImmutable, system = n.mac.flags & kSfImmutable;
    Finding out = system
        ? rules::finding("immutable-attribute", 0.98,
                         Message(WD_TR("%1 carries the system immutable flag (schg)"), {n.path}),
                         Message(WD_TR("%1 carries the system immutable flag (schg). While it is set nobody can "
                                       "change, delete or rename it, an administrator included. Only an "
                                       "administrator can clear it, and with System Integrity Protection on, macOS "
                                       "refuses to clear it at all (chflags then fails with \"Operation not "
                                       "permitted\"); it can then only be cleared from Recovery."),
                                 {n.path}),
                         f, idx)
        : rules::finding("immutable-attribute", 0.98, Message(WD_TR("%1 is locked (uchg)"), {n.path}),
                         Message(WD_TR("%1 carries the user immutable flag (uchg), which Finder shows as "
                                       "\"Locked\" in Get Info. While it is set nobody can change, delete or rename "
                                       "it. Its owner can clear it."),
                                 {n.path}),
                         f, idx);
    addFlagEvidence(out, n);
    if (user) out.fixes.push_back(fixChflags(f, n, "uchg"));
    // With SIP known to be on (or the file SIP-protected), a button would only fail: say so instead.
    if (system) {
        out.addEvidence("system integrity protection",
                        f.mac.sipEnabled == 1 ? "on" : f.mac.sipEnabled == 0 ? "off" : "unknown");
        FixProposal fx = fixChflags(f, n, "schg");
        fx.advisory = f.mac.sipEnabled == 1 || sipProtected(n);
        out.fixes.push_back(fx);
    }
    return out;
}

std::optional<Finding> appendOnly(const Facts& f) {
    if (!rules::deniedWith(f, EPERM) || !rules::modifies(f.op)) return std::nullopt;
    const int idx = flaggedIndex(f, kUfAppend | kSfAppend);
    if (idx < 0) return std::nullopt;
    const Node& n = f.chain[static_cast<size_t>(idx)];
    if (n.mac.flags & (kUfImmutable | kSfImmutable)) return std::nullopt;  // immutable-attribute explains it
    const bool system = n.mac.flags & kSfAppend;
    Finding out = rules::finding(
        "append-only-attribute", 0.97,
        Message(system ? WD_TR("%1 is append-only (sappnd)") : WD_TR("%1 is append-only (uappnd)"), {n.path}),
        Message(WD_TR("%1 carries an append-only flag (%2): data may be added at the end, but it cannot be "
                      "overwritten, truncated, deleted or renamed."),
                {n.path, flagWords(n.mac.flags & (kUfAppend | kSfAppend))}),
        f, idx);
    addFlagEvidence(out, n);
    if (n.mac.flags & kUfAppend) out.fixes.push_back(fixChflags(f, n, "uappnd"));
    if (system) {
        FixProposal fx = fixChflags(f, n, "sappnd");
        fx.advisory = f.mac.sipEnabled == 1 || sipProtected(n);
        out.fixes.push_back(fx);
    }
    return out;
}

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

std::optional<Finding> policy(const Facts& f) {
    if (!rules::deniedWith(f, EPERM)) return std::nullopt;
    const int idx = rules::decidingIndex(f) >= 0 ? rules::decidingIndex(f) : f.target;
    const Node* n = idx >= 0 ? &f.chain[static_cast<size_t>(idx)] : nullptr;
    const Node* t = f.targetNode();
    constexpr uint32_t kFlags = kUfImmutable | kSfImmutable | kUfAppend | kSfAppend;
    // The flags only stop changes; those are the flag rules' to explain.
    if (rules::modifies(f.op) && ((n && (n->mac.flags & kFlags)) || (t && (t->mac.flags & kFlags)))) return std::nullopt;

    // SIP: the object (or the folder whose entries change) is restricted.
    const Node* sip = t && sipProtected(*t) ? t : n && sipProtected(*n) ? n : nullptr;
    if (sip && rules::modifies(f.op) && f.mac.sipEnabled != 0) {
        Finding out = rules::finding(
            "mac-policy", 0.93, Message(WD_TR("System Integrity Protection guards %1"), {sip->path}),
            Message(WD_TR("%1 is protected by System Integrity Protection (SIP). macOS lets no one change it, "
                          "an administrator included: it belongs to the operating system and is replaced by "
                          "updates. Work on a copy elsewhere instead."),
                    {sip->path}),
            f, idx);
        out.addEvidence("kind", "sip");
        addFlagEvidence(out, *sip);
        return out;
    }
    // The App Sandbox: the process may only reach its container and what the user picked.
    if (f.mac.sandboxed) {
        Finding out = rules::finding(
            "mac-policy", 0.8, Message(WD_TR("The App Sandbox keeps this program away from %1"), {f.absolute}),
            Message(WD_TR("This program runs in the macOS App Sandbox. It may only use its own container and "
                          "the files you choose in an Open or Save dialog; the permissions of %1 do not matter. "
                          "Open the file through the program's Open dialog, or drag it onto the program."),
                    {f.absolute}),
            f, idx);
        out.addEvidence("kind", "sandbox");
        return out;
    }
    // TCC (privacy): protected folders need the responsible app's consent or Full Disk Access.
    const std::string area = tccArea(f);
    if (area.empty() || f.mac.fullDiskAccess == 1) return std::nullopt;
    const std::string app = f.mac.responsibleApp.empty() ? "the app you started it from" : f.mac.responsibleApp;
    Finding out = rules::finding(
        "mac-policy", f.mac.fullDiskAccess == 0 ? 0.9 : 0.8,
        Message(WD_TR("macOS privacy protection (TCC) blocks access to %1"), {area}),
        Message(WD_TR("%1 lies in %2, which macOS privacy protection (TCC) guards. The permissions allow it, but "
                      "%3 has not been given access, so macOS answers \"Operation not permitted\". TCC judges the "
                      "app that started the command (%3), not the command itself."),
                {f.absolute, area, app}),
        f, idx);
    out.addEvidence("kind", "tcc");
    out.addEvidence("protected location", area);
    out.addEvidence("responsible app", f.mac.responsibleAppPath.empty() ? app : app + " (" + f.mac.responsibleAppPath + ")");
    out.addEvidence("full disk access", f.mac.fullDiskAccess == 0 ? "not granted" : "unknown");
    if (!f.mac.fullDiskAccessProbe.empty()) out.addEvidence("full disk access probe", f.mac.fullDiskAccessProbe);
    out.fixes.push_back(fixOpenFullDiskAccess(f));
    return out;
}

}  // namespace wd::mac
