// SPDX-License-Identifier: GPL-3.0-or-later
// whydenied-helper's bulk verbs as a real process, as root, with PKEXEC_UID set the way pkexec
// sets it: taking ownership of a group for the caller and giving it back, and every request that
// must be refused (a system path, a root that is not the audited folder, a symlink as root, a
// wrong caller, someone else's batch) leaving the tree exactly as it was. Entries that are another
// person's, or that run with their owner's rights (setuid), are never taken.
#include "../core/scenario.h"
#include "as_user.h"
#include "run_program.h"
#include "whydenied/audit.h"

#include <gtest/gtest.h>

#include <sstream>

#include <filesystem>
#include <fstream>
#include <linux/fs.h>
#include <iterator>
#include <map>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

using wdtest::TempTree;

struct Owned {
    unsigned mode = 0, uid = 0, gid = 0;
    bool operator==(const Owned& o) const { return mode == o.mode && uid == o.uid && gid == o.gid; }
};

struct BulkHelper : ::testing::Test {
    std::unique_ptr<TempTree> t;
    std::string root, state;
    uid_t user = 0;
    gid_t group = 0;

    void SetUp() override {
        if (!wdtest::isRoot()) GTEST_SKIP() << "whydenied-helper runs as root; these tests need root";
        user = wdtest::testUser().uid;
        group = wdtest::testUser().gid;
        t = std::make_unique<TempTree>();
        state = t->path() + "/.state";  // the helper's records, outside the audited tree
        root = t->dir("tree", 0755, user, group);
    }

    std::map<std::string, Owned> states() const {
        std::map<std::string, Owned> m;
        std::error_code ec;
        for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
             !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
            struct stat st{};
            if (lstat(it->path().c_str(), &st) == 0) m[it->path().string()] = {st.st_mode & 07777U, st.st_uid, st.st_gid};
        }
        return m;
    }
    static Owned stateOf(const std::string& p) {
        struct stat st{};
        lstat(p.c_str(), &st);
        return {st.st_mode & 07777U, st.st_uid, st.st_gid};
    }
    static std::pair<std::string, std::string> idOf(const std::string& p) {
        struct stat st{};
        lstat(p.c_str(), &st);
        return {std::to_string((static_cast<uint64_t>(major(st.st_dev)) << 32) | minor(st.st_dev)),
                std::to_string(st.st_ino)};
    }
    wdtest::ProgramResult helper(std::vector<std::string> args, const std::string& caller = "") const {
        std::vector<std::string> argv = {"/usr/bin/env", "-i", "WD_HELPER_STATE_DIR=" + state};
        if (caller != "none") argv.push_back("PKEXEC_UID=" + (caller.empty() ? std::to_string(user) : caller));
        argv.push_back(WD_HELPER_BIN);
        argv.insert(argv.end(), args.begin(), args.end());
        return wdtest::runProgram(argv, {}, 60000);
    }
    std::vector<std::string> bulkRequest(const std::string& dir, const std::string& cause = "owned-by-another-user") const {
        const auto [dev, ino] = idOf(dir);
        return {"bulk", "--root", dir, "--root-dev", dev, "--root-ino", ino, "--cause", cause, "--op", "write"};
    }
    void expectRefused(const std::vector<std::string>& args, const std::string& why, const std::string& caller = "") {
        const auto before = states();
        const auto r = helper(args, caller);
        EXPECT_EQ(r.exitCode, 2) << why << ": " << r.err << r.out;
        EXPECT_NE(r.err.find("refused"), std::string::npos) << why << ": " << r.err;
        EXPECT_TRUE(states() == before) << why << ": the tree changed";
    }
};

