// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/matcher.h"

#include <deque>
#include <stdexcept>
#include <utility>

namespace wd::parse {

// A dense DFA over byte classes: every byte that occurs in a keyword has its own class, all others
// share class 0, so the table stays small (states x classes) and a scan step is one lookup.
KeywordMatcher::KeywordMatcher(std::span<const std::string_view> words) {
    for (std::string_view w : words) {
        if (w.size() > kMaxLength) throw std::length_error("KeywordMatcher: keyword too long");
        lengths_.push_back(w.size());
        for (char ch : w) {
            const auto b = static_cast<unsigned char>(ch);
            if (cls_[b] == 0) cls_[b] = static_cast<std::uint8_t>(classes_++);
        }
    }
    // the scan folds ASCII case and white space through the class table
    for (int c = 'A'; c <= 'Z'; ++c) cls_[static_cast<unsigned char>(c)] = cls_[static_cast<unsigned char>(c - 'A' + 'a')];
    for (unsigned char c : {'\t', '\n', '\r', '\f', '\v'}) cls_[c] = cls_[static_cast<unsigned char>(' ')];
    for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) space_[c] = true;
    std::vector<std::vector<std::pair<std::uint8_t, std::uint32_t>>> kids(1);
    out_.assign(1, -1);
    for (std::uint32_t id = 0; id < words.size(); ++id) {
        std::uint32_t s = 0;
        for (char ch : words[id]) {
            const std::uint8_t k = cls_[static_cast<unsigned char>(ch)];
            std::uint32_t next = 0;
            for (auto& [kc, ks] : kids[s])
                if (kc == k) next = ks;
            if (next == 0) {
                next = static_cast<std::uint32_t>(kids.size());
                kids.emplace_back();
                out_.push_back(-1);
                kids[s].emplace_back(k, next);
            }
            s = next;
        }
        if (out_[s] < 0) out_[s] = static_cast<std::int32_t>(id);  // a duplicate keeps its first id
    }
    const std::size_t n = kids.size();
    if (n * classes_ > kRowMask) throw std::length_error("KeywordMatcher: too many keywords");
    std::vector<std::uint32_t> delta(n * classes_, 0);
    dict_.assign(n, 0);
    std::vector<std::uint32_t> fail(n, 0);
    std::deque<std::uint32_t> queue;
    for (auto& [k, s] : kids[0]) {
        delta[k] = s;
        queue.push_back(s);
    }
    while (!queue.empty()) {
        const std::uint32_t s = queue.front();
        queue.pop_front();
        for (std::size_t k = 0; k < classes_; ++k) delta[s * classes_ + k] = delta[fail[s] * classes_ + k];
        for (auto& [k, t] : kids[s]) {
            fail[t] = delta[fail[s] * classes_ + k];
            dict_[t] = out_[fail[t]] >= 0 ? fail[t] : dict_[fail[t]];
            delta[s * classes_ + k] = t;
            queue.push_back(t);
        }
    }
    delta_.resize(delta.size());
    for (std::size_t i = 0; i < delta.size(); ++i) {
        const std::uint32_t t = delta[i];
        delta_[i] = static_cast<std::uint32_t>(t * classes_) | ((out_[t] >= 0 || dict_[t] != 0) ? kEmits : 0u);
    }
}

}  // namespace wd::parse
