// SPDX-License-Identifier: GPL-3.0-or-later
// Core sentences reach the window in the reader's language, including the words a rule fills in
// (the operation's name), not only the template around them.
#include "Translate.h"

#include "whydenied/diagnose.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>

#include <gtest/gtest.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

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

namespace {

// English words that must not show through a German small print: the probes' own wording.
bool hasEnglishFragment(const QString& s) {
    for (const char* w : {" on ", "computed", "does not exist", "no search permission", "has no account", "Only root",
                          "could not", "entries of"})
        if (s.contains(QLatin1String(w))) return true;
    return false;
}

// What the kernel was asked and the probe's notes are sentences of the window too: real diagnoses
// (a kernel check, a computed verdict for an account that does not exist here) read in German.
TEST(Translate, KernelChecksAndNotesAreInTheReadersLanguage) {
    const QString dir = QDir::tempPath() + QStringLiteral("/wd-translate-XXXXXX");
    QByteArray tmpl = dir.toUtf8();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    const std::string root = tmpl.toStdString();
    const std::string inner = root + "/private", file = inner + "/notes.txt";
    ASSERT_EQ(chmod(root.c_str(), 0755), 0);  // mkdtemp's 0700 would stop the account before `private` does
    ASSERT_EQ(mkdir(inner.c_str(), 0700), 0);
    { std::ofstream(file) << "x"; }

    wd::DiagnoseRequest mine;
    mine.path = root;
    mine.op = wd::Operation::List;
    const wd::Diagnosis asked = wd::diagnose(mine);
    wd::DiagnoseRequest theirs;
    theirs.path = file;
    theirs.op = wd::Operation::Read;
    theirs.subject = "uid:4242";  // no account here: a note says what was assumed
    theirs.allowSwitch = false;   // computed from the facts, whoever runs the test
    const wd::Diagnosis computed = wd::diagnose(theirs);
    ASSERT_EQ(computed.verdict, wd::Verdict::Denied) << computed.facts.verdict.what;
    ASSERT_FALSE(asked.facts.verdict.said.empty()) << asked.facts.verdict.what;
    ASSERT_FALSE(computed.facts.verdict.said.empty()) << computed.facts.verdict.what;
    ASSERT_FALSE(computed.facts.notes.empty());
    EXPECT_EQ(computed.facts.verdict.what, "computed: no search permission on " + inner) << "the JSON keeps its wording";

    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(":/i18n/whydenied_de.qm")));
    QCoreApplication::installTranslator(&german);
    QStringList shown = {wdgui::tr(asked.facts.verdict.said), wdgui::tr(computed.facts.verdict.said)};
    for (const wd::Message& n : computed.facts.notes) shown << wdgui::tr(n);
    QCoreApplication::removeTranslator(&german);
    for (const QString& s : shown) EXPECT_FALSE(hasEnglishFragment(s)) << s.toStdString();
    EXPECT_TRUE(shown[0].contains(QString::fromStdString(root))) << shown[0].toStdString();
    EXPECT_TRUE(shown[1].contains(QString::fromStdString(inner))) << shown[1].toStdString();
    std::filesystem::remove_all(root);
}

}  // namespace
