// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a user meets it: real files, real drop and paste events, the real probe.
#include "CauseCard.h"
#include "DropZone.h"
#include "HoldersModel.h"
#include "HoldersPanel.h"
#include "MainWindow.h"
#include "PathChainModel.h"
#include "SlowProbe.h"
#include "../core/synthetic.h"
#include "running_copy.h"
#include "TestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

#include <csignal>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using wdgui::CauseCard;
using wdgui::MainWindow;

namespace {

QStringList causes(const MainWindow& w) {
    QStringList ids;
    for (const CauseCard* c : w.findChildren<CauseCard*>()) ids << c->cause();
    return ids;
}

CauseCard* card(const MainWindow& w, const QString& cause) {
    for (CauseCard* c : w.findChildren<CauseCard*>())
        if (c->cause() == cause) return c;
    return nullptr;
}

QString verdictText(const MainWindow& w) {
    return w.findChild<QLabel*>(QStringLiteral("verdictLabel"))->text();
}

void dropUrls(QWidget* target, const QList<QUrl>& urls) {
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    ASSERT_TRUE(enter.isAccepted()) << "the drop zone refused a drag carrying file URLs";
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    EXPECT_TRUE(drop.isAccepted());
}

// Ctrl+V with the window active and focus away from the paste box: the window's own shortcut.
void pressCtrlV(MainWindow& w) {
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    QWidget* zone = w.findChild<wdgui::DropZone*>();
    zone->setFocus();
    QTest::keyClick(zone, Qt::Key_V, Qt::ControlModifier);
}

QString pythonTraceback(const QString& path) {
    return QStringLiteral("Traceback (most recent call last):\n"
                          "  File \"/home/ana/export.py\", line 12, in <module>\n"
                          "    with open('%1', 'w') as out:\n"
                          "PermissionError: [Errno 13] Permission denied: '%1'\n")
        .arg(path);
}

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    // Waits for the answer to be on screen.
    bool waitForDiagnosis(QSignalSpy& shown) {
        return wdtest::waitUntil([&] { return shown.count() > 0 && !window.isBusy(); });
    }

    QTemporaryDir dir;
    MainWindow window;
};

// Once an answer is on screen the input row gives it the room: the drop zone keeps one line.
// Explorer drops file URLs: file:///C:/… for a drive, file://server/share/… for a UNC path. The
// conversion is plain Qt and runs the same here as on Windows.
TEST(DropZonePaths, ExplorersUrlsBecomeWindowsPaths) {
    using wdgui::localPathOf;
    EXPECT_EQ(localPathOf(QUrl(QStringLiteral("file:///C:/Users/Ana/My%20Report%20%C3%A9%20%E6%97%A5%E6%9C%AC.docx")), true),
              QStringLiteral("C:\\Users\\Ana\\My Report \u00e9 \u65e5\u672c.docx"));
    EXPECT_EQ(localPathOf(QUrl(QStringLiteral("file://fileserver/team share/q1/budget.xlsx")), true),
              QStringLiteral("\\\\fileserver\\team share\\q1\\budget.xlsx"));
    EXPECT_EQ(localPathOf(QUrl::fromLocalFile(QStringLiteral("D:/100% sure #1.txt")), true),
              QStringLiteral("D:\\100% sure #1.txt"))
        << "% and # survive the URL round trip";
    EXPECT_EQ(localPathOf(QUrl(QStringLiteral("https://example.com/x.txt")), true), QString());
    EXPECT_EQ(localPathOf(QUrl(QStringLiteral("file:///home/ana/x.txt")), true), QString()) << "not a Windows path";
    EXPECT_EQ(localPathOf(QUrl(QStringLiteral("file:///home/ana/x%20y.txt")), false), QStringLiteral("/home/ana/x y.txt"));
}

TEST_F(MainWindowTest, DropZoneShrinksWhenAnAnswerIsShown) {
    auto* zone = window.findChild<wdgui::DropZone*>();
    ASSERT_TRUE(zone);
    const int before = zone->height();
    window.setOperation(wd::Operation::List);
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    window.diagnose(dir.path());
    ASSERT_TRUE(waitForDiagnosis(shown));
    QApplication::processEvents();
    EXPECT_TRUE(zone->isCompact());
    EXPECT_LT(zone->height(), before) << "the drop zone kept its full height under the answer";
}

