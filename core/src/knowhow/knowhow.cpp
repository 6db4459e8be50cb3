// SPDX-License-Identifier: GPL-3.0-or-later
#include "whydenied/knowhow.h"

#include "knowhow/text.h"

#include <algorithm>

namespace wd {

ErrorContext errorContextFor(const ParsedRequest& r, std::string_view text) {
    ErrorContext c;
    c.present = true;
    c.errorClass = r.errorClass;
    c.operation = r.operation;
    c.program = r.program;
    if (r.otherPath) c.otherPath = *r.otherPath;
    // The lines around the span: tracebacks put the telling part (the program, the mode) nearby.
    const size_t begin = std::min(r.spanBegin, text.size()), end = std::min(std::max(r.spanEnd, begin), text.size());
    size_t from = begin, to = end;
    for (int lines = 0; from > 0 && lines < 6 && begin - from < 2000; --from)
        if (text[from - 1] == '\n') ++lines;
    while (to < text.size() && text[to] != '\n' && to - end < 1000) ++to;
    c.message = std::string(text.substr(from, to - from));
    c.time = errorTimeIn(c.message);
    return c;
}

DiagnoseRequest diagnoseRequestFor(const ParsedRequest& r, std::string_view text, const std::string& cwd) {
    DiagnoseRequest req;
    req.path = r.path.value_or(std::string());
    req.cwd = cwd;
    req.op = r.operation == Operation::Unknown ? Operation::Any : r.operation;
    req.context = errorContextFor(r, text);
    // "detected dubious ownership": git refused to open a repository it could read. Its own
    // ownership check, not a permission bit: what it tried was reading.
    if (req.op == Operation::Any && knowhow::containsNoCase(req.context.message, "dubious ownership"))
        req.op = Operation::Read;
    // "insufficient permission for adding an object to repository database .git/objects": git
    // creates a new entry inside that folder, so that is what to check.
    std::string_view p = req.path;
    while (p.size() > 1 && p.back() == '/') p.remove_suffix(1);
    if (r.program == "git" && (req.op == Operation::Write || req.op == Operation::Create) && p.size() >= 7 &&
        p.substr(p.size() - 7) == "objects") {
        req.path = std::string(p) + "/new-object";
        req.op = Operation::Create;
    }
    return req;
}

}  // namespace wd
