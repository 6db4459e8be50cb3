// SPDX-License-Identifier: GPL-3.0-or-later
// The recorded audit trails of tests/data/lsm/ and a finding's evidence, for the security-module tests.
#pragma once

#include "whydenied/finding.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace wdtest {

inline std::string lsmFixture(const std::string& name) {
    std::ifstream in(std::string(WD_LSM_DATA_DIR) + "/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    if (s.str().empty()) throw std::runtime_error("missing fixture " + name);
    return s.str();
}

inline std::string evidenceOf(const wd::Finding& f, const std::string& key) {
    for (const auto& [k, v] : f.evidence)
        if (k == key) return v;
    return {};
}

}  // namespace wdtest
