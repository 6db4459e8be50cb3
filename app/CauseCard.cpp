// SPDX-License-Identifier: GPL-3.0-or-later
#include "CauseCard.h"

#include "Translate.h"
#include "whydenied/finding.h"
#include "whydenied/fix.h"
#include "whydenied/install_scope.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace wdgui {

namespace {

// The System Settings page a macOS fix opens (`open x-apple.systempreferences:…`); empty for any
// other fix, and on other systems, which have no such pages.
QUrl settingsPage(const wd::FixProposal& fix) {
    if (wd::thisPlatform() != wd::Platform::MacOS || fix.argv.size() != 2 || fix.argv[0] != "open") return {};
    const QString url = QString::fromStdString(fix.argv[1]);
    return url.startsWith(QLatin1String("x-apple.systempreferences:")) ? QUrl(url) : QUrl();
}

QLabel* wrappedLabel(const QString& text, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);  // paths and file names are data, never markup
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

QString likelihood(double confidence) {
    const int percent = static_cast<int>(std::lround(confidence * 100));
    if (confidence >= 0.85) return CauseCard::tr("almost certainly (%1%)").arg(percent);
    if (confidence >= 0.6) return CauseCard::tr("likely (%1%)").arg(percent);
    return CauseCard::tr("possible (%1%)").arg(percent);
}

}  // namespace

CauseCard::CauseCard(const wd::Finding& finding, int rank, QWidget* parent)
    : QFrame(parent), cause_(QString::fromStdString(finding.cause)) {
    setObjectName(QStringLiteral("causeCard-") + cause_);
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    const QString title = wdgui::tr(finding.title);
    setAccessibleName(tr("Cause %1: %2").arg(rank).arg(title));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);

    auto* header = new QHBoxLayout;
    auto* titleLabel = wrappedLabel(QStringLiteral("%1. %2").arg(rank).arg(title), this);
    titleLabel->setObjectName(QStringLiteral("causeTitle"));
    QFont bold = titleLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    titleLabel->setFont(bold);
    header->addWidget(titleLabel, 1);
    auto* conf = new QLabel(likelihood(finding.confidence), this);
    conf->setForegroundRole(QPalette::PlaceholderText);
    conf->setToolTip(tr("Cause id: %1").arg(cause_));
    header->addWidget(conf, 0, Qt::AlignTop);
    layout->addLayout(header);

    layout->addWidget(wrappedLabel(wdgui::tr(finding.explanation), this));

    if (!finding.evidence.empty()) {
        auto* evidence = new QFormLayout;
        evidence->setContentsMargins(0, 0, 0, 0);
        evidence->setHorizontalSpacing(12);
        evidence->setVerticalSpacing(2);
        evidence->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const auto& [key, value] : finding.evidence) {
            auto* k = new QLabel(evidenceLabel(key) + QLatin1Char(':'), this);
            k->setForegroundRole(QPalette::PlaceholderText);
            evidence->addRow(k, wrappedLabel(evidenceValue(key, value), this));
        }
        layout->addLayout(evidence);
    }

    for (const wd::FixProposal& fix : finding.fixes) layout->addWidget(makeFixRow(fix));
}

