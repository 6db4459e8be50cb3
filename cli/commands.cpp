// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "whydenied/diagnose.h"
#include "whydenied/explain.h"
#include "whydenied/knowhow.h"
#include "whydenied/parse.h"
#include "whydenied/report.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <unistd.h>

namespace wd::cli {
namespace {

constexpr size_t kMaxInput = 64u << 20;  // 64 MiB of pasted text is plenty; more is a mistake


bool readInput(const Args& a, std::string& out) {
    const std::string src = a.positional.empty() ? "-" : a.positional[0];
    std::istream* in = &std::cin;
    std::ifstream file;
    if (src != "-") {
        file.open(src, std::ios::binary);
        if (!file) { complain("cannot read '" + printable(src) + "'"); return false; }
        in = &file;
    }
    std::vector<char> buf(1 << 16);
    while (in->read(buf.data(), static_cast<std::streamsize>(buf.size())) || in->gcount() > 0) {
        out.append(buf.data(), static_cast<size_t>(in->gcount()));
        if (out.size() > kMaxInput) { complain("input larger than 64 MiB"); return false; }
    }
    return true;
}

}  // namespace

// --audit-log FILE: an audit trail to match security-module denials against.
bool readAuditLog(const Args& a, std::string& out) {
    if (!a.options.count("audit-log")) return true;
    const std::string path = a.option("audit-log");
    if (path.empty()) { complain("--audit-log needs a file"); return false; }
    std::ifstream in(path, std::ios::binary);
    if (!in) { complain("cannot read '" + printable(path) + "'"); return false; }
    std::vector<char> buf(1 << 16);
    while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0) {
        out.append(buf.data(), static_cast<size_t>(in.gcount()));
        if (out.size() > kMaxInput) { complain("audit log larger than 64 MiB"); return false; }
    }
    // A folder opens but does not read: that is no log, and an empty match would hide it.
    if (!in.eof()) { complain("cannot read '" + printable(path) + "'"); return false; }
    return true;
}

// --system-audit-log: root's audit.log records of the path, read by whydenied-helper after an
// administrator's approval. Not reading it is said and the diagnosis goes on without it.
bool readSystemAuditLog(DiagnoseRequest& req) {
    if (!req.auditLog.empty()) {
        complain("--system-audit-log and --audit-log are two trails: give one");
        return false;
    }
#ifdef __linux__
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path p = fs::path(req.path).is_absolute() ? fs::path(req.path) : fs::path(req.cwd.empty() ? fs::current_path(ec) : fs::path(req.cwd)) / req.path;
    // The records name the file where the kernel found it, symlinks resolved.
    const fs::path real = fs::canonical(p, ec);
    const std::string path = (ec ? p.lexically_normal() : real).string();
    const AdminAuditRead r = readAuditLogAsAdministrator(path, req.context.time);
    if (!r.error.empty())
        std::fprintf(stderr, "whydenied-cli: the system audit log was not read: %s\n", r.error.c_str());
    else if (r.lines.empty())
        std::fprintf(stderr, "whydenied-cli: the system audit log has no record of %s\n", printable(path).c_str());
    req.auditLog = r.lines;
    return true;
#else
    complain("--system-audit-log reads Linux's audit.log; there is none here");
    return false;
#endif
}

// --at TIME: when the error happened (ISO 8601, syslog's "Dec  3 11:08:21", or seconds since the
// epoch), so that only the audit records of that moment are blamed.
bool parseAt(const Args& a, double& at) {
    if (!a.options.count("at")) return true;
    const std::string s = a.option("at");
    char* end = nullptr;
    const double seconds = s.empty() ? 0 : std::strtod(s.c_str(), &end);
    at = end && *end == '\0' && seconds > 0 ? seconds : errorTimeIn(s);
    if (at <= 0) { complain("--at needs a time such as 2026-12-03T11:08:21Z, not '" + printable(s) + "'"); return false; }
    return true;
}

