// SPDX-License-Identifier: GPL-3.0-or-later
// The rules that name holders, over hand-built facts: no processes, no files.
#include "whydenied/diagnose.h"
#include "whydenied/rules.h"

#include <gtest/gtest.h>

#include <cerrno>

using namespace wd;

namespace {

Facts factsFor(Operation op, int err) {
    Facts f;
    f.platform = Platform::Linux;
    f.op = op;
    f.absolute = "/srv/app/tool";
    Node root;
    root.path = "/";
    root.name = "/";
    root.type = NodeType::Directory;
    Node t;
    t.path = "/srv/app/tool";
    t.name = "tool";
    t.type = NodeType::Regular;
    t.mode = 0755;
    f.chain = {root, t};
    f.target = 1;
    f.parent = 0;
    f.verdict = {"open(O_WRONLY) on /srv/app/tool", err, true};
    return f;
}

Holder holder(int pid, const char* name, uint32_t how) {
    Holder h;
    h.pid = pid;
    h.name = name;
    h.user = "ana";
    h.startTime = 1000 + static_cast<uint64_t>(pid);
    h.how = how;
    return h;
}

const Finding* findingFor(const Diagnosis& d, const std::string& cause) {
    for (const auto& x : d.findings)
        if (x.cause == cause) return &x;
    return nullptr;
}

TEST(HolderRules, TextFileBusyNamesTheRunningCopiesOnly) {
    Facts f = factsFor(Operation::Write, ETXTBSY);
    f.holdersScanned = true;
    f.holders = {holder(4242, "tool", HoldExe | HoldMmap), holder(4343, "less", HoldRead)};
    const Diagnosis d = judge({}, f);
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings[0].cause, "text-file-busy");
    const std::string title = d.findings[0].title.english();
    EXPECT_NE(title.find("tool (pid 4242, user ana)"), std::string::npos) << title;
    EXPECT_EQ(title.find("4343"), std::string::npos) << "a reader does not make it busy: " << title;
    ASSERT_EQ(d.findings[0].fixes.size(), 1u);
    EXPECT_EQ(d.findings[0].fixes[0].command(), "kill -TERM 4242");
    EXPECT_TRUE(d.findings[0].fixes[0].advisory);
    EXPECT_EQ(findingFor(d, "file-locked-by-process"), nullptr) << "ETXTBSY is text-file-busy's";
}

TEST(HolderRules, TextFileBusyWithoutAScanStillExplains) {
    const Diagnosis d = judge({}, factsFor(Operation::Write, ETXTBSY));
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings[0].cause, "text-file-busy");
    EXPECT_TRUE(d.findings[0].fixes.empty());
}

TEST(HolderRules, BusyNamesEveryHolder) {
    Facts f = factsFor(Operation::Delete, EBUSY);
    f.holdersScanned = true;
    f.holdersNotInspected = 3;
    f.holders = {holder(10, "sshd", HoldCwd), holder(11, "bash", HoldRead)};
    const Diagnosis d = judge({}, f);
    const Finding* x = findingFor(d, "file-locked-by-process");
    ASSERT_NE(x, nullptr);
    EXPECT_GE(x->confidence, 0.9);
    const std::string title = x->title.english();
    EXPECT_NE(title.find("sshd (pid 10"), std::string::npos) << title;
    EXPECT_NE(title.find("bash (pid 11"), std::string::npos) << title;
    bool sawNotInspected = false, sawHow = false;
    for (const auto& [k, v] : x->evidence) {
        sawNotInspected |= k == "not inspected" && v.find('3') != std::string::npos;
        sawHow |= k == "holder 10" && v.find("cwd") != std::string::npos;
    }
    EXPECT_TRUE(sawNotInspected);
    EXPECT_TRUE(sawHow);
}

TEST(HolderRules, LockOnAnAllowedWriteIsALowConfidenceHint) {
    Facts f = factsFor(Operation::Write, 0);
    f.holdersScanned = true;
    f.holders = {holder(20, "soffice.bin", HoldRead | HoldWrite | HoldPosixLock), holder(21, "cat", HoldRead)};
    const Diagnosis d = judge({}, f);
    const Finding* x = findingFor(d, "file-locked-by-process");
    ASSERT_NE(x, nullptr);
    EXPECT_LT(x->confidence, 0.5);
    EXPECT_NE(x->title.english().find("soffice.bin"), std::string::npos);
    EXPECT_EQ(x->title.english().find("cat"), std::string::npos) << "only lockers are named";
    // Reading is not stopped by a lock; no holders or an unscanned target says nothing.
    f.op = Operation::Read;
    EXPECT_EQ(findingFor(judge({}, f), "file-locked-by-process"), nullptr);
    f.op = Operation::Write;
    f.holders = {holder(21, "cat", HoldRead)};
    EXPECT_EQ(findingFor(judge({}, f), "file-locked-by-process"), nullptr);
    f.holdersScanned = false;
    f.holders.clear();
    EXPECT_EQ(findingFor(judge({}, f), "file-locked-by-process"), nullptr);
}

TEST(HolderRules, ManyHoldersAreSummarised) {
    Facts f = factsFor(Operation::Delete, EBUSY);
    f.holdersScanned = true;
    for (int i = 0; i < 9; ++i) f.holders.push_back(holder(100 + i, "worker", HoldRead));
    const Diagnosis d = judge({}, f);
    const Finding* x = findingFor(d, "file-locked-by-process");
    ASSERT_NE(x, nullptr);
    EXPECT_NE(x->title.english().find("and 4 more"), std::string::npos) << x->title.english();
}

TEST(HolderRules, HowNamesAreTheContractOnes) {
    EXPECT_EQ(holdNames(HoldRead | HoldWrite | HoldOpen | HoldMmap | HoldCwd | HoldRoot | HoldExe | HoldFlock |
                        HoldPosixLock | HoldInUse),
              (std::vector<std::string_view>{"read", "write", "open", "mmap", "cwd", "root", "exe", "flock",
                                             "posix-lock", "in-use"}));
    EXPECT_TRUE(holdNames(0).empty());
}

}  // namespace
