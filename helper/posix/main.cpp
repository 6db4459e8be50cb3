// SPDX-License-Identifier: GPL-3.0-or-later
// whydenied-helper: the only part of WhyDenied that runs as root, started by pkexec for one fix.
//
// It trusts nothing from the caller but the arguments of one request, and checks all of them:
// the operation is one of a fixed list, the path is absolute and normalised, the object at it
// is still the diagnosed one (device + inode + type, reached without following symlinks), the
// person is PKEXEC_UID (pkexec sets it; nobody else can start us as root), and grants go only to
// that person. On Linux the request is judged again as the caller (linux/caller.h): the caller must
// really be denied, must be able to reach the object, and the object must be theirs to ask for
// (not another person's, not a system location, not a setuid/setgid/capability file). Undo works
// only from the helper's own root-owned record, never from a journal file the caller could have
// written, and it never gives setuid/setgid back.
//
//   whydenied-helper apply --action chmod|acl|chown|chattr|join-group --arg ARG --fix ID --cause C
//                          --path P --dev N --ino N --type file|dir
//                          (join-group: the path of the diagnosed object whose group it is)
//   whydenied-helper undo --id JOURNAL-ID
//   whydenied-helper relabel --path P --dev N --ino N --type file|dir   (Linux: restorecon -v on that
//                          node alone, the label from the policy's file contexts, never the request)
//   whydenied-helper apply-plan --step <apply's options> [--step <apply's options>]…  (at most 16;
//                          every step judged before any runs; all or nothing)
//   whydenied-helper undo-plan --id PLAN-ID
//   whydenied-helper holders --path P      (read-only: the processes holding P, every user's; P
//                                           resolved as the caller, others' command lines dropped)
//   whydenied-helper holders-cmdline --path P   (the same with every command line)
//   whydenied-helper bulk --root DIR --root-dev N --root-ino N --cause owned-by-another-user|immutable-attribute
//                         [--op write]
//   whydenied-helper bulk-undo --id BATCH-ID
//   macOS: whydenied-helper --request-file DIR/request --result-file DIR/result, the verb and its
//   options inside the file, the caller its owner (macos/request.h); no bulk verbs there.
//
// Exit status: 0 done (the journal entry as JSON on stdout), 1 the system refused the change,
// 2 the request was refused (nothing changed), 3 internal error.
#include "posix/caller_view.h"
#include "fix/common/fix_internal.h"
#include "whydenied/audit.h"
#include "whydenied/fix.h"
#include "whydenied/holders.h"
#include "whydenied/lsm.h"
#include "whydenied/json.h"
#include "whydenied/plan.h"
#include "fix/common/helper_form.h"

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <set>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <syslog.h>
#include <unistd.h>
#include <vector>

#if defined(__linux__)
#include "linux/caller.h"

#include <sys/auxv.h>
#include <sys/prctl.h>
#endif

#ifdef __APPLE__
#include "macos/request.h"  // the request in a file; setresuid/setresgid for macOS
#include "rules/support/macos.h"
#endif

#ifndef WD_HELPER_STATE_DIR
#define WD_HELPER_STATE_DIR "/var/lib/whydenied"
#endif

#if defined(__APPLE__)
extern char** environ;
#endif

