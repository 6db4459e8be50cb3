// SPDX-License-Identifier: GPL-3.0-or-later
// Who holds a file, on Linux: one pass over /proc, matching by device + inode, never by name.
//
// Speed matters (the window asks on every ETXTBSY, and a desktop runs hundreds of processes with
// thousands of descriptors), so the loop works relative to directory descriptors (openat/statx on
// "PID/fd" under one /proc descriptor, no path strings rebuilt), reads directories with getdents64
// into one reused buffer (no DIR* and its per-call allocation), and skips what cannot match:
//  - a regular file or device is never anyone's cwd or root, so those links are not looked at;
//  - a folder, FIFO or socket cannot be mapped (mmap gives ENODEV), so their maps are not read;
//  - maps are searched for the " MM:mm INODE " text as a whole before any line is parsed.
// The target itself is never opened (opening a FIFO blocks, a device may act on open).
#include "holders/linux/proc_stat.h"
#include "platform/linux/fd.h"
#include "probe/posix/identity.h"
#include "whydenied/diagnose.h"
#include "whydenied/holders.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace wd {
namespace {

// Reads a small /proc file completely into buf (at most cap bytes). -1 when it cannot be opened.
ssize_t readSmall(int dirfd, const char* name, char* buf, size_t cap) {
    const sys::Fd fd(openat(dirfd, name, O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (!fd.ok()) return -1;
    size_t n = 0;
    while (n < cap) {
        const ssize_t r = read(fd.get(), buf + n, cap - n);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        n += static_cast<size_t>(r);
    }
    return static_cast<ssize_t>(n);
}

// Calls fn(name) for each entry of the directory open as `dirfd`, reading with getdents64 into
// `buf` (no DIR*, whose every opendir allocates). fn returns false to stop early.
template <class Fn>
void forEachEntry(int dirfd, std::vector<char>& buf, Fn fn) {
    for (;;) {
        const long n = syscall(SYS_getdents64, dirfd, buf.data(), buf.size());
        if (n <= 0) return;
        for (long off = 0; off < n;) {
            // struct linux_dirent64: ino (8), off (8), reclen (2), type (1), name
            const char* d = buf.data() + off;
            unsigned short reclen;
            std::memcpy(&reclen, d + 16, sizeof reclen);
            off += reclen;
            if (!fn(d + 19)) return;
        }
    }
}

bool allDigits(const char* s) {
    if (!*s) return false;
    for (; *s; ++s)
        if (*s < '0' || *s > '9') return false;
    return true;
}

const char* skipSpaces(const char* p, const char* end) {
    while (p < end && (*p == ' ' || *p == '\t')) ++p;
    return p;
}
const char* skipToken(const char* p, const char* end) {
    while (p < end && *p != ' ' && *p != '\t' && *p != '\n') ++p;
    return p;
}
// Parses digits in `base` from p; returns the end, or nullptr when there were none.
const char* parseNumber(const char* p, const char* end, int base, uint64_t& out) {
    out = 0;
    const char* start = p;
    for (; p < end; ++p) {
        int d;
        if (*p >= '0' && *p <= '9') d = *p - '0';
        else if (base == 16 && *p >= 'a' && *p <= 'f') d = *p - 'a' + 10;
        else break;
        if (d >= base) break;
        out = out * static_cast<uint64_t>(base) + static_cast<uint64_t>(d);
    }
    return p == start ? nullptr : p;
}

// /proc/PID/stat: "pid (comm) state ppid …": comm may hold spaces and parentheses, so the fields
// are counted from the last ')'. state is field 3, flags field 9, starttime field 22.
bool parseStat(const char* buf, size_t len, ProcStat& out) {
    const char* end = buf + len;
    const char* p = end;
    while (p > buf && p[-1] != ')') --p;
    if (p == buf) return false;
    int field = 2;
    while (p < end) {
        p = skipSpaces(p, end);
        if (p >= end) break;
        ++field;
        const char* tokEnd = skipToken(p, end);
        uint64_t v = 0;
        if (field == 3) out.state = *p;
        else if (field == 9 && parseNumber(p, tokEnd, 10, v)) out.flags = static_cast<uint32_t>(v);
        else if (field == 22 && parseNumber(p, tokEnd, 10, v)) {
            out.startTime = v;
            return true;
        }
        p = tokEnd;
    }
    return false;
}

}  // namespace

bool readProcStat(int pid, ProcStat& out) {
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", pid);
    char buf[1024];
    const ssize_t n = readSmall(AT_FDCWD, path, buf, sizeof buf);
    return n > 0 && parseStat(buf, static_cast<size_t>(n), out);
}

namespace {

// A lock from /proc/locks: "1: POSIX  ADVISORY  WRITE 1234 08:02:131 0 EOF".
struct LockEntry {
    int pid = 0;  // -1 for OFD locks, which belong to an open file, not a process
    uint32_t major = 0, minor = 0;
    uint64_t ino = 0;
    uint32_t bit = 0;  // HoldFlock or HoldPosixLock; 0 for OFD locks
};

// Reads fd through buf and hands fn(begin, length) every run of complete lines (a line longer
// than the buffer is handed over cut). fn returns false to stop.
template <class Fn>
void forEachLineRun(int fd, char* buf, size_t cap, Fn fn) {
    size_t have = 0;
    for (;;) {
        const ssize_t r = read(fd, buf + have, cap - have);
        if (r < 0 && errno == EINTR) continue;
        const bool eof = r <= 0;
        if (!eof) have += static_cast<size_t>(r);
        size_t complete = have;
        if (!eof) {
            while (complete > 0 && buf[complete - 1] != '\n') --complete;
            if (complete == 0) complete = have;
        }
        if (!fn(static_cast<const char*>(buf), complete) || eof) return;
        std::memmove(buf, buf + complete, have - complete);
        have -= complete;
    }
}

// Fields: "N:" [ "->" ] type mode access pid major:minor:ino start end. "->" marks a waiter,
// which holds nothing yet.
void parseLockLine(const char* p, const char* lineEnd, std::vector<LockEntry>& out) {
    const char* q = skipSpaces(skipToken(p, lineEnd), lineEnd);
    const char* type = q;
    q = skipToken(q, lineEnd);
    const std::string_view t(type, static_cast<size_t>(q - type));
    LockEntry e;
    if (t == "FLOCK") e.bit = HoldFlock;
    else if (t == "POSIX") e.bit = HoldPosixLock;
    else if (t != "OFDLCK") return;  // "->" waiters, leases, delegations
    q = skipToken(skipSpaces(q, lineEnd), lineEnd);  // ADVISORY / MANDATORY
    q = skipToken(skipSpaces(q, lineEnd), lineEnd);  // READ / WRITE
    q = skipSpaces(q, lineEnd);
    const bool negative = q < lineEnd && *q == '-';
    uint64_t pid = 0, ma = 0, mi = 0, ino = 0;
    const char* r1 = parseNumber(q + (negative ? 1 : 0), lineEnd, 10, pid);
    if (!r1) return;
    q = skipSpaces(r1, lineEnd);
    const char* a = parseNumber(q, lineEnd, 16, ma);
    const char* b = a && a < lineEnd && *a == ':' ? parseNumber(a + 1, lineEnd, 16, mi) : nullptr;
    if (!(b && b < lineEnd && *b == ':' && parseNumber(b + 1, lineEnd, 10, ino))) return;
    e.pid = negative || e.bit == 0 ? -1 : static_cast<int>(pid);
    e.major = static_cast<uint32_t>(ma);
    e.minor = static_cast<uint32_t>(mi);
    e.ino = ino;
    out.push_back(e);
}

std::vector<LockEntry> readLocks(char* buf, size_t cap) {
    std::vector<LockEntry> out;
    const sys::Fd fd(open("/proc/locks", O_RDONLY | O_CLOEXEC));
    if (!fd.ok()) return out;
    forEachLineRun(fd.get(), buf, cap, [&](const char* run, size_t len) {
        const char* end = run + len;
        for (const char* p = run; p < end;) {
            const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
            const char* lineEnd = nl ? nl : end;
            parseLockLine(p, lineEnd, out);
            p = lineEnd + 1;
        }
        return true;
    });
    return out;
}

struct Target {
    bool folder = false;
    uint32_t major = 0, minor = 0;
    uint64_t ino = 0;
    bool mappable = false;     // file mode: a regular file or a device
    bool executable = false;   // file mode: a regular file can be a running program
    std::string canonical;     // symlinks resolved
    std::string prefix;        // folder mode: canonical + "/" ("/" for the root)
    std::string mapsNeedle;    // file mode: " MM:mm INO " as /proc/PID/maps prints it; folder: the folder
    std::string mapsCanonical, mapsPrefix;  // folder mode: canonical and prefix as maps print them
};

// /proc/PID/maps escapes a newline in a file name as \012 (seq_file_path with "\n").
std::string mapsEscaped(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\n') out += "\\012";
        else out += c;
    }
    return out;
}

class Scanner {
public:
    Scanner(const Target& t, const CancelToken* cancel) : t_(t), cancel_(cancel) {
        dents_.resize(32 * 1024);
        buf_.resize(64 * 1024);
        link_.resize(PATH_MAX + 1);
    }

    void run(HoldersResult& out);

private:
    struct Found {
        uint32_t how = 0;
        std::vector<std::string> paths;
        std::vector<std::pair<uint64_t, uint64_t>> lockKeys;  // folder mode: dev (sys::devOf), ino
    };

    // Returns false when the process could not be inspected (EACCES) or is gone (then `gone`).
    bool scanProcess(const char* pidName, Found& f, bool& gone);
    // False when the kernel refused to show where the descriptors lead (a process it protects
    // from us, e.g. one being traced or run under a stricter security policy).
    bool scanFds(int fdDir, const char* pidName, size_t pidLen, Found& f);
    uint32_t fdMode(const char* pidName, size_t pidLen, const char* fdName);
    bool linkUnder(int dirfd, const char* name, Found& f, bool& refused);
    void scanMaps(const char* pidName, size_t pidLen, Found& f);
    bool underFolder(const char* s, size_t len) const { return under(s, len, t_.canonical, t_.prefix); }
    static bool under(const char* s, size_t len, const std::string& folder, const std::string& prefix);
    void addPath(Found& f, const char* s, size_t len);
    bool describe(int pid, Holder& h);
    const char* sub(const char* pidName, size_t pidLen, const char* rest);

    const Target& t_;
    const CancelToken* cancel_;
    int proc_ = -1;
    bool wantLockKeys_ = false;
    std::vector<char> dents_, buf_, link_;
    char path_[96];
    std::map<uint32_t, std::string> users_;
};

const char* Scanner::sub(const char* pidName, size_t pidLen, const char* rest) {
    std::memcpy(path_, pidName, pidLen);
    path_[pidLen] = '/';
    const size_t restLen = std::strlen(rest);
    const size_t room = sizeof path_ - pidLen - 2;
    std::memcpy(path_ + pidLen + 1, rest, std::min(restLen, room));
    path_[pidLen + 1 + std::min(restLen, room)] = '\0';
    return path_;
}

bool Scanner::under(const char* s, size_t len, const std::string& folder, const std::string& prefix) {
    if (len == folder.size() && std::memcmp(s, folder.data(), len) == 0) return true;
    return len >= prefix.size() && std::memcmp(s, prefix.data(), prefix.size()) == 0;
}

void Scanner::addPath(Found& f, const char* s, size_t len) {
    if (f.paths.size() >= kMaxPathsPerHolder) return;
    const std::string_view v(s, len);
    for (const auto& p : f.paths)
        if (p == v) return;
    f.paths.emplace_back(v);
}

// fdinfo's "flags:" is the open file's f_flags in octal: the access mode is in its low bits.
uint32_t Scanner::fdMode(const char* pidName, size_t pidLen, const char* fdName) {
    char rest[48];
    std::snprintf(rest, sizeof rest, "fdinfo/%s", fdName);
    char buf[512];
    const ssize_t n = readSmall(proc_, sub(pidName, pidLen, rest), buf, sizeof buf);
    if (n <= 0) return HoldOpen;
    const char* end = buf + n;
    const char* p = static_cast<const char*>(memmem(buf, static_cast<size_t>(n), "flags:", 6));
    if (!p) return HoldOpen;
    uint64_t flags = 0;
    if (!parseNumber(skipSpaces(p + 6, end), end, 8, flags)) return HoldOpen;
    if (flags & O_PATH) return HoldOpen;
    switch (flags & O_ACCMODE) {
    case O_RDONLY: return HoldRead;
    case O_WRONLY: return HoldWrite;
    case O_RDWR: return HoldRead | HoldWrite;
    default: return HoldOpen;
    }
}

// Folder mode: whether the magic link `name` under dirfd points beneath the folder.
bool Scanner::linkUnder(int dirfd, const char* name, Found& f, bool& refused) {
    const ssize_t n = readlinkat(dirfd, name, link_.data(), link_.size());
    if (n < 0 && (errno == EACCES || errno == EPERM)) refused = true;
    if (n <= 0 || static_cast<size_t>(n) >= link_.size()) return false;
    if (!underFolder(link_.data(), static_cast<size_t>(n))) return false;
    addPath(f, link_.data(), static_cast<size_t>(n));
    return true;
}

bool Scanner::scanFds(int fdDir, const char* pidName, size_t pidLen, Found& f) {
    bool refused = false;
    forEachEntry(fdDir, dents_, [&](const char* name) {
        if (name[0] == '.') return true;
        bool match = false;
        if (t_.folder) {
            match = linkUnder(fdDir, name, f, refused);
            if (match && wantLockKeys_) {
                struct statx sx{};
                if (statx(fdDir, name, AT_STATX_DONT_SYNC, STATX_INO, &sx) == 0)
                    f.lockKeys.emplace_back(sys::devOf(sx), sx.stx_ino);
            }
        } else {
            // Following the magic link gives the target's own device and inode without
            // opening it; DONT_SYNC keeps a dead NFS server from stalling the whole scan.
            struct statx sx{};
            if (statx(fdDir, name, AT_STATX_DONT_SYNC, STATX_INO, &sx) != 0) {
                if (errno == EACCES || errno == EPERM) refused = true;
                return true;
            }
            match = sx.stx_ino == t_.ino && sx.stx_dev_major == t_.major && sx.stx_dev_minor == t_.minor;
        }
        if (match) f.how |= fdMode(pidName, pidLen, name);
        return true;
    });
    return !refused;
}

void Scanner::scanMaps(const char* pidName, size_t pidLen, Found& f) {
    const sys::Fd fd(openat(proc_, sub(pidName, pidLen, "maps"), O_RDONLY | O_CLOEXEC));
    if (!fd.ok()) return;
    const std::string& needle = t_.mapsNeedle;
    // The needle never spans two lines, so searching runs of complete lines misses nothing.
    forEachLineRun(fd.get(), buf_.data(), buf_.size(), [&](const char* buf, size_t complete) {
        const char* end = buf + complete;
        const char* hit = static_cast<const char*>(memmem(buf, complete, needle.data(), needle.size()));
        while (hit) {
            const char* lineStart = hit;
            while (lineStart > buf && lineStart[-1] != '\n') --lineStart;
            const char* lineEnd = static_cast<const char*>(std::memchr(hit, '\n', static_cast<size_t>(end - hit)));
            if (!lineEnd) lineEnd = end;
            if (!t_.folder) {
                // The dev and inode fields are the 4th and 5th: make sure the hit is them and not
                // part of a file name.
                const char* q = lineStart;
                for (int i = 0; i < 3; ++i) q = skipSpaces(skipToken(q, lineEnd), lineEnd);
                if (hit + 1 == q) {
                    f.how |= HoldMmap;
                    return false;
                }
            } else {
                const auto len = static_cast<size_t>(lineEnd - lineStart);
                const char* slash = static_cast<const char*>(std::memchr(lineStart, '/', len));
                const auto pathLen = static_cast<size_t>(lineEnd - hit);
                if (slash == hit && under(hit, pathLen, t_.mapsCanonical, t_.mapsPrefix)) {
                    f.how |= HoldMmap;
                    addPath(f, hit, pathLen);
                }
            }
            const char* next = lineEnd < end ? lineEnd + 1 : end;
            hit = static_cast<const char*>(memmem(next, static_cast<size_t>(end - next), needle.data(), needle.size()));
        }
        return true;
    });
}

bool Scanner::scanProcess(const char* pidName, Found& f, bool& gone) {
    const size_t pidLen = std::strlen(pidName);
    gone = false;
    sys::Fd fdDir(openat(proc_, sub(pidName, pidLen, "fd"), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fdDir.ok()) {
        gone = errno != EACCES && errno != EPERM;
        return false;
    }
    const bool shown = scanFds(fdDir.get(), pidName, pidLen, f);
    fdDir.reset();
    if (!shown) return false;

    if (t_.folder) {
        for (const char* link : {"cwd", "root", "exe"}) {
            const uint32_t bit = link[0] == 'c' ? HoldCwd : link[0] == 'r' ? HoldRoot : HoldExe;
            bool refused = false;
            if (linkUnder(proc_, sub(pidName, pidLen, link), f, refused)) f.how |= bit;
        }
        scanMaps(pidName, pidLen, f);
    } else {
        if (t_.executable) {
            struct statx sx{};
            if (statx(proc_, sub(pidName, pidLen, "exe"), AT_STATX_DONT_SYNC, STATX_INO, &sx) == 0 &&
                sx.stx_ino == t_.ino && sx.stx_dev_major == t_.major && sx.stx_dev_minor == t_.minor)
                f.how |= HoldExe;
        }
        // A program's own executable is always mapped, so its maps need no reading to know that;
        // otherwise they are the only place a closed-but-mapped file shows up.
        if (t_.mappable) {
            if (f.how & HoldExe) f.how |= HoldMmap;
            else scanMaps(pidName, pidLen, f);
        }
    }
    return true;
}

// Name, user, command line and start time of a holder; false when it has exited meanwhile.
bool Scanner::describe(int pid, Holder& h) {
    char name[16];
    std::snprintf(name, sizeof name, "%d", pid);
    const size_t len = std::strlen(name);
    char* buf = buf_.data();
    ProcStat st;
    ssize_t n = readSmall(proc_, sub(name, len, "stat"), buf, 4096);
    if (n <= 0 || !parseStat(buf, static_cast<size_t>(n), st)) return false;
    h.pid = pid;
    h.startTime = st.startTime;
    h.kernelThread = (st.flags & kPfKthread) != 0;
    n = readSmall(proc_, sub(name, len, "comm"), buf, 256);
    if (n > 0) h.name.assign(buf, static_cast<size_t>(n) - (buf[n - 1] == '\n' ? 1 : 0));
    n = readSmall(proc_, sub(name, len, "status"), buf, 4096);
    if (n > 0) {
        const char* p = static_cast<const char*>(memmem(buf, static_cast<size_t>(n), "\nUid:", 5));
        uint64_t real = 0, eff = 0;
        if (p) {
            const char* end = buf + n;
            const char* a = parseNumber(skipSpaces(p + 5, end), end, 10, real);
            if (a && parseNumber(skipSpaces(a, end), end, 10, eff)) {
                h.uid = static_cast<uint32_t>(eff);
                h.uidKnown = true;
            }
        }
    }
    if (h.uidKnown) {
        auto it = users_.find(h.uid);
        if (it == users_.end()) {
            std::string u = posix::userName(h.uid);
            it = users_.emplace(h.uid, u.empty() ? std::to_string(h.uid) : u).first;
        }
        h.user = it->second;
    }
    n = readSmall(proc_, sub(name, len, "cmdline"), buf, 16 * 1024);
    if (n > 0) {
        size_t m = static_cast<size_t>(n);
        while (m > 0 && buf[m - 1] == '\0') --m;
        h.cmdline.assign(buf, m);
        std::replace(h.cmdline.begin(), h.cmdline.end(), '\0', ' ');
    }
    // Exited between the match and now: its stat is gone too, and so is its claim on the file.
    return faccessat(proc_, sub(name, len, "stat"), F_OK, 0) == 0;
}

void Scanner::run(HoldersResult& out) {
    sys::Fd proc(open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    proc_ = proc.get();
    if (proc_ < 0) {
        out.error = std::string("cannot read /proc: ") + std::strerror(errno);
        return;
    }
    // Locks first: a process that cannot be inspected may still be named by its lock.
    std::vector<LockEntry> locks = readLocks(buf_.data(), buf_.size());
    if (!t_.folder)
        std::erase_if(locks, [&](const LockEntry& e) {
            return e.ino != t_.ino || e.major != t_.major || e.minor != t_.minor;
        });
    wantLockKeys_ = t_.folder && !locks.empty();

    std::vector<int> uninspected;
    std::vector<std::pair<uint64_t, uint64_t>> heldKeys;  // folder mode: what the found fds point at
    const int self = getpid();
    Found f;
    std::vector<char> dents(32 * 1024);
    forEachEntry(proc_, dents, [&](const char* name) {
        if (!allDigits(name)) return true;
        if (cancel_ && cancel_->cancelled()) {
            out.cancelled = true;
            return false;
        }
        const int pid = std::atoi(name);
        f.how = 0;
        f.paths.clear();
        f.lockKeys.clear();
        bool gone = false;
        if (!scanProcess(name, f, gone)) {
            // Kernel threads hold no files; their /proc entries are root's, so an unprivileged
            // scan is refused there. They are not "processes we could not inspect".
            ProcStat st;
            if (!gone && pid != self && readProcStat(pid, st) && !(st.flags & kPfKthread)) {
                ++out.notInspected;
                uninspected.push_back(pid);
            }
            return true;
        }
        ++out.scanned;
        heldKeys.insert(heldKeys.end(), f.lockKeys.begin(), f.lockKeys.end());
        if (!f.how) return true;
        Holder h;
        if (!describe(pid, h)) return true;
        h.how = f.how;
        h.paths = std::move(f.paths);
        out.holders.push_back(std::move(h));
        return true;
    });
    if (out.cancelled) return;

    for (const LockEntry& e : locks) {
        if (t_.folder) {
            const std::pair<uint64_t, uint64_t> key{sys::devOf(e.major, e.minor), e.ino};
            if (std::find(heldKeys.begin(), heldKeys.end(), key) == heldKeys.end()) continue;  // not beneath
        }
        auto it = std::lower_bound(out.holders.begin(), out.holders.end(), e.pid,
                                   [](const Holder& h, int pid) { return h.pid < pid; });
        if (e.pid > 0 && it != out.holders.end() && it->pid == e.pid) {
            it->how |= e.bit;
            continue;
        }
        // A POSIX lock dies with its process, so its pid is always the holder. A flock belongs to
        // the open file: the pid is whoever locked it, who may have exited while a child kept the
        // descriptor, so it is believed only when that process could not be inspected (it may
        // then still hold it) or appeared after the scan.
        bool believe = e.pid > 0 && e.bit == HoldPosixLock;
        if (e.pid > 0 && e.bit == HoldFlock)
            believe = std::find(uninspected.begin(), uninspected.end(), e.pid) != uninspected.end();
        Holder h;
        if (!believe || !describe(e.pid, h)) {
            ++out.unattributedLocks;
            continue;
        }
        h.how = e.bit;
        out.holders.insert(it, std::move(h));
    }
}

}  // namespace

HoldersResult findHolders(const std::string& path, const CancelToken* cancel) {
    HoldersResult out;
    out.path = path;
    if (path.empty() || path.find('\0') != std::string::npos) {
        out.error = "No valid path given.";
        return out;
    }
    struct stat st{};
    if (stat(path.c_str(), &st) != 0) {
        out.error = "Cannot examine " + path + ": " + std::strerror(errno);
        return out;
    }
    Target t;
    if (char* real = realpath(path.c_str(), nullptr)) {
        t.canonical = real;
        std::free(real);
    } else {
        out.error = "Cannot resolve " + path + ": " + std::strerror(errno);
        return out;
    }
    out.path = t.canonical;
    t.folder = S_ISDIR(st.st_mode);
    out.folder = t.folder;
    t.major = major(st.st_dev);
    t.minor = minor(st.st_dev);
    t.ino = st.st_ino;
    if (t.folder) {
        t.prefix = t.canonical == "/" ? "/" : t.canonical + "/";
        // Lines in maps hold the path after the inode; the first '/' starts it.
        t.mapsCanonical = mapsEscaped(t.canonical);
        t.mapsPrefix = mapsEscaped(t.prefix);
        t.mapsNeedle = t.prefix == "/" ? "/" : t.mapsCanonical;
    } else {
        t.mappable = S_ISREG(st.st_mode) || S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode);
        t.executable = S_ISREG(st.st_mode);
        char needle[64];
        std::snprintf(needle, sizeof needle, " %02x:%02x %llu ", t.major, t.minor,
                      static_cast<unsigned long long>(t.ino));
        t.mapsNeedle = needle;
    }
    Scanner s(t, cancel);
    s.run(out);
    return out;
}

}  // namespace wd
