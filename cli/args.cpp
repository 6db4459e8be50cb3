// SPDX-License-Identifier: GPL-3.0-or-later
#include "args.h"

namespace wd::cli {

std::string Args::option(const std::string& name, const std::string& fallback) const {
    auto it = options.find(name);
    return it == options.end() ? fallback : it->second;
}

Args parseArgs(int argc, char** argv, const std::set<std::string>& valueOptions) {
    Args a;
    bool onlyPositional = false;
    for (int i = 1; i < argc; ++i) {
        std::string s = argv[i];
        if (!onlyPositional && s == "--") { onlyPositional = true; continue; }
        if (!onlyPositional && s.size() > 2 && s.rfind("--", 0) == 0) {
            std::string name = s.substr(2), value;
            const auto eq = name.find('=');
            const bool inlineValue = eq != std::string::npos;
            if (inlineValue) { value = name.substr(eq + 1); name = name.substr(0, eq); }
            if (valueOptions.count(name)) {
                if (!inlineValue) {
                    if (i + 1 >= argc) { a.error = "--" + name + " needs a value"; return a; }
                    value = argv[++i];
                }
                a.options[name] = value;
            } else {
                if (inlineValue) { a.error = "--" + name + " takes no value"; return a; }
                a.flags.insert(name);
            }
            continue;
        }
        if (!onlyPositional && s == "-h") { a.flags.insert("help"); continue; }
        if (a.command.empty() && !onlyPositional && a.positional.empty()) a.command = s;
        else a.positional.push_back(s);
    }
    return a;
}

}  // namespace wd::cli
