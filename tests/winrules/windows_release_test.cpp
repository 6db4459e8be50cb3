// SPDX-License-Identifier: GPL-3.0-or-later
// The portable rules behind close-handle and replace-at-restart (whydenied/release.h): the record
// the helper keeps (JSON, or the older word format) and answers with, the pending-rename list, the programs never touched. They run
// on every platform; tests/windows/windows_helper_test.cpp runs the verbs themselves under Wine.
#include "whydenied/release.h"

#include "hex.h"

#include <gtest/gtest.h>

namespace {

using namespace wd;

release::Record closedHandle() {
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
    return r;
}

TEST(WindowsRelease, TheRecordSurvivesItsJsonAndRefusesAnythingElse) {
    release::Record r = closedHandle();
    r.path += std::string("\xff\xfe", 2);  // not UTF-8: kept through "path_hex"
    const std::string text = release::recordText(r);
    ASSERT_EQ(text.front(), '{') << text;
    EXPECT_NE(text.find("\"path_hex\""), std::string::npos) << text;
    const auto back = release::recordFromText(text);
    ASSERT_TRUE(back) << text;
    EXPECT_EQ(back->path, r.path);
    EXPECT_EQ(back->pid, 4242u);
    EXPECT_EQ(back->handle, 0x1F4u);
    EXPECT_EQ(back->note, r.note);
    EXPECT_EQ(back->callerSid, r.callerSid);
    EXPECT_FALSE(back->undoable);

    const auto with = [&](const std::string& from, const std::string& to) {
        std::string t = release::recordText(closedHandle());
        const size_t at = t.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        return at == std::string::npos ? t : t.replace(at, from.size(), to);
    };
    EXPECT_TRUE(release::recordFromText(with("\"pid\": 4242", "\"pid\": 4242")));
    EXPECT_FALSE(release::recordFromText(with("\"close-handle\"", "\"delete-everything\"")));
    EXPECT_FALSE(release::recordFromText(with("\"pid\": 4242", "\"pid\": 4294967296"))) << "beyond 32 bits";
    EXPECT_FALSE(release::recordFromText(with("\"pid\": 4242", "\"pid\": -1")));
    EXPECT_FALSE(release::recordFromText(with("\"pid\": 4242", "\"pid\": \"4242\"")));
    EXPECT_FALSE(release::recordFromText(with("\"handle\": 500,", ""))) << "no handle";
    EXPECT_FALSE(release::recordFromText(with("\"id\": \"20261203T140000Z-abc123\"", "\"id\": \"\"")));
    EXPECT_FALSE(release::recordFromText(with("\"schema\": 1", "\"schema\": 2")));
    const std::string whole = release::recordText(closedHandle());
    EXPECT_FALSE(release::recordFromText(whole.substr(0, whole.size() / 2))) << "cut short";
    EXPECT_FALSE(release::recordFromText(whole + "{}")) << "trailing text";
    EXPECT_FALSE(release::recordFromText("{" + std::string(2U << 20, ' ') + "}")) << "huge";
    EXPECT_FALSE(release::recordFromText(std::string(40, '[') + std::string(40, ']'))) << "deep";
    EXPECT_FALSE(release::recordFromText(""));
}

// A record of a rename at restart as the helper wrote it before records were JSON (each of "key",
// "value", … in hex, joined by '.'): it must still be read, so that the rename can be taken back.
constexpr const char* kOldRecord =
    "6964.3230323631323033543134303030305a2d616263313233.74696d65.323032362d31322d30335431343a30303a3"
    "0305a.76657262.7265706c6163652d61742d72657374617274.70617468.433a5c55736572735c616e615c7265706f7"
    "27420c3a92e646f6378.77697468.433a5c55736572735c616e615c6e65772e646f6378.706964.30.68616e646c65.3"
    "0.70726f63657373..63616c6c65725f736964.532d312d352d32312d312d322d332d31303030.70656e64696e67.30."
    "756e646f61626c65.31.756e646f6e65.30.6e6f7465.433a5c55736572735c616e615c7265706f727420c3a92e646f6"
    "3782077696c6c206265207265706c61636564207769746820433a5c55736572735c616e615c6e65772e646f637820617"
    "420746865206e65787420726573746172742e\n";

TEST(WindowsRelease, ARecordInTheFormatBeforeJsonIsStillRead) {
    const auto r = release::recordFromText(kOldRecord);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->id, "20261203T140000Z-abc123");
    EXPECT_EQ(r->verb, "replace-at-restart");
    EXPECT_EQ(r->path, "C:\\Users\\ana\\report \u00e9.docx");
    EXPECT_EQ(r->with, "C:\\Users\\ana\\new.docx");
    EXPECT_EQ(r->callerSid, "S-1-5-21-1-2-3-1000");
    EXPECT_TRUE(r->undoable);
    EXPECT_FALSE(r->pending);
    EXPECT_FALSE(r->undone);
    EXPECT_EQ(r->process, "");
    EXPECT_NE(r->note.find("at the next restart"), std::string::npos) << r->note;
    // Written again, it becomes JSON and reads back the same.
    const auto again = release::recordFromText(release::recordText(*r));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->path, r->path);
    EXPECT_EQ(again->with, r->with);
    EXPECT_TRUE(again->undoable);

    // The old format's own refusals still hold.
    const std::string old = kOldRecord;
    const auto field = [](const std::string& s) { return hexOf(s); };
    const auto replaced = [&](const std::string& from, const std::string& to) {
        std::string t = old;
        const size_t at = t.find("." + field(from) + ".");
        EXPECT_NE(at, std::string::npos) << from;
        return at == std::string::npos ? t : t.replace(at, field(from).size() + 2, "." + field(to) + ".");
    };
    EXPECT_TRUE(release::recordFromText(replaced("replace-at-restart", "close-handle")));
    EXPECT_FALSE(release::recordFromText(replaced("replace-at-restart", "delete-everything")));
    EXPECT_FALSE(release::recordFromText(old.substr(0, old.size() - 2) + "\n")) << "a field cut to odd hex";
    EXPECT_FALSE(release::recordFromText(old.substr(0, old.size() - 1) + ".6964.78\n")) << "a key given twice";
    EXPECT_FALSE(release::recordFromText(old.substr(0, old.size() - 1) + ".6964\n")) << "a key without a value";
    EXPECT_FALSE(release::recordFromText("6964")) << "one field";
    EXPECT_FALSE(release::recordFromText("not a record"));
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
