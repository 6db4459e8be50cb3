// SPDX-License-Identifier: GPL-3.0-or-later
// The text the scanner reads: terminal noise removed and wrapped lines put back together, with a
// map from every byte of it back to the byte the user pasted (spans are reported in those).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wd::parse {

// Piecewise-linear map from offsets in a derived text to offsets in its source.
class OffsetMap {
public:
    void mark(std::size_t to, std::size_t from);  // from `to` on, offsets continue at `from`
    std::size_t map(std::size_t pos) const;

private:
    std::vector<std::pair<std::size_t, std::size_t>> marks_;
};

// ANSI escapes and CR dropped, other control bytes (NUL …) made spaces; then lines a console or a
// log wrapper broke are joined: a quoted path left open at the end of a line (no separator, a
// trailing backslash continuation removed) and a PowerShell error record (the wrap replaced a space).
// Copies the input only when something had to change.
class ScanText {
public:
    explicit ScanText(std::string_view input);
    ScanText(const ScanText&) = delete;
    ScanText& operator=(const ScanText&) = delete;

    std::string_view text() const { return text_; }
    std::size_t original(std::size_t pos) const { return toInput_.map(toClean_.map(pos)); }

private:
    std::string cleaned_, joined_;
    std::string_view text_;
    OffsetMap toClean_;  // text -> cleaned input
    OffsetMap toInput_;  // cleaned input -> original input
};

}  // namespace wd::parse