namespace {

bool parseOp(const Args& a, Operation& op) {
    const std::string s = a.option("op", std::string(toString(Operation::Any)));
    const auto parsed = operationFromString(s);
    if (!parsed || *parsed == Operation::Unknown) {
        complain("unknown operation '" + printable(s) +
                   "' (any, read, write, create, delete, rename, execute, list, traverse, connect, chmod, chown)");
        return false;
    }
    op = *parsed;
    return true;
}

int exitFor(const Diagnosis& d) {
    if (!d.error.empty() && d.facts.chain.empty()) return ExitUsage;
    return d.verdict == Verdict::Allowed ? ExitAllowed : ExitDenied;
}

ParseOptions parseOptions(const Args& a) {
    ParseOptions opts;
    opts.cwd = a.option("cwd");
    if (const char* home = std::getenv("HOME")) opts.home = home;  // "~/x" in a message means the user's home
    return opts;
}

}  // namespace

void complain(const std::string& msg) { std::fprintf(stderr, "whydenied-cli: %s\n", msg.c_str()); }

bool onePositional(const Args& a, const std::string& usage) {
    if (a.positional.size() == 1) return true;
    complain(usage);
    return false;
}

bool confirm(const std::string& question) {
    if (!isatty(STDIN_FILENO)) return false;
    std::fprintf(stderr, "%s [y/N] ", question.c_str());
    std::fflush(stderr);
    std::string line;
    if (!std::getline(std::cin, line)) return false;
    return line == "y" || line == "Y" || line == "yes" || line == "Yes";
}

void printHelp() {
    std::printf(
        "Usage: whydenied-cli COMMAND [options]\n\n"
        "Explains why a file operation is denied, and how to fix it.\n\n"
        "Commands:\n"
        "  diagnose PATH [--op OP] [--as SUBJECT] [--audit-log FILE|--system-audit-log] [--at TIME] [--json]\n"
        "                                     ask the kernel and explain the answer\n"
        "  parse [--json] [FILE|-]            find paths and operations in an error text\n"
        "  explain [--json] [--audit-log FILE [--at TIME]] [FILE|-]\n"
        "                                     parse an error text, then diagnose every path in it\n"
        "  fix PATH [--op OP] [--audit-log FILE [--at TIME]] --fix ID [--yes] [--json]\n"
        "                                     apply one proposed fix (asks first), then diagnose again;\n"
        "                                     exit 0 fixed, 1 not fixed or declined, 2 bad usage\n"
        "  fix PATH --op OP [--as SUBJECT] --plan [--yes] [--json]\n"
        "                                     every step that opens it at once, checked with the what-if\n"
        "                                     model first (one password for the privileged steps; for\n"
        "                                     another SUBJECT only as root), then the kernel asked again\n"
        "  undo [LAST|ID] [--yes] [--list]    revert a recorded fix (or a whole plan) if the files are as it left them\n"
        "  holders PATH [--json] [--privileged [--command-lines]]\n"
        "                                     processes that have PATH (or anything beneath it) open or locked;\n"
        "                                     --privileged also looks at other users' (administrator password);\n"
        "                                     --command-lines shows their command lines too (a second approval)\n"
        "  audit DIR [--op OP] [--as SUBJECT] [--json|--jsonl] [--cross-filesystems] [--fix CAUSE [--yes]]\n"
        "                                     everything beneath DIR that is denied (default: write), grouped by\n"
        "                                     cause; --fix changes a whole group; audit --undo ID reverts it\n\n"
        "Operations: any (default), read, write, create, delete, rename, execute, list, traverse,\n"
        "            connect, chmod, chown\n"
        "            any: every operation that is plausible here (a file: read, write, and execute when it\n"
        "            looks like a program; a folder: list, enter, create inside; a missing file: create);\n"
        "            denied when one of them is\n\n"
        "Options:\n"
        "  --op OP       the operation to check (default: any)\n"
        "  --cwd DIR     resolve relative paths against DIR\n"
        "  --as SUBJECT  check for someone else: a user name, uid:N, pid:N or service:NAME\n"
        "  --computed    with --as: compute the verdict from the facts instead of asking the\n"
        "                kernel as that subject (which needs root)\n"
        "  --audit-log FILE  an audit.log, `journalctl -o export` or dmesg text: SELinux, AppArmor\n"
        "                and Landlock denials in it that name the path are matched and explained\n"
        "  --system-audit-log  read root's /var/log/audit/audit.log records of PATH through\n"
        "                whydenied-helper (an administrator's approval). Without it, journald's audit and\n"
        "                kernel records and a readable audit.log are read on their own where a security\n"
        "                module, a sandbox or an error text makes them matter\n"
        "  --at TIME     when the error happened (2026-12-03T11:08:21Z, \"Dec  3 11:08:21\" or seconds\n"
        "                since the epoch; explain reads it from the text's own time stamps): records\n"
        "                written after it are not blamed, and the nearest comes first\n"
        "  --json        machine-readable output (schema 1)\n"
        "  --version     print the version\n"
        "  -h, --help    this help\n\n"
        "Exit status: 0 allowed, 1 denied, 2 bad usage (an unknown option too) or input.\n");
}

