// SPDX-License-Identifier: GPL-3.0-or-later
// Where the window runs work that may block in the kernel: a walk, a fix, a holders scan or a
// helper request on a hung network mount.
#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

class QThreadPool;

namespace wdgui {

// Not Qt's global pool: QCoreApplication's destructor waits for every thread of that one, so a
// single worker stuck on a dead mount would keep the program from ever quitting. This pool is
// never destroyed; process exit reclaims a stuck thread (DiagnosisRunner's own pool goes once its
// workers return, and with the process if one never does).
QThreadPool* backgroundPool();

// Runs `work` on backgroundPool() and hands its result to `done` on `context`'s thread. When
// `context` is destroyed first, `done` is never called; the work itself runs to its end, so it
// must own (copy) everything it reads.
template <class Work, class Done>
void runInBackground(QObject* context, Work work, Done done) {
    using Result = std::invoke_result_t<Work&>;
    auto* watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0) done(watcher->future().result());
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), std::move(work)));
}

// Replaces `target` with `bytes` in one piece (QSaveFile): the error text, empty when it worked.
// It blocks on whatever holds the target (a hung share), so it belongs in runInBackground's work.
QString saveFile(const QString& target, const QByteArray& bytes);

}  // namespace wdgui
