// SPDX-License-Identifier: GPL-3.0-or-later
// The folder audit's walk on Linux.
//
// Every lookup is relative to an open directory fd (openat/statx/faccessat on a name, never a
// path re-resolved from the root), directories are read with getdents64 in large batches, and no
// symlink is ever followed (O_NOFOLLOW, AT_SYMLINK_NOFOLLOW). The walk keeps its own stack: a
// 10 000-deep tree costs 10 000 small frames, not 10 000 C++ call frames, and only the innermost
// kOpenWindow folders hold a descriptor (a folder whose fd was closed is reopened through ".." of
// its child and checked by device + inode, so a tree moved meanwhile is noticed, not followed).
//
// For the caller the kernel is asked (faccessat with AT_EACCESS: ACLs, capabilities, flags, mount
// flags and security modules all included) and only a denied entry is inspected further to name
// the cause, which keeps the cost of a clean entry at one system call, like `find ! -writable`.
// For another subject, or for delete (which no access(2) call answers), the verdict is computed
// from statx + the ACL, read only where the inode has one.
#include "audit/common/audit_internal.h"

#include "platform/linux/fd.h"
#include "probe/linux/acl_entries.h"
#include "probe/posix/identity.h"
#include "probe/posix/walk.h"
#include "whydenied/diagnose.h"

#include <acl/libacl.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <set>
#include <sys/acl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <unordered_set>

namespace wd {

namespace {

constexpr size_t kOpenWindow = 48;
constexpr unsigned kStatxMask = STATX_TYPE | STATX_MODE | STATX_UID | STATX_GID | STATX_INO;

NodeType typeFromDt(unsigned char t) {
    switch (t) {
    case DT_REG: return NodeType::Regular;
    case DT_DIR: return NodeType::Directory;
    case DT_LNK: return NodeType::Symlink;
    case DT_FIFO: return NodeType::Fifo;
    case DT_SOCK: return NodeType::Socket;
    case DT_CHR: return NodeType::CharDevice;
    case DT_BLK: return NodeType::BlockDevice;
    default: return NodeType::Unknown;
    }
}

int accessMask(unsigned want) {
    return ((want & PermRead) ? R_OK : 0) | ((want & PermWrite) ? W_OK : 0) | ((want & PermExec) ? X_OK : 0);
}

using sys::devOf;

void fillFromStatx(const struct statx& sx, Node& n) {
    n.type = posix::typeOf(sx.stx_mode);
    n.mode = sx.stx_mode & 07777U;
    n.uid = sx.stx_uid;
    n.gid = sx.stx_gid;
    n.dev = devOf(sx);
    n.ino = sx.stx_ino;
    if (sx.stx_attributes_mask & STATX_ATTR_IMMUTABLE) {
        n.flagsKnown = true;
        n.immutable = (sx.stx_attributes & STATX_ATTR_IMMUTABLE) != 0;
        n.appendOnly = (sx.stx_attributes & STATX_ATTR_APPEND) != 0;
    }
}

struct Frame {
    sys::Fd fd;  // closed outside the innermost kOpenWindow folders
    uint64_t dev = 0, ino = 0, mntId = 0;
    size_t pathLen = 0;  // length of the walker's current path for this folder
    std::vector<std::string> subdirs;
    size_t next = 0;
    bool listed = false, abandoned = false;
    bool readOnly = false;
    Node node;  // this folder's own facts: what delete is judged against
};

class Walker {
public:
    Walker(const AuditOptions& o, const AuditCallbacks& cb, const CancelToken* cancel, AuditSummary& s)
        : opts_(o), cb_(cb), cancel_(cancel), sum_(s), agg_(o) {}

