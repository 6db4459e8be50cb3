// SPDX-License-Identifier: GPL-3.0-or-later
// The window's privileged fix as the helper receives it: Apply in the fix dialog starts pkexec
// (here a recording stand-in on PATH), and the request must fit the helper's documented form
// (README "Request form", core/src/fix/helper_form.h).
#include "CauseCard.h"
#include "FixDialog.h"
#include "MainWindow.h"
#include "WindowState.h"
#include "TestSupport.h"
#include "fix/common/helper_form.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using wdgui::CauseCard;
using wdgui::FixDialog;
using wdgui::MainWindow;

namespace {

// The scenario the root half builds and the uid 65534 half uses: named after the root half's pid.
std::string scenarioDir(pid_t rootHalf) { return "/tmp/wd-window-request-" + std::to_string(rootHalf); }

// Opens the fix dialog with `button` and applies: the stand-in pkexec records the request.
void applyThroughDialog(MainWindow& window, QPushButton* button) {
    QTest::mouseClick(button, Qt::LeftButton);
    FixDialog* dialog = nullptr;
    ASSERT_TRUE(wdtest::waitUntil([&] { return (dialog = window.findChild<FixDialog*>()) && dialog->isVisible(); }));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("applyButton")), Qt::LeftButton);
    ASSERT_TRUE(wdtest::waitUntil([&] { return dialog->outcome().has_value() && !dialog->isBusy(); }));
    dialog->close();
    delete dialog;
}

void windowSendsTheDocumentedForm() {
    const std::string dir = scenarioDir(getppid());
    const std::string file = dir + "/root's file.txt";
    ASSERT_EQ(::access(file.c_str(), F_OK), 0) << "no scenario from the root half in " << dir;
    qputenv("PATH", QByteArray::fromStdString(dir + "/bin:/usr/bin:/bin"));
    qputenv("XDG_STATE_HOME", QByteArray::fromStdString(dir + "/log/state"));
    // The window checks that the helper is installed before asking pkexec; the stand-in pkexec
    // never starts it, so any program will do.
    qputenv("WHYDENIED_HELPER", "/bin/true");

    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    window.setOperation(wd::Operation::Write);
    window.diagnose(QFile::decodeName(QByteArray::fromStdString(file)));
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() > 0 && !window.isBusy(); }));
    // The first fix that needs the administrator.
    QPushButton* button = nullptr;
    for (CauseCard* c : window.findChildren<CauseCard*>())
        for (QWidget* row : c->findChildren<QWidget*>())
            if (row->objectName().startsWith(QStringLiteral("fix-")) && !button) {
                const auto* who = row->findChild<QLabel*>(QStringLiteral("fixAudience"));
                if (who && who->text() == CauseCard::tr("needs an administrator password"))
                    button = row->findChild<QPushButton*>(QStringLiteral("fixButton"));
            }
    ASSERT_TRUE(button) << "no fix that needs the administrator";
    applyThroughDialog(window, button);
    if (::testing::Test::HasFatalFailure()) return;

    // A web file SELinux kept from a service, as the opened audit log proves: the restorecon fix
    // goes to the helper's own verb.
    const std::string photo = dir + "/photo.jpg";
    QSignalSpy logRead(&window, &MainWindow::auditLogRead);
    window.setAuditLog(QFile::decodeName(QByteArray::fromStdString(dir + "/audit.log")));
    ASSERT_TRUE(wdtest::waitUntil([&] { return logRead.count() == 1 && !window.isBusy(); }));
    ASSERT_FALSE(window.state()->auditLog().empty()) << window.state()->lastError().toStdString();
    shown.clear();
    window.setOperation(wd::Operation::Read);
    window.diagnose(QFile::decodeName(QByteArray::fromStdString(photo)));
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() > 0 && !window.isBusy(); }));
    QPushButton* relabel = nullptr;
    for (QWidget* row : window.findChildren<QWidget*>(QStringLiteral("fix-selinux-restore-label")))
        if (!relabel) relabel = row->findChild<QPushButton*>(QStringLiteral("fixButton"));
    ASSERT_TRUE(relabel) << "no restorecon fix for the mislabelled file";
    ASSERT_TRUE(relabel->isEnabled()) << "the relabel is a one-click fix, not a dead button";
    applyThroughDialog(window, relabel);
    if (::testing::Test::HasFatalFailure()) return;

    // The system audit log's records of the same photo: a read-only request of its own.
    QSignalSpy read(&window, &MainWindow::auditLogRead);
    window.readSystemAuditLog();
    ASSERT_TRUE(wdtest::waitUntil([&] { return read.count() > 0; }));

    std::ifstream in(dir + "/log/requests", std::ios::binary);
    std::string line;
    int requests = 0;
    while (std::getline(in, line)) {
        std::vector<std::string> argv;
        std::istringstream words(line);
        for (std::string w; std::getline(words, w, '\0');) argv.push_back(w);
        ++requests;
        EXPECT_EQ(wd::fix::checkHelperRequest(argv), "") << ::testing::PrintToString(argv);
        ASSERT_FALSE(argv.empty());
        EXPECT_EQ(argv[0], requests == 1 ? "apply" : requests == 2 ? "relabel" : "audit-log");
        if (requests == 2) {
            struct stat st{};
            ASSERT_EQ(::stat(photo.c_str(), &st), 0);
            const std::string dev = std::to_string((static_cast<uint64_t>(major(st.st_dev)) << 32) | minor(st.st_dev));
            EXPECT_EQ(argv, (std::vector<std::string>{"relabel", "--path", photo, "--dev", dev, "--ino",
                                                      std::to_string(st.st_ino), "--type", "file"}));
        }
        if (requests == 3) {
            EXPECT_EQ(argv, (std::vector<std::string>{"audit-log", "--path", photo}));
        }
    }
    EXPECT_EQ(requests, 3) << "the window did not start pkexec once for each fix and once for the audit log";
}

}  // namespace

