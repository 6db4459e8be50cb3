// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputPanel.h"

#include "DropZone.h"
#include "MainWindow.h"  // the strings keep MainWindow's translation context
#include "SubjectSelector.h"
#include "Translate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace wdgui {

namespace {

constexpr wd::Operation kComboOperations[] = {
    wd::Operation::Any,    wd::Operation::Read,   wd::Operation::Write,   wd::Operation::Create,
    wd::Operation::Delete, wd::Operation::Rename,  wd::Operation::Execute,
    wd::Operation::List,   wd::Operation::Traverse, wd::Operation::Connect,
};

}  // namespace

QString platformName(wd::Platform p) {
    switch (p) {
    case wd::Platform::Windows: return MainWindow::tr("Windows");
    case wd::Platform::MacOS: return MainWindow::tr("macOS");
    case wd::Platform::Linux: return MainWindow::tr("Linux");
    case wd::Platform::Any: break;
    }
    return {};
}

InputPanel::InputPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("inputPanel"));
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(10);

    // Input: the drop zone, and beside it the paste box.
    auto* input = new QHBoxLayout;
    dropZone_ = new DropZone(this);
    input->addWidget(dropZone_, 3);
    auto* pasteColumn = new QVBoxLayout;
    pasteColumn->setSpacing(4);
    auto* pasteLabel = new QLabel(MainWindow::tr("Error te&xt"), this);
    pasteBox_ = new QPlainTextEdit(this);
    pasteBox_->setObjectName(QStringLiteral("pasteBox"));
    pasteBox_->setPlaceholderText(MainWindow::tr("Paste an error message here, for example:\n"
                                     "PermissionError: [Errno 13] Permission denied: '/srv/report.csv'"));
    pasteBox_->setTabChangesFocus(true);
    pasteBox_->setAccessibleName(MainWindow::tr("Error text"));
    pasteBox_->setAccessibleDescription(MainWindow::tr("Paste the error message; the paths in it are checked"));
    // The input row stays compact: the answer below is what the window is for.
    setCompact(false);
    pasteLabel->setBuddy(pasteBox_);
    pasteColumn->addWidget(pasteLabel);
    pasteColumn->addWidget(pasteBox_, 1);
    input->addLayout(pasteColumn, 2);
    root->addLayout(input);

    // The requests found in pasted text (or several dropped files); shown when there is a choice.
    requestsBox_ = new QWidget(this);
    auto* reqLayout = new QVBoxLayout(requestsBox_);
    reqLayout->setContentsMargins(0, 0, 0, 0);
    reqLayout->setSpacing(4);
    auto* reqLabel = new QLabel(MainWindow::tr("Found several &paths; choose one to check:"), requestsBox_);
    requestList_ = new QListWidget(requestsBox_);
    requestList_->setObjectName(QStringLiteral("requestList"));
    requestList_->setAccessibleName(MainWindow::tr("Paths found"));
    requestList_->setUniformItemSizes(true);
    reqLabel->setBuddy(requestList_);
    reqLayout->addWidget(reqLabel);
    reqLayout->addWidget(requestList_);
    requestsBox_->hide();
    root->addWidget(requestsBox_);

    noteLabel_ = new QLabel(this);
    noteLabel_->setObjectName(QStringLiteral("noteLabel"));
    noteLabel_->setWordWrap(true);
    noteLabel_->setTextFormat(Qt::PlainText);
    noteLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    noteLabel_->setFrameShape(QFrame::StyledPanel);
    noteLabel_->setBackgroundRole(QPalette::ToolTipBase);
    noteLabel_->setForegroundRole(QPalette::ToolTipText);
    noteLabel_->setAutoFillBackground(true);
    noteLabel_->setMargin(8);
    noteLabel_->setAccessibleName(MainWindow::tr("Note"));
    noteLabel_->hide();
    root->addWidget(noteLabel_);

    // Controls.
    auto* controls = new QHBoxLayout;
    auto* opLabel = new QLabel(MainWindow::tr("&Operation:"), this);
    opCombo_ = new QComboBox(this);
    opCombo_->setObjectName(QStringLiteral("operationCombo"));
    opCombo_->setAccessibleName(MainWindow::tr("Operation"));
    opCombo_->setToolTip(MainWindow::tr("What the program tried to do; changing it checks again"));
    // First and chosen until the text or the user says otherwise: every plausible operation.
    for (wd::Operation op : kComboOperations)
        opCombo_->addItem(op == wd::Operation::Any ? MainWindow::tr("Anything denied?") : operationLabel(op), static_cast<int>(op));
    opLabel->setBuddy(opCombo_);
    chooseButton_ = new QPushButton(MainWindow::tr("Choose file…"), this);
    chooseButton_->setObjectName(QStringLiteral("chooseButton"));
    chooseButton_->setAccessibleName(MainWindow::tr("Choose file"));
    chooseButton_->setToolTip(MainWindow::tr("Choose a file to check (Ctrl+O)"));
    copyReportButton_ = new QPushButton(MainWindow::tr("Copy report"), this);
    copyReportButton_->setObjectName(QStringLiteral("copyReportButton"));
    copyReportButton_->setAccessibleName(MainWindow::tr("Copy report"));
    copyReportButton_->setToolTip(MainWindow::tr("Copy the diagnosis as Markdown, for a support ticket"));
    saveReportButton_ = new QPushButton(MainWindow::tr("Save report…"), this);
    saveReportButton_->setObjectName(QStringLiteral("saveReportButton"));
    saveReportButton_->setAccessibleName(MainWindow::tr("Save report"));
    // After the person changed something outside (a chmod in a terminal): ask the system again.
    checkAgainButton_ = new QPushButton(MainWindow::tr("Check again"), this);
    checkAgainButton_->setObjectName(QStringLiteral("checkAgainButton"));
    checkAgainButton_->setAccessibleName(MainWindow::tr("Check again"));
    checkAgainButton_->setToolTip(MainWindow::tr("Ask the system again (F5), after you changed something yourself"));
    checkAgainButton_->setEnabled(false);
    subject_ = new SubjectSelector(this);
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


    connect(opCombo_, &QComboBox::currentIndexChanged, this, [this] { emit operationChosen(operation()); });
}