    void run();

private:
    bool cancelled() const { return cancel_ && cancel_->cancelled(); }
    std::string displayPath() const { return path_.empty() ? std::string("/") : path_; }
    std::string childPath(const char* name) const { return path_ + "/" + name; }
    void tick();
    void emitProgress(double secs);
    bool fillNode(int dfd, const char* name, Node& n, bool withAcl, int* err, uint64_t* mntId = nullptr);
    void readAcl(int dfd, const char* name, Node& n);
    void listDir(Frame& fr);
    void judgeChild(Frame& parent, const char* name, unsigned char dtype);
    bool judgeOne(Frame& parent, const char* name, NodeType& type, Node& n, bool& searchable, audit::Judgement& j);
    bool judgeRoot(Node& n, bool& searchable, audit::Judgement& j);
    template <class Again>
    void report(int dfd, const char* name, const Node& n, const audit::Judgement& j, const std::string* fullPath,
                Again&& again);
    void descend(const std::string& name);
    void pop();
    bool reopen(size_t idx);
    std::string frameName(size_t idx) const {
        return path_.substr(frames_[idx - 1].pathLen + 1, frames_[idx].pathLen - frames_[idx - 1].pathLen - 1);
    }
    // The walker could not inspect entries of the folder being read (no search permission for
    // it): counted once per folder, as not audited, never as fine.
    void cannotInspect(int err) {
        if (err == ENOENT) ++sum_.vanished;
        else if (!folderNoted_) {
            folderNoted_ = true;
            note(sum_.notAudited, sum_.notAuditedSamples, displayPath());
        }
    }
    void note(uint64_t& counter, std::vector<std::string>& samples, std::string path) {
        ++counter;
        if (samples.size() < opts_.samplesPerCause) samples.push_back(std::move(path));
    }

