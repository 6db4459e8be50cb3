// whydenied-cli: the command-line twin of the window. Same core, same findings, text or JSON.
#include "commands.h"
#include "whydenied/utf8_args.h"

#include <cstdio>
#include <cstring>

int main(int argc, char** argv) {
    using namespace wd::cli;
    // Windows passes main() its arguments in the ANSI code page: take them from the wide command line.
    std::vector<std::string> utf8 = wd::utf8Arguments(argc, argv);
    std::vector<char*> utf8Argv;
    for (auto& arg : utf8) utf8Argv.push_back(arg.data());
    utf8Argv.push_back(nullptr);
    wd::useUtf8Console();
    const Args a = parseArgs(static_cast<int>(utf8.size()), utf8Argv.data(), {"op", "as", "cwd", "fix", "audit-log"});
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
