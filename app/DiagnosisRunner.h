// SPDX-License-Identifier: GPL-3.0-or-later
// Runs wd::diagnose on a worker thread and hands the result back to the GUI thread.
#pragma once

#include "whydenied/diagnose.h"
#include "whydenied/explain.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

class QThreadPool;

namespace wdgui {

class DiagnosisRunner : public QObject {
    Q_OBJECT
public:
    // `probe` replaces the system probe (tests inject a slow one); null means the system probe.
    // Every run holds its own copy, so the probe lives until the last worker using it returns,
    // abandoned ones included, however long after this runner that is.
    explicit DiagnosisRunner(std::shared_ptr<wd::Probe> probe = nullptr, QObject* parent = nullptr);
    // Never waits: a worker stuck in the kernel keeps running on its own and its result is dropped.
    ~DiagnosisRunner() override;

    // Starts a diagnosis; a run still in progress is abandoned first (its result is never shown).
    void start(const wd::DiagnoseRequest& request);
    // Starts wd::explainRequest for a request planned from pasted text (wd::planRequest): the same
    // answer the CLI's explain gives. Ends in explained() instead of finished().
    void startExplained(const wd::ExplainedRequest& planned);
    // Stops waiting now. The worker is told to stop, but one stuck in a kernel call (a hung NFS
    // server) cannot be interrupted: it finishes in the background and its result is dropped.
    void cancel();

    bool isRunning() const { return running_; }
    // The future of the latest run, for tests that want to see the worker itself end.
    QFuture<wd::Diagnosis> future() const { return future_; }
    // Workers started here that have not returned yet, abandoned ones included.
    int activeWorkers() const;

signals:
    void started(const wd::DiagnoseRequest& request);
    void progress(int percent, const QString& step);
    void finished(const wd::Diagnosis& diagnosis);
    void explained(const wd::ExplainedRequest& request);
    void cancelled(const wd::DiagnoseRequest& request);

private:
    void abandonCurrent();
    // `slot` receives the explained request of a startExplained run; null for start().
    void launch(const wd::DiagnoseRequest& request, std::shared_ptr<wd::ExplainedRequest> slot);

    std::shared_ptr<wd::Probe> probe_;
    // Our own pool: abandoned workers stuck on a dead mount must not starve the global pool
    // (which QtConcurrent and others share) of its two threads on a two-core machine. Deleting
    // it waits for its workers, so the destructor hands it to a thread of its own when one is busy.
    QThreadPool* pool_;
    QFuture<wd::Diagnosis> future_;
    std::shared_ptr<wd::CancelToken> token_;
    wd::DiagnoseRequest request_;
    bool running_ = false;
    quint64 generation_ = 0;
};

}  // namespace wdgui
