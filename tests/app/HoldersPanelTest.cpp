// SPDX-License-Identifier: GPL-3.0-or-later
// The processes panel with real processes: a child holding a file appears, and "End process"
// (confirmation answered by the test) ends it; the panel refuses to end the app itself.
#include "HoldersModel.h"
#include "HoldersPanel.h"
#include "TestSupport.h"

#include <QPushButton>
#include <QStringList>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using wdgui::HoldersModel;
using wdgui::HoldersPanel;

namespace {

// A child that opens `path` for writing, says so through a pipe, then waits to be ended.
pid_t spawnHolder(const QByteArray& path) {
    int fds[2];
    if (pipe(fds) != 0) return -1;
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        const char ok = open(path.constData(), O_WRONLY) >= 0 ? 'y' : 'n';
        (void)!write(fds[1], &ok, 1);
        for (;;) pause();
    }
    close(fds[1]);
    char c = 0;
    const bool ready = read(fds[0], &c, 1) == 1 && c == 'y';
    close(fds[0]);
    return ready ? pid : -1;
}

struct Prompts {
    QStringList questions, notices;
    HoldersPanel::Prompt answerYes() {
        return [this](bool question, const QString& title, const QString& text) {
            (question ? questions : notices) << title + QLatin1Char('|') + text;
            return true;
        };
    }
};

TEST(HoldersPanel, ShowsAChildHoldingTheFileAndEndsItAfterConfirmation) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("report.csv"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    const pid_t child = spawnHolder(QFile::encodeName(file));
    ASSERT_GT(child, 0);

    HoldersPanel panel;
    Prompts prompts;
    panel.setPrompt(prompts.answerYes());
    panel.setGracePeriod(std::chrono::seconds(5));
    int changes = 0, lastCount = -1, ended = 0;
    QObject::connect(&panel, &HoldersPanel::holdersChanged, [&](int n) {
        ++changes;
        lastCount = n;
    });
    QObject::connect(&panel, &HoldersPanel::processEnded, [&](int pid) { ended = pid; });
    panel.show();
    panel.setPath(file);
    EXPECT_TRUE(panel.isScanning()) << "the scan runs on a worker, not inside setPath";
    ASSERT_TRUE(wdtest::waitUntil([&] { return changes > 0; }));
    EXPECT_EQ(lastCount, 1);
    const int row = panel.model()->rowForPid(child);
    ASSERT_GE(row, 0) << panel.statusText().toStdString();
    EXPECT_EQ(panel.model()->index(row, HoldersModel::Pid).data().toInt(), child);
    EXPECT_EQ(panel.model()->index(row, HoldersModel::How).data().toString(), QStringLiteral("writing"));
    const QString program = panel.model()->index(row, HoldersModel::Program).data().toString();
    EXPECT_FALSE(program.isEmpty());
    EXPECT_TRUE(panel.statusText().contains(QStringLiteral("report.csv"))) << panel.statusText().toStdString();

    EXPECT_FALSE(panel.endButton()->isEnabled()) << "nothing selected yet";
    panel.view()->selectRow(row);
    ASSERT_TRUE(panel.endButton()->isEnabled());
    QTest::mouseClick(panel.endButton(), Qt::LeftButton);
    ASSERT_EQ(prompts.questions.size(), 1);
    EXPECT_TRUE(prompts.questions[0].contains(program)) << "the confirmation names the program";
    EXPECT_TRUE(prompts.questions[0].contains(QString::number(child)));

    // Ended, then re-checked: the row is gone.
    ASSERT_TRUE(wdtest::waitUntil([&] { return ended == child && changes >= 2 && !panel.isScanning(); }));
    EXPECT_EQ(panel.model()->rowForPid(child), -1);
    EXPECT_EQ(lastCount, 0);
    EXPECT_TRUE(prompts.notices.isEmpty()) << prompts.notices.join(QLatin1Char('\n')).toStdString();
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
}

