// SPDX-License-Identifier: GPL-3.0-or-later
// How the rules name the processes holding a file: "soffice.bin (pid 4242, user ana)".
#pragma once

#include "whydenied/facts.h"

#include <string>

namespace wd::rules {

inline std::string holderText(const Holder& h) {
    std::string s = (h.name.empty() ? std::string("?") : h.name) + " (pid " + std::to_string(h.pid);
    if (!h.user.empty()) s += ", user " + h.user;
    return s + ")";
}

// Those of `f.holders` that `pick` accepts, joined by ", "; at most five, then "and N more".
template <class Pick>
std::string holderList(const Facts& f, Pick pick) {
    std::string out;
    int shown = 0, more = 0;
    for (const Holder& h : f.holders) {
        if (!pick(h)) continue;
        if (shown == 5) {
            ++more;
            continue;
        }
        if (!out.empty()) out += ", ";
        out += holderText(h);
        ++shown;
    }
    if (more) out += " and " + std::to_string(more) + " more";
    return out;
}

inline std::string howText(const Holder& h) {
    std::string s;
    for (auto n : h.howNames()) s += (s.empty() ? "" : ",") + std::string(n);
    return s;
}

}  // namespace wd::rules
