// SPDX-License-Identifier: GPL-3.0-or-later
// The audit window on a real small tree: live walk on a worker, grouped problems, the bulk fix of
// a group (and its undo), cancellation, and the main window offering the audit for a folder.
#include "AuditModel.h"
#include "AuditView.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include "whydenied/audit.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSignalSpy>
#include <QTableView>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QMenuBar>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using wdgui::AuditModel;
using wdgui::AuditView;

constexpr uid_t kTestUid = 4242, kOtherUid = 4343;

// Root audits for uid 4242 (computed); anyone else audits for themselves (the kernel answers).
QString subjectForTest() { return geteuid() == 0 ? QStringLiteral("uid:4242") : QString(); }
uid_t ownerForTest() { return geteuid() == 0 ? kTestUid : geteuid(); }

void makeFile(const QString& path, mode_t mode, uid_t uid) {
    const QByteArray p = path.toLocal8Bit();
    close(open(p.constData(), O_CREAT | O_WRONLY, 0600));
    if (geteuid() == 0) (void)!lchown(p.constData(), uid, uid);
    chmod(p.constData(), mode);
}

mode_t modeOf(const QString& path) {
    struct stat st{};
    lstat(path.toLocal8Bit().constData(), &st);
    return st.st_mode & 07777;
}

TEST(AuditView, ShowsGroupsFixesAGroupAndUndoRestores) {
    QTemporaryDir dir, state;
    ASSERT_TRUE(dir.isValid() && state.isValid());
    qputenv("XDG_STATE_HOME", state.path().toLocal8Bit());
    const QString root = dir.path();
    chmod(root.toLocal8Bit().constData(), 0755);
    if (geteuid() == 0) (void)!lchown(root.toLocal8Bit().constData(), kTestUid, kTestUid);
    QDir().mkpath(root + "/sub/deeper");
    for (const QString& p : {root + "/sub", root + "/sub/deeper"}) makeFile(p, 0755, ownerForTest());
    makeFile(root + "/a", 0444, ownerForTest());
    makeFile(root + "/sub/b", 0444, ownerForTest());
    makeFile(root + "/sub/deeper/c", 0400, ownerForTest());
    if (geteuid() == 0) makeFile(root + "/sub/theirs", 0644, kOtherUid);

    AuditView view;
    view.show();
    QSignalSpy done(&view, &AuditView::auditFinished);
    wdtest::EventLoopGapMeter gaps;
    view.start(root, wd::Operation::Write, subjectForTest());
    ASSERT_TRUE(wdtest::waitUntil([&] { return done.count() > 0; }));
    ASSERT_TRUE(view.summary().has_value());
    EXPECT_EQ(view.model()->countOf(QStringLiteral("owner-lacks-permission")), 3U);
    // The file of another owner exists only when this runs as root (chown needs it).
    EXPECT_EQ(view.model()->countOf(QStringLiteral("owned-by-another-user")), geteuid() == 0 ? 1U : 0U);
    EXPECT_LT(gaps.maxGapMs(), 1000);

    // The first (largest) group is selected; it can be fixed in bulk.
    auto* fix = view.findChild<QPushButton*>(QStringLiteral("auditFixButton"));
    ASSERT_NE(fix, nullptr);
    EXPECT_EQ(view.model()->causeAt(0), QStringLiteral("owner-lacks-permission"));
    EXPECT_TRUE(fix->isEnabled());

    QSignalSpy fixed(&view, &AuditView::fixFinished);
    view.fixGroup(QStringLiteral("owner-lacks-permission"), false);
    ASSERT_TRUE(wdtest::waitUntil([&] { return fixed.count() > 0; }));
    EXPECT_EQ(view.model()->countOf(QStringLiteral("owner-lacks-permission")), 0U) << view.lastMessage().toStdString();
    EXPECT_EQ(modeOf(root + "/a"), 0644U);
    EXPECT_EQ(modeOf(root + "/sub/deeper/c"), 0600U);
    ASSERT_FALSE(view.lastJournalId().isEmpty());

    // Undo from the window, not only from the command line: the entries come back, and so does the group.
    auto* undoButton = view.findChild<QPushButton*>(QStringLiteral("auditUndoButton"));
    ASSERT_NE(undoButton, nullptr);
    ASSERT_TRUE(undoButton->isVisible());
    QSignalSpy undone(&view, &AuditView::undoFinished);
    const int auditsBefore = done.count();
    QTest::mouseClick(undoButton, Qt::LeftButton);
    ASSERT_TRUE(wdtest::waitUntil([&] { return undone.count() > 0 && done.count() > auditsBefore; }));
    EXPECT_FALSE(undoButton->isVisible());
    EXPECT_TRUE(view.lastMessage().contains(QStringLiteral("Restored 3 entries"))) << view.lastMessage().toStdString();
    EXPECT_EQ(view.model()->countOf(QStringLiteral("owner-lacks-permission")), 3U);
    EXPECT_EQ(modeOf(root + "/a"), 0444U);
    EXPECT_EQ(modeOf(root + "/sub/b"), 0444U);
    EXPECT_EQ(modeOf(root + "/sub/deeper/c"), 0400U);
    qunsetenv("XDG_STATE_HOME");
}

