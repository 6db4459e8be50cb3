// SPDX-License-Identifier: GPL-3.0-or-later
// `whydenied-cli fix` and `undo` as a user runs them: a real process, no terminal.
#include "as_user.h"
#include "run_program.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

std::string modeOf(const std::string& p) {
    struct stat st{};
    if (stat(p.c_str(), &st) != 0) return "gone";
    char b[8];
    std::snprintf(b, sizeof b, "%04o", st.st_mode & 07777U);
    return b;
}

struct CliFix : ::testing::Test {
    std::string root, file, state;
    void SetUp() override {
        char t[] = "/tmp/wdclifix-XXXXXX";
        root = mkdtemp(t);
        chmod(root.c_str(), 0755);
        state = root + "/state";
        mkdir(state.c_str(), 0700);
        file = root + "/it's a \"report\" $(x).csv";
        close(open(file.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0444));
        const auto u = wdtest::testUser();
        (void)!chown(file.c_str(), u.uid, u.gid);
        (void)!chown(state.c_str(), u.uid, u.gid);
        chmod(file.c_str(), 0444);
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    // Runs the CLI as the test user; stdin is a pipe, never a terminal.
    wdtest::ProgramResult cli(const std::vector<std::string>& args) const {
        wdtest::ProgramResult out;
        const auto r = wdtest::runAs(wdtest::testUser(), [&] {
            std::vector<std::string> argv = {"/usr/bin/env", "XDG_STATE_HOME=" + state, WD_CLI_PATH};
            argv.insert(argv.end(), args.begin(), args.end());
            const auto p = wdtest::runProgram(argv);
            return std::to_string(p.exitCode) + '\x1f' + p.out + '\x1f' + p.err;
        });
        const auto a = r.output.find('\x1f'), b = r.output.find('\x1f', a + 1);
        if (a == std::string::npos || b == std::string::npos) return out;
        out.exitCode = std::stoi(r.output.substr(0, a));
        out.out = r.output.substr(a + 1, b - a - 1);
        out.err = r.output.substr(b + 1);
        return out;
    }
};

}  // namespace

TEST_F(CliFix, RefusesWithoutATerminalOrYes) {
    const auto r = cli({"fix", file, "--op", "write", "--fix", "chmod-owner-write"});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_NE(r.err.find("--yes"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("chmod u+w -- "), std::string::npos) << "the command is shown first: " << r.out;
    EXPECT_EQ(modeOf(file), "0444");
}

TEST_F(CliFix, FixesThenUndoesThenUndoChangesNothing) {
    // The id chmod fixes had before they were spelled out still works, with a word about it.
    const auto r = cli({"fix", file, "--op", "write", "--fix", "chmod-u-w", "--yes"});
    ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.err.find("is now 'chmod-owner-write'"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("Fixed: you can now write to"), std::string::npos) << r.out;
    EXPECT_EQ(modeOf(file), "0644");
    const auto u = cli({"undo", "--yes"});
    EXPECT_EQ(u.exitCode, 0) << u.out << u.err;
    EXPECT_EQ(modeOf(file), "0444");
    const auto again = cli({"undo", "LAST", "--yes"});
    EXPECT_EQ(again.exitCode, 0) << again.err;
    EXPECT_NE(again.out.find("already undone"), std::string::npos) << again.out;
    EXPECT_EQ(modeOf(file), "0444");
}

TEST_F(CliFix, JsonReportsStatusAndNewDiagnosis) {
    const auto r = cli({"fix", file, "--op", "write", "--fix", "chmod-owner-write", "--yes", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"status\": \"fixed\""), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"verdict\": \"allowed\""), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("Fix:"), std::string::npos) << "stdout is only JSON";
}

TEST_F(CliFix, UnknownFixIsBadUsage) {
    const auto r = cli({"fix", file, "--op", "write", "--fix", "chmod-777", "--yes"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("No fix 'chmod-777'"), std::string::npos) << r.err;
    EXPECT_EQ(modeOf(file), "0444");
}

TEST_F(CliFix, APlanIsAppliedAndUndoneAsOne) {
    const auto r = cli({"fix", file, "--op", "write", "--plan", "--yes", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("\"result\": \"allowed\""), std::string::npos) << "the kernel's answer afterwards: " << r.out;
    EXPECT_NE(r.out.find("\"verified\": true"), std::string::npos) << r.out;
    EXPECT_EQ(modeOf(file), "0644");
    const auto at = r.out.find("\"journal\": {");
    ASSERT_NE(at, std::string::npos) << r.out;
    const auto idAt = r.out.find("\"id\": \"", at) + 7;
    const std::string id = r.out.substr(idAt, r.out.find('"', idAt) - idAt);
    const auto u = cli({"undo", id, "--yes"});
    EXPECT_EQ(u.exitCode, 0) << u.out << u.err;
    // One step is "the step", never "all 1 steps".
    EXPECT_NE(u.out.find("Undone: the step of the plan " + id + " was reverted."), std::string::npos) << u.out;
    EXPECT_EQ(modeOf(file), "0444");
}

TEST_F(CliFix, APlanNeedsOneOperation) {
    const auto r = cli({"fix", file, "--plan", "--yes"});
    EXPECT_EQ(r.exitCode, 2) << r.out << r.err;
    EXPECT_NE(r.err.find("--op OP"), std::string::npos) << r.err;
    EXPECT_EQ(modeOf(file), "0444");
}

// Grants for another account are root's to make; as a plain user the plan is shown, not applied.
TEST_F(CliFix, APlanForAnotherAccountIsNotAppliedByAPlainUser) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "needs a second uid to diagnose for";
    const std::string theirs = root + "/theirs.txt";
    close(open(theirs.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600));
    (void)!chown(theirs.c_str(), wdtest::testUser().uid, wdtest::testUser().gid);
    chmod(theirs.c_str(), 0600);
    const auto r = cli({"fix", theirs, "--op", "read", "--as", "uid:4343", "--plan", "--yes"});
    EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
    EXPECT_NE(r.out.find("only root applies it"), std::string::npos) << r.out << r.err;
    EXPECT_NE(r.out.find("u:4343:r--"), std::string::npos) << "the plan is shown: " << r.out;
    EXPECT_EQ(modeOf(theirs), "0600");
}