TEST(HoldersPanel, RefusesToEndTheAppItself) {
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("mine.txt")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));  // held by this very process
    HoldersPanel panel;
    Prompts prompts;
    panel.setPrompt(prompts.answerYes());
    int changes = 0;
    QObject::connect(&panel, &HoldersPanel::holdersChanged, [&](int) { ++changes; });
    panel.setPath(f.fileName());
    ASSERT_TRUE(wdtest::waitUntil([&] { return changes > 0; }));
    const int row = panel.model()->rowForPid(getpid());
    ASSERT_GE(row, 0);
    panel.view()->selectRow(row);
    panel.endSelectedProcess();
    EXPECT_TRUE(prompts.questions.isEmpty()) << "no confirmation for something that will be refused";
    ASSERT_EQ(prompts.notices.size(), 1);
    EXPECT_TRUE(prompts.notices[0].contains(QStringLiteral("this program itself"))) << prompts.notices[0].toStdString();
    EXPECT_FALSE(panel.isEnding());
}

TEST(HoldersPanel, RevealButtonOnlyWithASystemMonitor) {
    const QByteArray savedPath = qgetenv("PATH");
    QTemporaryDir empty, withMonitor;
    QFile fake(withMonitor.filePath(QStringLiteral("xfce4-taskmanager")));
    ASSERT_TRUE(fake.open(QIODevice::WriteOnly));
    fake.write("#!/bin/sh\n");
    fake.close();
    fake.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
    qputenv("PATH", QFile::encodeName(empty.path()));
    const bool hiddenWithout = HoldersPanel().revealButton()->isHidden();
    qputenv("PATH", QFile::encodeName(withMonitor.path()));
    const bool hiddenWith = HoldersPanel().revealButton()->isHidden();
    qputenv("PATH", savedPath);
    EXPECT_TRUE(hiddenWithout);
    EXPECT_FALSE(hiddenWith);
}

}  // namespace

// "Close this handle" and "Replace or delete at next restart" as the Windows window offers them,
// with the scan and the helper's verbs stood in for (tests/windows runs the verbs under Wine).
struct FakeRelease {
    std::vector<std::pair<int, uint64_t>> closed;
    std::vector<std::pair<std::string, std::string>> scheduled;
    std::vector<std::string> undone;
    HoldersPanel::ReleaseActions actions() {
        HoldersPanel::ReleaseActions a;
        a.closeHandle = [this](const wd::Holder& h, const wd::Holder::OpenHandle& handle) {
            closed.emplace_back(h.pid, handle.value);
            wd::release::Outcome out;
            out.ok = true;
            out.message = wd::Message("closed");
            return out;
        };
        a.replaceAtRestart = [this](const std::string& path, const std::string& with) {
            scheduled.emplace_back(path, with);
            wd::release::Outcome out;
            out.ok = true;
            out.record = wd::release::Record{};
            out.record->id = "R1";
            out.message = wd::Message("scheduled");
            return out;
        };
        a.undo = [this](const std::string& id) {
            undone.push_back(id);
            wd::release::Outcome out;
            out.ok = true;
            out.record = wd::release::Record{};
            out.record->id = id;
            out.record->undone = true;
            return out;
        };
        return a;
    }
};

HoldersPanel::Scan heldBy(int pid, uint64_t handle, const std::string& name) {
    return [=](const std::string& path, const wd::CancelToken*) {
        wd::HoldersResult r;
        r.path = path;
        wd::Holder h;
        h.pid = pid;
        h.name = "EXCEL.EXE";
        h.user = "ana";
        h.how = wd::HoldWrite;
        h.handles.push_back({handle, name});
        r.holders.push_back(h);
        return r;
    };
}

