// SPDX-License-Identifier: GPL-3.0-or-later
// The journal of applied fixes on disk (Linux, macOS): one small JSON file per fix, so writing one
// is a single atomic rename and a crash can never leave half an entry (or damage the others).
#include "whydenied/fix.h"

#include "fix/common/fix_internal.h"
#include "platform/posix/fd.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wd {

bool fix::makeDirs(const std::string& dir) {
    if (dir.empty()) return false;
    size_t i = 1;
    while (true) {
        const size_t j = dir.find('/', i);
        const std::string part = dir.substr(0, j);
        if (mkdir(part.c_str(), 0700) != 0 && errno != EEXIST) return false;
        if (j == std::string::npos) break;
        i = j + 1;
    }
    struct stat st{};
    return stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string Journal::defaultDir() {
    const char* state = std::getenv("XDG_STATE_HOME");
    if (state && state[0] == '/') return std::string(state) + "/whydenied/journal";
    std::string home;
    if (const char* h = std::getenv("HOME"); h && h[0] == '/') home = h;
    if (home.empty())
        if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_dir) home = pw->pw_dir;
    if (home.empty()) home = "/tmp/whydenied-" + std::to_string(geteuid());
    return home + "/.local/state/whydenied/journal";
}

bool Journal::write(const JournalEntry& e, std::string* error) const {
    auto fail = [&](const std::string& what) {
        if (error) *error = what + ": " + std::strerror(errno);
        return false;
    };
    if (e.id.empty() || e.id.find('/') != std::string::npos) { errno = EINVAL; return fail("journal id"); }
    if (!fix::makeDirs(dir_)) return fail("cannot create " + dir_);
    std::string tmp = dir_ + "/.entry-XXXXXX";
    sys::Fd fd(mkstemp(tmp.data()));
    if (!fd.ok()) return fail("cannot write in " + dir_);
    const std::string body = journalEntryJson(e);
    size_t off = 0;
    while (off < body.size()) {
        const ssize_t n = ::write(fd.get(), body.data() + off, body.size() - off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) { const int err = errno; fd.reset(); unlink(tmp.c_str()); errno = err; return fail("write " + tmp); }
        off += static_cast<size_t>(n);
    }
    if (fsync(fd.get()) != 0 || !fd.close()) { unlink(tmp.c_str()); return fail("fsync " + tmp); }
    const std::string dest = dir_ + "/" + e.id + ".json";
    if (rename(tmp.c_str(), dest.c_str()) != 0) { const int err = errno; unlink(tmp.c_str()); errno = err; return fail("rename to " + dest); }
    return true;
}

Result<JournalEntry> Journal::read(const std::string& id) const {
    if (id.empty() || id.find('/') != std::string::npos || id[0] == '.') return Failure("not a journal id: " + id);
    const std::string p = dir_ + "/" + id + ".json";
    const sys::Fd fd(open(p.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (!fd.ok()) return Failure("no journal entry " + id + " in " + dir_);
    // Root reads only root's own records: a journal under a person's HOME (sudo -E, su -m, the
    // window started as root) is theirs to forge, and root would apply what it says.
    struct stat st{}, dst{};
    if (geteuid() == 0 && (fstat(fd.get(), &st) != 0 || st.st_uid != 0 || stat(dir_.c_str(), &dst) != 0 || dst.st_uid != 0 ||
                           (dst.st_mode & 022) != 0))
        return Failure("the journal " + dir_ + " does not belong to root; as root WhyDenied reads only root's own");
    std::string text;
    char buf[8192];
    ssize_t n;
    while ((n = ::read(fd.get(), buf, sizeof buf)) > 0 && text.size() < (1U << 20)) text.append(buf, static_cast<size_t>(n));
    auto e = journalEntryFromJson(text);
    if (!e) return Failure("the journal entry " + id + " is damaged");
    return std::move(*e);
}

std::vector<std::string> fix::fileNamesIn(const std::string& dir) {
    std::vector<std::string> names;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* de = readdir(d)) names.emplace_back(de->d_name);
        closedir(d);
    }
    return names;
}

}  // namespace wd
