// SPDX-License-Identifier: GPL-3.0-or-later
// Core sentences reach the window in the reader's language, including the words a rule fills in
// (the operation's name), not only the template around them.
#include "Translate.h"

#include "whydenied/diagnose.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>

#include <gtest/gtest.h>

#include <cerrno>

namespace {

TEST(Translate, TheOperationWordIsTranslatedWithItsSentence) {
    // A real finding: you own the file, and its mode has no write bit for you.
    wd::Facts f;
    f.op = wd::Operation::Write;
    f.identity.uid = f.identity.euid = 1000;
    f.identity.gid = f.identity.egid = 1000;
    f.identity.capsKnown = true;
    wd::Node n;
    n.path = "/home/ana/report.csv";
    n.name = "report.csv";
    n.type = wd::NodeType::Regular;
    n.mode = 0444;
    n.uid = n.gid = 1000;
    f.chain = {n};
    f.target = 0;
    f.absolute = f.input = n.path;
    f.verdict = {"synthetic", EACCES, true};
    wd::DiagnoseRequest req;
    req.path = n.path;
    req.op = f.op;
    const wd::Diagnosis d = wd::judge(req, std::move(f));
    ASSERT_FALSE(d.findings.empty());
    ASSERT_EQ(d.findings[0].cause, "owner-lacks-permission");
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(":/i18n/whydenied_de.qm"))) << "the translations are compiled in";
    QCoreApplication::installTranslator(&german);
    const QString title = wdgui::tr(d.findings[0].title);
    QCoreApplication::removeTranslator(&german);
    EXPECT_TRUE(title.contains(QStringLiteral("(Schreiben)"))) << title.toStdString();
    EXPECT_FALSE(title.contains(QStringLiteral("write"))) << title.toStdString();
    EXPECT_EQ(d.findings[0].title.english(), "You own /home/ana/report.csv, but its permissions do not allow you to write to it");
}

// Evidence keys stay English in the JSON; the window shows them in the reader's language.
TEST(Translate, EvidenceLabelsAreTranslatedAndPathsAreLeftAlone) {
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(":/i18n/whydenied_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QString owner = wdgui::evidenceLabel("owner");
    const QString holder = wdgui::evidenceLabel("holder 4242");
    const QString path = wdgui::evidenceLabel("/home/ana/.ssh");
    QCoreApplication::removeTranslator(&german);
    EXPECT_EQ(owner, QStringLiteral("Besitzer"));
    EXPECT_EQ(holder, QStringLiteral("Prozess 4242"));
    EXPECT_EQ(path, QStringLiteral("/home/ana/.ssh"));
    EXPECT_EQ(wdgui::evidenceLabel("deciding entry"), QStringLiteral("deciding entry")) << "English without a translator";
}

// Every evidence key a rule writes has a translated label: a new rule's key shows up here first.
TEST(Translate, EveryEvidenceKeyOfTheRulesHasALabel) {
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(":/i18n/whydenied_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QRegularExpression literalKey(QStringLiteral("addEvidence\\(\"([^\"]+)\""));
    int seen = 0;
    for (QDirIterator it(QStringLiteral(WD_SOURCE_DIR "/core/src/rules"), {QStringLiteral("*.cpp")}); it.hasNext();) {
        QFile f(it.next());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = literalKey.globalMatch(text); m.hasNext();) {
            std::string key = m.next().captured(1).toStdString();
            if (key.back() == ' ') key += "4242";  // "holder " + pid
            if (key == "sddl" || key.rfind("com.apple.", 0) == 0) continue;  // technical names, the same everywhere
            ++seen;
            EXPECT_NE(wdgui::evidenceLabel(key).toStdString(), key) << f.fileName().toStdString() << ": " << key;
        }
    }
    QCoreApplication::removeTranslator(&german);
    EXPECT_GT(seen, 40);
}

}  // namespace

// English has plural forms too: "1 program", never "1 program(s)".
TEST(Translate, EnglishPluralsAreCompiledIn) {
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral(":/i18n/whydenied_en.qm"))) << "the English plural forms are compiled in";
    QCoreApplication::installTranslator(&english);
    const QString one = QCoreApplication::translate("wdgui::HoldersPanel", "%n program(s) using %1:", "", 1);
    const QString two = QCoreApplication::translate("wdgui::HoldersPanel", "%n program(s) using %1:", "", 2);
    const QString folder = QCoreApplication::translate("wdgui::AuditView", "%Ln folders", "", 1);
    QCoreApplication::removeTranslator(&english);
    EXPECT_EQ(one, QStringLiteral("1 program using %1:"));
    EXPECT_EQ(two, QStringLiteral("2 programs using %1:"));
    EXPECT_EQ(folder, QStringLiteral("1 folder"));
}
