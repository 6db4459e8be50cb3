// SPDX-License-Identifier: GPL-3.0-or-later
// Where the folder audit has no walk yet (Windows, macOS): say so instead of pretending.
#include "whydenied/audit.h"

namespace wd {

namespace {
constexpr const char* kNotHere = WD_TR("the folder audit is not available on this platform yet");
}

AuditSummary auditTree(const AuditOptions& opts, const AuditCallbacks&, const CancelToken*) {
    AuditSummary s;
    s.root = opts.root;
    s.op = opts.op;
    s.why = kNotHere;
    s.error = kNotHere;
    return s;
}

Result<BulkFixPlan> planBulkFix(const AuditOptions&, const std::string&) { return Failure(Message(kNotHere)); }

BulkFixResult applyBulkFix(const AuditOptions&, const BulkFixPlan&, const std::string&,
                           const std::function<void(const BulkFixProgress&)>&, const CancelToken*) {
    BulkFixResult r;
    r.why = kNotHere;
    r.error = kNotHere;
    return r;
}

BulkUndoResult undoBulkFix(const std::string&, const std::string&) {
    BulkUndoResult r;
    r.why = kNotHere;
    r.error = kNotHere;
    return r;
}

bool isBulkJournalEntry(const std::string&, const std::string&) { return false; }

}  // namespace wd
