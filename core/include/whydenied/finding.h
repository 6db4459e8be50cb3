// Findings: a rule's conclusion about one cause, with the evidence and the fixes it proposes.
#pragma once

#include "whydenied/message.h"
#include "whydenied/model.h"

#include <string>
#include <utility>
#include <vector>

namespace wd {

enum class Privilege { None, Admin };  // Admin: pkexec / UAC / macOS administrator prompt
std::string_view toString(Privilege p);

struct FixProposal {
    std::string id;            // stable: "chmod-owner-write", "chattr-remove-immutable" …
    Message title;             // "Make it writable for you"
    Message change;            // what will change, in words
    std::vector<std::string> argv;      // the program and arguments (never run through a shell)
    std::vector<std::string> undoArgv;  // how to undo it, empty when it cannot be undone
    Privilege privilege = Privilege::None;
    bool advisory = false;     // shown for an administrator to run; no button runs it (remounts …)
    bool windows = false;      // a Windows command: quoted for cmd.exe, no sudo

    std::string command() const;  // argv quoted for a POSIX shell: safe to copy and paste
    std::string undoCommand() const;
};

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

// Quotes one word for a POSIX shell so that copy-paste reproduces it byte for byte.
std::string shellQuote(const std::string& word);
// Quotes one word for cmd.exe (and PowerShell, for names without $ or `): double quotes around
// anything with a space or a character cmd treats specially.
std::string cmdQuote(const std::string& word);

}  // namespace wd
