// SPDX-License-Identifier: GPL-3.0-or-later
// What crosses to the Windows and macOS helpers and back (fix/common/helper_wire.cpp): the request
// as JSON (a macOS request file, a Windows command-line word) and the Windows helper's answer line.
// Portable, so it runs on every build; tests/windows runs the helper itself under Wine.
#include "fix/common/fix_internal.h"
#include "hex.h"

#include <gtest/gtest.h>

namespace {

using namespace wd;
using Kind = fix::HelperAnswer::Kind;

const std::vector<std::string> kArgs = {"apply", "--path", "C:\\a\nb \"q\" $(x) %PATH%\\ \u00e9",
                                        std::string("\0\xff", 2), "", "{\"request\":2}"};

TEST(HelperWire, TheRequestIsOneJsonLineThatKeepsEveryByte) {
    const std::string text = fix::encodeRequest(kArgs);
    EXPECT_EQ(text.rfind("{\"request\":1,\"args\":[", 0), 0u) << text;
    EXPECT_EQ(text.find('\n'), text.size() - 1) << "one line: " << text;
    EXPECT_NE(text.find("\"text_hex\":\"00ff\""), std::string::npos) << "bytes that are not UTF-8 as hex: " << text;
    EXPECT_EQ(fix::decodeRequest(text), kArgs);
    EXPECT_EQ(fix::decodeRequest(fix::encodeRequest({})), std::vector<std::string>{});
}

TEST(HelperWire, AMalformedRequestIsRefused) {
    const std::string good = fix::encodeRequest(kArgs);
    for (const std::string& bad : std::vector<std::string>{
             "", "apply --path C:\\x\n", "whydenied-request 1\n6170706c79\n", good.substr(0, 30), good.substr(0, good.size() - 3),
             good + "x", good + good, "[]", "null", "{\"request\":1}", "{\"args\":[]}",
             "{\"request\":2,\"args\":[]}", "{\"request\":\"1\",\"args\":[]}", "{\"request\":1,\"args\":{}}",
             "{\"request\":1,\"args\":[\"apply\"]}", "{\"request\":1,\"args\":[{}]}", "{\"request\":1,\"args\":[{\"text\":1}]}",
             "{\"request\":1,\"args\":[{\"text\":\"a\",\"text_hex\":\"6\"}]}",
             "{\"request\":1,\"args\":[{\"text\":\"a\",\"text_hex\":\"zz\"}]}",
             "{\"request\":1,\"args\":[],\"run\":\"calc.exe\"}",
             "{\"request\":1,\"args\":[{\"text\":\"" + std::string(1U << 20, 'a') + "\"}]}",
             std::string(100, '[') + std::string(100, ']')})
        EXPECT_FALSE(fix::decodeRequest(bad)) << bad.substr(0, 80);
    // Raw bytes that are not UTF-8 inside the JSON text are not JSON.
    EXPECT_FALSE(fix::decodeRequest(std::string("{\"request\":1,\"args\":[{\"text\":\"\xff\"}]}")));
    // The hex beside a text is the exact form, whatever the text says.
    EXPECT_EQ(fix::decodeRequest("{\"request\":1,\"args\":[{\"text\":\"?\",\"text_hex\":\"ff00\"}]}"),
              (std::vector<std::string>{std::string("\xff\0", 2)}));
}

TEST(HelperWire, TheRequestWordIsTheJsonInHexAndRefusesAnythingElse) {
    const std::string word = fix::encodeRequestWord(kArgs);
    EXPECT_EQ(word.find_first_not_of("0123456789abcdef"), std::string::npos) << "nothing a command line could split";
    EXPECT_EQ(fromHex(word), fix::encodeRequest(kArgs));
    EXPECT_EQ(fix::decodeRequestWord(word), kArgs);
    EXPECT_FALSE(fix::decodeRequestWord(""));
    EXPECT_FALSE(fix::decodeRequestWord("6170706c79 --path"));
    EXPECT_FALSE(fix::decodeRequestWord(word.substr(0, word.size() - 1))) << "odd hex";
    EXPECT_FALSE(fix::decodeRequestWord(word.substr(0, word.size() / 2 & ~size_t{1}))) << "cut short";
    EXPECT_FALSE(fix::decodeRequestWord("6170706c79.2d2d70617468")) << "the word format before JSON";
    EXPECT_FALSE(fix::decodeRequestWord(hexOf("apply --path C:\\x")));
    std::string upper = word;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_FALSE(fix::decodeRequestWord(upper));
    const std::string huge = fix::encodeRequestWord({"apply", "--path", std::string(40000, 'a')});
    EXPECT_GT(huge.size(), 1U << 16);
    EXPECT_FALSE(fix::decodeRequestWord(huge)) << "longer than a command line can carry";
}

JournalEntry anEntry() {
    JournalEntry e;
    e.id = "20261203T140000Z-abc123";
    e.time = "2026-12-03T14:00:00Z";
    e.fixId = "attrib-clear-readonly";
    e.action = FixAction::ClearReadOnly;
    e.path = "C:\\Users\\ana\\report.docx";
    e.dev = 7;
    e.ino = 42;
    e.type = NodeType::Regular;
    e.privilege = Privilege::Admin;
    e.callerSid = "S-1-5-21-1-2-3-1000";
    return e;
}

TEST(HelperWire, EachAnswerIsOneJsonLineReadBackAsItsKind) {
    const std::string entry = fix::entryAnswerText(anEntry());
    EXPECT_EQ(entry.rfind("{\"answer\":\"entry\",\"version\":1,\"entry\":{", 0), 0u) << entry;
    EXPECT_EQ(entry.find('\n'), entry.size() - 1) << entry;
    auto a = fix::readHelperAnswer(entry);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->kind, Kind::Entry);
    EXPECT_EQ(a->entry.id, "20261203T140000Z-abc123");
    EXPECT_EQ(a->entry.path, "C:\\Users\\ana\\report.docx");
    EXPECT_EQ(a->entry.callerSid, "S-1-5-21-1-2-3-1000");

