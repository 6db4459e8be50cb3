// SPDX-License-Identifier: GPL-3.0-or-later
// One ranked cause: what it is, why we think so (evidence) and what would fix it.
#pragma once

#include "whydenied/finding.h"

#include <QFrame>
#include <QString>

namespace wdgui {

class CauseCard : public QFrame {
    Q_OBJECT
public:
    CauseCard(const wd::Finding& finding, int rank, QWidget* parent = nullptr);

    const QString& cause() const { return cause_; }

signals:
    void commandCopied(const QString& command);
    void fixRequested(const QString& fixId);  // a fix button was pressed

private:
    QWidget* makeFixRow(const wd::FixProposal& fix);

    QString cause_;
};

}  // namespace wdgui
