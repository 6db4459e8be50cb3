// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowState.h"

#include "BackgroundPool.h"
#include "DiagnosisRunner.h"
#include "Translate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace wdgui {

namespace {
constexpr int kMaxRecent = 10;
}  // namespace

WindowState::WindowState(std::shared_ptr<wd::Probe> probe, QObject* parent)
    : QObject(parent), runner_(new DiagnosisRunner(std::move(probe), this)) {
    connect(runner_, &DiagnosisRunner::started, this, [this] {
        emit started(currentPath_);
        emit busyChanged(true);
    });
    connect(runner_, &DiagnosisRunner::progress, this, &WindowState::progress);
    connect(runner_, &DiagnosisRunner::finished, this, &WindowState::onFinished);
    connect(runner_, &DiagnosisRunner::explained, this, &WindowState::onExplained);
    connect(runner_, &DiagnosisRunner::cancelled, this, &WindowState::onCancelled);
}

bool WindowState::isBusy() const { return runner_->isRunning(); }

void WindowState::diagnose(const QString& path) {
    requests_.clear();
    currentContext_ = {};
    currentRequest_ = -1;
    clearError();
    emit requestsChanged();
    start(path);
}

void WindowState::openPaths(const QStringList& paths) {
    if (paths.isEmpty()) return;
    afterFix_ = false;
    // A dropped file says nothing about what was tried: check everything, unless the person picked
    // an operation themselves (one a pasted text picked belongs to that text).
    if (opFromText_) setOperation(wd::Operation::Any);
    opFromText_ = false;
    if (paths.size() == 1) return diagnose(paths.front());
    lastText_.clear();
    currentRequest_ = -1;
    clearError();
    requests_.clear();
    for (const QString& p : paths) {
        wd::ParsedRequest r;
        r.path = toPath(p);
        requests_.push_back(std::move(r));
    }
    emit requestsChanged();
}

bool WindowState::takeText(const QString& text) {
    if (text == lastParsed_) return false;
    lastParsed_ = text;
    if (text.trimmed().isEmpty()) return false;
    afterFix_ = false;
    requests_.clear();
    currentRequest_ = -1;
    clearError();
    lastText_ = text.toStdString();
    // Requests without a path stay when the text alone has advice ("Permission denied (publickey)").
    for (wd::ExplainedRequest& e : wd::planExplain(lastText_, explainOptions()))
        if (e.parsed.path || !e.advice.empty()) requests_.push_back(std::move(e.parsed));
    return true;
}

void WindowState::dropAnswer() {
    runner_->cancel();
    currentPath_.clear();
    diagnosis_.reset();
}

void WindowState::selectRequest(int row) {
    if (row < 0 || row >= static_cast<int>(requests_.size())) return;
    const wd::ParsedRequest r = requests_[static_cast<size_t>(row)];
    // Dropped paths have no text behind them: they are checked by themselves.
    const std::optional<wd::ExplainedRequest> planned =
        lastText_.empty() ? std::nullopt : std::optional(wd::planRequest(r, lastText_, explainOptions()));
    if (!r.path || wd::isForeign(r.platform)) {
        runner_->cancel();
        currentRequest_ = -1;
        currentPath_.clear();
        diagnosis_.reset();
        // What the text alone tells, shown as cause cards.
        wd::Diagnosis advice;
        advice.verdict = wd::Verdict::Unknown;
        if (planned) advice.findings = planned->advice;
        emit notCheckedHere(r, advice);
        return;
    }
    emit requestSelected(r);
    if (!planned) {
        currentContext_ = {};
        currentRequest_ = -1;
        if (r.operation != wd::Operation::Unknown) setOperation(r.operation);
        start(fromPath(*r.path));
        return;
    }
    setOperation(planned->request.op);
    opFromText_ = true;
    startRequest(row, std::nullopt);
}

void WindowState::chooseOperation(wd::Operation op) {
    operation_ = op;
    opFromText_ = false;  // the person's own choice from now on
    if (currentRequest_ >= 0) startRequest(currentRequest_, op);
    else checkAgain();
}

void WindowState::setOperation(wd::Operation op) {
    operation_ = op;
    emit operationChanged(op);
}

void WindowState::setSubject(const QString& spec, bool ask) {
    subject_ = spec;
    if (ask) checkAgain();
}

wd::ExplainOptions WindowState::explainOptions() const {
    wd::ExplainOptions o;
    o.home = toPath(QDir::homePath());
    o.subject = subject_.toStdString();
    o.auditLog = auditLog_;
    return o;
}

