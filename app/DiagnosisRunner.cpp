// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisRunner.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <system_error>
#include <thread>

namespace wdgui {

namespace {

// With a slot, the request is explained (wd::explainRequest) into it, and its diagnosis returned.
// Everything it uses is its own or shared: it may outlive the runner that started it.
void runDiagnosis(QPromise<wd::Diagnosis>& promise, wd::DiagnoseRequest request,
                  std::shared_ptr<wd::CancelToken> token, std::shared_ptr<wd::Probe> probe,
                  std::shared_ptr<wd::ExplainedRequest> slot) {
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
        wd::explainRequest(*slot, token.get(), progress, probe.get());
        if (slot->diagnosis) d = *slot->diagnosis;
        d.cancelled = slot->cancelled;
    } else {
        d = wd::diagnose(request, token.get(), progress, probe.get());
    }
    if (promise.isCanceled() || token->cancelled()) d.cancelled = true;
    promise.addResult(std::move(d));
}

// QThreadPool's destructor waits for its workers, and one stuck in the kernel (a hung NFS server)
// never returns. An idle pool goes at once; a busy one goes from a thread of its own once its
// workers are back, or with the process if they never are.
void deleteWithoutWaiting(QThreadPool* pool) {
    if (pool->activeThreadCount() == 0) {
        delete pool;
        return;
    }
    // No thread's events reach it any more, so another thread may delete it.
    pool->moveToThread(nullptr);
    try {
        std::thread([pool] {
            pool->waitForDone();
            delete pool;
        }).detach();
    } catch (const std::system_error&) {
        // No thread to spare: the pool is left to process exit rather than waited for here.
    }
}

}  // namespace

DiagnosisRunner::DiagnosisRunner(std::shared_ptr<wd::Probe> probe, QObject* parent)
    : QObject(parent), probe_(std::move(probe)), pool_(new QThreadPool) {
    pool_->setMaxThreadCount(8);
    pool_->setExpiryTimeout(10000);
}

DiagnosisRunner::~DiagnosisRunner() {
    abandonCurrent();
    deleteWithoutWaiting(pool_);
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
