// SPDX-License-Identifier: GPL-3.0-or-later
// A streaming front over nlohmann/json (ordered, so fields keep the order they are written in).
// Paths are arbitrary bytes: a string that is not UTF-8 is written with U+FFFD in place of each bad
// sequence, and a string value of an object field also gets a sibling "<field>_hex" with its exact bytes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace wd {

class JsonWriter {
public:
    explicit JsonWriter(bool pretty = true);
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view k);
    JsonWriter& value(std::string_view s);
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
    JsonWriter& value(int64_t n);
    JsonWriter& value(int n) { return value(static_cast<int64_t>(n)); }
    JsonWriter& value(uint64_t n);
    JsonWriter& value(uint32_t n) { return value(static_cast<uint64_t>(n)); }
    JsonWriter& value(double d);
    JsonWriter& value(bool b);
    JsonWriter& null();

    // The document so far: complete once every container is closed. Numbers with a fraction are
    // rounded to two decimals.
    const std::string& str() const;

private:
    struct Tree;
    std::unique_ptr<Tree> t_;
};

// JSON string literal, with quotes. Invalid UTF-8 becomes U+FFFD so the output always parses.
std::string jsonQuote(std::string_view s);

// For terminals: control characters and invalid UTF-8 shown as \n, \x1b, \xff … so a file name
// cannot move the cursor or hide text.
std::string printable(std::string_view s);
// How many bytes at s[i] form one character a terminal shows as itself; 0 for a control byte, a C1
// control or invalid UTF-8, which printable() escapes.
size_t shownAsIs(std::string_view s, size_t i);

}  // namespace wd