TEST_F(BulkHelper, TakesOwnershipOfTheGroupForTheCallerAndGivesItBack) {
    t->file("tree/mine", 0644, user, group);
    t->dir("tree/roots", 0755, 0, 0);
    t->file("tree/roots/a", 0644, 0, 0);
    t->file(std::string("tree/roots/line\nbreak \xff"), 0640, 0, 0);
    // A folder the caller cannot search is another group (parent-not-traversable): left alone,
    // and so is what only it leads to.
    t->dir("tree/closed", 0700, 0, 0);
    t->file("tree/closed/deep", 0600, 0, 0);
    t->file("tree/others", 0644, 4343, 4343);
    const std::string suid = t->file("tree/suid", 04755, 0, 0);
    const std::string linked = t->file("tree/linked", 0644, 0, 0);
    ASSERT_EQ(link(linked.c_str(), (t->path() + "/outside-link").c_str()), 0);
    // A symlink out of the tree, to a root-owned file of the test's own (never a real system file).
    const std::string outside = t->file("outside", 0644, 0, 0);
    ASSERT_EQ(symlink(outside.c_str(), (root + "/to-etc").c_str()), 0);
    // A folder of another person's, closed to the caller, with a root-owned file inside.
    t->dir("tree/private", 0700, 4343, 4343);
    t->file("tree/private/inside", 0644, 0, 0);
    const Owned hostname = stateOf(outside);
    const auto before = states();

    const auto r = helper(bulkRequest(root));
    // Done; the hard-linked file, the other person's and the setuid one are named as not done.
    ASSERT_EQ(r.exitCode, 0) << r.err << r.out;
    const auto res = wd::bulkFixResultFromText(r.out);
    ASSERT_TRUE(res.has_value()) << r.out;
    EXPECT_EQ(res->changed, 3U) << r.out;
    EXPECT_EQ(res->failed, 3U) << r.out;
    std::string failures;
    for (const auto& f : res->failures) failures += f + "\n";
    EXPECT_NE(failures.find("linked: it has other hard links"), std::string::npos) << failures;
    EXPECT_NE(failures.find("others: it belongs to another person"), std::string::npos) << failures;
    EXPECT_NE(failures.find("suid: it runs with its owner"), std::string::npos) << failures;
    ASSERT_FALSE(res->journalId.empty());
    // While it works the helper says how far it got, on standard error; the last word is the total.
    std::optional<wd::BulkFixProgress> last;
    std::istringstream err(r.err);
    for (std::string line; std::getline(err, line);)
        if (auto p = wd::bulkProgressFromLine(line)) last = p;
    ASSERT_TRUE(last.has_value()) << r.err;
    EXPECT_EQ(last->changed, 3U) << r.err;
    EXPECT_EQ(last->failed, 3U) << r.err;
    EXPECT_GT(last->entries, 5U) << r.err;
    const auto after = states();
    for (const std::string& p : {root + "/roots", root + "/roots/a", root + "/mine"}) EXPECT_EQ(after.at(p).uid, user) << p;
    EXPECT_EQ(stateOf(linked).uid, 0U);
    EXPECT_TRUE(after.at(root + "/others") == (Owned{0644U, 4343, 4343}));
    EXPECT_TRUE(after.at(suid) == (Owned{04755U, 0, 0}));  // setuid is never handed over
    // Never into a folder the caller could not enter before, nor one taken from another person.
    EXPECT_TRUE(after.at(root + "/private") == (Owned{0700U, 4343, 4343}));
    EXPECT_EQ(after.at(root + "/private/inside").uid, 0U);
    EXPECT_TRUE(after.at(root + "/closed") == (Owned{0700U, 0, 0}));
    EXPECT_EQ(after.at(root + "/closed/deep").uid, 0U);
    EXPECT_TRUE(stateOf(outside) == hostname);
    // The record the undo trusts is the helper's own, not one the caller could write.
    struct stat st{};
    ASSERT_EQ(stat((state + "/journal/" + std::to_string(user) + "/" + res->journalId + ".batch").c_str(), &st), 0);
    EXPECT_EQ(st.st_uid, 0U);
    EXPECT_EQ(st.st_mode & 077U, 0U);

    // Someone else cannot undo it.
    expectRefused({"bulk-undo", "--id", res->journalId}, "someone else's batch", "4343");

    const auto u = helper({"bulk-undo", "--id", res->journalId});
    ASSERT_EQ(u.exitCode, 0) << u.err << u.out;
    const auto undone = wd::bulkUndoResultFromText(u.out);
    ASSERT_TRUE(undone.has_value()) << u.out;
    EXPECT_EQ(undone->restored, 3U);
    for (const auto& [p, s] : states()) {
        const auto was = before.find(p);
        EXPECT_TRUE(was != before.end() && was->second == s) << p << " is " << std::oct << s.mode << " " << std::dec << s.uid;
    }
    // A second undo changes nothing and says so.
    const auto again = helper({"bulk-undo", "--id", res->journalId});
    EXPECT_EQ(again.exitCode, 0) << again.err;
    const auto twice = wd::bulkUndoResultFromText(again.out);
    ASSERT_TRUE(twice.has_value()) << again.out;
    EXPECT_EQ(twice->restored, 0U);
    EXPECT_NE(twice->error.find("already undone"), std::string::npos) << twice->error;
    EXPECT_TRUE(states() == before);
}

