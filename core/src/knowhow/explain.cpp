// SPDX-License-Identifier: GPL-3.0-or-later
#include "whydenied/explain.h"

#include "whydenied/knowhow.h"

namespace wd {

std::string noteText(const ExplainedRequest& r) {
    switch (r.note) {
    case ExplainNote::None: break;
    case ExplainNote::NoPath: return "The message names no path.";
    case ExplainNote::ForeignPath: {
        const std::string system(displayName(r.parsed.platform));
        return "This is a " + system + " path: it must be diagnosed on the " + system +
               " machine where the error happened (whydenied-cli runs there too).";
    }
    case ExplainNote::RelativePath:
        return "The path is relative and no --cwd was given: it is checked against the current folder.";
    }
    return {};
}

ExplainedRequest planRequest(const ParsedRequest& r, std::string_view text, const ExplainOptions& options) {
    ExplainedRequest e;
    // Pasted text may come from another computer: its paths are checked only on their own kind of system.
    const bool foreign = isForeign(r.platform);
    e.note = !r.path ? ExplainNote::NoPath
             : foreign ? ExplainNote::ForeignPath
             : r.relative ? ExplainNote::RelativePath
                          : ExplainNote::None;
    e.diagnosable = r.path && !foreign;
    if (e.diagnosable) {
        ParsedRequest asked = r;
        if (options.op) asked.operation = *options.op;
        e.request = diagnoseRequestFor(asked, text, options.cwd);
        e.request.subject = options.subject;
        e.request.allowSwitch = options.allowSwitch;
        e.request.auditLog = options.auditLog;
        if (options.at > 0) e.request.context.time = options.at;
    } else {
        // Nothing here to ask the kernel about: what the text alone tells.
        e.advice = adviceFromText(r, text);
    }
    const bool checked = e.diagnosable ? e.request.op == Operation::Any : r.operation == Operation::Unknown;
    e.operationSource = checked ? OperationSource::Checked
                        : r.operationSource == OperationSource::Checked ? OperationSource::Inferred
                                                                        : r.operationSource;
    e.parsed = r;
    return e;
}

std::vector<ExplainedRequest> planExplain(std::string_view text, const ExplainOptions& options) {
    ParseOptions po;
    po.cwd = options.cwd;
    po.home = options.home;
    std::vector<ExplainedRequest> out;
    for (const ParsedRequest& r : parseErrorText(text, po)) out.push_back(planRequest(r, text, options));
    return out;
}

void explainRequest(ExplainedRequest& r, const CancelToken* cancel, const ProgressFn& progress, Probe* probe) {
    if (!r.diagnosable) return;
    Diagnosis d = diagnose(r.request, cancel, progress, probe);
    // A program that failed to "write" a file that does not exist yet was creating it (open(…, 'w'),
    // O_CREAT): check that, rather than call the file missing.
    const std::vector<Operation> plausible = plausibleOperations(d.facts, {}, false);
    if (!d.cancelled && d.error.empty() && r.request.op == Operation::Write && d.facts.target < 0 &&
        plausible == std::vector<Operation>{Operation::Create}) {
        r.request.op = Operation::Create;
        r.request.systemTrail = d.request.systemTrail;  // the same error's trail: read once
        d = diagnose(r.request, cancel, progress, probe);
        d.facts.notes.emplace_back(WD_TR("It does not exist yet, so creating it was checked."));
    }
    r.cancelled = d.cancelled;
    // A recorded denial of a path this machine does not have: the record's cause, as advice.
    if (!d.cancelled && d.facts.firstMissing >= 0) {
        r.advice = adviceFromAuditLog(r.request);
        r.adviceInstead = !r.advice.empty();
    }
    r.diagnosis = std::move(d);
}

std::vector<ExplainedRequest> explain(std::string_view text, const ExplainOptions& options, const CancelToken* cancel,
                                      Probe* probe) {
    std::vector<ExplainedRequest> out = planExplain(text, options);
    for (ExplainedRequest& r : out) {
        if (cancel && cancel->cancelled()) {
            r.cancelled = r.diagnosable;
            continue;
        }
        explainRequest(r, cancel, {}, probe);
    }
    return out;
}

}  // namespace wd
