// SPDX-License-Identifier: GPL-3.0-or-later
// What the window asks and shows, without a widget: the request on screen (a path by itself, or
// the requests found in pasted or dropped input), the operation and subject it is asked with, the
// diagnosis that answered it, busy or idle, and the last thing that went wrong. The window's
// panels show it and hand the person's choices to it; tests drive it without a window.
#pragma once

#include "whydenied/diagnose.h"
#include "whydenied/explain.h"
#include "whydenied/parse.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wdgui {

class DiagnosisRunner;

class WindowState : public QObject {
    Q_OBJECT
public:
    // `probe` replaces the system probe (tests); null means the system probe. The checks share it
    // (see DiagnosisRunner).
    explicit WindowState(std::shared_ptr<wd::Probe> probe = nullptr, QObject* parent = nullptr);

    DiagnosisRunner* runner() const { return runner_; }
    bool isBusy() const;

    // A path checked by itself: the requests of an earlier text are forgotten.
    void diagnose(const QString& path);
    // Dropped paths: one is checked at once; several become the requests to choose from
    // (requestsChanged), none of them selected yet.
    void openPaths(const QStringList& paths);
    // Pasted text: its requests replace the current ones. False when there is nothing new to do
    // (the same text again, or only blanks).
    bool takeText(const QString& text);
    // Checks request `row`; one that cannot be checked here (no path, another system's path) ends
    // the current answer and emits notCheckedHere instead.
    void selectRequest(int row);
    // The current request again, the same way (a pasted request keeps its text and context).
    void checkAgain();
    // No answer any more: the run in progress (if any) is cancelled and the diagnosis forgotten.
    void dropAnswer();

    wd::Operation operation() const { return operation_; }
    // The person picked an operation: it is theirs from now on, and the request is asked again.
    void chooseOperation(wd::Operation op);
    // The operation a text, a dropped file or a recent entry implies; operationChanged tells the
    // selector. Nothing is asked again.
    void setOperation(wd::Operation op);
    QString subject() const { return subject_; }
    // Whose access: "" (me), a user name, "uid:N", "pid:N", "service:NAME". `ask` checks again.
    void setSubject(const QString& spec, bool ask = true);

    // Reads an audit.log / journal export / dmesg text whose records every check then matches, on
    // a worker: the file may sit on a hung network mount. auditLogLoaded() says when, and whether it
    // could be read (lastError() then says why not). Does not check again.
    void loadAuditLog(const QString& file);
    void setAuditLogText(std::string text) { auditLog_ = std::move(text); }
    const std::string& auditLog() const { return auditLog_; }
    // The next answer is the check right after a fix was applied: an allowed one reads "Fixed".
    void setAfterFix(bool afterFix) { afterFix_ = afterFix; }

    const std::vector<wd::ParsedRequest>& requests() const { return requests_; }
    int currentRequest() const { return currentRequest_; }
    QString currentPath() const { return currentPath_; }
    const wd::ErrorContext& currentContext() const { return currentContext_; }
    const std::optional<wd::Diagnosis>& diagnosis() const { return diagnosis_; }
    // The answer on screen was asked right after a fix and is allowed.
    bool shownAsFixed() const { return fixedNow_; }
    // What went wrong last (an input that could not be checked, an audit log that could not be
    // read), in the reader's language. Kept until the person starts a new request.
    QString lastError() const { return lastError_; }
    void reportError(const QString& error);

    // "op\tpath", newest first.
    QStringList recent() const { return recent_; }
    void setRecent(const QStringList& recent);

signals:
    void operationChanged(wd::Operation op);  // set by setOperation, not by the person
    void requestsChanged();                    // the requests to choose from were replaced
    void checkAgainPossible(bool possible);
    void started(const QString& path);  // a check began
    void progress(int percent, const QString& step);
    void busyChanged(bool busy);
    void diagnosisChanged();  // an answer arrived: diagnosis() holds it
    void cancelled(const wd::DiagnoseRequest& request);
    // Request `request` names no path here; `advice` is what its text alone tells.
    void notCheckedHere(const wd::ParsedRequest& request, const wd::Diagnosis& advice);
    void requestSelected(const wd::ParsedRequest& request);  // about to be checked
    void errorChanged(const QString& error);
    void auditLogLoaded(bool ok, const QString& file);
    void recentChanged();

private:
    void start(const QString& path);
    // Explains request `row` of the pasted text (wd::planRequest + wd::explainRequest, as the CLI's
    // explain does); `op` replaces the text's operation when the user picked one.
    void startRequest(int row, std::optional<wd::Operation> op);
    wd::ExplainOptions explainOptions() const;
    void onFinished(const wd::Diagnosis& d);
    void onExplained(const wd::ExplainedRequest& e);
    void onCancelled(const wd::DiagnoseRequest& request);
    void accept(wd::Diagnosis d);
    void addRecent(const QString& path, wd::Operation op);
    void clearError();

    DiagnosisRunner* runner_;
    wd::Operation operation_ = wd::Operation::Any;
    bool opFromText_ = false;  // the operation shows what a pasted text named, not a choice
    QString subject_;
    bool afterFix_ = false;  // the next answer is the check right after a fix was applied
    bool fixedNow_ = false;

    std::vector<wd::ParsedRequest> requests_;  // from the last text; dropped paths have no span
    QString lastParsed_;
    std::string lastText_;             // the same, as the bytes the requests' spans point into
    wd::ErrorContext currentContext_;  // of the selected request; empty for a dropped file
    int currentRequest_ = -1;          // the pasted request being checked; -1 for a path checked by itself
    std::optional<wd::Operation> requestOp_;  // the operation picked for it, instead of the text's
    QString currentPath_;
    std::string auditLog_;  // matched against every check (DiagnoseRequest::auditLog)
    std::optional<wd::Diagnosis> diagnosis_;
    QString lastError_;
    QStringList recent_;
};

}  // namespace wdgui