TEST_F(BulkHelper, UndoGivesBackOnlyFilesNobodyTouchedSinceTheFix) {
    const std::string a = t->file("tree/a", 0755, 0, 0);
    const std::string b = t->file("tree/b", 0644, 0, 0);
    const auto r = helper(bulkRequest(root));
    ASSERT_EQ(r.exitCode, 0) << r.err << r.out;
    const auto res = wd::bulkFixResultFromText(r.out);
    ASSERT_TRUE(res && res->changed == 2U) << r.out;
    // The caller, now the owner, rewrites `a` and puts the mode back as the fix left it: giving it
    // back to root would launder the caller's content as root's.
    const auto w = wdtest::runAs(wdtest::testUser(), [&] {
        std::ofstream(a) << "#!/bin/sh\nid\n";
        chmod(a.c_str(), 0755);
        return std::string();
    });
    ASSERT_TRUE(w.ok) << w.error;
    const auto u = helper({"bulk-undo", "--id", res->journalId});
    const auto undone = wd::bulkUndoResultFromText(u.out);
    ASSERT_TRUE(undone.has_value()) << u.err << u.out;
    EXPECT_EQ(undone->restored, 1U);
    EXPECT_EQ(undone->skipped, 1U);
    EXPECT_TRUE(stateOf(a) == (Owned{0755U, user, 0}));
    EXPECT_TRUE(stateOf(b) == (Owned{0644U, 0, 0}));
}

TEST_F(BulkHelper, RefusesWhatItMustNotDo) {
    t->file("tree/r", 0644, 0, 0);
    // A system location: a folder of our own under /var/tmp, never a real system folder.
    char sys[] = "/var/tmp/wdbulk-XXXXXX";
    ASSERT_NE(mkdtemp(sys), nullptr);
    const std::string sysFile = std::string(sys) + "/r";
    std::ofstream(sysFile) << "x";
    chmod(sys, 0755);
    const auto beforeSys = stateOf(sysFile);
    expectRefused(bulkRequest(sys), "a system path");
    EXPECT_TRUE(stateOf(sysFile) == beforeSys);
    std::filesystem::remove_all(sys);
    // The flag that once let the caller confirm a system location is gone.
    auto flagged = bulkRequest(root);
    flagged.push_back("--confirmed-system-path");
    expectRefused(flagged, "the old confirmation flag");
    // A root the caller cannot reach: refused without a word about what is there.
    const std::string closed = t->dir("closed-parent", 0700, 4343, 4343);
    const std::string inner = t->dir("closed-parent/inner", 0755, 0, 0);
    const auto [idev, iino] = idOf(inner);
    const auto blind = helper({"bulk", "--root", inner, "--root-dev", idev, "--root-ino", iino, "--cause",
                               "owned-by-another-user", "--op", "write"});
    EXPECT_EQ(blind.exitCode, 2) << blind.err;
    EXPECT_NE(blind.err.find("not reachable for you"), std::string::npos) << blind.err;
    EXPECT_EQ(blind.err.find(iino), std::string::npos) << blind.err;
    // A root that is not the folder the person audited (another folder's device + inode).
    auto req = bulkRequest(root);
    req[6] = idOf(t->path()).second;
    expectRefused(req, "inode mismatch");
    // A symlink as the root, or on the way to it, is not followed.
    const std::string link = t->path() + "/link";
    ASSERT_EQ(symlink(root.c_str(), link.c_str()), 0);
    req = bulkRequest(root);
    req[2] = link;
    expectRefused(req, "symlink root");
    req[2] = link + "/.";
    expectRefused(req, "not normalised");
    // Only the two groups that need root; the caller must be a real non-root PKEXEC_UID.
    expectRefused(bulkRequest(root, "owner-lacks-permission"), "a group that needs no helper");
    expectRefused(bulkRequest(root), "no PKEXEC_UID", "none");
    expectRefused(bulkRequest(root), "root as the caller", "0");
    expectRefused(bulkRequest(root), "junk caller", "42x");
    expectRefused({"bulk-undo", "--id", "../../etc/passwd"}, "a path as the id");
    expectRefused({"bulk-undo", "--id", "20261123T000000.000Z-abcdef"}, "no such batch");
    EXPECT_EQ(stateOf(root + "/r").uid, 0U);
}