namespace {

enum Exit { Done = 0, SystemRefused = 1, Refused = 2, Internal = 3 };

// Every syslog line goes through here, escaped like a terminal line (wd::printable): a newline in
// a file name must not forge a second record, nor a control byte reach whoever reads the log.
[[gnu::format(printf, 2, 3)]] void logLine(int priority, const char* format, ...) {
    va_list ap;
    va_start(ap, format);
    va_list again;
    va_copy(again, ap);
    const int n = std::vsnprintf(nullptr, 0, format, ap);
    va_end(ap);
    std::string text(n > 0 ? static_cast<size_t>(n) : 0, '\0');
    if (n > 0) std::vsnprintf(text.data(), text.size() + 1, format, again);
    va_end(again);
    syslog(priority, "%s", wd::printable(text).c_str());
}

[[noreturn]] void refuse(const std::string& why) {
    logLine(LOG_AUTHPRIV | LOG_WARNING, "refused request: %s", why.c_str());
    std::fprintf(stderr, "whydenied-helper: refused: %s\n", why.c_str());
    std::exit(Refused);
}

bool digits(const std::string& s) { return !s.empty() && s.size() < 21 && s.find_first_not_of("0123456789") == std::string::npos; }

// The caller: pkexec puts the uid of whoever ran it in PKEXEC_UID.
uint32_t callerUid() {
#ifdef __APPLE__
    return wd::helper_mac::callerUid();  // the owner of the request file (macos/request.h)
#endif
    const char* v = std::getenv("PKEXEC_UID");
    if (!v || !digits(v)) refuse("PKEXEC_UID is missing: run me through pkexec");
    const unsigned long u = std::strtoul(v, nullptr, 10);
    if (u == 0 || u > 0xfffffffeUL) refuse("the caller is root or invalid; root needs no helper");
    return static_cast<uint32_t>(u);
}

#ifdef WD_HELPER_TESTING
// Only the test build (whydenied-helper-testing, never installed) keeps its records elsewhere.
std::string gStateOverride;
std::string gAuditLogOverride;  // and reads a recorded audit.log (WD_HELPER_AUDIT_LOG)
#endif

std::string stateDir(uint32_t uid) {
    std::string base = WD_HELPER_STATE_DIR;
#ifdef WD_HELPER_TESTING
    if (!gStateOverride.empty()) base = gStateOverride;
#endif
    return base + "/journal/" + std::to_string(uid);
}

// Writes the person's own journal entry as that person (fork + drop privileges), so the helper
// never creates files as root inside a home directory the person controls.
void writeUserJournal(const wd::JournalEntry& e, uint32_t uid) {
    const passwd* pw = getpwuid(uid);
    if (!pw || !pw->pw_dir || pw->pw_dir[0] != '/') return;
    const gid_t gid = pw->pw_gid;
    const std::string home = pw->pw_dir;
    const pid_t pid = fork();
    if (pid < 0) return;
    if (pid == 0) {
        if (setgroups(0, nullptr) != 0 || setresgid(gid, gid, gid) != 0 || setresuid(uid, uid, uid) != 0) _exit(1);
        setenv("HOME", home.c_str(), 1);
        unsetenv("XDG_STATE_HOME");
        std::string err;
        std::string dir = wd::Journal::defaultDir();
#ifdef __APPLE__
        if (!wd::helper_mac::journalDir().empty()) dir = wd::helper_mac::journalDir();  // the caller's, written as the caller
#endif
        if (!wd::Journal(dir).write(e, &err))
            std::fprintf(stderr, "whydenied-helper: could not record in your journal: %s\n", err.c_str());
        _exit(0);
    }
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {
    }
}

using Request = wd::fix::HelperOptions;

// The options after the verb (argv[1]); anything else is refused.
Request parse(int argc, char** argv, const std::set<std::string>& valued, const std::set<std::string>& flagNames) {
    std::string error;
    auto r = wd::fix::parseHelperOptions(std::vector<std::string>(argv + 2, argv + argc), valued, flagNames, error);
    if (!r) refuse(error);
    return *r;
}

// Tells the caller, on standard error and in the system log, what was done. Called only once the
// record of it is safe on disk, so nothing the caller does with the pipes can lose the record.
void report(uint32_t caller, const wd::JournalEntry& e) {
    logLine(LOG_AUTHPRIV | LOG_NOTICE, "uid %u: %s (%s -> %s) [%s]", caller, e.command.c_str(),
           e.before.describe().c_str(), e.after.describe().c_str(), e.id.c_str());
    std::fprintf(stderr, "whydenied-helper: uid %u: %s\n", caller, e.command.c_str());
}

// One apply request, judged: what the helper will do, for whom.
struct Judged {
    wd::FixAction action = wd::FixAction::Chmod;
    std::string arg, fixId, cause, path, user;
    uint64_t dev = 0, ino = 0;
    wd::NodeType type = wd::NodeType::Regular;
    std::string labelFrom, labelTo;  // a relabel: the label the node has and the policy's
};

// The node a request names, checked for form: an absolute, normalised path, numbers, a type.
struct Target {
    std::string path;
    uint64_t dev = 0, ino = 0;
    wd::NodeType type = wd::NodeType::Regular;
};

Target targetOf(const Request& r) {
    const std::string path = r.get("path");
    if (path.empty()) refuse("--path is required");
    if (!wd::isNormalAbsolute(path)) refuse("the path must be absolute and normalised (no '.', '..' or '//')");
    if (!digits(r.get("dev")) || !digits(r.get("ino"))) refuse("--dev and --ino must be numbers");
    const std::string type = r.get("type");
    if (type != "file" && type != "dir") refuse("--type must be file or dir");
    return Target{path, std::strtoull(r.get("dev").c_str(), nullptr, 10), std::strtoull(r.get("ino").c_str(), nullptr, 10),
                  type == "file" ? wd::NodeType::Regular : wd::NodeType::Directory};
}

std::string userName(uint32_t uid) {
    const passwd* pw = getpwuid(uid);
    return pw && pw->pw_name ? pw->pw_name : "";
}

// Checks one apply request with the hardened rules; refuses (and exits) when any part is not
// allowed. Nothing is changed here, so a plan's steps are all judged before the first one runs.
Judged judge(const Request& r, uint32_t caller) {
    const auto action = wd::fixActionFromString(r.get("action"));
    // A fixed list, and only what needs root: a copy never does.
    if (!action || *action == wd::FixAction::Copy) refuse("unknown operation '" + r.get("action") + "'");
    const std::string arg = r.get("arg");
    const std::string fixId = r.get("fix");
    if (fixId.empty() || fixId.size() > 64 || fixId.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
        refuse("invalid fix id");
    const std::string user = userName(caller);

    // Every request names the diagnosed object; a group join names the object whose group it is.
    const auto [path, dev, ino, t] = targetOf(r);

    if (*action == wd::FixAction::JoinGroup) {
#if defined(__linux__)
        if (const std::string why = wd::helper::judgeJoinGroup(wd::helper::callerFor(caller), arg, path, dev, ino, t);
            !why.empty())
            refuse(why);
#else
        refuse("joining a group is not done by the helper here");
#endif
    } else {
        // The actions this helper carries out; their arguments are checked as the engine checks them.
        switch (*action) {
        case wd::FixAction::Chmod:
        case wd::FixAction::AclModify:
        case wd::FixAction::Chown:
        case wd::FixAction::ClearFlag: break;
#ifdef __APPLE__
        case wd::FixAction::RemoveXattr: break;
        case wd::FixAction::AclRemoveDeny: {
            const auto a = wd::mac::parseAclEntryText(arg);
            if (!a || a->allow) refuse("only a deny entry of an access control list");
            break;
        }
#endif
        default: refuse("unknown operation");
        }
        if (const std::string why = wd::fix::argumentProblem(*action, wd::thisPlatform(), arg); !why.empty()) refuse(why);
#if defined(__linux__)
        if (const std::string why = wd::helper::judgeApply(wd::helper::callerFor(caller), *action, arg, path, dev, ino, t);
            !why.empty())
            refuse(why);
#else
        // No check as the caller here yet: system locations are refused outright.
        if (wd::isSystemPath(path)) refuse(path + " is a system location; the helper changes nothing there");
#endif
    }
    return Judged{*action, arg, fixId, r.get("cause").substr(0, 64), path, user, dev, ino, t, {}, {}};
}

// Records the intent, makes the change, records the outcome. Exit status Done with `e` filled, else
// why not (the intent record is removed when nothing changed).
int perform(const Judged& j, uint32_t caller, wd::JournalEntry& e, std::string& why) {
    e.id = wd::newJournalId();
    e.time = wd::fix::isoNow();
    e.fixId = j.fixId;
    e.cause = j.cause;
    e.action = j.action;
    e.arg = j.arg;
    e.privilege = wd::Privilege::Admin;
    e.callerUid = caller;
    if (j.action != wd::FixAction::JoinGroup) {
        e.path = j.path;
        e.dev = j.dev;
        e.ino = j.ino;
        e.type = j.type;
        if (auto now = wd::readState(j.path)) e.before = *now;
        // The label it replaces is in the intent record too: if the helper dies after setting the
        // new one, the record still says how to put the old one back.
        e.before.label = j.labelFrom;
        e.after.label = j.labelTo;
    }
    const std::string shownPath = j.action == wd::FixAction::JoinGroup ? std::string() : j.path;
    e.command = wd::fix::joinCommand(wd::fix::displayArgv(j.action, j.arg, shownPath, j.user), wd::Privilege::Admin);
    e.undoCommand = wd::fix::joinCommand(wd::fix::displayUndoArgv(e, j.user), wd::Privilege::Admin);
    // The intent first: if the helper dies after the change, its record says what may have changed.
    e.pending = true;
    const wd::Journal store(stateDir(caller));
    std::string err;
    if (!store.write(e, &err)) {
        why = "cannot record the fix before making it (" + err + ")";
        return Refused;
    }
    const wd::LowResult low = j.action == wd::FixAction::JoinGroup
        ? wd::fix::joinGroupLow(j.arg, caller)
        : wd::applyLow(j.action, j.path, j.dev, j.ino, j.type, j.arg, caller);
    if (!low.ok && !low.changed) {
        (void)unlink((stateDir(caller) + "/" + e.id + ".json").c_str());
        why = low.error;
        return Refused;
    }
    e.before = low.before;
    e.after = low.after;
    e.undoCommand = wd::fix::joinCommand(wd::fix::displayUndoArgv(e, j.user), wd::Privilege::Admin);
    e.pending = false;
    if (!store.write(e, &err))
        logLine(LOG_AUTHPRIV | LOG_ERR, "uid %u: %s made but its record [%s] stays pending: %s", caller,
               e.command.c_str(), e.id.c_str(), err.c_str());
    if (!low.ok) {
        logLine(LOG_AUTHPRIV | LOG_ERR, "uid %u: %s %s failed: %s", caller, std::string(wd::toString(j.action)).c_str(),
               e.path.c_str(), low.error.c_str());
        why = low.error;
        return SystemRefused;
    }
    return Done;
}

const std::set<std::string> kApplyOptions = {"action", "arg", "fix", "cause", "path", "dev", "ino", "type"};

// Makes one judged change and answers with its journal entry.
int applyJudged(const Judged& j, uint32_t caller) {
    wd::JournalEntry e;
    std::string why;
    const int status = perform(j, caller, e, why);
    if (status == Refused) refuse(why);
    if (status != Done) {
        std::fprintf(stderr, "whydenied-helper: %s\n", why.c_str());
        return status;
    }
    writeUserJournal(e, caller);
    report(caller, e);
    std::fputs(wd::journalEntryJson(e).c_str(), stdout);
    return Done;
}

int apply(int argc, char** argv, uint32_t caller) {
    return applyJudged(judge(parse(argc, argv, kApplyOptions, {}), caller), caller);
}

#if defined(__linux__)
// restorecon -v on the diagnosed node alone. The request names only the node: the label is the one
// the policy's file contexts give its path, worked out here, and the one it replaces is recorded
// before the change so that undo can put it back.
int relabel(int argc, char** argv, uint32_t caller) {
    const auto [path, dev, ino, type] = targetOf(parse(argc, argv, {"path", "dev", "ino", "type"}, {}));
    wd::fix::Relabelling labels;
    if (const std::string why = wd::helper::judgeRelabel(wd::helper::callerFor(caller), path, dev, ino, type, labels);
        !why.empty())
        refuse(why);
    return applyJudged(Judged{wd::FixAction::Relabel, "", "selinux-restore-label", "selinux-denial", path,
                              userName(caller), dev, ino, type, labels.from, labels.to},
                       caller);
}
#endif

// Undoes one of the caller's entries from the helper's own record. Done, or why not in `why`.
int undoEntry(const std::string& id, uint32_t caller, wd::JournalEntry& out, std::string& why) {
    const wd::Journal store(stateDir(caller));
    auto e = store.read(id);
    if (!e) {
        why = "no fix " + id + " was made through the helper for you";
        return Refused;
    }
    if (e->callerUid != caller) {
        why = "that fix belongs to someone else";
        return Refused;
    }
    out = *e;
    if (e->undone) return Done;
    if (e->pending) {
        why = "the fix " + id + " was interrupted before it was recorded; an administrator can check " +
              (e->path.empty() ? e->arg : e->path) + " and run: " + e->undoCommand;
        return Refused;
    }
    const wd::LowResult low =
        e->action == wd::FixAction::JoinGroup ? wd::fix::leaveGroupLow(e->arg, caller) : wd::undoLow(*e);
    if (!low.ok) {
        logLine(LOG_AUTHPRIV | LOG_WARNING, "uid %u: undo %s not done: %s", caller, id.c_str(), low.error.c_str());
        why = low.error;
        return low.changed ? SystemRefused : Refused;
    }
    e->undone = true;
    e->undoneTime = wd::fix::isoNow();
    store.write(*e, nullptr);
    writeUserJournal(*e, caller);
    logLine(LOG_AUTHPRIV | LOG_NOTICE, "uid %u: undid %s: %s", caller, id.c_str(), e->undoCommand.c_str());
    std::fprintf(stderr, "whydenied-helper: uid %u: undid %s\n", caller, e->undoCommand.c_str());
    if (!low.note.empty()) std::fprintf(stderr, "whydenied-helper: %s\n", low.note.c_str());
    out = *e;
    return Done;
}

void printPlanAnswer(const std::string& planId, const std::vector<wd::JournalEntry>& entries) {
    std::fputs(wd::fix::planAnswerText(planId, entries).c_str(), stdout);
}

// A plan's privileged steps under one password: every step judged as a single apply would be,
// all of them before the first change; then applied in order. When a step fails, the ones before
// it are undone, so a plan is all or nothing.
int applyPlan(int argc, char** argv, uint32_t caller) {
    std::string error;
    const auto groups = wd::fix::planRequestSteps(std::vector<std::string>(argv + 2, argv + argc), error);
    if (!groups) refuse(error);
    std::vector<Judged> judged;
    for (const auto& g : *groups) {
        auto r = wd::fix::parseHelperOptions(g, kApplyOptions, {}, error);
        if (!r) refuse(error);
        judged.push_back(judge(*r, caller));
    }
    std::vector<wd::JournalEntry> done;
    for (const Judged& j : judged) {
        wd::JournalEntry e;
        std::string why;
        const int status = perform(j, caller, e, why);
        if (status == Done) {
            done.push_back(e);
            continue;
        }
        for (auto it = done.rbegin(); it != done.rend(); ++it) {
            wd::JournalEntry back;
            std::string undoWhy;
            if (undoEntry(it->id, caller, back, undoWhy) != Done)
                logLine(LOG_AUTHPRIV | LOG_ERR, "uid %u: plan step %s not rolled back: %s", caller, it->id.c_str(),
                        undoWhy.c_str());
        }
        if (status == Refused) refuse("step " + std::to_string(done.size() + 1) + ": " + why + " (earlier steps undone)");
        std::fprintf(stderr, "whydenied-helper: step %zu: %s (earlier steps undone)\n", done.size() + 1, why.c_str());
        return status;
    }
    wd::PlanRecord rec;
    rec.id = wd::newJournalId();
    rec.time = wd::fix::isoNow();
    rec.callerUid = caller;
    for (const auto& e : done) rec.entryIds.push_back(e.id);
    if (!wd::writePlanRecord(stateDir(caller), rec, &error))
        logLine(LOG_AUTHPRIV | LOG_ERR, "uid %u: plan record %s not written: %s", caller, rec.id.c_str(), error.c_str());
    for (const auto& e : done) {
        writeUserJournal(e, caller);
        report(caller, e);
    }
    printPlanAnswer(rec.id, done);
    return Done;
}

// Undoes a plan's privileged part from the helper's own plan record, in reverse.
int undoPlan(int argc, char** argv, uint32_t caller) {
    const Request r = parse(argc, argv, {"id"}, {});
    const std::string id = r.get("id");
    if (!wd::fix::validRecordId(id)) refuse("invalid plan id");
    auto rec = wd::readPlanRecord(stateDir(caller), id);
    if (!rec || rec->callerUid != caller) refuse("no plan " + id + " was applied through the helper for you");
    std::vector<wd::JournalEntry> undone;
    for (auto it = rec->entryIds.rbegin(); it != rec->entryIds.rend(); ++it) {
        wd::JournalEntry e;
        std::string why;
        const int status = undoEntry(*it, caller, e, why);
        if (status != Done) {
            if (undone.empty() && status == Refused) refuse(why);
            std::fprintf(stderr, "whydenied-helper: %s\n", why.c_str());
            return status;
        }
        undone.push_back(e);
    }
    rec->undone = true;
    wd::writePlanRecord(stateDir(caller), *rec, nullptr);
    printPlanAnswer(id, undone);
    return Done;
}

int undo(int argc, char** argv, uint32_t caller) {
    const Request r = parse(argc, argv, {"id"}, {});
    const std::string id = r.get("id");
    if (!wd::fix::validRecordId(id)) refuse("invalid journal id");
    wd::JournalEntry e;
    std::string why;
    const int status = undoEntry(id, caller, e, why);
    if (status == Refused) refuse(why);
    if (status != Done) {
        std::fprintf(stderr, "whydenied-helper: %s\n", why.c_str());
        return status;
    }
    std::fputs(wd::journalEntryJson(e).c_str(), stdout);
    return Done;
}

// Lists the processes holding a path, other users' included. The path is resolved as the caller,
// so the answer covers only what the caller can reach; other users' command lines (passwords
// are passed that way) only with `holders-cmdline`, which polkit approves on its own.
int holders(int argc, char** argv, uint32_t caller, bool commandLines) {
    const Request r = parse(argc, argv, {"path"}, {});
    const std::string path = r.get("path");
    if (path.empty() || path[0] != '/' || path.size() > 4096 || path.find('\0') != std::string::npos)
        refuse("the path must be absolute");
    for (size_t i = 0; i < path.size();) {
        const size_t j = path.find('/', i + 1);
        const std::string part = path.substr(i + 1, (j == std::string::npos ? path.size() : j) - i - 1);
        if (part == ".." || part == ".") refuse("the path must be normalised (no . or ..)");
        if (j == std::string::npos) break;
        i = j;
    }
    const auto seen = wd::helper::resolveAsCaller(path, caller);
    if (!seen) refuse("not reachable for you");
    logLine(LOG_AUTHPRIV | LOG_NOTICE, "uid %u: listed the holders of %s%s", caller, seen->path.c_str(),
            commandLines ? " with every command line" : "");
    wd::HoldersResult res = wd::findHolders(seen->path);
    struct stat now{};
    if (res.error.empty() && (res.path != seen->path || stat(seen->path.c_str(), &now) != 0 ||
                              static_cast<uint64_t>(now.st_dev) != seen->dev || static_cast<uint64_t>(now.st_ino) != seen->ino))
        refuse("the path changed while it was looked at");
    wd::helper::limitToCaller(res, caller, commandLines);
    std::fputs(wd::holdersToLines(res).c_str(), stdout);
    return res.error.empty() ? Done : SystemRefused;
}

#if defined(__linux__)
// Root's audit.log, read for one path the caller can reach: the records of the events that name it,
// without the command lines (PROCTITLE, EXECVE) of anyone's processes. Nothing else is read or told:
// a path the caller cannot reach is "not reachable for you", as for every verb.
int auditLog(int argc, char** argv, uint32_t caller) {
    const Request r = parse(argc, argv, {"path", "at"}, {});
    const std::string path = r.get("path");
    if (path.empty() || !wd::isNormalAbsolute(path)) refuse("--path must be absolute and normalised (no '.', '..' or '//')");
    const std::string at = r.get("at");
    if (!at.empty() && !digits(at)) refuse("--at must be seconds since the epoch");
    const auto seen = wd::helper::resolveAsCaller(path, caller);
    if (!seen) refuse("not reachable for you");
    std::string file = "/var/log/audit/audit.log";
#ifdef WD_HELPER_TESTING
    if (!gAuditLogOverride.empty()) file = gAuditLogOverride;
#endif
    const auto text = wd::readAuditLogTail(file);
    if (!text) {
        std::fprintf(stderr, "whydenied-helper: %s: %s\n", file.c_str(), std::strerror(errno));
        return SystemRefused;
    }
    const std::string lines = wd::auditLinesFor(*text, seen->path, seen->ino, at.empty() ? 0 : std::strtod(at.c_str(), nullptr));
    logLine(LOG_AUTHPRIV | LOG_NOTICE, "uid %u: read the audit records of %s", caller, seen->path.c_str());
    std::fputs(lines.c_str(), stdout);
    return Done;
}
#endif

#if !defined(__APPLE__)  // the folder audit's bulk fix exists on Linux only
// The person's own copy of a batch, written as that person (fork + drop privileges) from a
// descriptor of the helper's record opened before the drop: the helper never creates files as
// root in a home directory the person controls.
void writeUserBatch(const std::string& recordDir, const std::string& id, uint32_t uid) {
    const passwd* pw = getpwuid(uid);
    if (!pw || !pw->pw_dir || pw->pw_dir[0] != '/') return;
    const gid_t gid = pw->pw_gid;
    const std::string home = pw->pw_dir;
    const int src = open((recordDir + "/" + id + ".batch").c_str(), O_RDONLY | O_CLOEXEC);
    if (src < 0) return;
    const pid_t pid = fork();
    if (pid == 0) {
        if (setgroups(0, nullptr) != 0 || setresgid(gid, gid, gid) != 0 || setresuid(uid, uid, uid) != 0) _exit(1);
        setenv("HOME", home.c_str(), 1);
        unsetenv("XDG_STATE_HOME");
        umask(077);
        const std::string dir = wd::Journal::defaultDir();
        for (size_t i = 1; i <= dir.size(); ++i)
            if (i == dir.size() || dir[i] == '/') (void)mkdir(dir.substr(0, i).c_str(), 0700);
        std::string tmp = dir + "/.batch-XXXXXX";
        const int out = mkstemp(tmp.data());
        bool ok = out >= 0;
        char buf[1 << 16];
        for (ssize_t n; ok && (n = read(src, buf, sizeof buf)) != 0;) {
            if (n < 0 && errno == EINTR) continue;
            ok = n > 0 && write(out, buf, static_cast<size_t>(n)) == n;
        }
        ok = ok && fsync(out) == 0 && rename(tmp.c_str(), (dir + "/" + id + ".batch").c_str()) == 0;
        if (!ok) {
            if (out >= 0) unlink(tmp.c_str());
            std::fprintf(stderr, "whydenied-helper: could not record the batch in your journal %s\n", dir.c_str());
        }
        _exit(ok ? 0 : 1);
    }
    int st = 0;
    while (pid > 0 && waitpid(pid, &st, 0) < 0 && errno == EINTR) {
    }
    close(src);
}

// One audit group of a whole tree for the caller: the walk runs here, as root, judging access as
// the caller, from a root folder reached without symlinks and checked by device + inode; the
// grants go to the caller only. The answer is bulkFixResultText() on stdout.
int bulk(int argc, char** argv, uint32_t caller) {
    const Request r = parse(argc, argv, {"root", "root-dev", "root-ino", "cause", "op"}, {});
    const std::string root = r.get("root");
    if (root.empty() || !wd::isNormalAbsolute(root)) refuse("--root must be absolute and normalised (no '.', '..' or '//')");
    if (!digits(r.get("root-dev")) || !digits(r.get("root-ino"))) refuse("--root-dev and --root-ino must be numbers");
    const std::string cause = r.get("cause");
    if (cause != "owned-by-another-user" && cause != "immutable-attribute")
        refuse("no bulk fix through the helper for '" + cause + "'");
    const auto op = wd::operationFromString(r.get("op").empty() ? "write" : r.get("op"));
    if (!op || !wd::auditSupports(*op)) refuse("unknown operation '" + r.get("op") + "'");
    const uint64_t rootDev = std::strtoull(r.get("root-dev").c_str(), nullptr, 10);
    const uint64_t rootIno = std::strtoull(r.get("root-ino").c_str(), nullptr, 10);
    if (const std::string why = wd::helper::judgeBulkRoot(wd::helper::callerFor(caller), root, rootDev, rootIno);
        !why.empty())
        refuse(why);
    wd::AuditOptions o;
    o.root = root;
    o.op = *op;
    wd::BulkFixAuthority who;
    who.callerUid = caller;
    who.rootDev = rootDev;
    who.rootIno = rootIno;
    const std::string records = stateDir(caller);
    // Progress for the person waiting, on standard error (stdout carries the answer).
    const wd::BulkFixResult res = wd::applyBulkFixFor(who, o, cause, records, [](const wd::BulkFixProgress& p) {
        std::fprintf(stderr, "%s\n", wd::bulkProgressLine(p).c_str());
        std::fflush(stderr);
    });
    if (res.changed == 0 && !res.error.empty()) refuse(res.error);
    logLine(LOG_AUTHPRIV | LOG_NOTICE, "uid %u: bulk %s under %s: %llu changed, %llu failed [%s]", caller, cause.c_str(),
           root.c_str(), static_cast<unsigned long long>(res.changed), static_cast<unsigned long long>(res.failed),
           res.journalId.c_str());
    std::fprintf(stderr, "whydenied-helper: uid %u: bulk %s under %s: %llu changed\n", caller, cause.c_str(),
                 root.c_str(), static_cast<unsigned long long>(res.changed));
    if (!res.journalId.empty()) writeUserBatch(records, res.journalId, caller);
    std::fputs(wd::bulkFixResultText(res).c_str(), stdout);
    return res.error.empty() ? Done : SystemRefused;
}

// Undoes a batch from the helper's own root-owned record of the caller's batches, never from a
// file the caller could have written.
int bulkUndo(int argc, char** argv, uint32_t caller) {
    const Request r = parse(argc, argv, {"id"}, {});
    const std::string id = r.get("id");
    if (!wd::fix::validRecordId(id)) refuse("invalid batch id");
    const std::string records = stateDir(caller);
    if (!wd::isBulkJournalEntry(records, id)) refuse("no bulk fix " + id + " was made through the helper for you");
    const wd::BulkUndoResult res = wd::undoBulkFixFor(caller, records, id);
    if (res.restored == 0 && !res.ok) refuse(res.error.empty() ? "nothing could be restored" : res.error);
    logLine(LOG_AUTHPRIV | LOG_NOTICE, "uid %u: undid bulk %s: %llu restored, %llu left alone", caller, id.c_str(),
           static_cast<unsigned long long>(res.restored), static_cast<unsigned long long>(res.skipped));
    std::fputs(wd::bulkUndoResultText(res).c_str(), stdout);
    return res.ok ? Done : SystemRefused;
}
#endif

// Nothing the caller controls may stop or inspect the helper half-way: no terminal signals (it
// leaves the caller's session), no SIGPIPE when the caller closes its end, no core file or ptrace
// attach that would show what root read.
void detachFromCaller() {
#if defined(__linux__)
    (void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    const struct rlimit none{0, 0};
    (void)setrlimit(RLIMIT_CORE, &none);
    (void)setsid();
    for (int sig : {SIGPIPE, SIGINT, SIGHUP, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU}) (void)std::signal(sig, SIG_IGN);
}

// Started through a setuid bit (installed wrongly) instead of by root, every input is the
// caller's: PKEXEC_UID, the environment, the state folder. Refuse that outright.
bool startedByRoot() {
#if defined(__linux__)
    return getuid() == 0 && geteuid() == 0 && getauxval(AT_SECURE) == 0;
#elif defined(__APPLE__)
    return geteuid() == 0 && !issetugid();
#else
    return geteuid() == 0;
#endif
}

}  // namespace

int main(int argc, char** argv) {
    openlog("whydenied-helper", LOG_PID, LOG_AUTHPRIV);
    umask(077);
    if (!startedByRoot()) refuse("must run as root (through pkexec), not setuid");
    detachFromCaller();
#ifdef __APPLE__
    static const wd::helper_mac::Request fromFile = wd::helper_mac::readRequest(argc, argv);
    if (!fromFile.error.empty()) refuse(fromFile.error);
    argc = static_cast<int>(fromFile.args.size());
    argv = const_cast<char**>(fromFile.argv.data());
#endif
    if (argc < 2) refuse("no request");
    const uint32_t caller = callerUid();
#ifdef WD_HELPER_TESTING
    if (const char* d = std::getenv("WD_HELPER_STATE_DIR"); d && d[0] == '/') gStateOverride = d;
#if defined(__linux__)
    if (const char* a = std::getenv("WD_HELPER_AUDIT_LOG"); a && a[0] == '/') gAuditLogOverride = a;
    // The tests' own file contexts: this machine has no SELinux policy installed.
    if (const char* fc = std::getenv("WD_HELPER_FILE_CONTEXTS"); fc && fc[0] == '/') wd::fix::useFileContexts(fc);
#endif
#endif
    // Nothing else is taken from the environment; the programs it starts (usermod) get a plain one.
#if defined(__APPLE__)
    while (environ && environ[0]) {
        const std::string kv = environ[0];
        if (unsetenv(kv.substr(0, kv.find('=')).c_str()) != 0) break;
    }
#else
    clearenv();
#endif
    setenv("PATH", "/usr/sbin:/usr/bin:/sbin:/bin", 1);
    const std::string verb = argv[1];
    if (verb == "apply") return apply(argc, argv, caller);
    if (verb == "undo") return undo(argc, argv, caller);
#if defined(__linux__)
    if (verb == "relabel") return relabel(argc, argv, caller);
#endif
    if (verb == "apply-plan") return applyPlan(argc, argv, caller);
    if (verb == "undo-plan") return undoPlan(argc, argv, caller);
    if (verb == "holders" || verb == "holders-cmdline") return holders(argc, argv, caller, verb == "holders-cmdline");
#if defined(__linux__)
    if (verb == "audit-log") return auditLog(argc, argv, caller);
#endif
#if !defined(__APPLE__)
    if (verb == "bulk") return bulk(argc, argv, caller);
    if (verb == "bulk-undo") return bulkUndo(argc, argv, caller);
#endif
    refuse("unknown request '" + verb + "'");
}
