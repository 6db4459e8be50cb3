// The window by keyboard alone: every Alt+letter leads to one place.
#include "MainWindow.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTranslator>

#include <gtest/gtest.h>

#include <map>

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
