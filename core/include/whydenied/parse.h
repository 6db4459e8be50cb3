// SPDX-License-Identifier: GPL-3.0-or-later
// Error-text parser: free text (a traceback, an npm log, a shell line …) -> requests to diagnose.
// Pure, linear-time, no std::regex: it must survive 10 MiB of binary junk.
#pragma once

#include "whydenied/model.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wd {

struct ParsedRequest {
    std::size_t spanBegin = 0, spanEnd = 0;  // byte offsets into the input of the text it came from
    std::optional<std::string> path;         // as the OS would see it (unescaped, unquoted); nullopt = no path
    std::optional<std::string> otherPath;    // the second path of a rename/copy/move, when there is one
    std::string pathRole;                    // when two paths: which one `path` is ("source"/"destination")
    Operation operation = Operation::Unknown;
    // Whether the text named the operation (Text), implied it (Inferred), or said nothing (Checked:
    // the operation is Unknown and explain checks every plausible one).
    OperationSource operationSource = OperationSource::Checked;
    ErrorClass errorClass = ErrorClass::Other;
    Platform platform = Platform::Any;       // the platform the path belongs to
    std::string program;                     // "python", "npm", "git", "bash" … empty when unknown
    bool relative = false;                   // the path is relative and no cwd was given
};

struct ParseOptions {
    std::string cwd;   // relative paths resolve against it when non-empty
    std::string home;  // "~/x" expands against it when non-empty
};

// The most relevant request first.
std::vector<ParsedRequest> parseErrorText(std::string_view text, const ParseOptions& opts = {});

}  // namespace wd
