// SPDX-License-Identifier: GPL-3.0-or-later
// A small streaming JSON writer: correct escaping (including invalid UTF-8, which becomes U+FFFD)
// matters more here than features, because paths are arbitrary bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wd {

class JsonWriter {
public:
    explicit JsonWriter(bool pretty = true) : pretty_(pretty) {}

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

    const std::string& str() const { return out_; }

private:
    void separate();
    void newline();
    bool pretty_;
    std::string out_;
    std::vector<bool> first_;  // per open container: nothing written yet
    bool afterKey_ = false;
};

// JSON string literal, with quotes. Invalid UTF-8 bytes become \ufffd so the output always parses.
std::string jsonQuote(std::string_view s);

// For terminals: control characters and invalid UTF-8 shown as \n, \x1b, \xff … so a file name
// cannot move the cursor or hide text.
std::string printable(std::string_view s);
// How many bytes at s[i] form one character a terminal shows as itself; 0 for a control byte, a C1
// control or invalid UTF-8, which printable() escapes.
size_t shownAsIs(std::string_view s, size_t i);

}  // namespace wd
