// SPDX-License-Identifier: GPL-3.0-or-later
// Rules: one per cause, each in core/src/rules/<cause-id>.cpp, registered in one table.
// A rule is a pure function of the facts: it never touches the system.
#pragma once

#include "whydenied/facts.h"
#include "whydenied/finding.h"

#include <optional>
#include <span>

namespace wd {

using RuleFn = std::optional<Finding> (*)(const Facts&);

struct Rule {
    const char* cause;
    RuleFn apply;
};

std::span<const Rule> allRules();

}  // namespace wd