TEST_F(BulkHelper, TheBatchIsRecordedBeforeEachChange) {
    t->file("tree/x", 0644, 0, 0);
    const auto r = helper(bulkRequest(root));
    ASSERT_EQ(r.exitCode, 0) << r.err << r.out;
    const auto res = wd::bulkFixResultFromText(r.out);
    ASSERT_TRUE(res && !res->journalId.empty()) << r.out;
    std::ifstream in(state + "/journal/" + std::to_string(user) + "/" + res->journalId + ".batch");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto [dev, ino] = idOf(root + "/x");
    const size_t intent = text.find("{\"k\":\"intent\",\"dev\":" + dev + ",\"ino\":" + ino + "}\n");
    const size_t done = text.find("{\"k\":\"entry\",\"dev\":" + dev + ",\"ino\":" + ino + ",\"kind\":\"f\",");
    ASSERT_NE(intent, std::string::npos) << text;
    ASSERT_NE(done, std::string::npos) << text;
    EXPECT_LT(intent, done) << text;
    // A batch cut short (no end line) is still undone from what it recorded.
    const std::string path = state + "/journal/" + std::to_string(user) + "/" + res->journalId + ".batch";
    std::ofstream(path, std::ios::trunc) << text.substr(0, text.find("{\"k\":\"end\""));
    const auto u = helper({"bulk-undo", "--id", res->journalId});
    ASSERT_EQ(u.exitCode, 0) << u.err << u.out;
    EXPECT_EQ(stateOf(root + "/x").uid, 0U);
}

TEST_F(BulkHelper, ClearsTheImmutableFlagAndSetsItBack) {
    const std::string f = t->file("tree/frozen", 0644, user, group);
    const std::string d = t->dir("tree/frozen-dir", 0755, user, group);
    const std::string linked = t->file("tree/frozen-linked", 0644, user, group);
    ASSERT_EQ(link(linked.c_str(), (t->path() + "/elsewhere").c_str()), 0);
    if (!TempTree::setFlag(f, FS_IMMUTABLE_FL) || !TempTree::setFlag(d, FS_IMMUTABLE_FL) ||
        !TempTree::setFlag(linked, FS_IMMUTABLE_FL))
        GTEST_SKIP() << "this filesystem has no immutable attribute";
    auto flags = [](const std::string& p) {
        struct statx sx{};
        statx(AT_FDCWD, p.c_str(), AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx);
        return (sx.stx_attributes & STATX_ATTR_IMMUTABLE) != 0;
    };
    const auto r = helper(bulkRequest(root, "immutable-attribute"));
    ASSERT_EQ(r.exitCode, 0) << r.err << r.out;
    const auto res = wd::bulkFixResultFromText(r.out);
    ASSERT_TRUE(res.has_value()) << r.out;
    EXPECT_EQ(res->changed, 2U);
    EXPECT_EQ(res->failed, 1U);  // a file with another name elsewhere keeps its flag
    EXPECT_FALSE(flags(f));
    EXPECT_FALSE(flags(d));
    EXPECT_TRUE(flags(linked));
    const auto w = wdtest::runAs(wdtest::testUser(), [&] { return std::to_string(access(f.c_str(), W_OK)); });
    EXPECT_EQ(w.output, "0");
    const auto u = helper({"bulk-undo", "--id", res->journalId});
    ASSERT_EQ(u.exitCode, 0) << u.err << u.out;
    EXPECT_TRUE(flags(f));
    EXPECT_TRUE(flags(d));
}

