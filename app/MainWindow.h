// SPDX-License-Identifier: GPL-3.0-or-later
// The window a user meets: drop or paste, see the answer, the ranked causes and the path.
#pragma once

#include "whydenied/diagnose.h"
#include "whydenied/explain.h"
#include "whydenied/parse.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QTimer>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTableView;
class QVBoxLayout;

namespace wdgui {

class DiagnosisRunner;
class DropZone;
class HoldersPanel;
class PathChainModel;
class SubjectSelector;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `probe` replaces the system probe (tests); not owned.
    explicit MainWindow(wd::Probe* probe = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Diagnoses a path with the operation in the combo box.
    void diagnose(const QString& path);
    // Selects the operation; re-diagnoses the current path when it changes.
    void setOperation(wd::Operation op);
    wd::Operation operation() const;
    // Whose access to check: "" (me), a user name, "uid:N", "pid:N", "service:NAME". Re-diagnoses.
    void setSubject(const QString& spec);
    QString subject() const;
    // Shows the processes holding the diagnosed file (the "show locking process" panel).
    void showHolders();
    // Runs the current request again, the same way (a pasted request keeps its text and context):
    // F5, the Check again button, a changed selector, a fix applied or undone.
    void checkAgain();
    // Everything beneath `folder` that is denied, in a window of its own.
    Q_INVOKABLE void openAudit(const QString& folder);
    // The path of the request on screen (empty before the first one).
    QString currentPath() const { return currentPath_; }
    // Shows error text in the paste box and diagnoses the most relevant path found in it.
    void pasteErrorText(const QString& text);
    // Several dropped paths, or one.
    void openPaths(const QStringList& paths);
    // An audit.log, `journalctl -o export` or dmesg text whose security-module denials every check
    // then matches (File ▸ Open audit log…). Re-diagnoses; false with a message when it cannot be read.
    bool setAuditLog(const QString& file);
    // Root's audit.log records of the path on screen, read by whydenied-helper after an
    // administrator's approval (File ▸ Read the system audit log…), off the UI thread; then as
    // setAuditLog. auditLogRead() is emitted when it is done, read or not.
    void readSystemAuditLog();

    // Restores geometry and recent items from QSettings and saves them on close. Tests and
    // screenshots skip it, so they neither depend on nor disturb the user's settings.
    void loadSettings();

    const std::optional<wd::Diagnosis>& diagnosis() const { return diagnosis_; }
    DiagnosisRunner* runner() const { return runner_; }
    bool isBusy() const;
    // What is on screen, for --dump-view (app/ViewDump.cpp): the headline, the cause cards' ids,
    // their fix ids and the holders panel's rows, in the order shown.
    QJsonObject viewState() const;
    // The holders panel is hidden, or shows the result of its last scan.
    bool holdersSettled() const;

signals:
    void diagnosisShown();      // a result is on screen
    void diagnosisCancelled();  // the user gave up on a run
    void auditLogRead();        // readSystemAuditLog() is done

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void buildMenus();
    void saveSettings();

    void pasteFromClipboard();
    void parseText(const QString& text);
    void showRequests();
    void selectRequest(int row);
    void setOperationSilently(wd::Operation op);
    void start(const QString& path);
    // Explains request `row` of the pasted text (wd::planRequest + wd::explainRequest, as the CLI's
    // explain does); `op` replaces the text's operation when the user picked one.
    void startRequest(int row, std::optional<wd::Operation> op);
    wd::ExplainOptions explainOptions() const;

    void onStarted();
    void onProgress(int percent, const QString& step);
    void onFinished(const wd::Diagnosis& d);
    void onExplained(const wd::ExplainedRequest& e);
    void showDiagnosis(const wd::Diagnosis& d);
    void onCancelled(const wd::DiagnoseRequest& request);
    void showBusy();
    void stopBusy();

    void showNote(const QString& text);
    void clearResults();
    void setInputCompact(bool compact);  // the input row shrinks while an answer is on screen
    void setVerdict(const QString& sentence, const QString& smallPrint, int icon);
    void showCards(const wd::Diagnosis& d);
    void openFix(const QString& fixId);  // the confirmation dialog for one proposed fix
    // "Fix all (N steps)": the diagnosis' plan (wd::Plan) applied as one, after showing every command;
    // the unprivileged steps here, the privileged ones as one helper request (one password).
    void fixAll();
    void offerPlanUndo(const std::string& recordId, const QString& outcome);

    void chooseFile();
    void chooseFolder();
    void chooseAuditFolder();
    void openAuditLog();
    void copyReport();
    void saveReport();
    void addRecent(const QString& path, wd::Operation op);
    void rebuildRecentMenu();

    DiagnosisRunner* runner_;
    PathChainModel* chainModel_;

    DropZone* dropZone_ = nullptr;
    QPlainTextEdit* pasteBox_ = nullptr;
    QWidget* requestsBox_ = nullptr;
    QListWidget* requestList_ = nullptr;
    QLabel* noteLabel_ = nullptr;
    QComboBox* opCombo_ = nullptr;
    SubjectSelector* subject_ = nullptr;
    QPushButton* showHoldersButton_ = nullptr;
    QWidget* holdersBox_ = nullptr;
    HoldersPanel* holdersPanel_ = nullptr;
    QPushButton* chooseButton_ = nullptr;
    QPushButton* copyReportButton_ = nullptr;
    QPushButton* saveReportButton_ = nullptr;
    QWidget* busyPanel_ = nullptr;
    QProgressBar* busyBar_ = nullptr;
    QLabel* busyText_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QLabel* verdictIcon_ = nullptr;
    QLabel* verdictLabel_ = nullptr;
    QLabel* subjectLabel_ = nullptr;
    QLabel* errnoLabel_ = nullptr;
    QSplitter* splitter_ = nullptr;
    QScrollArea* cardsArea_ = nullptr;
    QVBoxLayout* cardsLayout_ = nullptr;
    QLabel* cardsPlaceholder_ = nullptr;
    QPushButton* fixAllButton_ = nullptr;  // above the cause cards, when the diagnosis has a plan
    QTableView* chainView_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QAction* copyReportAction_ = nullptr;
    QAction* checkAgainAction_ = nullptr;
    QAction* systemAuditAction_ = nullptr;
    bool opFromText_ = false;
    bool afterFix_ = false;  // the next answer is the check right after a fix was applied  // the Operation selector shows what a pasted text named, not a choice
    QPushButton* checkAgainButton_ = nullptr;
    QAction* saveReportAction_ = nullptr;

    QTimer busyDelay_;  // the busy indicator appears only for runs longer than this
    QTimer slowHint_;   // after this long, say the file system may be hung
    QTimer parseDelay_; // typing in the paste box settles before it is parsed

    std::vector<wd::ParsedRequest> requests_;  // from the last text; dropped paths have no span
    QString lastParsed_;
    std::string lastText_;           // the same, as the bytes the requests' spans point into
    wd::ErrorContext currentContext_;  // of the selected request; empty for a dropped file
    int currentRequest_ = -1;          // the pasted request being checked; -1 for a path checked by itself
    std::optional<wd::Operation> requestOp_;  // the operation picked for it, instead of the text's
    QString currentPath_;
    std::string auditLog_;  // File ▸ Open audit log…: matched against every check (DiagnoseRequest::auditLog)
    std::optional<wd::Diagnosis> diagnosis_;
    QStringList recent_;  // "op\tpath", newest first
    bool persistent_ = false;
};

}  // namespace wdgui
