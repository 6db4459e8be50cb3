// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk fix's batch files across their versions: a batch in today's text format (version 2),
// written here byte for byte, still undoes; a new batch is JSON lines (version 3) that keep names
// with newlines and invalid UTF-8 exactly and undo; malformed version-3 lines are refused one by
// one as problems, never a crash, while the good lines around them are undone.
#include "../core/scenario.h"
#include "as_user.h"
#include "whydenied/audit.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

using wdtest::TempTree;

const std::string kId = "20261123T000000.000Z-abcdef";

std::string devOf(const std::string& p) {
    struct stat st{};
    lstat(p.c_str(), &st);
    return std::to_string((static_cast<uint64_t>(major(st.st_dev)) << 32) | minor(st.st_dev));
}
std::string inoOf(const std::string& p) {
    struct stat st{};
    lstat(p.c_str(), &st);
    return std::to_string(st.st_ino);
}
unsigned modeOf(const std::string& p) {
    struct stat st{};
    lstat(p.c_str(), &st);
    return st.st_mode & 07777U;
}
std::string slurp(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
void writeBatch(const std::string& dir, const std::string& text) {
    mkdir(dir.c_str(), 0700);
    std::ofstream(dir + "/" + kId + ".batch", std::ios::binary) << text;
}

// Root undoes a chmod batch here; the batch belongs to root (uid 0), as the store requires.
struct BulkBatch : ::testing::Test {
    std::unique_ptr<TempTree> t;
    std::string root, journal;
    void SetUp() override {
        if (!wdtest::isRoot()) GTEST_SKIP() << "the batch files here are root's, as the store requires when root undoes";
        t = std::make_unique<TempTree>();
        root = t->dir("tree", 0755, 0, 0);
        journal = t->path() + "/journal";
    }
};

TEST_F(BulkBatch, AVersionTwoBatchInTodaysTextFormatStillUndoes) {
    const std::string plain = t->file("tree/plain", 0644, 0, 0);
    const std::string broken = t->file("tree/line\nbreak", 0640, 0, 0);
    const std::string bad = t->file(std::string("tree/bad\xff"), 0600, 0, 0);
    const std::string dir = t->dir("tree/d", 0755, 0, 0);
    const std::string inner = t->file("tree/d/x", 0644, 0, 0);
    const std::string touched = t->file("tree/touched", 0600, 0, 0);  // changed again since the fix
    auto entry = [](const std::string& p, char kind, const char* oldMode, const char* newMode, const std::string& rel) {
        return "intent " + devOf(p) + " " + inoOf(p) + "\n" + devOf(p) + " " + inoOf(p) + " " + kind + " " + oldMode +
               " 0 0 " + newMode + " 0 0 1700000000.000000000 0 0 " + rel + "\n";
    };
    writeBatch(journal, "whydenied-batch 2\nid " + kId +
                            "\ntime 2026-11-23T00:00:00Z\ncause owner-lacks-permission\naction chmod\narg u+w\nroot " +
                            root + "\ncommand chmod\\x20-R\\x20u+w\\x20" + root + "\nuid 0\n--\n" +
                            entry(dir, 'd', "555", "755", "d") + entry(inner, 'f', "444", "644", "d/x") +
                            entry(plain, 'f', "444", "644", "plain") +
                            entry(broken, 'f', "440", "640", "line\\x0abreak") +
                            entry(bad, 'f', "400", "600", "bad\\xff") +
                            entry(touched, 'f', "444", "644", "touched") + "end 6\n");
    const auto r = wd::undoBulkFix(journal, kId);
    EXPECT_EQ(r.restored, 5U) << r.error;
    EXPECT_EQ(r.skipped, 1U);
    EXPECT_EQ(modeOf(dir), 0555U);
    EXPECT_EQ(modeOf(inner), 0444U);
    EXPECT_EQ(modeOf(plain), 0444U);
    EXPECT_EQ(modeOf(broken), 0440U);
    EXPECT_EQ(modeOf(bad), 0400U);
    EXPECT_EQ(modeOf(touched), 0600U) << "what changed since the fix is left alone";
    // Marked undone in its own format, so a second undo changes nothing.
    const std::string text = slurp(journal + "/" + kId + ".batch");
    ASSERT_GT(text.size(), 2U);
    const size_t lastLine = text.rfind('\n', text.size() - 2) + 1;
    EXPECT_EQ(text.compare(lastLine, 7, "undone "), 0) << text;
    chmod(plain.c_str(), 0644);
    const auto again = wd::undoBulkFix(journal, kId);
    EXPECT_EQ(again.restored, 0U);
    EXPECT_NE(again.error.find("already undone"), std::string::npos) << again.error;
    EXPECT_EQ(modeOf(plain), 0644U);
}

TEST_F(BulkBatch, ANewBatchIsJsonLinesThatKeepEveryNameAndUndo) {
    const uid_t u = wdtest::testUser().uid;
    const gid_t g = wdtest::testUser().gid;
    TempTree::own(root, 0755, u, g);
    const std::string names[] = {t->dir("tree/ro-dir", 0555, u, g), t->file("tree/ro-dir/x", 0400, u, g),
                                 t->file("tree/line\nbreak", 0444, u, g), t->file(std::string("tree/bad\xff"), 0440, u, g)};
    const unsigned before[] = {0555, 0400, 0444, 0440};
    const std::string userJournal = root + "/.state";
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        wd::AuditOptions o;
        o.root = root;
        const auto plan = wd::planBulkFix(o, "owner-lacks-permission");
        if (!plan) return "no plan: " + plan.error();
        const auto res = wd::applyBulkFix(o, *plan, userJournal);
        return std::to_string(res.changed) + "\n" + res.journalId;
    });
    ASSERT_TRUE(r.ok) << r.error;
    const std::string id = r.output.substr(r.output.find('\n') + 1);
    ASSERT_EQ(r.output.substr(0, r.output.find('\n')), "4") << r.output;

    const std::string text = slurp(userJournal + "/" + id + ".batch");
    ASSERT_EQ(text.rfind("whydenied-batch 3\n", 0), 0U) << text;
    size_t lines = 0, entries = 0;
    bool sawNewline = false, sawBadHex = false;
    for (size_t at = text.find('\n') + 1; at < text.size();) {
        const size_t nl = text.find('\n', at);
        ASSERT_NE(nl, std::string::npos) << "every line ends with a newline";
        const auto j = nlohmann::json::parse(text.substr(at, nl - at), nullptr, false);
        ASSERT_TRUE(j.is_object()) << text.substr(at, nl - at);
        ++lines;
        if (j.value("k", "") == "entry") {
            ++entries;
            if (j.value("path", "") == "line\nbreak") sawNewline = true;
            if (j.value("path_hex", "") == "626164ff") sawBadHex = true;
        }
        at = nl + 1;
    }
    EXPECT_EQ(entries, 4U);
    EXPECT_EQ(lines, 1U + 2 * 4 + 1);  // header, intent + entry each, end
    EXPECT_TRUE(sawNewline) << text;
    EXPECT_TRUE(sawBadHex) << text;

    const auto u1 = wdtest::runAs(wdtest::testUser(), [&] {
        const auto res = wd::undoBulkFix(userJournal, id);
        return std::to_string(res.restored) + " " + std::to_string(res.skipped) + " " + res.error;
    });
    ASSERT_TRUE(u1.ok) << u1.error;
    EXPECT_EQ(u1.output, "4 0 ");
    for (size_t i = 0; i < std::size(names); ++i) EXPECT_EQ(modeOf(names[i]), before[i]) << names[i];
    const std::string marked = slurp(userJournal + "/" + id + ".batch");
    EXPECT_NE(marked.find("{\"k\":\"undone\",\"time\":"), std::string::npos) << marked;
    const auto u2 = wdtest::runAs(wdtest::testUser(), [&] { return std::to_string(wd::undoBulkFix(userJournal, id).restored); });
    EXPECT_EQ(u2.output, "0");
}

