// SPDX-License-Identifier: GPL-3.0-or-later
// `whydenied --dump-view FILE --quit-after-dump PATH`: the real program, on the offscreen platform,
// writes what its window shows once the first answer is on screen, and that is the CLI's answer
// for the same file. The Wine tests of the Windows installer read the window the same way.
#include "TestSupport.h"
#include "json_reader.h"
#include "run_program.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace {

std::string readAll(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
}

void unreadableFileScenario() {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("notes");
    }
    ASSERT_EQ(::chmod(QFile::encodeName(file).constData(), 0), 0);
    const QString json = dir.filePath(QStringLiteral("view.json"));

    const auto window = wdtest::runProgram({WD_WINDOW_PATH, "-platform", "offscreen", "--dump-view",
                                            json.toStdString(), "--quit-after-dump", "--op", "read",
                                            file.toStdString()},
                                           {}, 60000);
    ASSERT_FALSE(window.timedOut) << "the window never wrote its view";
    ASSERT_EQ(window.exitCode, 0) << window.err;
    const wdtest::Json view = wdtest::Json::parse(readAll(json));

    const auto cli = wdtest::runProgram({WD_CLI_PATH, "diagnose", file.toStdString(), "--op", "read", "--json"});
    const wdtest::Json d = wdtest::Json::parse(cli.out);
    EXPECT_EQ(view["headline"].str, d["summary"].str) << cli.out;
    ASSERT_FALSE(d["findings"].items.empty()) << cli.out;
    ASSERT_EQ(view["causes"].items.size(), d["findings"].items.size()) << readAll(json);
    std::vector<std::string> cliFixes;
    for (size_t i = 0; i < d["findings"].items.size(); ++i) {
        EXPECT_EQ(view["causes"][i].str, d["findings"][i]["cause"].str) << "cause " << i;
        for (const wdtest::Json& fix : d["findings"][i]["fixes"].items) cliFixes.push_back(fix["id"].str);
    }
    std::vector<std::string> shownFixes;
    for (const wdtest::Json& fix : view["fixes"].items) shownFixes.push_back(fix.str);
    EXPECT_EQ(shownFixes, cliFixes);
    EXPECT_FALSE(shownFixes.empty()) << "a file you own with mode 000 has a chmod fix";
    EXPECT_TRUE(view["holders"].items.empty());
    EXPECT_EQ(view["installScope"].str, "all-users") << "only Windows has per-user copies";
}

TEST(DumpView, WindowWritesWhatItShowsAndQuits) {
    if (::geteuid() != 0) return unreadableFileScenario();
    // As root the mode bits would not stop the read: the same test again, as uid 65534.
    WD_RERUN_AS_NOBODY(DumpView, WindowWritesWhatItShowsAndQuits);
}

TEST(DumpView, QuitWithoutAFileIsAUsageError) {
    const auto window = wdtest::runProgram({WD_WINDOW_PATH, "-platform", "offscreen", "--quit-after-dump"});
    EXPECT_EQ(window.exitCode, 2);
    EXPECT_NE(window.err.find("--dump-view"), std::string::npos) << window.err;
}

TEST(DumpView, OptionIsInTheHelp) {
    const auto window = wdtest::runProgram({WD_WINDOW_PATH, "-platform", "offscreen", "--help"});
    EXPECT_EQ(window.exitCode, 0);
    EXPECT_NE(window.out.find("--dump-view <FILE>"), std::string::npos) << window.out;
    EXPECT_NE(window.out.find("--quit-after-dump"), std::string::npos) << window.out;
}

}  // namespace
