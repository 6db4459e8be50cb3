// SPDX-License-Identifier: GPL-3.0-or-later
// Know-how: what the error text knows beyond the file. The parser finds requests; these turn one
// into a diagnosis request that carries its context (program, error class, message) for the
// know-how rules, and give advice where nothing on this machine can be checked.
#pragma once

#include "whydenied/diagnose.h"
#include "whydenied/finding.h"
#include "whydenied/parse.h"

#include <string_view>
#include <vector>

namespace wd {

// The context of a parsed request; `text` is the whole pasted text the spans point into.
ErrorContext errorContextFor(const ParsedRequest& r, std::string_view text);

// When the error happened: the last time stamp on the lines (ISO 8601 with or without a zone,
// syslog's "Dec  3 11:08:21", an audit record's "audit(1226270358.848:238)"), in seconds since the
// epoch; 0 when the text carries none. `now` (0: the clock) places a syslog stamp, which has no year.
double errorTimeIn(std::string_view text, double now = 0);

// A diagnosis request for a parsed one (its path must be set): the operation the text names
// (Any, every plausible one, when it names none) and the context.
DiagnoseRequest diagnoseRequestFor(const ParsedRequest& r, std::string_view text, const std::string& cwd = {});

// Advice from the text alone, for a request that cannot be diagnosed here: no path ("Permission
// denied (publickey)"), or a path of another machine (a Windows path pasted on Linux). Ranked like
// findings; empty when the text says nothing specific.
std::vector<Finding> adviceFromText(const ParsedRequest& r, std::string_view text);

}  // namespace wd
