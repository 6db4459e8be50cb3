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

struct ScanText {
    std::string text;
    OffsetMap toClean;    // text -> cleaned input
    OffsetMap toInput;    // cleaned input -> original input
    std::size_t original(std::size_t pos) const { return toInput.map(toClean.map(pos)); }
};

// ANSI escapes and CR dropped, other control bytes (NUL …) made spaces; then lines a console or a
// log wrapper broke are joined: a quoted path left open at the end of a line (no separator, a
// trailing backslash continuation removed) and a PowerShell error record (the wrap replaced a space).
ScanText prepareText(std::string_view input);

}  // namespace wd::parse
