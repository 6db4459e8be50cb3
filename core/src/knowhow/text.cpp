// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowhow/text.h"

#include <algorithm>
#include <cctype>

namespace wd::knowhow {

bool containsNoCase(std::string_view h, std::string_view n) {
    return std::search(h.begin(), h.end(), n.begin(), n.end(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           }) != h.end();
}

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string_view baseName(std::string_view path) {
    const size_t slash = path.find_last_of("/\\");
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view extension(std::string_view path) {
    const std::string_view base = baseName(path);
    const size_t dot = base.find_last_of('.');
    return dot == std::string_view::npos || dot == 0 ? std::string_view{} : base.substr(dot);
}

}  // namespace wd::knowhow
