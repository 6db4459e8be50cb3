// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "InputPanel.h"
#include "ResultsPanel.h"
#include "WindowState.h"

#include "AuditView.h"
#include "DiagnosisRunner.h"
#include "DropZone.h"
#include "FixDialog.h"
#include "SubjectSelector.h"
#include "BackgroundPool.h"
#include "Translate.h"
#include "whydenied/plan.h"
#include "whydenied/report.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QUrl>
#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>

namespace wdgui {

MainWindow::MainWindow(std::shared_ptr<wd::Probe> probe, QWidget* parent)
    : QMainWindow(parent), state_(new WindowState(std::move(probe), this)) {
    setWindowTitle(tr("WhyDenied"));
    buildUi();
    buildMenus();

    busyDelay_.setSingleShot(true);
    busyDelay_.setInterval(200);
    slowHint_.setSingleShot(true);
    slowHint_.setInterval(5000);
    parseDelay_.setSingleShot(true);
    parseDelay_.setInterval(500);
    connect(&busyDelay_, &QTimer::timeout, this, &MainWindow::showBusy);
    connect(&slowHint_, &QTimer::timeout, this, [this] {
        busyText_->setText(tr("Still waiting for the file system to answer. A network share may not be responding; "
                              "Cancel stops waiting."));
    });
    connect(&parseDelay_, &QTimer::timeout, this, [this] { parseText(inputs_->pasteBox()->toPlainText()); });

    connect(state_, &WindowState::started, this, &MainWindow::onStarted);
    connect(state_, &WindowState::progress, this, &MainWindow::onProgress);
    connect(state_, &WindowState::diagnosisChanged, this, &MainWindow::showDiagnosis);
    connect(state_, &WindowState::cancelled, this, &MainWindow::onCancelled);
    connect(state_, &WindowState::requestsChanged, this, &MainWindow::showRequests);
    connect(state_, &WindowState::notCheckedHere, this, &MainWindow::onNotCheckedHere);
    connect(state_, &WindowState::requestSelected, this, &MainWindow::onRequestSelected);
    connect(state_, &WindowState::operationChanged, this, [this](wd::Operation op) { inputs_->selectOperation(op, true); });
    connect(state_, &WindowState::checkAgainPossible, this, [this](bool possible) {
        inputs_->checkAgainButton()->setEnabled(possible);
        checkAgainAction_->setEnabled(possible);
    });
    connect(state_, &WindowState::recentChanged, this, &MainWindow::rebuildRecentMenu);
    connect(state_, &WindowState::auditLogLoaded, this, [this](bool ok, const QString& file) {
        if (!ok) {
            showNote(state_->lastError());
        } else {
            statusBar()->showMessage(tr("Audit log: %1").arg(QDir::toNativeSeparators(file)));
            checkAgain();
        }
        emit auditLogRead();
    });

    rebuildRecentMenu();
    resize(1100, 760);
    clearResults();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi() {
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto* root = new QVBoxLayout(central);
    root->setSpacing(10);
    setCentralWidget(central);

    inputs_ = new InputPanel(central);
    root->addWidget(inputs_);

    // Busy: indeterminate, and only after a delay so that quick answers do not flicker.
    busyPanel_ = new QWidget(central);
    busyPanel_->setObjectName(QStringLiteral("busyPanel"));
    auto* busy = new QHBoxLayout(busyPanel_);
    busy->setContentsMargins(0, 0, 0, 0);
    busyBar_ = new QProgressBar(busyPanel_);
    busyBar_->setObjectName(QStringLiteral("busyBar"));
    busyBar_->setRange(0, 0);
    busyBar_->setTextVisible(false);
    busyBar_->setMaximumWidth(220);
    busyBar_->setAccessibleName(tr("Checking"));
    busyText_ = new QLabel(busyPanel_);
    busyText_->setObjectName(QStringLiteral("busyText"));
    busyText_->setTextFormat(Qt::PlainText);
    busyText_->setWordWrap(true);
    cancelButton_ = new QPushButton(tr("Cancel"), busyPanel_);
    cancelButton_->setObjectName(QStringLiteral("cancelButton"));
    cancelButton_->setAccessibleName(tr("Cancel the check"));
    cancelButton_->setToolTip(tr("Stop waiting for this check (Esc)"));
    busy->addWidget(busyBar_);
    busy->addWidget(busyText_, 1);
    busy->addWidget(cancelButton_);
    busyPanel_->hide();
    root->addWidget(busyPanel_);

    results_ = new ResultsPanel(central);
    root->addWidget(results_, 1);

    statusBar()->setSizeGripEnabled(true);

    DropZone* dropZone = inputs_->dropZone();
    connect(dropZone, &DropZone::pathsDropped, this, &MainWindow::openPaths);
    connect(dropZone, &DropZone::textDropped, this, &MainWindow::pasteErrorText);
    connect(dropZone, &DropZone::activated, this, &MainWindow::chooseFile);
    connect(inputs_->pasteBox(), &QPlainTextEdit::textChanged, this, [this] { parseDelay_.start(); });
    connect(inputs_->requestList(), &QListWidget::currentRowChanged, this, [this](int row) {
        syncSubject();
        state_->selectRequest(row);
    });
    connect(inputs_, &InputPanel::operationChosen, this, [this](wd::Operation op) {
        syncSubject();
        state_->chooseOperation(op);
    });
    SubjectSelector* subject = inputs_->subjectSelector();
    connect(subject, &SubjectSelector::subjectChanged, this, [this, subject] { state_->setSubject(subject->spec()); });
    connect(subject, &SubjectSelector::returnPressed, this, &MainWindow::checkAgain);
    connect(inputs_->checkAgainButton(), &QPushButton::clicked, this, &MainWindow::checkAgain);
    connect(inputs_->chooseButton(), &QPushButton::clicked, this, &MainWindow::chooseFile);
    connect(inputs_->copyReportButton(), &QPushButton::clicked, this, &MainWindow::copyReport);
    connect(inputs_->saveReportButton(), &QPushButton::clicked, this, &MainWindow::saveReport);
    connect(cancelButton_, &QPushButton::clicked, runner(), &DiagnosisRunner::cancel);
    connect(results_, &ResultsPanel::holdersRequested, this, [this] { showHolders(); });
    // Ending a holder changes the answer (text file busy, a lock): check again.
    connect(results_, &ResultsPanel::processEnded, this, &MainWindow::checkAgain);
    connect(results_, &ResultsPanel::fixRequested, this, &MainWindow::openFix);
    connect(results_, &ResultsPanel::fixAllRequested, this, &MainWindow::fixAll);
    connect(results_, &ResultsPanel::commandCopied, this, &MainWindow::commandCopied);
    connect(results_, &ResultsPanel::auditRequested, this, [this] {
        const std::optional<wd::Diagnosis>& d = state_->diagnosis();
        openAudit(d && !d->facts.absolute.empty() ? fromPath(d->facts.absolute) : currentPath());
    });

    setTabOrder(dropZone, inputs_->pasteBox());
    setTabOrder(inputs_->pasteBox(), inputs_->requestList());
    setTabOrder(inputs_->requestList(), inputs_->operationCombo());
    // The selector's own fields, not the container (Qt would put them at the end of the chain).
    QWidget* subjectKind = subject->findChild<QWidget*>(QStringLiteral("subjectKindCombo"));
    QWidget* subjectName = subject->findChild<QWidget*>(QStringLiteral("subjectNameEdit"));
    setTabOrder(inputs_->operationCombo(), subjectKind);
    setTabOrder(subjectKind, subjectName);
    setTabOrder(subjectName, inputs_->chooseButton());
    setTabOrder(inputs_->chooseButton(), inputs_->checkAgainButton());
    setTabOrder(inputs_->checkAgainButton(), inputs_->copyReportButton());
    setTabOrder(inputs_->copyReportButton(), inputs_->saveReportButton());
    setTabOrder(inputs_->saveReportButton(), cancelButton_);
    setTabOrder(cancelButton_, results_->verdictLabel());
    setTabOrder(results_->verdictLabel(), results_->cardsArea());
    setTabOrder(results_->cardsArea(), results_->chainView());
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Choose file…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Choose &folder…"), this, &MainWindow::chooseFolder);
    file->addAction(tr("Open &audit log…"), this, &MainWindow::openAuditLog);
#ifdef __linux__
    systemAuditAction_ = file->addAction(tr("Read the system audit log as admi&nistrator…"), this,
                                         &MainWindow::readSystemAuditLog);
    systemAuditAction_->setEnabled(false);  // until there is a path on screen
#endif
    file->addAction(tr("Au&dit a folder…"), this, &MainWindow::chooseAuditFolder);
    recentMenu_ = file->addMenu(tr("&Recent"));
    file->addSeparator();
    copyReportAction_ = file->addAction(tr("Cop&y report"), this, &MainWindow::copyReport);
    copyReportAction_->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    saveReportAction_ = file->addAction(tr("&Save report…"), this, &MainWindow::saveReport);
    saveReportAction_->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // Ctrl+V anywhere in the window: the paste box handles it itself when it has focus (text
    // widgets claim the standard paste key through ShortcutOverride); everywhere else this does.
    QAction* paste = edit->addAction(tr("&Paste error text"), this, &MainWindow::pasteFromClipboard);
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WindowShortcut);
    QAction* cancel = edit->addAction(tr("&Cancel check"), runner(), &DiagnosisRunner::cancel);
    cancel->setShortcut(QKeySequence::Cancel);
    checkAgainAction_ = edit->addAction(tr("Check &again"), this, &MainWindow::checkAgain);
    checkAgainAction_->setShortcut(QKeySequence::Refresh);
    checkAgainAction_->setEnabled(false);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About WhyDenied"), this, [this] {
        QMessageBox::about(this, tr("About WhyDenied"),
                           tr("<p><b>WhyDenied</b> %1</p><p>Explains “Permission denied” errors: which component of "
                              "the path stops you, why, and what would change it.</p>")
                               .arg(QApplication::applicationVersion().toHtmlEscaped()));
    });
}

