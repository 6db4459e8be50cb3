// SPDX-License-Identifier: GPL-3.0-or-later
// What the failing program was trying to do, from the words around the error: a verb phrase
// before the path ("cannot create directory"), a system call name (Node's ", mkdir '…'"), a stack
// frame (Files.newInputStream, open(p, 'w')), the program's name ("touch: …"), or plain prose.
#pragma once

#include "whydenied/model.h"

#include <optional>
#include <string_view>
#include <vector>

namespace wd::parse {

// How a two-path message names its paths, and which one the error is about.
enum class PairRole : unsigned char { None, SourceMatters, DestinationMatters };

struct VerbPhrase {
    std::string_view text;     // lower-case; matched case-insensitively right before a path
    Operation operation;
    PairRole pair;             // None: one path follows
    std::string_view joiner;   // between the two paths (" to ", " a ", " "), when pair != None
    bool anyName;              // the word after it is the target even when it does not look like a path
};

struct VerbHit {
    const VerbPhrase* verb;
    std::size_t begin, end;  // in the text searched
};

// Every verb phrase in `text` (case-insensitive), in one pass.
std::vector<VerbHit> findVerbs(std::string_view text);

// Node/libuv system call names ("mkdir", "rename" …) and Go's PathError verbs.
std::optional<Operation> syscallOperation(std::string_view name);
PairRole syscallPairRole(std::string_view name);

// "touch: x: Permission denied": what that program does with its argument.
std::optional<Operation> programOperation(std::string_view program);
bool isShellName(std::string_view program);
// "Remove-Item": what a PowerShell cmdlet does with its path (case-insensitive).
std::optional<Operation> cmdletOperation(std::string_view name);

// One line of a Python traceback (code or "File …, in func").
std::optional<Operation> pythonLineOperation(std::string_view line);
// One "at …" frame of a Java or .NET stack trace.
std::optional<Operation> stackFrameOperation(std::string_view line);
// Words of a sentence ("Failed to save tasks", "Error opening file").
std::optional<Operation> proseOperation(std::string_view text);

}  // namespace wd::parse