TEST(AuditView, CancelStopsTheWalkAndTheViewComesBack) {
    QTemporaryDir dir;
    const QString root = dir.path();
    for (int d = 0; d < 20; ++d) {
        QDir().mkpath(root + QStringLiteral("/d%1").arg(d));
        for (int i = 0; i < 100; ++i) makeFile(root + QStringLiteral("/d%1/f%2").arg(d).arg(i), 0644, ownerForTest());
    }
    AuditView view;
    QSignalSpy done(&view, &AuditView::auditFinished);
    view.start(root, wd::Operation::Read);
    view.cancel();
    ASSERT_TRUE(wdtest::waitUntil([&] { return done.count() > 0; }));
    EXPECT_FALSE(view.isRunning());
    // Started again, it runs to the end.
    view.start(root, wd::Operation::Read);
    ASSERT_TRUE(wdtest::waitUntil([&] { return done.count() > 1; }));
    ASSERT_TRUE(view.summary().has_value());
    EXPECT_EQ(view.summary()->entries, 2021U);
}

TEST(AuditView, MainWindowOffersTheAuditForAFolderOnly) {
    QTemporaryDir dir;
    makeFile(dir.path() + "/file", 0644, ownerForTest());
    wdgui::MainWindow window;
    QSignalSpy shown(&window, &wdgui::MainWindow::diagnosisShown);
    auto* button = window.findChild<QPushButton*>(QStringLiteral("auditButton"));
    ASSERT_NE(button, nullptr);
    window.diagnose(dir.path());
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() > 0 && !window.isBusy(); }));
    EXPECT_FALSE(button->isHidden());
    window.diagnose(dir.path() + "/file");
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() > 1 && !window.isBusy(); }));
    EXPECT_TRUE(button->isHidden());
}

// The problem column takes the room it is given; the window opens wholly on screen; the File
// menu reaches the audit without diagnosing a folder first.
TEST(AuditView, ReadableColumnsOnScreenAndReachableFromTheMenu) {
    QTemporaryDir dir;
    makeFile(dir.path() + "/file", 0444, ownerForTest());
    wdgui::MainWindow window;
    window.resize(600, 400);
    window.move(-300, -200);  // partly off the screen's top left: the audit must still fit
    window.setSubject(subjectForTest());
    window.setOperation(wd::Operation::Write);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QAction* menuAction = nullptr;
    for (QAction* top : window.menuBar()->actions())
        if (top->menu())
            for (QAction* a : top->menu()->actions())
                if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Audit a folder…")) menuAction = a;
    ASSERT_NE(menuAction, nullptr) << "File ▸ Audit a folder…";

    QMetaObject::invokeMethod(&window, "openAudit", Q_ARG(QString, dir.path()));
    auto* view = window.findChild<AuditView*>();
    ASSERT_NE(view, nullptr);
    QSignalSpy done(view, &AuditView::auditFinished);
    ASSERT_TRUE(wdtest::waitUntil([&] { return done.count() > 0; }));
    const QRect screen = window.screen()->availableGeometry();
    EXPECT_TRUE(screen.contains(view->geometry())) << "the audit window hangs off the screen: "
        << view->geometry().x() << "," << view->geometry().y() << " " << view->geometry().width() << "x"
        << view->geometry().height() << " on " << screen.width() << "x" << screen.height();

    view->resize(1400, 500);
    QApplication::processEvents();
    auto* table = view->findChild<QTableView*>(QStringLiteral("auditTable"));
    ASSERT_NE(table, nullptr);
    ASSERT_GT(view->model()->rowCount(), 0);
    EXPECT_EQ(table->horizontalHeader()->sectionResizeMode(AuditModel::CauseColumn), QHeaderView::Stretch);
    const QString problem = view->model()->index(0, AuditModel::CauseColumn).data().toString();
    EXPECT_GE(table->columnWidth(AuditModel::CauseColumn), table->fontMetrics().horizontalAdvance(problem))
        << "the problem is cut off although there is room";
    view->close();
}

}  // namespace

namespace {

// Each group lists its entries under the groups table, and the filter narrows them by path.
TEST(AuditView, ListsTheEntriesOfTheSelectedGroupWithAFilter) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString root = dir.path();
    chmod(root.toLocal8Bit().constData(), 0755);
    if (geteuid() == 0) (void)!lchown(root.toLocal8Bit().constData(), kTestUid, kTestUid);
    QDir().mkpath(root + "/sub");
    makeFile(root + "/sub", 0755, ownerForTest());
    for (const QString& name : {QStringLiteral("/report.csv"), QStringLiteral("/sub/notes.txt"), QStringLiteral("/sub/report-old.csv")})
        makeFile(root + name, 0444, ownerForTest());

    AuditView view;
    view.show();
    QSignalSpy done(&view, &AuditView::auditFinished);
    view.start(root, wd::Operation::Write, subjectForTest());
    ASSERT_TRUE(wdtest::waitUntil([&] { return done.count() > 0; }));
    ASSERT_EQ(view.model()->causeAt(0), QStringLiteral("owner-lacks-permission")) << "the first group is selected";
    auto* files = view.filesModel();
    ASSERT_EQ(files->rowCount(), 3);
    QStringList paths;
    for (int r = 0; r < files->rowCount(); ++r) paths << files->index(r, 0).data().toString();
    EXPECT_TRUE(paths.contains(root + "/sub/notes.txt")) << paths.join(' ').toStdString();

    auto* filter = view.findChild<QLineEdit*>(QStringLiteral("auditFilesFilter"));
    ASSERT_NE(filter, nullptr);
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("REPORT"));
    EXPECT_EQ(files->rowCount(), 2) << "the filter ignores case and matches anywhere in the path";
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Backspace);
    EXPECT_EQ(files->rowCount(), 3);
    auto* note = view.findChild<QLabel*>(QStringLiteral("auditFilesNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().isEmpty()) << "every entry is listed: nothing to say";
}

}  // namespace
