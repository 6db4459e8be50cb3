// SPDX-License-Identifier: GPL-3.0-or-later
// whydenied-cli: the command-line twin of the window. Same core, same findings, text or JSON.
#include "commands.h"
#include "whydenied/json.h"
#include "whydenied/utf8_args.h"

#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <string>

namespace {

// What each command reads. Anything else is most likely a typo ("--jsno", "--op=wirte" is caught
// elsewhere), and a silently ignored option is a wish the user believes was honoured; the helper
// refuses unknown options for the same reason.
const std::map<std::string, std::set<std::string>>& commandOptions() {
    static const std::map<std::string, std::set<std::string>> table = {
        {"diagnose", {"op", "as", "cwd", "audit-log", "system-audit-log", "at", "computed", "json"}},
        {"parse", {"cwd", "json"}},
        {"explain", {"cwd", "audit-log", "at", "json"}},
        {"holders", {"json", "privileged", "command-lines"}},
        {"fix", {"op", "as", "cwd", "fix", "plan", "yes", "json", "confirm-system-path", "audit-log", "at"}},
        {"undo", {"yes", "list", "json"}},
        {"audit", {"op", "as", "fix", "cross-filesystems", "json", "jsonl", "undo", "yes"}},
    };
    return table;
}

// The first option the command does not know, or empty.
std::string unknownOption(const wd::cli::Args& a) {
    const auto it = commandOptions().find(a.command);
    if (it == commandOptions().end()) return {};
    for (const auto& [name, value] : a.options)
        if (!it->second.count(name)) return name;
    for (const auto& name : a.flags)
        if (!it->second.count(name) && name != "help" && name != "version") return name;
    return {};
}

}  // namespace

int main(int argc, char** argv) {
    using namespace wd::cli;
    // Windows passes main() its arguments in the ANSI code page: take them from the wide command line.
    std::vector<std::string> utf8 = wd::utf8Arguments(argc, argv);
    std::vector<char*> utf8Argv;
    for (auto& arg : utf8) utf8Argv.push_back(arg.data());
    utf8Argv.push_back(nullptr);
    wd::useUtf8Console();
    const Args a = parseArgs(static_cast<int>(utf8.size()), utf8Argv.data(), {"op", "as", "cwd", "fix", "audit-log", "at"});
    if (!a.error.empty()) {
        std::fprintf(stderr, "whydenied-cli: %s\n", a.error.c_str());
        return ExitUsage;
    }
    if (a.has("version") || a.command == "version") {
        std::printf("whydenied-cli %s\n", WD_VERSION);
        return 0;
    }
    if (a.has("help") || a.command == "help" || a.command.empty()) {
        printHelp();
        return a.command.empty() && !a.has("help") ? ExitUsage : 0;
    }
    if (const std::string bad = unknownOption(a); !bad.empty()) {
        std::fprintf(stderr, "whydenied-cli: %s does not take --%s (try --help)\n", a.command.c_str(),
                     wd::printable(bad).c_str());
        return ExitUsage;
    }
    if (a.command == "diagnose") return runDiagnose(a);
    if (a.command == "parse") return runParse(a);
    if (a.command == "explain") return runExplain(a);
    if (a.command == "holders") return runHolders(a);
    if (a.command == "fix") return runFix(a);
    if (a.command == "undo") return runUndo(a);
    if (a.command == "audit") return runAudit(a);
    std::fprintf(stderr, "whydenied-cli: unknown command '%s' (try --help)\n", a.command.c_str());
    return ExitUsage;
}