TEST_F(BulkBatch, MalformedVersionThreeLinesAreProblemsNotCrashes) {
    const std::string good = t->file("tree/good", 0644, 0, 0);
    const std::string dev = devOf(good), ino = inoOf(good);
    const std::string fields = "\"dev\":" + dev + ",\"ino\":" + ino +
                               ",\"kind\":\"f\",\"old_mode\":292,\"old_uid\":0,\"old_gid\":0,\"new_mode\":420,"
                               "\"new_uid\":0,\"new_gid\":0,\"ctime\":\"1.000000000\",\"old_flags\":0,\"new_flags\":0";
    const std::string deep = "{\"k\":\"entry\",\"x\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
    const std::string bad[] = {
        "not json",
        "[1,2]",
        "{\"k\":\"entry\",\"dev\":1}",                                            // fields missing
        "{\"k\":\"entry\"," + fields + ",\"path\":\"good\",\"path_hex\":\"zz\"}",  // hex that is not hex
        "{\"k\":\"entry\"," + fields + ",\"path\":7}",                            // a path that is no text
        "{\"k\":\"entry\",\"dev\":-1," + fields.substr(fields.find("\"ino\"")) + ",\"path\":\"good\"}",
        "{\"k\":\"surprise\"}",
        deep,
        "{\"k\":\"entry\"," + fields + ",\"path\":\"go",  // cut short mid-line
    };
    std::string text = "whydenied-batch 3\n{\"k\":\"batch\",\"id\":\"" + kId +
                       "\",\"action\":\"chmod\",\"root\":\"" + root + "\",\"uid\":0}\n";
    text += "{\"k\":\"intent\",\"dev\":" + dev + ",\"ino\":" + ino + "}\n";
    text += "{\"k\":\"entry\"," + fields + ",\"path\":\"good\"}\n";
    for (const auto& b : bad) text += b + "\n";
    writeBatch(journal, text);
    const auto r = wd::undoBulkFix(journal, kId);
    EXPECT_EQ(r.restored, 1U) << r.error;
    EXPECT_EQ(r.skipped, std::size(bad));
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(modeOf(good), 0444U);
}

TEST_F(BulkBatch, AVersionThreeHeaderMustBeAnObjectWithRootAndOwner) {
    const std::string headers[] = {
        "not json",
        "{\"k\":\"entry\",\"root\":\"" + root + "\",\"uid\":0}",  // not a header
        "{\"k\":\"batch\",\"root\":\"relative\",\"uid\":0}",
        "{\"k\":\"batch\",\"root\":\"" + root + "\"}",  // no owner
        "{\"k\":\"batch\",\"root\":\"" + root + "\",\"uid\":-3}",
        "{\"k\":\"batch\",\"x\":" + std::string(50000, '[') + std::string(50000, ']') + "}",
    };
    for (const auto& h : headers) {
        writeBatch(journal, "whydenied-batch 3\n" + h + "\n");
        const auto r = wd::undoBulkFix(journal, kId);
        EXPECT_FALSE(r.ok) << h.substr(0, 80);
        EXPECT_FALSE(r.error.empty()) << h.substr(0, 80);
        EXPECT_EQ(r.restored, 0U);
    }
}

}  // namespace
