// SPDX-License-Identifier: GPL-3.0-or-later
// `whydenied-cli fix` and `undo` as a user runs them: a real process, no terminal.
#include "as_user.h"
#include "run_program.h"
#include "whydenied/fix.h"
#include "whydenied/plan.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <sys/sysmacros.h>
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

// A plan applied before its record was JSON: `undo <plan id>` still takes it back.
TEST_F(CliFix, APlanRecordedInTheOldLineFormatIsUndone) {
    const auto r = cli({"fix", file, "--op", "write", "--plan", "--yes", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
    ASSERT_EQ(modeOf(file), "0644");
    const auto at = r.out.find("\"journal\": {");
    ASSERT_NE(at, std::string::npos) << r.out;
    const auto idAt = r.out.find("\"id\": \"", at) + 7;
    const std::string id = r.out.substr(idAt, r.out.find('"', idAt) - idAt);
    std::string path;
    for (const auto& e : fs::recursive_directory_iterator(state))
        if (e.path().filename() == id + ".plan") path = e.path().string();
    ASSERT_FALSE(path.empty()) << "no record " << id << ".plan under " << state;
    const auto rec = wd::readPlanRecord(fs::path(path).parent_path().string(), id);
    ASSERT_TRUE(rec.ok()) << rec.error();
    ASSERT_EQ(rec->entryIds.size(), 1U);
    std::string old = "whydenied-plan 1\nid " + id + "\ntime " + rec->time + "\ncaller " +
                      std::to_string(rec->callerUid) + "\nentry " + rec->entryIds[0] + "\nundone 0\n";
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << old;
        ASSERT_TRUE(out.flush());
    }
    const auto u = cli({"undo", id, "--yes"});
    EXPECT_EQ(u.exitCode, 0) << u.out << u.err;
    EXPECT_NE(u.out.find("Undone: the step of the plan " + id + " was reverted."), std::string::npos) << u.out;
    EXPECT_EQ(modeOf(file), "0444");
    // Marked undone, in the new form.
    const auto after = wd::readPlanRecord(fs::path(path).parent_path().string(), id);
    ASSERT_TRUE(after.ok()) << after.error();
    EXPECT_TRUE(after->undone);
}

TEST_F(CliFix, APlanNeedsOneOperation) {
    const auto r = cli({"fix", file, "--plan", "--yes"});
    EXPECT_EQ(r.exitCode, 2) << r.out << r.err;
    EXPECT_NE(r.err.find("--op OP"), std::string::npos) << r.err;
    EXPECT_EQ(modeOf(file), "0444");
}

// An audit log proves a service's denial, not the caller's: it serves `fix --fix ID`, not a plan,
// and a log that cannot be read is bad usage, never an empty match.
TEST_F(CliFix, AnAuditLogIsForOneFixAndMustBeReadable) {
    const auto plan = cli({"fix", file, "--op", "write", "--plan", "--audit-log", "/dev/null", "--yes"});
    EXPECT_EQ(plan.exitCode, 2) << plan.out << plan.err;
    EXPECT_NE(plan.err.find("--audit-log is for fix --fix ID"), std::string::npos) << plan.err;
    const auto missing = cli({"fix", file, "--op", "write", "--fix", "chmod-owner-write", "--audit-log", root + "/none", "--yes"});
    EXPECT_EQ(missing.exitCode, 2) << missing.out << missing.err;
    EXPECT_NE(missing.err.find("cannot read"), std::string::npos) << missing.err;
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

// `sudo -E whydenied-cli undo` (or `su -m`, or the window started as root) runs as root with a
// person's HOME and XDG_STATE_HOME: a record they forged there must not be carried out by root.
TEST_F(CliFix, RootCarriesOutNoRecordFromAPersonsJournal) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "the attack is a root undo";
    const std::string victim = root + "/victim.conf";
    close(open(victim.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644));
    chmod(victim.c_str(), 0644);
    struct stat st{};
    ASSERT_EQ(lstat(victim.c_str(), &st), 0);
    wd::JournalEntry forged;
    forged.id = "20260101T000000.000Z-abcdef";
    forged.action = wd::FixAction::Chown;
    forged.arg = "0";
    forged.path = victim;
    forged.dev = (static_cast<uint64_t>(major(st.st_dev)) << 32) | minor(st.st_dev);
    forged.ino = st.st_ino;
    forged.type = wd::NodeType::Regular;
    const auto now = wd::readState(victim);
    ASSERT_TRUE(now);
    forged.after = *now;
    forged.before = *now;  // "before the fix" the person owned it and could write it, says the forgery
    forged.before.uid = wdtest::testUser().uid;
    forged.before.mode = 0666;
    const std::string journal = state + "/whydenied/journal";
    ASSERT_TRUE(wd::Journal(journal).write(forged));
    // The person's own files, as they would be in their home.
    for (const std::string& p : {state + "/whydenied", journal, journal + "/" + forged.id + ".json"})
        (void)!chown(p.c_str(), wdtest::testUser().uid, wdtest::testUser().gid);
    const auto r = wdtest::runProgram({"/usr/bin/env", "HOME=" + root, "XDG_STATE_HOME=" + state, WD_CLI_PATH, "undo",
                                       forged.id, "--yes"});
    EXPECT_NE(r.exitCode, 0) << r.out << r.err;
    EXPECT_EQ(modeOf(victim), "0644");
    ASSERT_EQ(lstat(victim.c_str(), &st), 0);
    EXPECT_EQ(st.st_uid, 0U) << "root handed its file to the person who forged the record";
}