// Each request carries its own operation and subject: what a pasted text named does not leak
// into the next drop, a paste checks for "me", and a text without a path clears the old answer.
TEST_F(MainWindowTest, SettingsDoNotLeakFromOnePasteToTheNext) {
    const QString script = dir.filePath(QStringLiteral("run.sh"));
    const QString picture = dir.filePath(QStringLiteral("cat.png"));
    for (const QString& p : {script, picture}) {
        QFile f(p);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    window.setSubject(QStringLiteral("nobody"));
    window.pasteErrorText(QStringLiteral("bash: %1: Permission denied").arg(script));
    ASSERT_TRUE(waitForDiagnosis(shown));
    EXPECT_EQ(window.diagnosis()->request.op, wd::Operation::Execute);
    EXPECT_TRUE(window.subject().isEmpty()) << "a pasted text is checked for me, not for the last subject";
    EXPECT_TRUE(window.diagnosis()->request.subject.empty());

    shown.clear();
    dropUrls(window.findChild<wdgui::DropZone*>(), {QUrl::fromLocalFile(picture)});
    ASSERT_TRUE(waitForDiagnosis(shown));
    EXPECT_EQ(window.diagnosis()->request.op, wd::Operation::Any)
        << "the picture was checked as the previous paste's 'run'";

    window.pasteErrorText(QStringLiteral("Something went wrong, please try again later."));
    ASSERT_TRUE(wdtest::waitUntil([&] { return !window.isBusy(); }));
    EXPECT_FALSE(window.diagnosis()) << "an old answer stayed under a text without a path";
    EXPECT_EQ(verdictText(window), QStringLiteral("Why was it denied?"));
    EXPECT_TRUE(causes(window).isEmpty());
}

// One source of truth on screen: the headline, the cards, the path table's marks and the small
// print come from the same diagnosis and never contradict each other.
void expectOneStory(const MainWindow& w) {
    ASSERT_TRUE(w.diagnosis());
    const wd::Diagnosis& d = *w.diagnosis();
    const QString headline = verdictText(w);
    const QString small = w.findChild<QLabel*>(QStringLiteral("errnoLabel"))->text();
    const auto* table = w.findChild<QTableView*>(QStringLiteral("chainView"));
    ASSERT_TRUE(table && table->model());
    int marked = 0, markedRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, wdgui::PathChainModel::Note).data().toString().contains(QStringLiteral("access stops here")))
            ++marked, markedRow = row;
    if (d.verdict == wd::Verdict::Allowed) {
        EXPECT_EQ(marked, 0) << "a green answer beside an 'access stops here' mark";
        EXPECT_FALSE(headline.contains(QStringLiteral("cannot"))) << headline.toStdString();
        EXPECT_FALSE(small.contains(QStringLiteral("EACCES"))) << small.toStdString();
    } else if (d.verdict == wd::Verdict::Denied) {
        EXPECT_TRUE(headline.contains(QStringLiteral("cannot"))) << headline.toStdString();
        ASSERT_FALSE(causes(w).isEmpty());
        EXPECT_EQ(causes(w).front().toStdString(), d.findings.at(0).cause);
        EXPECT_LE(marked, 1);
        EXPECT_EQ(markedRow, d.findings.at(0).node) << "the mark is where the first cause points (none when it points nowhere)";
        EXPECT_TRUE(small.contains(QString::fromStdString(d.errnoName))) << small.toStdString();
    } else {
        ADD_FAILURE() << "the story is checked for an allowed or a denied answer, not " << wd::toString(d.verdict);
    }
}

