// SPDX-License-Identifier: GPL-3.0-or-later
#include "linux/caller.h"
#include "posix/caller_view.h"

#include "fix/common/fix_internal.h"
#include "fix/posix/node.h"
#include "platform/linux/fd.h"
#include "rules/support/common.h"

#include <acl/libacl.h>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/acl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace wd::helper {

namespace {

using rules::regularUserUid;
unsigned long loginDefs(const char* key, unsigned long fallback) { return rules::loginDefsNumber(key, fallback); }

constexpr const char* kUnreachable = "that path is not reachable for you; nothing was changed";
constexpr const char* kReplaced = "the path no longer names what was diagnosed; nothing was changed";

using sys::devOf;
using sys::procPath;

NodeType typeOf(uint32_t mode) {
    return S_ISREG(mode) ? NodeType::Regular : S_ISDIR(mode) ? NodeType::Directory : NodeType::Unknown;
}

// What the kernel answers for the caller: whether every folder on the way lets them through, and
// which of r, w, x it grants on the object.
struct Seen {
    enum { Reachable, Unreachable, Replaced, Failed } how = Failed;
    unsigned granted = 0;  // Perm bits
};

// Runs the look in a child that has dropped to the caller's uid and groups: the kernel's own
// answer, with every ACL, capability and LSM rule the caller is subject to.
Seen lookAsCaller(const Caller& c, const std::string& path, uint64_t dev, uint64_t ino, NodeType type) {
    const pid_t pid = fork();
    if (pid < 0) return {};
    if (pid == 0) {
        const gid_t gid = c.name.empty() ? static_cast<gid_t>(65534) : c.gid;
        if (!dropTo(c.uid, gid, c.groups)) _exit(2);
        const fix::posix::Opened o = fix::posix::openNoFollow(path, fix::posix::WalkFlags{O_PATH, O_PATH, O_PATH, false});
        if (!o.node.ok()) _exit(o.dir.ok() && o.lastErrno != EACCES ? 4 : 3);
        struct statx sx{};
        if (statx(o.node.get(), "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, STATX_TYPE | STATX_INO, &sx) != 0 ||
            devOf(sx) != dev || sx.stx_ino != ino || typeOf(sx.stx_mode) != type)
            _exit(4);
        // The magic link names exactly the inode that was checked; access() judges that inode.
        const std::string p = procPath(o.node.get());
        unsigned bits = 0;
        if (access(p.c_str(), R_OK) == 0) bits |= PermRead;
        if (access(p.c_str(), W_OK) == 0) bits |= PermWrite;
        if (access(p.c_str(), X_OK) == 0) bits |= PermExec;
        _exit(16 + static_cast<int>(bits));
    }
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {
    }
    Seen s;
    if (!WIFEXITED(st)) return s;
    const int code = WEXITSTATUS(st);
    if (code == 3) s.how = Seen::Unreachable;
    else if (code == 4) s.how = Seen::Replaced;
    else if (code >= 16 && code < 24) {
        s.how = Seen::Reachable;
        s.granted = static_cast<unsigned>(code - 16);
    }
    return s;
}

// The object as root sees it, reached without following symlinks and checked to be (dev, ino).
struct Object {
    fix::posix::Fd fd;
    struct stat st{};
    uint32_t flags = 0;  // STATX_ATTR_IMMUTABLE | STATX_ATTR_APPEND as far as reported
    bool privileged = false;  // a regular file that runs with someone else's rights: setuid, setgid, capabilities
};

std::optional<Object> objectAt(const std::string& path, uint64_t dev, uint64_t ino, NodeType type) {
    fix::posix::Opened o = fix::posix::openNoFollow(path, fix::posix::WalkFlags{O_PATH, O_PATH, O_PATH, false});
    if (!o.node.ok()) return std::nullopt;
    Object ob;
    struct statx sx{};
    if (statx(o.node.get(), "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx) != 0 || devOf(sx) != dev ||
        sx.stx_ino != ino || typeOf(sx.stx_mode) != type || fstat(o.node.get(), &ob.st) != 0)
        return std::nullopt;
    ob.flags = sx.stx_attributes & (STATX_ATTR_IMMUTABLE | STATX_ATTR_APPEND);
    if (S_ISREG(ob.st.st_mode)) {
        ob.privileged = (ob.st.st_mode & 06000) != 0 ||
                        getxattr(procPath(o.node.get()).c_str(), "security.capability", nullptr, 0) >= 0;
    }
    ob.fd = std::move(o.node);
    return ob;
}

// The permission letters of "u+rw" / "g+x": only adding, only for the owner or the group.
std::optional<std::pair<char, unsigned>> narrowModeSpec(const std::string& spec) {
    if (spec.size() < 3 || (spec[0] != 'u' && spec[0] != 'g') || spec[1] != '+') return std::nullopt;
    unsigned bits = 0;
    for (size_t i = 2; i < spec.size(); ++i) {
        if (spec[i] == 'r') bits |= PermRead;
        else if (spec[i] == 'w') bits |= PermWrite;
        else if (spec[i] == 'x') bits |= PermExec;
        else return std::nullopt;
    }
    return std::make_pair(spec[0], bits);
}

unsigned aclPerms(acl_entry_t e) {
    acl_permset_t ps;
    if (acl_get_permset(e, &ps) != 0) return 0;
    return (acl_get_perm(ps, ACL_READ) == 1 ? PermRead : 0U) | (acl_get_perm(ps, ACL_WRITE) == 1 ? PermWrite : 0U) |
           (acl_get_perm(ps, ACL_EXECUTE) == 1 ? PermExec : 0U);
}

// A mask change is allowed only to let the caller's own named entry through, and no further.
std::string judgeMask(const Caller& c, int fd, unsigned want) {
    acl_t acl = acl_get_file(procPath(fd).c_str(), ACL_TYPE_ACCESS);
    if (!acl) return "it has no access control list to change";
    std::optional<unsigned> mine, mask;
    acl_entry_t e;
    for (int w = ACL_FIRST_ENTRY; acl_get_entry(acl, w, &e) == 1; w = ACL_NEXT_ENTRY) {
        acl_tag_t tag;
        acl_get_tag_type(e, &tag);
        if (tag == ACL_MASK) mask = aclPerms(e);
        if (tag == ACL_USER) {
            void* q = acl_get_qualifier(e);
            if (q && *static_cast<uid_t*>(q) == c.uid) mine = aclPerms(e);
            if (q) acl_free(q);
        }
    }
    acl_free(acl);
    if (!mine || !mask) return "only a mask that holds back your own ACL entry is widened";
    if ((want & *mask) != *mask) return "the mask may only be widened, never narrowed, by this fix";
    const unsigned added = want & ~*mask;
    if (added == 0) return "the mask already allows that; nothing to change";
    if ((added & ~*mine) != 0) return "the mask would open more than your own ACL entry asks for";
    return {};
}

std::string systemRefusal(const std::string& path) {
    return path + " is a system location; the helper changes nothing there (an administrator can run the command "
                  "shown)";
}

// The object as the caller reaches it, and whether root may change it for them: reachable as the
// caller, still the diagnosed one, not another person's, and on a system location only the
// caller's own. Empty with `seen` and `ob` set, else why not.
std::string reachForCaller(const Caller& c, const std::string& path, uint64_t dev, uint64_t ino, NodeType type,
                           Seen& seen, std::optional<Object>& ob) {
    // What they cannot reach, they learn nothing about.
    seen = lookAsCaller(c, path, dev, ino, type);
    if (seen.how == Seen::Unreachable) return kUnreachable;
    if (seen.how == Seen::Replaced) return kReplaced;
    if (seen.how != Seen::Reachable) return "could not check the request as you; nothing was changed";
    ob = objectAt(path, dev, ino, type);
    if (!ob) return kReplaced;
    const uint32_t owner = ob->st.st_uid;
    if (owner != c.uid && regularUserUid(owner))
        return path + " belongs to another person's account (uid " + std::to_string(owner) +
               "); the helper does not change it for you";
    if (isSystemPath(path) && owner != c.uid) return systemRefusal(path);
    return {};
}

std::string deniedFor(unsigned need, unsigned granted) {
    if (need == 0) return "the request grants nothing";
    if ((need & ~granted) == 0) return "you already have that access; nothing to change";
    return {};
}

}  // namespace

bool Caller::inGroup(gid_t g) const {
    for (gid_t x : groups)
        if (x == g) return true;
    return false;
}

Caller callerFor(uint32_t uid) {
    Caller c;
    c.uid = uid;
    if (std::optional<Account> a = accountOf(uid)) {
        c.name = std::move(a->name);
        c.gid = a->gid;
        c.groups = std::move(a->groups);
        if (!c.inGroup(c.gid)) c.groups.push_back(c.gid);
    }
    return c;
}

std::string judgeApply(const Caller& c, FixAction action, const std::string& arg, const std::string& path,
                       uint64_t dev, uint64_t ino, NodeType type) {
    // Nothing on a system location but the caller's own flag: decided from the path alone, so the
    // refusal says nothing about what is there.
    if (isSystemPath(path) && action != FixAction::ClearFlag) return systemRefusal(path);
    Seen seen;
    std::optional<Object> ob;
    if (std::string why = reachForCaller(c, path, dev, ino, type, seen, ob); !why.empty()) return why;
    const uint32_t owner = ob->st.st_uid;
    const bool grants = action == FixAction::Chmod || action == FixAction::AclModify || action == FixAction::Chown;
    if (grants && ob->privileged)
        return path + " runs with its owner's or group's rights (setuid, setgid or file capabilities); the helper "
                      "never grants access to it or hands it over";
    switch (action) {
    case FixAction::Chmod: {
        const auto spec = narrowModeSpec(arg);
        if (!spec) return "mode change '" + arg + "' is not allowed (only u+… or g+… with r, w, x)";
        if (spec->first == 'u' && owner != c.uid) return "u+… changes the owner's rights, and you are not the owner";
        if (spec->first == 'g' && !c.inGroup(ob->st.st_gid))
            return "g+… changes the rights of a group you are not in";
        return deniedFor(spec->second, seen.granted);
    }
    case FixAction::AclModify: {
        const auto a = fix::parseAclSpec(arg);
        if (!a) return "invalid ACL entry";
        if (a->mask) return judgeMask(c, ob->fd.get(), a->perms);
        const auto uid = fix::posix::resolveUser(a->user);
        if (!uid || *uid != c.uid) return "the ACL entry must name you (uid " + std::to_string(c.uid) + ")";
        return deniedFor(a->perms, seen.granted);
    }
    case FixAction::Chown: {
        const auto uid = fix::posix::resolveUser(arg);
        if (!uid || *uid != c.uid) return "ownership can only be given to you (uid " + std::to_string(c.uid) + ")";
        if (owner == c.uid) return "you already own it; nothing to change";
        const unsigned all = type == NodeType::Directory ? (PermRead | PermWrite | PermExec) : (PermRead | PermWrite);
        return deniedFor(all, seen.granted);
    }
    case FixAction::ClearFlag: {
        const uint32_t bit = arg == "i" ? STATX_ATTR_IMMUTABLE : arg == "a" ? STATX_ATTR_APPEND : 0;
        if (!bit) return "only the immutable (i) and append-only (a) attributes";
        if (!(ob->flags & bit)) return "that attribute is not set; nothing to change";
        return {};
    }
    default: return "unknown operation";
    }
}

std::string judgeRelabel(const Caller& c, const std::string& path, uint64_t dev, uint64_t ino, NodeType type,
                         fix::Relabelling& relabel) {
    // A web file moved from a home folder into /var/www is the usual case: on a system location,
    // the caller's own file only, as for chattr.
    Seen seen;
    std::optional<Object> ob;
    if (std::string why = reachForCaller(c, path, dev, ino, type, seen, ob); !why.empty()) return why;
    // A program that runs with someone else's rights may be an entry point the policy guards: its
    // domain is an administrator's decision.
    if (ob->privileged && ob->st.st_uid != c.uid)
        return path + " runs with its owner's or group's rights (setuid, setgid or file capabilities); an "
                      "administrator decides about its label";
    std::string why;
    const auto planned = fix::plannedRelabel(ob->fd.get(), path, why);
    if (!planned) return why;
    relabel = *planned;
    return {};
}

std::string judgeJoinGroup(const Caller& c, const std::string& group, const std::string& path, uint64_t dev,
                           uint64_t ino, NodeType type) {
    const struct group* g = getgrnam(group.c_str());
    if (!g) return "no such group '" + group + "'";
    const gid_t gid = g->gr_gid;
    const std::string who = c.name.empty() ? std::to_string(c.uid) : c.name;
    if (rules::rootEquivalentGroup(group) || gid == 0)
        return "the group '" + group + "' hands out administrator rights; an administrator must decide (usermod -aG " +
               group + " " + who + ")";
    if (gid < loginDefs("GID_MIN", 1000))
        return "'" + group + "' is a system group; an administrator must decide (usermod -aG " + group + " " + who + ")";
    if (c.name.empty()) return "the caller has no account";
    if (const passwd* pw = getpwnam(group.c_str()); pw && pw->pw_gid == gid && pw->pw_uid != c.uid)
        return "'" + group + "' is another person's private group";
    if (c.inGroup(gid)) return "you are already in the group '" + group + "'";
    const Seen seen = lookAsCaller(c, path, dev, ino, type);
    if (seen.how == Seen::Unreachable) return kUnreachable;
    if (seen.how != Seen::Reachable) return kReplaced;
    const auto ob = objectAt(path, dev, ino, type);
    if (!ob) return kReplaced;
    if (ob->st.st_gid != gid) return "the group '" + group + "' is not the group of " + path;
    // What the group would give that the caller lacks now.
    const unsigned groupBits = ((ob->st.st_mode & S_IRGRP) ? PermRead : 0U) | ((ob->st.st_mode & S_IWGRP) ? PermWrite : 0U) |
                               ((ob->st.st_mode & S_IXGRP) ? PermExec : 0U);
    if ((groupBits & ~seen.granted) == 0) return "the group would give you nothing you lack on " + path;
    return {};
}

std::string judgeBulkRoot(const Caller& c, const std::string& root, uint64_t dev, uint64_t ino) {
    if (isSystemPath(root)) return root + " is a system location; the helper changes nothing there in bulk";
    const Seen seen = lookAsCaller(c, root, dev, ino, NodeType::Directory);
    if (seen.how == Seen::Unreachable) return kUnreachable;
    if (seen.how != Seen::Reachable) return kReplaced;
    const auto ob = objectAt(root, dev, ino, NodeType::Directory);
    if (!ob) return kReplaced;
    if (ob->st.st_uid != c.uid && regularUserUid(ob->st.st_uid))
        return root + " belongs to another person's account; the helper does not change it for you";
    return {};
}

}  // namespace wd::helper
