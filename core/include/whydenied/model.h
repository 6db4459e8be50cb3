// SPDX-License-Identifier: GPL-3.0-or-later
// Vocabulary shared by every layer: operations, error classes, platforms, verdicts.
// The string forms are part of the CLI/JSON contract (design.md §2–4): never rename one.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace wd {

enum class Operation {
    Read, Write, Create, Delete, Rename, Execute, List, Traverse, Connect,
    Chmod,  // change permissions: only the owner (or CAP_FOWNER) may
    Chown,  // change owner: needs CAP_CHOWN unless it is a no-op
    // Not one operation: every operation the situation makes plausible is asked of the kernel
    // (a file: read, write, maybe execute; a folder: list, enter, create inside; a missing file:
    // create). What a request is when nothing says what was tried.
    Any,
    Unknown,
};

enum class ErrorClass {
    EACCES_, EPERM_, EROFS_, ETXTBSY_, EBUSY_,
    WinAccessDenied, WinSharingViolation, WinLockViolation,
    SshKeyTooOpen, DockerSocket, Other,
};

enum class Platform { Linux, Windows, MacOS, Any };

enum class Verdict { Allowed, Denied, Unknown };

// How a request's operation was decided (explain's "operation_source"):
//  Text     - the error line itself names exactly one operation ("open(..., 'w')", "rename");
//  Inferred - another line, an open mode, a syscall field, a cmdlet or an API name implies it;
//  Checked  - nothing says which: every plausible operation is asked of the kernel.
enum class OperationSource { Text, Inferred, Checked };

std::string_view toString(Operation op);

// The one vocabulary of operations: the contract name (JSON, `--op`), the label a person picks or
// reads on its own ("write", translated in the "Operation" context) and the verb that goes inside a
// sentence ("write to", a core word: pass it with Message::translateArg). Every layer reads these
// words from here, so a menu, a cause's sentence and a fix's result never name an operation
// differently.
struct OperationWords {
    Operation op;
    const char* id;
    const char* label;
    const char* verb;
};
const OperationWords& operationWords(Operation op);
std::string_view toString(ErrorClass c);
std::string_view toString(Platform p);
std::string_view toString(Verdict v);
std::string_view toString(OperationSource s);

// The system this build runs on, and a system's name as people write it ("macOS").
Platform thisPlatform();
std::string_view displayName(Platform p);
// A path of another system than this one (an error pasted from elsewhere) cannot be checked here.
inline bool isForeign(Platform p) { return p != Platform::Any && p != thisPlatform(); }

std::optional<Operation> operationFromString(std::string_view s);
std::optional<ErrorClass> errorClassFromString(std::string_view s);

}  // namespace wd
