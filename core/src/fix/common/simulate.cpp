// SPDX-License-Identifier: GPL-3.0-or-later
// The what-if model: a fix applied to the facts instead of the disk, then the same computed verdict
// (computeVerdict) that must agree with the kernel on every scenario. Portable and free of system
// calls, so a plan can be checked on any platform and in tests with synthetic facts.
#include "whydenied/plan.h"

#include "fix/common/fix_internal.h"

#include <algorithm>

namespace wd {
namespace {

// Names the facts know: the subject, and the owners and groups of the inspected nodes. A name the
// facts do not know is not looked up here (no account database in the model).
std::optional<uint32_t> userIn(const Facts& f, const std::string& name) {
    if (!name.empty() && name.size() < 11 && name.find_first_not_of("0123456789") == std::string::npos)
        return static_cast<uint32_t>(std::stoull(name));
    if (!name.empty() && name == f.identity.userName) return f.identity.euid;
    for (const Node& n : f.chain)
        if (!n.owner.empty() && n.owner == name) return n.uid;
    return std::nullopt;
}

std::optional<uint32_t> groupIn(const Facts& f, const std::string& name) {
    for (const auto& [gid, g] : f.identity.groupNames)
        if (g == name) return gid;
    for (const Node& n : f.chain)
        if (!n.group.empty() && n.group == name) return n.gid;
    if (!name.empty() && name.size() < 11 && name.find_first_not_of("0123456789") == std::string::npos)
        return static_cast<uint32_t>(std::stoull(name));
    return std::nullopt;
}

AclEntry* entry(Node& n, AclEntry::Tag tag, uint32_t id = 0) {
    for (AclEntry& e : n.acl)
        if (e.tag == tag && (tag != AclEntry::User || e.id == id)) return &e;
    return nullptr;
}

// A node without an extended ACL has the three entries its mode implies (acl(5)).
void ensureAcl(Node& n) {
    if (!n.acl.empty()) return;
    n.acl = {AclEntry{AclEntry::UserObj, 0, {}, (n.mode >> 6) & 7U}, AclEntry{AclEntry::GroupObj, 0, {}, (n.mode >> 3) & 7U},
             AclEntry{AclEntry::Other, 0, {}, n.mode & 7U}};
}

// chmod on a node with an ACL: the owner and other bits are those entries, the group bits the mask
// (or the owning group's entry when there is no mask).
void setMode(Node& n, uint32_t mode) {
    n.mode = mode & 07777U;
    if (n.acl.empty()) return;
    if (AclEntry* e = entry(n, AclEntry::UserObj)) e->perms = (mode >> 6) & 7U;
    if (AclEntry* e = entry(n, AclEntry::Other)) e->perms = mode & 7U;
    if (AclEntry* m = entry(n, AclEntry::Mask)) m->perms = (mode >> 3) & 7U;
    else if (AclEntry* g = entry(n, AclEntry::GroupObj)) g->perms = (mode >> 3) & 7U;
}

void setGroupBitsFromMask(Node& n) {
    if (const AclEntry* m = entry(n, AclEntry::Mask)) n.mode = (n.mode & ~0070U) | (m->perms << 3);
}

// As the engine's aclModify (fix/linux/apply.cpp) does it: the entry gets exactly these bits, and the
// mask lets them through without opening anyone else's entry (a new mask is the owning group's
// bits plus these, an existing one is widened by these).
bool aclModify(const Facts& f, Node& n, const fix::AclChange& c) {
    ensureAcl(n);
    AclEntry* mask = entry(n, AclEntry::Mask);
    if (c.mask) {
        if (!mask) {
            n.acl.push_back(AclEntry{AclEntry::Mask, 0, {}, c.perms});
        } else {
            mask->perms = c.perms;
        }
        setGroupBitsFromMask(n);
        return true;
    }
    const auto uid = userIn(f, c.user);
    if (!uid) return false;
    if (AclEntry* e = entry(n, AclEntry::User, *uid)) e->perms = c.perms;
    else n.acl.push_back(AclEntry{AclEntry::User, *uid, c.user, c.perms});
    mask = entry(n, AclEntry::Mask);
    if (!mask) {
        const AclEntry* g = entry(n, AclEntry::GroupObj);
        n.acl.push_back(AclEntry{AclEntry::Mask, 0, {}, (g ? g->perms : 0U) | c.perms});
    } else {
        mask->perms |= c.perms;
    }
    setGroupBitsFromMask(n);
    return true;
}

bool sameNode(const Node& n, const FixPlan& p) {
    if (!n.exists || n.statErrno) return false;
    if (p.dev != 0 || p.ino != 0) return n.dev == p.dev && n.ino == p.ino;
    return n.path == p.path;
}

// A copy of one's own: the facts of the copy, in a folder of the subject's (the model does not see
// that folder; it is assumed to be the subject's own, as the engine creates it).
Facts copied(const Facts& f, const FixPlan& p) {
    Facts c = f;
    Node dir;
    dir.path = p.arg.substr(0, p.arg.find_last_of('/'));
    dir.name = dir.path.substr(dir.path.find_last_of('/') + 1);
    dir.type = NodeType::Directory;
    dir.mode = 0700;
    dir.uid = f.identity.euid;
    dir.gid = f.identity.egid;
    dir.aclKnown = dir.flagsKnown = true;
    Node file = dir;
    file.path = p.arg;
    file.name = p.arg.substr(p.arg.find_last_of('/') + 1);
    file.type = NodeType::Regular;
    file.mode = 0600;
    file.ino = 0;
    c.chain = {dir, file};
    c.mounts.clear();
    c.target = 1;
    c.parent = 0;
    c.firstMissing = -1;
    c.input = c.absolute = p.arg;
    return c;
}

}  // namespace

Facts simulate(const Facts& facts, const FixPlan& step) {
    if (facts.platform != Platform::Linux || step.platform != Platform::Linux) {
        Facts f = facts;
        f.verdict = {"computed: the what-if model covers Linux only", 0, false};
        f.checks = {f.verdict};
        f.verdictSource = VerdictSource::Computed;
        return f;
    }
    Facts f = step.action == FixAction::Copy ? copied(facts, step) : facts;
    bool modelled = true;
    switch (step.action) {
    case FixAction::Chmod: {
        const auto mc = fix::parseModeSpec(step.arg);
        if (!mc) { modelled = false; break; }
        for (Node& n : f.chain)
            if (sameNode(n, step)) setMode(n, mc->applyTo(n.mode));
        break;
    }
    case FixAction::AclModify: {
        const auto ac = fix::parseAclSpec(step.arg);
        if (!ac) { modelled = false; break; }
        for (Node& n : f.chain)
            if (sameNode(n, step)) modelled = aclModify(f, n, *ac) && modelled;
        break;
    }
    case FixAction::Chown: {
        const auto uid = userIn(f, step.arg);
        if (!uid) { modelled = false; break; }
        for (Node& n : f.chain)
            if (sameNode(n, step)) {
                n.uid = *uid;
                n.owner = step.arg;
                // chown of a non-folder drops setuid, and setgid where the group may execute.
                if (!n.isDir()) n.mode &= (n.mode & 0010U) ? ~06000U : ~04000U;
            }
        break;
    }
    case FixAction::ClearFlag:
        for (Node& n : f.chain)
            if (sameNode(n, step)) {
                if (step.arg == "i") n.immutable = false;
                else if (step.arg == "a") n.appendOnly = false;
                else modelled = false;
            }
        break;
    case FixAction::JoinGroup: {
        // After the next login: the account lists the group, and a fresh session has it.
        const auto gid = groupIn(f, step.arg);
        if (!gid) { modelled = false; break; }
        if (!f.identity.inAccountGroup(*gid)) f.identity.accountGroups.push_back(*gid);
        if (!f.identity.inGroup(*gid)) f.identity.groups.push_back(*gid);
        f.identity.groupNames[*gid] = step.arg;
        break;
    }
    case FixAction::Copy: break;
    case FixAction::ClearReadOnly:
    case FixAction::AclRemoveDeny:
    case FixAction::TakeOwnership:
    case FixAction::RemoveXattr:
    case FixAction::Relabel: modelled = false; break;
    }
    if (!modelled) {
        f.verdict = {"computed: " + std::string(toString(step.action)) + " " + step.arg + " is not modelled", 0, false};
        f.checks = {f.verdict};
        f.verdictSource = VerdictSource::Computed;
        return f;
    }
    computeVerdict(f);
    return f;
}

}  // namespace wd