TEST(HoldersPanelRelease, ClosingAHandleWarnsThatItCannotBeUndoneAndStopsAtNo) {
    HoldersPanel panel;
    FakeRelease fake;
    panel.setReleaseActions(fake.actions());
    panel.setScan(heldBy(4242, 0x1F4, "C:\\Users\\ana\\book.xlsx"));
    QStringList questions;
    bool answer = false;
    panel.setPrompt([&](bool question, const QString&, const QString& text) {
        if (question) questions << text;
        return answer;
    });
    int changes = 0;
    QObject::connect(&panel, &HoldersPanel::holdersChanged, [&](int) { ++changes; });
    panel.setPath(QStringLiteral("/tmp/book.xlsx"));
    ASSERT_TRUE(wdtest::waitUntil([&] { return changes > 0; }));
    EXPECT_TRUE(panel.closeHandleButton()->isVisibleTo(&panel));
    EXPECT_FALSE(panel.closeHandleButton()->isEnabled()) << "nothing selected yet";
    panel.view()->selectRow(0);
    ASSERT_TRUE(panel.closeHandleButton()->isEnabled());

    QTest::mouseClick(panel.closeHandleButton(), Qt::LeftButton);
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions[0].contains(QStringLiteral("EXCEL.EXE")));
    EXPECT_TRUE(questions[0].contains(QStringLiteral("4242")));
    EXPECT_TRUE(questions[0].contains(QStringLiteral("lose unsaved data"))) << questions[0].toStdString();
    EXPECT_TRUE(questions[0].contains(QStringLiteral("cannot be undone")));
    EXPECT_TRUE(fake.closed.empty()) << "answered No: nothing is closed";

    answer = true;
    QTest::mouseClick(panel.closeHandleButton(), Qt::LeftButton);
    ASSERT_TRUE(wdtest::waitUntil([&] { return !panel.isReleasing() && changes > 1; }));
    ASSERT_EQ(fake.closed.size(), 1u);
    EXPECT_EQ(fake.closed[0], (std::pair<int, uint64_t>{4242, 0x1F4}));
}

TEST(HoldersPanelRelease, ARestartChangeIsAskedForScheduledAndTakenBack) {
    HoldersPanel panel;
    FakeRelease fake;
    panel.setReleaseActions(fake.actions());
    panel.setScan(heldBy(4242, 0x1F4, "/tmp/book.xlsx"));
    QStringList questions;
    panel.setPrompt([&](bool question, const QString&, const QString& text) {
        if (question) questions << text;
        return true;
    });
    panel.setChooseReplacement([] { return QStringLiteral("/tmp/book (new).xlsx"); });
    int changes = 0;
    QObject::connect(&panel, &HoldersPanel::holdersChanged, [&](int) { ++changes; });
    panel.setPath(QStringLiteral("/tmp/book.xlsx"));
    ASSERT_TRUE(wdtest::waitUntil([&] { return changes > 0; }));
    ASSERT_TRUE(panel.restartButton()->isEnabled());
    EXPECT_FALSE(panel.undoRestartButton()->isVisibleTo(&panel)) << "nothing scheduled yet";

    panel.replaceAtRestart();
    ASSERT_TRUE(wdtest::waitUntil([&] { return !panel.isReleasing() && changes > 1; }));
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions[0].contains(QStringLiteral("book (new).xlsx"))) << questions[0].toStdString();
    ASSERT_EQ(fake.scheduled.size(), 1u);
    EXPECT_EQ(fake.scheduled[0], (std::pair<std::string, std::string>{"/tmp/book.xlsx", "/tmp/book (new).xlsx"}));
    ASSERT_TRUE(panel.undoRestartButton()->isVisibleTo(&panel));

    QTest::mouseClick(panel.undoRestartButton(), Qt::LeftButton);
    ASSERT_TRUE(wdtest::waitUntil([&] { return !panel.isReleasing() && changes > 2; }));
    EXPECT_EQ(fake.undone, std::vector<std::string>{"R1"});
    EXPECT_FALSE(panel.undoRestartButton()->isVisibleTo(&panel));

    panel.deleteAtRestart();
    ASSERT_TRUE(wdtest::waitUntil([&] { return !panel.isReleasing() && changes > 3; }));
    ASSERT_EQ(fake.scheduled.size(), 2u);
    EXPECT_EQ(fake.scheduled[1].second, "") << "no replacement: deleted at the restart";
}

TEST(HoldersPanelRelease, WithoutReleaseActionsTheButtonsAreHidden) {
    HoldersPanel panel;
    panel.setReleaseActions({});
    EXPECT_FALSE(panel.closeHandleButton()->isVisibleTo(&panel));
    EXPECT_FALSE(panel.restartButton()->isVisibleTo(&panel));
}