TEST_F(MainWindowTest, HeadlineCardsMarksAndSmallPrintTellOneStory) {
    // Allowed, with a message that says it failed: "the error came from elsewhere", no mark.
    const QString fine = dir.filePath(QStringLiteral("fine.txt"));
    {
        QFile f(fine);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    window.pasteErrorText(QStringLiteral("PermissionError: [Errno 13] Permission denied: '%1'").arg(fine));
    ASSERT_TRUE(waitForDiagnosis(shown));
    EXPECT_EQ(window.diagnosis()->verdict, wd::Verdict::Allowed);
    expectOneStory(window);

    // Denied for everyone, root included: a folder written to as a file.
    shown.clear();
    window.setOperation(wd::Operation::Write);
    window.diagnose(dir.path());
    ASSERT_TRUE(waitForDiagnosis(shown));
    EXPECT_EQ(window.diagnosis()->verdict, wd::Verdict::Denied);
    expectOneStory(window);
}

TEST_F(MainWindowTest, StartsEmptyAndAsks) {
    EXPECT_EQ(verdictText(window), QStringLiteral("Why was it denied?"));
    EXPECT_TRUE(causes(window).isEmpty());
    EXPECT_FALSE(window.findChild<QPushButton*>(QStringLiteral("copyReportButton"))->isEnabled());
}

// Root ignores permission bits, but nobody can write to a directory as if it were a file:
// the kernel's EISDIR holds for every uid, so this scenario is the same under sudo and in CI.
TEST_F(MainWindowTest, DroppedFolderOpenedForWritingShowsIsADirectory) {
    window.setOperation(wd::Operation::Write);
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    dropUrls(window.findChild<wdgui::DropZone*>(), {QUrl::fromLocalFile(dir.path())});
    ASSERT_TRUE(waitForDiagnosis(shown));

    ASSERT_TRUE(window.diagnosis());
    EXPECT_EQ(window.diagnosis()->verdict, wd::Verdict::Denied);
    EXPECT_EQ(window.diagnosis()->errnoName, "EISDIR");
    ASSERT_FALSE(causes(window).isEmpty());
    EXPECT_EQ(causes(window).front(), QStringLiteral("is-a-directory"));
    EXPECT_TRUE(verdictText(window).startsWith(QStringLiteral("You cannot write to "))) << verdictText(window).toStdString();
    EXPECT_TRUE(window.findChild<QLabel*>(QStringLiteral("errnoLabel"))->text().contains(QStringLiteral("EISDIR")));
    EXPECT_TRUE(window.findChild<QPushButton*>(QStringLiteral("copyReportButton"))->isEnabled());

    // Changing the operation diagnoses again: reading a folder's entries is allowed to its owner.
    shown.clear();
    window.findChild<QComboBox*>(QStringLiteral("operationCombo"))
        ->setCurrentIndex(window.findChild<QComboBox*>(QStringLiteral("operationCombo"))
                              ->findData(static_cast<int>(wd::Operation::List)));
    ASSERT_TRUE(waitForDiagnosis(shown));
    EXPECT_EQ(window.diagnosis()->request.op, wd::Operation::List);
    EXPECT_EQ(window.diagnosis()->verdict, wd::Verdict::Allowed);
    EXPECT_TRUE(causes(window).isEmpty());
}

TEST_F(MainWindowTest, PastedTracebackIsParsedAndDiagnosed) {
    window.setOperation(wd::Operation::Write);
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    QApplication::clipboard()->setText(pythonTraceback(dir.path()));
    pressCtrlV(window);
    ASSERT_TRUE(waitForDiagnosis(shown));
    EXPECT_EQ(window.diagnosis()->request.path, dir.path().toStdString());
    EXPECT_EQ(window.diagnosis()->request.op, wd::Operation::Write);
    ASSERT_FALSE(causes(window).isEmpty());
    EXPECT_EQ(causes(window).front(), QStringLiteral("is-a-directory"));
    EXPECT_TRUE(window.findChild<QPlainTextEdit*>(QStringLiteral("pasteBox"))
                    ->toPlainText()
                    .contains(QStringLiteral("PermissionError")));
}

TEST_F(MainWindowTest, WindowsPathIsNotDiagnosedHere) {
    window.pasteErrorText(QStringLiteral("PermissionError: [Errno 13] Permission denied: 'C:\\Users\\ana\\report.csv'"));
    wdtest::waitUntil([&] { return !window.isBusy(); }, 2000);
    const QLabel* note = window.findChild<QLabel*>(QStringLiteral("noteLabel"));
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("Windows"))) << note->text().toStdString();
    EXPECT_FALSE(window.diagnosis());
}

