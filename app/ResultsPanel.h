// SPDX-License-Identifier: GPL-3.0-or-later
// The window's results part: the answer in one sentence with its small print, the likely causes as
// cards (with "Fix all" above them when the diagnosis has a plan), the path component by component,
// and the programs using the file.
#pragma once

#include "whydenied/diagnose.h"
#include "whydenied/plan.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTableView;
class QVBoxLayout;

namespace wdgui {

class HoldersPanel;
class PathChainModel;

// The plan "Fix all" applies, or null: one operation's, verified by the what-if model, more than
// one step (one step is the cause card's own button), every step one this build applies.
const wd::Plan* planToOffer(const wd::Diagnosis& d);

class ResultsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ResultsPanel(QWidget* parent = nullptr);

    // The question the window starts with, no causes, no path.
    void clear();
    // `d` as the answer; `fixedNow`: it was asked right after a fix and is allowed.
    void showDiagnosis(const wd::Diagnosis& d, bool fixedNow);
    // The check of `request` was given up.
    void showCancelled(const wd::DiagnoseRequest& request);
    void setVerdict(const QString& sentence, const QString& smallPrint, int icon);
    // Cause cards for `d`'s findings (none: the placeholder says why).
    void showCards(const wd::Diagnosis& d);
    // The programs that have `path` open.
    void showHolders(const QString& path);

    QSplitter* splitter() const { return splitter_; }
    QLabel* verdictLabel() const { return verdictLabel_; }
    QScrollArea* cardsArea() const { return cardsArea_; }
    QTableView* chainView() const { return chainView_; }
    QPushButton* fixAllButton() const { return fixAllButton_; }
    // What is on screen, for --dump-view (app/ViewDump.cpp): the headline, the cause cards' ids,
    // their fix ids and the holders panel's rows, in the order shown.
    QJsonObject viewState() const;
    // The holders panel is hidden, or shows the result of its last scan.
    bool holdersSettled() const;

signals:
    void fixRequested(const QString& fixId);
    void fixAllRequested();
    void commandCopied();
    void auditRequested();     // "Audit everything inside…"
    void holdersRequested();   // "Show programs using it"
    void processEnded();       // a holder was ended: the answer may have changed

private:
    PathChainModel* chainModel_;
    QLabel* verdictIcon_ = nullptr;
    QLabel* verdictLabel_ = nullptr;
    QLabel* subjectLabel_ = nullptr;
    QLabel* errnoLabel_ = nullptr;
    QPushButton* auditButton_ = nullptr;
    QSplitter* splitter_ = nullptr;
    QScrollArea* cardsArea_ = nullptr;
    QVBoxLayout* cardsLayout_ = nullptr;
    QLabel* cardsPlaceholder_ = nullptr;
    QPushButton* fixAllButton_ = nullptr;  // above the cause cards, when the diagnosis has a plan
    QTableView* chainView_ = nullptr;
    QPushButton* showHoldersButton_ = nullptr;
    QWidget* holdersBox_ = nullptr;
    HoldersPanel* holdersPanel_ = nullptr;
};

}  // namespace wdgui
