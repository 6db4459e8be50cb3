// SPDX-License-Identifier: GPL-3.0-or-later
#include "HoldersPanel.h"

#include "HoldersModel.h"
#include "Translate.h"
#include "whydenied/diagnose.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>

namespace wdgui {

namespace {

// Desktop system monitors, and the arguments that open their process list.
struct Monitor {
    const char* program;
    QStringList args;
};
const Monitor kMonitors[] = {
    {"gnome-system-monitor", {QStringLiteral("--show-processes-tab")}},
    {"plasma-systemmonitor", {}},
    {"ksysguard", {}},
    {"mate-system-monitor", {}},
    {"xfce4-taskmanager", {}},
    {"lxtask", {}},
};

}  // namespace

HoldersPanel::HoldersPanel(QWidget* parent)
    : QWidget(parent),
      model_(new HoldersModel(this)),
      view_(new QTableView(this)),
      status_(new QLabel(this)),
      refreshButton_(new QPushButton(tr("&Refresh"), this)),
      endButton_(new QPushButton(tr("E&nd process…"), this)),
      revealButton_(new QPushButton(tr("Reveal in system &monitor"), this)),
      adminButton_(new QPushButton(tr("Look as &administrator…"), this)) {
    setObjectName(QStringLiteral("holdersPanel"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setAccessibleName(tr("Programs using the file"));
    endButton_->setToolTip(tr("Ask the selected program to quit"));

    for (const Monitor& m : kMonitors) {
        if (!QStandardPaths::findExecutable(QString::fromLatin1(m.program)).isEmpty()) {
            monitor_ = QString::fromLatin1(m.program);
            break;
        }
    }
    revealButton_->setVisible(!monitor_.isEmpty());

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refreshButton_);
    buttons->addWidget(endButton_);
    buttons->addWidget(revealButton_);
    adminButton_->setObjectName(QStringLiteral("holdersAdminButton"));
    adminButton_->setToolTip(tr("Also look at other users' programs (asks for an administrator password)"));
    adminButton_->hide();
    connect(adminButton_, &QPushButton::clicked, this, [this] {
        asAdministrator_ = true;
        refresh();
    });
    buttons->addWidget(adminButton_);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(status_);
    layout->addWidget(view_, 1);
    layout->addLayout(buttons);

    connect(refreshButton_, &QPushButton::clicked, this, &HoldersPanel::refresh);
    connect(endButton_, &QPushButton::clicked, this, &HoldersPanel::endSelectedProcess);
    connect(revealButton_, &QPushButton::clicked, this, &HoldersPanel::revealInSystemMonitor);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HoldersPanel::updateButtons);

    prompt_ = [this](bool question, const QString& title, const QString& text) {
        if (!question) {
            QMessageBox::information(this, title, text);
            return true;
        }
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
               QMessageBox::Yes;
    };
    updateButtons();
}

HoldersPanel::~HoldersPanel() {
    // A scan still running finishes on its own thread with its own copies; its result is dropped.
    if (token_) token_->cancel();
}

void HoldersPanel::setPrompt(Prompt prompt) { prompt_ = std::move(prompt); }

void HoldersPanel::setPath(const QString& path) {
    if (path != path_) asAdministrator_ = false;
    path_ = path;
    model_->clear();
    refresh();
}

QString HoldersPanel::statusText() const { return status_->text(); }

void HoldersPanel::refresh() {
    if (token_) token_->cancel();
    if (path_.isEmpty()) {
        scanning_ = false;
        status_->clear();
        model_->clear();
        updateButtons();
        return;
    }
    token_ = std::make_shared<wd::CancelToken>();
    const quint64 generation = ++generation_;
    scanning_ = true;
    status_->setText(tr("Looking for programs that use %1…").arg(QFileInfo(path_).fileName()));
    updateButtons();
    auto* watcher = new QFutureWatcher<wd::HoldersResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0) scanFinished(watcher->future().result(), generation);
    });
    // Copies only: the panel may be gone before the scan returns.
    watcher->setFuture(QtConcurrent::run([path = toPath(path_), token = token_, admin = asAdministrator_] {
        return admin ? wd::findHoldersAsAdministrator(path) : wd::findHolders(path, token.get());
    }));
}

