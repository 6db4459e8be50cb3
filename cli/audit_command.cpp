// SPDX-License-Identifier: GPL-3.0-or-later
// `audit`: everything beneath a folder the subject cannot use, grouped by cause, and the bulk fix
// of one group. Same core calls as the window's audit view.
#include "commands.h"

#include "whydenied/audit.h"
#include "whydenied/diagnose.h"
#include "whydenied/finding.h"
#include "whydenied/json.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

namespace wd::cli {
namespace {

// "1 204 306": thousands apart, so counts read at a glance.
std::string grouped(uint64_t n) {
    std::string s = std::to_string(n);
    for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), " ");
    return s;
}

void printSummary(const AuditSummary& s) {
    std::printf("Audit of %s for %s, as %s (%s): %s entries in %s folders, %.2f s%s\n", printable(s.root).c_str(),
                std::string(toString(s.op)).c_str(), printable(s.subject).c_str(),
                s.verdictSource == VerdictSource::Kernel ? "asked the kernel" : "computed",
                grouped(s.entries).c_str(), grouped(s.dirs).c_str(), s.seconds, s.cancelled ? " (cancelled)" : "");
    if (s.groups.empty()) std::printf("Nothing denied.\n");
    else std::printf("%s denied:\n", grouped(s.denied).c_str());
    for (const auto& g : s.groups) {
        std::printf("\n  %-28s %s  (%s files, %s folders)\n", g.cause.c_str(), grouped(g.count).c_str(),
                    grouped(g.files).c_str(), grouped(g.dirs).c_str());
        if (!g.owners.empty()) {
            std::printf("    owners:");
            for (const auto& o : g.owners)
                std::printf(" %s×%s", o.id == UINT32_MAX ? "others" : ("uid " + std::to_string(o.id)).c_str(),
                            grouped(o.count).c_str());
            std::printf("\n");
        }
        for (const auto& f : g.samples)
            std::printf("    %s %s  %s\n", modeString(f.mode).c_str(), printable(f.path).c_str(), f.detail.english().c_str());
        if (g.count > g.samples.size()) std::printf("    … and %s more\n", grouped(g.count - g.samples.size()).c_str());
        if (!g.topFolders.empty()) {
            std::printf("    most in:\n");
            for (const auto& t : g.topFolders) std::printf("      %7s  %s\n", grouped(t.count).c_str(), printable(t.path).c_str());
        }
    }
    if (s.notAudited) {
        std::printf("\nNot audited: %s folders could not be read:\n", grouped(s.notAudited).c_str());
        for (const auto& p : s.notAuditedSamples) std::printf("    %s\n", printable(p).c_str());
    }
    if (s.otherFilesystems) {
        std::printf("\nOther filesystems not entered (--cross-filesystems enters them): %s\n", grouped(s.otherFilesystems).c_str());
        for (const auto& p : s.otherFilesystemSamples) std::printf("    %s\n", printable(p).c_str());
    }
    if (s.vanished) std::printf("\n%s entries changed or disappeared during the walk.\n", grouped(s.vanished).c_str());
}

}  // namespace

int runBulkUndo(const Args& a) {
    if (!onePositional(a, "usage: audit --undo ID [--yes]")) return ExitUsage;
    const std::string& id = a.positional[0];
    if (!isBulkJournalEntry("", id)) {
        complain("no recorded bulk fix " + printable(id));
        return ExitUsage;
    }
    if (!a.has("yes") && !confirm("Restore every entry of the bulk fix " + id + "?")) {
        complain("nothing was changed (pass --yes to undo without asking)");
        return ExitDenied;
    }
    const BulkUndoResult r = undoBulkFix("", id);
    if (!r.error.empty()) std::printf("%s\n", r.error.c_str());
    std::printf("Restored %s entries; %s left alone.\n", grouped(r.restored).c_str(), grouped(r.skipped).c_str());
    for (const auto& p : r.problems) std::printf("    %s\n", printable(p).c_str());
    return r.ok ? ExitAllowed : ExitDenied;
}

