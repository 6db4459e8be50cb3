// SPDX-License-Identifier: GPL-3.0-or-later
// A small argument parser for the CLI (no Qt: the CLI also builds where Qt is absent).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace wd::cli {

struct Args {
    std::string command;
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;  // --op write -> {"op","write"}
    std::set<std::string> flags;                 // --json -> "json"
    std::string error;                           // set when the arguments do not parse

    bool has(const std::string& flag) const { return flags.count(flag) != 0; }
    std::string option(const std::string& name, const std::string& fallback = {}) const;
};

// valueOptions: options that take a value (e.g. "op", "as", "cwd").
Args parseArgs(int argc, char** argv, const std::set<std::string>& valueOptions);

}  // namespace wd::cli
