// SPDX-License-Identifier: GPL-3.0-or-later
// Shorthands for the parser tests.
#pragma once

#include "whydenied/parse.h"

#include <gtest/gtest.h>

#include <string>

namespace wdtest {

inline wd::ParsedRequest firstRequest(std::string_view text, const wd::ParseOptions& opts = {}) {
    const auto requests = wd::parseErrorText(text, opts);
    if (requests.empty()) {
        ADD_FAILURE() << "no request parsed from: " << text;
        return {};
    }
    return requests.front();
}

inline std::string pathOf(const wd::ParsedRequest& r) { return r.path ? *r.path : std::string("<null>"); }

}  // namespace wdtest
