// SPDX-License-Identifier: GPL-3.0-or-later
// wd::installScope() on Windows: this test program runs from a build folder, which anyone who can
// write there could change, so it must not count as an all-users install; the Program Files folder
// the system names is the one the rule compares with.
#include "platform/windows/text.h"
#include "whydenied/install_scope.h"

#include <gtest/gtest.h>

#include <windows.h>
#include <knownfolders.h>
#include <shlobj.h>

namespace {

TEST(WindowsInstallScope, ABuildFolderIsAPerUserCopy) { EXPECT_EQ(wd::installScope(), wd::InstallScope::PerUser); }

TEST(WindowsInstallScope, ProgramFilesAsTheSystemNamesItCounts) {
    PWSTR folder = nullptr;
    ASSERT_TRUE(SUCCEEDED(SHGetKnownFolderPath(FOLDERID_ProgramFiles, 0, nullptr, &folder)));
    const std::string programFiles = wd::winsys::narrow(folder);
    CoTaskMemFree(folder);
    EXPECT_TRUE(wd::insideWindowsFolder(programFiles + "\\WhyDenied\\bin\\whydenied.exe", programFiles));
    EXPECT_FALSE(wd::insideWindowsFolder(programFiles + " Evil\\whydenied.exe", programFiles));
}

}  // namespace
