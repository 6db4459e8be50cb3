// SPDX-License-Identifier: GPL-3.0-or-later
// `fix` and `undo`: the same engine the window's fix buttons use, with a confirmation on a
// terminal. Without a terminal nothing is changed unless --yes says so: a script must opt in.
#include "commands.h"

#include "whydenied/audit.h"
#include "whydenied/diagnose.h"
#include "whydenied/fix.h"
#include "whydenied/json.h"
#include "whydenied/plan.h"
#include "whydenied/report.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

namespace wd::cli {
namespace {

void writePlanJson(JsonWriter& w, const FixPlan& p) {
    w.beginObject();
    w.key("id").value(p.fixId);
    w.key("cause").value(p.cause);
    w.key("title").value(p.title.english());
    w.key("change").value(p.change.english());
    w.key("command").value(p.command);
    w.key("undo").value(p.undoCommand);
    w.key("privilege").value(toString(p.privilege));
    w.key("path").value(p.path);
    w.endObject();
}

void writeEntryJson(JsonWriter& w, const JournalEntry& e) {
    w.beginObject();
    w.key("id").value(e.id);
    w.key("time").value(e.time);
    w.key("fix").value(e.fixId);
    w.key("path").value(e.path);
    w.key("command").value(e.command);
    w.key("undo").value(e.undoCommand);
    w.key("before").value(e.before.describe());
    w.key("after").value(e.after.describe());
    w.key("undone").value(e.undone);
    w.endObject();
}

// What fix and fix --plan print with --json: the outcome, `what` was applied (the fix or the plan),
// its record in the journal and the diagnosis asked again afterwards, in one shape for both.
template <typename WriteWhat, typename WriteRecord>
void printOutcomeJson(FixStatus status, const std::string& message, const char* what, WriteWhat writeWhat,
                      WriteRecord writeRecord, const Diagnosis* after) {
    JsonWriter w;
    w.beginObject().key("schema").value(1);
    w.key("status").value(toString(status));
    w.key("message").value(message);
    w.key(what);
    writeWhat(w);
    w.key("journal");
    writeRecord(w);
    w.key("diagnosis");
    if (after) writeDiagnosisJson(w, *after); else w.null();
    w.endObject();
    std::puts(w.str().c_str());
}

// Asks before changing anything, unless --yes; false when nothing may be changed.
bool mayApply(const Args& a, const char* question, int& exitCode) {
    if (a.has("yes")) return true;
    if (!isatty(STDIN_FILENO)) {
        complain("not a terminal: nothing was changed (pass --yes to apply without asking)");
        exitCode = ExitUsage;
        return false;
    }
    if (!confirm(question)) {
        std::puts("Nothing was changed.");
        exitCode = ExitDenied;
        return false;
    }
    return true;
}

// fix PATH --op OP [--as SUBJECT] --plan: every blocker at once, simulated before it runs, applied
// as one plan (one helper request for the privileged steps), the kernel asked again afterwards.
int runFixPlan(const Args& a) {
    const std::string opText = a.option("op");
    const auto op = operationFromString(opText);
    if (a.options.count("audit-log") || a.options.count("at")) {
        complain("a plan opens your own access, which an audit log does not prove: --audit-log is for fix --fix ID");
        return ExitUsage;
    }
    if (a.positional.size() != 1 || !a.option("fix").empty() || !op || *op == Operation::Unknown || *op == Operation::Any) {
        complain(opText.empty() || (op && *op != Operation::Unknown)
                     ? "usage: fix PATH --op OP [--as SUBJECT] --plan [--yes] [--json] (a plan is for one operation)"
                     : "unknown operation '" + printable(opText) + "'");
        return ExitUsage;
    }
    DiagnoseRequest req;
    req.path = a.positional[0];
    req.cwd = a.option("cwd");
    req.op = *op;
    req.subject = a.option("as");
    const bool json = a.has("json");
    const Diagnosis d = diagnose(req);
    if (!d.error.empty() && d.facts.chain.empty()) {
        complain(d.error);
        return ExitUsage;
    }
    if (d.verdict == Verdict::Allowed) {
        std::printf("%s: nothing to fix.\n", printable(verdictSentence(d).english()).c_str());
        return ExitAllowed;
    }
    const Plan* plan = d.access.size() == 1 && d.access.front().plan ? d.access.front().plan.get() : nullptr;
    if (!plan || plan->steps.empty()) {
        complain("no plan: " + printable(plan && !plan->note.empty() ? plan->note : "nothing WhyDenied can change opens this") +
                 " (see: whydenied-cli diagnose)");
        return ExitDenied;
    }
    FILE* o = json ? stderr : stdout;
    if (!json || !a.has("yes")) {
        std::fprintf(o, "Plan:      %zu step%s for: %s\n", plan->steps.size(), plan->steps.size() == 1 ? "" : "s",
                     printable(verdictSentence(d).english()).c_str());
        for (size_t i = 0; i < plan->steps.size(); ++i) {
            const FixPlan& s = plan->steps[i].fix;
            std::fprintf(o, "  %zu. %s%s\n     %s\n", i + 1, printable(s.title.english()).c_str(),
                         s.privilege == Privilege::Admin ? " (administrator)" : "", shownCommand(s.command).c_str());
        }
        std::fprintf(o, "Checked:   %s\n", plan->verified ? "the what-if model says it will then be allowed"
                                                           : ("not confirmed: " + printable(plan->note)).c_str());
        std::fflush(o);
    }
    ApplyOptions opts;
    opts.confirmedSystemPath = a.has("confirm-system-path");
    if (plan->forAnotherSubject) opts.onBehalfOf = d.facts.identity.euid;
    for (const PlanStep& s : plan->steps)
        if (s.fix.systemPath && !opts.confirmedSystemPath) {
            complain(printable(s.fix.path) + " is a system location; add --confirm-system-path if you really mean it");
            return ExitUsage;
        }
    int code = ExitUsage;
    if (!mayApply(a, "Apply every step of this plan?", code)) return code;
    const PlanOutcome out = applyPlan(*plan, opts);
    if (json) {
        Plan done = *plan;
        done.result = out.result;
        printOutcomeJson(out.status, out.message, "plan", [&](JsonWriter& w) { writePlanJson(w, done); },
                         [&](JsonWriter& w) {
                             if (out.recordId.empty()) return void(w.null());
                             w.beginObject().key("id").value(out.recordId);
                             w.key("entries").beginArray();
                             for (const auto& e : out.entries) w.value(e.id);
                             w.endArray();
                             w.key("helper");
                             if (out.helperRecordId.empty()) w.null(); else w.value(out.helperRecordId);
                             w.endObject();
                         },
                         out.after ? &*out.after : nullptr);
    } else {
        std::printf("%s\n", printable(out.message).c_str());
        if (!out.recordId.empty())
            std::printf("Recorded as the plan %s; undo every step with: whydenied-cli undo %s\n", out.recordId.c_str(),
                        out.recordId.c_str());
    }
    return out.status == FixStatus::Fixed && out.result == Verdict::Allowed ? ExitAllowed : ExitDenied;
}

}  // namespace

int runFix(const Args& a) {
    if (a.has("plan")) return runFixPlan(a);
    if (a.positional.size() != 1 || a.option("fix").empty()) {
        complain("usage: fix PATH [--op OP] [--audit-log FILE [--at TIME]] --fix ID [--yes] [--json], or fix PATH --op "
                 "OP [--as SUBJECT] --plan");
        return ExitUsage;
    }
    DiagnoseRequest req;
    req.path = a.positional[0];
    req.cwd = a.option("cwd");
    const std::string opText = a.option("op", std::string(toString(Operation::Any)));
    const auto op = operationFromString(opText);
    if (!op || *op == Operation::Unknown) {
        complain("unknown operation '" + printable(opText) + "'");
        return ExitUsage;
    }
    req.op = *op;
    // A security module's denial of a service is proven by its audit record, not by your access.
    if (!readAuditLog(a, req.auditLog) || !parseAt(a, req.context.time)) return ExitUsage;
    const bool json = a.has("json");
    const Diagnosis d = diagnose(req);
    if (!d.error.empty() && d.facts.chain.empty()) {
        complain(d.error);
        return ExitUsage;
    }
    const PlanResult pr = planFix(d, a.option("fix"));
    if (!pr.plan) {
        complain(printable(pr.error));
        return ExitUsage;
    }
    const FixPlan& plan = *pr.plan;
    if (!pr.note.empty()) complain(printable(pr.note));
    if (!json || !a.has("yes")) {
        // Everything a person needs to decide, on stderr when stdout is JSON.
        FILE* o = json ? stderr : stdout;
        std::fprintf(o, "Fix:       %s\n", printable(plan.title.english()).c_str());
        std::fprintf(o, "Changes:   %s\n", printable(plan.change.english()).c_str());
        std::fprintf(o, "Command:   %s\n", shownCommand(plan.command).c_str());
        if (!plan.undoCommand.empty()) std::fprintf(o, "Undo:      %s\n", shownCommand(plan.undoCommand).c_str());
        std::fprintf(o, "Privilege: %s\n", plan.privilege == Privilege::Admin
                                               ? "administrator (asks for a password through pkexec)"
                                               : "none (runs as you)");
        std::fflush(o);
    }
    ApplyOptions opts;
    if (plan.systemPath) {
        if (!a.has("confirm-system-path")) {
            complain(printable(plan.path) + " is a system location; add --confirm-system-path if you really mean it");
            return ExitUsage;
        }
        opts.confirmedSystemPath = true;
    }
    int code = ExitUsage;
    if (!mayApply(a, "Apply this fix?", code)) return code;
    const FixOutcome out = applyFix(plan, opts);
    if (json) {
        printOutcomeJson(out.status, out.message, "fix", [&](JsonWriter& w) { writePlanJson(w, plan); },
                         [&](JsonWriter& w) {
                             if (out.entry) writeEntryJson(w, *out.entry); else w.null();
                         },
                         out.after ? &*out.after : nullptr);
    } else {
        std::printf("%s\n", printable(out.message).c_str());
        if (out.entry) std::printf("Recorded as %s; undo with: whydenied-cli undo %s\n", out.entry->id.c_str(),
                                   out.entry->id.c_str());
        if (out.after && out.status == FixStatus::StillDenied) std::fputs(diagnosisText(*out.after).c_str(), stdout);
    }
    return out.status == FixStatus::Fixed ? ExitAllowed : ExitDenied;
}

int runUndo(const Args& a) {
    if (a.positional.size() > 1) {
        complain("usage: undo [LAST|ID] [--yes]");
        return ExitUsage;
    }
    const Journal journal(Journal::defaultDir());
    if (a.has("list")) {
        for (const auto& e : journal.list())
            std::printf("%s  %-28s %s%s\n", e.id.c_str(), e.fixId.c_str(), printable(e.path).c_str(),
                        e.undone ? "  (undone)" : "");
        return ExitAllowed;
    }
    const std::string which = a.positional.empty() ? "LAST" : a.positional[0];
    if (isBulkJournalEntry("", which)) return runBulkUndo(a);  // a batch of `audit --fix`
    if (isPlanRecord("", which)) {  // a plan of `fix --plan`: every step, in reverse
        if (!a.has("yes") && !isatty(STDIN_FILENO)) {
            complain("not a terminal: nothing was changed (pass --yes to undo without asking)");
            return ExitUsage;
        }
        if (!a.has("yes") && !confirm("Undo every step of the plan " + which + "?")) {
            std::puts("Nothing was changed.");
            return ExitDenied;
        }
        const UndoOutcome u = undoPlan(which);
        std::printf("%s\n", printable(u.message).c_str());
        return u.ok ? ExitAllowed : ExitDenied;
    }
    Result<JournalEntry> e = Failure("no fix recorded in " + journal.dir());
    if (which != "LAST" && which != "last") e = journal.read(which);
    else if (auto last = journal.last()) e = std::move(*last);
    if (!e) {
        complain(e.error());
        return ExitUsage;
    }
    std::printf("Fix:       %s (%s, %s)\n", e->id.c_str(), e->fixId.c_str(), e->time.c_str());
    std::printf("Was:       %s\n", shownCommand(e->command).c_str());
    if (!e->path.empty()) std::printf("Restores:  %s to %s\n", printable(e->path).c_str(), e->before.describe().c_str());
    if (!e->undone && !a.has("yes")) {
        if (!isatty(STDIN_FILENO)) {
            complain("not a terminal: nothing was changed (pass --yes to undo without asking)");
            return ExitUsage;
        }
        if (!confirm("Undo this fix?")) {
            std::puts("Nothing was changed.");
            return ExitDenied;
        }
    }
    const UndoOutcome u = undoFix(e->id);
    std::printf("%s\n", printable(u.message).c_str());
    return u.ok ? ExitAllowed : ExitDenied;
}

}  // namespace wd::cli
