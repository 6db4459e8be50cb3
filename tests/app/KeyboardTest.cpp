// SPDX-License-Identifier: GPL-3.0-or-later
// The window by keyboard alone: every Alt+letter leads to one place.
#include "MainWindow.h"
#include "TestSupport.h"

#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <QAbstractButton>
#include <QCoreApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTranslator>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

using wdgui::MainWindow;

namespace {

// Alt+letter owners in the main window: the menu bar's menus, labels with a buddy, buttons.
std::multimap<QString, QString> mnemonics(const MainWindow& w) {
    std::multimap<QString, QString> out;
    const auto add = [&](const QString& text) {
        const QKeySequence k = QKeySequence::mnemonic(text);
        if (!k.isEmpty()) out.emplace(k.toString(), text);
    };
    for (QAction* a : w.menuBar()->actions()) add(a->text());
    for (const QLabel* l : w.findChildren<QLabel*>())
        if (l->buddy()) add(l->text());
    for (const QAbstractButton* b : w.findChildren<QAbstractButton*>()) add(b->text());
    return out;
}

void expectUnique(const char* language) {
    MainWindow window;
    const auto keys = mnemonics(window);
    ASSERT_GT(keys.size(), 5u) << language;
    for (auto it = keys.begin(); it != keys.end();) {
        const auto [first, last] = keys.equal_range(it->first);
        QStringList who;
        for (auto i = first; i != last; ++i) who << i->second;
        EXPECT_EQ(who.size(), 1) << language << ": " << it->first.toStdString() << " is shared by: "
                                 << who.join(QStringLiteral(" | ")).toStdString();
        it = last;
    }
}

TEST(Keyboard, MnemonicsAreUnique) { expectUnique("en"); }

// Each translation picks its own letters; they must not collide either.
TEST(Keyboard, MnemonicsAreUniqueInEveryTranslation) {
    for (const char* lang : {"de", "fr", "es", "ja"}) {
        QTranslator t;
        ASSERT_TRUE(t.load(QStringLiteral(":/i18n/whydenied_%1.qm").arg(QLatin1String(lang)))) << lang;
        QCoreApplication::installTranslator(&t);
        expectUnique(lang);
        QCoreApplication::removeTranslator(&t);
    }
}

}  // namespace

namespace {

QString accessibleName(QWidget* w) {
    QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
    return a ? a->text(QAccessible::Name) : QString();
}

QString describe(const QWidget* w) {
    return QStringLiteral("%1 '%2'").arg(QLatin1String(w->metaObject()->className()), w->objectName());
}

// A denial with fixes on screen: a read-only file you own (write), or as root a root-only file
// checked for nobody.
void showDenialWithFixes(MainWindow& window, const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("a,b\n");
    f.close();
    ASSERT_EQ(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    if (::geteuid() == 0) {
        ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0600), 0);
        window.setSubject(QStringLiteral("nobody"));
        window.setOperation(wd::Operation::Read);
    } else {
        ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0444), 0);
        window.setOperation(wd::Operation::Write);
    }
    shown.clear();
    window.diagnose(path);
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() > 0 && !window.isBusy(); }));
    ASSERT_TRUE(window.diagnosis());
    ASSERT_EQ(window.diagnosis()->verdict, wd::Verdict::Denied);
    ASSERT_FALSE(window.findChildren<QPushButton*>(QStringLiteral("fixButton")).isEmpty());
    QApplication::processEvents();  // a layout shows new cards through a queued call
}

// Forward Tab from the drop zone: reaches the fix buttons, passes the path table in one step
// (arrows move inside it), comes back round, and every stop has a name a screen reader can say.
TEST(Keyboard, TabChainReachesEveryFixAndNamesEveryStop) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    MainWindow window;
    window.resize(1100, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    showDenialWithFixes(window, dir);

    auto* chain = window.findChild<QTableView*>(QStringLiteral("chainView"));
    ASSERT_TRUE(chain);
    EXPECT_FALSE(chain->tabKeyNavigation()) << "Tab must leave the path table, not walk its cells";

    QWidget* start = window.findChild<QWidget*>(QStringLiteral("dropZone"));
    ASSERT_TRUE(start);
    start->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(wdtest::waitUntil([&] { return QApplication::focusWidget() == start; }, 2000));
    QList<QWidget*> stops;
    for (int i = 0; i < 200; ++i) {
        QWidget* now = QApplication::focusWidget();
        ASSERT_TRUE(now) << "focus lost after " << i << " Tabs";
        if (i > 0 && now == start) break;
        stops << now;
        QTest::keyClick(now, Qt::Key_Tab);
    }
    ASSERT_EQ(QApplication::focusWidget(), start) << "Tab did not come back round to the drop zone: a trap";
    int fixes = 0, chainStops = 0;
    for (QWidget* w : stops) {
        fixes += w->objectName() == QStringLiteral("fixButton");
        chainStops += w == chain;
        EXPECT_FALSE(accessibleName(w).trimmed().isEmpty()) << describe(w).toStdString() << " has no accessible name";
    }
    EXPECT_EQ(fixes, window.findChildren<QPushButton*>(QStringLiteral("fixButton")).size() -
                         [&] {
                             int disabled = 0;
                             for (auto* b : window.findChildren<QPushButton*>(QStringLiteral("fixButton")))
                                 disabled += !b->isEnabled() || !b->isVisible();
                             return disabled;
                         }())
        << "every enabled fix button is a Tab stop";
    EXPECT_GT(fixes, 0);
    // In reading order: the input, whose access, then the causes with their fixes, then the path.
    QStringList order;
    for (QWidget* w : stops) order << w->objectName();
    QStringList expected = {QStringLiteral("dropZone"), QStringLiteral("pasteBox"), QStringLiteral("operationCombo"),
                            QStringLiteral("subjectKindCombo"), QStringLiteral("chooseButton"), QStringLiteral("cardsArea"),
                            QStringLiteral("fixButton"), QStringLiteral("chainView")};
    int at = -1;
    for (const QString& name : expected) {
        const int i = order.indexOf(name);
        EXPECT_GT(i, at) << name.toStdString() << " out of order in: " << order.join(QLatin1Char(' ')).toStdString();
        at = std::max(at, i);
    }
    EXPECT_EQ(chainStops, 1) << "the path table is one Tab stop";
}

}  // namespace

namespace {

// Something changed outside the window: F5 (and the button) ask the system again.
TEST(Keyboard, F5ChecksAgainAfterAChangeOutside) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("later.txt"));
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* button = window.findChild<QPushButton*>(QStringLiteral("checkAgainButton"));
    ASSERT_TRUE(button);
    EXPECT_FALSE(button->isEnabled()) << "nothing to check again yet";
    window.setOperation(wd::Operation::Read);
    QSignalSpy shown(&window, &MainWindow::diagnosisShown);
    window.diagnose(path);
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() == 1 && !window.isBusy(); }));
    ASSERT_EQ(window.diagnosis()->verdict, wd::Verdict::Denied);  // it does not exist yet
    EXPECT_TRUE(button->isEnabled());

    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    QTest::keyClick(&window, Qt::Key_F5);
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() == 2 && !window.isBusy(); }));
    EXPECT_EQ(window.diagnosis()->verdict, wd::Verdict::Allowed);

    ASSERT_TRUE(QFile::remove(path));
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_TRUE(wdtest::waitUntil([&] { return shown.count() == 3 && !window.isBusy(); }));
    EXPECT_EQ(window.diagnosis()->verdict, wd::Verdict::Denied);
}

}  // namespace
