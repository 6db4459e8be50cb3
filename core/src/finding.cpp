#include "whydenied/finding.h"

namespace wd {

std::string_view toString(Privilege p) { return p == Privilege::Admin ? "admin" : "none"; }

std::string shellQuote(const std::string& word) {
    static constexpr std::string_view kSafe =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%_-+=:,./";
    if (!word.empty() && word.find_first_not_of(kSafe) == std::string::npos) return word;
    // Single quotes keep every byte literal (newlines, $(…), backticks); a quote inside is '\''.
    std::string out = "'";
    for (char c : word) {
        if (c == '\'') out += "'\\''";
        else out += c;
    }
    out += '\'';
    return out;
}

std::string cmdQuote(const std::string& word) {
    static constexpr std::string_view kSpecial = " \t&|<>^(),;=!'`$\"";
    if (!word.empty() && word.find_first_of(kSpecial) == std::string::npos) return word;
    // Windows names cannot contain '"'; a stray one is doubled, the way cmd-style parsers read it.
    std::string out = "\"";
    for (char c : word) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

namespace {
std::string joinQuoted(const std::vector<std::string>& argv, bool windows) {
    std::string out;
    for (const auto& a : argv) {
        if (!out.empty()) out += ' ';
        out += windows ? cmdQuote(a) : shellQuote(a);
    }
    return out;
}
}  // namespace

std::string FixProposal::command() const {
    const std::string cmd = joinQuoted(argv, windows);
    return privilege == Privilege::Admin && !windows ? "sudo " + cmd : cmd;
}

std::string FixProposal::undoCommand() const {
    if (undoArgv.empty()) return {};
    const std::string cmd = joinQuoted(undoArgv, windows);
    return privilege == Privilege::Admin && !windows ? "sudo " + cmd : cmd;
}

}  // namespace wd
