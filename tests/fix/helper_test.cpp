// whydenied-helper as a real process, as root, with the requests an attacker would send: every
// hostile one must be refused with status 2 and leave the file exactly as it was.
#include "whydenied/fix.h"

#include "as_user.h"
#include "run_program.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace wd;

namespace {

struct HelperFixture : ::testing::Test {
    std::string root, state, file;
    std::string dev, ino;
    uid_t user = 0;

    void SetUp() override {
        if (!wdtest::isRoot()) GTEST_SKIP() << "whydenied-helper runs as root; these tests need root";
        user = wdtest::testUser().uid;
        char t[] = "/tmp/wdhelper-XXXXXX";
        root = mkdtemp(t);
        chmod(root.c_str(), 0755);
        state = root + "/.state";
        file = make("team.txt", 4343, wdtest::testUser().gid, 0640);
        idOf(file, dev, ino);
    }
    void TearDown() override {
        std::error_code ec;
        if (!root.empty()) fs::remove_all(root, ec);
    }
    std::string make(const std::string& name, uid_t uid, gid_t gid, mode_t mode) const {
        const std::string p = root + "/" + name;
        const int fd = open(p.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        close(fd);
        (void)!chown(p.c_str(), uid, gid);
        chmod(p.c_str(), mode);
        return p;
    }
    static void idOf(const std::string& p, std::string& d, std::string& i) {
        struct stat st{};
        lstat(p.c_str(), &st);
        d = std::to_string((static_cast<uint64_t>(major(st.st_dev)) << 32) | minor(st.st_dev));
        i = std::to_string(st.st_ino);
    }
    static std::string mode(const std::string& p) {
        struct stat st{};
        if (lstat(p.c_str(), &st) != 0) return "gone";
        char b[16];
        std::snprintf(b, sizeof b, "%04o %u", st.st_mode & 07777U, st.st_uid);
        return b;
    }
    wdtest::ProgramResult helper(std::vector<std::string> args, const std::string& caller = "") const {
        std::vector<std::string> argv = {"/usr/bin/env", "-i", "WD_HELPER_STATE_DIR=" + state};
        argv.push_back("PKEXEC_UID=" + (caller.empty() ? std::to_string(user) : caller));
        if (caller == "none") argv.pop_back();
        argv.push_back(WD_HELPER_BIN);
        argv.insert(argv.end(), args.begin(), args.end());
        return wdtest::runProgram(argv);
    }
    std::vector<std::string> chmodRequest(const std::string& path, const std::string& spec = "g+w") const {
        return {"apply", "--action", "chmod", "--arg", spec, "--fix", "chmod-group-write", "--cause", "group-lacks-permission",
                "--path", path, "--dev", dev, "--ino", ino, "--type", "file"};
    }
    void expectRefused(const std::vector<std::string>& args, const std::string& why, const std::string& caller = "") {
        const std::string before = mode(file);
        const auto r = helper(args, caller);
        EXPECT_EQ(r.exitCode, 2) << why << ": " << r.err << r.out;
        EXPECT_NE(r.err.find("refused"), std::string::npos) << why << ": " << r.err;
        EXPECT_EQ(mode(file), before) << why << ": the file changed";
    }
};

}  // namespace

TEST_F(HelperFixture, AppliesAValidRequestAndUndoesItFromItsOwnRecord) {
    const auto r = helper(chmodRequest(file));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(mode(file), "0660 4343");
    const auto e = journalEntryFromJson(r.out);
    ASSERT_TRUE(e) << r.out;
    EXPECT_EQ(e->callerUid, user);
    EXPECT_EQ(e->path, file);
    EXPECT_NE(e->command.find("chmod g+w -- "), std::string::npos) << e->command;
    const auto u = helper({"undo", "--id", e->id});
    ASSERT_EQ(u.exitCode, 0) << u.err;
    EXPECT_EQ(mode(file), "0640 4343");
    const auto again = helper({"undo", "--id", e->id});
    EXPECT_EQ(again.exitCode, 0) << again.err;
    EXPECT_TRUE(journalEntryFromJson(again.out)->undone);
    EXPECT_EQ(mode(file), "0640 4343");
}

TEST_F(HelperFixture, RefusesAWrongInode) {
    auto req = chmodRequest(file);
    req[14] = std::to_string(std::stoull(ino) + 1);
    expectRefused(req, "wrong inode");
}

TEST_F(HelperFixture, RefusesASymlinkSwappedIn) {
    const std::string link = root + "/link.txt";
    ASSERT_EQ(symlink(file.c_str(), link.c_str()), 0);
    expectRefused(chmodRequest(link), "symlink as the last component");
    const std::string dirLink = root + "/via";
    ASSERT_EQ(symlink(root.c_str(), dirLink.c_str()), 0);
    expectRefused(chmodRequest(dirLink + "/team.txt"), "symlink in the middle");
}

TEST_F(HelperFixture, RefusesMalformedPaths) {
    expectRefused(chmodRequest("team.txt"), "relative path");
    expectRefused(chmodRequest(root + "/../" + fs::path(root).filename().string() + "/team.txt"), "..");
    expectRefused(chmodRequest(root + "/./team.txt"), ".");
    expectRefused(chmodRequest(root + "//team.txt"), "//");
}

TEST_F(HelperFixture, RefusesUnknownOperationsAndArguments) {
    auto req = chmodRequest(file);
    req[2] = "rm";
    expectRefused(req, "unknown operation");
    req[2] = "copy";
    expectRefused(req, "copy needs no root");
    expectRefused({"format", "--path", file}, "unknown verb");
    auto extra = chmodRequest(file);
    extra.push_back("--shell");
    expectRefused(extra, "unknown option");
    auto twice = chmodRequest(file);
    twice.insert(twice.end(), {"--path", "/etc/shadow"});
    expectRefused(twice, "an option twice");
    for (const char* spec : {"o+w", "777", "4755", "a+w"}) expectRefused(chmodRequest(file, spec), spec);
}

TEST_F(HelperFixture, GrantsOnlyToTheCaller) {
    expectRefused({"apply", "--action", "chown", "--arg", "4343", "--fix", "take-ownership", "--cause", "x", "--path",
                   file, "--dev", dev, "--ino", ino, "--type", "file"},
                  "chown to someone else");
    expectRefused({"apply", "--action", "acl", "--arg", "u:4343:rw-", "--fix", "acl-grant-user", "--cause", "x",
                   "--path", file, "--dev", dev, "--ino", ino, "--type", "file"},
                  "ACL for someone else");
    expectRefused({"apply", "--action", "join-group", "--arg", "sudo", "--fix", "join-group", "--cause", "x"},
                  "joining an administrators' group");
    expectRefused({"apply", "--action", "join-group", "--arg", "root", "--fix", "join-group", "--cause", "x"},
                  "joining root");
}

TEST_F(HelperFixture, RefusesSystemLocationsUnlessConfirmed) {
    std::string d, i;
    idOf("/etc/hostname", d, i);
    const std::string before = mode("/etc/hostname");
    const auto r = helper({"apply", "--action", "chmod", "--arg", "u+x", "--fix", "chmod-owner-execute", "--cause", "x",
                           "--path", "/etc/hostname", "--dev", d, "--ino", i, "--type", "file"});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_NE(r.err.find("system location"), std::string::npos) << r.err;
    EXPECT_EQ(mode("/etc/hostname"), before);
}

TEST_F(HelperFixture, RefusesWithoutACallerOrAsRoot) {
    expectRefused(chmodRequest(file), "no PKEXEC_UID", "none");
    expectRefused(chmodRequest(file), "caller root", "0");
    expectRefused(chmodRequest(file), "caller garbage", "12ab");
}

TEST_F(HelperFixture, RefusesToRunUnprivileged) {
    const std::string before = mode(file);
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        const auto p = wdtest::runProgram({"/usr/bin/env", "PKEXEC_UID=0", WD_HELPER_BIN, "apply"});
        return std::to_string(p.exitCode) + p.err;
    });
    EXPECT_EQ(r.output.substr(0, 1), "2") << r.output;
    EXPECT_NE(r.output.find("must run as root"), std::string::npos) << r.output;
    EXPECT_EQ(mode(file), before);
}

TEST_F(HelperFixture, UndoUsesOnlyItsOwnRecords) {
    // A journal entry the caller wrote (forged to chown a file to root) is not the helper's record.
    JournalEntry forged;
    forged.id = "20260101T000000.000Z-abcdef";
    forged.action = FixAction::Chown;
    forged.path = file;
    forged.before.uid = 0;
    ASSERT_TRUE(Journal(root + "/user-journal").write(forged));
    expectRefused({"undo", "--id", forged.id}, "an id the helper never recorded");
    expectRefused({"undo", "--id", "../../../etc/passwd"}, "a path as id");
}
