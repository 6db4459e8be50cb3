// SPDX-License-Identifier: GPL-3.0-or-later
#include "whydenied/finding.h"

#include "whydenied/json.h"

#include <algorithm>
#include <cstdio>

namespace wd {

std::string_view toString(Privilege p) { return p == Privilege::Admin ? "admin" : "none"; }

std::string shellQuote(const std::string& word) {
    static constexpr std::string_view kSafe =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%_-+=:,./";
    if (!word.empty() && word.find_first_not_of(kSafe) == std::string::npos) return word;
    bool control = false;
    for (size_t i = 0; i < word.size() && !control; i += std::max<size_t>(1, shownAsIs(word, i)))
        control = shownAsIs(word, i) == 0;
    if (!control) {
        // Single quotes keep every byte literal ($(…), backticks, backslashes); a quote inside is '\''.
        std::string out = "'";
        for (char c : word) {
            if (c == '\'') out += "'\\''";
            else out += c;
        }
        return out + '\'';
    }
    // A control byte would steer the terminal that shows the command, so it is written as an
    // escape that bash, zsh and ksh turn back into the byte inside $'…': the line stays one word
    // that is safe to show and to paste.
    std::string out = "$'";
    for (size_t i = 0; i < word.size();) {
        const auto c = static_cast<unsigned char>(word[i]);
        const size_t n = shownAsIs(word, i);
        if (n == 0) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += c == '\n' ? "\\n" : c == '\t' ? "\\t" : buf;
            ++i;
            continue;
        }
        if (c == '\\' || c == '\'') out += '\\';
        out.append(word, i, n);
        i += n;
    }
    return out + '\'';
}

bool cmdQuotable(const std::string& word) {
    // cmd expands %VAR% (and !VAR! with delayed expansion) inside double quotes; PowerShell expands
    // $var, $(…) and backtick escapes there and ends the string at typographic double quotes too.
    static constexpr std::string_view kLive = "%!$`\"";
    if (word.find_first_of(kLive) != std::string::npos) return false;
    for (const char* q : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E"})
        if (word.find(q) != std::string::npos) return false;
    for (size_t i = 0; i < word.size(); i += std::max<size_t>(1, shownAsIs(word, i)))
        if (shownAsIs(word, i) == 0) return false;
    return true;
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

std::string shownCommand(const std::string& command) {
    if (command.empty()) return "(none to paste: a character in the name would be expanded by cmd or PowerShell)";
    for (size_t i = 0; i < command.size();) {
        const size_t n = shownAsIs(command, i);
        if (n == 0) return printable(command) + "   (control characters escaped; --json has it exactly)";
        i += n;
    }
    return command;
}

namespace {
std::string joinQuoted(const std::vector<std::string>& argv, bool windows) {
    std::string out;
    // Better no copyable command than one that runs something else when pasted.
    if (windows && !std::all_of(argv.begin(), argv.end(), cmdQuotable)) return out;
    for (const auto& a : argv) {
        if (!out.empty()) out += ' ';
        out += windows ? cmdQuote(a) : shellQuote(a);
    }
    return out;
}
}  // namespace

std::string FixProposal::command() const {
    const std::string cmd = joinQuoted(argv, windows);
    if (cmd.empty()) return cmd;
    return privilege == Privilege::Admin && !windows ? "sudo " + cmd : cmd;
}

std::string FixProposal::undoCommand() const {
    if (undoArgv.empty()) return {};
    const std::string cmd = joinQuoted(undoArgv, windows);
    if (cmd.empty()) return cmd;
    return privilege == Privilege::Admin && !windows ? "sudo " + cmd : cmd;
}

}  // namespace wd

namespace wd {

FixCommand commandFor(FixAction action, Platform platform, const std::string& path, const std::string& arg,
                      const std::string& undoArg, const std::string& user) {
    const bool windows = platform == Platform::Windows, mac = platform == Platform::MacOS;
    switch (action) {
    case FixAction::Chmod:
        return {{"chmod", arg, "--", path}, undoArg.empty() ? std::vector<std::string>{} : std::vector<std::string>{"chmod", undoArg, "--", path}};
    case FixAction::AclModify:
        if (windows) return {{"icacls", path, "/grant", arg}, {"icacls", path, "/remove:g", undoArg}};
        // A new entry goes away again (-x names it without its permissions); a changed one, such
        // as the mask, gets its previous permissions back.
        if (undoArg.empty()) return {{"setfacl", "-m", arg, "--", path}, {"setfacl", "-x", arg.substr(0, arg.rfind(':')), "--", path}};
        return {{"setfacl", "-m", arg, "--", path}, {"setfacl", "-m", undoArg, "--", path}};
    case FixAction::Chown:
        return {{"chown", arg, "--", path}, undoArg.empty() ? std::vector<std::string>{} : std::vector<std::string>{"chown", undoArg, "--", path}};
    case FixAction::ClearFlag:
        if (mac) return {{"chflags", "no" + arg, path}, {"chflags", arg, path}};
        return {{"chattr", "-" + arg, "--", path}, {"chattr", "+" + arg, "--", path}};
    case FixAction::Copy:
        if (windows) return {{"copy", path, arg}, {"del", arg}};
        // install -m 600, not cp: cp keeps a read-only mode, and the point of the copy is to write it.
        return {{"install", "-D", "-m", "600", "--", path, arg}, {"rm", "--", arg}};
    case FixAction::JoinGroup: return {{"usermod", "-aG", arg, user}, {"gpasswd", "-d", user, arg}};
    case FixAction::ClearReadOnly: return {{"attrib", "-R", path}, {"attrib", "+R", path}};
    case FixAction::AclRemoveDeny:
        if (windows) return {{"icacls", path, "/remove:d", arg}, {"icacls", path, "/deny", arg + ":" + undoArg}};
        return {{"chmod", "-a", arg, path}, {"chmod", "+a", arg, path}};
    case FixAction::TakeOwnership:
        return {{"takeown", "/F", path}, undoArg.empty() ? std::vector<std::string>{} : std::vector<std::string>{"icacls", path, "/setowner", undoArg}};
    case FixAction::RemoveXattr: return {{"xattr", "-d", arg, path}, {"xattr", "-w", arg, undoArg, path}};
    // restorecon computes the label itself; undo needs the label the node had, when it was read.
    case FixAction::Relabel:
        return {{"restorecon", "-v", "--", path},
                undoArg.empty() ? std::vector<std::string>{} : std::vector<std::string>{"chcon", "--", undoArg, path}};
    }
    return {};
}

void deriveCommand(FixProposal& fx) {
    fx.windows = fx.platform == Platform::Windows;
    if (!fx.action) return;
    FixCommand c = commandFor(*fx.action, fx.platform, fx.path, fx.arg, fx.undoArg, fx.user);
    fx.argv = std::move(c.argv);
    fx.undoArgv = std::move(c.undoArgv);
}

}  // namespace wd