QWidget* CauseCard::makeFixRow(const wd::FixProposal& fix) {
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("fix-") + QString::fromStdString(fix.id));
    auto* v = new QVBoxLayout(row);
    v->setContentsMargins(0, 4, 0, 0);
    v->setSpacing(4);

    auto* top = new QHBoxLayout;
    const QString title = wdgui::tr(fix.title);
    auto* button = new QPushButton(title, row);
    button->setObjectName(QStringLiteral("fixButton"));
    // What the button does: open the confirmation dialog when the fix engine can apply the fix on
    // this system, or open the settings page a macOS fix names. Advisory fixes (remounts, security
    // policy) and commands the engine cannot run (newgrp, docker …) are shown to copy, not clicked.
    const QUrl settings = settingsPage(fix);
    const bool forAdmin = fix.privilege == wd::Privilege::Admin;
    // A per-user copy never starts its helper elevated (whydenied/install_scope.h says why): the
    // command is shown to run in an administrator terminal instead.
    const bool perUserCopy = forAdmin && !fix.advisory && wd::installScope() == wd::InstallScope::PerUser;
    const bool applicable = wd::canApply(fix) && !perUserCopy;
    button->setEnabled(applicable || !settings.isEmpty());
    // Advisory means "shown, not clicked"; who may run it is the fix's privilege: your own process
    // is yours to end, a remount is an administrator's.
    button->setToolTip(perUserCopy ? tr("This copy of WhyDenied is installed for you alone, so it does not ask for "
                                        "administrator rights: copy the command and run it in an administrator terminal")
                       : fix.advisory    ? (forAdmin ? tr("For an administrator: copy the command and run it yourself")
                                                   : tr("WhyDenied cannot do this for you: copy the command and run it yourself"))
                       : button->isEnabled() ? tr("Shows exactly what will change, and asks before doing it")
                                              : tr("WhyDenied cannot do this for you: copy the command and run it yourself"));
    const QString fixId = QString::fromStdString(fix.id);
    if (applicable) connect(button, &QPushButton::clicked, this, [this, fixId] { emit fixRequested(fixId); });
    else if (!settings.isEmpty()) connect(button, &QPushButton::clicked, this, [settings] { QDesktopServices::openUrl(settings); });
    button->setAccessibleName(tr("Fix: %1").arg(title));
    button->setAccessibleDescription(button->toolTip());
    // Some styles draw disabled buttons' text flush with the frame; give it room to breathe.
    button->setMinimumWidth(button->sizeHint().width() + 2 * button->fontMetrics().averageCharWidth());
    top->addWidget(button);
    if (forAdmin) {
        // A fix this build cannot apply (a relabel without libselinux) is a command to run, like advice.
        auto* who = new QLabel(fix.advisory || perUserCopy || !wd::canApply(fix) ? tr("for an administrator")
                                                                                 : tr("needs an administrator password"),
                               row);
        who->setObjectName(QStringLiteral("fixAudience"));
        who->setForegroundRole(QPalette::PlaceholderText);
        top->addWidget(who);
    }
    top->addStretch();
    v->addLayout(top);

    if (!fix.change.empty()) {
        auto* change = wrappedLabel(wdgui::tr(fix.change), row);
        v->addWidget(change);
    }

    // What is shown is exactly what Copy gives and what runs when pasted.
    const QString command = QString::fromStdString(fix.command());
    auto* cmdRow = new QHBoxLayout;
    auto* cmd = new QLabel(QString::fromStdString(wd::shownCommand(fix.command())), row);
    cmd->setObjectName(QStringLiteral("fixCommand"));
    cmd->setTextFormat(Qt::PlainText);
    cmd->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    cmd->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    cmd->setWordWrap(true);
    cmd->setFrameShape(QFrame::StyledPanel);
    cmd->setBackgroundRole(QPalette::AlternateBase);
    cmd->setAutoFillBackground(true);
    cmd->setMargin(6);
    cmd->setAccessibleName(tr("Equivalent command"));
    cmd->setToolTip(tr("The equivalent command, to run yourself in a terminal"));
    cmdRow->addWidget(cmd, 1);
    auto* copy = new QPushButton(tr("Copy"), row);
    copy->setObjectName(QStringLiteral("copyCommand"));
    copy->setAccessibleName(tr("Copy the command %1").arg(command));
    connect(copy, &QPushButton::clicked, this, [this, command] {
        QGuiApplication::clipboard()->setText(command);
        emit commandCopied(command);
    });
    cmdRow->addWidget(copy, 0, Qt::AlignTop);
    copy->setVisible(!command.isEmpty());
    v->addLayout(cmdRow);
    return row;
}

}  // namespace wdgui
