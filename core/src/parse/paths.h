// SPDX-License-Identifier: GPL-3.0-or-later
// Reading one path out of text: quoted in any of the styles programs use, or bare; unescaping
// Python's repr; telling a path from a word, a URL or a date.
#pragma once

#include "whydenied/model.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace wd::parse {

struct Token {
    std::size_t begin = 0, end = 0;  // the whole token in the text, quotes included
    std::string value;               // unquoted, unescaped
    std::string raw;                 // unquoted, as written (no repr unescaping)
    bool quoted = false;
};

inline bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline bool isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
inline bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Length of the opening quote at `pos` (0 when there is none). Only at a place a quote can open:
// an apostrophe inside a word ("don't") is not one.
std::size_t quoteOpenerAt(std::string_view s, std::size_t pos);

// The quoted string opening at `pos`, closed on the same line within `limit` bytes; nullopt when
// there is no opener there or it does not close.
std::optional<Token> readQuoted(std::string_view s, std::size_t pos, std::size_t limit = 4096);

// True when a quote opens at `pos` and is still open at the end of the line, with path-like content.
bool quoteLeftOpen(std::string_view s, std::size_t pos, std::size_t lineEnd);

// A bare path starting at `pos`: up to white space (or, when `allowSpaces`, up to ": ", ", ", " ("
// or the end of the line), trailing punctuation dropped. nullopt when nothing path-like starts there.
std::optional<Token> readBare(std::string_view s, std::size_t pos, std::size_t end, bool allowSpaces);

// Quoted or bare, whichever starts at `pos`.
std::optional<Token> readToken(std::string_view s, std::size_t pos, std::size_t end, bool allowSpaces);

bool startsWindowsAbsolute(std::string_view s);   // C:\, c:/, \\server, \\?\ …
bool looksLikePath(std::string_view s);           // has a separator or a path-shaped start
bool looksLikeFileName(std::string_view s, bool spaces = false);  // name.ext ("my notes.txt" when quoted)
bool acceptablePath(std::string_view s);          // not empty, not "...", not a URL, not a date …

Platform platformOf(std::string_view path);
bool isRelative(std::string_view path);

// file:///C:/x%20y -> C:/x y ; unix:///run/x.sock -> /run/x.sock ; anything else unchanged.
std::string fromUrl(std::string_view s);

}  // namespace wd::parse