void WindowState::startRequest(int row, std::optional<wd::Operation> op) {
    if (row < 0 || row >= static_cast<int>(requests_.size())) return;
    currentRequest_ = row;
    requestOp_ = op;
    wd::ExplainOptions o = explainOptions();
    o.op = op;
    const wd::ExplainedRequest planned = wd::planRequest(requests_[static_cast<size_t>(row)], lastText_, o);
    currentPath_ = fromPath(planned.request.path);
    currentContext_ = planned.request.context;
    emit checkAgainPossible(true);
    runner_->startExplained(planned);
    addRecent(fromPath(*requests_[static_cast<size_t>(row)].path), planned.request.op);
}

void WindowState::checkAgain() {
    if (currentRequest_ >= 0) startRequest(currentRequest_, requestOp_);
    else if (!currentPath_.isEmpty()) start(currentPath_);
}

void WindowState::start(const QString& path) {
    currentPath_ = path;
    emit checkAgainPossible(!path.isEmpty());
    wd::DiagnoseRequest req;
    req.path = toPath(path);
    req.op = operation_;
    req.subject = subject_.toStdString();
    req.context = currentContext_;
    req.auditLog = auditLog_;
    runner_->start(req);
    addRecent(path, req.op);
}

void WindowState::onFinished(const wd::Diagnosis& result) {
    wd::Diagnosis d = result;
    // A recorded denial of a path this computer does not have: the record's cause comes first.
    if (d.facts.firstMissing >= 0 && !auditLog_.empty()) {
        std::vector<wd::Finding> advice = wd::adviceFromAuditLog(d.request);
        d.findings.insert(d.findings.begin(), advice.begin(), advice.end());
    }
    accept(std::move(d));
}

void WindowState::onExplained(const wd::ExplainedRequest& e) {
    if (!e.diagnosis) return;
    wd::Diagnosis d = *e.diagnosis;
    // As the CLI's explain: an audit record of a path this computer does not have answers it.
    if (e.adviceInstead) d.findings.insert(d.findings.begin(), e.advice.begin(), e.advice.end());
    accept(std::move(d));
}

void WindowState::accept(wd::Diagnosis d) {
    // Right after a fix the question is "did it work?": a yes reads "Fixed", not "the error must
    // come from somewhere else" (which is what an allowed check of a failed operation suggests).
    fixedNow_ = afterFix_ && d.verdict == wd::Verdict::Allowed;
    afterFix_ = false;
    if (fixedNow_) std::erase_if(d.findings, [](const wd::Finding& f) { return f.cause == "error-from-elsewhere"; });
    if (!d.error.empty()) reportError(d.errorSaid.empty() ? fromUtf8(d.error) : wdgui::tr(d.errorSaid));
    diagnosis_ = std::move(d);
    emit busyChanged(false);
    emit diagnosisChanged();
}

void WindowState::onCancelled(const wd::DiagnoseRequest& request) {
    diagnosis_.reset();
    emit busyChanged(false);
    emit cancelled(request);
}

void WindowState::loadAuditLog(const QString& file) {
    const auto read = [file]() -> std::optional<std::string> {
        constexpr qint64 kMaxLog = 64 << 20;  // as the CLI: a larger file is a mistake
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly) || in.size() > kMaxLog) return std::nullopt;
        const QByteArray bytes = in.read(kMaxLog);
        return std::string(bytes.constData(), static_cast<size_t>(bytes.size()));
    };
    runInBackground(this, read, [this, file](std::optional<std::string> text) {
        if (!text) {
            // The window says it in its own words, under its own translation context.
            reportError(QCoreApplication::translate("wdgui::MainWindow", "%1 could not be read as an audit log.")
                            .arg(QDir::toNativeSeparators(file)));
            emit auditLogLoaded(false, file);
            return;
        }
        auditLog_ = std::move(*text);
        emit auditLogLoaded(true, file);
    });
}

void WindowState::reportError(const QString& error) {
    lastError_ = error;
    emit errorChanged(error);
}

void WindowState::clearError() {
    if (lastError_.isEmpty()) return;
    lastError_.clear();
    emit errorChanged(QString());
}

void WindowState::addRecent(const QString& path, wd::Operation op) {
    const QString entry = QString::fromLatin1(wd::toString(op).data(), static_cast<qsizetype>(wd::toString(op).size())) +
                          QLatin1Char('\t') + path;
    recent_.removeAll(entry);
    recent_.prepend(entry);
    while (recent_.size() > kMaxRecent) recent_.removeLast();
    emit recentChanged();
}

void WindowState::setRecent(const QStringList& recent) {
    recent_ = recent;
    emit recentChanged();
}

}  // namespace wdgui
