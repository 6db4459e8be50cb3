// SPDX-License-Identifier: GPL-3.0-or-later
// "Check for: me ▾ / another user / a running program / a service": whose access the window checks.
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace wdgui {

class SubjectSelector : public QWidget {
    Q_OBJECT
public:
    explicit SubjectSelector(QWidget* parent = nullptr);

    // The core's subject spec: "" (me), "www-data", "uid:33", "pid:1234", "service:nginx".
    QString spec() const;
    void setSpec(const QString& spec);

signals:
    // The user picked another subject, or finished typing one (Enter or leaving the field).
    void subjectChanged();
    // Enter in the name field with the subject unchanged: check again.
    void returnPressed();

private:
    void kindChanged();

    QComboBox* kind_;
    QLineEdit* name_;
    QString lastSpec_;
};

}  // namespace wdgui
