// SPDX-License-Identifier: GPL-3.0-or-later
// No English shows through in German, French, Spanish or Japanese: real diagnoses, real fix
// outcomes (a fix applied and undone as an unprivileged uid, a file that changed since its
// diagnosis) and pkexec's failures, each rendered the way the window renders it.
//
// What counts as English is taken from the catalogue itself rather than a list of fragments: a
// word of the English source strings that no translation of that language uses ("faccessat",
// "pkexec" and "WhyDenied" are kept by the translators, so they pass; "changed", "computed" and
// "file" do not).
#include "TestSupport.h"
#include "Translate.h"

#include "fix/common/fix_internal.h"
#include "whydenied/audit.h"
#include "whydenied/diagnose.h"
#include "whydenied/fix.h"
#include "whydenied/report.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

const char* const kLanguages[] = {"de", "fr", "es", "ja"};

QSet<QString> wordsOf(const QString& text) {
    // Letters only, at least four, not part of a longer technical name (FILE_ADD_FILE, O_WRONLY).
    static const QRegularExpression word(QStringLiteral("(?<![\\w/.-])[A-Za-z]{4,}(?![\\w/.-])"));
    QSet<QString> out;
    for (auto m = word.globalMatch(text); m.hasNext();) out.insert(m.next().captured(0).toLower());
    return out;
}