namespace {

// With --yes the walk that applies the fix is the audit (one walk less); without it the audit
// comes first so the person sees the group before saying yes.
int runBulkFix(const Args& a, const AuditOptions& opts, const AuditSummary* found) {
    const std::string cause = a.option("fix");
    const auto plan = planBulkFix(opts, cause);
    if (!plan) {
        complain(plan.error());
        return ExitUsage;
    }
    if (found) {
        const AuditGroup* g = found->group(cause);
        if (!g) {
            std::printf("Nothing in the group %s: nothing to fix.\n", cause.c_str());
            return ExitAllowed;
        }
        std::printf("\nBulk fix: %s\n  equivalent command: %s\n  (only the %s entries of this group are changed)\n",
                    plan->description.c_str(), shownCommand(plan->command).c_str(), grouped(g->count).c_str());
        if (!confirm("Apply it?")) {
            complain("nothing was changed (pass --yes to apply without asking)");
            return ExitDenied;
        }
    } else {
        std::printf("Bulk fix: %s\n  equivalent command: %s\n", plan->description.c_str(), shownCommand(plan->command).c_str());
    }
    const BulkFixResult r = applyBulkFix(opts, *plan, "");
    if (!r.error.empty()) {
        complain(r.error);
        return ExitDenied;
    }
    std::printf("Changed %s entries, %s failed, %s skipped (changed since the audit).\n", grouped(r.changed).c_str(),
                grouped(r.failed).c_str(), grouped(r.skipped).c_str());
    for (const auto& f : r.failures) std::printf("    %s\n", printable(f).c_str());
    if (!r.journalId.empty())
        std::printf("Recorded as %s; undo with: whydenied-cli undo %s\n", r.journalId.c_str(), r.journalId.c_str());
    const AuditGroup* left = r.after.group(cause);
    std::printf("Audited again: %s left in %s, %s denied in all.\n", grouped(left ? left->count : 0).c_str(),
                cause.c_str(), grouped(r.after.denied).c_str());
    return left ? ExitDenied : ExitAllowed;
}

}  // namespace

int runAudit(const Args& a) {
    if (a.has("undo")) return runBulkUndo(a);
    if (!onePositional(a, "audit takes exactly one DIR")) return ExitUsage;
    AuditOptions opts;
    opts.root = a.positional[0];
    opts.subject = a.option("as");
    opts.crossFilesystems = a.has("cross-filesystems");
    if (const std::string op = a.option("op"); !op.empty()) {
        const auto parsed = operationFromString(op);
        if (!parsed || !auditSupports(*parsed)) {
            complain("audit checks read, write, list, traverse, execute or delete, not '" + printable(op) + "'");
            return ExitUsage;
        }
        opts.op = *parsed;
    }
    const bool jsonl = a.has("jsonl"), json = a.has("json");
    if (!a.option("fix").empty() && a.has("yes")) return runBulkFix(a, opts, nullptr);
    AuditCallbacks cb;
    if (jsonl) {
        cb.progress = [](const AuditProgress& p) { std::printf("%s\n", auditProgressJsonLine(p).c_str()); };
        cb.finding = [](const AuditFinding& f) { std::printf("%s\n", auditFindingJsonLine(f).c_str()); };
    }
    const AuditSummary s = auditTree(opts, cb);
    if (jsonl) std::printf("%s\n", auditSummaryJson(s, false).c_str());
    else if (json) std::printf("%s\n", auditSummaryJson(s, true).c_str());
    else if (s.error.empty()) printSummary(s);
    if (!s.error.empty()) {
        complain(s.error);
        return ExitUsage;
    }
    if (!a.option("fix").empty()) {
        std::fflush(stdout);
        return runBulkFix(a, opts, &s);
    }
    return s.denied ? ExitDenied : ExitAllowed;
}

}  // namespace wd::cli
