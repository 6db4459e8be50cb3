// SPDX-License-Identifier: GPL-3.0-or-later
// posix::runCapture, which every external program goes through (pkexec, systemctl, the helper):
// an argument vector reaches the program as is (no shell), a hung program is stopped at its time
// limit, and standard error can be followed line by line while the program runs.
#include "probe/posix/run.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace {

TEST(RunCapture, ArgumentsReachTheProgramAsTheyAreWithNoShell) {
    const std::string hostile = "a b; echo pwned $(id) `id` 'q' \"d\" \\ \n*";
    const auto r = wd::posix::runCapture({"printf", "%s|", hostile, "--"}, 10000);
    ASSERT_TRUE(r.started) << r.err;
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out, hostile + "|--|");
}

TEST(RunCapture, AProgramThatHangsIsStoppedAtItsTimeLimit) {
    const auto start = std::chrono::steady_clock::now();
    const auto r = wd::posix::runCapture({"sleep", "30"}, 300);
    EXPECT_TRUE(r.timedOut);
    EXPECT_EQ(r.status, -1);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

TEST(RunCapture, StandardErrorLinesArriveOneByOne) {
    std::vector<std::string> lines;
    const auto r = wd::posix::runCapture({"sh", "-c", "echo out; echo 'progress 1 0 0' >&2; sleep 0.1; printf 'progress 2 1 0\\nlast' >&2"},
                                         10000, 1 << 20, [&](const std::string& l) { lines.push_back(l); });
    ASSERT_TRUE(r.started);
    EXPECT_EQ(r.out, "out\n");
    EXPECT_EQ(r.err, "progress 1 0 0\nprogress 2 1 0\nlast");
    // Only finished lines are handed over; "last" never got its newline.
    EXPECT_EQ(lines, (std::vector<std::string>{"progress 1 0 0", "progress 2 1 0"}));
}

TEST(RunCapture, AMissingProgramIsAClearError) {
    const auto r = wd::posix::runCapture({"/nonexistent/whydenied-test-program"}, 1000);
    EXPECT_FALSE(r.started);
    EXPECT_NE(r.err.find("cannot start /nonexistent/whydenied-test-program"), std::string::npos) << r.err;
}

}  // namespace
