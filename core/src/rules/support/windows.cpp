// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/windows.h"

#include "rules/support/common.h"

#include <utility>

namespace wd::win {

uint32_t wantedRights(Operation op, bool isDir) {
    switch (op) {
    case Operation::Read:
    case Operation::List: return kReadData;
    case Operation::Write:
    case Operation::Connect: return kWriteData;
    case Operation::Execute:
    case Operation::Traverse: return kExecute;
    case Operation::Create: return kWriteData;  // FILE_ADD_FILE on the folder
    case Operation::Delete:
    case Operation::Rename: return kDelete;
    case Operation::Chmod: return kWriteDac;
    case Operation::Chown: return kWriteOwner;
    case Operation::Any:
    case Operation::Unknown: return isDir ? kReadData : kReadData;
    }
    return kReadData;
}

std::string rightsWords(uint32_t mask) {
    static constexpr std::pair<uint32_t, const char*> kNames[] = {
        {kReadData, "read data"}, {kWriteData, "write data"}, {kAppendData, "append data"},
        {kExecute, "execute"}, {kDeleteChild, "delete children"}, {kWriteAttributes, "write attributes"},
        {kDelete, "delete"}, {kWriteDac, "change permissions"}, {kWriteOwner, "take ownership"},
    };
    if ((mask & kFileAllAccess) == kFileAllAccess) return "full control";
    std::string out;
    for (const auto& [bit, name] : kNames)
        if (mask & bit) out += (out.empty() ? "" : ", ") + std::string(name);
    return out.empty() ? "nothing" : out;
}

std::string attributeWords(const WinNodeFacts& w) {
    std::string out;
    auto add = [&](bool on, const char* word) {
        if (on) out += (out.empty() ? "" : ", ") + std::string(word);
    };
    add(w.readOnly, "read-only");
    add(w.hidden, "hidden");
    add(w.system, "system");
    add(w.reparsePoint, "reparse point");
    add(w.offline, "offline");
    add(w.recallOnOpen, "recall on open");
    add(w.recallOnDataAccess, "recall on data access");
    return out;
}

AclDecision decideAcl(const Identity& id, const Node& n, uint32_t want) {
    AclDecision d;
    if (!n.win.daclKnown) return d;
    d.known = true;
    if (n.win.nullDacl) {
        d.granted = kFileAllAccess;
        d.anyAllowForYou = true;
        return d;
    }
    const WinIdentity& t = id.win;
    const bool owner = !n.win.ownerSid.empty() && t.hasSid(n.win.ownerSid);
    if (owner) d.granted |= kReadControl | kWriteDac;  // the owner may always read and change the DACL
    for (const WinAce& ace : n.win.dacl) {
        if (ace.inheritOnly) continue;
        const bool you = t.hasSid(ace.sid) || (owner && ace.sid == "S-1-3-4");  // OWNER RIGHTS
        if (!ace.allow) {
            // Deny entries also match groups a filtered token keeps for deny only.
            if ((you || t.denyOnlySid(ace.sid)) && (ace.mask & want & ~d.granted)) {
                d.denyAce = &ace;
                return d;
            }
            continue;
        }
        if (you) {
            d.anyAllowForYou = true;
            d.granted |= ace.mask;
        } else if (t.denyOnlySid(ace.sid) && (ace.mask & want) == want && !d.adminAllow) {
            d.adminAllow = &ace;
        }
        if ((d.granted & want) == want) break;
    }
    return d;
}

bool deniedWith(const Facts& f, uint32_t winError) {
    return f.platform == Platform::Windows && rules::denied(f) && f.verdict.winError == winError;
}

bool isCloudError(uint32_t e) { return e >= kErrorCloudFirst && e <= kErrorCloudLast; }

std::string account(const Facts& f) {
    const WinIdentity& t = f.identity.win;
    if (!t.userName.empty()) return t.userName;
    if (!t.userSid.empty()) return t.userSid;
    return f.identity.userName.empty() ? "%USERNAME%" : f.identity.userName;
}

std::string ownerOf(const Node& n) { return !n.owner.empty() ? n.owner : n.win.ownerSid; }

namespace {

std::string baseName(const std::string& p) {
    const auto pos = p.find_last_of("\\/");
    return pos == std::string::npos ? p : p.substr(pos + 1);
}

// icacls' abbreviations for specific rights, or the simple ones when the mask is one.
std::string icaclsRights(uint32_t mask) {
    if ((mask & kFileAllAccess) == kFileAllAccess) return "(F)";
    if ((mask & kModify) == kModify) return "(M)";
    static constexpr std::pair<uint32_t, const char*> kAbbrev[] = {
        {kReadData, "RD"}, {kWriteData, "WD"}, {kAppendData, "AD"}, {kExecute, "X"}, {kDeleteChild, "DC"},
        {kWriteAttributes, "WA"}, {kDelete, "DE"}, {kWriteDac, "WDAC"}, {kWriteOwner, "WO"},
    };
    std::string out;
    for (const auto& [bit, abbrev] : kAbbrev)
        if (mask & bit) out += (out.empty() ? "" : ",") + std::string(abbrev);
    return "(" + (out.empty() ? std::string("RC") : out) + ")";
}

FixProposal windowsFix(std::string id, Message title, Message change, FixProposal fx = {}) {
    fx.platform = Platform::Windows;
    fx.id = std::move(id);
    fx.title = std::move(title);
    fx.change = std::move(change);
    fx.windows = true;
    return fx;
}

}  // namespace

FixProposal fixClearReadOnly(const Node& n) {
    FixProposal fx = windowsFix("attrib-clear-readonly", WD_TR("Clear the read-only attribute"),
                                Message(WD_TR("Removes the read-only attribute of %1 (attrib -R)."), {n.path}),
                                rules::typedFix(FixAction::ClearReadOnly, Platform::Windows, n, {}));
    return fx;
}

FixProposal fixGrantModify(const Facts& f, const Node& n) {
    const std::string who = account(f);
    FixProposal fx = windowsFix("icacls-grant-modify", WD_TR("Grant your account modify rights"),
                                Message(WD_TR("Adds an entry to the permissions of %1 that lets %2 read, write and "
                                              "delete it; nobody else gains access."),
                                        {n.path, who}),
                                rules::typedFix(FixAction::AclModify, Platform::Windows, n, who + ":(M)", who));
    const bool owner = !n.win.ownerSid.empty() && f.identity.win.hasSid(n.win.ownerSid);
    const bool mayChangeDac = n.win.accessChecked && (n.win.granted & kWriteDac);
    fx.privilege = owner || mayChangeDac ? Privilege::None : Privilege::Admin;
    return fx;
}

FixProposal fixRemoveDeny(const Node& n, const WinAce& ace) {
    const std::string who = ace.name.empty() ? "*" + ace.sid : ace.name;
    FixProposal fx = windowsFix("icacls-remove-deny", WD_TR("Remove the deny entry"),
                                Message(WD_TR("Removes the entries of %1 that deny %2 access to it."), {n.path, who}),
                                rules::typedFix(FixAction::AclRemoveDeny, Platform::Windows, n, who, icaclsRights(ace.mask)));
    fx.privilege = Privilege::Admin;
    if (n.win.accessChecked && (n.win.granted & kWriteDac)) fx.privilege = Privilege::None;
    return fx;
}

FixProposal fixTakeOwnership(const Node& n) {
    FixProposal fx = windowsFix("takeown", WD_TR("Take ownership"),
                                Message(WD_TR("Makes your account the owner of %1 (it belongs to %2 now). Needs an "
                                              "administrator."),
                                        {n.path, ownerOf(n)}),
                                rules::typedFix(FixAction::TakeOwnership, Platform::Windows, n, {}, ownerOf(n)));
    fx.privilege = Privilege::Admin;
    return fx;
}

FixProposal fixCopyToProfile(const Facts& f, const Node& n) {
    const std::string home = f.identity.home.empty() ? "%USERPROFILE%" : f.identity.home;
    FixProposal fx = windowsFix("copy-to-writable", WD_TR("Work on a copy you own"),
                                Message(WD_TR("Copies %1 to a folder of yours; the original stays as it is."), {n.path}),
                                rules::typedFix(FixAction::Copy, Platform::Windows, n,
                                                home + "\\WhyDenied copies\\" + baseName(n.path)));
    return fx;
}

FixProposal advisoryFix(const char* id, Message title, Message change, std::vector<std::string> argv) {
    FixProposal fx = windowsFix(id, std::move(title), std::move(change));
    fx.advisory = true;
    fx.privilege = Privilege::Admin;
    fx.argv = std::move(argv);
    return fx;
}

void addNodeEvidence(Finding& out, const Facts& f, const Node& n) {
    out.addEvidence("node", n.path);
    if (!n.exists || n.statErrno) return;
    out.addEvidence("type", std::string(toString(n.type)));
    if (!ownerOf(n).empty()) out.addEvidence("owner", ownerOf(n));
    out.addEvidence("you", account(f));
    if (const std::string a = attributeWords(n.win); !a.empty()) out.addEvidence("attributes", a);
    if (n.win.accessChecked) out.addEvidence("effective rights", rightsWords(n.win.granted));
    if (!n.win.sddl.empty()) out.addEvidence("sddl", n.win.sddl);
}

int decidingIndex(const Facts& f) { return f.op == Operation::Create ? f.parent : f.target; }

Finding windowsFinding(const char* cause, double confidence, Message title, Message explanation, const Facts& f,
                       int idx) {
    Finding out = rules::finding(cause, confidence, std::move(title), std::move(explanation), f, -1);
    if (idx >= 0) {
        addNodeEvidence(out, f, f.chain[static_cast<size_t>(idx)]);
        out.node = idx;
    }
    return out;
}

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

}  // namespace wd::win
