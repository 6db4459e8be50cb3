// SPDX-License-Identifier: GPL-3.0-or-later
// Applying and undoing one change on macOS, on a descriptor reached without following any symlink
// and checked to be the diagnosed object (device, inode, type). Written against Apple's documented
// calls; this repository's CI has no Mac, so it is compiled and run only on one.
//
// macOS has no O_PATH: the node is opened for reading (O_NONBLOCK, only a regular file or a
// folder), and every change is made on that descriptor (fchmod, fchown, fchflags, fremovexattr,
// acl_set_fd_np). A file its owner may not read cannot be opened; for chmod and chown only, the
// change then goes through the checked folder's descriptor and the name, with AT_SYMLINK_NOFOLLOW.
#ifdef __APPLE__

#include "whydenied/fix.h"

#include "fix/common/fix_internal.h"
#include "fix/posix/node.h"
#include "probe/posix/walk.h"
#include "rules/support/macos.h"

#include <cerrno>
#include <fcntl.h>
#include <grp.h>
#include <membership.h>
#include <pwd.h>
#include <sys/acl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <uuid/uuid.h>
#include <vector>

namespace wd {

namespace {

using fix::posix::errText;
using fix::posix::Fd;
using fix::posix::Opened;

constexpr const char* kQuarantine = "com.apple.quarantine";
// The st_flags bits fixes clear; the others (hidden, compressed …) are neither recorded nor touched.
constexpr uint32_t kFlagBits = UF_IMMUTABLE | UF_APPEND | SF_IMMUTABLE | SF_APPEND;

// rules/support/macos.h names the extended ACL rights by the values of <sys/acl.h>'s acl_perm_t; the ACL
// edit below passes them straight to acl_get_perm_np / acl_delete_perm.
static_assert(static_cast<uint32_t>(ACL_READ_DATA) == mac::kAclReadData);
static_assert(static_cast<uint32_t>(ACL_WRITE_DATA) == mac::kAclWriteData);
static_assert(static_cast<uint32_t>(ACL_EXECUTE) == mac::kAclExecute);
static_assert(static_cast<uint32_t>(ACL_DELETE) == mac::kAclDelete);
static_assert(static_cast<uint32_t>(ACL_APPEND_DATA) == mac::kAclAppendData);
static_assert(static_cast<uint32_t>(ACL_DELETE_CHILD) == mac::kAclDeleteChild);
static_assert(static_cast<uint32_t>(ACL_CHANGE_OWNER) == mac::kAclChangeOwner);
constexpr uint32_t kAllRights = (mac::kAclChangeOwner << 1) - mac::kAclReadData;  // read … chown

// Folders are opened for searching where the SDK has O_SEARCH (O_EXEC | O_DIRECTORY: search
// permission, which walking needs anyway), else for reading.
#if defined(O_SEARCH)
constexpr int kFolderOpen = O_SEARCH;
#else
constexpr int kFolderOpen = O_RDONLY | O_DIRECTORY;
#endif
// O_NOFOLLOW_ANY (macOS 11+): open fails with ELOOP if resolving meets any symlink at all. Each
// openat here resolves a single name relative to a checked folder, where O_NOFOLLOW (POSIX: ELOOP
// when that name is a link) already says the same; it is a second guard where the SDK has it.
// O_SYMLINK (open the link itself) is never used: a fix never acts on a link.
#if defined(O_NOFOLLOW_ANY)
constexpr int kNoFollowAny = O_NOFOLLOW_ANY;
#else
constexpr int kNoFollowAny = 0;
#endif
const fix::posix::WalkFlags kWalk{kFolderOpen, kFolderOpen | kNoFollowAny,
                                  O_RDONLY | O_NONBLOCK | O_NOCTTY | kNoFollowAny, true};

// The checked node: its descriptor, or (a file its owner may not read) its folder and name.
struct Target {
    int fd = -1;
    int dir = -1;
    std::string base, path;
};


// stat(2) of the node itself: fstat on the descriptor, else fstatat with AT_SYMLINK_NOFOLLOW.
int statOf(const Target& t, struct stat& st) {
    return t.fd >= 0 ? fstat(t.fd, &st) : fstatat(t.dir, t.base.c_str(), &st, AT_SYMLINK_NOFOLLOW);
}

using fix::posix::Identified;

// The same encoding as the macOS probe: st_dev as it is.
std::optional<Identified> identify(const Target& t, std::string& error) {
    struct stat st{};
    if (statOf(t, st) != 0) {
        error = errText("cannot inspect " + t.path, errno);
        return std::nullopt;
    }
    return Identified{static_cast<uint64_t>(st.st_dev), static_cast<uint64_t>(st.st_ino), posix::typeOf(st.st_mode)};
}

// acl_get_fd_np(3) / acl_get_link_np(3) with ACL_TYPE_EXTENDED: NULL with ENOENT when there is
// none. acl_to_text(3) writes every entry with its qualifier's UUID, so acl_from_text(3) gives
// back exactly this ACL. Without a descriptor the name is read again; that is information only.
std::string aclText(const Target& t) {
    acl_t acl = t.fd >= 0 ? acl_get_fd_np(t.fd, ACL_TYPE_EXTENDED) : acl_get_link_np(t.path.c_str(), ACL_TYPE_EXTENDED);
    if (!acl) return {};
    std::string out;
    if (char* text = acl_to_text(acl, nullptr)) {
        out = text;
        acl_free(text);
    }
    acl_free(acl);
    return out;
}

// fgetxattr(2) / getxattr(2) with XATTR_NOFOLLOW: first the size (NULL buffer), then the value,
// which is not NUL-terminated. -1 with ENOATTR: absent. The descriptor was reached with
// O_NOFOLLOW, which gives the f* calls XATTR_NOFOLLOW's meaning.
void readQuarantine(const Target& t, NodeState& s) {
    auto get = [&](void* buf, size_t size) {
        return t.fd >= 0 ? fgetxattr(t.fd, kQuarantine, buf, size, 0, 0)
                         : getxattr(t.path.c_str(), kQuarantine, buf, size, 0, XATTR_NOFOLLOW);
    };
    const ssize_t size = get(nullptr, 0);
    if (size < 0 || size > (1 << 16)) return;
    std::string value(static_cast<size_t>(size), '\0');
    const ssize_t got = get(value.data(), value.size());
    if (got < 0) return;
    value.resize(static_cast<size_t>(got));
    s.xattrPresent = true;
    s.xattr = std::move(value);
}

NodeState capture(const Target& t) {
    NodeState s;
    struct stat st{};
    if (statOf(t, st) != 0) return s;
    s.present = true;
    s.mode = st.st_mode & 07777U;
    s.uid = st.st_uid;
    s.gid = st.st_gid;
    s.size = static_cast<uint64_t>(st.st_size);
    s.mtimeNs = static_cast<int64_t>(st.st_mtimespec.tv_sec) * 1000000000LL + st.st_mtimespec.tv_nsec;
    s.ctimeNs = static_cast<int64_t>(st.st_ctimespec.tv_sec) * 1000000000LL + st.st_ctimespec.tv_nsec;
    s.flagsKnown = true;
    s.flags = static_cast<uint32_t>(st.st_flags) & kFlagBits;
    if (S_ISLNK(st.st_mode)) return s;
    s.acl = aclText(t);
    readQuarantine(t, s);
    return s;
}

bool setMode(const Target& t, uint32_t mode, std::string& error) {
    const int rc = t.fd >= 0 ? fchmod(t.fd, static_cast<mode_t>(mode))
                             : fchmodat(t.dir, t.base.c_str(), static_cast<mode_t>(mode), AT_SYMLINK_NOFOLLOW);
    if (rc == 0) return true;
    error = errText("chmod", errno);
    return false;
}

bool setOwner(const Target& t, uid_t uid, gid_t gid, std::string& error) {
    const int rc = t.fd >= 0 ? fchown(t.fd, uid, gid) : fchownat(t.dir, t.base.c_str(), uid, gid, AT_SYMLINK_NOFOLLOW);
    if (rc == 0) return true;
    error = errText("chown", errno);
    return false;
}

// The calls below take only a descriptor.
bool needFd(const Target& t, std::string& error) {
    if (t.fd >= 0) return true;
    error = "cannot open " + t.path + " (you may not read it), so its flags, extended attributes and ACL cannot be changed from here";
    return false;
}

// fchflags(2) sets all of st_flags: keep every bit but the four fixes manage.
bool setFlagBits(const Target& t, uint32_t want, std::string& error) {
    if (!needFd(t, error)) return false;
    struct stat st{};
    if (fstat(t.fd, &st) != 0) {
        error = errText("fstat", errno);
        return false;
    }
    const uint32_t flags = (static_cast<uint32_t>(st.st_flags) & ~kFlagBits) | (want & kFlagBits);
    if (fchflags(t.fd, flags) == 0) return true;
    error = errText("chflags", errno);
    return false;
}

std::optional<uint32_t> flagBit(const std::string& word) {
    if (word == "uchg") return UF_IMMUTABLE;
    if (word == "uappnd") return UF_APPEND;
    if (word == "schg") return SF_IMMUTABLE;
    if (word == "sappnd") return SF_APPEND;
    return std::nullopt;
}

// mbr_uid_to_uuid(3) / mbr_gid_to_uuid(3): the UUID an ACL entry names its user or group by.
bool qualifierOf(const mac::AclEntrySpec& spec, uuid_t out) {
    if (spec.group) {
        const struct group* g = getgrnam(spec.name.c_str());
        return g && mbr_gid_to_uuid(g->gr_gid, out) == 0;
    }
    const passwd* pw = getpwnam(spec.name.c_str());
    return pw && mbr_uid_to_uuid(pw->pw_uid, out) == 0;
}

// What `chmod -a "user:ana deny write" FILE` does: the named rights leave every deny entry of that
// user, and an entry left with no right goes. acl_get_entry(3) on macOS answers 0 for an entry;
// acl_delete_entry(3) shifts the entries after the one removed, so removal runs from the last.
bool removeDeny(const Target& t, const std::string& entry, std::string& error) {
    if (!needFd(t, error)) return false;
    const auto spec = mac::parseAclEntryText(entry);
    if (!spec || spec->allow || (spec->rights & kAllRights) == 0) {
        error = "not a deny entry: " + entry;
        return false;
    }
    uuid_t who;
    if (!qualifierOf(*spec, who)) {
        error = std::string("no ") + (spec->group ? "group " : "user ") + spec->name + " on this Mac";
        return false;
    }
    acl_t acl = acl_get_fd_np(t.fd, ACL_TYPE_EXTENDED);
    if (!acl) {
        error = errno == ENOENT ? t.path + " has no access control list any more" : errText("acl_get_fd_np", errno);
        return false;
    }
    std::vector<acl_entry_t> emptied;
    bool found = false;
    acl_entry_t e = nullptr;
    for (int which = ACL_FIRST_ENTRY; acl_get_entry(acl, which, &e) == 0; which = ACL_NEXT_ENTRY) {
        acl_tag_t tag = ACL_UNDEFINED_TAG;
        if (acl_get_tag_type(e, &tag) != 0 || tag != ACL_EXTENDED_DENY) continue;
        auto* q = static_cast<guid_t*>(acl_get_qualifier(e));
        if (!q) continue;
        const bool same = uuid_compare(q->g_guid, who) == 0;
        acl_free(q);
        acl_permset_t perms = nullptr;
        if (!same || acl_get_permset(e, &perms) != 0) continue;
        uint32_t removed = 0, left = 0;
        for (uint32_t bit = mac::kAclReadData; bit & kAllRights; bit <<= 1) {
            if (acl_get_perm_np(perms, static_cast<acl_perm_t>(bit)) != 1) continue;
            if (spec->rights & bit) {
                acl_delete_perm(perms, static_cast<acl_perm_t>(bit));
                removed |= bit;
            } else {
                left |= bit;
            }
        }
        if (removed == 0) continue;
        found = true;
        acl_set_permset(e, perms);
        if (left == 0) emptied.push_back(e);
    }
    for (auto it = emptied.rbegin(); it != emptied.rend(); ++it) acl_delete_entry(acl, *it);
    bool ok = found && acl_set_fd_np(t.fd, acl, ACL_TYPE_EXTENDED) == 0;
    if (!found) error = "no deny entry \"" + entry + "\" on " + t.path + " any more";
    else if (!ok) error = errText("acl_set_fd_np", errno);
    acl_free(acl);
    return ok;
}

// The ACL as acl_to_text wrote it before the fix, whole; an empty text means it had none.
bool restoreAcl(const Target& t, const std::string& text, std::string& error) {
    if (!needFd(t, error)) return false;
    acl_t acl = text.empty() ? acl_init(0) : acl_from_text(text.c_str());
    if (!acl) {
        error = errText("acl_from_text", errno);
        return false;
    }
    const bool ok = acl_set_fd_np(t.fd, acl, ACL_TYPE_EXTENDED) == 0;
    if (!ok) error = errText("acl_set_fd_np", errno);
    acl_free(acl);
    return ok;
}

bool removeQuarantine(const Target& t, const NodeState& before, std::string& error) {
    if (!needFd(t, error)) return false;
    if (!before.xattrPresent) {
        error = t.path + " no longer carries " + kQuarantine;
        return false;
    }
    if (fremovexattr(t.fd, kQuarantine, 0) == 0) return true;
    error = errText("removexattr", errno);
    return false;
}

// XATTR_CREATE: the attribute is put back only where it is still absent.
bool restoreQuarantine(const Target& t, const NodeState& before, std::string& error) {
    if (!needFd(t, error)) return false;
    if (fsetxattr(t.fd, kQuarantine, before.xattr.data(), before.xattr.size(), 0, XATTR_CREATE) == 0) return true;
    error = errText("setxattr", errno);
    return false;
}

// The node at `path`, reached and identified; `error` says why not.
struct Reached {
    Opened opened;
    Target target;
    std::optional<Identified> id;
    std::string error;
};

Reached reach(const std::string& path) {
    Reached r{fix::posix::openNoFollow(path, kWalk), {}, {}, {}};
    const Opened& o = r.opened;
    r.target = Target{o.node.get(), o.dir.get(), o.base, path};
    if (!o.node.ok() && !(o.lastErrno == EACCES && o.dir.ok())) r.error = o.error + "; nothing was changed";
    else r.id = identify(r.target, r.error);
    return r;
}

LowResult refused(const std::string& why) {
    LowResult r;
    r.error = why;
    return r;
}

LowResult copyOut(const Target& src, const std::string& dest, uint32_t callerUid) {
    LowResult r;
    fix::posix::CopyFolder d = fix::posix::openCopyFolder(dest, callerUid, kWalk);
    if (!d.error.empty()) {
        r.error = d.error;
        return r;
    }
    if (src.fd < 0 || !d.dir.ok()) {
        r.error = "cannot read the original";
        return r;
    }
    Fd out = fix::posix::copyInto(src.fd, d.dir.get(), d.base, dest, r.error);
    if (!out.ok()) return r;
    const Target copy{out.get(), d.dir.get(), d.base, dest};
    std::string e;
    const auto id = identify(copy, e);
    r.after = capture(copy);
    return fix::posix::finishApply(r, dest, id, id.has_value(), e);
}

}  // namespace

std::optional<NodeState> readState(const std::string& path, std::string* error) {
    const Reached r = reach(path);
    if (!r.id) {
        if (error) *error = r.error;
        return std::nullopt;
    }
    return capture(r.target);
}

LowResult applyLow(FixAction action, const std::string& path, uint64_t dev, uint64_t ino, NodeType type,
                   const std::string& arg, uint32_t callerUid) {
    LowResult r;
    const Reached reached = reach(path);
    if (!reached.id) return refused(reached.error);
    const Target& t = reached.target;
    const auto& id = reached.id;
    std::string err;
    r.error = fix::posix::notTheDiagnosed(path, dev, ino, type, id->dev, id->ino, id->type);
    if (!r.error.empty()) return r;
    r.before = capture(t);
    bool ok = false;
    switch (action) {
    case FixAction::Chmod: {
        const auto mc = fix::parseModeSpec(arg);
        if (!mc) { err = "refusing mode change " + arg; break; }
        ok = setMode(t, mc->applyTo(r.before.mode), err);
        break;
    }
    case FixAction::Chown: {
        const auto uid = fix::posix::resolveUser(arg);
        if (!uid || *uid != callerUid) { err = "ownership can only be given to you (uid " + std::to_string(callerUid) + ")"; break; }
        ok = setOwner(t, *uid, static_cast<gid_t>(-1), err);
        break;
    }
    case FixAction::ClearFlag: {
        const auto bit = flagBit(arg);
        if (!bit) { err = "unknown flag " + arg; break; }
        ok = setFlagBits(t, r.before.flags & ~*bit, err);
        break;
    }
    case FixAction::RemoveXattr:
        if (arg != kQuarantine) { err = "only " + std::string(kQuarantine) + " is removed"; break; }
        ok = removeQuarantine(t, r.before, err);
        break;
    case FixAction::AclRemoveDeny: ok = removeDeny(t, arg, err); break;
    case FixAction::Copy: {
        if (type != NodeType::Regular) { err = "only regular files are copied"; break; }
        LowResult c = copyOut(t, arg, callerUid);
        c.before = r.before;
        c.before.present = false;  // the copy did not exist
        return c;
    }
    case FixAction::AclModify:
    case FixAction::JoinGroup:
    case FixAction::ClearReadOnly:
    case FixAction::TakeOwnership:
    case FixAction::Relabel:
        err = "the " + std::string(toString(action)) + " fix is for another system than macOS";
        break;
    }
    r.after = capture(t);
    return fix::posix::finishApply(r, path, id, ok, err);
}

LowResult undoLow(const JournalEntry& e) {
    LowResult r;
    const Reached reached = reach(e.path);
    if (!reached.id) return refused(reached.error);
    const Target& t = reached.target;
    const auto& id = reached.id;
    std::string err;
    const NodeState now = capture(t);
    r.before = now;
    r.error = fix::posix::undoRefusal(e, id->dev, id->ino, id->type, now);
    if (!r.error.empty()) return r;
    if (e.action == FixAction::Copy) return fix::posix::undoCopy(r, t.dir, t.base, e.path);
    bool ok = false;
    JournalEntry restoring = e;  // what undo aims at: e.before, unless it must not be exactly that
    switch (e.action) {
    case FixAction::Chmod: ok = setMode(t, e.before.mode, err); break;
    case FixAction::Chown:
        // chown clears setuid/setgid: put the mode back, those bits only if the file is untouched.
        restoring.before.mode = fix::posix::modeAfterChownUndo(e, now, r.note);
        ok = setOwner(t, e.before.uid, e.before.gid, err) && setMode(t, restoring.before.mode, err);
        break;
    case FixAction::ClearFlag: ok = setFlagBits(t, e.before.flags, err); break;
    case FixAction::RemoveXattr: ok = restoreQuarantine(t, e.before, err); break;
    case FixAction::AclRemoveDeny: ok = restoreAcl(t, e.before.acl, err); break;
    case FixAction::Copy:
    case FixAction::AclModify:
    case FixAction::JoinGroup:
    case FixAction::ClearReadOnly:
    case FixAction::TakeOwnership:
    case FixAction::Relabel: err = "not undone here"; break;
    }
    r.after = capture(t);
    return fix::posix::finishUndo(r, restoring, now, ok, err);
}

}  // namespace wd

#endif  // __APPLE__
