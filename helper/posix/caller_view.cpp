// SPDX-License-Identifier: GPL-3.0-or-later
#include "posix/caller_view.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#ifdef __APPLE__
#include "macos/request.h"  // setresuid/setresgid
#endif

namespace wd::helper {

namespace {

int groupList(const char* name, gid_t gid, std::vector<gid_t>& groups, int& n) {
#ifdef __APPLE__  // int rather than gid_t there
    return getgrouplist(name, static_cast<int>(gid), reinterpret_cast<int*>(groups.data()), &n);
#else
    return getgrouplist(name, gid, groups.data(), &n);
#endif
}

// Becomes the caller for good (in a child): the account's groups, or none and the overflow gid
// for a uid without an account, so nothing is reachable through a group the caller lacks.
bool becomeCaller(uint32_t caller) {
    const std::optional<Account> a = accountOf(caller);
    if (a && a->groups.empty()) return false;  // the group list could not be read
    return a ? dropTo(caller, a->gid, a->groups) : dropTo(caller, 65534, {});
}

// Runs `work` in a child that is the caller, and returns what it wrote; nullopt when the child
// could not become the caller or failed.
template <typename Work>
std::optional<std::string> asCaller(uint32_t caller, Work work) {
    int fds[2];
    if (pipe(fds) != 0) return std::nullopt;
    const pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return std::nullopt;
    }
    if (pid == 0) {
        close(fds[0]);
        if (!becomeCaller(caller)) _exit(1);
        std::string out;
        const bool ok = work(out);
        for (size_t off = 0; off < out.size();) {
            const ssize_t w = write(fds[1], out.data() + off, out.size() - off);
            if (w <= 0 && errno != EINTR) _exit(1);
            if (w > 0) off += static_cast<size_t>(w);
        }
        _exit(ok ? 0 : 2);
    }
    close(fds[1]);
    std::string out;
    char buf[4096];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) != 0;) {
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) break;
        out.append(buf, static_cast<size_t>(n));
    }
    close(fds[0]);
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) return std::nullopt;
    return out;
}

}  // namespace

std::optional<Account> accountOf(uint32_t uid) {
    const passwd* pw = getpwuid(uid);
    if (!pw || !pw->pw_name) return std::nullopt;
    Account a;
    a.name = pw->pw_name;
    a.gid = pw->pw_gid;
    int n = 64;
    a.groups.resize(static_cast<size_t>(n));
    if (groupList(pw->pw_name, a.gid, a.groups, n) < 0) {
        a.groups.resize(static_cast<size_t>(n));
        if (groupList(pw->pw_name, a.gid, a.groups, n) < 0) n = 0;
    }
    a.groups.resize(static_cast<size_t>(n > 0 ? n : 0));
    return a;
}

bool dropTo(uint32_t uid, gid_t gid, const std::vector<gid_t>& groups) {
    return setgroups(static_cast<int>(groups.size()), groups.data()) == 0 && setresgid(gid, gid, gid) == 0 &&
           setresuid(uid, uid, uid) == 0 && geteuid() == uid;
}

std::optional<Resolved> resolveAsCaller(const std::string& path, uint32_t caller) {
    const auto out = asCaller(caller, [&](std::string& o) {
        char real[PATH_MAX];
        struct stat st{};
        if (!realpath(path.c_str(), real) || stat(real, &st) != 0) return false;
        o = std::to_string(st.st_dev) + " " + std::to_string(st.st_ino) + " " + real;
        return true;
    });
    if (!out) return std::nullopt;
    Resolved r;
    const size_t a = out->find(' '), b = out->find(' ', a + 1);
    if (a == std::string::npos || b == std::string::npos) return std::nullopt;
    r.dev = std::strtoull(out->substr(0, a).c_str(), nullptr, 10);
    r.ino = std::strtoull(out->substr(a + 1, b - a - 1).c_str(), nullptr, 10);
    r.path = out->substr(b + 1);
    return r;
}

void limitToCaller(HoldersResult& r, uint32_t caller, bool commandLines) {
    for (Holder& h : r.holders)
        if (!commandLines && !(h.uidKnown && h.uid == caller)) h.cmdline.clear();
    if (!r.folder) return;
    // One byte per path beneath the folder: whether the caller can reach it.
    const auto seen = asCaller(caller, [&](std::string& o) {
        struct stat st{};
        for (const Holder& h : r.holders)
            for (const std::string& p : h.paths) o += lstat(p.c_str(), &st) == 0 ? '1' : '0';
        return true;
    });
    size_t i = 0;
    for (Holder& h : r.holders) {
        std::vector<std::string> kept;
        for (std::string& p : h.paths)
            if (seen && i < seen->size() && (*seen)[i++] == '1') kept.push_back(std::move(p));
        h.paths = std::move(kept);
    }
}

}  // namespace wd::helper
