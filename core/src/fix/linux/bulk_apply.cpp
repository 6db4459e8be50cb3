// SPDX-License-Identifier: GPL-3.0-or-later
// Applying a bulk fix of one audit group ("make all 1 204 files writable for you") and undoing it,
// on Linux.
//
// The fix rides on a second audit walk: each finding of the group is changed right where the walk
// found it, through an O_PATH descriptor opened relative to the walk's directory fd without
// following symlinks and checked to be the inode the walk judged (device + inode + type), and is
// judged again right there (the walk descends into a folder the fix made searchable). No path is
// resolved again, and no list of the whole group is held in memory. Each changed entry is recorded
// in the batch (bulk_store.cpp) while the walk runs.
//
// Taking ownership and clearing the immutable flag need root: as anybody else the engine asks
// whydenied-helper (through pkexec, an argument vector) to run the same code as root for them;
// the helper keeps its own root-owned copy of the batch, and only that copy is used to undo.
#include "fix/linux/bulk_internal.h"
#include "platform/linux/fd.h"

#include "fix/common/helper_form.h"
#include "probe/posix/run.h"
#include "rules/support/common.h"
#include "whydenied/diagnose.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <linux/fs.h>
#include <pwd.h>
#include <sstream>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

#ifndef SYS_fchmodat2
#define SYS_fchmodat2 452  // the same number on every architecture (Linux 6.6)
#endif

