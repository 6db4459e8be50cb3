// SPDX-License-Identifier: GPL-3.0-or-later
// `fix` and `undo`: the same engine the window's fix buttons use, with a confirmation on a
// terminal. Without a terminal nothing is changed unless --yes says so: a script must opt in.
#include "commands.h"

#include "whydenied/audit.h"
#include "whydenied/diagnose.h"
#include "whydenied/fix.h"
#include "whydenied/json.h"
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

}  // namespace

int runFix(const Args& a) {
    if (a.positional.size() != 1 || a.option("fix").empty()) {
        complain("usage: fix PATH [--op OP] --fix ID [--yes] [--json]");
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
    if (!a.has("yes")) {
        if (!isatty(STDIN_FILENO)) {
            complain("not a terminal: nothing was changed (pass --yes to apply without asking)");
            return ExitUsage;
        }
        if (!confirm("Apply this fix?")) {
            std::puts("Nothing was changed.");
            return ExitDenied;
        }
    }
    const FixOutcome out = applyFix(plan, opts);
    if (json) {
        JsonWriter w;
        w.beginObject().key("schema").value(1);
        w.key("status").value(toString(out.status));
        w.key("message").value(out.message);
        w.key("fix");
        writePlanJson(w, plan);
        w.key("journal");
        if (out.entry) writeEntryJson(w, *out.entry); else w.null();
        w.key("diagnosis");
        if (out.after) writeDiagnosisJson(w, *out.after); else w.null();
        w.endObject();
        std::puts(w.str().c_str());
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
    std::string error;
    const auto e = which == "LAST" || which == "last" ? journal.last() : journal.read(which, &error);
    if (!e) {
        complain(e ? "" : (error.empty() ? "no fix recorded in " + journal.dir() : error));
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
