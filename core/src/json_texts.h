// SPDX-License-Identifier: GPL-3.0-or-later
// A list of arbitrary byte strings in our JSON lines (a helper request's arguments, a bulk answer's
// failures): each item an object {"text": …}, so that one that is not UTF-8 keeps its exact bytes in
// the "text_hex" sibling JsonWriter adds. A bare string in an array could not carry that sibling.
#pragma once

#include "json_read.h"
#include "whydenied/json.h"

#include <optional>
#include <string>
#include <vector>

namespace wd::jsontexts {

inline void write(JsonWriter& w, const char* key, const std::vector<std::string>& list) {
    w.key(key).beginArray();
    for (const auto& t : list) w.beginObject().key("text").value(t).endObject();
    w.endArray();
}

// nullopt unless `key` is an array of such objects, each with a string "text" and, when it has a
// "text_hex", one that is valid hex.
inline std::optional<std::vector<std::string>> read(const jsonread::Json& o, const char* key) {
    const jsonread::Json* list = jsonread::get(o, key);
    if (!list || !list->is_array()) return std::nullopt;
    std::vector<std::string> out;
    for (const auto& t : *list) {
        const jsonread::Json* text = jsonread::get(t, "text");
        if (!text || !text->is_string()) return std::nullopt;
        if (const jsonread::Json* hex = jsonread::get(t, "text_hex"); hex && (!hex->is_string() || !fromHex(hex->get<std::string>())))
            return std::nullopt;
        out.push_back(jsonread::getBytes(t, "text"));
    }
    return out;
}

}  // namespace wd::jsontexts
