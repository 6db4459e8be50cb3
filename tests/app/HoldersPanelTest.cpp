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
