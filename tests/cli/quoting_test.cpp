// SPDX-License-Identifier: GPL-3.0-or-later
// The `$ …` line that `diagnose` prints runs exactly the shown operation when pasted into bash,
// whatever bytes the file name holds.
#include "../core/scenario.h"
#include "run_program.h"
#include "whydenied/finding.h"
#include "whydenied/json.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sys/stat.h>

using wdtest::ProgramResult;
using wdtest::TempTree;

namespace {

const std::string kCli = WD_CLI_PATH;
const char* const kBash = "/bin/bash";

// Runs argv as the unprivileged test uid, in `cwd`.
ProgramResult runAsUserIn(const std::string& cwd, const std::vector<std::string>& argv) {
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        if (chdir(cwd.c_str()) != 0) return std::string("x\nchdir failed");
        const ProgramResult p = wdtest::runProgram(argv);
        return std::to_string(p.exitCode) + '\n' + p.out + p.err;
    });
    ProgramResult p;
    if (!r.ok) {
        p.err = r.error;
        return p;
    }
    const size_t nl = r.output.find('\n');
    p.exitCode = r.output.compare(0, nl, "x") == 0 ? -1 : std::stoi(r.output.substr(0, nl));
    p.out = r.output.substr(nl + 1);
    return p;
}

std::vector<std::string> commandLines(const std::string& out) {
    std::vector<std::string> lines;
    for (size_t i = 0; i < out.size();) {
        size_t j = out.find('\n', i);
        if (j == std::string::npos) j = out.size();
        const std::string line = out.substr(i, j - i);
        if (const size_t d = line.find("$ "); d != std::string::npos && line.find_first_not_of(' ') == d)
            lines.push_back(line.substr(d + 2));
        i = j + 1;
    }
    return lines;
}

bool terminalSafe(const std::string& s) {
    for (size_t i = 0; i < s.size();) {
        const size_t n = wd::shownAsIs(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

class PastedCommand : public ::testing::TestWithParam<std::string> {};

TEST_P(PastedCommand, RunsTheShownOperationAndNothingElse) {
    if (access(kBash, X_OK) != 0) GTEST_SKIP() << "no " << kBash;
    TempTree t;
    const auto& me = wdtest::testUser();
    // The user's own folder, so a `touch PWNED` smuggled in by the name could succeed.
    const std::string work = t.dir("work", 0755, me.uid, me.gid);
    const std::string name = GetParam();
    const std::string file = work + "/" + name;
    t.file("work/" + name, 0444, me.uid, me.gid);

    const ProgramResult r = runAsUserIn(work, {kCli, "diagnose", file, "--op", "write"});
    ASSERT_EQ(r.exitCode, 1) << r.out << r.err;
    const auto lines = commandLines(r.out);
    ASSERT_FALSE(lines.empty()) << r.out;
    const std::string& line = lines.front();
    EXPECT_TRUE(terminalSafe(line)) << "the shown command carries a byte the terminal would act on";
    EXPECT_EQ(line.rfind("chmod u+w -- ", 0), 0u) << line;

    const ProgramResult ran = runAsUserIn(work, {kBash, "-c", line});
    EXPECT_EQ(ran.exitCode, 0) << line << "\n" << ran.out;
    struct stat st{};
    ASSERT_EQ(lstat(file.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0644u) << "the pasted line did not make the named file writable: " << line;
    std::vector<std::string> entries;
    for (const auto& e : std::filesystem::directory_iterator(work)) entries.push_back(e.path().filename().string());
    EXPECT_EQ(entries, std::vector<std::string>{name}) << "the pasted line created something: " << line;
}

INSTANTIATE_TEST_SUITE_P(HostileNames, PastedCommand,
                         ::testing::Values(std::string("x' ; touch PWNED ; echo '"),
                                           std::string("a\nb; touch PWNED"),
                                           std::string("$(touch PWNED)"),
                                           std::string("`touch PWNED`"),
                                           std::string("it's\\'\n$(touch PWNED)'"),
                                           std::string("\x1b]0;title\x07\\x41 '\\' \xff\xc2\x85.txt"),
                                           std::string("plain name.txt")));

// Every byte a name can hold, one word: bash gives back the same bytes as one argument.
TEST(ShellQuote, EveryByteRoundTripsThroughBash) {
    if (access(kBash, X_OK) != 0) GTEST_SKIP() << "no " << kBash;
    std::vector<std::string> words;
    std::string all;
    for (int c = 1; c < 256; ++c) {
        all += static_cast<char>(c);
        words.push_back(std::string("a") + static_cast<char>(c) + "'\\b");
    }
    words.push_back(all);
    words.push_back("\\x41");
    words.push_back("'");
    words.push_back("");
    std::string line = "printf '%s\\0'";
    std::string expected;
    for (const auto& w : words) {
        const std::string q = wd::shellQuote(w);
        EXPECT_TRUE(terminalSafe(q)) << q;
        line += " " + q;
        expected += w + '\0';
    }
    const ProgramResult r = wdtest::runProgram({kBash, "-c", line});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, expected);
}

TEST(ShellQuote, PlainNamesKeepTheirShape) {
    EXPECT_EQ(wd::shellQuote("/home/ana/report.csv"), "/home/ana/report.csv");
    EXPECT_EQ(wd::shellQuote("my file"), "'my file'");
    EXPECT_EQ(wd::shellQuote("it's"), "'it'\\''s'");
    EXPECT_EQ(wd::shellQuote("a\nb"), "$'a\\nb'");
    EXPECT_EQ(wd::shellQuote("q'\x1b"), "$'q\\'\\x1b'");
    EXPECT_EQ(wd::shownCommand("chmod u+w -- 'a b'"), "chmod u+w -- 'a b'");
}

}  // namespace
