// SPDX-License-Identifier: GPL-3.0-or-later
// Small text helpers for the know-how rules: case-insensitive search, path shapes.
#pragma once

#include <string>
#include <string_view>

namespace wd::knowhow {

bool containsNoCase(std::string_view haystack, std::string_view needle);
bool startsWith(std::string_view s, std::string_view prefix);
std::string_view extension(std::string_view path);  // ".xlsx", lower-case not guaranteed; "" when none
std::string_view baseName(std::string_view path);   // after the last '/' or '\'

}  // namespace wd::knowhow
