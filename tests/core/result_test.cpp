// SPDX-License-Identifier: GPL-3.0-or-later
// Result<T>: a value, or the reason in the reader's language with its English for logs.
#include "whydenied/result.h"

#include <gtest/gtest.h>

#include <string>

using namespace wd;

namespace {

Result<int> half(int n) {
    if (n % 2) return Failure(Message("%1 is odd", {std::to_string(n)}));
    return n / 2;
}

}  // namespace

TEST(Result, CarriesTheValueOrTheReason) {
    const auto ok = half(8);
    ASSERT_TRUE(ok);
    EXPECT_EQ(*ok, 4);
    EXPECT_EQ(ok.error(), "");
    EXPECT_TRUE(ok.why().empty());

    const auto bad = half(7);
    EXPECT_FALSE(bad.ok());
    EXPECT_EQ(bad.error(), "7 is odd");
    EXPECT_EQ(std::string(bad.why().source), "%1 is odd") << "the template stays translatable";
    EXPECT_FALSE(half(3).value().has_value());
    EXPECT_EQ(half(6).value(), 3);
}

TEST(Result, TextFromElsewhereIsKeptVerbatim) {
    const Result<std::string> r = Failure(std::string("50% done: %1"));
    EXPECT_EQ(r.error(), "50% done: %1");
}
