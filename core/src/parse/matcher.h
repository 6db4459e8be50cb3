// SPDX-License-Identifier: GPL-3.0-or-later
// Aho-Corasick over byte classes: finds every occurrence of a fixed set of lower-case keywords in
// one pass, ignoring ASCII case and treating any run of white space as one space. Used for the
// error phrases over the whole text and for the verb and stack-frame keywords inside a line, so
// no step costs "keywords x length".
#pragma once

#include "parse/paths.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace wd::parse {

class KeywordMatcher {
public:
    explicit KeywordMatcher(std::span<const std::string_view> words);

    // Calls found(id, begin, end) for every occurrence (ordered by end); stops early when it
    // returns false. Keywords must be at most kMaxLength normalized bytes.
    template <typename Found>
    void scan(std::string_view text, Found&& found) const {
        std::uint32_t row = 0;  // state * classes_
        bool prevSpace = true;
        const std::uint32_t* delta = delta_.data();
        for (std::size_t i = 0; i < text.size(); ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (space_[c]) {
                if (prevSpace) continue;
                prevSpace = true;
            } else {
                prevSpace = false;
            }
            const std::uint32_t next = delta[row + cls_[c]];
            row = next & kRowMask;
            if (!(next & kEmits)) continue;
            for (std::uint32_t s = row / static_cast<std::uint32_t>(classes_); s != 0; s = dict_[s]) {
                if (out_[s] < 0) continue;
                const auto id = static_cast<std::uint32_t>(out_[s]);
                const std::size_t begin = beginOf(text, i + 1, lengths_[id]);
                if (begin == std::string_view::npos) continue;
                if (!found(id, begin, i + 1)) return;
            }
        }
    }

    static constexpr std::size_t kMaxLength = 128;

private:
    static constexpr std::uint32_t kEmits = 0x80000000u;  // the target state ends a keyword (or a suffix does)
    static constexpr std::uint32_t kRowMask = 0x7fffffffu;

    // Where a match of `len` normalized bytes ending at `end` begins: matches are rare, so this walk
    // back is cheaper than remembering every position while scanning.
    static std::size_t beginOf(std::string_view text, std::size_t end, std::size_t len) {
        std::size_t j = end, count = 0;
        while (count < len) {
            if (j == 0) return std::string_view::npos;
            --j;
            if (isSpace(text[j])) {
                while (j > 0 && isSpace(text[j - 1])) --j;
                if (j == 0) return std::string_view::npos;  // leading white space is not scanned
            }
            ++count;
        }
        return j;
    }

    std::array<std::uint8_t, 256> cls_{};   // upper-case ASCII shares its lower-case letter's class
    std::array<bool, 256> space_{};
    std::size_t classes_ = 1;
    std::vector<std::uint32_t> delta_;  // [state * classes_ + class] = next state * classes_, with kEmits
    std::vector<std::int32_t> out_;     // keyword ending in this state, or -1
    std::vector<std::uint32_t> dict_;   // next state on the fail chain with an output (0: none)
    std::vector<std::size_t> lengths_;
};

}  // namespace wd::parse
