// SPDX-License-Identifier: GPL-3.0-or-later
// Findings: a rule's conclusion about one cause, with the evidence and the fixes it proposes.
#pragma once

#include "whydenied/facts.h"
#include "whydenied/message.h"
#include "whydenied/model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace wd {

enum class Privilege { None, Admin };  // Admin: pkexec / UAC / macOS administrator prompt
std::string_view toString(Privilege p);

// What a fix does. Which command each action is on each platform is commandFor()'s alone;
// AclModify is setfacl -m on Linux and icacls /grant on Windows, ClearFlag chattr or chflags.
enum class FixAction {
    Chmod, AclModify, Chown, ClearFlag, Copy, JoinGroup,
    ClearReadOnly,   // Windows: attrib -R
    AclRemoveDeny,   // Windows: icacls /remove:d WHO; macOS: chmod -a ENTRY
    TakeOwnership,   // Windows: takeown /F
    RemoveXattr,     // macOS: xattr -d com.apple.quarantine
    Relabel,         // Linux: restorecon -v, the SELinux label the policy gives that path (never one from a request)
};

// The command line of a typed fix and of its undo (empty when it has none).
struct FixCommand {
    std::vector<std::string> argv, undoArgv;
};
// The one place that knows each action's command shape. `arg` is the typed argument (chmod spec,
// ACL entry, new owner, flag name, copy destination, group, attribute name; none for a relabel);
// `undoArg` what the undo puts back (chmod spec, previous owner, ACL entry or mask, denied rights,
// attribute value, SELinux label; empty for an ACL grant: its entry is removed); `user` who joins
// a group.
FixCommand commandFor(FixAction action, Platform platform, const std::string& path, const std::string& arg,
                      const std::string& undoArg = {}, const std::string& user = {});

struct FixProposal {
    std::string id;            // stable: "chmod-owner-write", "chattr-remove-immutable" …
    Message title;             // "Make it writable for you"
    Message change;            // what will change, in words
    // The fix as a value: the engine, the helper request and canApply() read these, and argv and
    // undoArgv are derived from them (deriveCommand). No action: advice whose argv the rule wrote.
    std::optional<FixAction> action;
    Platform platform = Platform::Linux;  // whose command it is (the diagnosis' platform)
    std::string path;                     // the node acted on, as inspected
    uint64_t dev = 0, ino = 0;
    NodeType type = NodeType::Unknown;
    std::string arg, undoArg, user;       // as for commandFor()
    std::vector<std::string> argv;      // the program and arguments (never run through a shell)
    std::vector<std::string> undoArgv;  // how to undo it, empty when it cannot be undone
    Privilege privilege = Privilege::None;
    bool advisory = false;     // shown for an administrator to run; no button runs it (remounts …)
    bool windows = false;      // a Windows command: quoted for cmd.exe, no sudo

    std::string command() const;  // argv quoted for a POSIX shell or cmd: safe to show, copy and paste; empty when no such quoting exists
    std::string undoCommand() const;
};

// Sets argv, undoArgv and the Windows quoting of a typed proposal from its value (commandFor).
void deriveCommand(FixProposal& fx);

struct Finding {
    std::string cause;        // stable cause id from design.md §2
    double confidence = 0.0;  // 0..1; findings are ranked by it
    Message title;
    Message explanation;
    std::vector<std::pair<std::string, std::string>> evidence;  // ordered key/value facts
    int node = -1;            // chain index of the component at fault, -1 when none
    std::vector<FixProposal> fixes;
    // The operation this finding explains: a diagnosis of every plausible operation (Operation::Any)
    // gathers the findings of each denied one. Unknown for advice from the text alone.
    Operation operation = Operation::Unknown;

    void addEvidence(std::string key, std::string value) {
        evidence.emplace_back(std::move(key), std::move(value));
    }
};

// Quotes one word for a POSIX shell so that copy-paste reproduces it byte for byte: '…' for
// printable text, bash's $'…' with the control bytes escaped inside for anything else. The result
// never contains a byte a terminal would act on.
std::string shellQuote(const std::string& word);
// Whether cmdQuote(word) means the same word to cmd.exe and to PowerShell: no %, !, $, backtick,
// double or typographic double quote, no control character. A Windows command with a word that is
// not is not offered at all (command() is empty).
bool cmdQuotable(const std::string& word);
// Quotes one word for cmd.exe: double quotes around anything with a space or a character cmd
// treats specially.
std::string cmdQuote(const std::string& word);
// A command line as it is shown on a terminal or in the window: exactly as it runs when pasted.
// Only a command from elsewhere (an old journal) with control bytes is escaped, and says so; an
// empty command (no safe quoting) becomes a note saying why none is shown.
std::string shownCommand(const std::string& command);

}  // namespace wd
