// SPDX-License-Identifier: GPL-3.0-or-later
// Pieces of the fix engine shared between its files and whydenied-helper's tests; not public API.
#pragma once

#include "whydenied/fix.h"
#include "whydenied/release.h"
#if defined(__linux__)
#include "probe/posix/run.h"
#endif

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace wd::fix {

struct ModeChange {
    bool absolute = false;
    uint32_t value = 0;          // absolute mode
    uint32_t set = 0, clear = 0; // relative change
    uint32_t applyTo(uint32_t mode) const;
};
// "u+w", "g+w", "u+wx", "u-w", "600". Refuses anything that would add write for others.
std::optional<ModeChange> parseModeSpec(const std::string& spec);

struct AclChange {
    bool mask = false;  // "m::rwx": the mask; else a user entry
    std::string user;   // name or numeric uid
    unsigned perms = 0; // Perm bits
};
std::optional<AclChange> parseAclSpec(const std::string& spec);

// Whether the engine has the action on that platform at all (chattr is Linux's, attrib Windows' …).
bool actionOn(FixAction a, Platform p);
// Why `arg` is not an argument the engine and the helpers accept for the action on that platform
// (one phrase); empty when it is. Paths are checked against the diagnosis, not here.
std::string argumentProblem(FixAction a, Platform p, const std::string& arg);

// The equivalent command of an action, as the rules display it (the helper rebuilds it for its
// journal entries from the validated request rather than trusting display text from the caller).
std::vector<std::string> displayArgv(FixAction action, const std::string& arg, const std::string& path,
                                     const std::string& user);
std::vector<std::string> displayUndoArgv(const JournalEntry& e, const std::string& user);
// Quoted the way the platform's shell reads it (cmd.exe's double quotes on Windows).
std::string joinCommand(const std::vector<std::string>& argv, Privilege p, Platform platform = thisPlatform());

// The names in a folder (journal_store_<platform>.cpp); empty when it cannot be read.
std::vector<std::string> fileNamesIn(const std::string& dir);
// Creates a folder and its missing parents (mode 0700 on POSIX); true when it exists afterwards.
bool makeDirs(const std::string& dir);

// Whether `id` can name a journal entry, a plan record or a bulk batch: what newJournalId makes
// (digits, T, Z, '.', '-', lowercase hex), at most 64 characters, never starting with a dot, so
// it is always a plain file name. The engine, the helper and the batch store all check with this.
bool validRecordId(const std::string& id);

// A helper request on Windows and macOS, whose prompts pass no argument vector faithfully
// (helper_wire.cpp): one JSON line {"request": 1, "args": [{"text": …}, …]}, each argument an
// object so that one that is not UTF-8 keeps its exact bytes in "text_hex". Decoding refuses
// anything else, and text over 1 MiB. macOS hands it over in a file.
std::string encodeRequest(const std::vector<std::string>& args);
std::optional<std::vector<std::string>> decodeRequest(const std::string& text);
// The same request as one command-line word (Windows: the UAC prompt fixes the command line when
// it is approved, where a file could still be rewritten): the JSON text in hex, because a command
// line has no quoting that survives every parser on the way. Over 64 KiB, odd or not hex: refused.
std::string encodeRequestWord(const std::vector<std::string>& args);
std::optional<std::vector<std::string>> decodeRequestWord(const std::string& word);

// What whydenied-helper.exe answers on its pipe (helper_wire.cpp): one JSON line,
//   {"answer": "entry", "version": 1, "entry": {journal entry}}      a fix applied or undone
//   {"answer": "release", "version": 1, "release": {release record}} a handle closed, a rename at restart
//   {"answer": "refused", "version": 1, "reason": "…"}                nothing done, or (the reason says so)
//                                                                     done in part
// The reason is the helper's English; the engine translates it with reasonMessage.
struct HelperAnswer {
    enum class Kind { Entry, Release, Refused };
    Kind kind = Kind::Refused;
    JournalEntry entry;
    release::Record record;
    std::string reason;
};
std::string entryAnswerText(const JournalEntry& e);
std::string releaseAnswerText(const release::Record& r);
std::string refusalAnswerText(const std::string& reason);
// nullopt for anything but one such answer, whole and well formed.
std::optional<HelperAnswer> readHelperAnswer(const std::string& text);

// The helper's answer to apply-plan and undo-plan: one JSON line, the plan record's id and the
// journal entries of its steps. Reading refuses anything else (and a plan with no entry).
std::string planAnswerText(const std::string& planId, const std::vector<JournalEntry>& entries);
bool readPlanAnswer(const std::string& text, std::string& planId, std::vector<JournalEntry>& entries);

// The helper request the CLI and the window send for a privileged plan (README, "Request form"):
// apply --action A --arg ARG --fix ID --cause C --path P --dev N --ino N --type file|dir. A group
// join names the diagnosed object whose group it is; the helper checks the group against it.
std::vector<std::string> helperApplyRequest(const FixPlan& plan);

// What follows a helper's verb: "--name value" options and "--name" flags, each one known and
// given once. nullopt with `error` (one phrase) for anything else.
struct HelperOptions {
    std::map<std::string, std::string> opt;
    std::set<std::string> flags;
    std::string get(const std::string& name) const;
};
std::optional<HelperOptions> parseHelperOptions(const std::vector<std::string>& args, const std::set<std::string>& valued,
                                                const std::set<std::string>& flagNames, std::string& error);

// Sets an outcome's sentence: `said` for the window, `message` its English for the JSON and logs.
template <class Outcome>
void say(Outcome& out, Message m) {
    out.message = m.english();
    out.said = std::move(m);
}

// Now, as ISO 8601 UTC ("2026-11-23T04:01:02Z"), for journal entries.
std::string isoNow();

// What each platform's fix/<platform>/elevate.cpp provides to the engine.
uint32_t processUid();    // the uid fixes are recorded for (0 on Windows, which has SIDs instead)
bool runningPrivileged(); // root, or an elevated Windows token: privileged fixes run in-process
// Starts whydenied-helper with the privilege it needs (pkexec, UAC, the macOS administrator
// prompt) for this request (arguments only) and reads back the journal entry it answers with.
std::optional<JournalEntry> viaHelper(const std::vector<std::string>& request, const ApplyOptions& o,
                                      Message& error);
// A reason given as text by the low-level operations or by the helper (another process, whose
// words arrive as text): the ones a person meets often ("… that was diagnosed; nothing was
// changed") become a translatable sentence with the path as argument, anything else stays as it is.
Message reasonMessage(const std::string& text);
// `templ` ("Nothing was changed: %1") around such a reason: translated with reasonMessage, while
// its English stays the reason's own words.
Message aroundReason(const char* templ, const std::string& reason);
// The helper to start: `chosen`, else $WHYDENIED_HELPER (absolute), else the installed one.
std::string helperExecutable(const std::string& chosen = {});
#if defined(__linux__)
// Runs whydenied-helper through pkexec (polkit asks the person for the password) with a request of
// arguments only, allowing `timeoutMs` for the person and the work. True when the helper answered
// (status 0, its answer in run.out); else `error` says why in one phrase. `onErrLine` follows the
// helper's standard error while it works.
bool runHelperWithPkexec(const std::vector<std::string>& request, const std::string& helperPath, int timeoutMs,
                         size_t maxOutput, posix::RunResult& run, Message& error,
                         const std::function<void(const std::string&)>& onErrLine = {});
// Why a pkexec run of the helper did not answer, as one phrase a person can act on. pkexec exits
// 127 alike for a missing agent, a refused password and a program it cannot run, and 126 when the
// prompt was dismissed: only its own words (read under LC_ALL=C) tell them apart. Any other status
// is the helper's, whose first line that is not progress gives its reason.
Message pkexecFailure(const posix::RunResult& run);
#endif
#ifdef _WIN32
// viaHelper's first half: starts whydenied-helper.exe through the UAC prompt with `request`
// (--requester added when missing) and reads its answer from the pipe. False (with `error`) when
// no answer came from the helper; else its exit status and the answer as it was written.
bool askHelper(const std::vector<std::string>& request, const ApplyOptions& o, std::string& answer,
               unsigned long& status, Message& error);
// What a helper that exited with `status` (not 0) said, inside `templ` ("Nothing was changed: %1"):
// the reason of its refusal (translated with reasonMessage), or that it failed with that status
// when it gave none.
Message helperRefusal(const char* templ, unsigned long status, const std::string& answer);
// The elevated helper's form of applyLow: the file is judged first from where it really is and who
// owns it (fix/windows/guard.h), grants and ownership go to `requesterSid`, deny entries may be removed
// only when they name it, and copies are refused (they need no administrator).
LowResult applyLowForRequester(FixAction action, const std::string& path, uint64_t dev, uint64_t ino, NodeType type,
                               const std::string& arg, const std::string& requesterSid);
// The administrators' journal folder for one requester, %ProgramData%\WhyDenied\journal\<SID>
// (`base` replaces %ProgramData%\WhyDenied when not empty), created with a DACL for SYSTEM and
// Administrators only. An existing folder on the way must be no link, owned by an administrator
// and closed to everyone else; otherwise empty, and `error` says why.
std::string adminJournalDir(const std::string& base, const std::string& requesterSid, std::string& error);
#endif
// Joining a group (Linux; elsewhere these refuse).
LowResult joinGroupLow(const std::string& group, uint32_t uid);
LowResult leaveGroupLow(const std::string& group, uint32_t uid);

#if defined(__linux__)
// SELinux labels (fix/linux/relabel.cpp). `fd` is an O_PATH descriptor of a node reached without
// symlinks and checked; every call goes through /proc/self/fd/N, so no name is resolved again.
std::string labelOf(int fd);  // the raw security.selinux label, empty when there is none to read
bool setLabel(int fd, const std::string& label, std::string& error);
struct Relabelling {
    std::string from, to;
};
// What `restorecon -v` would do to the node at `path`: its label with the type that the policy's
// file contexts give the path for the node's mode (user, role and range kept, as restorecon keeps
// them without -F). nullopt with `why` when nothing is to change or it cannot be known (no
// libselinux in this build, no file contexts, no readable label to put back, a customizable type).
std::optional<Relabelling> plannedRelabel(int fd, const std::string& path, std::string& why);
// Test builds only (whydenied-helper-testing, the tests themselves): the file_contexts file to
// read instead of the installed policy's. Empty: the policy's.
void useFileContexts(const std::string& file);
#endif

}  // namespace wd::fix