    const AuditOptions& opts_;
    const AuditCallbacks& cb_;
    const CancelToken* cancel_;
    AuditSummary& sum_;
    audit::Aggregator agg_;
    Identity id_;
    Subject subject_;  // who is checked; its user namespace limits its capabilities
    bool kernel_ = false;
    bool folderNoted_ = false;
    std::vector<Frame> frames_;
    std::string path_;
    std::set<uint64_t> noAclDevs_;
    std::set<std::pair<uint64_t, uint64_t>> ancestors_;  // only when crossing filesystems
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now(), lastProgress_ = start_;
    std::vector<char> buf_ = std::vector<char>(1 << 16);
};

void Walker::emitProgress(double secs) {
    if (!cb_.progress) return;
    AuditProgress p;
    p.entries = sum_.entries;
    p.dirs = sum_.dirs;
    p.denied = sum_.denied;
    p.seconds = secs;
    p.entriesPerSecond = secs > 0 ? static_cast<double>(sum_.entries) / secs : 0;
    p.currentFolder = displayPath();
    cb_.progress(p);
}

void Walker::tick() {
    ++sum_.entries;
    if ((sum_.entries & 1023U) != 0) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - lastProgress_ >= std::chrono::milliseconds(opts_.progressIntervalMs)) {
        lastProgress_ = now;
        emitProgress(std::chrono::duration<double>(now - start_).count());
    }
}

// The ACL, only where the inode carries one: a size probe of the xattr (one call), skipped for
// the whole filesystem once it says it has no ACL support.
void Walker::readAcl(int dfd, const char* name, Node& n) {
    if (n.type == NodeType::Symlink || noAclDevs_.count(n.dev)) return;
    // /proc/self/fd/N names the open folder itself, so the name is looked up in it, not re-resolved.
    std::string p = sys::procPath(dfd);
    const bool named = name && *name;
    if (named) p += std::string("/") + name;
    // Without a name the magic link itself is the folder, so that one must be followed.
    const ssize_t size = named ? lgetxattr(p.c_str(), "system.posix_acl_access", nullptr, 0)
                               : getxattr(p.c_str(), "system.posix_acl_access", nullptr, 0);
    if (size < 0) {
        if (errno == ENOTSUP) noAclDevs_.insert(n.dev);
        n.aclKnown = errno == ENODATA || errno == ENOTSUP;
        return;
    }
    n.aclKnown = true;
    if (size == 0) return;
    acl_t acl = acl_get_file(p.c_str(), ACL_TYPE_ACCESS);
    if (!acl) return;
    n.acl = linux_probe::aclEntries(acl, false);
    acl_free(acl);
}

bool Walker::fillNode(int dfd, const char* name, Node& n, bool withAcl, int* err, uint64_t* mntId) {
    struct statx sx{};
    const int flags = AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | (name && *name ? 0 : AT_EMPTY_PATH);
    if (statx(dfd, name ? name : "", flags, kStatxMask | (mntId ? STATX_MNT_ID : 0U), &sx) != 0) {
        if (err) *err = errno;
        return false;
    }
    fillFromStatx(sx, n);
    if (mntId) *mntId = (sx.stx_mask & STATX_MNT_ID) ? sx.stx_mnt_id : 0;
    if (withAcl) readAcl(dfd, name, n);
    return true;
}

// A finding goes to atEntry first; when that changed the entry, `again` judges it as it is now:
// still denied, it is reported as it is; allowed, it counts as resolved.
template <class Again>
void Walker::report(int dfd, const char* name, const Node& n, const audit::Judgement& j, const std::string* fullPath,
                    Again&& again) {
    AuditFinding f;
    auto fill = [&f](const Node& x, const audit::Judgement& y) {
        f.cause = y.cause;
        f.type = x.type;
        f.dev = x.dev;
        f.ino = x.ino;
        f.mode = x.mode;
        f.uid = x.uid;
        f.gid = x.gid;
        f.detail = y.detail;
    };
    fill(n, j);
    if (cb_.finding || cb_.atEntry || agg_.wantsSample(j.cause)) f.path = fullPath ? *fullPath : childPath(name);
    if (cb_.atEntry && cb_.atEntry(dfd, name, f)) {
        Node now;
        audit::Judgement j2;
        if (!again(now, j2)) return;
        if (!j2.denied) {
            ++sum_.resolved;
            return;
        }
        fill(now, j2);
    }
    ++sum_.denied;
    agg_.add(f);
    if (cb_.finding) cb_.finding(f);
}

// The verdict on one child of `parent`; false when it could not be inspected (counted as such).
bool Walker::judgeOne(Frame& parent, const char* name, NodeType& type, Node& n, bool& searchable,
                      audit::Judgement& j) {
    const int dfd = parent.fd.get();
    bool haveNode = false;
    int err = 0;
    if (type == NodeType::Unknown) {  // some filesystems leave d_type empty
        if (!fillNode(dfd, name, n, false, &err)) return cannotInspect(err), false;
        type = n.type;
        haveNode = true;
    }
    const bool isDir = type == NodeType::Directory;
    searchable = isDir;
    if (audit::needsParent(opts_.op)) {
        if (!haveNode && !fillNode(dfd, name, n, false, &err)) return cannotInspect(err), false;
        haveNode = true;
        j = audit::judgeInParent(id_, subject_, parent.node, n, parent.readOnly);
    } else {
        const unsigned want = audit::wantFor(opts_.op, type);
        if (kernel_) {
            const int mask = accessMask(want);
            const int r = want ? faccessat(dfd, name, mask, AT_EACCESS | AT_SYMLINK_NOFOLLOW) : 0;
            // The walker is the subject: a folder it may not search is one it cannot look into.
            if (isDir && (r != 0 || !(want & PermExec)))
                searchable = faccessat(dfd, name, X_OK, AT_EACCESS | AT_SYMLINK_NOFOLLOW) == 0;
            if (r != 0) {
                const int kerr = errno;
                if (kerr == ENOENT) {
                    ++sum_.vanished;
                    return false;
                }
                if (!haveNode && !fillNode(dfd, name, n, true, &err)) return cannotInspect(err), false;
                if (haveNode) readAcl(dfd, name, n);
                haveNode = true;
                j = audit::judgeEntry(id_, subject_, n, opts_.op, false, kerr);
            }
        } else if (want || isDir) {
            uint64_t mnt = parent.mntId;
            if (!fillNode(dfd, name, n, true, &err, isDir ? &mnt : nullptr)) return cannotInspect(err), false;
            haveNode = true;
            // A mount point belongs to the mount on it, not to the folder it sits in.
            bool readOnly = parent.readOnly;
            if (isDir && mnt != parent.mntId) {
                struct statvfs vfs{};
                const std::string p = sys::procPath(dfd) + "/" + name;
                readOnly = statvfs(p.c_str(), &vfs) == 0 && (vfs.f_flag & ST_RDONLY);
            }
            j = audit::judgeEntry(id_, subject_, n, opts_.op, readOnly, -1);
            // Nothing beneath a folder the subject cannot search is reachable for it: one finding.
            if (isDir) searchable = !audit::judgeEntry(id_, subject_, n, Operation::Traverse, false, -1).denied;
        }
    }
    if (j.denied && !haveNode) fillNode(dfd, name, n, false, nullptr);
    return true;
}

void Walker::judgeChild(Frame& parent, const char* name, unsigned char dtype) {
    NodeType type = typeFromDt(dtype);
    Node n;
    bool searchable = false;
    audit::Judgement j;
    if (!judgeOne(parent, name, type, n, searchable, j)) return;
    const bool isDir = type == NodeType::Directory;
    if (isDir) ++sum_.dirs;
    if (j.denied)
        report(parent.fd.get(), name, n, j, nullptr, [&](Node& now, audit::Judgement& j2) {
            NodeType t = type;
            return judgeOne(parent, name, t, now, searchable, j2);
        });
    if (isDir && searchable) parent.subdirs.emplace_back(name);
}

// The root folder's own verdict (what `find DIR` lists first); its removal is its parent's
// business, so delete starts with what is inside.
bool Walker::judgeRoot(Node& n, bool& searchable, audit::Judgement& j) {
    Frame& root = frames_[0];
    struct statx sx{};
    if (statx(root.fd.get(), "", AT_EMPTY_PATH, kStatxMask, &sx) != 0) return false;
    fillFromStatx(sx, n);
    readAcl(root.fd.get(), nullptr, n);
    root.node = n;
    searchable = true;
    const unsigned want = audit::wantFor(opts_.op, NodeType::Directory);
    if (kernel_) {
        // With a descriptor given, the kernel is asked about that folder, not about a name.
        const std::string self = opts_.rootFd >= 0 ? sys::procPath(root.fd.get()) : displayPath();
        if (want && faccessat(AT_FDCWD, self.c_str(), accessMask(want), AT_EACCESS) != 0)
            j = audit::judgeEntry(id_, subject_, n, opts_.op, root.readOnly, errno);
        searchable = faccessat(AT_FDCWD, self.c_str(), X_OK, AT_EACCESS) == 0;
    } else {
        j = audit::judgeEntry(id_, subject_, n, opts_.op, root.readOnly, -1);
    }
    return true;
}

void Walker::listDir(Frame& fr) {
    const int fd = fr.fd.get();
    folderNoted_ = false;
    for (;;) {
        const long got = syscall(SYS_getdents64, fd, buf_.data(), buf_.size());
        if (got < 0) {
            if (errno == EINTR) continue;
            note(sum_.notAudited, sum_.notAuditedSamples, displayPath());
            break;
        }
        if (got == 0) break;
        for (long off = 0; off < got;) {
            const auto* d = reinterpret_cast<const struct dirent64*>(buf_.data() + off);
            off += d->d_reclen;
            const char* name = d->d_name;
            if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0))) continue;
            tick();
            judgeChild(fr, name, d->d_type);
        }
        if (cancelled()) return;
    }
    agg_.endFolder([&] { return displayPath(); });
}

