// SPDX-License-Identifier: GPL-3.0-or-later
// The fix engine's front door, used by the CLI and the window alike: apply a plan (in-process, or
// through the privileged helper), record it, diagnose again; undo a recorded fix. The same on
// every platform; how the helper is started is in fix/<platform>/elevate.cpp.
#include "whydenied/fix.h"

#include "fix/common/fix_internal.h"
#include "fix/common/helper_form.h"
#include "rules/support/common.h"
#ifdef _WIN32
#include "fix/windows/guard.h"
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

Message fix::reasonMessage(const std::string& text) {
    // The path is what comes before the known words, which end the reason.
    const auto before = [&](std::string_view words) -> std::optional<std::string> {
        if (text.size() <= words.size() || text.compare(text.size() - words.size(), words.size(), words) != 0)
            return std::nullopt;
        return text.substr(0, text.size() - words.size());
    };
    if (const size_t end = text.rfind(" that was diagnosed"); end != std::string::npos) {
        const std::string head = text.substr(0, end);
        for (const char* words : {" is now a symbolic link, not the ", " is no longer the "})
            if (const size_t at = head.rfind(words); at != std::string::npos && at > 0)
                return Message(WD_TR("%1 changed since the diagnosis: it is no longer the same file or folder"),
                               {head.substr(0, at)});
    }
    if (auto path = before(" is no longer the file the fix changed (it was replaced); nothing was changed"))
        return Message(WD_TR("%1 was replaced since the fix"), {*path});
    if (auto path = before(" is a system location; the helper changes nothing there"))
        return Message(WD_TR("%1 is a system location; the helper changes nothing there"), {*path});
    if (auto path = before(" is now a symbolic link; refusing to follow it"))
        return Message(WD_TR("%1 is now a symbolic link; refusing to follow it"), {*path});
    if (auto path = before(" is no longer a folder")) return Message(WD_TR("%1 is no longer a folder"), {*path});
    if (auto head = before(" names (hard links); an administrator's fix would change all of them, so nothing was changed"))
        if (const size_t at = head->rfind(" has "); at != std::string::npos && at > 0)
            return Message(WD_TR("%1 has %2 names (hard links); an administrator's fix would change all of them, so "
                                 "nothing was changed"),
                           {head->substr(0, at), head->substr(at + 5)});
    return Message::verbatim(text);
}

Message fix::aroundReason(const char* templ, const std::string& reason) {
    Message m = Message(templ).nest(0, reasonMessage(reason));
    m.args[0] = reason;
    return m;
}

