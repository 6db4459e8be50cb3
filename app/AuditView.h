// SPDX-License-Identifier: GPL-3.0-or-later
// "Audit everything inside": walks a folder on a worker (QtConcurrent + QPromise), shows a live
// progress bar (entries, entries per second, the current folder) and the problems grouped by
// cause, and fixes a whole group after a preview. The window stays responsive throughout: the
// worker only fills a small shared tally that a timer reads.
#pragma once

#include "whydenied/audit.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace wdgui {

class AuditFilesModel;
class AuditModel;
struct AuditLive;

class AuditView : public QWidget {
    Q_OBJECT
public:
    explicit AuditView(QWidget* parent = nullptr);
    ~AuditView() override;

    void start(const QString& root, wd::Operation op, const QString& subject = {});
    void cancel();
    bool isRunning() const;

    AuditModel* model() const { return model_; }
    // The entries of the selected group, as filtered by the box above them.
    QSortFilterProxyModel* filesModel() const { return filesProxy_; }
    const std::optional<wd::AuditSummary>& summary() const { return summary_; }
    // Fixes the group of `cause`; `askFirst` shows the preview/confirm dialog (tests pass false).
    void fixGroup(const QString& cause, bool askFirst = true);
    QString lastMessage() const;
    QString lastJournalId() const { return journalId_; }
    // Restores every entry of the last bulk fix (the Undo button), then audits again.
    void undoLastFix();
    // Replaces wd::auditTree (tests: a walk stuck on a hung mount). It runs on a worker and may
    // outlive the view, so it must own everything it uses.
    using Walk = std::function<wd::AuditSummary(const wd::AuditOptions&, const wd::AuditCallbacks&, const wd::CancelToken*)>;
    void setWalk(Walk walk);

signals:
    void auditFinished();
    void fixFinished();
    void undoFinished();

private:
    void poll();
    void onAuditDone();
    void onFixDone();
    void onUndoDone();
    void updateFixButton();
    void setBusy(bool busy);
    void showFilesOfSelectedGroup();

    AuditModel* model_ = nullptr;
    QTableView* table_ = nullptr;
    AuditFilesModel* files_ = nullptr;
    QSortFilterProxyModel* filesProxy_ = nullptr;
    QTableView* filesTable_ = nullptr;
    QLineEdit* filter_ = nullptr;
    QLabel* filesNote_ = nullptr;
    std::map<std::string, std::vector<wd::AuditFinding>> entries_;  // per cause, bounded (kListedPerCause)
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* folder_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QPushButton* fixButton_ = nullptr;
    QPushButton* undoButton_ = nullptr;
    QTimer pollTimer_;
    wd::AuditOptions opts_;
    std::shared_ptr<AuditLive> live_;
    QFutureWatcher<wd::AuditSummary> auditWatcher_;
    QFutureWatcher<wd::BulkFixResult> fixWatcher_;
    QFutureWatcher<wd::BulkUndoResult> undoWatcher_;
    std::optional<wd::AuditSummary> summary_;
    QString journalId_;
    QString note_;  // what the last undo did, shown with the audit that follows it
    Walk walk_;
};

}  // namespace wdgui
