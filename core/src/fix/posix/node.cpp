// SPDX-License-Identifier: GPL-3.0-or-later
#include "fix/posix/node.h"

#include <algorithm>
#include <cstdio>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wd::fix::posix {

std::string errText(const std::string& what, int err) { return what + ": " + std::strerror(err); }

Opened openNoFollow(const std::string& path, const WalkFlags& how) {
    Opened o;
    if (!isNormalAbsolute(path)) {
        o.error = "not a normalised absolute path: " + path;
        return o;
    }
    Fd cur(open("/", how.root | O_DIRECTORY | O_CLOEXEC));
    if (path == "/") {
        o.node = Fd(open("/", how.root | O_DIRECTORY | O_CLOEXEC));
        o.dir = std::move(cur);
        o.base = "/";
        return o;
    }
    size_t i = 1;
    std::string walked;
    while (true) {
        const size_t j = path.find('/', i);
        const bool last = j == std::string::npos;
        const std::string comp = path.substr(i, last ? std::string::npos : j - i);
        walked += "/" + comp;
        if (last && how.onlyFilesAndFolders) {
            struct stat st{};
            if (fstatat(cur.get(), comp.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
                o.error = errText("cannot inspect " + walked, errno);
                return o;
            }
            if (S_ISLNK(st.st_mode)) {
                o.error = walked + " is now a symbolic link; refusing to follow it";
                return o;
            }
            if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
                o.error = walked + " is neither a file nor a folder; not opening it";
                return o;
            }
        }
        const int fd = openat(cur.get(), comp.c_str(), (last ? how.last : how.folder) | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            const int err = errno;
            // Without O_PATH a symlink or a non-folder on the way fails the open itself.
            if (err == ELOOP) o.error = walked + " is now a symbolic link; refusing to follow it";
            else if (err == ENOTDIR && !last) o.error = walked + " is no longer a folder";
            else o.error = errText("cannot open " + walked, err);
            if (last) {
                o.dir = std::move(cur);
                o.base = comp;
                o.lastErrno = err;
            }
            return o;
        }
        Fd next(fd);
        struct stat st{};
        if (fstat(next.get(), &st) != 0) {
            o.error = errText("cannot inspect " + walked, errno);
            return o;
        }
        if (last) {
            o.dir = std::move(cur);
            o.node = std::move(next);
            o.base = comp;
            return o;
        }
        if (S_ISLNK(st.st_mode)) {
            o.error = walked + " is now a symbolic link; refusing to follow it";
            return o;
        }
        if (!S_ISDIR(st.st_mode)) {
            o.error = walked + " is no longer a folder";
            return o;
        }
        cur = std::move(next);
        i = j + 1;
    }
}

std::string notTheDiagnosed(const std::string& path, uint64_t dev, uint64_t ino, NodeType type, uint64_t nowDev,
                            uint64_t nowIno, NodeType nowType) {
    if (nowType == NodeType::Symlink && type != NodeType::Symlink)
        return path + " is now a symbolic link, not the " + std::string(toString(type)) +
               " that was diagnosed; nothing was changed";
    if (nowDev != dev || nowIno != ino || nowType != type)
        return path + " is no longer the " + std::string(toString(type)) + " that was diagnosed (device/inode " +
               std::to_string(dev) + "/" + std::to_string(ino) + ", now " + std::to_string(nowDev) + "/" +
               std::to_string(nowIno) + " " + std::string(toString(nowType)) + "); nothing was changed";
    return {};
}

LowResult finishApply(LowResult r, const std::string& path, const std::optional<Identified>& id, bool ok,
                      const std::string& error) {
    r.changed = !r.after.sameAs(r.before);
    if (!ok) {
        r.error = error;
        return r;
    }
    r.ok = true;
    r.resultPath = path;
    r.resultDev = id ? id->dev : 0;
    r.resultIno = id ? id->ino : 0;
    return r;
}

std::string undoRefusal(const JournalEntry& e, uint64_t dev, uint64_t ino, NodeType type, const NodeState& now) {
    if (dev != e.dev || ino != e.ino || type != e.type)
        return e.path + " is no longer the file the fix changed (it was replaced); nothing was changed";
    // A relabel is undone only while the node still has the label it set, whatever else changed.
    if (e.action == FixAction::Relabel) {
        if (e.before.label.empty()) return e.path + ": the label it had before is not recorded; nothing was changed";
        if (now.label != e.after.label)
            return e.path + " is no longer labelled " + e.after.label + " as the fix left it (it is now " +
                   (now.label.empty() ? std::string("unlabelled") : now.label) + "); nothing was changed";
        return {};
    }
    if (e.action == FixAction::Copy) {
        if (!now.sameAs(e.after) || now.size != e.after.size || now.mtimeNs != e.after.mtimeNs)
            return "the copy " + e.path + " was changed since it was made; keeping it";
        return {};
    }
    if (!now.sameAs(e.after))
        return e.path + " changed since the fix (it is now " + now.describe() + "; the fix left " + e.after.describe() +
               "); nothing was changed";
    // Giving back a file whose content changed would hand the new owner's content to the old
    // owner (a drop-in rewritten, then "returned" to root). ctime catches every write, and a
    // change of size or mtime is reported as what it is.
    if (e.action == FixAction::Chown && type == NodeType::Regular &&
        (now.size != e.after.size || now.mtimeNs != e.after.mtimeNs || now.ctimeNs != e.after.ctimeNs))
        return e.path + " was modified since the fix, so it is not given back to its old owner; nothing was changed";
    return {};
}

