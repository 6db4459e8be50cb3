// SPDX-License-Identifier: GPL-3.0-or-later
#include "whydenied/facts.h"

#include <algorithm>
#include <mutex>
#include <set>
#include <cstdio>

namespace wd {

KernelCheck askedCheck(Message said, int err, bool asked) {
    KernelCheck c;
    c.what = said.english();
    c.err = err;
    c.asked = asked;
    c.said = std::move(said);
    return c;
}

KernelCheck computedCheck(Message said, int err, bool asked) {
    KernelCheck c = askedCheck(std::move(said), err, asked);
    c.what = "computed: " + c.what;
    return c;
}

KernelCheck callCheck(const std::string& call, const std::string& path, int err) {
    return askedCheck(Message(WD_TR("%1 on %2"), {call, path}), err);
}

const char* internedTemplate(const std::string& text) {
    static std::mutex m;
    static std::set<std::string> kept;
    const std::lock_guard<std::mutex> lock(m);
    return kept.insert(text).first->c_str();
}

bool Identity::inGroup(uint32_t g) const {
    return g == egid || std::find(groups.begin(), groups.end(), g) != groups.end();
}

bool Identity::inAccountGroup(uint32_t g) const {
    return std::find(accountGroups.begin(), accountGroups.end(), g) != accountGroups.end();
}

bool WinIdentity::hasSid(const std::string& sid) const {
    if (sid == userSid) return true;
    return std::any_of(groups.begin(), groups.end(), [&](const WinTokenGroup& g) { return g.enabled && g.sid == sid; });
}

bool WinIdentity::denyOnlySid(const std::string& sid) const {
    return std::any_of(groups.begin(), groups.end(), [&](const WinTokenGroup& g) { return g.denyOnly && g.sid == sid; });
}

std::string Identity::groupName(uint32_t g) const {
    auto it = groupNames.find(g);
    return it != groupNames.end() ? it->second : std::to_string(g);
}

bool MountFacts::isNetworkOrFuse() const {
    static constexpr std::string_view kRemote[] = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p",
                                                   "afs", "ceph", "glusterfs", "davfs", "sshfs"};
    if (fsType.rfind("fuse", 0) == 0) return true;  // fuse, fuse.sshfs, fuseblk …
    return std::find(std::begin(kRemote), std::end(kRemote), fsType) != std::end(kRemote);
}

Needs needsFor(Operation op, bool targetIsDir) {
    switch (op) {
    case Operation::Read: return {PermRead, 0, true};
    case Operation::List: return {PermRead, 0, true};
    case Operation::Write: return {PermWrite, 0, true};
    case Operation::Execute: return {PermExec, 0, true};
    case Operation::Traverse: return {PermExec, 0, true};
    case Operation::Connect: return {PermWrite, 0, true};
    case Operation::Create: return {0, PermWrite | PermExec, false};
    case Operation::Delete:
    case Operation::Rename: return {0, PermWrite | PermExec, true};
    case Operation::Chmod:
    case Operation::Chown: return {0, 0, true};
    case Operation::Any:
    case Operation::Unknown: return {targetIsDir ? unsigned(PermRead | PermExec) : unsigned(PermRead), 0, true};
    }
    return {};
}

PermClass permClassFor(const Identity& id, const Node& n) {
    if (id.euid == n.uid) return PermClass::Owner;
    if (id.inGroup(n.gid)) return PermClass::Group;
    return PermClass::Other;
}

unsigned modeBitsFor(PermClass c, uint32_t mode) {
    switch (c) {
    case PermClass::Owner: return (mode >> 6) & 7U;
    case PermClass::Group: return (mode >> 3) & 7U;
    case PermClass::Other: return mode & 7U;
    }
    return 0;
}

AccessDecision decideAccess(const Identity& id, const Node& n, unsigned want) {
    AccessDecision d;
    if (n.acl.empty()) {
        d.cls = permClassFor(id, n);
        d.entryBits = d.granted = modeBitsFor(d.cls, n.mode);
        return d;
    }
    // acl(5), "ACCESS CHECK ALGORITHM": owner, named users, then groups (any matching entry that
    // holds all wanted bits grants), then other. The mask limits named users and all groups.
    d.viaAcl = true;
    unsigned mask = 7;
    const AclEntry* userObj = nullptr;
    const AclEntry* other = nullptr;
    for (const auto& e : n.acl) {
        if (e.tag == AclEntry::Mask) mask = e.perms;
        if (e.tag == AclEntry::UserObj) userObj = &e;
        if (e.tag == AclEntry::Other) other = &e;
    }
    auto decideWith = [&](const AclEntry* e, PermClass cls, bool masked) {
        d.entry = e;
        d.cls = cls;
        d.entryBits = e ? e->perms : 0;
        d.granted = masked ? (d.entryBits & mask) : d.entryBits;
        d.maskLimited = masked && (d.entryBits & want) == want && (d.granted & want) != want;
        return d;
    };
    if (id.euid == n.uid) return decideWith(userObj, PermClass::Owner, false);
    for (const auto& e : n.acl)
        if (e.tag == AclEntry::User && e.id == id.euid) return decideWith(&e, PermClass::Owner, true);
    const AclEntry* firstGroup = nullptr;
    for (const auto& e : n.acl) {
        const bool matches = (e.tag == AclEntry::GroupObj && id.inGroup(n.gid)) ||
                             (e.tag == AclEntry::Group && id.inGroup(e.id));
        if (!matches) continue;
        if (!firstGroup) firstGroup = &e;
        if (((e.perms & mask) & want) == want) return decideWith(&e, PermClass::Group, true);
    }
    if (firstGroup) return decideWith(firstGroup, PermClass::Group, true);
    return decideWith(other, PermClass::Other, false);
}

std::string modeString(uint32_t mode) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04o", mode & 07777U);
    return buf;
}

std::string permString(unsigned p) {
    std::string s = "---";
    if (p & PermRead) s[0] = 'r';
    if (p & PermWrite) s[1] = 'w';
    if (p & PermExec) s[2] = 'x';
    return s;
}

std::string lsMode(const Node& n) {
    char t = '?';
    switch (n.type) {
    case NodeType::Regular: t = '-'; break;
    case NodeType::Directory: t = 'd'; break;
    case NodeType::Symlink: t = 'l'; break;
    case NodeType::Fifo: t = 'p'; break;
    case NodeType::Socket: t = 's'; break;
    case NodeType::CharDevice: t = 'c'; break;
    case NodeType::BlockDevice: t = 'b'; break;
    case NodeType::Unknown: t = '?'; break;
    }
    std::string s(1, t);
    s += permString((n.mode >> 6) & 7) + permString((n.mode >> 3) & 7) + permString(n.mode & 7);
    if (n.mode & 04000) s[3] = (s[3] == 'x') ? 's' : 'S';
    if (n.mode & 02000) s[6] = (s[6] == 'x') ? 's' : 'S';
    if (n.mode & 01000) s[9] = (s[9] == 'x') ? 't' : 'T';
    if (!n.acl.empty()) s += '+';
    return s;
}

std::string_view toString(NodeType t) {
    switch (t) {
    case NodeType::Regular: return "file";
    case NodeType::Directory: return "dir";
    case NodeType::Symlink: return "symlink";
    case NodeType::Fifo: return "fifo";
    case NodeType::Socket: return "socket";
    case NodeType::CharDevice: return "chardev";
    case NodeType::BlockDevice: return "blockdev";
    case NodeType::Unknown: return "unknown";
    }
    return "unknown";
}

}  // namespace wd
