// SPDX-License-Identifier: GPL-3.0-or-later
// Only a program under Program Files may start its helper elevated: the folder test itself.
#include "whydenied/install_scope.h"

#include <gtest/gtest.h>

namespace {

using wd::insideWindowsFolder;

TEST(InstallScope, ProgramFilesInstallIsInside) {
    EXPECT_TRUE(insideWindowsFolder(R"(C:\Program Files\WhyDenied\bin\whydenied.exe)", R"(C:\Program Files)"));
    EXPECT_TRUE(insideWindowsFolder(R"(c:\program files\WhyDenied\bin\whydenied.exe)", R"(C:\Program Files\)"));
    EXPECT_TRUE(insideWindowsFolder("C:/Program Files/WhyDenied/bin/whydenied.exe", R"(C:\Program Files)"));
}

TEST(InstallScope, PerUserAndLookalikeFoldersAreNot) {
    EXPECT_FALSE(insideWindowsFolder(R"(C:\Users\ann\AppData\Local\Programs\WhyDenied\bin\whydenied.exe)",
                                     R"(C:\Program Files)"));
    // A folder anyone may create next to it must not pass as Program Files.
    EXPECT_FALSE(insideWindowsFolder(R"(C:\Program Files Evil\WhyDenied\whydenied.exe)", R"(C:\Program Files)"));
    EXPECT_FALSE(insideWindowsFolder(R"(C:\Program Files)", R"(C:\Program Files)"));
    EXPECT_FALSE(insideWindowsFolder(R"(C:\Program Files\x.exe)", ""));
}

TEST(InstallScope, EveryNonWindowsInstallMayUseTheHelper) {
#ifdef _WIN32
    GTEST_SKIP() << "Windows decides by the program's folder";
#else
    EXPECT_EQ(wd::installScope(), wd::InstallScope::AllUsers);
#endif
}

}  // namespace
