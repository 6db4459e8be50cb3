// SPDX-License-Identifier: GPL-3.0-or-later
// The portable rules behind close-handle and replace-at-restart (whydenied/release.h): the record
// the helper keeps and answers with, the pending-rename list, the programs never touched. They run
// on every platform; tests/windows/windows_helper_test.cpp runs the verbs themselves under Wine.
#include "whydenied/release.h"

#include <gtest/gtest.h>

namespace {

using namespace wd;

TEST(WindowsRelease, TheRecordSurvivesItsFieldsAndRefusesAnythingElse) {
    release::Record r;
    r.id = "20261203T140000Z-abc123";
    r.time = "2026-12-03T14:00:00Z";
    r.verb = "close-handle";
    r.path = "C:\\Users\\ana\\report \"q\" %PATH%.xlsx";
    r.pid = 4242;
    r.handle = 0x1F4;
    r.process = "EXCEL.EXE";
    r.callerSid = "S-1-5-21-1-2-3-1000";
    r.note = "Closed.\nThis cannot be undone.";
    const auto back = release::fromFields(release::toFields(r));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->path, r.path);
    EXPECT_EQ(back->pid, 4242u);
    EXPECT_EQ(back->handle, 0x1F4u);
    EXPECT_EQ(back->note, r.note);
    EXPECT_FALSE(back->undoable);

    auto fields = release::toFields(r);
    fields[5] = "delete-everything";  // the verb's value
    EXPECT_FALSE(release::fromFields(fields));
    fields = release::toFields(r);
    fields[11] = "99999999999999999999";  // the pid's value
    EXPECT_FALSE(release::fromFields(fields));
    fields = release::toFields(r);
    fields.push_back("id");
    fields.push_back("other");
    EXPECT_FALSE(release::fromFields(fields)) << "a key given twice";
    EXPECT_FALSE(release::fromFields({"id"}));
}

// As the README's request form writes them.
TEST(WindowsRelease, TheWindowSendsTheDocumentedForm) {
    EXPECT_EQ(release::closeHandleRequest(1234, 500, "C:\\Users\\ana\\book.xlsx"),
              (std::vector<std::string>{"close-handle", "--pid", "1234", "--handle", "500", "--path",
                                        "C:\\Users\\ana\\book.xlsx"}));
    EXPECT_EQ(release::replaceAtRestartRequest("C:\\Users\\ana\\a.docx", ""),
              (std::vector<std::string>{"replace-at-restart", "--path", "C:\\Users\\ana\\a.docx"}));
    EXPECT_EQ(release::replaceAtRestartRequest("C:\\a.docx", "C:\\b.docx"),
              (std::vector<std::string>{"replace-at-restart", "--path", "C:\\a.docx", "--with", "C:\\b.docx"}));
}

TEST(WindowsRelease, NumbersAreDigitsThatFit) {
    EXPECT_EQ(release::decimal("18446744073709551615"), UINT64_MAX);
    for (const char* bad : {"", "-1", "0x10", " 1", "1 ", "18446744073709551616", "1e3"})
        EXPECT_FALSE(release::decimal(bad)) << bad;
}

// PendingFileRenameOperations as MoveFileExW leaves it: NT paths, '!' on a replacing target, an
// empty target for a deletion.
TEST(WindowsRelease, OnlyThePairTheHelperAddedLeavesThePendingList) {
    std::vector<std::wstring> value = {L"\\??\\C:\\Windows\\Temp\\setup.tmp", L"",
                                       L"\\??\\C:\\Users\\ana\\new.docx", L"!\\??\\C:\\Users\\ana\\report.docx",
                                       L"\\??\\C:\\Users\\ana\\report.docx", L""};
    const auto before = value;
    EXPECT_FALSE(release::dropPendingPair(value, L"C:\\Users\\ana\\report.docx", L"C:\\Users\\ana\\new.docx"))
        << "source and target the other way round";
    EXPECT_FALSE(release::dropPendingPair(value, L"C:\\Users\\ana\\new.docx", L""));
    EXPECT_EQ(value, before);
    EXPECT_TRUE(release::dropPendingPair(value, L"c:\\users\\ana\\NEW.docx", L"C:\\Users\\ana\\report.docx"));
    EXPECT_EQ(value, (std::vector<std::wstring>{L"\\??\\C:\\Windows\\Temp\\setup.tmp", L"",
                                                L"\\??\\C:\\Users\\ana\\report.docx", L""}));
    EXPECT_TRUE(release::dropPendingPair(value, L"C:\\Users\\ana\\report.docx", L""));
    EXPECT_EQ(value, (std::vector<std::wstring>{L"\\??\\C:\\Windows\\Temp\\setup.tmp", L""}))
        << "another program's pending deletion stays";
}

TEST(WindowsRelease, ThePartsOfWindowsAreKnownByName) {
    for (const char* system : {"csrss.exe", "LSASS.EXE", "smss.exe", "wininit.exe", "services.exe", "winlogon.exe",
                               "svchost.exe", "System", "Registry", "MsMpEng.exe", "SearchIndexer.exe"})
        EXPECT_TRUE(release::isSystemProgram(system)) << system;
    for (const char* mine : {"EXCEL.EXE", "notepad.exe", "explorer.exe", "svchost.exe.bak", "mysvchost.exe", ""})
        EXPECT_FALSE(release::isSystemProgram(mine)) << mine;
}

}  // namespace
