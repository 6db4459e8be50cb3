// SPDX-License-Identifier: GPL-3.0-or-later
// Per-entry verdicts of the folder audit, over the same facts and decideAccess() the rules use.
#include "audit/common/audit_internal.h"

#include <algorithm>
#include <cerrno>

namespace wd::audit {

namespace {

constexpr int kCapFowner = 3;  // linux/capability.h

Judgement deny(std::string cause, Message detail) { return {true, std::move(cause), std::move(detail)}; }

// Which class/entry refused, named like the rules name it.
Judgement byBits(const Identity& id, const Node& n, unsigned want) {
    const AccessDecision d = decideAccess(id, n, want);
    const std::string need = permString(want), has = permString(d.granted);
    if (d.viaAcl && (d.maskLimited || (d.entry && (d.entry->tag == AclEntry::User || d.entry->tag == AclEntry::Group))))
        return deny("acl-denies", Message(WD_TR("needs %1, the ACL grants %2"), {need, has}));
    switch (d.cls) {
    case PermClass::Owner: return deny("owner-lacks-permission", Message(WD_TR("needs %1, owner has %2"), {need, has}));
    case PermClass::Group: return deny("group-lacks-permission", Message(WD_TR("needs %1, group has %2"), {need, has}));
    case PermClass::Other: break;
    }
    // The account database lists the subject in the group, and the group bits would grant.
    if (id.inAccountGroup(n.gid) && !id.inGroup(n.gid) && (modeBitsFor(PermClass::Group, n.mode) & want) == want)
        return deny("group-membership-not-active",
                    Message(WD_TR("needs %1, group %2 is not active in this session"), {need, std::to_string(n.gid)}));
    return deny("owned-by-another-user", Message(WD_TR("needs %1, others have %2"), {need, has}));
}

}  // namespace

unsigned wantFor(Operation op, NodeType type) {
    const bool dir = type == NodeType::Directory;
    if (type == NodeType::Symlink || type == NodeType::Unknown) return 0;  // its permissions are not checked
    switch (op) {
    case Operation::Read: return dir ? unsigned(PermRead | PermExec) : unsigned(PermRead);
    case Operation::Write: return dir ? unsigned(PermWrite | PermExec) : unsigned(PermWrite);
    case Operation::List: return dir ? unsigned(PermRead | PermExec) : 0U;
    case Operation::Traverse: return dir ? unsigned(PermExec) : 0U;
    case Operation::Execute: return type == NodeType::Regular ? unsigned(PermExec) : 0U;
    default: return 0;
    }
}

Judgement judgeEntry(const Identity& id, const Subject& s, const Node& n, Operation op, bool readOnlyMount, int kernelErr) {
    const unsigned want = wantFor(op, n.type);
    if (!want) return {};
    if (want & PermWrite) {
        if (readOnlyMount || kernelErr == EROFS) return deny("read-only-filesystem", WD_TR("the filesystem is mounted read-only"));
        if (n.immutable) return deny("immutable-attribute", WD_TR("immutable flag (chattr +i)"));
    }
    if (n.isDir() && (want & PermExec) && !kernelPermits(id, s, n, PermExec))
        return deny("parent-not-traversable", WD_TR("no search (x) permission: nothing inside can be reached"));
    if (!kernelPermits(id, s, n, want)) return byBits(id, n, want);
    if ((want & PermWrite) && n.appendOnly && n.type == NodeType::Regular)
        return deny("append-only-attribute", WD_TR("append-only flag (chattr +a): only appending is allowed"));
    if (kernelErr == EPERM && (want & PermWrite))
        return deny("immutable-attribute", WD_TR("the kernel refuses writing (EPERM): an attribute forbids it"));
    if (kernelErr > 0)
        return deny("unexplained-denial", Message(WD_TR("the kernel denies (errno %1) though the bits, ACL and flags allow; "
                                                        "a security module may decide"),
                                                  {std::to_string(kernelErr)}));
    return {};
}

Judgement judgeInParent(const Identity& id, const Subject& s, const Node& p, const Node& n, bool readOnlyMount) {
    if (readOnlyMount) return deny("read-only-filesystem", WD_TR("the filesystem is mounted read-only"));
    if (p.immutable) return deny("immutable-attribute", WD_TR("its folder is immutable (chattr +i)"));
    if (!kernelPermits(id, s, p, PermWrite | PermExec))
        return deny("parent-not-writable", Message(WD_TR("its folder lacks write+search for you (mode %1)"), {modeString(p.mode)}));
    if (p.sticky() && n.uid != id.euid && p.uid != id.euid && !capableOver(id, s, n, kCapFowner))
        return deny("sticky-directory", WD_TR("sticky folder: only the owner of the entry or of the folder may remove it"));
    if (n.immutable) return deny("immutable-attribute", WD_TR("immutable flag (chattr +i)"));
    if (n.appendOnly || p.appendOnly) return deny("append-only-attribute", WD_TR("append-only flag (chattr +a)"));
    return {};
}

bool Aggregator::wantsSample(const std::string& cause) const {
    const auto it = groups_.find(cause);
    return it == groups_.end() || it->second.samples.size() < opts_.samplesPerCause;
}

void Aggregator::add(const AuditFinding& f) {
    AuditGroup& g = groups_[f.cause];
    if (g.cause.empty()) g.cause = f.cause;
    ++g.count;
    (f.type == NodeType::Directory ? g.dirs : g.files) += 1;
    if (g.samples.size() < opts_.samplesPerCause) g.samples.push_back(f);
    auto& owners = owners_[f.cause];
    // A bounded tally: past 64 distinct owners the rest count under one "others" slot.
    if (owners.size() < 64 || owners.count(f.uid)) ++owners[f.uid];
    else ++owners[UINT32_MAX];
    ++perFolder_[f.cause];
}

void Aggregator::insertFolder(AuditGroup& g, AuditFolder f) {
    auto pos = std::find_if(g.topFolders.begin(), g.topFolders.end(), [&](const AuditFolder& x) { return x.count < f.count; });
    g.topFolders.insert(pos, std::move(f));
    if (g.topFolders.size() > opts_.topFoldersPerCause) g.topFolders.pop_back();
}

std::vector<AuditGroup> Aggregator::groups() const {
    std::vector<AuditGroup> out;
    for (const auto& [cause, g0] : groups_) {
        AuditGroup g = g0;
        if (const auto it = owners_.find(cause); it != owners_.end()) {
            for (const auto& [uid, n] : it->second) g.owners.push_back({uid, {}, n});
            std::sort(g.owners.begin(), g.owners.end(), [](const AuditCount& a, const AuditCount& b) { return a.count > b.count; });
            if (g.owners.size() > 5) g.owners.resize(5);
        }
        out.push_back(std::move(g));
    }
    std::stable_sort(out.begin(), out.end(), [](const AuditGroup& a, const AuditGroup& b) { return a.count > b.count; });
    return out;
}

}  // namespace wd::audit
