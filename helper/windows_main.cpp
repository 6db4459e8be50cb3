// SPDX-License-Identifier: GPL-3.0-or-later
// whydenied-helper.exe: the elevated half of the fix engine on Windows, started through the UAC
// prompt by core/src/fix/elevate_windows.cpp. It takes its request from a file (one argument per
// line, hex) and answers with the journal entry in a result file.
//
// It trusts the request no more than the Linux helper trusts its arguments: the path must be
// absolute and normalised, system locations need the explicit confirmation flag, and the engine's
// own applyLow re-checks the file's volume and file id before changing anything.
#include "fix/fix_internal.h"
#include "probe/windows/win_text.h"
#include "whydenied/fix.h"
#include "whydenied/utf8_args.h"

#include <windows.h>

#include <set>
#include <string>
#include <vector>

namespace {

using namespace wd;

// The verb, then the options shared by apply and undo (each request uses its own).
struct Request {
    std::string verb;
    fix::HelperOptions options;
};

std::optional<Request> parse(const std::vector<std::string>& args, std::string& error) {
    if (args.empty()) {
        error = "no request";
        return std::nullopt;
    }
    auto options = fix::parseHelperOptions(std::vector<std::string>(args.begin() + 1, args.end()),
                                           {"action", "arg", "fix", "cause", "path", "dev", "ino", "type", "id", "journal"},
                                           {"confirmed-system-path"}, error);
    if (!options) return std::nullopt;
    return Request{args[0], std::move(*options)};
}

std::optional<uint64_t> number(const std::string& s) {
    if (s.empty() || s.size() > 20 || s.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stoull(s);
}

std::optional<NodeType> nodeType(const std::string& s) {
    for (NodeType t : {NodeType::Regular, NodeType::Directory})
        if (toString(t) == s) return t;
    return std::nullopt;
}

// Answers: the journal entry (status 0), or one sentence saying why nothing was done (status 1).
struct Answer {
    int status = 1;
    std::string text;
};

Answer apply(const Request& r) {
    FixPlan p;
    p.platform = Platform::Windows;
    const auto action = fixActionFromString(r.options.get("action"));
    const auto dev = number(r.options.get("dev"));
    const auto ino = number(r.options.get("ino"));
    const auto type = nodeType(r.options.get("type"));
    const std::string path = r.options.get("path");
    if (!action || !dev || !ino || !type) return {1, "the request names no action, file id or type"};
    if (!isNormalAbsolute(path, Platform::Windows)) return {1, "the path must be absolute and normalised: " + path};
    if (!fix::actionOn(*action, Platform::Windows)) return {1, "not an action for Windows"};
    if (const std::string why = fix::argumentProblem(*action, Platform::Windows, r.options.get("arg")); !why.empty())
        return {1, why};
    p.action = *action;
    p.path = path;
    p.diagnosedPath = path;
    p.dev = *dev;
    p.ino = *ino;
    p.type = *type;
    p.arg = r.options.get("arg");
    p.fixId = r.options.get("fix");
    p.cause = r.options.get("cause");
    p.privilege = Privilege::Admin;
    p.systemPath = isSystemPath(path, Platform::Windows);  // decided here, not taken from the request
    p.command = fix::joinCommand(fix::displayArgv(p.action, p.arg, p.path, ""), Privilege::Admin);
    ApplyOptions o;
    o.journalDir = r.options.get("journal");
    o.confirmedSystemPath = r.options.flags.count("confirmed-system-path") > 0;
    o.rediagnose = false;  // the caller diagnoses again, as itself
    const FixOutcome out = applyFix(p, o);
    if (!out.entry || out.status != FixStatus::Fixed) return {1, out.message};
    return {0, journalEntryJson(*out.entry)};
}

Answer undo(const Request& r) {
    ApplyOptions o;
    o.journalDir = r.options.get("journal");
    const std::string id = r.options.get("id");
    if (id.empty() || id == "LAST" || id == "last") return {1, "undo needs the id of the fix"};
    const UndoOutcome out = undoFix(id, o);
    if (!out.ok || !out.entry) return {1, out.message};
    return {0, journalEntryJson(*out.entry)};
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args = wd::utf8Arguments(argc, argv);
    if (args.size() != 5 || args[1] != "--request-file" || args[3] != "--result-file") return 2;
    const std::wstring resultFile = winsys::widen(args[4]);
    Answer answer;
    if (!fix::runningPrivileged()) {
        // Started without the prompt: doing the work here would only ask for the prompt again.
        answer.text = "whydenied-helper must run elevated (it is started through the administrator prompt)";
    } else if (const auto request = fix::decodeRequest(winsys::readSmallFile(winsys::widen(args[2])).value_or("")); !request) {
        answer.text = "the request could not be read";
    } else {
        std::string error;
        const auto r = parse(*request, error);
        if (!r) answer.text = error;
        else if (r->verb == "apply") answer = apply(*r);
        else if (r->verb == "undo") answer = undo(*r);
        else answer.text = "unknown request '" + r->verb + "'";
    }
    if (!winsys::writeWholeFile(resultFile, answer.text, false)) return 3;
    return answer.status;
}
