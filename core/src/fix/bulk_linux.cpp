// Bulk fix of one audit group ("make all 1 204 files writable for you") and its undo, on Linux.
//
// The fix rides on a second audit walk: each finding of the group is changed right where the walk
// found it, through an O_PATH descriptor opened relative to the walk's directory fd without
// following symlinks and checked to be the inode the walk judged (device + inode + type). No path
// is resolved again, and no list of the whole group is held in memory.
//
// The batch is one journal entry: a text file <id>.batch beside the per-fix JSON entries, one line
// per changed entry (device, inode, mode/owner before and after, the path relative to the root
// with every unusual byte escaped), streamed while the walk runs and renamed into place at the end.
#include "whydenied/audit.h"

#include "fix/fix_internal.h"
#include "whydenied/diagnose.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace wd {

namespace {

constexpr const char* kMagic = "whydenied-batch 1";

// Every byte that could break the line format (space, newline, backslash, control, non-ASCII) as
// \xHH: names with newlines and invalid UTF-8 come back byte for byte.
std::string escapeBytes(const std::string& s) {
    static const char* hex = "0123456789abcdef";
    std::string out;
    out.reserve(s.size());
    for (unsigned char c : s) {
        if (c <= 0x20 || c >= 0x7f || c == '\\') {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::optional<std::string> unescapeBytes(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\') {
            out += s[i];
            continue;
        }
        if (i + 3 >= s.size() || s[i + 1] != 'x') return std::nullopt;
        auto nib = [](char c) -> int {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            return -1;
        };
        const int hi = nib(s[i + 2]), lo = nib(s[i + 3]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out += static_cast<char>(hi * 16 + lo);
        i += 3;
    }
    return out;
}

std::string procPath(int fd) { return "/proc/self/fd/" + std::to_string(fd); }

uint64_t devOf(const struct statx& sx) { return (static_cast<uint64_t>(sx.stx_dev_major) << 32) | sx.stx_dev_minor; }

std::string normalRoot(std::string r) {
    while (r.size() > 1 && r.back() == '/') r.pop_back();
    return r;
}

// Mode bits the operation needs from the owner, as a chmod spec.
std::string ownerSpec(Operation op, bool traverseOnly) {
    if (traverseOnly) return "u+x";
    switch (op) {
    case Operation::Read: return "u+r";
    case Operation::List: return "u+rx";
    case Operation::Execute: return "u+x";
    case Operation::Traverse: return "u+x";
    default: return "u+w";
    }
}

std::string batchPath(const std::string& dir, const std::string& id) { return dir + "/" + id + ".batch"; }

bool mkdirs(const std::string& dir) {
    for (size_t i = 1; i <= dir.size(); ++i)
        if (i == dir.size() || dir[i] == '/') {
            const std::string p = dir.substr(0, i);
            if (mkdir(p.c_str(), 0700) != 0 && errno != EEXIST) return false;
        }
    return true;
}

}  // namespace

std::optional<BulkFixPlan> planBulkFix(const AuditOptions& opts, const std::string& cause, std::string* why) {
    BulkFixPlan p;
    p.cause = cause;
    const std::string root = normalRoot(opts.root);
    if (cause == "owner-lacks-permission" || cause == "parent-not-traversable") {
        p.action = "chmod";
        p.arg = ownerSpec(opts.op, cause == "parent-not-traversable");
        p.command = fix::joinCommand({"chmod", "-R", p.arg, root}, Privilege::None);
        p.description = cause == "parent-not-traversable"
            ? "Give yourself search (x) permission on every folder of this group that you own"
            : "Add the missing permission for the owner (you) on every entry of this group";
        return p;
    }
    if (cause == "owned-by-another-user") {
        if (!opts.subject.empty() && opts.subject != "me") {
            if (why) *why = "taking ownership is offered only for your own access (no --as)";
            return std::nullopt;
        }
        p.action = "chown";
        p.arg = std::to_string(geteuid());
        p.privileged = true;
        p.command = fix::joinCommand({"chown", "-R", p.arg, root}, Privilege::Admin);
        p.description = "Make you the owner of every entry of this group (needs an administrator)";
        return p;
    }
    if (why) *why = "no bulk fix for " + cause + " (fix those one by one with diagnose/fix)";
    return std::nullopt;
}

BulkFixResult applyBulkFix(const AuditOptions& opts, const BulkFixPlan& plan, const std::string& journalDirIn,
                           const std::function<void(const BulkFixProgress&)>& progress, const CancelToken* cancel) {
    BulkFixResult r;
    std::optional<fix::ModeChange> mc;
    uint32_t newUid = 0;
    if (plan.action == "chmod") {
        mc = fix::parseModeSpec(plan.arg);
        if (!mc) {
            r.error = "refusing mode change " + plan.arg;
            return r;
        }
    } else if (plan.action == "chown") {
        if (geteuid() != 0) {
            // The helper takes one path per request; a batch verb for it is not there yet.
            r.error = "taking ownership in bulk needs an administrator: run " + plan.command +
                      " (or this audit with --fix as root)";
            return r;
        }
        newUid = static_cast<uint32_t>(std::stoul(plan.arg));
    } else {
        r.error = "unknown bulk action " + plan.action;
        return r;
    }
    const std::string journalDir = journalDirIn.empty() ? Journal::defaultDir() : journalDirIn;
    if (!mkdirs(journalDir)) {
        r.error = "cannot create " + journalDir + ": " + std::strerror(errno);
        return r;
    }
    const std::string id = newJournalId();
    std::string tmp = journalDir + "/.batch-XXXXXX";
    const int tfd = mkstemp(tmp.data());
    if (tfd < 0) {
        r.error = "cannot write in " + journalDir + ": " + std::strerror(errno);
        return r;
    }
    FILE* out = fdopen(tfd, "w");
    const std::string root = normalRoot(opts.root);
    std::fprintf(out, "%s\nid %s\ntime %s\ncause %s\naction %s\narg %s\nroot %s\ncommand %s\nuid %u\n--\n", kMagic,
                 id.c_str(), fix::isoNow().c_str(), plan.cause.c_str(), plan.action.c_str(), plan.arg.c_str(),
                 escapeBytes(root).c_str(), escapeBytes(plan.command).c_str(), static_cast<unsigned>(geteuid()));

    BulkFixProgress bp;
    AuditCallbacks cb;
    cb.progress = [&](const AuditProgress& p) {
        bp.entries = p.entries;
        bp.currentFolder = p.currentFolder;
        if (progress) progress(bp);
    };
    cb.atEntry = [&](int dirFd, const char* name, const AuditFinding& f) {
        if (f.cause != plan.cause) return;
        auto fail = [&](const std::string& why) {
            ++r.failed;
            ++bp.failed;
            if (r.failures.size() < 10) r.failures.push_back(f.path + ": " + why);
        };
        const int fd = openat(dirFd, name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) return fail(std::strerror(errno));
        struct statx sx{};
        if (statx(fd, "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx) != 0 || devOf(sx) != f.dev ||
            sx.stx_ino != f.ino || S_ISLNK(sx.stx_mode)) {
            close(fd);
            ++r.skipped;
            return;  // replaced since it was judged: leave it alone
        }
        const uint32_t oldMode = sx.stx_mode & 07777U, oldUid = sx.stx_uid, oldGid = sx.stx_gid;
        bool ok = true;
        std::string err;
        if (mc) {
            if (chmod(procPath(fd).c_str(), mc->applyTo(oldMode)) != 0) { ok = false; err = std::strerror(errno); }
        } else {
            if (fchownat(fd, "", newUid, static_cast<gid_t>(-1), AT_EMPTY_PATH) != 0) { ok = false; err = std::strerror(errno); }
            // chown clears setuid/setgid: keep the mode exactly as it was.
            else if (chmod(procPath(fd).c_str(), oldMode) != 0) { ok = false; err = std::strerror(errno); }
        }
        struct statx now{};
        const bool seen = statx(fd, "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &now) == 0;
        close(fd);
        const bool changed = seen && ((now.stx_mode & 07777U) != oldMode || now.stx_uid != oldUid || now.stx_gid != oldGid);
        if (changed) {
            std::string rel = f.path.size() > root.size() ? f.path.substr(root == "/" ? 1 : root.size() + 1) : ".";
            std::fprintf(out, "%llu %llu %c %o %u %u %o %u %u %s\n", static_cast<unsigned long long>(f.dev),
                         static_cast<unsigned long long>(f.ino), S_ISDIR(sx.stx_mode) ? 'd' : 'f', oldMode, oldUid, oldGid, now.stx_mode & 07777U,
                         now.stx_uid, now.stx_gid, escapeBytes(rel).c_str());
            ++r.changed;
            ++bp.changed;
        }
        if (!ok) fail(err);
    };
    r.before = auditTree(opts, cb, cancel);
    std::fprintf(out, "end %llu\n", static_cast<unsigned long long>(r.changed));
    const bool written = std::fflush(out) == 0 && fsync(fileno(out)) == 0;
    std::fclose(out);
    if (!r.before.error.empty()) {
        unlink(tmp.c_str());
        r.error = r.before.error;
        return r;
    }
    if (r.changed == 0) {
        unlink(tmp.c_str());
    } else if (!written || rename(tmp.c_str(), batchPath(journalDir, id).c_str()) != 0) {
        r.error = "the changes were made but could not be recorded in " + journalDir + "; undo by hand";
        unlink(tmp.c_str());
        return r;
    } else {
        r.journalId = id;
    }
    // Verify: the same audit again.
    r.after = auditTree(opts, {}, cancel);
    r.ok = r.failed == 0 && !r.before.cancelled;
    return r;
}

bool isBulkJournalEntry(const std::string& journalDirIn, const std::string& id) {
    const std::string dir = journalDirIn.empty() ? Journal::defaultDir() : journalDirIn;
    if (id.empty() || id.find('/') != std::string::npos) return false;
    struct stat st{};
    return stat(batchPath(dir, id).c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

BulkUndoResult undoBulkFix(const std::string& journalDirIn, const std::string& id) {
    BulkUndoResult r;
    const std::string dir = journalDirIn.empty() ? Journal::defaultDir() : journalDirIn;
    if (!isBulkJournalEntry(dir, id)) {
        r.error = "no batch " + id + " in " + dir;
        return r;
    }
    std::ifstream in(batchPath(dir, id));
    std::string line, root;
    std::getline(in, line);
    if (line != kMagic) {
        r.error = "not a batch journal entry";
        return r;
    }
    uint32_t callerUid = 0;
    bool undone = false;
    while (std::getline(in, line) && line != "--") {
        if (line.rfind("root ", 0) == 0) root = unescapeBytes(line.substr(5)).value_or("");
        if (line.rfind("uid ", 0) == 0) callerUid = static_cast<uint32_t>(std::stoul(line.substr(4)));
    }
    if (root.empty() || root[0] != '/') {
        r.error = "the batch names no root folder";
        return r;
    }
    if (geteuid() != 0 && geteuid() != callerUid) {
        r.error = "the batch was made by uid " + std::to_string(callerUid) + "; nothing was changed";
        return r;
    }
    const int rootFd = open(root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0) {
        r.error = "cannot open " + root + ": " + std::strerror(errno);
        return r;
    }
    // Entries of one folder follow each other: keep that folder open between them.
    std::string cachedDir;
    int cachedFd = -1;
    auto openDir = [&](const std::string& relDir) -> int {
        if (cachedFd >= 0 && relDir == cachedDir) return cachedFd;
        if (cachedFd >= 0) close(cachedFd);
        cachedFd = -1;
        int cur = dup(rootFd);
        for (size_t i = 0; cur >= 0 && i < relDir.size();) {
            const size_t j = std::min(relDir.find('/', i), relDir.size());
            const int next = openat(cur, relDir.substr(i, j - i).c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            close(cur);
            cur = next;
            i = j + 1;
        }
        cachedDir = relDir;
        cachedFd = cur;
        return cur;
    };
    auto problem = [&](const std::string& s) {
        ++r.skipped;
        if (r.problems.size() < 10) r.problems.push_back(s);
    };
    // Folders last and deepest first: taking x back from a folder first would lock the undo out
    // of what is inside it. Only the folder lines' offsets are kept in memory.
    const std::streampos records = in.tellg();
    std::vector<std::streampos> dirLines;
    auto restoreLine = [&](const std::string& text) {
        std::istringstream ls(text);
        unsigned long long dev = 0, ino = 0;
        char kind = 0;
        unsigned oldMode = 0, oldUid = 0, oldGid = 0, newMode = 0, newUid = 0, newGid = 0;
        std::string relEsc;
        ls >> dev >> ino >> kind >> std::oct >> oldMode >> std::dec >> oldUid >> oldGid >> std::oct >> newMode >>
            std::dec >> newUid >> newGid >> relEsc;
        const auto rel = unescapeBytes(relEsc);
        if (!ls || !rel) {
            problem("unreadable line in the batch");
            return;
        }
        const std::string shown = *rel == "." ? root : root + (root == "/" ? "" : "/") + *rel;
        const size_t slash = rel->rfind('/');
        const std::string relDir = slash == std::string::npos || *rel == "." ? "" : rel->substr(0, slash);
        const std::string base = *rel == "." ? "" : slash == std::string::npos ? *rel : rel->substr(slash + 1);
        const int dfd = openDir(relDir);
        const int fd = dfd < 0 ? -1
                     : base.empty() ? dup(rootFd)
                                    : openat(dfd, base.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            problem(shown + ": " + std::strerror(errno));
            return;
        }
        struct statx sx{};
        if (statx(fd, "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx) != 0 || devOf(sx) != dev ||
            sx.stx_ino != ino) {
            problem(shown + " was replaced since the fix; left alone");
            close(fd);
            return;
        }
        if ((sx.stx_mode & 07777U) != newMode || sx.stx_uid != newUid || sx.stx_gid != newGid) {
            problem(shown + " changed since the fix; left alone");
            close(fd);
            return;
        }
        bool ok = true;
        if ((sx.stx_uid != oldUid || sx.stx_gid != oldGid) && fchownat(fd, "", oldUid, oldGid, AT_EMPTY_PATH) != 0) ok = false;
        if (ok && chmod(procPath(fd).c_str(), oldMode) != 0) ok = false;
        if (!ok) problem(shown + ": " + std::strerror(errno));
        else ++r.restored;
        close(fd);
    };
    while (std::getline(in, line))
        if (line.rfind("undone ", 0) == 0) undone = true;
    if (!undone) {
        in.clear();
        in.seekg(records);
        for (std::streampos at = in.tellg(); std::getline(in, line); at = in.tellg()) {
            if (line.rfind("end ", 0) == 0 || line.rfind("undone ", 0) == 0) continue;
            const size_t k = line.find(' ', line.find(' ') + 1);
            if (k != std::string::npos && k + 1 < line.size() && line[k + 1] == 'd') dirLines.push_back(at);
            else restoreLine(line);
        }
        for (auto it = dirLines.rbegin(); it != dirLines.rend(); ++it) {
            in.clear();
            in.seekg(*it);
            if (std::getline(in, line)) restoreLine(line);
        }
    }
    if (cachedFd >= 0) close(cachedFd);
    close(rootFd);
    if (undone) {
        r.ok = true;
        r.error = "this batch was already undone; nothing was changed";
        return r;
    }
    if (std::FILE* f = std::fopen(batchPath(dir, id).c_str(), "a")) {
        std::fprintf(f, "undone %s\n", fix::isoNow().c_str());
        std::fclose(f);
    }
    r.ok = r.skipped == 0;
    return r;
}

}  // namespace wd