// A closed folder fd comes back through ".." of its open child (checked by device + inode), or
// else by name from the nearest open ancestor, every component O_NOFOLLOW.
bool Walker::reopen(size_t idx) {
    Frame& f = frames_[idx];
    auto matches = [&](int fd) {
        struct statx sx{};
        return statx(fd, "", AT_EMPTY_PATH, STATX_INO, &sx) == 0 && devOf(sx) == f.dev && sx.stx_ino == f.ino;
    };
    if (idx + 1 < frames_.size() && frames_[idx + 1].fd.ok()) {
        sys::Fd fd(openat(frames_[idx + 1].fd.get(), "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (fd.ok() && matches(fd.get())) {
            f.fd = std::move(fd);
            return true;
        }
    }
    size_t k = idx;
    while (k > 0 && !frames_[k].fd.ok()) --k;
    if (!frames_[k].fd.ok()) return false;
    if (k == idx) return true;
    // Each folder on the way is held until the next one is open; frames_[k]'s stays that frame's.
    sys::Fd cur;
    for (size_t i = k + 1; i <= idx; ++i) {
        sys::Fd fd(openat(cur.ok() ? cur.get() : frames_[k].fd.get(), frameName(i).c_str(),
                          O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!fd.ok()) return false;
        struct statx sx{};
        if (statx(fd.get(), "", AT_EMPTY_PATH, STATX_INO, &sx) != 0 || devOf(sx) != frames_[i].dev || sx.stx_ino != frames_[i].ino)
            return false;
        cur = std::move(fd);
    }
    f.fd = std::move(cur);
    return true;
}

void Walker::descend(const std::string& name) {
    Frame& parent = frames_.back();
    sys::Fd owned(openat(parent.fd.get(), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
    const int fd = owned.get();
    if (fd < 0) {
        if (errno == ENOENT || errno == ENOTDIR || errno == ELOOP) ++sum_.vanished;  // replaced meanwhile
        else note(sum_.notAudited, sum_.notAuditedSamples, childPath(name.c_str()));
        return;
    }
    struct statx sx{};
    if (statx(fd, "", AT_EMPTY_PATH, kStatxMask | STATX_MNT_ID, &sx) != 0) {
        note(sum_.notAudited, sum_.notAuditedSamples, childPath(name.c_str()));
        return;
    }
    const uint64_t dev = devOf(sx);
    const bool otherMount = dev != parent.dev || ((sx.stx_mask & STATX_MNT_ID) && sx.stx_mnt_id != parent.mntId);
    if (otherMount && !opts_.crossFilesystems) {
        note(sum_.otherFilesystems, sum_.otherFilesystemSamples, childPath(name.c_str()));
        return;
    }
    if (opts_.crossFilesystems && !ancestors_.insert({dev, sx.stx_ino}).second)
        return;  // a bind mount of a folder we are already inside
    Frame f;
    f.fd = std::move(owned);
    f.dev = dev;
    f.ino = sx.stx_ino;
    f.mntId = sx.stx_mnt_id;
    f.readOnly = parent.readOnly;
    if (!kernel_) {
        if (otherMount) {
            struct statvfs vfs{};
            f.readOnly = fstatvfs(fd, &vfs) == 0 && (vfs.f_flag & ST_RDONLY);
        }
        fillFromStatx(sx, f.node);
        if (audit::needsParent(opts_.op)) readAcl(fd, nullptr, f.node);
    }
    path_ += "/";
    path_ += name;
    f.pathLen = path_.size();
    frames_.push_back(std::move(f));
    // Only the innermost folders keep their descriptor; the root's stays for the name fallback.
    if (frames_.size() > kOpenWindow + 1) {
        frames_[frames_.size() - 1 - kOpenWindow].fd.reset();
    }
}

void Walker::pop() {
    const size_t idx = frames_.size() - 1;
    if (idx > 0 && !frames_[idx - 1].fd.ok() && !reopen(idx - 1)) {
        frames_[idx - 1].abandoned = true;  // the tree moved under us: do not go where it went
        ++sum_.vanished;
    }
    Frame& f = frames_.back();
    f.fd.reset();
    if (opts_.crossFilesystems) ancestors_.erase({f.dev, f.ino});
    frames_.pop_back();
    if (!frames_.empty()) path_.resize(frames_.back().pathLen);
}

void Walker::run() {
    sum_.root = opts_.root;
    sum_.op = opts_.op;
    const auto fail = [this](Message why) {
        sum_.error = why.english();
        sum_.why = std::move(why);
    };
    if (!auditSupports(opts_.op)) {
        fail(Message(WD_TR("the audit checks read, write, list, traverse, execute or delete, not %1"),
                     {std::string(toString(opts_.op))}));
        return;
    }
    if (opts_.subject.empty() || opts_.subject == "me") {
        id_ = posix::currentIdentity();
        sum_.subject = "you (" + (id_.userName.empty() ? "uid " + std::to_string(id_.euid) : id_.userName) + ")";
        kernel_ = opts_.preferKernel && !audit::needsParent(opts_.op);
    } else {
        Message error;
        auto s = parseSubject(opts_.subject, &error);
        if (!s || !resolveSubject(*s, id_, &error)) {
            fail(error.empty() ? Message(WD_TR("unknown subject %1"), {opts_.subject}) : error);
            return;
        }
        sum_.subject = s->description.empty() ? opts_.subject : s->description;
        subject_ = *s;
        kernel_ = false;
    }
    sum_.verdictSource = kernel_ ? VerdictSource::Kernel : VerdictSource::Computed;

    path_ = opts_.root;
    while (path_.size() > 1 && path_.back() == '/') path_.pop_back();
    if (path_ == "/") path_.clear();
    const std::string rootPath = displayPath();
    sys::Fd owned(opts_.rootFd >= 0 ? openat(opts_.rootFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK)
                                    : open(rootPath.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK));
    const int rfd = owned.get();
    if (rfd < 0) {
        fail(Message(WD_TR("cannot open %1: %2"), {rootPath, std::strerror(errno)}));
        return;
    }
    struct statx sx{};
    if (statx(rfd, "", AT_EMPTY_PATH, kStatxMask | STATX_MNT_ID, &sx) != 0) {
        fail(Message(WD_TR("cannot inspect %1: %2"), {rootPath, std::strerror(errno)}));
        return;
    }
    Frame root;
    root.fd = std::move(owned);
    root.dev = devOf(sx);
    root.ino = sx.stx_ino;
    root.mntId = sx.stx_mnt_id;
    root.pathLen = path_.size();
    struct statvfs vfs{};
    root.readOnly = fstatvfs(rfd, &vfs) == 0 && (vfs.f_flag & ST_RDONLY);
    fillFromStatx(sx, root.node);
    readAcl(rfd, nullptr, root.node);
    frames_.push_back(std::move(root));
    if (opts_.crossFilesystems) ancestors_.insert({frames_[0].dev, frames_[0].ino});

    ++sum_.entries;
    ++sum_.dirs;
    bool rootSearchable = true;
    if (!audit::needsParent(opts_.op)) {
        Node n;
        audit::Judgement j;
        if (judgeRoot(n, rootSearchable, j) && j.denied)
            report(frames_[0].fd.get(), "", n, j, &rootPath,
                   [&](Node& now, audit::Judgement& j2) { return judgeRoot(now, rootSearchable, j2); });
    }
    if (kernel_ && !rootSearchable) {
        note(sum_.notAudited, sum_.notAuditedSamples, rootPath);
        frames_[0].listed = true;
    }
    emitProgress(0);

    while (!frames_.empty()) {
        if (cancelled()) {
            sum_.cancelled = true;
            break;
        }
        Frame& top = frames_.back();
        if (!top.listed) {
            top.listed = true;
            if (!top.abandoned) listDir(top);
            continue;
        }
        if (!top.abandoned && top.next < top.subdirs.size()) {
            const std::string name = std::move(top.subdirs[top.next++]);
            descend(name);
            continue;
        }
        pop();
    }
    if (cancelled()) sum_.cancelled = true;
    sum_.groups = agg_.groups();
    sum_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    emitProgress(sum_.seconds);
}

}  // namespace

AuditSummary auditTree(const AuditOptions& opts, const AuditCallbacks& cb, const CancelToken* cancel) {
    AuditSummary s;
    Walker w(opts, cb, cancel, s);
    w.run();
    return s;
}

}  // namespace wd
