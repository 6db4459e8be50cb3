// The fix engine's front door, used by the CLI and the window alike: apply a plan (in-process, or
// through pkexec + whydenied-helper), record it, diagnose again; undo a recorded fix.
#include "whydenied/fix.h"

#include "fix/fix_internal.h"
#include "probe/posix/run.h"
#include "rules/common.h"

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
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

}  // namespace fix

namespace {

std::string helperPath(const ApplyOptions& o) {
    if (!o.helperPath.empty()) return o.helperPath;
    if (const char* h = std::getenv("WHYDENIED_HELPER"); h && h[0] == '/') return h;
    return WD_HELPER_PATH;
}

std::string firstLine(const std::string& s) {
    std::string t = s.substr(0, s.find('\n'));
    return t.empty() ? s : t;
}

// A privileged plan runs in whydenied-helper, started by pkexec (which asks polkit, and polkit
// asks the person for a password). The request is arguments only: the helper trusts nothing else.
std::optional<JournalEntry> viaHelper(const std::vector<std::string>& request, const ApplyOptions& o,
                                      std::string& error) {
    std::vector<std::string> argv = {"pkexec", helperPath(o)};
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

}  // namespace

FixOutcome applyFix(const FixPlan& plan, const ApplyOptions& opts) {
    FixOutcome out;
    if (plan.systemPath && !opts.confirmedSystemPath) {
        out.message = plan.path + " is a system location; WhyDenied changes it only when you confirm that "
                      "explicitly. Nothing was changed.";
        return out;
    }
    const Journal journal(opts.journalDir.empty() ? Journal::defaultDir() : opts.journalDir);
    const uint32_t me = geteuid() == 0 && opts.onBehalfOf ? *opts.onBehalfOf : geteuid();
    const bool privileged = plan.privilege == Privilege::Admin || plan.action == FixAction::JoinGroup;
    JournalEntry e;
    std::string error;
    if (privileged && geteuid() != 0) {
        std::vector<std::string> req = {"apply", "--action", std::string(toString(plan.action)), "--arg", plan.arg,
                                        "--fix", plan.fixId, "--cause", plan.cause};
        if (plan.action != FixAction::JoinGroup)
            req.insert(req.end(), {"--path", plan.path, "--dev", std::to_string(plan.dev), "--ino",
                                   std::to_string(plan.ino), "--type", std::string(toString(plan.type))});
        if (opts.confirmedSystemPath) req.push_back("--confirmed-system-path");
        auto got = viaHelper(req, opts, error);
        if (!got) {
            out.status = FixStatus::Refused;
            out.message = "Nothing was changed: " + error;
            return out;
        }
        e = *got;
        // The helper wrote it to the journal of the account; keep our own journal complete too.
        if (!journal.read(e.id)) journal.write(e, nullptr);
    } else {
        LowResult low = plan.action == FixAction::JoinGroup
            ? fix::joinGroupLow(plan.arg, me)
            : applyLow(plan.action, plan.path, plan.dev, plan.ino, plan.type, plan.arg, me);
        if (!low.ok) {
            out.status = low.changed ? FixStatus::Failed : FixStatus::Refused;
            out.message = (low.changed ? "The change failed part-way: " : "Nothing was changed: ") + low.error;
            return out;
        }
        e.id = newJournalId();
        e.time = fix::isoNow();
        e.fixId = plan.fixId;
        e.cause = plan.cause;
        e.action = plan.action;
        e.arg = plan.arg;
        e.path = plan.action == FixAction::JoinGroup ? std::string() : low.resultPath;
        e.dev = low.resultDev;
        e.ino = low.resultIno;
        e.type = plan.action == FixAction::Copy ? NodeType::Regular : plan.type;
        e.privilege = plan.privilege;
        e.callerUid = me;
        e.before = low.before;
        e.after = low.after;
        e.command = plan.command;
        e.undoCommand = fix::joinCommand(fix::displayUndoArgv(e, ""), plan.privilege);
        if (plan.action == FixAction::JoinGroup) e.undoCommand = plan.undoCommand;
        if (!journal.write(e, &error)) {
            out.entry = e;
            out.status = FixStatus::Failed;
            out.message = "The change was made but could not be recorded (" + error + "); undo it by hand: " +
                          e.undoCommand;
            return out;
        }
    }
    out.entry = e;
    if (!opts.rediagnose) {
        out.status = FixStatus::Fixed;
        out.message = "Applied.";
        return out;
    }
    DiagnoseRequest req;
    req.path = plan.action == FixAction::Copy ? e.path : plan.diagnosedPath;
    req.op = plan.op;
    out.after = diagnose(req);
    const Diagnosis& d = *out.after;
    if (d.verdict == Verdict::Allowed) {
        out.status = FixStatus::Fixed;
        out.message = plan.action == FixAction::Copy
            ? "Fixed: the copy is at " + e.path + ", and you can " + rules::opVerb(plan.op) + " it."
            : "Fixed: you can now " + rules::opVerb(plan.op) + " " + req.path + ".";
    } else {
        out.status = FixStatus::StillDenied;
        out.message = "Applied, but it is still denied";
        if (!d.findings.empty()) out.message += ": " + d.findings.front().title.english() + " (" + d.findings.front().cause + ")";
        out.message += ".";
    }
    return out;
}

UndoOutcome undoFix(const std::string& which, const ApplyOptions& opts) {
    UndoOutcome out;
    const Journal journal(opts.journalDir.empty() ? Journal::defaultDir() : opts.journalDir);
    std::string error;
    std::optional<JournalEntry> e =
        which.empty() || which == "LAST" || which == "last" ? journal.last() : journal.read(which, &error);
    if (!e) {
        out.message = which.empty() || which == "LAST" || which == "last"
            ? "No fix has been recorded in " + journal.dir() + "; nothing to undo."
            : error + "; nothing was changed.";
        return out;
    }
    out.entry = e;
    if (e->undone) {
        out.ok = true;
        out.message = "The fix " + e->id + " (" + e->fixId + ") was already undone at " + e->undoneTime +
                      "; nothing was changed.";
        return out;
    }
    const uint32_t me = geteuid();
    if (e->callerUid != me && me != 0) {
        out.message = "The fix " + e->id + " was made by uid " + std::to_string(e->callerUid) + "; nothing was changed.";
        return out;
    }
    const bool privileged = e->privilege == Privilege::Admin || e->action == FixAction::JoinGroup;
    if (privileged && me != 0) {
        auto got = viaHelper({"undo", "--id", e->id}, opts, error);
        if (!got) {
            out.message = "Nothing was changed: " + error;
            return out;
        }
        out.ok = out.changed = true;
        out.entry = got;
        journal.write(*got, nullptr);
        out.message = "Undone: " + (e->path.empty() ? e->arg : e->path) + " is back as it was.";
        return out;
    }
    const LowResult low = e->action == FixAction::JoinGroup ? fix::leaveGroupLow(e->arg, e->callerUid) : undoLow(*e);
    out.changed = low.changed;
    if (!low.ok) {
        out.message = (low.changed ? "Undo failed part-way: " : "Not undone: ") + low.error;
        return out;
    }
    e->undone = true;
    e->undoneTime = fix::isoNow();
    if (!journal.write(*e, &error)) error = " (but the journal could not be updated: " + error + ")";
    else error.clear();
    out.ok = true;
    out.entry = e;
    out.message = e->action == FixAction::Copy ? "Undone: the copy " + e->path + " was removed." + error
                                               : "Undone: " + (e->path.empty() ? e->arg : e->path) + " is back to " +
                                                     e->before.describe() + "." + error;
    return out;
}

}  // namespace wd