wd::Operation InputPanel::operation() const {
    return static_cast<wd::Operation>(opCombo_->currentData().toInt());
}

void InputPanel::selectOperation(wd::Operation op, bool silently) {
    const QSignalBlocker block(silently ? opCombo_ : nullptr);
    int i = opCombo_->findData(static_cast<int>(op));
    if (i < 0) {  // chmod/chown come only from parsed text; offer them when they do
        opCombo_->addItem(operationLabel(op), static_cast<int>(op));
        i = opCombo_->count() - 1;
    }
    opCombo_->setCurrentIndex(i);
}

void InputPanel::setCompact(bool compact) {
    dropZone_->setCompact(compact);
    const int lines = compact ? 3 : 6;
    pasteBox_->setFixedHeight(pasteBox_->fontMetrics().lineSpacing() * lines + 2 * pasteBox_->frameWidth() + 8);
    // Settle this panel's layout now, so the window's relayout (one event away) gives the answer
    // the room at once, as when these rows were the window's own.
    layout()->activate();
}

void InputPanel::showRequests(const std::vector<wd::ParsedRequest>& requests) {
    const QSignalBlocker block(requestList_);
    requestList_->clear();
    for (const wd::ParsedRequest& r : requests) {
        QString text = r.path ? fromPath(*r.path) : MainWindow::tr("(no path)");
        QStringList details;
        if (r.operation != wd::Operation::Unknown) details << operationLabel(r.operation);
        if (!r.program.empty()) details << fromUtf8(r.program);
        if (wd::isForeign(r.platform)) details << MainWindow::tr("%1 path").arg(platformName(r.platform));
        if (!details.isEmpty()) text += QStringLiteral("   (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
        requestList_->addItem(text);
    }
    requestList_->setCurrentRow(-1);
    if (requestList_->count() > 0) {  // as tall as its rows, up to five; then it scrolls
        const int rows = std::min(requestList_->count(), 5);
        requestList_->setFixedHeight(requestList_->sizeHintForRow(0) * rows + 2 * requestList_->frameWidth() + 4);
    }
    requestsBox_->setVisible(requests.size() > 1);
}

void InputPanel::showNote(const QString& text) {
    noteLabel_->setText(text);
    noteLabel_->show();
}

void InputPanel::hideNote() { noteLabel_->hide(); }

}  // namespace wdgui
