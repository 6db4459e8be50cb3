// SPDX-License-Identifier: GPL-3.0-or-later
// whydenied-helper.exe: the elevated half of the fix engine on Windows, started through the UAC
// prompt by core/src/fix/windows/elevate.cpp:
//
//   whydenied-helper.exe --request WORD --answer PIPE
//
// WORD is the request (fix::encodeRequestWord: its JSON text in hex), fixed by the prompt when it
// was approved:
//   apply --action clear-readonly|acl-modify|remove-deny|takeown --arg ARG --fix ID [--cause C]
//         --path P --dev N --ino N --type file|dir --requester SID
//   undo --id JOURNAL-ID --requester SID
//   close-handle --pid N --handle H --path P --requester SID
//   replace-at-restart --path P [--with Q] --requester SID
// PIPE names the pipe \\.\pipe\PIPE that the caller made; the answer goes there and nowhere else:
// one JSON line (fix::HelperAnswer) holding the journal entry, for close-handle and
// replace-at-restart their record, or the reason why nothing (or not all) was done.
//
// It re-judges every request (windows/caller.h): the requester must be the account of the process
// that started it; the file, opened without following a link, must still be the diagnosed one and
// must not be a link, on a network share, under the Windows, Program Files or ProgramData trees,
// in another person's profile, or owned by another person; grants and ownership go to the
// requester only, a folder's grant is not inherited, and only deny entries naming the requester
// are removed. close-handle and replace-at-restart (windows/release.h) release a file: a handle
// only of the requester's own program in their session, never of a part of Windows, and only
// while it still names the file; a rename at restart only of the requester's files, by their real
// names. Its journal is its own, %ProgramData%\WhyDenied\journal\<SID>, for administrators
// only: an intent record before the change, the full record after, and undo reads nothing else.
//
// Exit status: 0 done (an "entry" or "release" answer), 1 refused or failed (a "refused" answer
// says why), 2 bad command line, 3 no caller (no answer for either).
#include "windows/caller.h"
#include "fix/common/fix_internal.h"
#include "fix/windows/guard.h"
#include "platform/windows/text.h"
#include "whydenied/fix.h"
#include "whydenied/release.h"
#include "whydenied/utf8_args.h"
#include "windows/release.h"

#include <windows.h>

#include <string>
#include <vector>

namespace {

using namespace wd;

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
                                           {"action", "arg", "fix", "cause", "path", "dev", "ino", "type", "id", "requester",
                                            "pid", "handle", "with"},
                                           {}, error);
    if (!options) return std::nullopt;
    return Request{args[0], std::move(*options)};
}

// Without exceptions: a 20-digit number that does not fit is a refusal, not a crash.
std::optional<uint64_t> number(const std::string& s) { return release::decimal(s); }

std::optional<NodeType> nodeType(const std::string& s) {
    for (NodeType t : {NodeType::Regular, NodeType::Directory})
        if (toString(t) == s) return t;
    return std::nullopt;
}

// `text`: the answer line when status is 0; otherwise the reason, which main() sends as a refusal.
struct Answer {
    int status = 1;
    std::string text;
};

std::string journalBase() {
#ifdef WD_HELPER_TESTING
    // Only the test build (whydenied-helper-testing.exe, never installed) keeps its records elsewhere.
    wchar_t buf[MAX_PATH * 2];
    const DWORD n = GetEnvironmentVariableW(L"WD_HELPER_STATE_DIR", buf, MAX_PATH * 2);
    if (n > 0 && n < MAX_PATH * 2) return winsys::narrow(std::wstring(buf, n));
#endif
    return {};
}

std::string entryFile(const std::string& dir, const std::string& id) { return dir + "\\" + id + ".json"; }

