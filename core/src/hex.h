// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes as lowercase hex and back: how arbitrary names and attribute values (newlines, invalid
// UTF-8) cross a helper's request and our JSON ("<field>_hex") unharmed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace wd {

std::string hexOf(std::string_view bytes);
// nullopt when `hex` has an odd length or a character other than 0-9a-f.
std::optional<std::string> fromHex(std::string_view hex);

}  // namespace wd