FixOutcome applyFix(const FixPlan& plan, const ApplyOptions& opts) {
    FixOutcome out;
    if (plan.platform != thisPlatform()) {
        fix::say(out, Message(WD_TR("This fix is a command for %1; nothing was changed here."),
                              {std::string(displayName(plan.platform))}));
        return out;
    }
    if (plan.systemPath && !opts.confirmedSystemPath) {
        fix::say(out, Message(WD_TR("%1 is a system location; WhyDenied changes it only when you confirm that "
                                    "explicitly. Nothing was changed."),
                              {plan.path}));
        return out;
    }
    const Journal journal(opts.journalDir.empty() ? Journal::defaultDir() : opts.journalDir);
    const uint32_t me = fix::runningPrivileged() && opts.onBehalfOf ? *opts.onBehalfOf : fix::processUid();
    const bool privileged = plan.privilege == Privilege::Admin || plan.action == FixAction::JoinGroup;
    JournalEntry e;
    Message error;
    if (privileged && !fix::runningPrivileged()) {
#ifdef _WIN32
        if (std::string why; opts.helperPath.empty() && !elevationAvailable(&why)) {
            fix::say(out, Message(WD_TR("WhyDenied is installed for your account only (%1), so it does not start "
                                        "its administrator helper: a program in a folder you can change could be "
                                        "replaced while the prompt waits. Nothing was changed; run this in an "
                                        "administrator terminal instead: %2"),
                                  {why, plan.command}));
            return out;
        }
#endif
        auto got = fix::viaHelper(fix::helperApplyRequest(plan), opts, error);
        if (!got) {
            out.status = FixStatus::Refused;
            fix::say(out, Message(WD_TR("Nothing was changed: %1")).nest(0, error));
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
            fix::say(out, fix::aroundReason(low.changed ? WD_TR("The change failed part-way: %1") : WD_TR("Nothing was changed: %1"),
                                       low.error));
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
        if (std::string why; !journal.write(e, &why)) {
            out.entry = e;
            out.status = FixStatus::Failed;
            fix::say(out, Message(WD_TR("The change was made but could not be recorded (%1); undo it by hand: %2"),
                                  {why, e.undoCommand}));
            return out;
        }
    }
    out.entry = e;
    if (!opts.rediagnose) {
        out.status = FixStatus::Fixed;
        fix::say(out, WD_TR("Applied."));
        return out;
    }
    DiagnoseRequest req;
    req.path = plan.action == FixAction::Copy ? e.path : plan.diagnosedPath;
    req.op = plan.op;
    out.after = diagnose(req);
    const Diagnosis& d = *out.after;
    if (d.verdict == Verdict::Allowed) {
        out.status = FixStatus::Fixed;
        fix::say(out, plan.action == FixAction::Copy
            ? Message(WD_TR("Fixed: the copy is at %1, and you can %2 it."), {e.path, rules::opVerb(plan.op)}).translateArg(1)
            : Message(WD_TR("Fixed: you can now %1 %2."), {rules::opVerb(plan.op), req.path}).translateArg(0));
    } else {
        out.status = FixStatus::StillDenied;
        fix::say(out, d.findings.empty()
            ? Message(WD_TR("Applied, but it is still denied."))
            : Message(WD_TR("Applied, but it is still denied: %1 (%2)."), {"", d.findings.front().cause})
                  .nest(0, d.findings.front().title));
    }
    return out;
}

UndoOutcome undoFix(const std::string& which, const ApplyOptions& opts) {
    UndoOutcome out;
    const Journal journal(opts.journalDir.empty() ? Journal::defaultDir() : opts.journalDir);
    const bool latest = which.empty() || which == "LAST" || which == "last";
    Result<JournalEntry> e = Failure(Message(WD_TR("No fix has been recorded in %1; nothing to undo."), {journal.dir()}));
    if (!latest) e = journal.read(which);
    else if (auto last = journal.last()) e = std::move(*last);
    if (!e) {
        fix::say(out, latest ? e.why() : Message(WD_TR("%1; nothing was changed."), {e.error()}));
        return out;
    }
    out.entry = *e;
    if (e->undone) {
        out.ok = true;
        fix::say(out, Message(WD_TR("The fix %1 (%2) was already undone at %3; nothing was changed."),
                              {e->id, e->fixId, e->undoneTime}));
        return out;
    }
#ifdef _WIN32
    // Every account is uid 0 here: the entry names its account by SID.
    if (const std::string me = winguard::processUserSid(); !e->callerSid.empty() && e->callerSid != me) {
        fix::say(out, Message(WD_TR("The fix %1 was made for %2, not for you; nothing was changed."), {e->id, e->callerSid}));
        return out;
    }
#else
    const uint32_t me = fix::processUid();
    if (e->callerUid != me && !fix::runningPrivileged()) {
        fix::say(out, Message(WD_TR("The fix %1 was made by uid %2; nothing was changed."),
                              {e->id, std::to_string(e->callerUid)}));
        return out;
    }
#endif
    const bool privileged = e->privilege == Privilege::Admin || e->action == FixAction::JoinGroup;
    if (privileged && !fix::runningPrivileged()) {
#ifdef _WIN32
        if (std::string why; opts.helperPath.empty() && !elevationAvailable(&why)) {
            fix::say(out, Message(WD_TR("WhyDenied is installed for your account only (%1), so it does not start "
                                        "its administrator helper. Nothing was changed; run this in an "
                                        "administrator terminal instead: %2"),
                                  {why, e->undoCommand}));
            return out;
        }
#endif
        Message error;
        auto got = fix::viaHelper(fix::helperRequest("undo", {{"id", e->id}}), opts, error);
        if (!got) {
            fix::say(out, Message(WD_TR("Nothing was changed: %1")).nest(0, error));
            return out;
        }
        out.ok = out.changed = true;
        out.entry = got;
        journal.write(*got, nullptr);
        fix::say(out, Message(WD_TR("Undone: %1 is back as it was."), {e->path.empty() ? e->arg : e->path}));
        // The helper never gives setuid/setgid back: say so, and what an administrator would run.
        if (!e->path.empty())
            if (const auto now = readState(e->path); now && now->present && now->mode != e->before.mode) {
                out.privilegeBitsKeptOff = true;
                char spec[16];
                std::snprintf(spec, sizeof spec, "%04o", e->before.mode);
                fix::say(out, Message(WD_TR("Undone: %1 is back to %2; its setuid/setgid bits were not given back "
                                            "(an undo never makes a program privileged again). An administrator "
                                            "can run: %3"),
                                      {e->path, "", "sudo chmod " + std::string(spec) + " -- " + e->path})
                                  .nest(1, now->described()));
            }
        return out;
    }
    const LowResult low = e->action == FixAction::JoinGroup ? fix::leaveGroupLow(e->arg, e->callerUid) : undoLow(*e);
    out.changed = low.changed;
    if (!low.ok) {
        fix::say(out, fix::aroundReason(low.changed ? WD_TR("Undo failed part-way: %1") : WD_TR("Not undone: %1"), low.error));
        return out;
    }
    e->undone = true;
    e->undoneTime = fix::isoNow();
    std::string journalError;
    const bool recorded = journal.write(*e, &journalError);
    out.ok = true;
    out.entry = *e;
    out.privilegeBitsKeptOff = !low.note.empty();
    fix::say(out, e->action == FixAction::Copy
        ? Message(WD_TR("Undone: the copy %1 was removed."), {e->path})
        : low.note.empty()
        ? Message(WD_TR("Undone: %1 is back to %2."), {e->path.empty() ? e->arg : e->path})
              .nest(1, (low.after.present ? low.after : e->before).described())
        : Message(WD_TR("Undone: %1 is back to %2. %3."), {e->path.empty() ? e->arg : e->path, "", low.note})
              .nest(1, (low.after.present ? low.after : e->before).described()));
    if (!recorded)
        fix::say(out, Message(WD_TR("%1 (But the journal could not be updated: %2.)"), {"", journalError})
                          .nest(0, out.said));
    return out;
}

}  // namespace wd
