// SPDX-License-Identifier: GPL-3.0-or-later
#include "HoldersPanel.h"

#include "HoldersModel.h"
#include "BackgroundPool.h"
#include "Translate.h"
#include "whydenied/diagnose.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

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
      adminButton_(new QPushButton(tr("Look as &administrator…"), this)),
      closeHandleButton_(new QPushButton(tr("&Close this handle…"), this)),
      restartButton_(new QPushButton(tr("Replace or delete at next re&start"), this)),
      undoRestartButton_(new QPushButton(tr("Keep &it at restart"), this)),
      restartMenu_(new QMenu(this)) {
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
    closeHandleButton_->setObjectName(QStringLiteral("closeHandleButton"));
    closeHandleButton_->setToolTip(tr("Close the program's handle on the file without ending the program (it may lose "
                                      "unsaved data)"));
    restartButton_->setObjectName(QStringLiteral("restartButton"));
    restartButton_->setToolTip(tr("When nothing else releases the file: Windows deletes or replaces it while it "
                                  "restarts"));
    restartMenu_->addAction(tr("&Delete it at the next restart…"), this, &HoldersPanel::deleteAtRestart);
    restartMenu_->addAction(tr("&Replace it with another file at the next restart…"), this,
                            &HoldersPanel::replaceAtRestart);
    restartButton_->setMenu(restartMenu_);
    undoRestartButton_->setObjectName(QStringLiteral("undoRestartButton"));
    undoRestartButton_->setToolTip(tr("Take back the change scheduled for the next restart"));
    buttons->addWidget(closeHandleButton_);
    buttons->addWidget(restartButton_);
    buttons->addWidget(undoRestartButton_);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(status_);
    layout->addWidget(view_, 1);
    layout->addLayout(buttons);

    connect(refreshButton_, &QPushButton::clicked, this, &HoldersPanel::refresh);
    connect(endButton_, &QPushButton::clicked, this, &HoldersPanel::endSelectedProcess);
    connect(closeHandleButton_, &QPushButton::clicked, this, &HoldersPanel::closeSelectedHandle);
    connect(undoRestartButton_, &QPushButton::clicked, this, &HoldersPanel::undoRestart);
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
    scan_ = [](const std::string& path, const wd::CancelToken* cancel) { return wd::findHolders(path, cancel); };
    chooseReplacement_ = [this] {
        return QFileDialog::getOpenFileName(this, tr("The file that takes its place"), QFileInfo(path_).absolutePath());
    };
#ifdef _WIN32
    ReleaseActions windows;
    windows.closeHandle = [](const wd::Holder& h, const wd::Holder::OpenHandle& handle) {
        return wd::release::closeHandle(static_cast<uint32_t>(h.pid), handle.value, handle.path);
    };
    windows.replaceAtRestart = [](const std::string& path, const std::string& replacement) {
        return wd::release::replaceAtRestart(path, replacement);
    };
    windows.undo = [](const std::string& id) { return wd::release::undo(id); };
    release_ = std::move(windows);
#endif
    updateButtons();
}

void HoldersPanel::setScan(Scan scan) { scan_ = std::move(scan); }

void HoldersPanel::setReleaseActions(ReleaseActions actions) {
    release_ = std::move(actions);
    updateButtons();
}

HoldersPanel::~HoldersPanel() {
    // A scan still running finishes on its own thread with its own copies; its result is dropped.
    if (token_) token_->cancel();
}

void HoldersPanel::setPrompt(Prompt prompt) { prompt_ = std::move(prompt); }

void HoldersPanel::setPath(const QString& path) {
    if (path != path_) {
        asAdministrator_ = false;
        pendingRestartId_.clear();  // it belongs to the file shown before
    }
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
    // Copies only: the panel may be gone before the scan returns.
    runInBackground(
        this,
        [path = toPath(path_), token = token_, admin = asAdministrator_, scan = scan_] {
            return admin ? wd::findHoldersAsAdministrator(path) : scan(path, token.get());
        },
        [this, generation](const wd::HoldersResult& r) { scanFinished(r, generation); });
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
    folder_ = r.folder;
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
    const auto rows = view_->selectionModel()->selectedRows();
    const wd::Holder* h = rows.isEmpty() ? nullptr : model_->holderAt(rows.first().row());
    closeHandleButton_->setVisible(static_cast<bool>(release_.closeHandle));
    closeHandleButton_->setEnabled(h && !h->handles.empty() && !ending_ && !releasing_);
    restartButton_->setVisible(static_cast<bool>(release_.replaceAtRestart));
    restartButton_->setEnabled(!path_.isEmpty() && !scanning_ && !folder_ && !releasing_);
    undoRestartButton_->setVisible(release_.undo && !pendingRestartId_.isEmpty());
    undoRestartButton_->setEnabled(!releasing_);
}

