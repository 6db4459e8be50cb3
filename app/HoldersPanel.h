// SPDX-License-Identifier: GPL-3.0-or-later
// "Show locking process": the programs holding a file, with Refresh, End process and Reveal in
// system monitor. Scans and ending run on worker threads; the GUI thread only shows the answers.
#pragma once

#include "whydenied/holders.h"
#include "whydenied/release.h"

#include <QString>
#include <QWidget>

#include <chrono>
#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace wd {
class CancelToken;
}

namespace wdgui {

class HoldersModel;

class HoldersPanel : public QWidget {
    Q_OBJECT
public:
    explicit HoldersPanel(QWidget* parent = nullptr);
    ~HoldersPanel() override;

    // Shows the holders of `path` (a folder: of anything beneath it); starts a scan.
    void setPath(const QString& path);
    QString path() const { return path_; }
    void refresh();

    bool isScanning() const { return scanning_; }
    bool isEnding() const { return ending_; }
    HoldersModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    QPushButton* endButton() const { return endButton_; }
    QPushButton* revealButton() const { return revealButton_; }
    // Shown when other users' processes could not be inspected: looks again through the helper.
    QPushButton* adminButton() const { return adminButton_; }
    QString statusText() const;

    // How the panel asks the user. `question`: a yes/no question, the return says yes; otherwise a
    // notice, the return is ignored. Default: QMessageBox. Tests answer without a dialog.
    using Prompt = std::function<bool(bool question, const QString& title, const QString& text)>;
    void setPrompt(Prompt prompt);
    // How long a process gets to quit after SIGTERM before the panel offers to force it.
    void setGracePeriod(std::chrono::milliseconds grace) { grace_ = grace; }

    // Where the holders come from. Default: wd::findHolders (as administrator when asked).
    using Scan = std::function<wd::HoldersResult(const std::string& path, const wd::CancelToken* cancel)>;
    void setScan(Scan scan);

    // Releasing the file without ending its holder (whydenied/release.h): on Windows, through the
    // administrator helper; elsewhere none, and their buttons stay hidden. Each runs on a worker
    // thread. `replaceAtRestart` with an empty replacement deletes the file at the restart.
    struct ReleaseActions {
        std::function<wd::release::Outcome(const wd::Holder&, const wd::Holder::OpenHandle&)> closeHandle;
        std::function<wd::release::Outcome(const std::string& path, const std::string& replacement)> replaceAtRestart;
        std::function<wd::release::Outcome(const std::string& id)> undo;
    };
    void setReleaseActions(ReleaseActions actions);
    // The file that takes the place of the held one; empty: the person cancelled. Default: a file dialog.
    void setChooseReplacement(std::function<QString()> choose) { chooseReplacement_ = std::move(choose); }
    QPushButton* closeHandleButton() const { return closeHandleButton_; }
    QPushButton* restartButton() const { return restartButton_; }
    QPushButton* undoRestartButton() const { return undoRestartButton_; }
    bool isReleasing() const { return releasing_; }

public slots:
    void endSelectedProcess();
    void closeSelectedHandle();
    void deleteAtRestart();
    void replaceAtRestart();
    void undoRestart();

signals:
    void holdersChanged(int count);   // after every scan, with the number of holders found
    void processEnded(int pid);       // a process ended from this panel has exited

private:
    void scanFinished(const wd::HoldersResult& r, quint64 generation);
    void startEnd(const wd::Holder& h, bool force);
    void endFinished(const wd::Holder& h, bool force, const wd::EndResult& r);
    void updateButtons();
    void revealInSystemMonitor();
    void startRelease(std::function<wd::release::Outcome()> work, const QString& title, bool restart);
    void askRestart(const QString& replacement);

    HoldersModel* model_;
    QTableView* view_;
    QLabel* status_;
    QPushButton* refreshButton_;
    QPushButton* endButton_;
    QPushButton* revealButton_;
    QPushButton* adminButton_;
    QPushButton* closeHandleButton_;
    QPushButton* restartButton_;
    QPushButton* undoRestartButton_;
    QMenu* restartMenu_;
    ReleaseActions release_;
    std::function<QString()> chooseReplacement_;
    Scan scan_;
    bool releasing_ = false;
    bool folder_ = false;          // the last scan was of a folder
    QString pendingRestartId_;     // the replace-at-restart made from here, until taken back
    bool asAdministrator_ = false;  // the user chose to look as administrator for this path
    QString monitor_;  // the system monitor found on PATH, empty when none

    QString path_;
    quint64 generation_ = 0;
    std::shared_ptr<wd::CancelToken> token_;
    bool scanning_ = false;
    bool ending_ = false;
    Prompt prompt_;
    std::chrono::milliseconds grace_{3000};
};

}  // namespace wdgui
