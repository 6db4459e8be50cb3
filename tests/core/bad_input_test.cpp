// SPDX-License-Identifier: GPL-3.0-or-later
// Input that is not a tidy path: a clear answer, no crash, no hang, nothing changed.
#include "scenario.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

using wd::Operation;
using wdtest::TempTree;

namespace {

wd::Diagnosis run(const std::string& path, Operation op, const wd::ProgressFn& progress = {}) {
    wd::DiagnoseRequest req;
    req.path = path;
    req.op = op;
    return wd::diagnose(req, nullptr, progress);
}

TEST(BadInput, EmptyAndNulBytes) {
    EXPECT_FALSE(run("", Operation::Read).error.empty());
    EXPECT_FALSE(run(std::string("/tmp/a\0b", 8), Operation::Read).error.empty());
}

TEST(BadInput, FifoIsNeverOpenedBlocking) {
    TempTree t;
    const std::string fifo = t / "pipe";
    ASSERT_EQ(mkfifo(fifo.c_str(), 0666), 0);
    ASSERT_EQ(chmod(fifo.c_str(), 0666), 0);
    // No reader or writer exists: a blocking open would hang forever. The alarm turns a hang into
    // a failed child instead of a stalled suite.
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        alarm(10);
        std::string out;
        for (Operation op : {Operation::Read, Operation::Write, Operation::Delete})
            out += std::string(wd::toString(run(fifo, op).verdict)) + " ";
        return out;
    });
    ASSERT_TRUE(r.ok) << "diagnosing a FIFO blocked or crashed: " << r.error;
    // The FIFO is 0666; its folder is root's 0755 when the suite runs as root, else the caller's.
    EXPECT_EQ(r.output, wdtest::isRoot() ? "allowed allowed denied " : "allowed allowed allowed ");
}

TEST(BadInput, FileDeletedMidCheckIsDescribedAsItIsNow) {
    TempTree t;
    const std::string p = t.file("vanishing.csv", 0644, 0, 0);
    bool removed = false;
    const wd::Diagnosis d = run(p, Operation::Read, [&](int, const std::string& step) {
        // Between the walk and the kernel's answer, someone deletes the file.
        if (!removed && step == "asking the kernel") removed = unlink(p.c_str()) == 0;
    });
    ASSERT_TRUE(removed);
    EXPECT_EQ(d.verdict, wd::Verdict::Denied);
    EXPECT_EQ(d.errnoName, "ENOENT");
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings.at(0).cause, "path-not-found");
    EXPECT_FALSE(d.facts.notes.empty());
}

TEST(BadInput, SymlinkToItselfAndDanglingLinks) {
    TempTree t;
    ASSERT_EQ(symlink("self", (t / "self").c_str()), 0);
    ASSERT_EQ(symlink("nowhere/at/all", (t / "dangling").c_str()), 0);
    const wd::Diagnosis loop = run(t / "self", Operation::Read);
    EXPECT_EQ(loop.errnoName, "ELOOP");
    const wd::Diagnosis dangling = run(t / "dangling", Operation::Read);
    EXPECT_EQ(dangling.errnoName, "ENOENT");
    ASSERT_FALSE(dangling.findings.empty());
    EXPECT_EQ(dangling.findings.at(0).cause, "path-not-found");
    // Deleting a dangling link removes the link, not its target: it exists and may go.
    EXPECT_EQ(run(t / "dangling", Operation::Delete).verdict, wd::Verdict::Allowed);
}

TEST(BadInput, RelativePathsAndDotDot) {
    TempTree t;
    t.dir("a", 0755, 0, 0);
    t.file("a/f.txt", 0644, 0, 0);
    wd::DiagnoseRequest req;
    req.path = "a/../a/./f.txt";
    req.cwd = t.path();
    req.op = Operation::Read;
    const wd::Diagnosis d = wd::diagnose(req);
    EXPECT_EQ(d.verdict, wd::Verdict::Allowed);
    ASSERT_NE(d.facts.targetNode(), nullptr);
    EXPECT_EQ(d.facts.targetNode()->path, t / "a/f.txt");
}

}  // namespace
