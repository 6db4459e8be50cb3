// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AuditView.h"
#include "CauseCard.h"
#include "DiagnosisRunner.h"
#include "DropZone.h"
#include "FixDialog.h"
#include "HoldersPanel.h"
#include "PathChainModel.h"
#include "SubjectSelector.h"
#include "Translate.h"
#include "whydenied/plan.h"
#include "whydenied/report.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QUrl>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>

namespace wdgui {

namespace {

constexpr wd::Operation kComboOperations[] = {
    wd::Operation::Any,    wd::Operation::Read,   wd::Operation::Write,   wd::Operation::Create,
    wd::Operation::Delete, wd::Operation::Rename,  wd::Operation::Execute,
    wd::Operation::List,   wd::Operation::Traverse, wd::Operation::Connect,
};
constexpr int kMaxRecent = 10;

QString platformName(wd::Platform p) {
    switch (p) {
    case wd::Platform::Windows: return MainWindow::tr("Windows");
    case wd::Platform::MacOS: return MainWindow::tr("macOS");
    case wd::Platform::Linux: return MainWindow::tr("Linux");
    case wd::Platform::Any: break;
    }
    return {};
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QLabel* smallPrint(QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setForegroundRole(QPalette::PlaceholderText);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    l->setFont(f);
    return l;
}

}  // namespace

MainWindow::MainWindow(wd::Probe* probe, QWidget* parent)
    : QMainWindow(parent), runner_(new DiagnosisRunner(probe, this)), chainModel_(new PathChainModel(this)) {
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
    connect(&parseDelay_, &QTimer::timeout, this, [this] { parseText(pasteBox_->toPlainText()); });

    connect(runner_, &DiagnosisRunner::started, this, &MainWindow::onStarted);
    connect(runner_, &DiagnosisRunner::progress, this, &MainWindow::onProgress);
    connect(runner_, &DiagnosisRunner::finished, this, &MainWindow::onFinished);
    connect(runner_, &DiagnosisRunner::explained, this, &MainWindow::onExplained);
    connect(runner_, &DiagnosisRunner::cancelled, this, &MainWindow::onCancelled);

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

    // Input: the drop zone, and beside it the paste box.
    auto* input = new QHBoxLayout;
    dropZone_ = new DropZone(central);
    input->addWidget(dropZone_, 3);
    auto* pasteColumn = new QVBoxLayout;
    pasteColumn->setSpacing(4);
    auto* pasteLabel = new QLabel(tr("Error te&xt"), central);
    pasteBox_ = new QPlainTextEdit(central);
    pasteBox_->setObjectName(QStringLiteral("pasteBox"));
    pasteBox_->setPlaceholderText(tr("Paste an error message here, for example:\n"
                                     "PermissionError: [Errno 13] Permission denied: '/srv/report.csv'"));
    pasteBox_->setTabChangesFocus(true);
    pasteBox_->setAccessibleName(tr("Error text"));
    pasteBox_->setAccessibleDescription(tr("Paste the error message; the paths in it are checked"));
    // The input row stays compact: the answer below is what the window is for.
    setInputCompact(false);
    pasteLabel->setBuddy(pasteBox_);
    pasteColumn->addWidget(pasteLabel);
    pasteColumn->addWidget(pasteBox_, 1);
    input->addLayout(pasteColumn, 2);
    root->addLayout(input);

    // The requests found in pasted text (or several dropped files); shown when there is a choice.
    requestsBox_ = new QWidget(central);
    auto* reqLayout = new QVBoxLayout(requestsBox_);
    reqLayout->setContentsMargins(0, 0, 0, 0);
    reqLayout->setSpacing(4);
    auto* reqLabel = new QLabel(tr("Found several &paths; choose one to check:"), requestsBox_);
    requestList_ = new QListWidget(requestsBox_);
    requestList_->setObjectName(QStringLiteral("requestList"));
    requestList_->setAccessibleName(tr("Paths found"));
    requestList_->setUniformItemSizes(true);
    reqLabel->setBuddy(requestList_);
    reqLayout->addWidget(reqLabel);
    reqLayout->addWidget(requestList_);
    requestsBox_->hide();
    root->addWidget(requestsBox_);

    noteLabel_ = new QLabel(central);
    noteLabel_->setObjectName(QStringLiteral("noteLabel"));
    noteLabel_->setWordWrap(true);
    noteLabel_->setTextFormat(Qt::PlainText);
    noteLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    noteLabel_->setFrameShape(QFrame::StyledPanel);
    noteLabel_->setBackgroundRole(QPalette::ToolTipBase);
    noteLabel_->setForegroundRole(QPalette::ToolTipText);
    noteLabel_->setAutoFillBackground(true);
    noteLabel_->setMargin(8);
    noteLabel_->setAccessibleName(tr("Note"));
    noteLabel_->hide();
    root->addWidget(noteLabel_);

    // Controls.
    auto* controls = new QHBoxLayout;
    auto* opLabel = new QLabel(tr("&Operation:"), central);
    opCombo_ = new QComboBox(central);
    opCombo_->setObjectName(QStringLiteral("operationCombo"));
    opCombo_->setAccessibleName(tr("Operation"));
    opCombo_->setToolTip(tr("What the program tried to do; changing it checks again"));
    // First and chosen until the text or the user says otherwise: every plausible operation.
    for (wd::Operation op : kComboOperations)
        opCombo_->addItem(op == wd::Operation::Any ? tr("Anything denied?") : operationLabel(op), static_cast<int>(op));
    opLabel->setBuddy(opCombo_);
    chooseButton_ = new QPushButton(tr("Choose file…"), central);
    chooseButton_->setObjectName(QStringLiteral("chooseButton"));
    chooseButton_->setAccessibleName(tr("Choose file"));
    chooseButton_->setToolTip(tr("Choose a file to check (Ctrl+O)"));
    copyReportButton_ = new QPushButton(tr("Copy report"), central);
    copyReportButton_->setObjectName(QStringLiteral("copyReportButton"));
    copyReportButton_->setAccessibleName(tr("Copy report"));
    copyReportButton_->setToolTip(tr("Copy the diagnosis as Markdown, for a support ticket"));
    saveReportButton_ = new QPushButton(tr("Save report…"), central);
    saveReportButton_->setObjectName(QStringLiteral("saveReportButton"));
    saveReportButton_->setAccessibleName(tr("Save report"));
    // After the person changed something outside (a chmod in a terminal): ask the system again.
    checkAgainButton_ = new QPushButton(tr("Check again"), central);
    checkAgainButton_->setObjectName(QStringLiteral("checkAgainButton"));
    checkAgainButton_->setAccessibleName(tr("Check again"));
    checkAgainButton_->setToolTip(tr("Ask the system again (F5), after you changed something yourself"));
    checkAgainButton_->setEnabled(false);
    subject_ = new SubjectSelector(central);
    subject_->setObjectName(QStringLiteral("subjectSelector"));
    controls->addWidget(opLabel);
    controls->addWidget(opCombo_);
    controls->addSpacing(12);
    controls->addWidget(subject_);
    controls->addSpacing(12);
    controls->addWidget(chooseButton_);
    controls->addWidget(checkAgainButton_);
    controls->addStretch();
    controls->addWidget(copyReportButton_);
    controls->addWidget(saveReportButton_);
    root->addLayout(controls);

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

    auto* line = new QFrame(central);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    root->addWidget(line);

    // The answer, in one sentence.
    auto* answer = new QHBoxLayout;
    answer->setSpacing(12);
    verdictIcon_ = new QLabel(central);
    verdictIcon_->setAlignment(Qt::AlignTop);
    answer->addWidget(verdictIcon_, 0, Qt::AlignTop);
    auto* answerText = new QVBoxLayout;
    answerText->setSpacing(2);
    verdictLabel_ = new QLabel(central);
    verdictLabel_->setObjectName(QStringLiteral("verdictLabel"));
    verdictLabel_->setWordWrap(true);
    verdictLabel_->setTextFormat(Qt::PlainText);
    verdictLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    verdictLabel_->setAccessibleName(tr("Answer"));
    QFont big = verdictLabel_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    verdictLabel_->setFont(big);
    subjectLabel_ = smallPrint(central);
    subjectLabel_->setObjectName(QStringLiteral("subjectLabel"));
    subjectLabel_->setAccessibleName(tr("Checked path"));
    errnoLabel_ = smallPrint(central);
    errnoLabel_->setObjectName(QStringLiteral("errnoLabel"));
    errnoLabel_->setAccessibleName(tr("The kernel's answer"));
    answerText->addWidget(verdictLabel_);
    answerText->addWidget(subjectLabel_);
    answerText->addWidget(errnoLabel_);
    // A folder was checked: offer the audit of everything inside it, in a window of its own.
    auto* auditButton = new QPushButton(tr("Audit everything inside…"), central);
    auditButton->setObjectName(QStringLiteral("auditButton"));
    auditButton->setToolTip(tr("Check every file and folder beneath this folder, grouped by cause"));
    auditButton->hide();
    answerText->addWidget(auditButton, 0, Qt::AlignLeft);
    connect(auditButton, &QPushButton::clicked, this, [this] {
        openAudit(diagnosis_ && !diagnosis_->facts.absolute.empty() ? fromPath(diagnosis_->facts.absolute) : currentPath_);
    });
    answer->addLayout(answerText, 1);
    root->addLayout(answer);

    // Causes on the left, the path on the right.
    splitter_ = new QSplitter(Qt::Horizontal, central);
    splitter_->setObjectName(QStringLiteral("resultsSplitter"));
    splitter_->setChildrenCollapsible(false);

    auto* causes = new QWidget(splitter_);
    auto* causesLayout = new QVBoxLayout(causes);
    causesLayout->setContentsMargins(0, 0, 0, 0);
    causesLayout->setSpacing(4);
    causesLayout->addWidget(heading(tr("Likely causes"), causes));
    cardsArea_ = new QScrollArea(causes);
    cardsArea_->setObjectName(QStringLiteral("cardsArea"));
    cardsArea_->setWidgetResizable(true);
    cardsArea_->setFrameShape(QFrame::NoFrame);
    cardsArea_->setAccessibleName(tr("Likely causes"));
    auto* cards = new QWidget(cardsArea_);
    cardsLayout_ = new QVBoxLayout(cards);
    cardsLayout_->setContentsMargins(0, 0, 6, 0);
    cardsLayout_->setSpacing(10);
    cardsPlaceholder_ = new QLabel(cards);
    cardsPlaceholder_->setObjectName(QStringLiteral("cardsPlaceholder"));
    cardsPlaceholder_->setWordWrap(true);
    cardsPlaceholder_->setForegroundRole(QPalette::PlaceholderText);
    cardsLayout_->addWidget(cardsPlaceholder_);
    cardsLayout_->addStretch();
    cardsArea_->setWidget(cards);
    causesLayout->addWidget(cardsArea_, 1);

    auto* path = new QWidget(splitter_);
    auto* pathLayout = new QVBoxLayout(path);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    pathLayout->setSpacing(4);
    pathLayout->addWidget(heading(tr("Path, component by component"), path));
    chainView_ = new QTableView(path);
    chainView_->setObjectName(QStringLiteral("chainView"));
    chainView_->setAccessibleName(tr("Path, component by component"));
    chainView_->setModel(chainModel_);
    chainView_->verticalHeader()->hide();
    chainView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long component names give way in the middle (both ends of a name tell it apart); the
    // note that marks the blocking component must never be the part that is cut off.
    chainView_->horizontalHeader()->setSectionResizeMode(PathChainModel::Name, QHeaderView::Stretch);
    chainView_->setTextElideMode(Qt::ElideMiddle);
    chainView_->horizontalHeader()->setHighlightSections(false);
    chainView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    chainView_->setSelectionMode(QAbstractItemView::SingleSelection);
    chainView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    chainView_->setTabKeyNavigation(false);  // one Tab stop; the arrows move inside
    chainView_->setShowGrid(false);
    chainView_->setAlternatingRowColors(true);
    chainView_->setWordWrap(false);
    chainView_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    pathLayout->addWidget(chainView_, 1);

    // "Show locking process": the programs that have it open, shown by itself when a cause is a
    // program holding the file, and on request otherwise.
    showHoldersButton_ = new QPushButton(tr("Show programs using it"), path);
    showHoldersButton_->setObjectName(QStringLiteral("showHoldersButton"));
    showHoldersButton_->setAccessibleName(tr("Show programs using it"));
    showHoldersButton_->setToolTip(tr("List the processes that have this file open, mapped or locked"));
    showHoldersButton_->setEnabled(false);
    pathLayout->addWidget(showHoldersButton_, 0, Qt::AlignLeft);
    holdersBox_ = new QWidget(path);
    auto* holdersLayout = new QVBoxLayout(holdersBox_);
    holdersLayout->setContentsMargins(0, 6, 0, 0);
    holdersLayout->addWidget(heading(tr("Programs using it"), holdersBox_));
    holdersPanel_ = new HoldersPanel(holdersBox_);
    holdersPanel_->setObjectName(QStringLiteral("holdersPanel"));
    holdersLayout->addWidget(holdersPanel_);
    holdersBox_->hide();
    pathLayout->addWidget(holdersBox_, 1);

    splitter_->addWidget(causes);
    splitter_->addWidget(path);
    splitter_->setStretchFactor(0, 11);
    splitter_->setStretchFactor(1, 9);
    splitter_->setSizes({550, 450});  // proportions; the splitter scales them to its width
    root->addWidget(splitter_, 1);

    statusBar()->setSizeGripEnabled(true);

    connect(dropZone_, &DropZone::pathsDropped, this, &MainWindow::openPaths);
    connect(dropZone_, &DropZone::textDropped, this, &MainWindow::pasteErrorText);
    connect(dropZone_, &DropZone::activated, this, &MainWindow::chooseFile);
    connect(pasteBox_, &QPlainTextEdit::textChanged, this, [this] { parseDelay_.start(); });
    connect(requestList_, &QListWidget::currentRowChanged, this, &MainWindow::selectRequest);
    connect(opCombo_, &QComboBox::currentIndexChanged, this, [this] {
        opFromText_ = false;  // the person's own choice from now on
        if (currentRequest_ >= 0) startRequest(currentRequest_, operation());
        else checkAgain();
    });
    connect(subject_, &SubjectSelector::subjectChanged, this, &MainWindow::checkAgain);
    connect(subject_, &SubjectSelector::returnPressed, this, &MainWindow::checkAgain);
    connect(checkAgainButton_, &QPushButton::clicked, this, &MainWindow::checkAgain);
    connect(showHoldersButton_, &QPushButton::clicked, this, [this] { showHolders(); });
    // Ending a holder changes the answer (text file busy, a lock): check again.
    connect(holdersPanel_, &HoldersPanel::processEnded, this, &MainWindow::checkAgain);
    connect(chooseButton_, &QPushButton::clicked, this, &MainWindow::chooseFile);
    connect(copyReportButton_, &QPushButton::clicked, this, &MainWindow::copyReport);
    connect(saveReportButton_, &QPushButton::clicked, this, &MainWindow::saveReport);
    connect(cancelButton_, &QPushButton::clicked, runner_, &DiagnosisRunner::cancel);

    setTabOrder(dropZone_, pasteBox_);
    setTabOrder(pasteBox_, requestList_);
    setTabOrder(requestList_, opCombo_);
    // The selector's own fields, not the container (Qt would put them at the end of the chain).
    QWidget* subjectKind = subject_->findChild<QWidget*>(QStringLiteral("subjectKindCombo"));
    QWidget* subjectName = subject_->findChild<QWidget*>(QStringLiteral("subjectNameEdit"));
    setTabOrder(opCombo_, subjectKind);
    setTabOrder(subjectKind, subjectName);
    setTabOrder(subjectName, chooseButton_);
    setTabOrder(chooseButton_, checkAgainButton_);
    setTabOrder(checkAgainButton_, copyReportButton_);
    setTabOrder(copyReportButton_, saveReportButton_);
    setTabOrder(saveReportButton_, cancelButton_);
    setTabOrder(cancelButton_, verdictLabel_);
    setTabOrder(verdictLabel_, cardsArea_);
    setTabOrder(cardsArea_, chainView_);
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
    QAction* cancel = edit->addAction(tr("&Cancel check"), runner_, &DiagnosisRunner::cancel);
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

bool MainWindow::isBusy() const {
    return runner_->isRunning();
}

wd::Operation MainWindow::operation() const {
    return static_cast<wd::Operation>(opCombo_->currentData().toInt());
}

void MainWindow::setOperation(wd::Operation op) {
    int i = opCombo_->findData(static_cast<int>(op));
    if (i < 0) {  // chmod/chown come only from parsed text; offer them when they do
        opCombo_->addItem(operationLabel(op), static_cast<int>(op));
        i = opCombo_->count() - 1;
    }
    opCombo_->setCurrentIndex(i);
}

void MainWindow::setOperationSilently(wd::Operation op) {
    const QSignalBlocker block(opCombo_);
    setOperation(op);
}

void MainWindow::diagnose(const QString& path) {
    requests_.clear();
    currentContext_ = {};
    currentRequest_ = -1;
    showRequests();
    noteLabel_->hide();
    start(path);
}

void MainWindow::setSubject(const QString& spec) { subject_->setSpec(spec); }

void MainWindow::showHolders() {
    if (!diagnosis_ || !diagnosis_->facts.targetNode()) return;
    holdersBox_->show();
    holdersPanel_->setPath(fromPath(diagnosis_->facts.targetNode()->path));
}

QString MainWindow::subject() const { return subject_->spec(); }

void MainWindow::setInputCompact(bool compact) {
    dropZone_->setCompact(compact);
    const int lines = compact ? 3 : 6;
    pasteBox_->setFixedHeight(pasteBox_->fontMetrics().lineSpacing() * lines + 2 * pasteBox_->frameWidth() + 8);
}

wd::ExplainOptions MainWindow::explainOptions() const {
    wd::ExplainOptions o;
    o.home = toPath(QDir::homePath());
    o.subject = subject_->spec().toStdString();
    o.auditLog = auditLog_;
    return o;
}

void MainWindow::startRequest(int row, std::optional<wd::Operation> op) {
    if (row < 0 || row >= static_cast<int>(requests_.size())) return;
    currentRequest_ = row;
    requestOp_ = op;
    wd::ExplainOptions o = explainOptions();
    o.op = op;
    const wd::ExplainedRequest planned = wd::planRequest(requests_[static_cast<size_t>(row)], lastText_, o);
    currentPath_ = fromPath(planned.request.path);
    currentContext_ = planned.request.context;
    checkAgainButton_->setEnabled(true);
    checkAgainAction_->setEnabled(true);
    runner_->startExplained(planned);
    addRecent(fromPath(*requests_[static_cast<size_t>(row)].path), planned.request.op);
}

void MainWindow::checkAgain() {
    if (currentRequest_ >= 0) startRequest(currentRequest_, requestOp_);
    else if (!currentPath_.isEmpty()) start(currentPath_);
}

void MainWindow::start(const QString& path) {
    currentPath_ = path;
    checkAgainButton_->setEnabled(!path.isEmpty());
    checkAgainAction_->setEnabled(!path.isEmpty());
    wd::DiagnoseRequest req;
    req.path = toPath(path);
    req.op = operation();
    req.subject = subject_->spec().toStdString();
    req.context = currentContext_;
    req.auditLog = auditLog_;
    runner_->start(req);
    addRecent(path, req.op);
}

void MainWindow::openPaths(const QStringList& paths) {
    if (paths.isEmpty()) return;
    afterFix_ = false;
    // A dropped file says nothing about what was tried: check everything, unless the person picked
    // an operation themselves (one a pasted text picked belongs to that text).
    if (opFromText_) setOperationSilently(wd::Operation::Any);
    opFromText_ = false;
    if (paths.size() == 1) return diagnose(paths.front());
    lastText_.clear();
    currentRequest_ = -1;
    noteLabel_->hide();
    requests_.clear();
    for (const QString& p : paths) {
        wd::ParsedRequest r;
        r.path = toPath(p);
        requests_.push_back(std::move(r));
    }
    showRequests();
    requestList_->setCurrentRow(0);
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
        const QSignalBlocker block(pasteBox_);
        pasteBox_->setPlainText(text);
    }
    parseDelay_.stop();
    parseText(text);
}

void MainWindow::parseText(const QString& text) {
    if (text == lastParsed_) return;
    lastParsed_ = text;
    if (text.trimmed().isEmpty()) return;
    afterFix_ = false;
    requests_.clear();
    currentRequest_ = -1;
    lastText_ = text.toStdString();
    // Requests without a path stay when the text alone has advice ("Permission denied (publickey)").
    for (wd::ExplainedRequest& e : wd::planExplain(lastText_, explainOptions()))
        if (e.parsed.path || !e.advice.empty()) requests_.push_back(std::move(e.parsed));
    noteLabel_->hide();
    // A new text is a new request: whose access and which operation come from it (the text never
    // names another account, so "me"), not from whatever the last one left in the selectors.
    if (subject_->spec() != QString()) {
        const QSignalBlocker block(subject_);
        subject_->setSpec(QString());
    }
    if (requests_.empty()) {
        // No path in it: the previous answer is not an answer to this text.
        runner_->cancel();
        currentPath_.clear();
        diagnosis_.reset();
        clearResults();
        showRequests();
        showNote(tr("No file or folder path was found in this text. Drop the file itself, or choose it with "
                    "Ctrl+O."));
        return;
    }
    showRequests();
    if (requestList_->currentRow() == 0) selectRequest(0);
    else requestList_->setCurrentRow(0);
}

void MainWindow::showRequests() {
    const QSignalBlocker block(requestList_);
    requestList_->clear();
    for (const wd::ParsedRequest& r : requests_) {
        QString text = r.path ? fromPath(*r.path) : tr("(no path)");
        QStringList details;
        if (r.operation != wd::Operation::Unknown) details << operationLabel(r.operation);
        if (!r.program.empty()) details << fromUtf8(r.program);
        if (wd::isForeign(r.platform)) details << tr("%1 path").arg(platformName(r.platform));
        if (!details.isEmpty()) text += QStringLiteral("   (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
        requestList_->addItem(text);
    }
    requestList_->setCurrentRow(-1);
    if (requestList_->count() > 0) {  // as tall as its rows, up to five; then it scrolls
        const int rows = std::min(requestList_->count(), 5);
        requestList_->setFixedHeight(requestList_->sizeHintForRow(0) * rows + 2 * requestList_->frameWidth() + 4);
    }
    requestsBox_->setVisible(requests_.size() > 1);
}

void MainWindow::selectRequest(int row) {
    if (row < 0 || row >= static_cast<int>(requests_.size())) return;
    const wd::ParsedRequest& r = requests_[static_cast<size_t>(row)];
    // Dropped paths have no text behind them: they are checked by themselves.
    const std::optional<wd::ExplainedRequest> planned =
        lastText_.empty() ? std::nullopt : std::optional(wd::planRequest(r, lastText_, explainOptions()));
    if (!r.path || wd::isForeign(r.platform)) {
        runner_->cancel();
        currentRequest_ = -1;
        currentPath_.clear();
        diagnosis_.reset();
        clearResults();
        if (r.path)
            showNote(tr("%1 is a %2 path. It must be diagnosed on the %2 machine where the error happened: run "
                        "WhyDenied there.").arg(fromPath(*r.path), platformName(r.platform)));
        else
            showNote(tr("The message names no file or folder."));
        // What the text alone tells, shown as cause cards.
        wd::Diagnosis advice;
        advice.verdict = wd::Verdict::Unknown;
        if (planned) advice.findings = planned->advice;
        showCards(advice);
        setVerdict(r.path ? tr("This path is on another computer") : tr("This is not about a file on this computer"),
                   tr("Nothing on this computer was checked; the advice below comes from the message."),
                   QStyle::SP_MessageBoxInformation);
        return;
    }
    if (r.relative)
        showNote(tr("The error names a relative path; it is checked in %1, which may not be the folder the "
                    "program ran in.").arg(QDir::toNativeSeparators(QDir::currentPath())));
    else
        noteLabel_->hide();
    if (!planned) {
        currentContext_ = {};
        currentRequest_ = -1;
        if (r.operation != wd::Operation::Unknown) setOperationSilently(r.operation);
        start(fromPath(*r.path));
        return;
    }
    setOperationSilently(planned->request.op);
    opFromText_ = true;
    startRequest(row, std::nullopt);
}

void MainWindow::onStarted() {
    busyText_->setText(tr("Checking %1…").arg(QDir::toNativeSeparators(currentPath_)));
    busyDelay_.start();
    slowHint_.start();
}

void MainWindow::showBusy() {
    if (!runner_->isRunning()) return;
    busyPanel_->show();
}

void MainWindow::stopBusy() {
    busyDelay_.stop();
    slowHint_.stop();
    busyPanel_->hide();
}

void MainWindow::onProgress(int, const QString& step) {
    if (slowHint_.isActive() && !step.isEmpty() && step != QLatin1String("done"))
        busyText_->setText(tr("Checking %1…  %2").arg(QDir::toNativeSeparators(currentPath_), step));
}

void MainWindow::onFinished(const wd::Diagnosis& result) {
    wd::Diagnosis d = result;
    // A recorded denial of a path this computer does not have: the record's cause comes first.
    if (d.facts.firstMissing >= 0 && !auditLog_.empty()) {
        std::vector<wd::Finding> advice = wd::adviceFromAuditLog(d.request);
        d.findings.insert(d.findings.begin(), advice.begin(), advice.end());
    }
    showDiagnosis(d);
}

void MainWindow::onExplained(const wd::ExplainedRequest& e) {
    if (!e.diagnosis) return;
    wd::Diagnosis d = *e.diagnosis;
    // As the CLI's explain: an audit record of a path this computer does not have answers it.
    if (e.adviceInstead) d.findings.insert(d.findings.begin(), e.advice.begin(), e.advice.end());
    showDiagnosis(d);
}

namespace {

// "Checked: read: allowed, write: denied (EACCES)." — every operation asked, in the reader's language.
QString accessSummary(const wd::Diagnosis& d) {
    QStringList parts;
    for (const wd::AccessResult& a : d.access) {
        const QString op = a.inside ? MainWindow::tr("create inside") : operationLabel(a.op);
        switch (a.verdict) {
        case wd::Verdict::Allowed: parts << MainWindow::tr("%1: allowed").arg(op); break;
        case wd::Verdict::Denied:
            parts << (a.errnoName.empty() ? MainWindow::tr("%1: denied").arg(op)
                                          : MainWindow::tr("%1: denied (%2)").arg(op, fromUtf8(a.errnoName)));
            break;
        case wd::Verdict::Unknown: parts << MainWindow::tr("%1: unknown").arg(op); break;
        }
    }
    return MainWindow::tr("Checked: %1.").arg(parts.join(MainWindow::tr(", ")));
}

}  // namespace

void MainWindow::showDiagnosis(const wd::Diagnosis& result) {
    stopBusy();
    // Right after a fix the question is "did it work?": a yes reads "Fixed", not "the error must
    // come from somewhere else" (which is what an allowed check of a failed operation suggests).
    wd::Diagnosis d = result;
    const bool fixedNow = afterFix_ && d.verdict == wd::Verdict::Allowed;
    afterFix_ = false;
    if (fixedNow) std::erase_if(d.findings, [](const wd::Finding& f) { return f.cause == "error-from-elsewhere"; });
    diagnosis_ = d;
    if (systemAuditAction_) systemAuditAction_->setEnabled(!d.facts.absolute.empty());
    setWindowTitle(tr("%1 — WhyDenied").arg(QFileInfo(currentPath_).fileName()));

    QString small;
    const bool several = d.access.size() > 1;
    // A verdict worked out from the facts (checking for someone else without root) is not the
    // kernel's answer, and the line must not say it is.
    const bool computed = d.facts.verdictSource == wd::VerdictSource::Computed;
    // The check in the reader's language; a probe that words it only in English (`what`) shows that.
    const QString what = d.facts.verdict.said.empty() ? fromUtf8(d.facts.verdict.what) : wdgui::tr(d.facts.verdict.said);
    const QString denial = computed ? tr("Computed from the facts, not asked of the kernel: %1 (%2).").arg(fromUtf8(d.errnoName), what)
                                    : tr("The kernel answers %1 to %2.").arg(fromUtf8(d.errnoName), what);
    if (!d.error.empty()) small = d.errorSaid.empty() ? fromUtf8(d.error) : wdgui::tr(d.errorSaid);
    else if (several && d.verdict == wd::Verdict::Denied && !d.errnoName.empty())
        small = accessSummary(d) + QLatin1Char(' ') + denial;
    else if (several) small = accessSummary(d);
    else if (d.verdict == wd::Verdict::Allowed)
        small = computed ? tr("Computed from the facts, not asked of the kernel: allowed (%1).").arg(what)
                         : tr("The kernel allows it now (%1).").arg(what);
    else if (!d.errnoName.empty())
        small = denial;
    if (d.facts.verdictComputed && !computed) small += QLatin1Char(' ') + tr("Part of the answer is computed, not asked.");
    for (const wd::Message& note : d.facts.notes) small += QLatin1Char('\n') + wdgui::tr(note);
    const int icon = d.verdict == wd::Verdict::Allowed  ? QStyle::SP_DialogApplyButton
                     : d.verdict == wd::Verdict::Denied ? QStyle::SP_MessageBoxCritical
                                                        : QStyle::SP_MessageBoxQuestion;
    const QString sentence = wdgui::tr(wd::verdictSentence(d));
    setVerdict(fixedNow ? tr("Fixed: %1").arg(sentence) : sentence, small, icon);
    subjectLabel_->setText(tr("%1 · %2").arg(operationLabel(d.request.op), fromPath(d.facts.absolute.empty()
                                                                                      ? d.request.path
                                                                                      : d.facts.absolute)));
    subjectLabel_->show();
    showCards(d);
    const wd::Node* target = d.facts.targetNode();
    showHoldersButton_->setEnabled(target != nullptr);
    const bool held = !d.facts.holders.empty() ||
                      std::any_of(d.findings.begin(), d.findings.end(), [](const wd::Finding& f) {
                          return f.cause == "file-locked-by-process" || f.cause == "text-file-busy";
                      });
    if (target && held) showHolders();
    else if (target && holdersBox_->isVisible() && holdersPanel_->path() == fromPath(target->path))
        holdersPanel_->refresh();
    else holdersBox_->hide();
    // Only a component that stops the operation is marked: an allowed answer has none, whatever a
    // finding about it points at (error-from-elsewhere names the file itself).
    chainModel_->setChain(d.facts.chain,
                          d.verdict == wd::Verdict::Denied && !d.findings.empty() ? d.findings.front().node : -1);
    if (chainModel_->faultRow() >= 0) chainView_->scrollTo(chainModel_->index(chainModel_->faultRow(), 0));
    if (auto* audit = findChild<QPushButton*>(QStringLiteral("auditButton"))) {
        const wd::Operation op = d.request.op == wd::Operation::Any ? wd::Operation::Write : d.request.op;
        audit->setVisible(target && target->isDir() && wd::auditSupports(op));
    }
    copyReportButton_->setEnabled(true);
    saveReportButton_->setEnabled(true);
    copyReportAction_->setEnabled(true);
    saveReportAction_->setEnabled(true);
    setInputCompact(true);
    emit diagnosisShown();
}

void MainWindow::onCancelled(const wd::DiagnoseRequest& request) {
    stopBusy();
    diagnosis_.reset();
    clearResults();
    setVerdict(tr("Gave up waiting for %1").arg(QFileInfo(fromPath(request.path)).fileName()),
               tr("The check was cancelled. If the file is on a network share that is not answering, the check "
                  "may still be stuck in the background; it cannot harm anything."),
               QStyle::SP_MessageBoxWarning);
    subjectLabel_->setText(tr("%1 · %2").arg(operationLabel(request.op), fromPath(request.path)));
    subjectLabel_->show();
    statusBar()->showMessage(tr("Cancelled"), 4000);
    emit diagnosisCancelled();
}

void MainWindow::showNote(const QString& text) {
    noteLabel_->setText(text);
    noteLabel_->show();
}

void MainWindow::setVerdict(const QString& sentence, const QString& small, int icon) {
    verdictLabel_->setText(sentence);
    errnoLabel_->setText(small);
    errnoLabel_->setVisible(!small.isEmpty());
    const int size = verdictLabel_->fontMetrics().height() * 3 / 2;
    if (icon < 0) verdictIcon_->clear();
    else
        verdictIcon_->setPixmap(style()->standardIcon(static_cast<QStyle::StandardPixmap>(icon))
                                    .pixmap(QSize(size, size), devicePixelRatioF()));
    verdictIcon_->setVisible(icon >= 0);
}

void MainWindow::clearResults() {
    setInputCompact(false);
    setVerdict(tr("Why was it denied?"),
               tr("Drop the file or folder that gave the error, or paste the error message."), -1);
    subjectLabel_->clear();
    subjectLabel_->hide();
    showCards(wd::Diagnosis{});
    cardsPlaceholder_->setText(tr("The likely causes will appear here, most likely first, each with the change "
                                  "that would fix it."));
    chainModel_->clear();
    holdersBox_->hide();
    showHoldersButton_->setEnabled(false);
    if (auto* audit = findChild<QPushButton*>(QStringLiteral("auditButton"))) audit->hide();
    copyReportButton_->setEnabled(false);
    saveReportButton_->setEnabled(false);
    copyReportAction_->setEnabled(false);
    saveReportAction_->setEnabled(false);
    setWindowTitle(tr("WhyDenied"));
}

namespace {
// The plan "Fix all" applies: one operation's, verified by the what-if model, more than one step
// (one step is the cause card's own button), every step one this build applies, for the caller.
const wd::Plan* planToOffer(const wd::Diagnosis& d) {
    if (d.access.size() != 1 || !d.access.front().plan || d.isForAnotherSubject()) return nullptr;
    const wd::Plan& p = *d.access.front().plan;
    if (!p.verified || p.steps.size() < 2) return nullptr;
    for (const wd::PlanStep& s : p.steps)
        if (s.shown.advisory) return nullptr;
    return &p;
}
}  // namespace

void MainWindow::showCards(const wd::Diagnosis& d) {
    // Cards are rebuilt per diagnosis: a handful at most, each with its own fix rows.
    for (CauseCard* card : cardsArea_->widget()->findChildren<CauseCard*>(Qt::FindDirectChildrenOnly))
        delete card;
    delete fixAllButton_;
    fixAllButton_ = nullptr;
    if (const wd::Plan* plan = planToOffer(d)) {
        fixAllButton_ = new QPushButton(tr("Fix all (%1 steps)").arg(plan->steps.size()), cardsArea_->widget());
        fixAllButton_->setObjectName(QStringLiteral("fixAll"));
        QStringList commands;
        for (const wd::PlanStep& s : plan->steps) commands << fromUtf8(wd::shownCommand(s.fix.command));
        fixAllButton_->setToolTip(commands.join(QLatin1Char('\n')));
        connect(fixAllButton_, &QPushButton::clicked, this, &MainWindow::fixAll);
        cardsLayout_->insertWidget(0, fixAllButton_);
    }
    int rank = 0;
    for (const wd::Finding& f : d.findings) {
        auto* card = new CauseCard(f, ++rank, cardsArea_->widget());
        connect(card, &CauseCard::commandCopied, this,
                [this] { statusBar()->showMessage(tr("Command copied to the clipboard"), 3000); });
        connect(card, &CauseCard::fixRequested, this, &MainWindow::openFix);
        cardsLayout_->insertWidget(cardsLayout_->count() - 1, card);
    }
    // The cards' buttons between the list of causes and the path table, in reading order: new
    // widgets would otherwise join the end of the Tab chain, after everything else.
    QWidget* previous = cardsArea_;
    if (fixAllButton_) {
        setTabOrder(previous, fixAllButton_);
        previous = fixAllButton_;
    }
    for (CauseCard* card : cardsArea_->widget()->findChildren<CauseCard*>(Qt::FindDirectChildrenOnly))
        for (QWidget* w : card->findChildren<QWidget*>())
            if (w->focusPolicy() & Qt::TabFocus) {
                setTabOrder(previous, w);
                previous = w;
            }
    setTabOrder(previous, chainView_);
    cardsPlaceholder_->setVisible(d.findings.empty());
    if (d.verdict == wd::Verdict::Allowed)
        cardsPlaceholder_->setText(tr("No permission problem here. Check that the program uses this exact path, "
                                      "that it runs as you (not as a service user or in a container), and on this "
                                      "computer."));
    else if (!d.error.empty())
        cardsPlaceholder_->setText(tr("This input could not be checked."));
}

void MainWindow::openFix(const QString& fixId) {
    if (!diagnosis_ || isBusy()) return;
    const wd::PlanResult pr = wd::planFix(*diagnosis_, fixId.toStdString());
    if (!pr.plan) {
        QMessageBox::information(this, tr("Cannot apply this fix"), wdgui::tr(pr.why));
        return;
    }
    auto* dialog = new FixDialog(*pr.plan, wd::ApplyOptions{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The window shows the new answer as soon as something changed (and again after an undo).
    // Checked again the same way, so the pasted requests and the text's context stay.
    connect(dialog, &FixDialog::fixApplied, this, [this] {
        afterFix_ = true;
        checkAgain();
    });
    connect(dialog, &FixDialog::fixUndone, this, [this] { checkAgain(); });
    connect(dialog, &FixDialog::commandCopied, this,
            [this] { statusBar()->showMessage(tr("Command copied to the clipboard"), 3000); });
    dialog->open();
}

void MainWindow::fixAll() {
    if (!diagnosis_ || isBusy()) return;
    const wd::Plan* offered = planToOffer(*diagnosis_);
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
    fixAllButton_->setEnabled(false);
    auto* watcher = new QFutureWatcher<wd::PlanOutcome>(this);
    connect(watcher, &QFutureWatcher<wd::PlanOutcome>::finished, this, [this, watcher] {
        const wd::PlanOutcome out = watcher->result();
        watcher->deleteLater();
        afterFix_ = !out.recordId.empty();
        checkAgain();
        if (!out.recordId.empty()) offerPlanUndo(out.recordId, wdgui::tr(out.said));
        else QMessageBox::information(this, tr("Fix all"), wdgui::tr(out.said));
    });
    watcher->setFuture(QtConcurrent::run([plan] { return wd::applyPlan(plan, wd::ApplyOptions{}); }));
}

// One Undo for the whole plan: its steps in reverse, the privileged part as one helper request.
void MainWindow::offerPlanUndo(const std::string& recordId, const QString& outcome) {
    QMessageBox box(QMessageBox::Information, tr("Fix all"), outcome, QMessageBox::Ok, this);
    QPushButton* undo = box.addButton(tr("Undo all"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() != undo) return;
    auto* watcher = new QFutureWatcher<wd::UndoOutcome>(this);
    connect(watcher, &QFutureWatcher<wd::UndoOutcome>::finished, this, [this, watcher] {
        const wd::UndoOutcome u = watcher->result();
        watcher->deleteLater();
        statusBar()->showMessage(wdgui::tr(u.said), 10000);
        checkAgain();
    });
    watcher->setFuture(QtConcurrent::run([recordId] { return wd::undoPlan(recordId, wd::ApplyOptions{}); }));
}

void MainWindow::chooseFile() {
    const QString start = currentPath_.isEmpty() ? QDir::homePath() : QFileInfo(currentPath_).absolutePath();
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
    const QString start = currentPath_.isEmpty() ? QDir::homePath() : QFileInfo(currentPath_).absolutePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Audit a folder"), start);
    if (!folder.isEmpty()) openAudit(folder);
}

void MainWindow::chooseFolder() {
    const QString start = currentPath_.isEmpty() ? QDir::homePath() : QFileInfo(currentPath_).absolutePath();
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
    if (!diagnosis_ || diagnosis_->facts.absolute.empty()) return;
    const wd::Facts& f = diagnosis_->facts;
    // The records name the file where the kernel found it: the resolved path when there is one.
    const std::string path = f.targetNode() ? f.targetNode()->path : f.absolute;
    const double when = currentContext_.time;
    systemAuditAction_->setEnabled(false);
    statusBar()->showMessage(tr("Reading the system audit log…"));
    auto* watcher = new QFutureWatcher<wd::AdminAuditRead>(this);
    connect(watcher, &QFutureWatcher<wd::AdminAuditRead>::finished, this, [this, watcher, path] {
        const wd::AdminAuditRead r = watcher->result();
        watcher->deleteLater();
        systemAuditAction_->setEnabled(true);
        if (!r.error.empty()) {
            statusBar()->clearMessage();
            const QString why = r.said.empty() ? QString::fromStdString(r.error) : wdgui::tr(r.said);
            showNote(tr("The system audit log was not read: %1").arg(why));
        } else if (r.lines.empty()) {
            statusBar()->showMessage(tr("The system audit log has no record of %1").arg(fromPath(path)));
        } else {
            auditLog_ = r.lines;
            statusBar()->showMessage(tr("Audit log: the system's records of %1").arg(fromPath(path)));
            checkAgain();
        }
        emit auditLogRead();
    });
    watcher->setFuture(QtConcurrent::run([path, when] { return wd::readAuditLogAsAdministrator(path, when); }));
#endif
}

bool MainWindow::setAuditLog(const QString& file) {
    constexpr qint64 kMaxLog = 64 << 20;  // as the CLI: a larger file is a mistake
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly) || in.size() > kMaxLog) {
        showNote(tr("%1 could not be read as an audit log.").arg(QDir::toNativeSeparators(file)));
        return false;
    }
    const QByteArray bytes = in.read(kMaxLog);
    auditLog_.assign(bytes.constData(), static_cast<size_t>(bytes.size()));
    statusBar()->showMessage(tr("Audit log: %1").arg(QDir::toNativeSeparators(file)));
    checkAgain();
    return true;
}

void MainWindow::copyReport() {
    if (!diagnosis_) return;
    QApplication::clipboard()->setText(QString::fromStdString(wd::diagnosisMarkdown(*diagnosis_)));
    statusBar()->showMessage(tr("Report copied to the clipboard"), 3000);
}

void MainWindow::saveReport() {
    if (!diagnosis_) return;
    const QString name = QFileInfo(currentPath_).fileName();
    const QString suggested =
        QDir::home().filePath(tr("whydenied-%1.md").arg(name.isEmpty() ? QStringLiteral("report") : name));
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Save report"), suggested, tr("Markdown (*.md);;Text (*.txt)"));
    if (target.isEmpty()) return;
    QSaveFile out(target);
    const QByteArray bytes = QByteArray::fromStdString(wd::diagnosisMarkdown(*diagnosis_));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        QMessageBox::warning(this, tr("Save report"),
                             tr("The report could not be saved to %1: %2").arg(target, out.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(target)), 4000);
}

void MainWindow::addRecent(const QString& path, wd::Operation op) {
    const QString entry = QString::fromLatin1(wd::toString(op).data(), static_cast<qsizetype>(wd::toString(op).size())) +
                          QLatin1Char('\t') + path;
    recent_.removeAll(entry);
    recent_.prepend(entry);
    while (recent_.size() > kMaxRecent) recent_.removeLast();
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    for (const QString& entry : recent_) {
        const qsizetype tab = entry.indexOf(QLatin1Char('\t'));
        if (tab < 0) continue;
        const auto op = wd::operationFromString(entry.left(tab).toStdString());
        const QString path = entry.mid(tab + 1);
        if (!op) continue;
        recentMenu_->addAction(tr("%1 — %2").arg(operationLabel(*op), path), this, [this, op = *op, path] {
            setOperationSilently(op);
            diagnose(path);
        });
    }
    if (recent_.isEmpty()) recentMenu_->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::loadSettings() {
    persistent_ = true;
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    splitter_->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
    recent_ = s.value(QStringLiteral("recent")).toStringList();
    rebuildRecentMenu();
}

void MainWindow::saveSettings() {
    if (!persistent_) return;
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/splitter"), splitter_->saveState());
    s.setValue(QStringLiteral("recent"), recent_);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    runner_->cancel();
    QMainWindow::closeEvent(event);
}

}  // namespace wdgui