TEST_F(MainWindowTest, SeveralDroppedFilesAreListedAndSelectable) {
    QFile a(dir.filePath(QStringLiteral("a.txt"))), b(dir.filePath(QStringLiteral("b.txt")));
    ASSERT_TRUE(a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    dropUrls(window.findChild<wdgui::DropZone*>(), {QUrl::fromLocalFile(a.fileName()), QUrl::fromLocalFile(b.fileName())});
    auto* list = window.findChild<QListWidget*>(QStringLiteral("requestList"));
    EXPECT_TRUE(list->isVisible());
    EXPECT_EQ(list->count(), 2);
    ASSERT_TRUE(waitForDiagnosis(shown));
    EXPECT_EQ(window.diagnosis()->request.path, a.fileName().toStdString());
    shown.clear();
    list->setCurrentRow(1);
    ASSERT_TRUE(waitForDiagnosis(shown));
    EXPECT_EQ(window.diagnosis()->request.path, b.fileName().toStdString());
}

TEST_F(MainWindowTest, FileThatIsFineSaysYouCan) {
    QFile f(dir.filePath(QStringLiteral("fine.txt")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("ok\n");
    f.close();
    window.setOperation(wd::Operation::Read);
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    dropUrls(window.findChild<wdgui::DropZone*>(), {QUrl::fromLocalFile(f.fileName())});
    ASSERT_TRUE(waitForDiagnosis(shown));
    EXPECT_EQ(window.diagnosis()->verdict, wd::Verdict::Allowed);
    EXPECT_TRUE(verdictText(window).startsWith(QStringLiteral("You can read fine.txt"))) << verdictText(window).toStdString();
    EXPECT_TRUE(verdictText(window).contains(QStringLiteral("somewhere else")));
    EXPECT_TRUE(causes(window).isEmpty());
}

TEST_F(MainWindowTest, CopyReportPutsMarkdownOnTheClipboard) {
    window.setOperation(wd::Operation::Write);
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    window.diagnose(dir.path());
    ASSERT_TRUE(waitForDiagnosis(shown));
    QApplication::clipboard()->clear();
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("copyReportButton")), Qt::LeftButton);
    const QString report = QApplication::clipboard()->text();
    EXPECT_TRUE(report.contains(QStringLiteral("is-a-directory"))) << report.toStdString();
}

// Run as the file's owner without root's override: the owner bits are what the kernel checks.
void readOnlyFileScenario() {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("a,b\n");
    }
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0444), 0);

    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.setOperation(wd::Operation::Write);
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    dropUrls(window.findChild<wdgui::DropZone*>(), {QUrl::fromLocalFile(path)});
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() > 0 && !window.isBusy(); }));
    EXPECT_EQ(window.diagnosis()->verdict, wd::Verdict::Denied);
    EXPECT_EQ(verdictText(window), QStringLiteral("You cannot write to report.csv"));
    ASSERT_FALSE(causes(window).isEmpty());
    EXPECT_EQ(causes(window).front(), QStringLiteral("owner-lacks-permission"));
    CauseCard* c = card(window, QStringLiteral("owner-lacks-permission"));
    ASSERT_TRUE(c);
    QPushButton* fix = nullptr;
    for (QPushButton* b : c->findChildren<QPushButton*>(QStringLiteral("fixButton")))
        if (b->text() == QStringLiteral("Make it writable for you")) fix = b;
    ASSERT_TRUE(fix) << "no 'Make it writable for you' button";
    EXPECT_TRUE(fix->isEnabled()) << "the fix opens the confirmation dialog (FixDialogTest)";
    EXPECT_FALSE(fix->toolTip().isEmpty());
    bool commandShown = false;
    for (QLabel* l : c->findChildren<QLabel*>(QStringLiteral("fixCommand")))
        commandShown |= l->text().startsWith(QStringLiteral("chmod u+w ")) && l->text().contains(QStringLiteral("report.csv"));
    EXPECT_TRUE(commandShown);

    shown.clear();
    window.setOperation(wd::Operation::Read);  // the traceback's open(..., 'w') must set it back
    QApplication::clipboard()->setText(pythonTraceback(path));
    pressCtrlV(window);
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() > 0 && !window.isBusy(); }));
    EXPECT_EQ(window.diagnosis()->request.op, wd::Operation::Write)
        << "the parser should infer 'write' from open(..., 'w') and the window should apply it";
    ASSERT_FALSE(causes(window).isEmpty());
    EXPECT_EQ(causes(window).front(), QStringLiteral("owner-lacks-permission"));
}