TEST(WindowHelperRequest, FitsTheDocumentedForm) {
    if (::geteuid() != 0) {
        if (::access(scenarioDir(getppid()).c_str(), F_OK) != 0) GTEST_SKIP() << "needs root to stage a root-owned file";
        return windowSendsTheDocumentedForm();
    }
    const std::string dir = scenarioDir(getpid());
    struct Cleanup {
        std::string dir;
        ~Cleanup() {
            std::error_code ec;
            std::filesystem::remove_all(dir, ec);
        }
    } cleanup{dir};
    std::filesystem::create_directories(dir + "/bin");
    std::filesystem::create_directories(dir + "/log");
    ::chmod(dir.c_str(), 0755);
    ::chmod((dir + "/bin").c_str(), 0755);
    ASSERT_EQ(::chown((dir + "/log").c_str(), wdtest::RerunResult::kUid, wdtest::RerunResult::kUid), 0);
    std::ofstream(dir + "/root's file.txt") << "data\n";
    ::chmod((dir + "/root's file.txt").c_str(), 0644);
    // A file moved from a home folder that SELinux kept from rsyslogd, and the record proving it.
    const std::string photo = dir + "/photo.jpg";
    std::ofstream(photo) << "data\n";
    ::chmod(photo.c_str(), 0644);
    ASSERT_EQ(::chown(photo.c_str(), wdtest::RerunResult::kUid, wdtest::RerunResult::kUid), 0);
    struct stat st{};
    ASSERT_EQ(::stat(photo.c_str(), &st), 0);
    std::ofstream(dir + "/audit.log")
        << "type=AVC msg=audit(1764672764.339:4598): avc:  denied  { read } for  pid=2465 comm=\"rsyslogd\" "
           "name=\"photo.jpg\" dev=\"vda\" ino=" << st.st_ino << " scontext=system_u:system_r:syslogd_t:s0 "
           "tcontext=unconfined_u:object_r:user_home_t:s0 tclass=file permissive=0\n"
        << "type=PATH msg=audit(1764672764.339:4598): item=0 name=\"" << photo << "\" inode=" << st.st_ino
        << " dev=fd:00 mode=0100644 nametype=NORMAL\n";
    ::chmod((dir + "/audit.log").c_str(), 0644);
    // A pkexec that records the request (NUL-separated, after the helper's path) and answers
    // "not authorised", as a dismissed password prompt does.
    std::ofstream(dir + "/bin/pkexec") << "#!/bin/sh\nshift\nprintf '%s\\0' \"$@\" >> \"" << dir
                                       << "/log/requests\"\nprintf '\\n' >> \"" << dir << "/log/requests\"\nexit 126\n";
    ::chmod((dir + "/bin/pkexec").c_str(), 0755);
    WD_RERUN_AS_NOBODY(WindowHelperRequest, FitsTheDocumentedForm);
}
