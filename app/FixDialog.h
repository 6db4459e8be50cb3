// SPDX-License-Identifier: GPL-3.0-or-later
// Confirming one fix: the exact command (with Copy), what will change, the privilege it needs;
// Apply runs it on a worker thread, then the new diagnosis is shown with Undo right there.
#pragma once

#include "whydenied/fix.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace wdgui {

class FixDialog : public QDialog {
    Q_OBJECT
public:
    FixDialog(const wd::FixPlan& plan, const wd::ApplyOptions& options, QWidget* parent = nullptr);
    ~FixDialog() override;

    const wd::FixPlan& plan() const { return plan_; }
    const std::optional<wd::FixOutcome>& outcome() const { return outcome_; }
    bool isBusy() const;
    // Replaces wd::applyFix (tests: a change stuck behind a hung mount). It runs on a worker and
    // may outlive the dialog, so it must own everything it uses.
    using Apply = std::function<wd::FixOutcome(const wd::FixPlan&, const wd::ApplyOptions&)>;
    void setApply(Apply apply);

signals:
    void fixApplied(const wd::FixOutcome& outcome);  // something changed on disk (or was attempted)
    void fixUndone(const wd::UndoOutcome& outcome);
    void commandCopied(const QString& command);

protected:
    void reject() override;  // not while the change is under way

private:
    void apply();
    void undo();
    void onApplied();
    void onUndone();
    void setBusy(bool busy, const QString& what);
    QString resultSentence(const wd::FixOutcome& out) const;

    wd::FixPlan plan_;
    wd::ApplyOptions options_;
    std::optional<wd::FixOutcome> outcome_;

    QLabel* result_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QCheckBox* confirmSystem_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QPushButton* applyButton_ = nullptr;
    QPushButton* undoButton_ = nullptr;
    QPushButton* closeButton_ = nullptr;
    QFutureWatcher<wd::FixOutcome> applyWatcher_;
    QFutureWatcher<wd::UndoOutcome> undoWatcher_;
    Apply apply_;
};

}  // namespace wdgui
