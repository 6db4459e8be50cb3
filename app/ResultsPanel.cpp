// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultsPanel.h"

#include "CauseCard.h"
#include "HoldersPanel.h"
#include "MainWindow.h"  // the strings keep MainWindow's translation context
#include "PathChainModel.h"
#include "Translate.h"
#include "whydenied/audit.h"
#include "whydenied/report.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wdgui {

namespace {

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

const wd::Plan* planToOffer(const wd::Diagnosis& d) {
    if (d.access.size() != 1 || !d.access.front().plan || d.isForAnotherSubject()) return nullptr;
    const wd::Plan& p = *d.access.front().plan;
    if (!p.verified || p.steps.size() < 2) return nullptr;
    for (const wd::PlanStep& s : p.steps)
        if (s.shown.advisory) return nullptr;
    return &p;
}

ResultsPanel::ResultsPanel(QWidget* parent) : QWidget(parent), chainModel_(new PathChainModel(this)) {
    setObjectName(QStringLiteral("resultsPanel"));
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(10);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    root->addWidget(line);

    // The answer, in one sentence.
    auto* answer = new QHBoxLayout;
    answer->setSpacing(12);
    verdictIcon_ = new QLabel(this);
    verdictIcon_->setAlignment(Qt::AlignTop);
    answer->addWidget(verdictIcon_, 0, Qt::AlignTop);
    auto* answerText = new QVBoxLayout;
    answerText->setSpacing(2);
    verdictLabel_ = new QLabel(this);
    verdictLabel_->setObjectName(QStringLiteral("verdictLabel"));
    verdictLabel_->setWordWrap(true);
    verdictLabel_->setTextFormat(Qt::PlainText);
    verdictLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    verdictLabel_->setAccessibleName(MainWindow::tr("Answer"));
    QFont big = verdictLabel_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    verdictLabel_->setFont(big);
    subjectLabel_ = smallPrint(this);
    subjectLabel_->setObjectName(QStringLiteral("subjectLabel"));
    subjectLabel_->setAccessibleName(MainWindow::tr("Checked path"));
    errnoLabel_ = smallPrint(this);
    errnoLabel_->setObjectName(QStringLiteral("errnoLabel"));
    errnoLabel_->setAccessibleName(MainWindow::tr("The kernel's answer"));
    answerText->addWidget(verdictLabel_);
    answerText->addWidget(subjectLabel_);
    answerText->addWidget(errnoLabel_);
    // A folder was checked: offer the audit of everything inside it, in a window of its own.
    auditButton_ = new QPushButton(MainWindow::tr("Audit everything inside…"), this);
    auditButton_->setObjectName(QStringLiteral("auditButton"));
    auditButton_->setToolTip(MainWindow::tr("Check every file and folder beneath this folder, grouped by cause"));
    auditButton_->hide();
    answerText->addWidget(auditButton_, 0, Qt::AlignLeft);
    connect(auditButton_, &QPushButton::clicked, this, &ResultsPanel::auditRequested);
    answer->addLayout(answerText, 1);
    root->addLayout(answer);

    // Causes on the left, the path on the right.
    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->setObjectName(QStringLiteral("resultsSplitter"));
    splitter_->setChildrenCollapsible(false);

    auto* causes = new QWidget(splitter_);
    auto* causesLayout = new QVBoxLayout(causes);
    causesLayout->setContentsMargins(0, 0, 0, 0);
    causesLayout->setSpacing(4);
    causesLayout->addWidget(heading(MainWindow::tr("Likely causes"), causes));
    cardsArea_ = new QScrollArea(causes);
    cardsArea_->setObjectName(QStringLiteral("cardsArea"));
    cardsArea_->setWidgetResizable(true);
    cardsArea_->setFrameShape(QFrame::NoFrame);
    cardsArea_->setAccessibleName(MainWindow::tr("Likely causes"));
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
    pathLayout->addWidget(heading(MainWindow::tr("Path, component by component"), path));
    chainView_ = new QTableView(path);
    chainView_->setObjectName(QStringLiteral("chainView"));
    chainView_->setAccessibleName(MainWindow::tr("Path, component by component"));
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
    showHoldersButton_ = new QPushButton(MainWindow::tr("Show programs using it"), path);
    showHoldersButton_->setObjectName(QStringLiteral("showHoldersButton"));
    showHoldersButton_->setAccessibleName(MainWindow::tr("Show programs using it"));
    showHoldersButton_->setToolTip(MainWindow::tr("List the processes that have this file open, mapped or locked"));
    showHoldersButton_->setEnabled(false);
    pathLayout->addWidget(showHoldersButton_, 0, Qt::AlignLeft);
    holdersBox_ = new QWidget(path);
    auto* holdersLayout = new QVBoxLayout(holdersBox_);
    holdersLayout->setContentsMargins(0, 6, 0, 0);
    holdersLayout->addWidget(heading(MainWindow::tr("Programs using it"), holdersBox_));
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

    connect(showHoldersButton_, &QPushButton::clicked, this, &ResultsPanel::holdersRequested);
    connect(holdersPanel_, &HoldersPanel::processEnded, this, &ResultsPanel::processEnded);
}

void ResultsPanel::clear() {
    setVerdict(MainWindow::tr("Why was it denied?"),
               MainWindow::tr("Drop the file or folder that gave the error, or paste the error message."), -1);
    subjectLabel_->clear();
    subjectLabel_->hide();
    // A named empty answer: mingw's -O3 takes a temporary's strings for uninitialised here.
    static const wd::Diagnosis kNoAnswer;
    showCards(kNoAnswer);
    cardsPlaceholder_->setText(MainWindow::tr("The likely causes will appear here, most likely first, each with the change "
                                  "that would fix it."));
    chainModel_->clear();
    holdersBox_->hide();
    showHoldersButton_->setEnabled(false);
    auditButton_->hide();
}

void ResultsPanel::showHolders(const QString& path) {
    holdersBox_->show();
    holdersPanel_->setPath(path);
}

void ResultsPanel::showDiagnosis(const wd::Diagnosis& d, bool fixedNow) {
    QString small;
    const bool several = d.access.size() > 1;
    // A verdict worked out from the facts (checking for someone else without root) is not the
    // kernel's answer, and the line must not say it is.
    const bool computed = d.facts.verdictSource == wd::VerdictSource::Computed;
    // The check in the reader's language; a probe that words it only in English (`what`) shows that.
    const QString what = d.facts.verdict.said.empty() ? fromUtf8(d.facts.verdict.what) : wdgui::tr(d.facts.verdict.said);
    const QString denial = computed ? MainWindow::tr("Computed from the facts, not asked of the kernel: %1 (%2).").arg(fromUtf8(d.errnoName), what)
                                    : MainWindow::tr("The kernel answers %1 to %2.").arg(fromUtf8(d.errnoName), what);
    if (!d.error.empty()) small = d.errorSaid.empty() ? fromUtf8(d.error) : wdgui::tr(d.errorSaid);
    else if (several && d.verdict == wd::Verdict::Denied && !d.errnoName.empty())
        small = accessSummary(d) + QLatin1Char(' ') + denial;
    else if (several) small = accessSummary(d);
    else if (d.verdict == wd::Verdict::Allowed)
        small = computed ? MainWindow::tr("Computed from the facts, not asked of the kernel: allowed (%1).").arg(what)
                         : MainWindow::tr("The kernel allows it now (%1).").arg(what);
    else if (!d.errnoName.empty())
        small = denial;
    if (d.facts.verdictComputed && !computed) small += QLatin1Char(' ') + MainWindow::tr("Part of the answer is computed, not asked.");
    for (const wd::Message& note : d.facts.notes) small += QLatin1Char('\n') + wdgui::tr(note);
    const int icon = d.verdict == wd::Verdict::Allowed  ? QStyle::SP_DialogApplyButton
                     : d.verdict == wd::Verdict::Denied ? QStyle::SP_MessageBoxCritical
                                                        : QStyle::SP_MessageBoxQuestion;
    const QString sentence = wdgui::tr(wd::verdictSentence(d));
    setVerdict(fixedNow ? MainWindow::tr("Fixed: %1").arg(sentence) : sentence, small, icon);
    subjectLabel_->setText(MainWindow::tr("%1 · %2").arg(operationLabel(d.request.op), fromPath(d.facts.absolute.empty()
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
    if (target && held) showHolders(fromPath(target->path));
    else if (target && holdersBox_->isVisible() && holdersPanel_->path() == fromPath(target->path))
        holdersPanel_->refresh();
    else holdersBox_->hide();
    // Only a component that stops the operation is marked: an allowed answer has none, whatever a
    // finding about it points at (error-from-elsewhere names the file itself).
    chainModel_->setChain(d.facts.chain,
                          d.verdict == wd::Verdict::Denied && !d.findings.empty() ? d.findings.front().node : -1);
    if (chainModel_->faultRow() >= 0) chainView_->scrollTo(chainModel_->index(chainModel_->faultRow(), 0));
    const wd::Operation op = d.request.op == wd::Operation::Any ? wd::Operation::Write : d.request.op;
    auditButton_->setVisible(target && target->isDir() && wd::auditSupports(op));
}

void ResultsPanel::showCancelled(const wd::DiagnoseRequest& request) {
    setVerdict(MainWindow::tr("Gave up waiting for %1").arg(QFileInfo(fromPath(request.path)).fileName()),
               MainWindow::tr("The check was cancelled. If the file is on a network share that is not answering, the check "
                  "may still be stuck in the background; it cannot harm anything."),
               QStyle::SP_MessageBoxWarning);
    subjectLabel_->setText(MainWindow::tr("%1 · %2").arg(operationLabel(request.op), fromPath(request.path)));
    subjectLabel_->show();
}

void ResultsPanel::setVerdict(const QString& sentence, const QString& small, int icon) {
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

void ResultsPanel::showCards(const wd::Diagnosis& d) {
    // Cards are rebuilt per diagnosis: a handful at most, each with its own fix rows.
    for (CauseCard* card : cardsArea_->widget()->findChildren<CauseCard*>(Qt::FindDirectChildrenOnly))
        delete card;
    delete fixAllButton_;
    fixAllButton_ = nullptr;
    if (const wd::Plan* plan = planToOffer(d)) {
        fixAllButton_ = new QPushButton(MainWindow::tr("Fix all (%1 steps)").arg(plan->steps.size()), cardsArea_->widget());
        fixAllButton_->setObjectName(QStringLiteral("fixAll"));
        QStringList commands;
        for (const wd::PlanStep& s : plan->steps) commands << fromUtf8(wd::shownCommand(s.fix.command));
        fixAllButton_->setToolTip(commands.join(QLatin1Char('\n')));
        connect(fixAllButton_, &QPushButton::clicked, this, &ResultsPanel::fixAllRequested);
        cardsLayout_->insertWidget(0, fixAllButton_);
    }
    int rank = 0;
    for (const wd::Finding& f : d.findings) {
        auto* card = new CauseCard(f, ++rank, cardsArea_->widget());
        connect(card, &CauseCard::commandCopied, this, &ResultsPanel::commandCopied);
        connect(card, &CauseCard::fixRequested, this, &ResultsPanel::fixRequested);
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
        cardsPlaceholder_->setText(MainWindow::tr("No permission problem here. Check that the program uses this exact path, "
                                      "that it runs as you (not as a service user or in a container), and on this "
                                      "computer."));
    else if (!d.error.empty())
        cardsPlaceholder_->setText(MainWindow::tr("This input could not be checked."));
}

}  // namespace wdgui
