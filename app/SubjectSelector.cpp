// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubjectSelector.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace wdgui {
namespace {
enum Kind { Me, User, Process, Service };
}

SubjectSelector::SubjectSelector(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Chec&k for:"), this);
    kind_ = new QComboBox(this);
    kind_->setObjectName(QStringLiteral("subjectKindCombo"));
    kind_->setAccessibleName(tr("Check for"));
    kind_->setToolTip(tr("Whose access to check: yours, another user's (a web server's, say), a running program's "
                         "or a service's"));
    kind_->addItem(tr("me"), Me);
    kind_->addItem(tr("another user"), User);
    kind_->addItem(tr("a running program"), Process);
    kind_->addItem(tr("a service"), Service);
    label->setBuddy(kind_);
    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("subjectNameEdit"));
    name_->setClearButtonEnabled(true);
    name_->setMinimumWidth(140);
    name_->hide();
    layout->addWidget(label);
    layout->addWidget(kind_);
    layout->addWidget(name_);

    connect(kind_, &QComboBox::currentIndexChanged, this, &SubjectSelector::kindChanged);
    auto commit = [this] {
        const QString s = spec();
        if (s == lastSpec_) return;
        lastSpec_ = s;
        emit subjectChanged();
    };
    connect(name_, &QLineEdit::editingFinished, this, commit);
    // Enter on an unchanged name: the person wants the answer again, not silence.
    connect(name_, &QLineEdit::returnPressed, this, [this] {
        if (spec() == lastSpec_) emit returnPressed();
    });
    connect(this, &SubjectSelector::subjectChanged, this, [this] { lastSpec_ = spec(); });
}

void SubjectSelector::kindChanged() {
    const int k = kind_->currentData().toInt();
    name_->setVisible(k != Me);
    name_->clear();
    switch (k) {
    case User:
        name_->setPlaceholderText(tr("user name or uid, e.g. www-data"));
        name_->setAccessibleName(tr("User name"));
        name_->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._$-]*")), name_));
        break;
    case Process:
        name_->setPlaceholderText(tr("process id, e.g. 1234"));
        name_->setAccessibleName(tr("Process id"));
        name_->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,7}")), name_));
        break;
    case Service:
        name_->setPlaceholderText(tr("service name, e.g. nginx"));
        name_->setAccessibleName(tr("Service name"));
        name_->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9@._:-]*")), name_));
        break;
    default: break;
    }
    if (k == Me) {
        lastSpec_.clear();
        emit subjectChanged();
    } else {
        name_->setFocus();
    }
}

QString SubjectSelector::spec() const {
    const QString n = name_->text().trimmed();
    switch (kind_->currentData().toInt()) {
    case User: {
        bool numeric = false;
        n.toUInt(&numeric);
        return n.isEmpty() ? QString() : numeric ? QStringLiteral("uid:") + n : n;
    }
    case Process: return n.isEmpty() ? QString() : QStringLiteral("pid:") + n;
    case Service: return n.isEmpty() ? QString() : QStringLiteral("service:") + n;
    default: return {};
    }
}

void SubjectSelector::setSpec(const QString& spec) {
    const QSignalBlocker block(kind_);
    int k = Me;
    QString n = spec;
    if (spec.isEmpty() || spec == QLatin1String("me")) k = Me;
    else if (spec.startsWith(QLatin1String("pid:"))) k = Process, n = spec.mid(4);
    else if (spec.startsWith(QLatin1String("service:"))) k = Service, n = spec.mid(8);
    else if (spec.startsWith(QLatin1String("uid:"))) k = User, n = spec.mid(4);
    else k = User;
    kind_->setCurrentIndex(kind_->findData(k));
    kindChanged();
    if (k != Me) name_->setText(n);
    lastSpec_ = this->spec();
    emit subjectChanged();
}

}  // namespace wdgui
