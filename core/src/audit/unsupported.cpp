// SPDX-License-Identifier: GPL-3.0-or-later
// Where the folder audit has no walk yet (Windows, macOS): say so instead of pretending.
#include "whydenied/audit.h"

namespace wd {

AuditSummary auditTree(const AuditOptions& opts, const AuditCallbacks&, const CancelToken*) {
    AuditSummary s;
    s.root = opts.root;
    s.op = opts.op;
    s.error = "the folder audit is not available on this platform yet";
    return s;
}

std::optional<BulkFixPlan> planBulkFix(const AuditOptions&, const std::string&, std::string* why) {
    if (why) *why = "the folder audit is not available on this platform yet";
    return std::nullopt;
}

BulkFixResult applyBulkFix(const AuditOptions&, const BulkFixPlan&, const std::string&,
                           const std::function<void(const BulkFixProgress&)>&, const CancelToken*) {
    BulkFixResult r;
    r.error = "the folder audit is not available on this platform yet";
    return r;
}

BulkUndoResult undoBulkFix(const std::string&, const std::string&) {
    BulkUndoResult r;
    r.error = "the folder audit is not available on this platform yet";
    return r;
}

bool isBulkJournalEntry(const std::string&, const std::string&) { return false; }

}  // namespace wd