Answer apply(const Request& r, const std::string& requester, const std::string& journalDir) {
    const auto action = fixActionFromString(r.options.get("action"));
    const auto dev = number(r.options.get("dev"));
    const auto ino = number(r.options.get("ino"));
    const auto type = nodeType(r.options.get("type"));
    const std::string path = r.options.get("path");
    if (!action || !dev || !ino || !type) return {1, "the request names no valid action, file id or type"};
    if (!isNormalAbsolute(path, Platform::Windows)) return {1, "the path must be absolute and normalised: " + path};
    if (!fix::actionOn(*action, Platform::Windows)) return {1, "not an action for Windows"};
    if (const std::string why = fix::argumentProblem(*action, Platform::Windows, r.options.get("arg")); !why.empty())
        return {1, why};
    JournalEntry e;
    e.id = newJournalId();
    e.time = fix::isoNow();
    e.fixId = r.options.get("fix");
    e.cause = r.options.get("cause");
    e.action = *action;
    e.arg = r.options.get("arg");
    e.path = path;
    e.dev = *dev;
    e.ino = *ino;
    e.type = *type;
    e.privilege = Privilege::Admin;
    e.callerSid = requester;
    e.command = fix::joinCommand(fix::displayArgv(e.action, e.arg, e.path, ""), Privilege::Admin, Platform::Windows);
    // The intent first: if this process dies during the change, the record of it is already there.
    if (const auto now = readState(path)) e.before = *now;
    e.pending = true;
    const Journal journal(journalDir);
    std::string error;
    if (!journal.write(e, &error)) return {1, "cannot record the fix (" + error + "); nothing was changed"};
    const LowResult low = fix::applyLowForRequester(e.action, e.path, e.dev, e.ino, e.type, e.arg, requester);
    if (!low.ok && !low.changed) {
        DeleteFileW(winsys::apiPath(winsys::widen(entryFile(journalDir, e.id))).c_str());
        return {1, low.error};
    }
    e.before = low.before;
    e.after = low.after;
    e.pending = false;
    const auto undoArgv = fix::displayUndoArgv(e, "");
    if (!undoArgv.empty()) e.undoCommand = fix::joinCommand(undoArgv, Privilege::Admin, Platform::Windows);
    if (!journal.write(e, &error)) return {1, "the change was made but its record could not be completed (" + error + ")"};
    if (!low.ok) return {1, "the change failed part-way (" + low.error + "); it is recorded as " + e.id};
    return {0, fix::entryAnswerText(e)};
}

Answer undo(const Request& r, const std::string& requester, const std::string& journalDir) {
    const std::string id = r.options.get("id");
    if (id.empty() || id == "LAST" || id == "last") return {1, "undo needs the id of the fix"};
    if (auto released = helper_win::undoRelease(id, requester, journalDir)) return {released->status, released->text};
    const Journal journal(journalDir);
    std::string error;
    auto e = journal.read(id);
    if (!e) return {1, "the helper has no record of the fix " + id + "; nothing was changed"};
    if (e->callerSid != requester) return {1, "the fix " + id + " was made for another account; nothing was changed"};
    if (e->undone) return {0, fix::entryAnswerText(*e)};
    const LowResult low = undoLow(*e);
    if (!low.ok) return {1, (low.changed ? "undo failed part-way: " : "not undone: ") + low.error};
    e->undone = true;
    e->undoneTime = fix::isoNow();
    if (!journal.write(*e, &error)) return {1, "undone, but the record could not be updated (" + error + ")"};
    return {0, fix::entryAnswerText(*e)};
}

Answer handle(const std::string& word) {
    if (!fix::runningPrivileged())
        return {1, "whydenied-helper must run elevated (it is started through the administrator prompt)"};
    const auto args = fix::decodeRequestWord(word);
    if (!args) return {1, "the request could not be read"};
    std::string error;
    const auto r = parse(*args, error);
    if (!r) return {1, error};
    const std::string requester = r->options.get("requester");
    if (std::string why = helper_win::checkRequester(requester); !why.empty()) return {1, why};
    const std::string journalDir = fix::adminJournalDir(journalBase(), requester, error);
    if (journalDir.empty()) return {1, "the helper's journal is not safe to use: " + error};
    if (r->verb == "apply") return apply(*r, requester, journalDir);
    if (r->verb == "undo") return undo(*r, requester, journalDir);
    if (r->verb == "close-handle") {
        const auto reply = helper_win::closeHandle(r->options, requester, journalDir);
        return {reply.status, reply.text};
    }
    if (r->verb == "replace-at-restart") {
        const auto reply = helper_win::replaceAtRestart(r->options, requester, journalDir);
        return {reply.status, reply.text};
    }
    return {1, "unknown request '" + r->verb + "'"};
}

}  // namespace

int main(int argc, char** argv) {
    // Before anything else loads a library: from System32 only, never from this program's folder
    // or the current one.
    SetDefaultDllDirectories(LOAD_LIBRARY_SEARCH_SYSTEM32);
    SetDllDirectoryW(L"");
    const std::vector<std::string> args = wd::utf8Arguments(argc, argv);
    if (args.size() != 5 || args[1] != "--request" || args[3] != "--answer") return 2;
    // The answer goes only to the pipe of the process that started us; without it, do nothing.
    const HANDLE answerTo = wd::helper_win::openAnswerPipe(args[4]);
    if (answerTo == INVALID_HANDLE_VALUE) return 3;
    const Answer answer = handle(args[2]);
    const std::string line = answer.status == 0 ? answer.text : wd::fix::refusalAnswerText(answer.text);
    DWORD written = 0;
    WriteFile(answerTo, line.data(), static_cast<DWORD>(line.size()), &written, nullptr);
    FlushFileBuffers(answerTo);
    CloseHandle(answerTo);
    return answer.status;
}
