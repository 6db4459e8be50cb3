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

#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace wd;

struct Request {
    std::string verb;
    std::map<std::string, std::string> values;
    std::set<std::string> flags;
};

std::optional<Request> parse(const std::vector<std::string>& args, std::string& error) {
    static const std::set<std::string> kValues = {"action", "arg", "fix", "cause", "path", "dev", "ino", "type", "id", "journal"};
    static const std::set<std::string> kFlags = {"confirmed-system-path"};
    if (args.empty()) {
        error = "no request";
        return std::nullopt;
    }
    Request r;
    r.verb = args[0];
    for (size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) != 0) {
            error = "unexpected argument " + a;
            return std::nullopt;
        }
        const std::string key = a.substr(2);
        if (kFlags.count(key)) {
            r.flags.insert(key);
        } else if (kValues.count(key) && i + 1 < args.size()) {
            r.values[key] = args[++i];
        } else {
            error = "unknown or incomplete option " + a;
            return std::nullopt;
        }
    }
    return r;
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
    const auto action = fixActionFromString(r.values.count("action") ? r.values.at("action") : "");
    const auto dev = number(r.values.count("dev") ? r.values.at("dev") : "");
    const auto ino = number(r.values.count("ino") ? r.values.at("ino") : "");
    const auto type = nodeType(r.values.count("type") ? r.values.at("type") : "");
    const std::string path = r.values.count("path") ? r.values.at("path") : "";
    if (!action || !dev || !ino || !type) return {1, "the request names no action, file id or type"};
    if (!isNormalAbsolute(path, Platform::Windows)) return {1, "the path must be absolute and normalised: " + path};
    p.action = *action;
    p.path = path;
    p.diagnosedPath = path;
    p.dev = *dev;
    p.ino = *ino;
    p.type = *type;
    p.arg = r.values.count("arg") ? r.values.at("arg") : "";
    p.fixId = r.values.count("fix") ? r.values.at("fix") : "";
    p.cause = r.values.count("cause") ? r.values.at("cause") : "";
    p.privilege = Privilege::Admin;
    p.systemPath = isSystemPath(path, Platform::Windows);  // decided here, not taken from the request
    p.command = fix::joinCommand(fix::displayArgv(p.action, p.arg, p.path, ""), Privilege::Admin);
    ApplyOptions o;
    o.journalDir = r.values.count("journal") ? r.values.at("journal") : "";
    o.confirmedSystemPath = r.flags.count("confirmed-system-path") > 0;
    o.rediagnose = false;  // the caller diagnoses again, as itself
    const FixOutcome out = applyFix(p, o);
    if (!out.entry || out.status != FixStatus::Fixed) return {1, out.message};
    return {0, journalEntryJson(*out.entry)};
}

Answer undo(const Request& r) {
    ApplyOptions o;
    o.journalDir = r.values.count("journal") ? r.values.at("journal") : "";
    const std::string id = r.values.count("id") ? r.values.at("id") : "";
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
