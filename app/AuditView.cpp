// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditView.h"

#include "AuditFilesModel.h"
#include "AuditModel.h"
#include "BackgroundPool.h"
#include "Translate.h"

#include "whydenied/diagnose.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>
#include <map>
#include <mutex>

namespace wdgui {

// What the worker hands to the window while it walks: bounded by the number of causes.
struct AuditLive {
    std::mutex mutex;
    wd::AuditProgress progress;
    std::map<std::string, std::pair<uint64_t, std::string>> counts;  // cause -> count, first path
    std::map<std::string, std::vector<wd::AuditFinding>> listed;      // cause -> its entries, bounded
    wd::BulkFixProgress fix;
    wd::CancelToken cancel;
};

namespace {

// Enough for any list a person reads through; a group beyond it says how many are not listed.
constexpr size_t kListedPerCause = 10000;

int clampedCount(uint64_t n) { return n > uint64_t(INT_MAX) ? INT_MAX : static_cast<int>(n); }

void runAudit(QPromise<wd::AuditSummary>& promise, wd::AuditOptions opts, std::shared_ptr<AuditLive> live,
              AuditView::Walk walk) {
    wd::AuditCallbacks cb;
    cb.progress = [&](const wd::AuditProgress& p) {
        if (promise.isCanceled()) live->cancel.cancel();
        const std::lock_guard lock(live->mutex);
        live->progress = p;
    };
    cb.finding = [&](const wd::AuditFinding& f) {
        const std::lock_guard lock(live->mutex);
        auto& c = live->counts[f.cause];
        if (c.first++ == 0) c.second = f.path;
        auto& l = live->listed[f.cause];
        if (l.size() < kListedPerCause) l.push_back(f);
    };
    promise.addResult(walk(opts, cb, &live->cancel));
}

}  // namespace

AuditView::AuditView(QWidget* parent)
    : QWidget(parent), model_(new AuditModel(this)),
      walk_([](const wd::AuditOptions& o, const wd::AuditCallbacks& cb, const wd::CancelToken* cancel) {
          return wd::auditTree(o, cb, cancel);
      }) {
    setObjectName(QStringLiteral("auditView"));
    auto* layout = new QVBoxLayout(this);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("auditStatus"));
    status_->setWordWrap(true);
    folder_ = new QLabel(this);
    folder_->setObjectName(QStringLiteral("auditFolder"));
    folder_->setTextFormat(Qt::PlainText);
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("auditProgress"));
    progress_->setRange(0, 0);  // the total is unknown until the walk ends
    progress_->setTextVisible(false);
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    cancelButton_->setObjectName(QStringLiteral("auditCancel"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(progress_, 1);
    bar->addWidget(cancelButton_);
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("auditTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    // The problem is the column people read: it takes the room, the counts take what they need.
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(AuditModel::CauseColumn, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(AuditModel::ExampleColumn, QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    fixButton_ = new QPushButton(tr("Fix all in this group…"), this);
    fixButton_->setObjectName(QStringLiteral("auditFixButton"));
    fixButton_->setEnabled(false);
    undoButton_ = new QPushButton(tr("Undo this fix"), this);
    undoButton_->setObjectName(QStringLiteral("auditUndoButton"));
    undoButton_->setToolTip(tr("Put back every entry the last bulk fix changed, where it is still as the fix left it"));
    undoButton_->hide();
    auto* bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(undoButton_);
    bottom->addWidget(fixButton_);
    layout->addWidget(status_);
    layout->addLayout(bar);
    layout->addWidget(folder_);
    // Under the groups: the entries of the selected one, with a filter.
    files_ = new AuditFilesModel(this);
    filesProxy_ = new QSortFilterProxyModel(this);
    filesProxy_->setSourceModel(files_);
    filesProxy_->setFilterKeyColumn(AuditFilesModel::PathColumn);
    filesProxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter_ = new QLineEdit(this);
    filter_->setObjectName(QStringLiteral("auditFilesFilter"));
    filter_->setPlaceholderText(tr("Filter the entries of this group"));
    filter_->setAccessibleName(tr("Filter the entries of this group"));
    filter_->setClearButtonEnabled(true);
    filesTable_ = new QTableView(this);
    filesTable_->setObjectName(QStringLiteral("auditFilesTable"));
    filesTable_->setAccessibleName(tr("Entries of the selected group"));
    filesTable_->setModel(filesProxy_);
    filesTable_->setSortingEnabled(true);
    filesTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    filesTable_->setTabKeyNavigation(false);
    filesTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    filesTable_->horizontalHeader()->setSectionResizeMode(AuditFilesModel::PathColumn, QHeaderView::Stretch);
    filesTable_->verticalHeader()->hide();
    filesNote_ = new QLabel(this);
    filesNote_->setObjectName(QStringLiteral("auditFilesNote"));
    auto* filesBox = new QWidget(this);
    auto* filesLayout = new QVBoxLayout(filesBox);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(filter_);
    filesLayout->addWidget(filesTable_, 1);
    filesLayout->addWidget(filesNote_);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(table_);
    split->addWidget(filesBox);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    pollTimer_.setInterval(100);
    connect(&pollTimer_, &QTimer::timeout, this, &AuditView::poll);
    connect(cancelButton_, &QPushButton::clicked, this, &AuditView::cancel);
    connect(&auditWatcher_, &QFutureWatcher<wd::AuditSummary>::finished, this, &AuditView::onAuditDone);
    connect(&fixWatcher_, &QFutureWatcher<wd::BulkFixResult>::finished, this, &AuditView::onFixDone);
    connect(&undoWatcher_, &QFutureWatcher<wd::BulkUndoResult>::finished, this, &AuditView::onUndoDone);
    connect(undoButton_, &QPushButton::clicked, this, &AuditView::undoLastFix);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditView::updateFixButton);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditView::showFilesOfSelectedGroup);
    connect(filter_, &QLineEdit::textChanged, filesProxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(model_, &QAbstractItemModel::modelReset, this, &AuditView::updateFixButton);
    connect(fixButton_, &QPushButton::clicked, this, [this] {
        const auto rows = table_->selectionModel()->selectedRows();
        if (!rows.isEmpty()) fixGroup(model_->causeAt(rows.first().row()));
    });
    setBusy(false);
}

AuditView::~AuditView() {
    // The walk and the bulk fix own copies of their options and share only `live_`, so they may
    // outlive this view. Waiting here would freeze the window on a hung mount; ask the walk to stop
    // and let it finish on its own thread (a bulk fix under way completes and keeps its journal).
    if (live_) live_->cancel.cancel();
}

void AuditView::setWalk(Walk walk) { walk_ = std::move(walk); }

bool AuditView::isRunning() const {
    return auditWatcher_.isRunning() || fixWatcher_.isRunning() || undoWatcher_.isRunning();
}

void AuditView::setBusy(bool busy) {
    progress_->setVisible(busy);
    cancelButton_->setVisible(busy);
    folder_->setVisible(busy);
    if (busy) pollTimer_.start();
    else pollTimer_.stop();
    updateFixButton();
}

void AuditView::start(const QString& root, wd::Operation op, const QString& subject) {
    if (isRunning()) return;
    opts_ = wd::AuditOptions{};
    opts_.root = QFile::encodeName(root).toStdString();
    opts_.op = op;
    opts_.subject = subject.toStdString();
    live_ = std::make_shared<AuditLive>();
    summary_.reset();
    model_->clear();
    entries_.clear();
    files_->setEntries({});
    filesNote_->clear();
    status_->setText(tr("Auditing %1 for %2…").arg(root, operationLabel(op)));
    setBusy(true);
    auditWatcher_.setFuture(QtConcurrent::run(backgroundPool(), runAudit, opts_, live_, walk_));
}

void AuditView::cancel() {
    if (live_) live_->cancel.cancel();
    auditWatcher_.cancel();
}

void AuditView::poll() {
    if (!live_) return;
    wd::AuditProgress p;
    std::map<std::string, std::pair<uint64_t, std::string>> counts;
    wd::BulkFixProgress fp;
    {
        const std::lock_guard lock(live_->mutex);
        p = live_->progress;
        counts = live_->counts;
        fp = live_->fix;
    }
    if (fixWatcher_.isRunning()) {
        folder_->setText(tr("%1 changed · %2").arg(QLocale().toString(static_cast<qulonglong>(fp.changed)),
                                                    fromPath(fp.currentFolder)));
        return;
    }
    model_->setLive(counts);
    status_->setText(tr("%1 entries scanned · %2 per second · %3 denied")
                         .arg(QLocale().toString(static_cast<qulonglong>(p.entries)),
                              QLocale().toString(static_cast<qulonglong>(p.entriesPerSecond)),
                              QLocale().toString(static_cast<qulonglong>(p.denied))));
    folder_->setText(fromPath(p.currentFolder));
}

void AuditView::onAuditDone() {
    setBusy(false);
    if (auditWatcher_.future().resultCount() == 0) {
        status_->setText(tr("Cancelled."));
        emit auditFinished();
        return;
    }
    summary_ = auditWatcher_.future().result();
    const wd::AuditSummary& s = *summary_;
    {
        const std::lock_guard lock(live_->mutex);
        entries_ = std::move(live_->listed);
        live_->listed.clear();
    }
    model_->setSummary(s);
    if (!s.error.empty()) status_->setText(s.why.empty() ? fromUtf8(s.error) : wdgui::tr(s.why));
    else
        // Each count is its own plural (“1 folder”, “2 folders”); int is what tr's %n takes, and
        // counts beyond it are clamped rather than wrapped.
        status_->setText(tr("%1 in %2, %3 denied, %4 s%5")
                             .arg(tr("%Ln entries", "", clampedCount(s.entries)),
                                  tr("%Ln folders", "", clampedCount(s.dirs)),
                                  QLocale().toString(static_cast<qulonglong>(s.denied)),
                                  QLocale().toString(s.seconds, 'f', 2),
                                  s.cancelled ? tr(" (cancelled: the counts cover what was seen)") : QString()));
    if (!note_.isEmpty()) status_->setText(note_ + QLatin1Char(' ') + status_->text());
    note_.clear();
    if (table_->model()->rowCount() > 0) table_->selectRow(0);
    emit auditFinished();
}

void AuditView::showFilesOfSelectedGroup() {
    const auto rows = table_->selectionModel()->selectedRows();
    const wd::AuditGroup* g = rows.isEmpty() ? nullptr : model_->groupAt(rows.first().row());
    const auto it = g ? entries_.find(g->cause) : entries_.end();
    files_->setEntries(it == entries_.end() ? std::vector<wd::AuditFinding>{} : it->second);
    const uint64_t listed = it == entries_.end() ? 0 : it->second.size();
    filesNote_->setText(g && g->count > listed
                            ? tr("The first %1 of %2 entries are listed.")
                                  .arg(QLocale().toString(static_cast<qulonglong>(listed)),
                                       QLocale().toString(static_cast<qulonglong>(g->count)))
                            : QString());
}

void AuditView::updateFixButton() {
    const auto rows = table_->selectionModel()->selectedRows();
    bool can = !isRunning() && summary_ && !rows.isEmpty();
    if (can) can = wd::planBulkFix(opts_, model_->causeAt(rows.first().row()).toStdString()).ok();
    fixButton_->setEnabled(can);
}

void AuditView::fixGroup(const QString& cause, bool askFirst) {
    if (isRunning() || !summary_) return;
    const auto plan = wd::planBulkFix(opts_, cause.toStdString());
    if (!plan) {
        status_->setText(wdgui::tr(plan.why()));
        return;
    }
    if (askFirst) {
        const wd::AuditGroup* g = summary_->group(plan->cause);
        QString preview;
        if (g)
            for (const auto& f : g->samples) preview += fromPath(f.path) + QLatin1Char('\n');
        if (g && g->count > g->samples.size())
            preview += tr("… and %1 more").arg(QLocale().toString(static_cast<qulonglong>(g->count - g->samples.size())));
        QMessageBox box(QMessageBox::Question, tr("Fix all in this group"),
                        tr("%1.\n\nThe same as: %2\n(only the %3 entries of this group are changed; undo is recorded)")
                            .arg(fromUtf8(plan->description), fromUtf8(plan->command),
                                 QLocale().toString(static_cast<qulonglong>(g ? g->count : 0))),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setDetailedText(preview);
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes) return;
    }
    status_->setText(tr("Fixing: %1…").arg(fromUtf8(plan->command)));
    setBusy(true);
    auto live = live_;
    fixWatcher_.setFuture(QtConcurrent::run(backgroundPool(), [opts = opts_, p = *plan, live] {
        return wd::applyBulkFix(opts, p, {}, [live](const wd::BulkFixProgress& fp) {
            const std::lock_guard lock(live->mutex);
            live->fix = fp;
        }, &live->cancel);
    }));
}

void AuditView::onFixDone() {
    setBusy(false);
    const wd::BulkFixResult r = fixWatcher_.future().result();
    journalId_ = QString::fromStdString(r.journalId);
    if (!r.error.empty()) {
        status_->setText(wdgui::tr(r.why));
    } else {
        summary_ = r.after;
        model_->setSummary(r.after);
        status_->setText(tr("Changed %1 entries (%2 failed); audited again: %3 denied. Undo: whydenied-cli undo %4")
                             .arg(QLocale().toString(static_cast<qulonglong>(r.changed)),
                                  QLocale().toString(static_cast<qulonglong>(r.failed)),
                                  QLocale().toString(static_cast<qulonglong>(r.after.denied)), journalId_));
    }
    undoButton_->setVisible(!journalId_.isEmpty());
    emit fixFinished();
}

void AuditView::undoLastFix() {
    if (isRunning() || journalId_.isEmpty()) return;
    status_->setText(tr("Undoing %1…").arg(journalId_));
    setBusy(true);
    undoWatcher_.setFuture(QtConcurrent::run(backgroundPool(), [id = journalId_.toStdString()] { return wd::undoBulkFix({}, id); }));
}

void AuditView::onUndoDone() {
    setBusy(false);
    const wd::BulkUndoResult r = undoWatcher_.future().result();
    undoButton_->hide();
    journalId_.clear();
    const QString what = tr("Restored %1 entries; %2 left alone.")
                             .arg(QLocale().toString(static_cast<qulonglong>(r.restored)),
                                  QLocale().toString(static_cast<qulonglong>(r.skipped)));
    // What the undo put back is denied again: show it, from a fresh walk, after what the undo did.
    note_ = r.error.empty() ? what : wdgui::tr(r.why) + QLatin1Char(' ') + what;
    start(QFile::decodeName(QByteArray::fromStdString(opts_.root)), opts_.op, QString::fromStdString(opts_.subject));
    emit undoFinished();
}

QString AuditView::lastMessage() const { return status_->text(); }

}  // namespace wdgui
