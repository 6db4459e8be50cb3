// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixDialog.h"

#include "BackgroundPool.h"
#include "Translate.h"
#include "whydenied/finding.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace wdgui {

namespace {

QLabel* plainLabel(const QString& text, QWidget* parent, const char* name) {
    auto* l = new QLabel(text, parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);  // file names are data, never markup
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

// The command people read before they trust a fix: selectable, in a fixed-width font, wrapped
// anywhere (a path has no spaces to break at), and always tall enough for all of it. A label
// would cut a long path off when the dialog relays itself out after Apply.
class CommandBox : public QTextEdit {
public:
    CommandBox(const QString& text, QWidget* parent) : QTextEdit(parent) {
        setReadOnly(true);
        setTabChangesFocus(true);
        setAcceptRichText(false);
        setPlainText(text);
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        setLineWrapMode(QTextEdit::WidgetWidth);
        setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setBackgroundRole(QPalette::AlternateBase);
        connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
                [this] { fitHeight(); });
        fitHeight();
    }

protected:
    void resizeEvent(QResizeEvent* e) override {
        QTextEdit::resizeEvent(e);
        fitHeight();
    }

private:
    void fitHeight() {
        document()->setTextWidth(viewport()->width());
        const QMargins m = contentsMargins();
        const int h = static_cast<int>(std::ceil(document()->size().height())) + m.top() + m.bottom();
        if (h != height()) setFixedHeight(h);
    }
};

// The verb the causes use ("write to"), from the one operation vocabulary.
QString nowVerb(wd::Operation op) { return QCoreApplication::translate(WD_TR_CONTEXT, wd::operationWords(op).verb); }

}  // namespace

FixDialog::FixDialog(const wd::FixPlan& plan, const wd::ApplyOptions& options, QWidget* parent)
    : QDialog(parent), plan_(plan), options_(options),
      apply_([](const wd::FixPlan& p, const wd::ApplyOptions& o) { return wd::applyFix(p, o); }) {
    setObjectName(QStringLiteral("fixDialog"));
    setWindowTitle(tr("Apply a fix"));
    setModal(true);
    auto* layout = new QVBoxLayout(this);

    auto* title = plainLabel(wdgui::tr(plan.title), this, "fixTitle");
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addWidget(plainLabel(wdgui::tr(plan.change), this, "fixChange"));

    layout->addWidget(new QLabel(tr("The equivalent command:"), this));
    auto* cmdRow = new QHBoxLayout;
    const QString command = fromPath(plan.command);
    auto* cmd = new CommandBox(fromPath(wd::shownCommand(plan.command)), this);
    cmd->setObjectName(QStringLiteral("fixCommand"));
    cmd->setAccessibleName(tr("Equivalent command"));
    cmdRow->addWidget(cmd, 1);
    auto* copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copyCommand"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this, [this, command] {
        QGuiApplication::clipboard()->setText(command);
        emit commandCopied(command);
    });
    cmdRow->addWidget(copy, 0, Qt::AlignTop);
    copy->setVisible(!command.isEmpty());
    layout->addLayout(cmdRow);
    if (!plan.undoCommand.empty())
        layout->addWidget(plainLabel(tr("To undo it: %1").arg(fromPath(wd::shownCommand(plan.undoCommand))), this, "fixUndoCommand"));

    layout->addWidget(plainLabel(plan.privilege == wd::Privilege::Admin
                                     ? tr("Needs an administrator: you will be asked for a password.")
                                     : tr("Runs as you; no password needed."),
                                 this, "fixPrivilege"));

    if (plan.systemPath) {
        confirmSystem_ = new QCheckBox(tr("%1 is a system location. I understand and want to change it.")
                                           .arg(fromPath(plan.path)),
                                       this);
        confirmSystem_->setObjectName(QStringLiteral("confirmSystemPath"));
        layout->addWidget(confirmSystem_);
    }

    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("fixProgress"));
    progress_->setRange(0, 0);  // how long pkexec waits for a password is not ours to know
    progress_->hide();
    layout->addWidget(progress_);
    result_ = plainLabel(QString(), this, "fixResult");
    result_->hide();
    layout->addWidget(result_);

    buttons_ = new QDialogButtonBox(this);
    applyButton_ = buttons_->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    applyButton_->setObjectName(QStringLiteral("applyButton"));
    undoButton_ = buttons_->addButton(tr("Undo"), QDialogButtonBox::ActionRole);
    undoButton_->setObjectName(QStringLiteral("undoButton"));
    undoButton_->hide();
    closeButton_ = buttons_->addButton(QDialogButtonBox::Cancel);
    closeButton_->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons_);
    applyButton_->setDefault(true);
    if (confirmSystem_) {
        applyButton_->setEnabled(false);
        connect(confirmSystem_, &QCheckBox::toggled, applyButton_, &QPushButton::setEnabled);
    }

    connect(applyButton_, &QPushButton::clicked, this, &FixDialog::apply);
    connect(undoButton_, &QPushButton::clicked, this, &FixDialog::undo);
    connect(closeButton_, &QPushButton::clicked, this, &FixDialog::reject);
    connect(&applyWatcher_, &QFutureWatcher<wd::FixOutcome>::finished, this, &FixDialog::onApplied);
    connect(&undoWatcher_, &QFutureWatcher<wd::UndoOutcome>::finished, this, &FixDialog::onUndone);
}