// The English words of the sources that this language's translations never use.
QSet<QString> englishOnlyWords(const char* lang) {
    QFile ts(QStringLiteral(WD_SOURCE_DIR "/translations/whydenied_%1.ts").arg(QLatin1String(lang)));
    if (!ts.open(QIODevice::ReadOnly)) return {};
    QSet<QString> english, kept;
    QXmlStreamReader xml(&ts);
    while (!xml.atEnd()) {
        if (!xml.readNext() || !xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("source")) english += wordsOf(xml.readElementText());
        else if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform"))
            kept += wordsOf(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return english - kept;
}

// The English words left in `shown`, once the data in it (paths, journal ids) is taken out.
QStringList englishIn(const QString& shown, const QSet<QString>& englishOnly) {
    QString text = shown;
    text.remove(QRegularExpression(QStringLiteral("/[^\\s,;:()\"'「」]*")));
    QStringList out;
    for (const QString& w : wordsOf(text))
        if (englishOnly.contains(w)) out << w;
    return out;
}

class Translated {
public:
    explicit Translated(const char* lang) {
        ok_ = translator_.load(QStringLiteral(":/i18n/whydenied_%1.qm").arg(QLatin1String(lang)));
        if (ok_) QCoreApplication::installTranslator(&translator_);
    }
    ~Translated() {
        if (ok_) QCoreApplication::removeTranslator(&translator_);
    }
    Translated(const Translated&) = delete;
    Translated& operator=(const Translated&) = delete;
    bool ok() const { return ok_; }

private:
    QTranslator translator_;
    bool ok_ = false;
};

// Everything of a diagnosis the window puts into words.
void addDiagnosis(std::vector<std::function<QString()>>& out, const wd::Diagnosis& d) {
    out.push_back([&d] { return wdgui::tr(wd::verdictSentence(d)); });
    out.push_back([&d] { return wdgui::tr(d.facts.verdict.said); });
    for (const wd::Message& n : d.facts.notes) out.push_back([&n] { return wdgui::tr(n); });
    for (const wd::Finding& f : d.findings) {
        out.push_back([&f] { return wdgui::tr(f.title); });
        out.push_back([&f] { return wdgui::tr(f.explanation); });
        for (const auto& [key, value] : f.evidence) {
            if (key == "owner" || key == "group" || key == "you" || key == "checked for" || key == "mode" ||
                key == "node" || key == "mount" || key == "acl")
                continue;  // names, modes and paths: data, shown as they are
            out.push_back([&key = key, &value = value] {
                const QString shown = wdgui::evidenceValue(key, value);
                // A word value that stayed as it is was not translated, whatever the words check says.
                if (key == "type" && shown == wdgui::fromUtf8(value)) return QStringLiteral("untranslated type: ") + shown;
                return wdgui::evidenceLabel(key) + QStringLiteral(": ") + shown;
            });
        }
        for (const wd::FixProposal& p : f.fixes) {
            out.push_back([&p] { return wdgui::tr(p.title); });
            out.push_back([&p] { return wdgui::tr(p.change); });
        }
    }
}

// Renders every sentence in every language; the failures name the language, the English words
// and the whole sentence.
void expectNoEnglish(const std::vector<std::function<QString()>>& sentences, const char* what) {
    for (const char* lang : kLanguages) {
        const QSet<QString> englishOnly = englishOnlyWords(lang);
        ASSERT_GT(englishOnly.size(), 50) << lang << ": the catalogue was not read";
        const Translated t(lang);
        ASSERT_TRUE(t.ok()) << "the translations are compiled in: " << lang;
        for (const auto& render : sentences) {
            const QString shown = render();
            EXPECT_FALSE(shown.isEmpty()) << what << ", " << lang;
            const QStringList left = englishIn(shown, englishOnly);
            EXPECT_TRUE(left.isEmpty()) << what << ", " << lang << ": English words " << left.join(u',').toStdString()
                                        << " in: " << shown.toStdString();
        }
    }
}

std::string tempDir(const char* name) {
    std::string t = (fs::temp_directory_path() / (std::string(name) + "-XXXXXX")).string();
    return mkdtemp(t.data()) ? t : std::string();
}

// The check itself: an English sentence is caught, its German translation is not.
TEST(TranslateWords, TheCheckCatchesEnglishAndPassesItsTranslation) {
    const QSet<QString> englishOnly = englishOnlyWords("de");
    EXPECT_FALSE(englishIn(QStringLiteral("Nothing was changed: /srv/x changed since the diagnosis"), englishOnly).isEmpty());
    const Translated t("de");
    ASSERT_TRUE(t.ok());
    // German quotes English error texts ("Read-only file system"), so "file" is a word its
    // translations use: the node type is checked by itself.
    EXPECT_EQ(wdgui::evidenceValue("type", "file"), QStringLiteral("Datei"));
    EXPECT_EQ(wdgui::evidenceValue("attributes", "read-only, hidden"), QStringLiteral("schreibgeschützt, versteckt"));
    EXPECT_EQ(wdgui::evidenceValue("owner", "file"), QStringLiteral("file")) << "a name stays as it is";
    const QString german = wdgui::tr(wd::Message(WD_TR("Nothing was changed: %1")).nest(0, WD_TR("the administrator prompt was dismissed")));
    EXPECT_TRUE(englishIn(german, englishOnly).isEmpty()) << german.toStdString();
}

// Diagnoses of real files: the kernel asked for the caller, a verdict computed for an account
// that does not exist here, and findings with their evidence and fixes.
TEST(TranslateWords, DiagnosesHaveNoEnglishWords) {
    const std::string root = tempDir("wd-words");
    ASSERT_FALSE(root.empty());
    const std::string inner = root + "/private", file = inner + "/notes.txt", locked = root + "/report.csv";
    ASSERT_EQ(chmod(root.c_str(), 0755), 0);
    ASSERT_EQ(mkdir(inner.c_str(), 0700), 0);
    { std::ofstream(file) << "x"; }
    { std::ofstream(locked) << "x"; }
    ASSERT_EQ(chown(locked.c_str(), 4242, 4242), 0);
    ASSERT_EQ(chmod(locked.c_str(), 0444), 0);

    std::vector<wd::Diagnosis> ds;
    const auto ask = [&](const std::string& path, wd::Operation op, const std::string& subject) {
        wd::DiagnoseRequest r;
        r.path = path;
        r.op = op;
        r.subject = subject;
        r.allowSwitch = false;  // computed from the facts, whoever runs the test
        ds.push_back(wd::diagnose(r));
    };
    ask(root, wd::Operation::List, "");
    ask(file, wd::Operation::Read, "uid:4242");
    ask(locked, wd::Operation::Write, "uid:4242");
    ask(root + "/missing/new.txt", wd::Operation::Create, "uid:4242");
    ASSERT_EQ(ds[1].verdict, wd::Verdict::Denied);
    ASSERT_EQ(ds[2].verdict, wd::Verdict::Denied);
    ASSERT_FALSE(ds[2].findings.empty());
    std::vector<std::function<QString()>> sentences;
    for (const wd::Diagnosis& d : ds) addDiagnosis(sentences, d);
    // A fix planned from someone else's diagnosis is refused, in words.
    const wd::PlanResult refused = wd::planFix(ds[2], ds[2].findings.front().fixes.empty() ? "x" : ds[2].findings.front().fixes.front().id);
    ASSERT_FALSE(refused.plan);
    sentences.push_back([&refused] { return wdgui::tr(refused.why); });
    expectNoEnglish(sentences, "diagnosis");
    fs::remove_all(root);
}

// Requests that could not be diagnosed at all: what is wrong with them is a sentence of the window too.
TEST(TranslateWords, InputThatCannotBeDiagnosedHasNoEnglishWords) {
    std::vector<wd::Diagnosis> ds;
    const auto ask = [&](const std::string& path, const std::string& subject) {
        wd::DiagnoseRequest r;
        r.path = path;
        r.op = wd::Operation::Read;
        r.subject = subject;
        r.readSystemAudit = false;
        ds.push_back(wd::diagnose(r));
    };
    ask("", "");
    ask("/tmp", "uid:");
    ask("/tmp", "gid:27");  // an unknown kind, echoed as typed
    ask("/tmp", "no-such-account-here");
    ask("/tmp", "pid:4194000");
    ask("/tmp/" + std::string(5000, 'x') + "/y", "");
    std::vector<std::function<QString()>> sentences;
    for (const wd::Diagnosis& d : ds) {
        ASSERT_FALSE(d.error.empty()) << d.request.path.substr(0, 40) << " " << d.request.subject;
        ASSERT_FALSE(d.errorSaid.empty()) << d.error;
        EXPECT_EQ(d.errorSaid.english(), d.error) << "the JSON keeps the English of the same sentence";
        sentences.push_back([&d] { return wdgui::tr(d.errorSaid); });
    }
    expectNoEnglish(sentences, "input that cannot be diagnosed");
}

// An audit's per-entry details ("needs -w-, owner has r--"), and the audit's and bulk undo's errors.
TEST(TranslateWords, AuditDetailsHaveNoEnglishWords) {
    const std::string root = tempDir("wd-words-audit");
    ASSERT_FALSE(root.empty());
    ASSERT_EQ(chmod(root.c_str(), 0755), 0);
    for (const char* name : {"a.txt", "b.txt"}) {
        const std::string p = root + "/" + name;
        { std::ofstream(p) << "x"; }
        ASSERT_EQ(chmod(p.c_str(), 0444), 0);
    }
    wd::AuditOptions o;
    o.root = root;
    o.op = wd::Operation::Write;
    o.subject = "uid:4242";
    const wd::AuditSummary s = wd::auditTree(o);
    ASSERT_TRUE(s.error.empty()) << s.error;
    std::vector<std::function<QString()>> sentences;
    for (const wd::AuditGroup& g : s.groups)
        for (const wd::AuditFinding& f : g.samples) sentences.push_back([&f] { return wdgui::tr(f.detail); });
    ASSERT_FALSE(sentences.empty()) << "uid 4242 may not write root's files";
    // An audit that cannot start, and an undo of a batch that is not there.
    wd::AuditOptions chmodding = o;
    chmodding.op = wd::Operation::Chmod;
    const wd::AuditSummary refused = wd::auditTree(chmodding);
    ASSERT_FALSE(refused.error.empty());
    sentences.push_back([&refused] { return wdgui::tr(refused.why); });
    const wd::BulkUndoResult noBatch = wd::undoBulkFix(root, "20261203T000000Z-abcdef");
    ASSERT_FALSE(noBatch.error.empty());
    EXPECT_EQ(noBatch.error, noBatch.why.english()) << "the CLI's English is the template's";
    sentences.push_back([&noBatch] { return wdgui::tr(noBatch.why); });
    expectNoEnglish(sentences, "audit detail");
    fs::remove_all(root);
}

// pkexec's failures, told apart by its words, inside the engine's sentence around them.
TEST(TranslateWords, PkexecFailuresHaveNoEnglishWords) {
    const std::string dir = tempDir("wd-words-pkexec");
    ASSERT_FALSE(dir.empty());
    fs::create_directories(dir + "/bin");
    const char* oldPath = std::getenv("PATH");
    const std::string keep = oldPath ? oldPath : "";
    setenv("PATH", (dir + "/bin:/usr/bin:/bin").c_str(), 1);
    const auto failure = [&](const std::string& say, int status, const std::string& helper = "/bin/true") {
        const std::string stub = dir + "/bin/pkexec";
        std::ofstream(stub) << "#!/bin/sh\ncat >&2 <<'END'\n" << say << "\nEND\nexit " << status << "\n";
        chmod(stub.c_str(), 0755);
        wd::posix::RunResult run;
        wd::Message error;
        EXPECT_FALSE(wd::fix::runHelperWithPkexec({"undo", "--id", "x"}, helper, 20000, 1 << 16, run, error));
        return wd::Message(WD_TR("Nothing was changed: %1")).nest(0, error);
    };
    const std::vector<wd::Message> failures = {
        failure("Error executing command as another user: No authentication agent found.", 127),
        failure("Error executing command as another user: Request dismissed", 126),
        failure("Error executing command as another user: Not authorized", 127),
        failure("whydenied-helper: refused: /srv/x is no longer the file that was diagnosed (device/inode 1/2, now 1/3 "
                "file); nothing was changed",
                2),
        failure("whydenied-helper: refused: /srv/x has 2 names (hard links); an administrator's fix would change all of "
                "them, so nothing was changed",
                2),
        failure("must not run", 0, dir + "/no-such-helper"),
    };
    // A reason in the helper's own words stays as it came; the sentence around it is translated.
    const wd::Message freeText = failure("whydenied-helper: refused: something only the helper knows", 2);
    setenv("PATH", keep.c_str(), 1);
    std::vector<std::function<QString()>> sentences;
    for (const wd::Message& m : failures) sentences.push_back([&m] { return wdgui::tr(m); });
    sentences.push_back([&freeText] {
        return wdgui::tr(freeText).remove(QStringLiteral("something only the helper knows"));
    });
    expectNoEnglish(sentences, "pkexec failure");
    EXPECT_NE(failures[3].english().find("/srv/x is no longer the file that was diagnosed"), std::string::npos)
        << "the English keeps the helper's words: " << failures[3].english();
    fs::remove_all(dir);
}

// A fix applied, undone, undone again, and refused because the file changed since its diagnosis,
// as uid 4242 on its own file (root would be allowed anyway).
TEST(TranslateWords, FixOutcomesHaveNoEnglishWords) {
    if (geteuid() == 0) {
        const std::string dir = tempDir("wd-words-fix");
        ASSERT_FALSE(dir.empty());
        ASSERT_EQ(chmod(dir.c_str(), 0755), 0);
        ASSERT_EQ(chown(dir.c_str(), 4242, 4242), 0);
        const auto rerun = wdtest::rerunAs("TranslateWords.FixOutcomesHaveNoEnglishWords", 4242, {"WD_WORDS_DIR=" + dir});
        fs::remove_all(dir);
        if (rerun.kind == wdtest::RerunResult::CannotSwitch) GTEST_SKIP() << "cannot switch to uid 4242 here";
        if (rerun.kind == wdtest::RerunResult::CannotExec) GTEST_SKIP() << "uid 4242 cannot run this test binary";
        EXPECT_EQ(rerun.kind, wdtest::RerunResult::Passed) << "the run as uid 4242 failed (output above)";
        return;
    }
    const char* given = std::getenv("WD_WORDS_DIR");
    const std::string dir = given ? given : tempDir("wd-words-fix");
    ASSERT_FALSE(dir.empty());
    const std::string file = dir + "/report.csv", journal = dir + "/journal";
    { std::ofstream(file) << "x"; }
    ASSERT_EQ(chmod(file.c_str(), 0444), 0);
    wd::ApplyOptions o;
    o.journalDir = journal;
    const auto planFor = [&] {
        wd::DiagnoseRequest r;
        r.path = file;
        r.op = wd::Operation::Write;
        const wd::Diagnosis d = wd::diagnose(r);
        for (const wd::Finding& f : d.findings)
            for (const wd::FixProposal& p : f.fixes)
                if (wd::canApply(p) && p.privilege == wd::Privilege::None)
                    if (auto planned = wd::planFix(d, p.id); planned.plan) return planned.plan;
        return std::optional<wd::FixPlan>();
    };
    const auto plan = planFor();
    ASSERT_TRUE(plan) << "a fix of your own read-only file";
    const wd::FixOutcome fixed = wd::applyFix(*plan, o);
    ASSERT_EQ(fixed.status, wd::FixStatus::Fixed) << fixed.message;
    ASSERT_TRUE(fixed.entry);
    const wd::UndoOutcome undone = wd::undoFix(fixed.entry->id, o);
    ASSERT_TRUE(undone.ok && undone.changed) << undone.message;
    const wd::UndoOutcome again = wd::undoFix(fixed.entry->id, o);
    ASSERT_TRUE(again.ok && !again.changed) << again.message;
    // The file is replaced between the diagnosis and Apply.
    const auto stale = planFor();
    ASSERT_TRUE(stale);
    { std::ofstream(file + ".new") << "y"; }
    ASSERT_EQ(chmod((file + ".new").c_str(), 0444), 0);
    ASSERT_EQ(rename((file + ".new").c_str(), file.c_str()), 0);
    const wd::FixOutcome refused = wd::applyFix(*stale, o);
    ASSERT_EQ(refused.status, wd::FixStatus::Refused) << refused.message;
    std::vector<std::function<QString()>> sentences;
    for (const wd::Message* m : {&fixed.said, &undone.said, &again.said, &refused.said})
        sentences.push_back([m] { return wdgui::tr(*m); });
    expectNoEnglish(sentences, "fix outcome");
    // The JSON and the CLI keep the English sentence.
    EXPECT_EQ(refused.message, refused.said.english());
    EXPECT_NE(refused.message.find("that was diagnosed"), std::string::npos) << refused.message;
    if (!given) fs::remove_all(dir);
}

}  // namespace
