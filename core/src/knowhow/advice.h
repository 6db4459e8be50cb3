// SPDX-License-Identifier: GPL-3.0-or-later
// The advice table: text-only know-how, the second table beside the causes table
// (rules/registry.cpp). Its entries read the pasted text, never facts of this machine;
// adviceFromText (whydenied/knowhow.h) runs them in order.
#pragma once

#include "whydenied/finding.h"
#include "whydenied/parse.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace wd {

struct AdviceInput {
    const ParsedRequest& request;
    std::string_view message;  // the lines of the error, or the whole text when they are unknown
    std::string path;          // the request's path, "" when it has none
};

struct AdviceEntry {
    const char* id;  // the cause id every finding of this entry carries
    std::optional<Finding> (*advise)(const AdviceInput&);
};

std::span<const AdviceEntry> allAdvice();

}  // namespace wd