LowResult undoCopy(LowResult r, int dir, const std::string& base, const std::string& path) {
    if (unlinkat(dir, base.c_str(), 0) != 0) {
        r.error = errText("cannot remove " + path, errno);
        return r;
    }
    r.ok = r.changed = true;
    return r;
}

LowResult finishUndo(LowResult r, const JournalEntry& e, const NodeState& now, bool ok, const std::string& error) {
    r.changed = !r.after.sameAs(now);
    if (!ok) {
        r.error = error;
        return r;
    }
    r.ok = r.after.sameAs(e.before);
    if (!r.ok) r.error = "restored, but the state is " + r.after.describe() + " instead of " + e.before.describe();
    return r;
}

uint32_t modeAfterChownUndo(const JournalEntry& e, const NodeState&, std::string& note) {
    constexpr uint32_t kPrivileged = 06000;
    if (!(e.before.mode & kPrivileged) || e.type == NodeType::Directory) return e.before.mode;
    // Whoever held the file meanwhile may still write to it through a mapping the kernel does not
    // clear setuid for: an undo never makes a program privileged again. An administrator can.
    char spec[16];
    std::snprintf(spec, sizeof spec, "%04o", e.before.mode);
    note = e.path + ": its setuid/setgid bits were not given back; an administrator can run: sudo chmod " + spec +
           " -- " + e.path;
    return e.before.mode & ~kPrivileged;
}

std::optional<uint32_t> resolveUser(const std::string& s) {
    if (!s.empty() && s.size() < 11 && s.find_first_not_of("0123456789") == std::string::npos) {
        const unsigned long long v = std::stoull(s);
        if (v > 0xffffffffULL) return std::nullopt;
        return static_cast<uint32_t>(v);
    }
    if (const passwd* pw = getpwnam(s.c_str())) return pw->pw_uid;
    return std::nullopt;
}

CopyFolder openCopyFolder(const std::string& dest, uint32_t callerUid, const WalkFlags& how) {
    CopyFolder c;
    const auto slash = dest.find_last_of('/');
    const std::string dir = dest.substr(0, slash);
    c.base = dest.substr(slash + 1);
    if (!isNormalAbsolute(dest) || c.base.empty() || isSystemPath(dir)) {
        c.error = "refusing to copy to " + dest;
        return c;
    }
    // The folder for copies may not exist yet: create what is missing, private to the user.
    for (size_t i = 1; i <= dir.size();) {
        const size_t j = std::min(dir.find('/', i), dir.size());
        (void)mkdir(dir.substr(0, j).c_str(), 0700);
        i = j + 1;
    }
    Opened d = openNoFollow(dir, how);
    if (!d.node.ok()) {
        c.error = d.error;
        return c;
    }
    struct stat st{};
    if (fstat(d.node.get(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != callerUid) {
        c.error = dir + " is not a folder of yours; not copying there";
        return c;
    }
    c.dir = Fd(openat(d.node.get(), ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    return c;
}

Fd copyInto(int src, int dir, const std::string& base, const std::string& dest, std::string& error) {
    Fd out(openat(dir, base.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!out.ok()) {
        error = errText("cannot create " + dest, errno);
        return out;
    }
    char buf[1 << 16];
    ssize_t n;
    bool ok = true;
    while ((n = read(src, buf, sizeof buf)) != 0) {
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            ok = false;
            break;
        }
        for (ssize_t off = 0; off < n;) {
            const ssize_t w = write(out.get(), buf + off, static_cast<size_t>(n - off));
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) { ok = false; break; }
            off += w;
        }
        if (!ok) break;
    }
    if (!ok || fsync(out.get()) != 0) {
        error = errText("copying failed", errno);
        unlinkat(dir, base.c_str(), 0);
        return Fd();
    }
    // The copy is 0600 whatever the umask: it is meant to be writable by its owner and nobody else.
    fchmod(out.get(), 0600);
    return out;
}

}  // namespace wd::fix::posix
