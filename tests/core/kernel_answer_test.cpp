// SPDX-License-Identifier: GPL-3.0-or-later
// askAs()'s pipe: the checks its child asked as the subject come back byte for byte, whatever the
// path holds, and a line that is not a check is refused rather than half read.
#include "probe/linux/kernel_answer.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>

using namespace wd;
using linux_probe::checkFromLine;
using linux_probe::checkLine;

namespace {

// A path a hostile user can create: a tab, a newline and bytes that are not UTF-8.
const std::string kHostile = std::string("/srv/a\tb\nc/\xff\xfe-\xc3(") + std::string(1, '\0') + "end";

KernelCheck hostileCheck() {
    return askedCheck(Message(WD_TR("open(O_WRONLY) on %1 (refused to anyone)"), {kHostile, "\xe9t\xe9"}), EACCES);
}

}  // namespace

TEST(KernelAnswer, CheckRoundTripsHostileBytesOnOneLine) {
    const KernelCheck c = hostileCheck();
    const std::string line = checkLine(c);
    ASSERT_FALSE(line.empty());
    EXPECT_EQ(line.find('\n'), line.size() - 1) << "one line";
    const auto back = checkFromLine(line.substr(0, line.size() - 1));
    ASSERT_TRUE(back.has_value()) << line;
    EXPECT_EQ(back->err, EACCES);
    EXPECT_TRUE(back->asked);
    EXPECT_EQ(back->what, c.what);
    EXPECT_NE(back->what.find(kHostile), std::string::npos);
    EXPECT_STREQ(back->said.source, c.said.source);
    EXPECT_EQ(back->said.args, c.said.args);
    EXPECT_EQ(back->said.english(), c.said.english());

    KernelCheck notAsked = computedCheck(WD_TR("sticky rule"), 0, false);
    const auto back2 = checkFromLine(checkLine(notAsked));
    ASSERT_TRUE(back2.has_value());
    EXPECT_FALSE(back2->asked);
    EXPECT_EQ(back2->err, 0);
    EXPECT_EQ(back2->what, notAsked.what);
    EXPECT_TRUE(back2->said.args.empty());
}

TEST(KernelAnswer, MalformedCheckLinesAreRefused) {
    const std::string good = checkLine(hostileCheck());
    std::string wrongType = good;
    wrongType.replace(wrongType.find("\"err\":13"), 8, "\"err\":\"13\"");
    std::string huge = good;
    huge.replace(huge.find("\"err\":13"), 8, "\"err\":99999999999");
    std::string badArgs = good;
    badArgs.replace(badArgs.find("\"args\":["), 8, "\"args\":[1,");
    for (const std::string& junk :
         {std::string(), std::string("13\t2f\t"), std::string("{"), std::string("[]"), std::string("null"),
          std::string("{\"err\":13}"), good.substr(0, good.size() / 2), wrongType, huge, badArgs,
          std::string("{\"err\":13,\"asked\":true,\"what\":\"x\",\"template\":\"y\"}"),
          std::string(100, '[') + std::string(100, ']')})
        EXPECT_FALSE(checkFromLine(junk).has_value()) << junk;
}

TEST(KernelAnswer, ChildAnswerKeepsOrderAndRefusesAHeadlessAnswer) {
    linux_probe::ChildAnswer a;
    a.firstUntraversable = 2;
    a.verdict = hostileCheck();
    a.checks = {askedCheck(WD_TR("path length"), 0), hostileCheck()};
    const auto back = linux_probe::readChildAnswer(linux_probe::childAnswerText(a));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->firstUntraversable, 2);
    EXPECT_EQ(back->verdict.what, a.verdict.what);
    ASSERT_EQ(back->checks.size(), 2U);
    EXPECT_EQ(back->checks[0].what, "path length");
    EXPECT_EQ(back->checks[1].what, a.verdict.what);

    // A check line that cannot be read is left out; the answer's head and verdict cannot be.
    const std::string head = "{\"first_untraversable\":-1}\n";
    const auto skipped = linux_probe::readChildAnswer(head + checkLine(a.verdict) + "garbage\n" + checkLine(a.verdict));
    ASSERT_TRUE(skipped.has_value());
    EXPECT_EQ(skipped->checks.size(), 1U);
    for (const std::string& junk : {std::string(), std::string("2\n") + checkLine(a.verdict), head,
                                    head + "garbage\n" + checkLine(a.verdict),
                                    std::string("{\"first_untraversable\":\"x\"}\n") + checkLine(a.verdict)})
        EXPECT_FALSE(linux_probe::readChildAnswer(junk).has_value()) << junk;
}
