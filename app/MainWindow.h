// SPDX-License-Identifier: GPL-3.0-or-later
// The window a user meets: drop or paste, see the answer, the ranked causes and the path. It
// composes the input part (InputPanel), the results part (ResultsPanel) and the widget-free state
// they show (WindowState), and owns the menus, the busy row and the dialogs.
#pragma once

#include "whydenied/diagnose.h"
#include "whydenied/explain.h"
#include "whydenied/parse.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <optional>
#include <string>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;

namespace wdgui {

class DiagnosisRunner;
class InputPanel;
class ResultsPanel;
class WindowState;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `probe` replaces the system probe (tests); null means the system probe. The checks share it
    // (see DiagnosisRunner).
    explicit MainWindow(std::shared_ptr<wd::Probe> probe = nullptr, QWidget* parent = nullptr);
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
    QString currentPath() const;
    // Shows error text in the paste box and diagnoses the most relevant path found in it.
    void pasteErrorText(const QString& text);
    // Several dropped paths, or one.
    void openPaths(const QStringList& paths);
    // An audit.log, `journalctl -o export` or dmesg text whose security-module denials every check
    // then matches (File ▸ Open audit log…), read off the UI thread. Then re-diagnoses, or shows
    // why it could not be read; auditLogRead() is emitted when it is done, read or not.
    void setAuditLog(const QString& file);
    // Root's audit.log records of the path on screen, read by whydenied-helper after an
    // administrator's approval (File ▸ Read the system audit log…), off the UI thread; then as
    // setAuditLog. auditLogRead() is emitted when it is done, read or not.
    void readSystemAuditLog();
    // Writes the report of the diagnosis on screen to `target` (Markdown) off the UI thread.
    void saveReportTo(const QString& target);

    // Restores geometry and recent items from QSettings and saves them on close. Tests and
    // screenshots skip it, so they neither depend on nor disturb the user's settings.
    void loadSettings();

    const std::optional<wd::Diagnosis>& diagnosis() const;
    DiagnosisRunner* runner() const;
    WindowState* state() const { return state_; }
    bool isBusy() const;
    // What is on screen, for --dump-view (app/ViewDump.cpp): the headline, the cause cards' ids,
    // their fix ids and the holders panel's rows, in the order shown.
    QJsonObject viewState() const;
    // The holders panel is hidden, or shows the result of its last scan.
    bool holdersSettled() const;

signals:
    void diagnosisShown();      // a result is on screen
    void diagnosisCancelled();  // the user gave up on a run
    void auditLogRead();        // setAuditLog() or readSystemAuditLog() is done
    void reportSaved(bool ok);  // saveReportTo() is done; a failure is shown in a message box

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void buildMenus();
    void saveSettings();

    void pasteFromClipboard();
    void parseText(const QString& text);
    void showRequests();
    void onNotCheckedHere(const wd::ParsedRequest& request, const wd::Diagnosis& advice);
    void onRequestSelected(const wd::ParsedRequest& request);

    void onStarted();
    void onProgress(int percent, const QString& step);
    void showDiagnosis();
    void onCancelled(const wd::DiagnoseRequest& request);
    void showBusy();
    void stopBusy();

    void showNote(const QString& text);
    void commandCopied();
    // The selector's subject as typed so far, for the check about to start (the state keeps a copy).
    void syncSubject();
    void clearResults();
    void setReportEnabled(bool enabled);
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
    void rebuildRecentMenu();

    WindowState* state_;
    InputPanel* inputs_ = nullptr;
    ResultsPanel* results_ = nullptr;

    QWidget* busyPanel_ = nullptr;
    QProgressBar* busyBar_ = nullptr;
    QLabel* busyText_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QAction* copyReportAction_ = nullptr;
    QAction* checkAgainAction_ = nullptr;
    QAction* systemAuditAction_ = nullptr;
    QAction* saveReportAction_ = nullptr;

    QTimer busyDelay_;  // the busy indicator appears only for runs longer than this
    QTimer slowHint_;   // after this long, say the file system may be hung
    QTimer parseDelay_; // typing in the paste box settles before it is parsed

    bool persistent_ = false;
};

}  // namespace wdgui
