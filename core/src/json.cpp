// SPDX-License-Identifier: GPL-3.0-or-later
#include "whydenied/json.h"

#include "hex.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <vector>

namespace wd {
namespace {

using Json = nlohmann::ordered_json;

// Length of the valid UTF-8 sequence at s[i], or 0 when the bytes there are not valid UTF-8
// (overlong forms, surrogates and code points above U+10FFFF are invalid too).
size_t utf8SequenceLength(std::string_view s, size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return 1;
    size_t len = 0;
    uint32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) { len = 2; cp = b0 & 0x1F; }
    else if ((b0 & 0xF0) == 0xE0) { len = 3; cp = b0 & 0x0F; }
    else if ((b0 & 0xF8) == 0xF0) { len = 4; cp = b0 & 0x07; }
    else return 0;
    if (i + len > s.size()) return 0;
    for (size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

bool isUtf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        const size_t n = utf8SequenceLength(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::string dumped(const Json& j, int indent) {
    // replace: a string that is not UTF-8 is written with U+FFFD instead of throwing.
    return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

std::string jsonQuote(std::string_view s) { return dumped(Json(std::string(s)), -1); }

size_t shownAsIs(std::string_view s, size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return c < 0x20 || c == 0x7F ? 0 : 1;
    const size_t n = utf8SequenceLength(s, i);
    // C1 controls (U+0080..U+009F) can still steer a terminal.
    if (n == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0) return 0;
    return n;
}

std::string printable(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const size_t n = shownAsIs(s, i);
        if (n == 0) {
            if (c == '\n') out += "\\n";
            else if (c == '\t') out += "\\t";
            else if (c == '\r') out += "\\r";
            else {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", c);
                out += buf;
            }
            ++i;
            continue;
        }
#ifndef _WIN32  // every Windows path is full of backslashes: doubling them would garble each one
        if (c == '\\') { out += "\\\\"; ++i; continue; }
#endif
        out.append(s.substr(i, n));
        i += n;
    }
    return out;
}

struct JsonWriter::Tree {
    bool pretty;
    Json root;
    bool started = false;
    std::vector<Json*> open;  // the containers not closed yet, innermost last
    std::string key;          // the field the next value is for, when the innermost is an object
    mutable std::string out;
    mutable bool outDirty = true;

    // Where the next value goes. Only the innermost container grows while it is open, so the
    // pointers to its ancestors stay valid.
    Json& slot() {
        outDirty = true;
        if (open.empty()) {
            started = true;
            return root;
        }
        Json& c = *open.back();
        if (c.is_array()) {
            c.push_back(nullptr);
            return c.back();
        }
        return c[key];
    }
    void put(Json v) { slot() = std::move(v); }
};

JsonWriter::JsonWriter(bool pretty) : t_(std::make_unique<Tree>()) { t_->pretty = pretty; }
JsonWriter::~JsonWriter() = default;

JsonWriter& JsonWriter::beginObject() {
    Json& s = t_->slot();
    s = Json::object();
    t_->open.push_back(&s);
    return *this;
}

JsonWriter& JsonWriter::beginArray() {
    Json& s = t_->slot();
    s = Json::array();
    t_->open.push_back(&s);
    return *this;
}

JsonWriter& JsonWriter::endObject() { t_->open.pop_back(); return *this; }
JsonWriter& JsonWriter::endArray() { t_->open.pop_back(); return *this; }

JsonWriter& JsonWriter::key(std::string_view k) { t_->key.assign(k); return *this; }

JsonWriter& JsonWriter::value(std::string_view s) {
    t_->put(Json(std::string(s)));
    // The replaced text is for reading; the hex beside it is the exact name.
    if (!t_->open.empty() && t_->open.back()->is_object() && !isUtf8(s))
        (*t_->open.back())[t_->key + "_hex"] = hexOf(s);
    return *this;
}

JsonWriter& JsonWriter::value(int64_t n) { t_->put(Json(n)); return *this; }
JsonWriter& JsonWriter::value(uint64_t n) { t_->put(Json(n)); return *this; }
JsonWriter& JsonWriter::value(bool b) { t_->put(Json(b)); return *this; }
JsonWriter& JsonWriter::null() { t_->put(Json(nullptr)); return *this; }

JsonWriter& JsonWriter::value(double d) {
    if (!std::isfinite(d)) return null();
    t_->put(Json(std::round(d * 100.0) / 100.0));
    return *this;
}

const std::string& JsonWriter::str() const {
    if (t_->outDirty) {
        t_->out = t_->started ? dumped(t_->root, t_->pretty ? 2 : -1) : std::string();
        t_->outDirty = false;
    }
    return t_->out;
}

}  // namespace wd