bool MainWindow::isBusy() const { return state_->isBusy(); }

DiagnosisRunner* MainWindow::runner() const { return state_->runner(); }

const std::optional<wd::Diagnosis>& MainWindow::diagnosis() const { return state_->diagnosis(); }

QString MainWindow::currentPath() const { return state_->currentPath(); }

wd::Operation MainWindow::operation() const { return state_->operation(); }

// As if the person picked it: a changed selector asks again.
void MainWindow::setOperation(wd::Operation op) { inputs_->selectOperation(op, false); }

void MainWindow::diagnose(const QString& path) {
    inputs_->hideNote();
    syncSubject();
    state_->diagnose(path);
}

void MainWindow::setSubject(const QString& spec) { inputs_->subjectSelector()->setSpec(spec); }

QString MainWindow::subject() const { return inputs_->subjectSelector()->spec(); }

void MainWindow::showHolders() {
    const std::optional<wd::Diagnosis>& d = state_->diagnosis();
    if (!d || !d->facts.targetNode()) return;
    results_->showHolders(fromPath(d->facts.targetNode()->path));
}

void MainWindow::checkAgain() {
    syncSubject();
    state_->checkAgain();
}

void MainWindow::syncSubject() { state_->setSubject(inputs_->subjectSelector()->spec(), /*ask=*/false); }

