// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewDump.h"

#include "BackgroundPool.h"
#include "CauseCard.h"
#include "HoldersModel.h"
#include "HoldersPanel.h"
#include "MainWindow.h"
#include "ResultsPanel.h"
#include "whydenied/install_scope.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>

namespace wdgui {

bool ResultsPanel::holdersSettled() const { return !holdersBox_->isVisible() || !holdersPanel_->isScanning(); }

QJsonObject ResultsPanel::viewState() const {
    QJsonArray causes, fixes, holders;
    // Cards in layout order, which is the rank order the user reads. A card just added is shown by
    // a queued call of its layout, so "not hidden on purpose" is the test, not isHidden().
    for (int i = 0; i < cardsLayout_->count(); ++i) {
        auto* card = qobject_cast<CauseCard*>(cardsLayout_->itemAt(i)->widget());
        if (!card || (card->isHidden() && card->testAttribute(Qt::WA_WState_ExplicitShowHide))) continue;
        causes.append(card->cause());
        for (const QWidget* row : card->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (row->objectName().startsWith(QLatin1String("fix-"))) fixes.append(row->objectName().mid(4));
    }
    const bool holdersShown = holdersBox_->isVisible();
    if (holdersShown) {
        const HoldersModel* model = holdersPanel_->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const wd::Holder* h = model->holderAt(row);
            if (!h) continue;
            holders.append(QJsonObject{{QStringLiteral("pid"), h->pid},
                                       {QStringLiteral("program"), QString::fromStdString(h->name)},
                                       {QStringLiteral("user"), QString::fromStdString(h->user)}});
        }
    }
    return QJsonObject{{QStringLiteral("headline"), verdictLabel_->text()},
                       {QStringLiteral("detail"), errnoLabel_->isVisible() ? errnoLabel_->text() : QString()},
                       {QStringLiteral("causes"), causes},
                       {QStringLiteral("fixes"), fixes},
                       {QStringLiteral("holdersShown"), holdersShown},
                       {QStringLiteral("holders"), holders}};
}

bool MainWindow::holdersSettled() const { return results_->holdersSettled(); }

QJsonObject MainWindow::viewState() const {
    QJsonObject view = results_->viewState();
    // Whether privileged fixes may start the helper or are shown as commands.
    view.insert(QStringLiteral("installScope"), wd::installScope() == wd::InstallScope::AllUsers
                                                    ? QStringLiteral("all-users")
                                                    : QStringLiteral("per-user"));
    return view;
}

void dumpViewWhenShown(MainWindow& window, const QString& file, bool quit) {
    auto* poll = new QTimer(&window);
    poll->setInterval(50);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, file, quit, poll] {
        if (window.isBusy() || !window.holdersSettled()) return;
        poll->stop();
        poll->deleteLater();
        const QByteArray json = QJsonDocument(window.viewState()).toJson(QJsonDocument::Indented);
        // FILE may be on a share that hangs, and without --quit-after-dump the window goes on.
        runInBackground(&window, [file, json] { return saveFile(file, json); }, [file, quit](const QString& error) {
            if (!error.isEmpty())
                std::fprintf(stderr, "whydenied: could not write %s: %s\n", qPrintable(file), qPrintable(error));
            if (quit) QApplication::exit(error.isEmpty() ? 0 : 1);
        });
    });
    // Only the first answer: later ones (after a fix, Check again) are the user's business.
    QObject::connect(&window, &MainWindow::diagnosisShown, poll, qOverload<>(&QTimer::start),
                     Qt::SingleShotConnection);
}

}  // namespace wdgui
