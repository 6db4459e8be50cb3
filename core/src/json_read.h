// SPDX-License-Identifier: GPL-3.0-or-later
// Reading back what our own JsonWriter wrote (journal entries, the helper's answers, batch files,
// askAs()'s pipe) with nlohmann/json. Private to the core: the public headers do not expose nlohmann.
#pragma once

#include "hex.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace wd::jsonread {

using Json = nlohmann::ordered_json;

// Nothing we write nests deeper.
constexpr int kMaxDepth = 8;

// nullopt for text that is not one JSON value or nests deeper than kMaxDepth. nlohmann's parser
// keeps its own stack, so deep nesting costs no native stack before it is refused.
inline std::optional<Json> parse(const std::string& text) {
    bool tooDeep = false;
    Json v = Json::parse(
        text,
        [&tooDeep](int depth, Json::parse_event_t, Json&) {
            if (depth > kMaxDepth) tooDeep = true;
            return !tooDeep;
        },
        /*allow_exceptions=*/false);
    if (tooDeep || v.is_discarded()) return std::nullopt;
    return v;
}

inline const Json* get(const Json& o, const char* k) {
    if (!o.is_object()) return nullptr;
    const auto it = o.find(k);
    return it == o.end() ? nullptr : &*it;
}
inline std::string getStr(const Json& o, const char* k) {
    const Json* v = get(o, k);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}
// A text field's exact bytes: from its "<k>_hex" sibling when there is one (JsonWriter adds it to
// text that is not UTF-8), else the text.
inline std::string getBytes(const Json& o, const char* k) {
    const std::string hk = std::string(k) + "_hex";
    if (const Json* h = get(o, hk.c_str()); h && h->is_string())
        if (auto b = fromHex(h->get<std::string>())) return *b;
    return getStr(o, k);
}
inline uint64_t getU64(const Json& o, const char* k) {
    const Json* v = get(o, k);
    return v && v->is_number_unsigned() ? v->get<uint64_t>() : 0;
}
inline int64_t getI64(const Json& o, const char* k) {
    const Json* v = get(o, k);
    return v && v->is_number_integer() ? v->get<int64_t>() : 0;
}
inline bool getBool(const Json& o, const char* k) {
    const Json* v = get(o, k);
    return v && v->is_boolean() && v->get<bool>();
}

}  // namespace wd::jsonread