void MainWindow::openPaths(const QStringList& paths) {
    if (paths.isEmpty()) return;
    inputs_->hideNote();
    syncSubject();
    state_->openPaths(paths);
    if (paths.size() > 1) inputs_->requestList()->setCurrentRow(0);
}

void MainWindow::pasteFromClipboard() {
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime) return;
    // A file copied in a file manager arrives as a URL: treat it like a drop.
    QStringList paths;
    if (mime->hasUrls())
        for (const QUrl& url : mime->urls())
            if (const QString p = localPathOf(url); !p.isEmpty()) paths << p;
    if (!paths.isEmpty()) return openPaths(paths);
    if (mime->hasText()) pasteErrorText(mime->text());
}

void MainWindow::pasteErrorText(const QString& text) {
    {
        const QSignalBlocker block(inputs_->pasteBox());
        inputs_->pasteBox()->setPlainText(text);
    }
    parseDelay_.stop();
    parseText(text);
}

void MainWindow::parseText(const QString& text) {
    syncSubject();
    if (!state_->takeText(text)) return;
    inputs_->hideNote();
    // A new text is a new request: whose access and which operation come from it (the text never
    // names another account, so "me"), not from whatever the last one left in the selectors.
    SubjectSelector* subject = inputs_->subjectSelector();
    if (subject->spec() != QString()) {
        const QSignalBlocker block(subject);
        subject->setSpec(QString());
    }
    state_->setSubject(QString(), /*ask=*/false);
    if (state_->requests().empty()) {
        // No path in it: the previous answer is not an answer to this text.
        state_->dropAnswer();
        clearResults();
        showRequests();
        showNote(tr("No file or folder path was found in this text. Drop the file itself, or choose it with "
                    "Ctrl+O."));
        return;
    }
    showRequests();
    QListWidget* list = inputs_->requestList();
    if (list->currentRow() == 0) state_->selectRequest(0);
    else list->setCurrentRow(0);
}

