// SPDX-License-Identifier: GPL-3.0-or-later
// Linux: the privileged helper runs through pkexec (polkit asks for the password), and joining a
// group goes through usermod/gpasswd.
#include "whydenied/audit.h"
#include "whydenied/fix.h"

#include "fix/common/fix_internal.h"
#include "probe/posix/run.h"

#include <cstdlib>
#include <grp.h>
#include <pwd.h>
#include <sstream>
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

Message pkexecFailure(const posix::RunResult& run) {
    const auto said = [&](const char* words) { return run.err.find(words) != std::string::npos; };
    if (!run.started)
        return run.err.empty() ? Message(WD_TR("cannot start pkexec (is it installed?)")) : Message::verbatim(run.err);
    if (run.timedOut) return WD_TR("no answer from the administrator prompt or the helper in time");
    if (run.status == 126 || (run.status == 127 && said("dismissed")))
        return WD_TR("the administrator prompt was dismissed");
    if (run.status == 127) {
        if (said("env: ") && said("pkexec")) return WD_TR("pkexec is not installed (Debian and Ubuntu: apt install pkexec)");
        if (said("No authentication agent"))
            return WD_TR("no password prompt could be shown: no polkit authentication agent is running in this "
                         "session (log in to a desktop session, or run the shown command in a terminal with sudo)");
        if (said("Not authorized") || said("not authorized"))
            return WD_TR("not authorised: the administrator password was refused, or this account may not do this");
        if (said("Cannot run program") || said("No such file"))
            return WD_TR("the privileged helper could not be started (reinstall WhyDenied)");
        if (run.err.empty()) return WD_TR("pkexec could not run the helper");
        return Message(WD_TR("pkexec could not run the helper: %1"), {run.err.substr(0, run.err.find('\n'))});
    }
    // The helper's own answer: the first line that is not progress says why.
    std::istringstream lines(run.err.empty() ? run.out : run.err);
    std::string line;
    while (std::getline(lines, line) && bulkProgressFromLine(line)) line.clear();
    if (line.empty()) return Message(WD_TR("the helper failed (status %1)"), {std::to_string(run.status)});
    if (const auto at = line.find("refused: "); at != std::string::npos)
        return aroundReason(WD_TR("the helper refused: %1"), line.substr(at + 9));
    return Message::verbatim(line);
}

bool runHelperWithPkexec(const std::vector<std::string>& request, const std::string& helperPath, int timeoutMs,
                         size_t maxOutput, posix::RunResult& run, Message& error,
                         const std::function<void(const std::string&)>& onErrLine) {
    const std::string helper = helperExecutable(helperPath);
    // pkexec reports a missing program only after the password: do not ask for one in vain.
    if (access(helper.c_str(), X_OK) != 0) {
        error = Message(WD_TR("the privileged helper is not installed (%1 is missing; reinstall WhyDenied)"), {helper});
        return false;
    }
    // LC_ALL=C: pkexec's words are how its failures are told apart (see pkexecFailure).
    std::vector<std::string> argv = {"env", "LC_ALL=C", "LANGUAGE=", "pkexec", helper};
    argv.insert(argv.end(), request.begin(), request.end());
    run = posix::runCapture(argv, timeoutMs, maxOutput, onErrLine);
    if (run.started && !run.timedOut && run.status == 0) return true;
    error = pkexecFailure(run);
    return false;
}

// A privileged plan runs in whydenied-helper, started by pkexec. The request is arguments only:
// the helper trusts nothing else.
std::optional<JournalEntry> viaHelper(const std::vector<std::string>& request, const ApplyOptions& o,
                                      Message& error) {
    posix::RunResult run;
    // pkexec may wait for a person to type a password: give them time, but not forever.
    if (!runHelperWithPkexec(request, o.helperPath, 10 * 60 * 1000, 1 << 20, run, error)) return std::nullopt;
    auto e = journalEntryFromJson(run.out);
    if (!e) error = WD_TR("the helper's answer could not be read");
    return e;
}

}  // namespace fix

}  // namespace wd
