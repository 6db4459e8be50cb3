// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI run as the unprivileged test uid (root would be allowed almost everything).
#pragma once

#include "as_user.h"
#include "run_program.h"

#include <string>
#include <vector>

namespace wdtest {

inline ProgramResult cliAsUser(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.begin(), WD_CLI_PATH);
    const auto r = runAs(testUser(), [&] {
        const ProgramResult p = runProgram(args, input);
        return std::to_string(p.exitCode) + '\n' + p.out;
    });
    ProgramResult p;
    if (!r.ok) {
        p.err = r.error;
        return p;
    }
    const size_t nl = r.output.find('\n');
    p.exitCode = std::stoi(r.output.substr(0, nl));
    p.out = r.output.substr(nl + 1);
    return p;
}

}  // namespace wdtest
