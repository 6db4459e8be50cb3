// SPDX-License-Identifier: GPL-3.0-or-later
// The fix engine's front door, used by the CLI and the window alike: apply a plan (in-process, or
// through the privileged helper), record it, diagnose again; undo a recorded fix. The same on
// every platform; how the helper is started is in elevate_<platform>.cpp.
#include "whydenied/fix.h"

#include "fix/fix_internal.h"
#include "fix/helper_form.h"
#include "rules/common.h"
#ifdef _WIN32
#include "fix/windows_guard.h"
#endif

#include <cstdio>

namespace wd {

// Every request names its target by path, device and inode (a group join: the diagnosed file), so
// the helper judges it from the file; nothing in it vouches for the caller.
std::vector<std::string> fix::helperApplyRequest(const FixPlan& plan) {
    // A relabel has its own verb (and polkit action): the helper takes the label from the policy,
    // so the request names only the node.
    if (plan.action == FixAction::Relabel)
        return fix::helperRequest("relabel", {{"path", plan.path}, {"dev", std::to_string(plan.dev)},
                                              {"ino", std::to_string(plan.ino)}, {"type", std::string(toString(plan.type))}});
    return fix::helperRequest(
        "apply", {{"action", std::string(toString(plan.action))}, {"arg", plan.arg}, {"fix", plan.fixId},
                  {"cause", plan.cause}, {"path", plan.path}, {"dev", std::to_string(plan.dev)},
                  {"ino", std::to_string(plan.ino)}, {"type", std::string(toString(plan.type))}});
}

FixOutcome applyFix(const FixPlan& plan, const ApplyOptions& opts) {
    FixOutcome out;
    if (plan.platform != thisPlatform()) {
        out.message = "This fix is a command for " + std::string(displayName(plan.platform)) + "; nothing was changed here.";
        return out;
    }
    if (plan.systemPath && !opts.confirmedSystemPath) {
        out.message = plan.path + " is a system location; WhyDenied changes it only when you confirm that "
                      "explicitly. Nothing was changed.";
        return out;
    }
    const Journal journal(opts.journalDir.empty() ? Journal::defaultDir() : opts.journalDir);
    const uint32_t me = fix::runningPrivileged() && opts.onBehalfOf ? *opts.onBehalfOf : fix::processUid();
    const bool privileged = plan.privilege == Privilege::Admin || plan.action == FixAction::JoinGroup;
    JournalEntry e;
    std::string error;
    if (privileged && !fix::runningPrivileged()) {
#ifdef _WIN32
        if (std::string why; opts.helperPath.empty() && !elevationAvailable(&why)) {
            out.message = "WhyDenied is installed for your account only (" + why + "), so it does not start its "
                          "administrator helper: a program in a folder you can change could be replaced while the "
                          "prompt waits. Nothing was changed; run this in an administrator terminal instead: " +
                          plan.command;
            return out;
        }
#endif
        auto got = fix::viaHelper(fix::helperApplyRequest(plan), opts, error);
        if (!got) {
            out.status = FixStatus::Refused;
            out.message = "Nothing was changed: " + error;
            return out;
        }
        e = *got;
        // A helper cannot know the rule's undo command where no exact one follows from the state.
        if (e.undoCommand.empty()) e.undoCommand = plan.undoCommand;
        // The helper wrote it to the journal of the account; keep our own journal complete too.
        journal.write(e, nullptr);
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
#ifdef _WIN32
        e.callerSid = winguard::processUserSid();
#endif
        e.before = low.before;
        e.after = low.after;
        e.command = plan.command;
        // The exact inverse where the state says it (chmod 644 …); else the rule's own undo command.
        const auto undoArgv = fix::displayUndoArgv(e, "");
        e.undoCommand = plan.action == FixAction::JoinGroup || undoArgv.empty() ? plan.undoCommand
                                                                                 : fix::joinCommand(undoArgv, plan.privilege);
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
#ifdef _WIN32
    // Every account is uid 0 here: the entry names its account by SID.
    if (const std::string me = winguard::processUserSid(); !e->callerSid.empty() && e->callerSid != me) {
        out.message = "The fix " + e->id + " was made for " + e->callerSid + ", not for you; nothing was changed.";
        return out;
    }
#else
    const uint32_t me = fix::processUid();
    if (e->callerUid != me && !fix::runningPrivileged()) {
        out.message = "The fix " + e->id + " was made by uid " + std::to_string(e->callerUid) + "; nothing was changed.";
        return out;
    }
#endif
    const bool privileged = e->privilege == Privilege::Admin || e->action == FixAction::JoinGroup;
    if (privileged && !fix::runningPrivileged()) {
#ifdef _WIN32
        if (std::string why; opts.helperPath.empty() && !elevationAvailable(&why)) {
            out.message = "WhyDenied is installed for your account only (" + why + "), so it does not start its "
                          "administrator helper. Nothing was changed; run this in an administrator terminal instead: " +
                          e->undoCommand;
            return out;
        }
#endif
        auto got = fix::viaHelper(fix::helperRequest("undo", {{"id", e->id}}), opts, error);
        if (!got) {
            out.message = "Nothing was changed: " + error;
            return out;
        }
        out.ok = out.changed = true;
        out.entry = got;
        journal.write(*got, nullptr);
        out.message = "Undone: " + (e->path.empty() ? e->arg : e->path) + " is back as it was.";
        // The helper never gives setuid/setgid back: say so, and what an administrator would run.
        if (!e->path.empty())
            if (const auto now = readState(e->path); now && now->present && now->mode != e->before.mode) {
                out.privilegeBitsKeptOff = true;
                char spec[16];
                std::snprintf(spec, sizeof spec, "%04o", e->before.mode);
                out.message = "Undone: " + e->path + " is back to " + now->describe() +
                              "; its setuid/setgid bits were not given back (an undo never makes a program "
                              "privileged again). An administrator can run: sudo chmod " + spec + " -- " + e->path;
            }
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
    out.privilegeBitsKeptOff = !low.note.empty();
    out.message = e->action == FixAction::Copy ? "Undone: the copy " + e->path + " was removed." + error
                                               : "Undone: " + (e->path.empty() ? e->arg : e->path) + " is back to " +
                                                     (low.after.present ? low.after : e->before).describe() + "." +
                                                     (low.note.empty() ? "" : " " + low.note + ".") + error;
    return out;
}

}  // namespace wd
