// SPDX-License-Identifier: GPL-3.0-or-later
// One explain for every front end: an error text becomes the requests in it, each diagnosed here or
// answered with advice. The CLI's `explain` and the window both call it, so a pasted text gets the
// same answer in both (the same rewrites, the same operation, the same advice).
#pragma once

#include "whydenied/diagnose.h"
#include "whydenied/parse.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wd {

struct ExplainOptions {
    std::string cwd;       // relative paths in the text resolve against it (empty: the text's own, else as given)
    std::string home;      // "~/x" in the text expands against it (empty: not expanded)
    std::string subject;   // whose access, as DiagnoseRequest::subject ("" = the caller)
    bool allowSwitch = true;
    std::string auditLog;  // as DiagnoseRequest::auditLog
    double at = 0;         // when the error happened (seconds since the epoch), instead of the text's time stamp
    // The operation to check instead of the one the text names (the window's Operation selector);
    // nullopt: the text decides, and every plausible operation is checked when it names none.
    std::optional<Operation> op;
};

// Why a request was only advised on, or what to keep in mind about its answer.
enum class ExplainNote {
    None,
    NoPath,        // the message names no path
    ForeignPath,   // a path of another kind of system: it must be diagnosed there
    RelativePath,  // relative, and no folder given: checked against the current folder
};

struct ExplainedRequest {
    ParsedRequest parsed;
    // How the checked operation was decided: the parser's answer, and Checked whenever every
    // plausible operation is asked (Operation::Any).
    OperationSource operationSource = OperationSource::Checked;
    ExplainNote note = ExplainNote::None;
    bool diagnosable = false;           // a path of this machine: asked of the kernel, not only advised on
    DiagnoseRequest request;            // what is (or was) asked, after every rewrite
    std::optional<Diagnosis> diagnosis; // set by explainRequest for a diagnosable request
    std::vector<Finding> advice;        // what the text (or an audit record) alone tells
    // A recorded denial of a path this machine does not have: the advice answers it, not the
    // diagnosis (which only says the path is missing here).
    bool adviceInstead = false;
    bool cancelled = false;
};

// The note in English, for the CLI; empty for ExplainNote::None.
std::string noteText(const ExplainedRequest& r);

// What one parsed request of `text` asks, as planExplain decides it (the window re-plans the
// selected request when its Operation selector changes).
ExplainedRequest planRequest(const ParsedRequest& r, std::string_view text, const ExplainOptions& options);

// Parses the text and decides what each request asks (no file is looked at): the operation
// (Any when the text names none), docker.sock as a connect, git's objects folder as a create inside
// it, `~` expanded; advice for the requests nothing here can check.
std::vector<ExplainedRequest> planExplain(std::string_view text, const ExplainOptions& options);

// Diagnoses one planned request. A file that a program failed to write and that does not exist yet
// was being created: that is checked instead, on every platform.
void explainRequest(ExplainedRequest& r, const CancelToken* cancel = nullptr, const ProgressFn& progress = {},
                    Probe* probe = nullptr);

// Both steps, for every request of the text (the most relevant first).
std::vector<ExplainedRequest> explain(std::string_view text, const ExplainOptions& options,
                                      const CancelToken* cancel = nullptr, Probe* probe = nullptr);

}  // namespace wd
