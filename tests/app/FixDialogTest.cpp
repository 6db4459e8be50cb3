// SPDX-License-Identifier: GPL-3.0-or-later
// A fix from the window, as a user does it: click the fix button of a real read-only file,
// read the dialog, Apply (the change runs on a worker thread), see "Fixed", then Undo.
#include "CauseCard.h"
#include "FixDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QAbstractTextDocumentLayout>
#include <QTextEdit>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using wdgui::CauseCard;
using wdgui::FixDialog;
using wdgui::MainWindow;

namespace {

QPushButton* fixButton(const MainWindow& w, const QString& cause, const QString& fixId) {
    for (CauseCard* c : w.findChildren<CauseCard*>()) {
        if (c->cause() != cause) continue;
        QWidget* row = c->findChild<QWidget*>(QStringLiteral("fix-") + fixId);
        return row ? row->findChild<QPushButton*>(QStringLiteral("fixButton")) : nullptr;
    }
    return nullptr;
}

void readOnlyFileFixedAndUndone() {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // The journal goes to a temporary state directory, never the user's own.
    qputenv("XDG_STATE_HOME", QFile::encodeName(dir.filePath(QStringLiteral("state"))));
    const QString path = dir.filePath(QStringLiteral("report $(q).csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("a,b\n");
    f.close();
    const QByteArray native = QFile::encodeName(path);
    ASSERT_EQ(::chmod(native.constData(), 0444), 0);
    ASSERT_NE(::access(native.constData(), W_OK), 0) << "the kernel must deny before the fix";

    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    window.setOperation(wd::Operation::Write);
    window.diagnose(path);
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() > 0 && !window.isBusy(); }));
    QPushButton* button = fixButton(window, QStringLiteral("owner-lacks-permission"), QStringLiteral("chmod-owner-write"));
    ASSERT_TRUE(button) << "no fix button for chmod u+w";
    ASSERT_TRUE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);

    FixDialog* dialog = nullptr;
    ASSERT_TRUE(wdtest::waitUntil([&] { return (dialog = window.findChild<FixDialog*>()) && dialog->isVisible(); }));
    const auto* command = dialog->findChild<QTextEdit*>(QStringLiteral("fixCommand"));
    ASSERT_TRUE(command);
    EXPECT_EQ(command->toPlainText(), QStringLiteral("chmod u+w -- '%1'").arg(path));
    EXPECT_EQ(::access(native.constData(), W_OK), -1) << "nothing may change before Apply";

    const int before = shown.count();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("applyButton")), Qt::LeftButton);
    ASSERT_TRUE(wdtest::waitUntil([&] { return dialog->outcome().has_value() && !dialog->isBusy(); }));
    const auto* result = dialog->findChild<QLabel*>(QStringLiteral("fixResult"));
    EXPECT_EQ(result->text(), QStringLiteral("Fixed — you can now write to report $(q).csv."));
    EXPECT_EQ(::access(native.constData(), W_OK), 0) << "the kernel still denies after Apply";
    // The window asks again on its own and shows the new answer.
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() > before && !window.isBusy(); }));
    EXPECT_EQ(window.diagnosis()->verdict, wd::Verdict::Allowed);
    // The headline answers "did it work?", and nothing on screen says the error came from elsewhere.
    const QString headline = window.findChild<QLabel*>(QStringLiteral("verdictLabel"))->text();
    EXPECT_TRUE(headline.startsWith(QStringLiteral("Fixed: "))) << headline.toStdString();
    for (const CauseCard* c : window.findChildren<CauseCard*>())
        EXPECT_NE(c->cause(), QStringLiteral("error-from-elsewhere"));

    QPushButton* undo = dialog->findChild<QPushButton*>(QStringLiteral("undoButton"));
    ASSERT_TRUE(undo && undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    ASSERT_TRUE(wdtest::waitUntil([&] { return result->text().startsWith(QStringLiteral("Undone")); }));
    struct stat st{};
    ASSERT_EQ(::stat(native.constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0444U) << "undo must restore the exact mode";
    EXPECT_NE(::access(native.constData(), W_OK), 0);
    EXPECT_FALSE(undo->isEnabled()) << "a second undo is not offered";
    dialog->close();
}

// The command is what people check before they trust a fix: a long path in a narrow dialog wraps
// and is never cut off, and its text is exactly the command.
TEST(FixDialogCommand, LongPathWrapsAndIsNeverClipped) {
    wd::FixPlan plan;
    plan.fixId = "chmod-owner-write";
    plan.title = wd::Message("Make it writable for you");
    plan.change = wd::Message("Changes the permissions");
    plan.path = "/srv/" + std::string(180, 'x') + "/report.csv";
    plan.command = "chmod u+w -- " + plan.path;
    FixDialog dialog(plan, wd::ApplyOptions{});
    dialog.resize(360, 300);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QApplication::processEvents();
    auto* box = dialog.findChild<QTextEdit*>(QStringLiteral("fixCommand"));
    ASSERT_TRUE(box);
    EXPECT_EQ(box->toPlainText().toStdString(), plan.command);
    EXPECT_TRUE(box->isReadOnly());
    EXPECT_GT(box->document()->lineCount() + box->document()->documentLayout()->documentSize().height(), 1.0);
    EXPECT_LE(box->document()->size().height(), box->viewport()->height() + 1.0)
        << "the command is cut off: " << box->document()->size().height() << " > " << box->viewport()->height();
    // Wider, then narrower again (what a relayout after Apply does): still whole.
    dialog.resize(900, 300);
    QApplication::processEvents();
    dialog.resize(300, 300);
    QApplication::processEvents();
    EXPECT_LE(box->document()->size().height(), box->viewport()->height() + 1.0);
}

}  // namespace

TEST(FixDialogAsUser, ReadOnlyFileFixedThenUndone) {
    if (::geteuid() != 0) return readOnlyFileFixedAndUndone();
    // As root the bits would not stop us: the same test again, as uid 65534.
    WD_RERUN_AS_NOBODY(FixDialogAsUser, ReadOnlyFileFixedThenUndone);
}
