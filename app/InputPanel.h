// SPDX-License-Identifier: GPL-3.0-or-later
// The window's input part: the drop zone and the paste box, the requests found in them, the note
// about the input, and the row of controls (operation, whose access, choose, check again, report).
#pragma once

#include "whydenied/model.h"
#include "whydenied/parse.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace wdgui {

class DropZone;
class SubjectSelector;

// "Windows", "macOS", "Linux": where a foreign path comes from.
QString platformName(wd::Platform p);

class InputPanel : public QWidget {
    Q_OBJECT
public:
    explicit InputPanel(QWidget* parent = nullptr);

    DropZone* dropZone() const { return dropZone_; }
    QPlainTextEdit* pasteBox() const { return pasteBox_; }
    QListWidget* requestList() const { return requestList_; }
    QComboBox* operationCombo() const { return opCombo_; }
    SubjectSelector* subjectSelector() const { return subject_; }
    QPushButton* chooseButton() const { return chooseButton_; }
    QPushButton* checkAgainButton() const { return checkAgainButton_; }
    QPushButton* copyReportButton() const { return copyReportButton_; }
    QPushButton* saveReportButton() const { return saveReportButton_; }

    // The operation in the selector.
    wd::Operation operation() const;
    // Selects `op`, adding it when the selector does not offer it; `silently` emits nothing.
    void selectOperation(wd::Operation op, bool silently);
    // The requests to choose from; the list is shown when there is a choice. None is selected.
    void showRequests(const std::vector<wd::ParsedRequest>& requests);
    void showNote(const QString& text);
    void hideNote();
    // The input row shrinks while an answer is on screen.
    void setCompact(bool compact);

signals:
    void operationChosen(wd::Operation op);  // the selector changed (the person, or selectOperation)

private:
    DropZone* dropZone_ = nullptr;
    QPlainTextEdit* pasteBox_ = nullptr;
    QWidget* requestsBox_ = nullptr;
    QListWidget* requestList_ = nullptr;
    QLabel* noteLabel_ = nullptr;
    QComboBox* opCombo_ = nullptr;
    SubjectSelector* subject_ = nullptr;
    QPushButton* chooseButton_ = nullptr;
    QPushButton* copyReportButton_ = nullptr;
    QPushButton* saveReportButton_ = nullptr;
    QPushButton* checkAgainButton_ = nullptr;
};

}  // namespace wdgui
