// Linux: the privileged helper runs through pkexec (polkit asks for the password), and joining a
// group goes through usermod/gpasswd.
#include "whydenied/fix.h"

#include "fix/fix_internal.h"
#include "probe/posix/run.h"

#include <cstdlib>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#ifndef WD_HELPER_PATH
#define WD_HELPER_PATH "/usr/libexec/whydenied/whydenied-helper"
#endif

namespace wd {

namespace fix {

namespace {
bool inGroupDb(const std::string& name, const std::string& user) {
    const struct group* g = getgrnam(name.c_str());
    if (!g) return false;
    for (char** m = g->gr_mem; m && *m; ++m)
        if (user == *m) return true;
    return false;
}
std::string userOf(uint32_t uid) {
    const passwd* pw = getpwuid(uid);
    return pw && pw->pw_name ? pw->pw_name : "";
}
std::string firstExisting(std::initializer_list<const char*> paths) {
    for (const char* p : paths)
        if (access(p, X_OK) == 0) return p;
    return *paths.begin();
}

std::string firstLine(const std::string& s) {
    std::string t = s.substr(0, s.find('\n'));
    return t.empty() ? s : t;
}
}  // namespace

LowResult joinGroupLow(const std::string& group, uint32_t uid) {
    LowResult r;
    const std::string user = userOf(uid);
    if (user.empty() || !getgrnam(group.c_str())) {
        r.error = user.empty() ? "uid " + std::to_string(uid) + " has no account" : "no group " + group;
        return r;
    }
    r.before.present = inGroupDb(group, user);
    if (r.before.present) {
        r.ok = true;
        r.after = r.before;
        return r;
    }
    const auto run = posix::runCapture({firstExisting({"/usr/sbin/usermod", "/sbin/usermod"}), "-aG", group, user}, 60000);
    r.after.present = inGroupDb(group, user);
    r.changed = r.after.present;
    r.ok = run.status == 0 && r.after.present;
    if (!r.ok) r.error = "usermod failed: " + run.err;
    return r;
}

LowResult leaveGroupLow(const std::string& group, uint32_t uid) {
    LowResult r;
    const std::string user = userOf(uid);
    r.before.present = inGroupDb(group, user);
    if (!r.before.present) {
        r.error = user + " is no longer in the group " + group + "; nothing was changed";
        return r;
    }
    const auto run = posix::runCapture({firstExisting({"/usr/bin/gpasswd", "/usr/sbin/gpasswd"}), "-d", user, group}, 60000);
    r.after.present = inGroupDb(group, user);
    r.changed = !r.after.present;
    r.ok = run.status == 0 && !r.after.present;
    if (!r.ok) r.error = "gpasswd failed: " + run.err;
    return r;
}

std::string helperExecutable(const std::string& chosen) {
    if (!chosen.empty()) return chosen;
    if (const char* h = std::getenv("WHYDENIED_HELPER"); h && h[0] == '/') return h;
    return WD_HELPER_PATH;
}

uint32_t processUid() { return geteuid(); }
bool runningPrivileged() { return geteuid() == 0; }

// A privileged plan runs in whydenied-helper, started by pkexec (which asks polkit, and polkit
// asks the person for a password). The request is arguments only: the helper trusts nothing else.
std::optional<JournalEntry> viaHelper(const std::vector<std::string>& request, const ApplyOptions& o,
                                      std::string& error) {
    std::vector<std::string> argv = {"pkexec", helperExecutable(o.helperPath)};
    argv.insert(argv.end(), request.begin(), request.end());
    // pkexec may wait for a person to type a password: give them time, but not forever.
    const auto run = posix::runCapture(argv, 10 * 60 * 1000);
    if (!run.started) {
        error = run.err.empty() ? "cannot start pkexec (is it installed?)" : run.err;
        return std::nullopt;
    }
    if (run.status != 0) {
        // pkexec: 126 = not authorised or dismissed, 127 = could not authenticate.
        if (run.status == 126 || run.status == 127)
            error = "not authorised (the administrator password was not given or was refused)";
        else
            error = firstLine(run.err.empty() ? run.out : run.err);
        if (error.empty()) error = "the helper failed (status " + std::to_string(run.status) + ")";
        return std::nullopt;
    }
    auto e = journalEntryFromJson(run.out);
    if (!e) error = "the helper's answer could not be read";
    return e;
}

}  // namespace fix

}  // namespace wd