int runDiagnose(const Args& a) {
    if (!onePositional(a, "diagnose takes exactly one PATH")) return ExitUsage;
    DiagnoseRequest req;
    req.path = a.positional[0];
    req.cwd = a.option("cwd");
    req.subject = a.option("as");
    req.allowSwitch = !a.has("computed");
    if (!parseOp(a, req.op) || !readAuditLog(a, req.auditLog) || !parseAt(a, req.context.time)) return ExitUsage;
    if (a.has("system-audit-log") && !readSystemAuditLog(req)) return ExitUsage;
    const Diagnosis d = diagnose(req);
    std::fputs((a.has("json") ? diagnosisJson(d) : diagnosisText(d)).c_str(), stdout);
    return exitFor(d);
}

int runParse(const Args& a) {
    std::string text;
    if (!readInput(a, text)) return ExitUsage;
    const ParseOptions opts = parseOptions(a);
    const auto requests = parseErrorText(text, opts);
    if (a.has("json")) {
        JsonWriter w;
        w.beginObject().key("schema").value(1).key("requests").beginArray();
        for (const auto& r : requests) {
            w.beginObject();
            writeParsedRequestJson(w, r);
            w.key("operation_source").value(toString(r.operationSource));
            w.endObject();
        }
        w.endArray().endObject();
        std::puts(w.str().c_str());
    } else if (requests.empty()) {
        std::puts("No path or permission error found in the text.");
    } else {
        for (const auto& r : requests)
            std::printf("%s  %s  %s  %s\n", r.path ? printable(*r.path).c_str() : "(no path)",
                        std::string(toString(r.operation)).c_str(), std::string(toString(r.errorClass)).c_str(),
                        r.program.empty() ? "-" : r.program.c_str());
    }
    return requests.empty() ? ExitDenied : ExitAllowed;
}

int runExplain(const Args& a) {
    ExplainOptions opts;
    std::string text;
    if (!readInput(a, text) || !readAuditLog(a, opts.auditLog) || !parseAt(a, opts.at)) return ExitUsage;
    const ParseOptions po = parseOptions(a);
    opts.cwd = po.cwd;
    opts.home = po.home;
    const std::vector<ExplainedRequest> explained = explain(text, opts);
    const bool json = a.has("json");
    JsonWriter w;
    if (json) w.beginObject().key("schema").value(1).key("requests").beginArray();
    int worst = ExitAllowed;
    for (const ExplainedRequest& e : explained) {
        if (e.diagnosis) worst = std::max(worst, exitFor(*e.diagnosis));
        const Diagnosis* d = e.diagnosis && !e.adviceInstead ? &*e.diagnosis : nullptr;
        const std::string note = noteText(e);
        if (json) {
            w.beginObject();
            writeParsedRequestJson(w, e.parsed);
            w.key("operation_source").value(toString(e.operationSource));
            if (!note.empty()) w.key("note").value(note);
            w.key("diagnosis");
            if (d) writeDiagnosisJson(w, *d); else w.null();
            if (!d) {
                w.key("advice");
                writeFindingsJson(w, e.advice);
            }
            w.endObject();
        } else {
            const Operation op = e.diagnosable ? e.request.op : e.parsed.operation;
            std::printf("== %s (%s, %s)\n", e.parsed.path ? printable(*e.parsed.path).c_str() : "(no path)",
                        std::string(toString(op)).c_str(), std::string(toString(e.parsed.errorClass)).c_str());
            if (!note.empty()) std::printf("%s\n", note.c_str());
            if (d) std::fputs(diagnosisText(*d).c_str(), stdout);
            else std::fputs(findingsText(e.advice).c_str(), stdout);
            std::puts("");
        }
    }
    if (json) {
        w.endArray().endObject();
        std::puts(w.str().c_str());
    } else if (explained.empty()) {
        std::puts("No path or permission error found in the text.");
    }
    return explained.empty() ? ExitUsage : worst;
}

}  // namespace wd::cli