void MainWindow::showRequests() { inputs_->showRequests(state_->requests()); }

void MainWindow::onNotCheckedHere(const wd::ParsedRequest& r, const wd::Diagnosis& advice) {
    clearResults();
    if (r.path)
        showNote(tr("%1 is a %2 path. It must be diagnosed on the %2 machine where the error happened: run "
                    "WhyDenied there.").arg(fromPath(*r.path), platformName(r.platform)));
    else
        showNote(tr("The message names no file or folder."));
    results_->showCards(advice);
    results_->setVerdict(r.path ? tr("This path is on another computer") : tr("This is not about a file on this computer"),
                         tr("Nothing on this computer was checked; the advice below comes from the message."),
                         QStyle::SP_MessageBoxInformation);
}

void MainWindow::onRequestSelected(const wd::ParsedRequest& r) {
    if (r.relative)
        showNote(tr("The error names a relative path; it is checked in %1, which may not be the folder the "
                    "program ran in.").arg(QDir::toNativeSeparators(QDir::currentPath())));
    else
        inputs_->hideNote();
}

void MainWindow::onStarted() {
    busyText_->setText(tr("Checking %1…").arg(QDir::toNativeSeparators(currentPath())));
    busyDelay_.start();
    slowHint_.start();
}

void MainWindow::showBusy() {
    if (!isBusy()) return;
    busyPanel_->show();
}

void MainWindow::stopBusy() {
    busyDelay_.stop();
    slowHint_.stop();
    busyPanel_->hide();
}

void MainWindow::onProgress(int, const QString& step) {
    if (slowHint_.isActive() && !step.isEmpty() && step != QLatin1String("done"))
        busyText_->setText(tr("Checking %1…  %2").arg(QDir::toNativeSeparators(currentPath()), step));
}

void MainWindow::showDiagnosis() {
    stopBusy();
    const wd::Diagnosis& d = *state_->diagnosis();
    if (systemAuditAction_) systemAuditAction_->setEnabled(!d.facts.absolute.empty());
    setWindowTitle(tr("%1 — WhyDenied").arg(QFileInfo(currentPath()).fileName()));
    results_->showDiagnosis(d, state_->shownAsFixed());
    setReportEnabled(true);
    inputs_->setCompact(true);
    emit diagnosisShown();
}

void MainWindow::onCancelled(const wd::DiagnoseRequest& request) {
    stopBusy();
    clearResults();
    results_->showCancelled(request);
    statusBar()->showMessage(tr("Cancelled"), 4000);
    emit diagnosisCancelled();
}

void MainWindow::showNote(const QString& text) { inputs_->showNote(text); }

void MainWindow::clearResults() {
    inputs_->setCompact(false);
    results_->clear();
    setReportEnabled(false);
    setWindowTitle(tr("WhyDenied"));
}

void MainWindow::setReportEnabled(bool enabled) {
    inputs_->copyReportButton()->setEnabled(enabled);
    inputs_->saveReportButton()->setEnabled(enabled);
    copyReportAction_->setEnabled(enabled);
    saveReportAction_->setEnabled(enabled);
}

void MainWindow::commandCopied() { statusBar()->showMessage(tr("Command copied to the clipboard"), 3000); }