void HoldersPanel::scanFinished(const wd::HoldersResult& r, quint64 generation) {
    if (generation != generation_ || r.cancelled) return;
    scanning_ = false;
    const int selectedPid = [this] {
        const auto rows = view_->selectionModel()->selectedRows();
        const wd::Holder* h = rows.isEmpty() ? nullptr : model_->holderAt(rows.first().row());
        return h ? h->pid : 0;
    }();
    model_->setHolders(r.holders);
    const QString name = fromPath(r.path);
    QString text;
    if (!r.error.empty()) {
        text = fromUtf8(r.error);
    } else if (r.holders.empty()) {
        text = r.folder ? tr("No program is using %1 or anything in it.").arg(name)
                        : tr("No program is using %1.").arg(name);
    } else {
        const int n = static_cast<int>(r.holders.size());
        text = r.folder ? tr("%n program(s) using %1 or something in it:", "", n).arg(name)
                        : tr("%n program(s) using %1:", "", n).arg(name);
    }
    if (r.notInspected > 0)
        text += QLatin1Char(' ') +
                tr("%n process(es) of other users could not be inspected; an administrator can see them.", "",
                   r.notInspected);
    adminButton_->setVisible(r.notInspected > 0 && !asAdministrator_);
    status_->setText(text);
    if (const int row = model_->rowForPid(selectedPid); row >= 0) view_->selectRow(row);
    view_->resizeColumnsToContents();
    updateButtons();
    emit holdersChanged(static_cast<int>(r.holders.size()));
}

void HoldersPanel::updateButtons() {
    const bool selected = !view_->selectionModel()->selectedRows().isEmpty();
    endButton_->setEnabled(selected && !ending_);
    refreshButton_->setEnabled(!ending_);
}

void HoldersPanel::endSelectedProcess() {
    const auto rows = view_->selectionModel()->selectedRows();
    const wd::Holder* selected = rows.isEmpty() ? nullptr : model_->holderAt(rows.first().row());
    if (!selected || ending_) return;
    const wd::Holder h = *selected;
    const QString name = fromUtf8(h.name);
    // The core refuses too; asking first spares the user a confirmation that cannot succeed.
    if (const wd::EndRefusal refusal = wd::mayEndProcess(h); refusal != wd::EndRefusal::None) {
        prompt_(false, tr("Cannot end %1").arg(name), wdgui::tr(wd::refusalMessage(refusal, h)));
        refresh();
        return;
    }
    const QString question = tr("End %1 (process %2 of %3)? It is asked to quit and may save its work, or it may "
                                "lose unsaved changes.")
                                 .arg(name)
                                 .arg(h.pid)
                                 .arg(fromUtf8(h.user));
    if (!prompt_(true, tr("End %1?").arg(name), question)) return;
    startEnd(h, false);
}

void HoldersPanel::startEnd(const wd::Holder& h, bool force) {
    ending_ = true;
    updateButtons();
    auto* watcher = new QFutureWatcher<wd::EndResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, h, force] {
        watcher->deleteLater();
        endFinished(h, force, watcher->future().result());
    });
    // Waiting out the grace period happens on a worker: the window stays responsive.
    watcher->setFuture(QtConcurrent::run([h, force, grace = grace_] {
        return force ? wd::forceEndProcess(h, grace) : wd::endProcess(h, grace);
    }));
}

void HoldersPanel::endFinished(const wd::Holder& h, bool force, const wd::EndResult& r) {
    ending_ = false;
    updateButtons();
    const QString name = fromUtf8(h.name);
    switch (r.outcome) {
    case wd::EndOutcome::Ended:
        emit processEnded(h.pid);
        break;
    case wd::EndOutcome::StillRunning:
        if (!force &&
            prompt_(true, tr("%1 is still running").arg(name),
                    tr("%1 did not quit when asked. Force it to quit? It cannot save anything then.").arg(name))) {
            startEnd(h, true);
            return;
        }
        break;
    case wd::EndOutcome::Refused:
        prompt_(false, tr("Cannot end %1").arg(name), wdgui::tr(wd::refusalMessage(r.refusal, h)));
        break;
    case wd::EndOutcome::Failed:
        prompt_(false, tr("Cannot end %1").arg(name),
                tr("The system refused to signal it: %1").arg(QString::fromLocal8Bit(std::strerror(r.err))));
        break;
    }
    refresh();  // whatever happened, show what holds the file now
}

void HoldersPanel::revealInSystemMonitor() {
    for (const Monitor& m : kMonitors)
        if (monitor_ == QLatin1String(m.program)) QProcess::startDetached(monitor_, m.args);
}

}  // namespace wdgui