namespace wd {

using namespace bulk;

namespace {

using sys::devOf;
using sys::procPath;

uint32_t flagsOf(const struct statx& sx) {
    return ((sx.stx_attributes & STATX_ATTR_IMMUTABLE) ? FS_IMMUTABLE_FL : 0U) |
           ((sx.stx_attributes & STATX_ATTR_APPEND) ? FS_APPEND_FL : 0U);
}

// The mode of the inode an O_PATH descriptor holds: fchmodat2 (Linux 6.6) takes the descriptor
// itself; older kernels go through the /proc magic link, which names that inode too.
int chmodFd(int fd, uint32_t mode) {
    static std::atomic<bool> direct{true};
    if (direct.load(std::memory_order_relaxed)) {
        if (syscall(SYS_fchmodat2, fd, "", mode, AT_EMPTY_PATH) == 0) return 0;
        if (errno != ENOSYS && errno != EINVAL) return -1;
        direct.store(false, std::memory_order_relaxed);
    }
    return chmod(procPath(fd).c_str(), mode);
}

// Sets the immutable/append-only bits of a regular file or folder (FS_IOC_SETFLAGS needs a real
// descriptor; a device or FIFO is never opened).
bool setFlagBits(int pathFd, uint32_t mode, uint32_t want, std::string& err) {
    if (!S_ISREG(mode) && !S_ISDIR(mode)) {
        err = "only files and folders";
        return false;
    }
    const sys::Fd fd(open(procPath(pathFd).c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (!fd.ok()) {
        err = std::strerror(errno);
        return false;
    }
    int flags = 0;
    bool ok = ioctl(fd.get(), FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = static_cast<int>((static_cast<uint32_t>(flags) & ~kFlagBits) | (want & kFlagBits));
        ok = ioctl(fd.get(), FS_IOC_SETFLAGS, &flags) == 0;
    }
    if (!ok) err = std::strerror(errno);
    return ok;
}

// Runs whydenied-helper through pkexec; the answer in run.out is parsed by the caller.
posix::RunResult runHelper(const std::vector<std::string>& request, Message& why,
                           const std::function<void(const std::string&)>& onErrLine = {}) {
    posix::RunResult run;
    // pkexec may wait for a person to type a password, and a big tree takes a while.
    fix::runHelperWithPkexec(request, {}, 60 * 60 * 1000, 1 << 20, run, why, onErrLine);
    return run;
}

// How a batch is applied: for whom, and how carefully.
struct Grant {
    uint32_t uid = 0;        // ownership goes to this uid; the batch is recorded as theirs
    bool forCaller = false;  // root acting for somebody else: the stricter rules
    int rootFd = -1;
};

BulkFixResult applyHere(const AuditOptions& opts, const BulkFixPlan& plan, const std::string& journalDirIn,
                        const Grant& grant, const std::function<void(const BulkFixProgress&)>& progress,
                        const CancelToken* cancel) {
    BulkFixResult r;
    std::optional<fix::ModeChange> mc;
    uint32_t clearFlags = 0;
    if (plan.action == FixAction::Chmod) {
        mc = fix::parseModeSpec(plan.arg);
        if (!mc) {
            r.error = "refusing mode change " + plan.arg;
            return r;
        }
    } else if (plan.action == FixAction::ClearFlag) {
        if (plan.arg != "-i") {
            r.error = "only the immutable attribute is cleared in bulk";
            return r;
        }
        clearFlags = FS_IMMUTABLE_FL;
    } else if (plan.action != FixAction::Chown) {
        r.error = "unknown bulk action " + std::string(toString(plan.action));
        return r;
    }
    const std::string journalDir = journalDirIn.empty() ? Journal::defaultDir() : journalDirIn;
    if (!fix::makeDirs(journalDir)) {
        setError(r, Message(WD_TR("cannot create %1: %2"), {journalDir, std::strerror(errno)}));
        return r;
    }
    const std::string id = newJournalId();
    // Written under its final name from the start, each line handed to the kernel before the next
    // change: if the walk is cut short, the batch so far is on disk and can be undone.
    const std::string tmp = batchPath(journalDir, id);
    const int tfd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (tfd < 0) {
        setError(r, Message(WD_TR("cannot write in %1: %2"), {journalDir, std::strerror(errno)}));
        return r;
    }
    std::vector<char> outBuf(1 << 16);  // outlives `out`, closed below
    FILE* out = fdopen(tfd, "w");
    std::setvbuf(out, outBuf.data(), _IOFBF, outBuf.size());
    const std::string root = normalRoot(opts.root);
    std::fputs(batchHeaderText({id, fix::isoNow(), plan.cause, std::string(toString(plan.action)), plan.arg, root,
                                plan.command, static_cast<uint32_t>(grant.uid)})
                   .c_str(),
               out);
    const bool header = std::fflush(out) == 0 && fsync(tfd) == 0;
    if (!header) {
        std::fclose(out);
        unlink(tmp.c_str());
        setError(r, Message(WD_TR("cannot write in %1: %2"), {journalDir, std::strerror(errno)}));
        return r;
    }

    AuditOptions walk = opts;
    if (grant.rootFd >= 0) walk.rootFd = grant.rootFd;
    BulkFixProgress bp;
    AuditCallbacks cb;
    cb.progress = [&](const AuditProgress& p) {
        bp.entries = p.entries;
        bp.currentFolder = p.currentFolder;
        if (progress) progress(bp);
    };
    cb.atEntry = [&](int dirFd, const char* name, const AuditFinding& f) -> bool {
        if (f.cause != plan.cause) return false;
        auto fail = [&](const std::string& why) {
            ++r.failed;
            ++bp.failed;
            if (r.failures.size() < 10) r.failures.push_back(f.path + ": " + why);
        };
        // The root folder comes with its own descriptor and no name.
        sys::Fd held(openat(dirFd, *name ? name : ".", O_PATH | O_NOFOLLOW | O_CLOEXEC));
        const int fd = held.get();
        if (fd < 0) return fail(std::strerror(errno)), false;
        struct statx sx{};
        if (statx(fd, "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx) != 0 || devOf(sx) != f.dev ||
            sx.stx_ino != f.ino || S_ISLNK(sx.stx_mode)) {
            ++r.skipped;
            return false;  // replaced since it was judged: leave it alone
        }
        const bool dir = S_ISDIR(sx.stx_mode);
        const uint32_t oldMode = sx.stx_mode & 07777U, oldUid = sx.stx_uid, oldGid = sx.stx_gid;
        const uint32_t oldFlags = flagsOf(sx);
        if (grant.forCaller && sx.stx_uid != grant.uid && rules::regularUserUid(sx.stx_uid)) {
            return fail("it belongs to another person's account; left alone"), false;
        }
        if (grant.forCaller && !clearFlags && !dir &&
            ((oldMode & 06000U) != 0 || getxattr(procPath(fd).c_str(), "security.capability", nullptr, 0) >= 0)) {
            return fail("it runs with its owner's or group's rights (setuid, setgid or capabilities); left alone"), false;
        }
        // The intent, before the change: an undo of a batch cut short knows this entry may have changed.
        std::fputs(intentLine(f.dev, f.ino).c_str(), out);
        std::fflush(out);
        bool ok = true;
        std::string err;
        if (mc) {
            if (chmodFd(fd, mc->applyTo(oldMode)) != 0) { ok = false; err = std::strerror(errno); }
        } else if (grant.forCaller && !dir && sx.stx_nlink > 1) {
            // Another name of this file may live anywhere on the filesystem (/etc/shadow, say).
            ok = false;
            err = "it has other hard links; left alone";
        } else if (clearFlags) {
            ok = !(oldFlags & clearFlags) || setFlagBits(fd, sx.stx_mode, oldFlags & ~clearFlags, err);
        } else if (fchownat(fd, "", grant.uid, static_cast<gid_t>(-1), AT_EMPTY_PATH) != 0) {
            ok = false;
            err = std::strerror(errno);
        } else {
            // chown clears setuid/setgid. For oneself the exact mode comes back; handing a file to
            // somebody else never hands over setuid/setgid on it (what `chown -R` does too).
            const uint32_t want = grant.forCaller && !dir ? oldMode & ~06000U : oldMode;
            if (!dir) {
                struct statx mid{};
                if (statx(fd, "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, STATX_MODE, &mid) == 0 &&
                    (mid.stx_mode & 07777U) != want && chmodFd(fd, want) != 0) {
                    ok = false;
                    err = std::strerror(errno);
                }
            }
        }
        struct statx now{};
        const bool seen = statx(fd, "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &now) == 0;
        held.reset();
        const bool changed = seen && ((now.stx_mode & 07777U) != oldMode || now.stx_uid != oldUid ||
                                      now.stx_gid != oldGid || flagsOf(now) != oldFlags);
        if (changed) {
            const std::string rel =
                f.path.size() > root.size() ? f.path.substr(root == "/" ? 1 : root.size() + 1) : ".";
            std::fputs(entryLine({f.dev, f.ino, dir ? 'd' : 'f', oldMode, oldUid, oldGid, now.stx_mode & 07777U,
                                  now.stx_uid, now.stx_gid, ctimeText(now), oldFlags, flagsOf(now), rel})
                           .c_str(),
                       out);
            std::fflush(out);
            ++r.changed;
            ++bp.changed;
        }
        if (!ok) fail(err);
        return changed;
    };
    r.after = auditTree(walk, cb, cancel);
    r.resolved = r.after.resolved;
    std::fputs(endLine(r.changed).c_str(), out);
    const bool written = std::fflush(out) == 0 && fsync(fileno(out)) == 0;
    std::fclose(out);
    if (r.changed == 0) {
        unlink(tmp.c_str());
    } else {
        r.journalId = id;
        if (!written)
            setError(r, Message(WD_TR("the changes were made but the record in %1 may be incomplete"), {journalDir}));
    }
    if (!r.after.error.empty()) {
        r.error = r.after.error;
        r.why = r.after.why;
        return r;
    }
    if (!r.error.empty()) return r;
    r.ok = r.failed == 0 && !r.after.cancelled;
    return r;
}

// The folder at `path`, every component opened without following a symlink, checked to be the
// folder the person audited.
int openRootNoFollow(const std::string& path, uint64_t dev, uint64_t ino, std::string& error) {
    if (!isNormalAbsolute(path)) {
        error = path + " is not a normalised absolute path";
        return -1;
    }
    sys::Fd cur(open("/", O_PATH | O_DIRECTORY | O_CLOEXEC));
    for (size_t i = 1; cur.ok() && i < path.size();) {
        const size_t j = std::min(path.find('/', i), path.size());
        const int next = openat(cur.get(), path.substr(i, j - i).c_str(), O_PATH | O_NOFOLLOW | O_DIRECTORY | O_CLOEXEC);
        if (next < 0) error = path + ": " + std::strerror(errno) + " (a symbolic link on the way is not followed)";
        cur.reset(next);
        i = j + 1;
    }
    if (!cur.ok()) return -1;
    struct statx sx{};
    if (statx(cur.get(), "", AT_EMPTY_PATH, STATX_TYPE | STATX_INO, &sx) != 0 || !S_ISDIR(sx.stx_mode) ||
        devOf(sx) != dev || sx.stx_ino != ino) {
        error = path + " is no longer the folder that was audited; nothing was changed";
        return -1;
    }
    return cur.release();
}

// The root the person sees, as the helper will reach it: no symlink on the way, and its identity.
bool identifyRoot(const std::string& root, std::string& real, uint64_t& dev, uint64_t& ino, std::string& error) {
    char* rp = realpath(root.c_str(), nullptr);
    if (!rp) {
        error = "cannot resolve " + root + ": " + std::strerror(errno);
        return false;
    }
    real = rp;
    std::free(rp);
    struct statx sx{};
    if (statx(AT_FDCWD, real.c_str(), AT_SYMLINK_NOFOLLOW, STATX_TYPE | STATX_INO, &sx) != 0 || !S_ISDIR(sx.stx_mode)) {
        error = root + " is not a folder";
        return false;
    }
    dev = devOf(sx);
    ino = sx.stx_ino;
    return true;
}

BulkFixResult applyViaHelper(const AuditOptions& opts, const BulkFixPlan& plan,
                             const std::function<void(const BulkFixProgress&)>& progress, const CancelToken* cancel) {
    BulkFixResult r;
    std::string real;
    uint64_t dev = 0, ino = 0;
    if (!identifyRoot(normalRoot(opts.root), real, dev, ino, r.error)) return r;
    const auto req = fix::helperRequest("bulk", {{"root", real}, {"root-dev", std::to_string(dev)},
                                                 {"root-ino", std::to_string(ino)}, {"cause", plan.cause},
                                                 {"op", std::string(toString(opts.op))}});
    if (isSystemPath(real)) {
        setError(r, Message(WD_TR("%1 is a system location; WhyDenied changes it in bulk only when run as root. "
                                  "Nothing was changed."),
                            {real}));
        return r;
    }
    if (progress) progress(BulkFixProgress{0, 0, 0, real});
    // The helper reports how far it got on standard error while it works.
    const auto run = runHelper(req, r.why, [&](const std::string& line) {
        if (!progress) return;
        if (auto p = bulkProgressFromLine(line)) {
            p->currentFolder = real;
            progress(*p);
        }
    });
    auto got = bulkFixResultFromText(run.out);
    if (!got) {
        if (r.why.empty()) r.why = WD_TR("the helper's answer could not be read");
        r.error = r.why.english();
        return r;
    }
    // Verified as the person: their own audit of the same folder.
    AuditOptions again = opts;
    got->after = auditTree(again, {}, cancel);
    got->ok = got->error.empty() && got->failed == 0 && got->after.error.empty();
    if (progress) progress(BulkFixProgress{got->after.entries, got->changed, got->failed, real});
    return *got;
}

// `forCaller`: root undoing for the helper's caller; the batch must be theirs, and a file goes
// back to its old owner only when nothing touched it since the fix.
BulkUndoResult undoHere(const std::string& dir, const std::string& id, std::optional<uint32_t> forCaller) {
    BulkUndoResult r;
    std::ifstream in(batchPath(dir, id));
    const auto h = readHeader(in);
    if (!h) {
        r.error = h.error();
        return r;
    }
    if (forCaller && h->uid != *forCaller) {
        r.error = "that batch belongs to someone else; nothing was changed";
        return r;
    }
    if (geteuid() != 0 && geteuid() != h->uid) {
        setError(r, Message(WD_TR("the batch was made by uid %1; nothing was changed"), {std::to_string(h->uid)}));
        return r;
    }
    const bool strictOwner = forCaller.has_value() && h->action == FixAction::Chown;
    const std::string root = h->root;
    const sys::Fd rootHeld(open(root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
    const int rootFd = rootHeld.get();
    if (rootFd < 0) {
        r.error = "cannot open " + root + ": " + std::strerror(errno);
        return r;
    }
    // Entries of one folder follow each other: keep that folder open between them.
    std::string cachedDir;
    sys::Fd cached;
    auto openDir = [&](const std::string& relDir) -> int {
        if (cached.ok() && relDir == cachedDir) return cached.get();
        cached.reset(dup(rootFd));
        for (size_t i = 0; cached.ok() && i < relDir.size();) {
            const size_t j = std::min(relDir.find('/', i), relDir.size());
            cached.reset(openat(cached.get(), relDir.substr(i, j - i).c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
            i = j + 1;
        }
        cachedDir = relDir;
        return cached.get();
    };
    auto problem = [&](const std::string& s) {
        ++r.skipped;
        if (r.problems.size() < 10) r.problems.push_back(s);
    };
    // Folders last and deepest first: taking x back from a folder first would lock the undo out
    // of what is inside it. Only the folder lines' offsets are kept in memory.
    const std::streampos records = in.tellg();
    std::vector<std::streampos> dirLines;
    const bool withFlags = h->hasCtimeAndFlags();
    auto restore = [&](const BatchEntry& e) {
        const std::string& rel = e.rel;
        const std::string shown = rel == "." ? root : root + (root == "/" ? "" : "/") + rel;
        const size_t slash = rel.rfind('/');
        const std::string relDir = slash == std::string::npos || rel == "." ? "" : rel.substr(0, slash);
        const std::string base = rel == "." ? "" : slash == std::string::npos ? rel : rel.substr(slash + 1);
        const int dfd = openDir(relDir);
        const sys::Fd held(dfd < 0 ? -1
                           : base.empty() ? dup(rootFd)
                                          : openat(dfd, base.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC));
        const int fd = held.get();
        if (fd < 0) {
            problem(shown + ": " + std::strerror(errno));
            return;
        }
        struct statx sx{};
        if (statx(fd, "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx) != 0 || devOf(sx) != e.dev ||
            sx.stx_ino != e.ino) {
            problem(shown + " was replaced since the fix; left alone");
            return;
        }
        if ((sx.stx_mode & 07777U) != e.newMode || sx.stx_uid != e.newUid || sx.stx_gid != e.newGid ||
            (withFlags && flagsOf(sx) != e.newFlags) || (strictOwner && e.kind != 'd' && (!withFlags || e.ctime != ctimeText(sx)))) {
            problem(shown + " changed since the fix; left alone");
            return;
        }
        bool ok = true;
        std::string err;
        if ((sx.stx_uid != e.oldUid || sx.stx_gid != e.oldGid) && fchownat(fd, "", e.oldUid, e.oldGid, AT_EMPTY_PATH) != 0) {
            ok = false;
            err = std::strerror(errno);
        }
        // Root's undo never makes a program run with someone else's rights again: setuid/setgid
        // stay off. A person undoing their own chmod gets their own bits back.
        const uint32_t oldMode = e.oldMode;
        const uint32_t mode = e.kind == 'd' || geteuid() != 0 ? oldMode : oldMode & ~06000U;
        if (ok && chmodFd(fd, mode) != 0) {
            ok = false;
            err = std::strerror(errno);
        }
        if (ok && mode != oldMode && r.problems.size() < 10)
            r.problems.push_back(shown + ": its setuid/setgid bits were not given back; an administrator can run: chmod " +
                    (oldMode & 04000U ? std::string("u+s") : std::string("g+s")) + " -- " + shown);
        if (ok && withFlags && e.oldFlags != e.newFlags) ok = setFlagBits(fd, sx.stx_mode, e.oldFlags, err);
        if (!ok) problem(shown + ": " + err);
        else ++r.restored;
    };
    std::string line;
    bool undone = false;
    while (std::getline(in, line))
        if (parseBatchLine(line, h->version).kind == BatchLine::Undone) undone = true;
    if (!undone) {
        in.clear();
        in.seekg(records);
        for (std::streampos at = in.tellg(); std::getline(in, line); at = in.tellg()) {
            const BatchLine l = parseBatchLine(line, h->version);
            if (l.kind == BatchLine::Bad) problem("unreadable line in the batch");
            else if (l.kind != BatchLine::Entry) continue;
            else if (l.entry.kind == 'd') dirLines.push_back(at);
            else restore(l.entry);
        }
        for (auto it = dirLines.rbegin(); it != dirLines.rend(); ++it) {
            in.clear();
            in.seekg(*it);
            if (std::getline(in, line)) restore(parseBatchLine(line, h->version).entry);
        }
    }
    cached.reset();
    if (undone) {
        r.ok = true;
        setError(r, WD_TR("this batch was already undone; nothing was changed"));
        return r;
    }
    appendUndone(dir, id, h->version);
    r.ok = r.skipped == 0;
    return r;
}

}  // namespace

BulkFixResult applyBulkFix(const AuditOptions& opts, const BulkFixPlan& plan, const std::string& journalDir,
                           const std::function<void(const BulkFixProgress&)>& progress, const CancelToken* cancel) {
    if (plan.privileged && geteuid() != 0) return withWhy(applyViaHelper(opts, plan, progress, cancel));
    Grant g;
    g.uid = geteuid();
    return withWhy(applyHere(opts, plan, journalDir, g, progress, cancel));
}

BulkFixResult applyBulkFixFor(const BulkFixAuthority& who, const AuditOptions& opts, const std::string& cause,
                              const std::string& journalDir, const std::function<void(const BulkFixProgress&)>& progress) {
    BulkFixResult r;
    if (geteuid() != 0) {
        r.error = "only root acts for somebody else";
        return r;
    }
    if (who.callerUid == 0) {
        r.error = "the caller is root; root needs no helper";
        return r;
    }
    const std::string root = normalRoot(opts.root);
    if (isSystemPath(root)) {
        r.error = root + " is a system location; nothing there is changed in bulk for somebody else";
        return r;
    }
    const auto admin = privilegedBulkPlan(cause, who.callerUid, root);
    if (!admin) {
        r.error = "no bulk fix through the helper for " + cause;
        return r;
    }
    const BulkFixPlan& plan = *admin;
    const sys::Fd rootFd(openRootNoFollow(root, who.rootDev, who.rootIno, r.error));
    if (!rootFd.ok()) return r;
    AuditOptions walk = opts;
    walk.root = root;
    walk.subject = "uid:" + std::to_string(who.callerUid);  // judged as the caller, not as root
    walk.preferKernel = false;
    walk.crossFilesystems = false;
    Grant g;
    g.uid = who.callerUid;
    g.forCaller = true;
    g.rootFd = rootFd.get();
    r = applyHere(walk, plan, journalDir, g, progress, nullptr);
    return r;
}

BulkUndoResult undoBulkFix(const std::string& journalDirIn, const std::string& id) {
    BulkUndoResult r;
    const std::string dir = journalDirIn.empty() ? Journal::defaultDir() : journalDirIn;
    if (!isBulkJournalEntry(dir, id)) {
        setError(r, Message(WD_TR("no batch %1 in %2"), {id, dir}));
        return r;
    }
    std::ifstream in(batchPath(dir, id));
    const auto h = readHeader(in);
    if (!h) {
        r.error = h.error();
        return withWhy(r);
    }
    if ((h->action == FixAction::Chown || h->action == FixAction::ClearFlag) && geteuid() != 0) {
        // Only the helper's own root-owned copy of the batch is trusted to undo as root.
        const auto run = runHelper(fix::helperRequest("bulk-undo", {{"id", id}}), r.why);
        auto got = bulkUndoResultFromText(run.out);
        if (!got) {
            if (r.why.empty()) r.why = WD_TR("the helper's answer could not be read");
            r.error = r.why.english();
            return r;
        }
        if (got->ok) markUndone(dir, id);
        return withWhy(*got);
    }
    return withWhy(undoHere(dir, id, std::nullopt));
}

BulkUndoResult undoBulkFixFor(uint32_t callerUid, const std::string& journalDir, const std::string& id) {
    BulkUndoResult r;
    if (geteuid() != 0 || callerUid == 0) {
        r.error = "only root undoes for somebody else";
        return r;
    }
    if (!isBulkJournalEntry(journalDir, id)) {
        r.error = "no bulk fix " + id + " was made through the helper for you";
        return r;
    }
    return undoHere(journalDir, id, callerUid);
}

}  // namespace wd