void MainWindow::openFix(const QString& fixId) {
    if (!state_->diagnosis() || isBusy()) return;
    const wd::PlanResult pr = wd::planFix(*state_->diagnosis(), fixId.toStdString());
    if (!pr.plan) {
        QMessageBox::information(this, tr("Cannot apply this fix"), wdgui::tr(pr.why));
        return;
    }
    auto* dialog = new FixDialog(*pr.plan, wd::ApplyOptions{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The window shows the new answer as soon as something changed (and again after an undo).
    // Checked again the same way, so the pasted requests and the text's context stay.
    connect(dialog, &FixDialog::fixApplied, this, [this] {
        state_->setAfterFix(true);
        checkAgain();
    });
    connect(dialog, &FixDialog::fixUndone, this, [this] { checkAgain(); });
    connect(dialog, &FixDialog::commandCopied, this, &MainWindow::commandCopied);
    dialog->open();
}

void MainWindow::fixAll() {
    if (!state_->diagnosis() || isBusy()) return;
    const wd::Plan* offered = planToOffer(*state_->diagnosis());
    if (!offered) return;
    QStringList lines;
    int n = 0;
    for (const wd::PlanStep& s : offered->steps)
        lines << QStringLiteral("%1. %2%3")
                     .arg(++n)
                     .arg(fromUtf8(wd::shownCommand(s.fix.command)),
                          s.fix.privilege == wd::Privilege::Admin ? QStringLiteral("  ") + tr("(administrator)") : QString());
    QMessageBox box(QMessageBox::Question, tr("Fix all"),
                    tr("Apply these %1 steps? Those marked (administrator) ask for the password once, "
                       "together.").arg(offered->steps.size()),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    if (box.exec() != QMessageBox::Yes) return;
    const wd::Plan plan = *offered;
    results_->fixAllButton()->setEnabled(false);
    runInBackground(this, [plan] { return wd::applyPlan(plan, wd::ApplyOptions{}); }, [this](const wd::PlanOutcome& out) {
        state_->setAfterFix(!out.recordId.empty());
        checkAgain();
        if (!out.recordId.empty()) offerPlanUndo(out.recordId, wdgui::tr(out.said));
        else QMessageBox::information(this, tr("Fix all"), wdgui::tr(out.said));
    });
}

// One Undo for the whole plan: its steps in reverse, the privileged part as one helper request.
void MainWindow::offerPlanUndo(const std::string& recordId, const QString& outcome) {
    QMessageBox box(QMessageBox::Information, tr("Fix all"), outcome, QMessageBox::Ok, this);
    QPushButton* undo = box.addButton(tr("Undo all"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() != undo) return;
    runInBackground(this, [recordId] { return wd::undoPlan(recordId, wd::ApplyOptions{}); }, [this](const wd::UndoOutcome& u) {
        statusBar()->showMessage(wdgui::tr(u.said), 10000);
        checkAgain();
    });
}

void MainWindow::chooseFile() {
    const QString start = currentPath().isEmpty() ? QDir::homePath() : QFileInfo(currentPath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file that gave the error"), start);
    if (!path.isEmpty()) diagnose(path);
}

void MainWindow::openAudit(const QString& folder) {
    auto* view = new AuditView(this);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(tr("Audit of %1 — WhyDenied").arg(QDir::toNativeSeparators(folder)));
    // Over this window, and wholly on its screen (a fixed size at a default spot could hang off it).
    const QRect screen = (windowHandle() && windowHandle()->screen() ? windowHandle()->screen() : QGuiApplication::primaryScreen())
                             ->availableGeometry();
    QRect r(QPoint(), QSize(820, 520).boundedTo(screen.size() * 0.9));  // room for the frame
    r.moveCenter(frameGeometry().center());
    r.moveLeft(std::clamp(r.left(), screen.left(), screen.right() - r.width() + 1));
    r.moveTop(std::clamp(r.top(), screen.top(), screen.bottom() - r.height() + 1));
    view->setGeometry(r);
    view->show();
    // An audit asks one operation of everything inside: writing, unless one was picked.
    view->start(folder, operation() == wd::Operation::Any ? wd::Operation::Write : operation(), subject());
}

void MainWindow::chooseAuditFolder() {
    const QString start = currentPath().isEmpty() ? QDir::homePath() : QFileInfo(currentPath()).absolutePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Audit a folder"), start);
    if (!folder.isEmpty()) openAudit(folder);
}

void MainWindow::chooseFolder() {
    const QString start = currentPath().isEmpty() ? QDir::homePath() : QFileInfo(currentPath()).absolutePath();
    const QString path = QFileDialog::getExistingDirectory(this, tr("Choose the folder that gave the error"), start);
    if (!path.isEmpty()) diagnose(path);
}

void MainWindow::openAuditLog() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open the audit log that recorded the denial"),
                                                      QStringLiteral("/var/log"));
    if (!file.isEmpty()) setAuditLog(file);
}

void MainWindow::readSystemAuditLog() {
#ifdef __linux__
    if (!state_->diagnosis() || state_->diagnosis()->facts.absolute.empty()) return;
    const wd::Facts& f = state_->diagnosis()->facts;
    // The records name the file where the kernel found it: the resolved path when there is one.
    const std::string path = f.targetNode() ? f.targetNode()->path : f.absolute;
    const double when = state_->currentContext().time;
    systemAuditAction_->setEnabled(false);
    statusBar()->showMessage(tr("Reading the system audit log…"));
    runInBackground(this, [path, when] { return wd::readAuditLogAsAdministrator(path, when); },
                    [this, path](const wd::AdminAuditRead& r) {
        systemAuditAction_->setEnabled(true);
        if (!r.error.empty()) {
            statusBar()->clearMessage();
            const QString why = r.said.empty() ? QString::fromStdString(r.error) : wdgui::tr(r.said);
            state_->reportError(tr("The system audit log was not read: %1").arg(why));
            showNote(state_->lastError());
        } else if (r.lines.empty()) {
            statusBar()->showMessage(tr("The system audit log has no record of %1").arg(fromPath(path)));
        } else {
            state_->setAuditLogText(r.lines);
            statusBar()->showMessage(tr("Audit log: the system's records of %1").arg(fromPath(path)));
            checkAgain();
        }
        emit auditLogRead();
    });
#endif
}

void MainWindow::setAuditLog(const QString& file) { state_->loadAuditLog(file); }

void MainWindow::copyReport() {
    if (!state_->diagnosis()) return;
    QApplication::clipboard()->setText(QString::fromStdString(wd::diagnosisMarkdown(*state_->diagnosis())));
    statusBar()->showMessage(tr("Report copied to the clipboard"), 3000);
}

void MainWindow::saveReport() {
    if (!state_->diagnosis()) return;
    const QString name = QFileInfo(currentPath()).fileName();
    const QString suggested =
        QDir::home().filePath(tr("whydenied-%1.md").arg(name.isEmpty() ? QStringLiteral("report") : name));
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Save report"), suggested, tr("Markdown (*.md);;Text (*.txt)"));
    if (!target.isEmpty()) saveReportTo(target);
}

void MainWindow::saveReportTo(const QString& target) {
    if (!state_->diagnosis()) return;
    const QByteArray bytes = QByteArray::fromStdString(wd::diagnosisMarkdown(*state_->diagnosis()));
    // The chosen place may be a network share that hangs: the write waits on a worker, not here.
    runInBackground(this, [target, bytes] { return saveFile(target, bytes); }, [this, target](const QString& error) {
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(target)), 4000);
        } else {
            // Not exec(): the window goes on while the person reads it.
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Save report"),
                                        tr("The report could not be saved to %1: %2").arg(target, error),
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit reportSaved(error.isEmpty());
    });
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    for (const QString& entry : state_->recent()) {
        const qsizetype tab = entry.indexOf(QLatin1Char('\t'));
        if (tab < 0) continue;
        const auto op = wd::operationFromString(entry.left(tab).toStdString());
        const QString path = entry.mid(tab + 1);
        if (!op) continue;
        recentMenu_->addAction(tr("%1 — %2").arg(operationLabel(*op), path), this, [this, op = *op, path] {
            state_->setOperation(op);
            diagnose(path);
        });
    }
    if (state_->recent().isEmpty()) recentMenu_->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::loadSettings() {
    persistent_ = true;
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    results_->splitter()->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
    state_->setRecent(s.value(QStringLiteral("recent")).toStringList());
}

void MainWindow::saveSettings() {
    if (!persistent_) return;
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/splitter"), results_->splitter()->saveState());
    s.setValue(QStringLiteral("recent"), state_->recent());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    runner()->cancel();
    QMainWindow::closeEvent(event);
}

}  // namespace wdgui
