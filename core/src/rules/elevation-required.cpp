// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/windows.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace wd {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// Folders Windows keeps for administrators: ordinary users may read there, not change anything.
bool protectedLocation(const std::string& path) {
    const std::string p = lower(path);
    for (const char* prefix : {"c:\\windows", "c:\\program files", "c:\\program files (x86)", "c:\\programdata"})
        if (p.rfind(prefix, 0) == 0 && (p.size() == std::string(prefix).size() || p[std::string(prefix).size()] == '\\'))
            return true;
    return false;
}

}  // namespace

// UAC: the account is an administrator, but this program runs with the filtered token, where the
// Administrators group only counts for deny entries. An entry for Administrators would grant it.
std::optional<Finding> rule_elevation_required(const Facts& f) {
    if (!win::deniedWith(f, win::kErrorAccessDenied)) return std::nullopt;
    const WinIdentity& t = f.identity.win;
    if (!t.known || t.elevated) return std::nullopt;
    const int idx = f.op == Operation::Create ? f.parent : f.target;
    if (idx < 0) return std::nullopt;
    const Node& n = f.chain[static_cast<size_t>(idx)];
    if (n.win.readOnly && !n.isDir() && f.op == Operation::Write) return std::nullopt;  // elevation does not help
    const uint32_t want = win::wantedRights(f.op, n.isDir());
    const auto acl = win::decideAcl(f.identity, n, want);
    if (acl.known && acl.grants(want)) return std::nullopt;
    const bool filteredAdmin = t.elevationType == 3 || t.denyOnlySid(win::kAdministratorsSid);
    const bool adminWouldGrant = acl.adminAllow != nullptr && !acl.denyAce;
    if (!filteredAdmin || (!adminWouldGrant && !protectedLocation(n.path))) return std::nullopt;
    Finding out = rules::finding(
        "elevation-required", adminWouldGrant ? 0.9 : 0.75,
        Message(WD_TR("Only an elevated (administrator) program may %1 %2"), {rules::opVerb(f.op), n.path}).translateArg(0),
        Message(WD_TR("Your account is an administrator, but User Account Control runs programs without those "
                      "rights until you confirm. The permissions of %1 let administrators do this; run the program "
                      "as administrator (right-click, Run as administrator), or work on a copy."),
                {n.path}),
        f, -1);
    win::addNodeEvidence(out, f, n);
    out.node = idx;
    if (acl.adminAllow)
        out.addEvidence("granting entry", (acl.adminAllow->name.empty() ? acl.adminAllow->sid : acl.adminAllow->name) +
                                              ": " + win::rightsWords(acl.adminAllow->mask));
    out.addEvidence("token", t.elevationType == 3 ? "filtered (limited) administrator token" : "administrators deny-only");
    out.fixes.push_back(win::advisoryFix(
        "run-elevated", WD_TR("Run the program as administrator"),
        WD_TR("Starts the program again with the full administrator token (a UAC prompt appears)."),
        {"powershell", "-NoProfile", "-Command", "Start-Process", "-Verb", "RunAs", "PROGRAM"}));
    if (f.op == Operation::Write && !n.isDir()) out.fixes.push_back(win::fixCopyToProfile(f, n));
    return out;
}

}  // namespace wd
