// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/holders_text.h"
#include "rules/support/windows.h"

#include <algorithm>
#include <cctype>

namespace wd::win {
namespace {

int decidingIndex(const Facts& f) { return f.op == Operation::Create ? f.parent : f.target; }

std::string trustee(const WinAce& a) { return a.name.empty() ? a.sid : a.name; }

Finding windowsFinding(const char* cause, double confidence, Message title, Message explanation, const Facts& f,
                       int idx) {
    Finding out = rules::finding(cause, confidence, std::move(title), std::move(explanation), f, -1);
    if (idx >= 0) {
        addNodeEvidence(out, f, f.chain[static_cast<size_t>(idx)]);
        out.node = idx;
    }
    return out;
}

// Denied, the DACL of the deciding node decides against you, and no other Windows cause is closer.
struct AclDenial {
    const Node* node = nullptr;
    int index = -1;
    uint32_t want = 0;
    AclDecision acl;
};
std::optional<AclDenial> aclDenial(const Facts& f) {
    if (!deniedWith(f, kErrorAccessDenied)) return std::nullopt;
    AclDenial d;
    d.index = decidingIndex(f);
    if (d.index < 0) return std::nullopt;
    d.node = &f.chain[static_cast<size_t>(d.index)];
    d.want = wantedRights(f.op, d.node->isDir());
    d.acl = decideAcl(f.identity, *d.node, d.want);
    if (!d.acl.known || d.acl.grants(d.want)) return std::nullopt;
    // Delete also succeeds through FILE_DELETE_CHILD on the folder.
    if (f.op == Operation::Delete && f.parent >= 0) {
        const auto viaParent = decideAcl(f.identity, f.chain[static_cast<size_t>(f.parent)], kDeleteChild);
        if (viaParent.known && viaParent.grants(kDeleteChild)) return std::nullopt;
    }
    return d;
}

bool underFolder(const std::string& path, const std::string& folder) {
    if (folder.empty() || path.size() < folder.size()) return false;
    for (size_t i = 0; i < folder.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(path[i])) != std::tolower(static_cast<unsigned char>(folder[i])))
            return false;
    return path.size() == folder.size() || path[folder.size()] == '\\' || folder.back() == '\\';
}

}  // namespace

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

std::optional<Finding> isADirectory(const Facts& f) {
    if (!deniedWith(f, kErrorAccessDenied)) return std::nullopt;
    const Node* t = f.targetNode();
    if (!t || !t->isDir()) return std::nullopt;
    if (f.op != Operation::Read && f.op != Operation::Write && f.op != Operation::Execute) return std::nullopt;
    return windowsFinding(
        "is-a-directory", 0.95, Message(WD_TR("%1 is a folder, not a file"), {t->path}),
        Message(WD_TR("The program tried to open a folder as if it were a file, and Windows answers that with "
                      "\"Access is denied\" (Python: PermissionError [Errno 13]). Use a file inside it, or a call "
                      "meant for folders (os.scandir, shutil.rmtree).")),
        f, f.target);
}

std::optional<Finding> controlledFolderAccess(const Facts& f) {
    if (!deniedWith(f, kErrorAccessDenied) || f.mac.controlledFolderAccess != 1 || !rules::modifies(f.op))
        return std::nullopt;
    const Node* t = f.targetNode();
    const std::string path = t ? t->path : f.absolute;
    const auto folder = std::find_if(f.mac.protectedFolders.begin(), f.mac.protectedFolders.end(),
                                     [&](const std::string& p) { return underFolder(path, p); });
    if (folder == f.mac.protectedFolders.end()) return std::nullopt;
    const int idx = decidingIndex(f);
    if (idx >= 0) {
        const Node& n = f.chain[static_cast<size_t>(idx)];
        const uint32_t want = wantedRights(f.op, n.isDir());
        const auto acl = decideAcl(f.identity, n, want);
        if (acl.known && !acl.grants(want)) return std::nullopt;  // the ACL explains it
        if (n.win.readOnly && !n.isDir() && f.op == Operation::Write) return std::nullopt;
    }
    Finding out = windowsFinding(
        "mac-policy", 0.8, Message(WD_TR("Controlled folder access blocks changes to %1"), {*folder}),
        Message(WD_TR("Microsoft Defender's controlled folder access (ransomware protection) is on and %1 is a "
                      "protected folder: only programs on its allow list may change files there, whatever the "
                      "permissions say. Allow the program in Windows Security > Virus & threat protection > "
                      "Ransomware protection, or save somewhere else.")),
        f, idx);
    out.addEvidence("protected folder", *folder);
    FixProposal allow = advisoryFix(
        "cfa-allow-app", WD_TR("Allow the program through controlled folder access"),
        WD_TR("Adds the program to Defender's list of apps allowed to change protected folders."),
        {"powershell", "-NoProfile", "-Command", "Add-MpPreference", "-ControlledFolderAccessAllowedApplications",
         "PROGRAM.exe"});
    allow.undoArgv = {"powershell", "-NoProfile", "-Command", "Remove-MpPreference",
                      "-ControlledFolderAccessAllowedApplications", "PROGRAM.exe"};
    out.fixes.push_back(allow);
    return out;
}

std::optional<Finding> sharingViolation(const Facts& f) {
    if (f.platform != Platform::Windows || !rules::denied(f)) return std::nullopt;
    const uint32_t e = f.verdict.winError;
    if (e != kErrorSharingViolation && e != kErrorLockViolation) return std::nullopt;
    const Node* t = f.targetNode();
    const std::string holders = rules::holderList(f, [](const Holder&) { return true; });
    Finding out = windowsFinding(
        "file-locked-by-process", 0.95,
        holders.empty() ? Message(e == kErrorLockViolation ? WD_TR("Another program has locked part of %1")
                                                           : WD_TR("%1 is being used by another process"),
                                  {t ? t->path : f.absolute})
                        : Message(WD_TR("%1 is in use by %2"), {t ? t->path : f.absolute, holders}),
        Message(e == kErrorLockViolation
                    ? WD_TR("Another program holds a lock on a region of the file. Windows refuses conflicting "
                            "reads and writes until it releases the lock or exits.")
                    : WD_TR("Another program has the file open and did not allow others to share it. Close the file "
                            "in that program (or end the program), then try again.")),
        f, f.target);
    out.addEvidence("error", f.verdict.errName.empty() ? std::to_string(e) : f.verdict.errName);
    for (const Holder& h : f.holders) out.addEvidence("holder " + std::to_string(h.pid), rules::holderText(h));
    if (f.holdersScanned && f.holders.empty())
        out.addEvidence("holders", "none found (a process of another user or a service may hold it)");
    return out;
}

}  // namespace wd::win

namespace wd {
// Registered under file-locked-by-process for Windows sharing and lock violations.
std::optional<Finding> rule_windows_sharing_violation(const Facts& f) { return win::sharingViolation(f); }
}  // namespace wd