    release::Record r;
    r.id = "20261203T140001Z-def456";
    r.verb = "replace-at-restart";
    r.path = "C:\\Users\\ana\\a.docx";
    r.with = "C:\\Users\\ana\\b.docx";
    r.undoable = true;
    r.note = "Replacing at the next restart.\nUntil then it can be taken back (undo).";
    const std::string released = fix::releaseAnswerText(r);
    EXPECT_EQ(released.rfind("{\"answer\":\"release\",\"version\":1,\"release\":{", 0), 0u) << released;
    EXPECT_EQ(released.find('\n'), released.size() - 1) << released;
    a = fix::readHelperAnswer(released);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->kind, Kind::Release);
    EXPECT_EQ(a->record.with, r.with);
    EXPECT_EQ(a->record.note, r.note);
    EXPECT_TRUE(a->record.undoable);

    const std::string why = "C:\\Users\\bob\\x.txt is in another person's profile; nothing was changed";
    a = fix::readHelperAnswer(fix::refusalAnswerText(why));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->kind, Kind::Refused);
    EXPECT_EQ(a->reason, why);
    const std::string raw = "C:\\caf" + std::string("\xe9", 1) + " cannot be opened";  // not UTF-8
    const std::string refusal = fix::refusalAnswerText(raw);
    EXPECT_NE(refusal.find("\"reason_hex\":\"" + hexOf(raw) + "\""), std::string::npos) << refusal;
    a = fix::readHelperAnswer(refusal);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->reason, raw);
}

TEST(HelperWire, AnythingButAWholeAnswerIsRefused) {
    const std::string entry = fix::entryAnswerText(anEntry());
    const std::string noRecord = fix::releaseAnswerText(release::Record{});  // no id, no verb
    for (const std::string& bad : std::vector<std::string>{
             "", "the helper has no record of the fix x; nothing was changed", entry.substr(0, entry.size() / 2),
             entry + "{}", noRecord, "{\"answer\":\"refused\",\"version\":1}", "{\"answer\":\"refused\",\"version\":1,\"reason\":3}",
             "{\"answer\":\"refused\",\"version\":2,\"reason\":\"x\"}", "{\"answer\":\"refused\",\"reason\":\"x\"}",
             "{\"answer\":\"entry\",\"version\":1}", "{\"answer\":\"entry\",\"version\":1,\"entry\":{\"schema\":1}}",
             "{\"answer\":\"release\",\"version\":1,\"release\":\"6964.31\"}", "{\"answer\":\"plan\",\"version\":1}",
             "[\"refused\"]", std::string(100, '{')})
        EXPECT_FALSE(fix::readHelperAnswer(bad)) << bad.substr(0, 80);
}

}  // namespace
