// SPDX-License-Identifier: GPL-3.0-or-later
#include "whydenied/message.h"

namespace wd {

std::string Message::render(const char* templ) const {
    std::string out;
    for (const char* p = templ ? templ : ""; *p; ++p) {
        if (p[0] == '%' && p[1] == 'n' && count >= 0) {
            out += std::to_string(count);
            ++p;
            continue;
        }
        if (p[0] == '%' && p[1] >= '1' && p[1] <= '9') {
            const auto i = static_cast<size_t>(p[1] - '1');
            if (i < args.size()) {
                out += args[i];
                ++p;
                continue;
            }
        }
        out += *p;
    }
    return out;
}

}  // namespace wd