// Without root, a check for someone else is worked out from the facts: the small print says so
// instead of calling it the kernel's answer and then "computed" in the next breath.
void computedVerdictScenario() {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("private.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0600), 0);
    ASSERT_EQ(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    window.setSubject(QStringLiteral("uid:4343"));
    window.setOperation(wd::Operation::Read);
    window.diagnose(path);
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() > 0 && !window.isBusy(); }));
    ASSERT_EQ(window.diagnosis()->facts.verdictSource, wd::VerdictSource::Computed);
    const QString small = window.findChild<QLabel*>(QStringLiteral("errnoLabel"))->text();
    EXPECT_TRUE(small.contains(QStringLiteral("Computed from the facts"))) << small.toStdString();
    EXPECT_FALSE(small.contains(QStringLiteral("The kernel answers"))) << small.toStdString();
}

TEST(MainWindowAsUser, ComputedVerdictIsNotCalledTheKernels) {
    if (::geteuid() != 0) return computedVerdictScenario();
    WD_RERUN_AS_NOBODY(MainWindowAsUser, ComputedVerdictIsNotCalledTheKernels);
}

TEST(MainWindowAsUser, ReadOnlyFileYouOwnOffersChmod) {
    if (::geteuid() != 0) return readOnlyFileScenario();
    // As root the bits would not stop us: the same test again, as uid 65534.
    WD_RERUN_AS_NOBODY(MainWindowAsUser, ReadOnlyFileYouOwnOffersChmod);
}

// "Why can't www-data read it?": the same window, checked for another user. Root may switch to
// that user, so the verdict is the kernel's, and the answer names the subject, not "you".
TEST(MainWindowSubject, ChecksForAnotherUser) {
    if (::geteuid() != 0) GTEST_SKIP() << "checking for another user by switching needs root";
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("index.html"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("<html/>");
    f.close();
    ASSERT_EQ(::chmod(QFile::encodeName(file).constData(), 0600), 0);
    ASSERT_EQ(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    window.setSubject(QStringLiteral("nobody"));
    window.diagnose(file);
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() > 0 && !window.isBusy(); }));
    ASSERT_TRUE(window.diagnosis());
    EXPECT_EQ(window.diagnosis()->verdict, wd::Verdict::Denied);
    EXPECT_EQ(window.diagnosis()->facts.verdictSource, wd::VerdictSource::Kernel);
    // Nothing says what was tried: every plausible operation is checked for nobody.
    EXPECT_EQ(verdictText(window), QStringLiteral("nobody cannot read index.html or write to it"));
    ASSERT_FALSE(causes(window).isEmpty());
    EXPECT_EQ(causes(window).front(), QStringLiteral("owned-by-another-user"));

    // Back to "me" (root): allowed, no alarm, and the window re-checked on its own.
    const int before = shown.count();
    window.setSubject(QString());
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() > before && !window.isBusy(); }));
    EXPECT_EQ(window.diagnosis()->verdict, wd::Verdict::Allowed);
}

// A program that runs from the file: writing it fails with text file busy, and the window shows
// the running program in its processes panel by itself.
TEST_F(MainWindowTest, RunningProgramIsShownInTheProcessesPanel) {
    const QString prog = dir.filePath(QStringLiteral("server"));
    const wdtest::RunningCopy program(QFile::encodeName(prog).toStdString());
    ASSERT_TRUE(program.running());
    const pid_t pid = program.pid();
    window.setOperation(wd::Operation::Write);
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    window.diagnose(prog);
    ASSERT_TRUE(waitForDiagnosis(shown));
    ASSERT_FALSE(causes(window).isEmpty());
    EXPECT_EQ(causes(window).front(), QStringLiteral("text-file-busy"));
    auto* panel = window.findChild<wdgui::HoldersPanel*>();
    ASSERT_TRUE(panel);
    EXPECT_TRUE(panel->isVisibleTo(&window));
    EXPECT_TRUE(wdtest::waitUntil([&] { return !panel->isScanning() && panel->model()->rowCount() > 0; }));
    bool found = false;
    for (int row = 0; row < panel->model()->rowCount(); ++row)
        found = found || panel->model()->index(row, 0).data().toString().contains(QStringLiteral("server")) ||
                panel->model()->index(row, 1).data().toString() == QString::number(pid);
    EXPECT_TRUE(found) << "the running copy (pid " << pid << ") is listed";
}

