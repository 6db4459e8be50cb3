// SPDX-License-Identifier: GPL-3.0-or-later
// How the kernel's answers cross the pipe from askAs()'s child, which runs as the subject, back to
// the probe: JSON lines, one per check, read with nlohmann/json. Paths in a check may hold tabs,
// newlines or bytes that are not UTF-8; they come back byte for byte.
#pragma once

#include "whydenied/facts.h"

#include <optional>
#include <string>
#include <vector>

namespace wd::linux_probe {

// One check as one JSON line (with its newline): err, asked, what, the template and its arguments.
std::string checkLine(const KernelCheck& c);
// nullopt for a line that is not one check as checkLine writes it.
std::optional<KernelCheck> checkFromLine(const std::string& line);

// The child's whole answer: a first line {"first_untraversable": N}, then the deciding check, then
// every check asked, one a line.
struct ChildAnswer {
    int firstUntraversable = -1;
    KernelCheck verdict;
    std::vector<KernelCheck> checks;
};
std::string childAnswerText(const ChildAnswer& a);
// nullopt when the first line or the deciding check cannot be read; a later check line that
// cannot be read is left out.
std::optional<ChildAnswer> readChildAnswer(const std::string& text);

}  // namespace wd::linux_probe