TEST(BulkAnswer, TheEngineReadsOnlyWellFormedAnswers) {
    wd::BulkFixResult r;
    r.journalId = "20261123T000000.000Z-abcdef";
    r.changed = 3;
    r.failed = 1;
    r.failures = {"/t/x\ny: it has other hard links; left alone"};
    const auto back = wd::bulkFixResultFromText(wd::bulkFixResultText(r));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->journalId, r.journalId);
    EXPECT_EQ(back->changed, 3U);
    EXPECT_EQ(back->failures, r.failures);
    EXPECT_EQ(back->failed, 1U);
    EXPECT_FALSE(back->ok);
    const std::string good = wd::bulkFixResultText(r);
    auto with = [&](const std::string& from, const std::string& to) {
        std::string t = good;
        const size_t at = t.find(from);
        EXPECT_NE(at, std::string::npos) << from << " in " << good;
        return at == std::string::npos ? t : t.replace(at, from.size(), to);
    };
    EXPECT_FALSE(wd::bulkFixResultFromText(with(r.journalId, "../x")));
    EXPECT_FALSE(wd::bulkFixResultFromText(good.substr(0, good.size() / 2)));  // cut short
    EXPECT_FALSE(wd::bulkFixResultFromText(with("\"changed\":3", "\"changed\":-3")));
    EXPECT_FALSE(wd::bulkFixResultFromText(with("\"bulk-fix\"", "\"bulk-undo\"")));
    EXPECT_FALSE(wd::bulkFixResultFromText("whydenied-bulk-fix 1\nchanged 3\nend\n"));  // the old text form
    wd::BulkUndoResult u;
    u.ok = true;
    u.restored = 2;
    u.problems = {std::string("/t/bad\xff: changed since the fix; left alone")};
    const std::string undo = wd::bulkUndoResultText(u);
    const auto ub = wd::bulkUndoResultFromText(undo);
    ASSERT_TRUE(ub.has_value());
    EXPECT_TRUE(ub->ok);
    EXPECT_EQ(ub->restored, 2U);
    EXPECT_EQ(ub->problems, u.problems) << "a name that is not UTF-8 comes back byte for byte";
    std::string negative = undo;
    negative.replace(negative.find("\"restored\":2"), 12, "\"restored\":-1");
    EXPECT_FALSE(wd::bulkUndoResultFromText(negative));
    EXPECT_EQ(undo.find('\n'), undo.size() - 1) << "one line";
}

TEST(BulkAnswer, ProgressLinesRoundTripAndJunkIsIgnored) {
    wd::BulkFixProgress p;
    p.entries = 200000;
    p.changed = 1204;
    p.failed = 3;
    const std::string line = wd::bulkProgressLine(p);
    EXPECT_EQ(line.find('\n'), std::string::npos) << "one line, its newline added by the printer";
    const auto back = wd::bulkProgressFromLine(line);
    ASSERT_TRUE(back.has_value()) << line;
    EXPECT_EQ(back->entries, 200000U);
    EXPECT_EQ(back->changed, 1204U);
    EXPECT_EQ(back->failed, 3U);
    std::string negative = line;
    negative.replace(negative.find("\"failed\":3"), 10, "\"failed\":-3");
    std::string otherAnswer = line;
    otherAnswer.replace(otherAnswer.find("bulk-progress"), 13, "bulk-fix");
    for (const std::string& junk :
         {std::string("progress 1 2 3"), std::string("progress"), std::string("whydenied-helper: refused: no"),
          std::string("whydenied-helper: uid 4242: bulk owned-by-another-user under /srv: 3 changed"), std::string("{"),
          std::string("{}"), line.substr(0, line.size() - 1), negative, otherAnswer,
          std::string("{\"answer\":\"bulk-progress\",\"version\":1,\"entries\":1,\"changed\":\"2\",\"failed\":0}")})
        EXPECT_FALSE(wd::bulkProgressFromLine(junk).has_value()) << junk;
}

}  // namespace