void HoldersPanel::closeSelectedHandle() {
    const auto rows = view_->selectionModel()->selectedRows();
    const wd::Holder* selected = rows.isEmpty() ? nullptr : model_->holderAt(rows.first().row());
    if (!selected || selected->handles.empty() || !release_.closeHandle || releasing_) return;
    const wd::Holder h = *selected;
    const wd::Holder::OpenHandle handle = h.handles.front();
    const QString name = fromUtf8(h.name);
    const QString question =
        tr("Close the handle of %1 (process %2) on %3, without ending %1?\n\n%1 is not told. It may fail, or lose "
           "unsaved data, the next time it uses the file. This cannot be undone. Ending the program is the safer way "
           "when it can save its work first.\n\nAn administrator's approval is needed.")
            .arg(name)
            .arg(h.pid)
            .arg(QDir::toNativeSeparators(fromPath(handle.path)));
    if (!prompt_(true, tr("Close the handle of %1?").arg(name), question)) return;
    startRelease([close = release_.closeHandle, h, handle] { return close(h, handle); }, tr("Close the handle of %1").arg(name),
                 false);
}

void HoldersPanel::deleteAtRestart() { askRestart({}); }

void HoldersPanel::replaceAtRestart() {
    const QString replacement = chooseReplacement_ ? chooseReplacement_() : QString();
    if (!replacement.isEmpty()) askRestart(replacement);
}

void HoldersPanel::askRestart(const QString& replacement) {
    if (path_.isEmpty() || folder_ || !release_.replaceAtRestart || releasing_) return;
    const QString file = QDir::toNativeSeparators(path_);
    const QString question =
        replacement.isEmpty()
            ? tr("Delete %1 when Windows next restarts?\n\nUse this when neither ending the program nor closing its "
                 "handle releases the file. Until the restart the file stays as it is, and this can be taken back. "
                 "An administrator's approval is needed.")
                  .arg(file)
            : tr("Replace %1 with %2 when Windows next restarts?\n\nUse this when neither ending the program nor "
                 "closing its handle releases the file. %2 is moved into its place; until the restart both stay as "
                 "they are, and this can be taken back. An administrator's approval is needed.")
                  .arg(file, QDir::toNativeSeparators(replacement));
    if (!prompt_(true, tr("Change %1 at the next restart?").arg(QFileInfo(path_).fileName()), question)) return;
    startRelease([act = release_.replaceAtRestart, path = toPath(path_), with = toPath(replacement)] { return act(path, with); },
                 tr("At the next restart"), true);
}

void HoldersPanel::undoRestart() {
    if (pendingRestartId_.isEmpty() || !release_.undo || releasing_) return;
    startRelease([undo = release_.undo, id = pendingRestartId_.toStdString()] { return undo(id); },
                 tr("At the next restart"), true);
}

void HoldersPanel::startRelease(std::function<wd::release::Outcome()> work, const QString& title, bool restart) {
    releasing_ = true;
    updateButtons();
    // The administrator prompt waits for the person: never on the GUI thread.
    runInBackground(this, std::move(work), [this, title, restart](const wd::release::Outcome& out) {
        releasing_ = false;
        if (restart && out.ok && out.record)
            pendingRestartId_ = out.record->undone ? QString() : QString::fromStdString(out.record->id);
        prompt_(false, title, wdgui::tr(out.message));
        refresh();
    });
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
    // Waiting out the grace period happens on a worker: the window stays responsive.
    runInBackground(
        this, [h, force, grace = grace_] { return force ? wd::forceEndProcess(h, grace) : wd::endProcess(h, grace); },
        [this, h, force](const wd::EndResult& r) { endFinished(h, force, r); });
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
