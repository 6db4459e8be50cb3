// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/macos.h"
#include "rules/support/windows.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

// The Windows branch: Controlled Folder Access.
namespace wd::win {
namespace {

bool underFolder(const std::string& path, const std::string& folder) {
    if (folder.empty() || path.size() < folder.size()) return false;
    for (size_t i = 0; i < folder.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(path[i])) != std::tolower(static_cast<unsigned char>(folder[i])))
            return false;
    return path.size() == folder.size() || path[folder.size()] == '\\' || folder.back() == '\\';
}

std::optional<Finding> controlledFolderAccess(const Facts& f) {
    if (!deniedWith(f, kErrorAccessDenied) || f.lsm.controlledFolderAccess != 1 || !rules::modifies(f.op))
        return std::nullopt;
    const Node* t = f.targetNode();
    const std::string path = t ? t->path : f.absolute;
    const auto folder = std::find_if(f.lsm.protectedFolders.begin(), f.lsm.protectedFolders.end(),
                                     [&](const std::string& p) { return underFolder(path, p); });
    if (folder == f.lsm.protectedFolders.end()) return std::nullopt;
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

}  // namespace
}  // namespace wd::win

// The macOS branch: SIP, the App Sandbox and TCC (EPERM).
namespace wd::mac {
namespace {

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
    if (sip && rules::modifies(f.op) && f.lsm.sipEnabled != 0) {
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
    if (f.lsm.sandboxed) {
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
    if (area.empty() || f.lsm.fullDiskAccess == 1) return std::nullopt;
    const std::string app = f.lsm.responsibleApp.empty() ? "the app you started it from" : f.lsm.responsibleApp;
    Finding out = rules::finding(
        "mac-policy", f.lsm.fullDiskAccess == 0 ? 0.9 : 0.8,
        Message(WD_TR("macOS privacy protection (TCC) blocks access to %1"), {area}),
        Message(WD_TR("%1 lies in %2, which macOS privacy protection (TCC) guards. The permissions allow it, but "
                      "%3 has not been given access, so macOS answers \"Operation not permitted\". TCC judges the "
                      "app that started the command (%3), not the command itself."),
                {f.absolute, area, app}),
        f, idx);
    out.addEvidence("kind", "tcc");
    out.addEvidence("protected location", area);
    out.addEvidence("responsible app", f.lsm.responsibleAppPath.empty() ? app : app + " (" + f.lsm.responsibleAppPath + ")");
    out.addEvidence("full disk access", f.lsm.fullDiskAccess == 0 ? "not granted" : "unknown");
    if (!f.lsm.fullDiskAccessProbe.empty()) out.addEvidence("full disk access probe", f.lsm.fullDiskAccessProbe);
    out.fixes.push_back(fixOpenFullDiskAccess(f));
    return out;
}

}  // namespace
}  // namespace wd::mac

namespace wd {

// On Linux selinux-denial, apparmor-denial and sandbox-confinement name the module that said no;
// this cause stays for macOS (TCC, SIP, the sandbox) and Windows Controlled Folder Access.
std::optional<Finding> rule_mac_policy(const Facts& f) {
    if (f.platform == Platform::Windows) return win::controlledFolderAccess(f);
    if (f.platform == Platform::MacOS) return mac::policy(f);
    return std::nullopt;
}

}  // namespace wd