// The user gives up on a slow check: Cancel answers at once and the window never stalls.
TEST(MainWindowSlow, CancelDuringSlowDiagnosis) {
    auto probe = std::make_shared<wdtest::SlowProbe>(10000);
    {
        MainWindow window(probe);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QSignalSpy cancelled(&window, &MainWindow::diagnosisCancelled);
        QSignalSpy shown(&window, &MainWindow::diagnosisShown);
        wdtest::EventLoopGapMeter meter;
        window.diagnose(QStringLiteral("/net/hung/share/report.csv"));

        auto* busy = window.findChild<QWidget*>(QStringLiteral("busyPanel"));
        auto* cancel = window.findChild<QPushButton*>(QStringLiteral("cancelButton"));
        EXPECT_FALSE(busy->isVisible()) << "the busy indicator must wait ~200 ms";
        ASSERT_TRUE(wdtest::waitUntil([&] { return busy->isVisible(); }, 2000));
        QTest::qWait(100);
        ASSERT_TRUE(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);

        EXPECT_EQ(cancelled.count(), 1);  // at once, without waiting for the worker
        EXPECT_FALSE(window.isBusy());
        EXPECT_FALSE(busy->isVisible());
        EXPECT_TRUE(verdictText(window).startsWith(QStringLiteral("Gave up waiting"))) << verdictText(window).toStdString();
        ASSERT_TRUE(wdtest::waitUntil([&] { return probe->returned.load(); }, 2000));
        EXPECT_TRUE(probe->sawCancel);
        QTest::qWait(50);
        EXPECT_EQ(shown.count(), 0) << "a cancelled run must not show a result";
        // Functional bound (bench/ measures stalls): the window never waited for the 10 s probe.
        EXPECT_LT(meter.maxGapMs(), 2000);
    }
}

// The same facts for every request, as a probe on another machine would have reported them.
class FactsProbe : public wd::Probe {
public:
    explicit FactsProbe(wd::Facts f) : facts_(std::move(f)) {}
    wd::Facts gather(const wd::DiagnoseRequest& req, const wd::CancelToken*, const wd::ProgressFn&) override {
        wd::Facts f = facts_;
        f.op = req.op;
        return f;
    }

private:
    wd::Facts facts_;
};

// A plan of several steps is one action above the cards, listing every command; one step is the
// cause card's own button, and there is no "Fix all" then.
TEST(MainWindowFixAll, APlanOfSeveralStepsIsOneActionAboveTheCards) {
    MainWindow window(std::make_shared<FactsProbe>(wdtest::FactsBuilder(wd::Operation::Write)
                                                       .dir("home", 0, 0, 0755)
                                                       .file("notes", 1000, 1000, 0444)
                                                       .immutable()
                                                       .kernelSays(EPERM)));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    window.setOperation(wd::Operation::Write);
    window.diagnose(QStringLiteral("/home/notes"));
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() > 0 && !window.isBusy(); }));
    auto* all = window.findChild<QPushButton*>(QStringLiteral("fixAll"));
    ASSERT_TRUE(all) << "no Fix all for a read-only, immutable file";
    EXPECT_EQ(all->text(), QStringLiteral("Fix all (2 steps)"));
    EXPECT_TRUE(all->toolTip().contains(QStringLiteral("chattr -i -- /home/notes"))) << all->toolTip().toStdString();
    EXPECT_TRUE(all->toolTip().contains(QStringLiteral("chmod u+w -- /home/notes"))) << all->toolTip().toStdString();

    MainWindow single(std::make_shared<FactsProbe>(
        wdtest::FactsBuilder(wd::Operation::Write).dir("home", 0, 0, 0755).file("notes", 1000, 1000, 0444).kernelSays(EACCES)));
    single.show();
    QSignalSpy shownOne(&single, &MainWindow::diagnosisShown);
    single.setOperation(wd::Operation::Write);
    single.diagnose(QStringLiteral("/home/notes"));
    ASSERT_TRUE(wdtest::waitUntil([&] { return shownOne.count() > 0 && !single.isBusy(); }));
    EXPECT_FALSE(single.findChild<QPushButton*>(QStringLiteral("fixAll")));
}

}  // namespace