FixDialog::~FixDialog() {
    // A change under way finishes on its worker (it cannot be interrupted half-way, and it owns
    // copies of the plan and options, and records itself in the journal). Waiting for it here would
    // freeze the window behind an administrator prompt or a hung mount.
}

void FixDialog::setApply(Apply apply) { apply_ = std::move(apply); }

bool FixDialog::isBusy() const { return applyWatcher_.isRunning() || undoWatcher_.isRunning(); }

void FixDialog::reject() {
    if (isBusy()) return;
    QDialog::reject();
}

void FixDialog::setBusy(bool busy, const QString& what) {
    progress_->setVisible(busy);
    progress_->setFormat(what);
    applyButton_->setEnabled(!busy && !outcome_);
    undoButton_->setEnabled(!busy);
    closeButton_->setEnabled(!busy);
    if (busy) {
        result_->setText(what);
        result_->show();
    }
}

void FixDialog::apply() {
    if (isBusy() || outcome_) return;
    wd::ApplyOptions o = options_;
    o.confirmedSystemPath = confirmSystem_ && confirmSystem_->isChecked();
    const wd::FixPlan plan = plan_;
    setBusy(true, plan.privilege == wd::Privilege::Admin ? tr("Waiting for the administrator password…")
                                                          : tr("Applying…"));
    applyWatcher_.setFuture(QtConcurrent::run(backgroundPool(), [plan, o, run = apply_] { return run(plan, o); }));
}

QString FixDialog::resultSentence(const wd::FixOutcome& out) const {
    const QString name = QFileInfo(fromPath(plan_.diagnosedPath)).fileName();
    switch (out.status) {
    case wd::FixStatus::Fixed:
        if (plan_.action == wd::FixAction::Copy && out.entry)
            return tr("Fixed — your copy is %1, and you can %2 it.").arg(fromPath(out.entry->path), nowVerb(plan_.op));
        return tr("Fixed — you can now %1 %2.").arg(nowVerb(plan_.op), name);
    case wd::FixStatus::StillDenied:
        if (out.after && !out.after->findings.empty())
            return tr("Applied, but %1 is still denied: %2").arg(name, wdgui::tr(out.after->findings.front().title));
        return tr("Applied, but %1 is still denied.").arg(name);
    // The engine's message already starts with what happened ("Nothing was changed: …", "The change
    // failed part-way: …"); saying it again doubled the sentence.
    case wd::FixStatus::Refused:
    case wd::FixStatus::Failed: return wdgui::tr(out.said);
    }
    return {};
}

void FixDialog::onApplied() {
    outcome_ = applyWatcher_.result();
    setBusy(false, {});
    result_->setText(resultSentence(*outcome_));
    result_->show();
    const bool changed = outcome_->entry.has_value();
    applyButton_->setVisible(!changed);
    applyButton_->setEnabled(!changed && outcome_->status != wd::FixStatus::Refused);
    undoButton_->setVisible(changed && !outcome_->entry->undoCommand.empty());
    closeButton_->setText(tr("Close"));
    if (changed) emit fixApplied(*outcome_);
}

void FixDialog::undo() {
    if (isBusy() || !outcome_ || !outcome_->entry) return;
    const std::string id = outcome_->entry->id;
    const wd::ApplyOptions o = options_;
    setBusy(true, tr("Undoing…"));
    undoWatcher_.setFuture(QtConcurrent::run(backgroundPool(), [id, o] { return wd::undoFix(id, o); }));
}

void FixDialog::onUndone() {
    const wd::UndoOutcome u = undoWatcher_.result();
    setBusy(false, {});
    if (u.ok && u.changed && u.privilegeBitsKeptOff)
        result_->setText(tr("Undone — %1 is back, but without its setuid/setgid bits: WhyDenied never gives them "
                            "back.")
                             .arg(QFileInfo(fromPath(plan_.path)).fileName()) +
                         QLatin1Char('\n') + wdgui::tr(u.said));
    else if (u.ok && u.changed)
        result_->setText(tr("Undone — %1 is back as it was.").arg(QFileInfo(fromPath(plan_.path)).fileName()));
    else if (u.ok)
        result_->setText(tr("Already undone; nothing was changed."));
    else
        result_->setText(wdgui::tr(u.said));
    undoButton_->setEnabled(!u.ok);
    emit fixUndone(u);
}

}  // namespace wdgui
