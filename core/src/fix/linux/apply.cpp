// SPDX-License-Identifier: GPL-3.0-or-later
// Applying and undoing one change on Linux, on a file descriptor that was reached without
// following any symlink and checked to be the diagnosed object (device, inode, type).
//
// The descriptor is an O_PATH one, which needs no permission on the file itself; the calls that
// cannot take it (chmod, ACLs, FS_IOC_SETFLAGS) go through /proc/self/fd/N, whose magic link
// names exactly that inode and is never resolved by name again.
#include "whydenied/fix.h"

#include "fix/common/fix_internal.h"
#include "fix/posix/node.h"
#include "platform/linux/fd.h"
#include "probe/posix/walk.h"

#include <acl/libacl.h>
#include <cerrno>
#include <fcntl.h>
#include <grp.h>
#include <linux/fs.h>
#include <sys/acl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wd {

namespace {

constexpr uint32_t kFlagBits = FS_IMMUTABLE_FL | FS_APPEND_FL;

using fix::posix::errText;
using fix::posix::Fd;
using fix::posix::Opened;

using sys::procPath;

// O_PATH descriptors all the way: they need no permission on the object itself.
const fix::posix::WalkFlags kWalk{O_PATH, O_PATH, O_PATH, false};

Opened openNoFollow(const std::string& path) { return fix::posix::openNoFollow(path, kWalk); }

using fix::posix::Identified;

std::optional<Identified> identify(int fd, std::string* error) {
    struct statx sx{};
    if (statx(fd, "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, STATX_TYPE | STATX_INO, &sx) != 0) {
        if (error) *error = errText("statx", errno);
        return std::nullopt;
    }
    return Identified{sys::devOf(sx), sx.stx_ino, posix::typeOf(sx.stx_mode)};
}

// A readable descriptor for the same inode, for ioctl and reading; only regular files and
// folders (opening a device or FIFO can block or have side effects).
Fd reopen(int pathFd, NodeType type, int flags) {
    if (type != NodeType::Regular && type != NodeType::Directory) return Fd();
    Fd fd(open(procPath(pathFd).c_str(), flags | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (!fd.ok()) return fd;
    struct stat a{}, b{};
    if (fstat(fd.get(), &a) != 0 || fstat(pathFd, &b) != 0 || a.st_ino != b.st_ino || a.st_dev != b.st_dev)
        return Fd();
    return fd;
}

NodeState capture(int fd, NodeType type) {
    NodeState s;
    struct statx sx{};
    if (statx(fd, "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx) != 0) return s;
    s.present = true;
    s.mode = sx.stx_mode & 07777U;
    s.uid = sx.stx_uid;
    s.gid = sx.stx_gid;
    s.size = sx.stx_size;
    s.mtimeNs = static_cast<int64_t>(sx.stx_mtime.tv_sec) * 1000000000LL + sx.stx_mtime.tv_nsec;
    s.ctimeNs = static_cast<int64_t>(sx.stx_ctime.tv_sec) * 1000000000LL + sx.stx_ctime.tv_nsec;
    if (type != NodeType::Symlink) {
        if (acl_t acl = acl_get_file(procPath(fd).c_str(), ACL_TYPE_ACCESS)) {
            mode_t equiv = 0;
            if (acl_equiv_mode(acl, &equiv) != 0) {
                if (char* t = acl_to_any_text(acl, nullptr, ',', TEXT_NUMERIC_IDS)) {
                    s.acl = t;
                    acl_free(t);
                }
            }
            acl_free(acl);
        }
    }
    // Only the two attributes fixes touch, read the cheap way when the filesystem reports them.
    if (sx.stx_attributes_mask & STATX_ATTR_IMMUTABLE) {
        s.flagsKnown = true;
        s.flags = ((sx.stx_attributes & STATX_ATTR_IMMUTABLE) ? FS_IMMUTABLE_FL : 0U) |
                  ((sx.stx_attributes & STATX_ATTR_APPEND) ? FS_APPEND_FL : 0U);
    } else if (Fd r = reopen(fd, type, O_RDONLY); r.ok()) {
        int flags = 0;
        if (ioctl(r.get(), FS_IOC_GETFLAGS, &flags) == 0) {
            s.flagsKnown = true;
            s.flags = static_cast<uint32_t>(flags) & kFlagBits;
        }
    }
    return s;
}

using fix::posix::resolveUser;

bool doChmod(int fd, uint32_t mode, std::string& error) {
    if (chmod(procPath(fd).c_str(), mode) == 0) return true;
    error = errText("chmod", errno);
    return false;
}

bool setFlagBits(int fd, NodeType type, uint32_t want, std::string& error) {
    Fd r = reopen(fd, type, O_RDONLY);
    if (!r.ok()) {
        error = "cannot open it to change its attributes";
        return false;
    }
    int flags = 0;
    if (ioctl(r.get(), FS_IOC_GETFLAGS, &flags) != 0) {
        error = errText("FS_IOC_GETFLAGS", errno);
        return false;
    }
    flags = static_cast<int>((static_cast<uint32_t>(flags) & ~kFlagBits) | (want & kFlagBits));
    if (ioctl(r.get(), FS_IOC_SETFLAGS, &flags) != 0) {
        error = errText("FS_IOC_SETFLAGS", errno);
        return false;
    }
    return true;
}

bool setAclText(int fd, const std::string& text, uint32_t mode, std::string& error) {
    acl_t acl = text.empty() ? acl_from_mode(mode) : acl_from_text(text.c_str());
    if (!acl) {
        error = errText("acl_from_text", errno);
        return false;
    }
    const bool ok = acl_set_file(procPath(fd).c_str(), ACL_TYPE_ACCESS, acl) == 0;
    if (!ok) error = errText("acl_set_file", errno);
    acl_free(acl);
    return ok;
}

bool aclModify(int fd, const fix::AclChange& c, uint32_t uid, std::string& error) {
    acl_t acl = acl_get_file(procPath(fd).c_str(), ACL_TYPE_ACCESS);
    if (!acl) {
        error = errno == ENOTSUP ? "this filesystem does not support ACLs" : errText("acl_get_file", errno);
        return false;
    }
    auto setPerms = [](acl_entry_t e, unsigned perms) {
        acl_permset_t ps;
        acl_get_permset(e, &ps);
        acl_clear_perms(ps);
        if (perms & PermRead) acl_add_perm(ps, ACL_READ);
        if (perms & PermWrite) acl_add_perm(ps, ACL_WRITE);
        if (perms & PermExec) acl_add_perm(ps, ACL_EXECUTE);
        acl_set_permset(e, ps);
    };
    auto permsOf = [](acl_entry_t x) {
        acl_permset_t ps;
        if (acl_get_permset(x, &ps) != 0) return 0U;
        return (acl_get_perm(ps, ACL_READ) == 1 ? unsigned(PermRead) : 0U) |
               (acl_get_perm(ps, ACL_WRITE) == 1 ? unsigned(PermWrite) : 0U) |
               (acl_get_perm(ps, ACL_EXECUTE) == 1 ? unsigned(PermExec) : 0U);
    };
    acl_entry_t found = nullptr, mask = nullptr, e;
    for (int w = ACL_FIRST_ENTRY; acl_get_entry(acl, w, &e) == 1; w = ACL_NEXT_ENTRY) {
        acl_tag_t tag;
        acl_get_tag_type(e, &tag);
        if (tag == ACL_MASK) mask = e;
        if (tag == ACL_USER && !c.mask) {
            void* q = acl_get_qualifier(e);
            if (q && *static_cast<uid_t*>(q) == uid) found = e;
            if (q) acl_free(q);
        }
    }
    bool ok = true;
    if (c.mask) {
        if (!mask && acl_create_entry(&acl, &mask) == 0) acl_set_tag_type(mask, ACL_MASK);
        if (mask) setPerms(mask, c.perms);
        else ok = false;
    } else {
        if (!found && acl_create_entry(&acl, &found) == 0) {
            acl_set_tag_type(found, ACL_USER);
            uid_t q = uid;
            acl_set_qualifier(found, &q);
        }
        if (found) setPerms(found, c.perms);
        else ok = false;
        // The mask lets the new entry through and nothing more. `setfacl -m` would recalculate it
        // as the union of the whole group class, which silently opens other people's named
        // entries and the owning group as well.
        if (ok && !mask) {
            unsigned groupObj = 0;
            for (int w = ACL_FIRST_ENTRY; acl_get_entry(acl, w, &e) == 1; w = ACL_NEXT_ENTRY) {
                acl_tag_t tag;
                acl_get_tag_type(e, &tag);
                if (tag == ACL_GROUP_OBJ) groupObj = permsOf(e);
            }
            ok = acl_create_entry(&acl, &mask) == 0 && acl_set_tag_type(mask, ACL_MASK) == 0;
            if (ok) setPerms(mask, groupObj | c.perms);
        } else if (ok) {
            setPerms(mask, permsOf(mask) | c.perms);
        }
    }
    if (!ok || acl_valid(acl) != 0) {
        error = "could not build a valid ACL";
        acl_free(acl);
        return false;
    }
    ok = acl_set_file(procPath(fd).c_str(), ACL_TYPE_ACCESS, acl) == 0;
    if (!ok) error = errText("acl_set_file", errno);
    acl_free(acl);
    return ok;
}

LowResult copyOut(int srcPathFd, const std::string& dest, uint32_t callerUid) {
    LowResult r;
    r.before.present = false;
    fix::posix::CopyFolder d = fix::posix::openCopyFolder(dest, callerUid, kWalk);
    if (!d.error.empty()) {
        r.error = d.error;
        return r;
    }
    Fd src = reopen(srcPathFd, NodeType::Regular, O_RDONLY);
    if (!src.ok() || !d.dir.ok()) {
        r.error = errText("cannot read the original", errno);
        return r;
    }
    Fd out = fix::posix::copyInto(src.get(), d.dir.get(), d.base, dest, r.error);
    if (!out.ok()) return r;
    std::string e;
    const auto id = identify(out.get(), &e);
    r.after = capture(out.get(), NodeType::Regular);
    return fix::posix::finishApply(r, dest, id, id.has_value(), e);
}

// The node at `path`, opened without following symlinks and identified; `error` says why not.
struct Reached {
    Opened o;
    std::optional<Identified> id;
    std::string error;
};

Reached reach(const std::string& path) {
    Reached r{openNoFollow(path), std::nullopt, {}};
    if (!r.o.node.ok()) r.error = r.o.error + "; nothing was changed";
    else r.id = identify(r.o.node.get(), &r.error);
    return r;
}

}  // namespace

std::optional<NodeState> readState(const std::string& path, std::string* error) {
    Opened o = openNoFollow(path);
    if (!o.node.ok()) {
        if (error) *error = o.error;
        return std::nullopt;
    }
    const auto id = identify(o.node.get(), error);
    if (!id) return std::nullopt;
    return capture(o.node.get(), id->type);
}

LowResult applyLow(FixAction action, const std::string& path, uint64_t dev, uint64_t ino, NodeType type,
                   const std::string& arg, uint32_t callerUid) {
    LowResult r;
    if (action == FixAction::JoinGroup) {
        r.error = "joining a group is done by whydenied-helper";
        return r;
    }
    const Reached reached = reach(path);
    if (!reached.id) {
        r.error = reached.error;
        return r;
    }
    const auto& id = reached.id;
    r.error = fix::posix::notTheDiagnosed(path, dev, ino, type, id->dev, id->ino, id->type);
    if (!r.error.empty()) return r;
    std::string err;
    const int fd = reached.o.node.get();
    // As administrator, a file with other names (hard links) is left alone: the request names one
    // path, but the change would reach every name, /etc/shadow's included if someone linked it.
    if (geteuid() == 0 && type == NodeType::Regular &&
        (action == FixAction::Chown || action == FixAction::Chmod || action == FixAction::AclModify ||
         action == FixAction::Relabel)) {
        struct stat st{};
        if (fstat(fd, &st) != 0 || st.st_nlink > 1) {
            r.error = path + " has " + std::to_string(st.st_nlink) + " names (hard links); an administrator's fix "
                      "would change all of them, so nothing was changed";
            return r;
        }
    }
    r.before = capture(fd, type);
    bool ok = false;
    switch (action) {
    case FixAction::Chmod: {
        const auto mc = fix::parseModeSpec(arg);
        if (!mc) { err = "refusing mode change " + arg; break; }
        ok = doChmod(fd, mc->applyTo(r.before.mode), err);
        break;
    }
    case FixAction::AclModify: {
        const auto ac = fix::parseAclSpec(arg);
        if (!ac) { err = "unrecognised ACL entry " + arg; break; }
        std::optional<uint32_t> uid;
        if (!ac->mask) {
            uid = resolveUser(ac->user);
            // The grant is for the person asking, never for someone else.
            if (!uid || *uid != callerUid) { err = "the ACL entry must name you (uid " + std::to_string(callerUid) + ")"; break; }
        }
        ok = aclModify(fd, *ac, uid.value_or(0), err);
        break;
    }
    case FixAction::Chown: {
        const auto uid = resolveUser(arg);
        if (!uid || *uid != callerUid) { err = "ownership can only be given to you (uid " + std::to_string(callerUid) + ")"; break; }
        if (fchownat(fd, "", *uid, static_cast<gid_t>(-1), AT_EMPTY_PATH) == 0) ok = true;
        else err = errText("chown", errno);
        break;
    }
    case FixAction::ClearFlag: {
        const uint32_t bit = arg == "i" ? FS_IMMUTABLE_FL : arg == "a" ? FS_APPEND_FL : 0;
        if (!bit) { err = "unknown attribute " + arg; break; }
        if (!r.before.flagsKnown) { err = "cannot read the attributes of " + path; break; }
        ok = setFlagBits(fd, type, r.before.flags & ~bit, err);
        break;
    }
    case FixAction::ClearReadOnly:
    case FixAction::AclRemoveDeny:
    case FixAction::TakeOwnership:
    case FixAction::RemoveXattr:
        err = "the " + std::string(toString(action)) + " fix is for another system than Linux";
        break;
    case FixAction::Relabel: {
        // The label is the policy's for this path, worked out here; the old one is kept for undo.
        const auto relabel = fix::plannedRelabel(fd, path, err);
        if (!relabel) break;
        r.before.label = relabel->from;
        ok = fix::setLabel(fd, relabel->to, err);
        break;
    }
    case FixAction::Copy: {
        if (type != NodeType::Regular) { err = "only regular files are copied"; break; }
        LowResult c = copyOut(fd, arg, callerUid);
        c.before = r.before;
        c.before.present = false;  // the copy did not exist
        return c;
    }
    case FixAction::JoinGroup: break;
    }
    r.after = capture(fd, type);
    if (action == FixAction::Relabel) r.after.label = fix::labelOf(fd);
    return fix::posix::finishApply(r, path, id, ok, err);
}

LowResult undoLow(const JournalEntry& e) {
    LowResult r;
    const Reached reached = reach(e.path);
    if (!reached.id) {
        r.error = reached.error;
        return r;
    }
    const auto& id = reached.id;
    std::string err;
    const int fd = reached.o.node.get();
    NodeState now = capture(fd, e.type);
    if (e.action == FixAction::Relabel) now.label = fix::labelOf(fd);
    r.before = now;
    r.error = fix::posix::undoRefusal(e, id->dev, id->ino, id->type, now);
    if (!r.error.empty()) return r;
    if (e.action == FixAction::Copy) return fix::posix::undoCopy(r, reached.o.dir.get(), reached.o.base, e.path);
    bool ok = true;
    JournalEntry restoring = e;  // what undo aims at: e.before, unless it must not be exactly that
    switch (e.action) {
    case FixAction::Chmod: ok = doChmod(fd, e.before.mode, err); break;
    case FixAction::AclModify: ok = setAclText(fd, e.before.acl, e.before.mode, err) && doChmod(fd, e.before.mode, err); break;
    case FixAction::Chown:
        if (fchownat(fd, "", e.before.uid, e.before.gid, AT_EMPTY_PATH) != 0) { ok = false; err = errText("chown", errno); }
        // chown clears setuid/setgid: put the mode back, those bits only if the file is untouched.
        restoring.before.mode = fix::posix::modeAfterChownUndo(e, now, r.note);
        ok = ok && doChmod(fd, restoring.before.mode, err);
        break;
    case FixAction::ClearFlag: ok = setFlagBits(fd, e.type, e.before.flags, err); break;
    case FixAction::Relabel:
        // Only the label goes back: whatever else changed since stays as it is now.
        restoring.before = now;
        restoring.before.label = e.before.label;
        ok = fix::setLabel(fd, e.before.label, err);
        break;
    case FixAction::Copy:
    case FixAction::JoinGroup:
    case FixAction::ClearReadOnly:
    case FixAction::AclRemoveDeny:
    case FixAction::TakeOwnership:
    case FixAction::RemoveXattr: ok = false; err = "not undone here"; break;
    }
    r.after = capture(fd, e.type);
    if (e.action == FixAction::Relabel) r.after.label = fix::labelOf(fd);
    return fix::posix::finishUndo(r, restoring, now, ok, err);
}

}  // namespace wd
