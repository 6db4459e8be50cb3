// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON writer's contract: the layout the CLI's output has always had, and names that are not
// UTF-8 written readably with their exact bytes beside them.
#include "whydenied/json.h"

#include <gtest/gtest.h>

#include <limits>

using namespace wd;

TEST(JsonWriter, PrettyLayoutKeepsFieldOrder) {
    JsonWriter w;
    w.beginObject();
    w.key("zeta").value(1);
    w.key("alpha").beginArray().value("a").value(true).null().endArray();
    w.key("empty").beginObject().endObject();
    w.key("none").beginArray().endArray();
    w.key("big").value(uint64_t{1} << 63);
    w.key("neg").value(int64_t{-5});
    w.endObject();
    EXPECT_EQ(w.str(), "{\n"
                       "  \"zeta\": 1,\n"
                       "  \"alpha\": [\n"
                       "    \"a\",\n"
                       "    true,\n"
                       "    null\n"
                       "  ],\n"
                       "  \"empty\": {},\n"
                       "  \"none\": [],\n"
                       "  \"big\": 9223372036854775808,\n"
                       "  \"neg\": -5\n"
                       "}");
}

TEST(JsonWriter, CompactHasNoSpaces) {
    JsonWriter w(false);
    w.beginObject().key("a").beginArray().value(1).value(2).endArray().key("b").value("x y").endObject();
    EXPECT_EQ(w.str(), R"({"a":[1,2],"b":"x y"})");
}

TEST(JsonWriter, EscapesControlCharactersAndQuotes) {
    EXPECT_EQ(jsonQuote("a\"b\\c\n\t\x01/"), R"("a\"b\\c\n\t\u0001/")");
}

TEST(JsonWriter, BytesThatAreNotUtf8GetReplacedAndAHexSibling) {
    JsonWriter w(false);
    w.beginObject();
    w.key("path").value(std::string("/tmp/bad\xff\xfe"));
    w.key("ok").value("caf\xc3\xa9");
    w.key("list").beginArray().value(std::string("x\xff")).endArray();
    w.endObject();
    EXPECT_EQ(w.str(), "{\"path\":\"/tmp/bad\xef\xbf\xbd\xef\xbf\xbd\",\"path_hex\":\"2f746d702f626164fffe\","
                       "\"ok\":\"caf\xc3\xa9\",\"list\":[\"x\xef\xbf\xbd\"]}");
}

TEST(JsonWriter, OverlongAndSurrogateFormsAreNotUtf8) {
    EXPECT_EQ(jsonQuote("\xc0\xaf"), "\"\xef\xbf\xbd\xef\xbf\xbd\"");
    JsonWriter w(false);
    w.beginObject().key("s").value("\xed\xa0\x80").endObject();
    EXPECT_NE(w.str().find("\"s_hex\":\"eda080\""), std::string::npos) << w.str();
}

TEST(JsonWriter, FractionsHaveTwoDecimalsAtMost) {
    JsonWriter w(false);
    w.beginArray().value(0.9).value(0.756).value(2.0).value(std::numeric_limits<double>::infinity()).endArray();
    EXPECT_EQ(w.str(), "[0.9,0.76,2.0,null]");
}
