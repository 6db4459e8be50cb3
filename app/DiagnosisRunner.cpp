// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisRunner.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace wdgui {

namespace {

// With a slot, the request is explained (wd::explainRequest) into it, and its diagnosis returned.
void runDiagnosis(QPromise<wd::Diagnosis>& promise, wd::DiagnoseRequest request,
                  std::shared_ptr<wd::CancelToken> token, wd::Probe* probe, std::shared_ptr<wd::ExplainedRequest> slot) {
    promise.setProgressRange(0, 100);
    // The probe only knows the core's token; QFuture::cancel() only sets the promise's flag.
    // Every progress report forwards one to the other, and cancel() sets both directly.
    const wd::ProgressFn progress = [&promise, token](int percent, const std::string& step) {
        if (promise.isCanceled()) token->cancel();
        promise.setProgressValueAndText(percent, QString::fromStdString(step));
    };
    if (promise.isCanceled()) token->cancel();
    wd::Diagnosis d;
    if (slot) {
        wd::explainRequest(*slot, token.get(), progress, probe);
        if (slot->diagnosis) d = *slot->diagnosis;
        d.cancelled = slot->cancelled;
    } else {
        d = wd::diagnose(request, token.get(), progress, probe);
    }
    if (promise.isCanceled() || token->cancelled()) d.cancelled = true;
    promise.addResult(std::move(d));
}

}  // namespace

DiagnosisRunner::DiagnosisRunner(wd::Probe* probe, QObject* parent)
    : QObject(parent), probe_(probe), pool_(new QThreadPool) {
    pool_->setMaxThreadCount(8);
    pool_->setExpiryTimeout(10000);
}

DiagnosisRunner::~DiagnosisRunner() {
    abandonCurrent();
    // A worker blocked in the kernel would make QThreadPool's destructor wait forever, so the
    // window could never close. Give well-behaved workers a moment; leak the pool otherwise and
    // let process exit reclaim the thread.
    if (pool_->waitForDone(1000)) delete pool_;
}

int DiagnosisRunner::activeWorkers() const {
    return pool_->activeThreadCount();
}

void DiagnosisRunner::start(const wd::DiagnoseRequest& request) { launch(request, nullptr); }

void DiagnosisRunner::startExplained(const wd::ExplainedRequest& planned) {
    launch(planned.request, std::make_shared<wd::ExplainedRequest>(planned));
}

void DiagnosisRunner::launch(const wd::DiagnoseRequest& request, std::shared_ptr<wd::ExplainedRequest> slot) {
    abandonCurrent();
    request_ = request;
    token_ = std::make_shared<wd::CancelToken>();
    const quint64 generation = ++generation_;
    future_ = QtConcurrent::run(pool_, runDiagnosis, request, token_, probe_, slot);
    running_ = true;

    // One watcher per run: an abandoned run's watcher is gone, so nothing it does reaches the UI.
    auto* watcher = new QFutureWatcher<wd::Diagnosis>(this);
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, watcher, generation](const QString& step) {
        if (generation == generation_ && running_) emit progress(watcher->progressValue(), step);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, slot] {
        watcher->deleteLater();
        if (generation != generation_ || !running_) return;
        running_ = false;
        const QFuture<wd::Diagnosis> f = watcher->future();
        if (f.isCanceled() || f.resultCount() == 0 || f.result().cancelled) {
            emit cancelled(request_);
            return;
        }
        // The worker has returned: the slot is ours alone now.
        if (slot) emit explained(*slot);
        else emit finished(f.result());
    });
    watcher->setFuture(future_);
    emit started(request);
}

void DiagnosisRunner::cancel() {
    if (!running_) return;
    abandonCurrent();
    emit cancelled(request_);
}

void DiagnosisRunner::abandonCurrent() {
    if (!running_) return;
    running_ = false;
    ++generation_;  // the old watcher's signals now fall on deaf ears
    if (token_) token_->cancel();
    future_.cancel();
}

}  // namespace wdgui
