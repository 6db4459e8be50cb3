#include <gtest/gtest.h>
TEST(WindowsProbe, Placeholder) { EXPECT_TRUE(true); }
