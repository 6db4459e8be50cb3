// SPDX-License-Identifier: GPL-3.0-or-later
// The fix engine: turns one proposed fix of a diagnosis into a checked, journaled, undoable change.
//
// Nothing is changed that was not diagnosed: a plan names a node of the diagnosed chain by path,
// device, inode and type, and every apply or undo re-opens that path without following symlinks
// and refuses when it is no longer the same object. Unprivileged plans run in this process;
// privileged ones in whydenied-helper, started the platform's way: pkexec on Linux, the UAC
// prompt on Windows, the administrator prompt on macOS (or in-process when already privileged).
//
// Plans are portable (a Linux build plans a Windows fix from synthetic facts); applying is not:
// canApply() says whether this build can apply a proposal.
#pragma once

#include "whydenied/diagnose.h"
#include "whydenied/finding.h"
#include "whydenied/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wd {

// What a fix may change, captured before and after it, and what undo puts back.
struct NodeState {
    bool present = false;
    uint32_t mode = 0;  // 07777 bits
    uint32_t uid = 0, gid = 0;
    std::string acl;    // access ACL in short text with numeric ids; empty when the mode bits are all
    bool flagsKnown = false;
    uint32_t flags = 0; // FS_IOC_GETFLAGS on Linux (immutable, append-only …), st_flags on macOS
    uint64_t size = 0;
    int64_t mtimeNs = 0;
    int64_t ctimeNs = 0;  // inode change time: nobody can set it, so it tells whether the file was touched
    // Windows: FILE_ATTRIBUTE_* and the security descriptor (owner + DACL) as SDDL.
    uint32_t attributes = 0;
    std::string sddl;
    // macOS: the extended attribute a fix removes (com.apple.quarantine), so undo can put it back.
    bool xattrPresent = false;
    std::string xattr;
    // Linux: the SELinux label (security.selinux, raw), read only by a relabel and its undo.
    std::string label;

    bool sameAs(const NodeState& o) const;  // mode, owner, ACL, flags and label (when both known), attributes, SDDL, xattr
    std::string describe() const;           // "mode 0444, owner 4242:4242, ACL user::r--,…, flags -i"
    Message described() const;              // the same, for the reader's language
};

// FixAction (what a fix does) is declared with FixProposal in finding.h.
std::string_view toString(FixAction a);
std::optional<FixAction> fixActionFromString(std::string_view s);

struct FixPlan {
    std::string fixId, cause;
    Operation op = Operation::Read;  // the diagnosed operation, asked again afterwards
    std::string diagnosedPath;       // what was diagnosed (the request's path)
    FixAction action = FixAction::Chmod;
    Platform platform = Platform::Linux;  // whose command it is (the diagnosis' platform)
    std::string path;                // the node the fix acts on (a node of the diagnosed chain)
    uint64_t dev = 0, ino = 0;
    NodeType type = NodeType::Unknown;
    std::string arg;                 // chmod spec, ACL entry, user name, flag letter, copy target, group
    Privilege privilege = Privilege::None;
    Message title, change;
    std::string command, undoCommand;  // quoted for display; never run through a shell
    bool systemPath = false;         // acts on a system location: needs explicit confirmation
};

// Builds the plan for the fix with this id from the diagnosis. Empty plan + reason when there is
// no such fix, it is advisory (for an administrator to run), or it names no diagnosed node.
struct PlanResult {
    std::optional<FixPlan> plan;
    std::string error;  // in English; `why` is the same sentence as a template
    Message why;
    std::string note;  // planned, with a remark (an old fix id was used)
};
PlanResult planFix(const Diagnosis& d, const std::string& fixId);
// Whether the engine can apply this proposal at all (not advisory, a command shape it knows);
// the window enables a fix button only then.
bool canApply(const FixProposal& fix);

// Locations the helper refuses without explicit confirmation (/, /etc, /usr, /bin, /lib*, …;
// on Windows a drive's root, the Windows folder, Program Files and ProgramData).
bool isSystemPath(const std::string& absolutePath, Platform platform = thisPlatform());
// Absolute, no "." or ".." components, no empty components, no NUL: what the helper accepts.
// On Windows: C:\… or \\server\share\… with the same rules for components.
bool isNormalAbsolute(const std::string& path, Platform platform = thisPlatform());

struct JournalEntry {
    std::string id;         // also the file name: 20261123T040102Z-3fa9c1
    std::string time;       // ISO 8601, UTC
    std::string fixId, cause;
    FixAction action = FixAction::Chmod;
    std::string arg;
    std::string path;       // the node changed (for a copy: the copy made)
    uint64_t dev = 0, ino = 0;
    NodeType type = NodeType::Unknown;
    std::string command, undoCommand;
    Privilege privilege = Privilege::None;
    uint32_t callerUid = 0;
    std::string callerSid;  // Windows: the account the fix was made for (uids mean nothing there)
    NodeState before, after;
    bool undone = false;
    std::string undoneTime;
    // The helper's intent record: written before the change, cleared once the change is recorded.
    // Left set, the change may or may not have happened (the helper died in between).
    bool pending = false;
};

// The journal: one JSON file per applied fix under $XDG_STATE_HOME/whydenied/journal (or
// ~/.local/state/…), each written to a temporary file and renamed into place.
class Journal {
public:
    explicit Journal(std::string dir) : dir_(std::move(dir)) {}
    static std::string defaultDir();  // from the environment of this process
    const std::string& dir() const { return dir_; }

    bool write(const JournalEntry& e, std::string* error = nullptr) const;
    // The entry `id`, or why not (no such id, damaged, or as root a journal that is not root's).
    Result<JournalEntry> read(const std::string& id) const;
    std::vector<JournalEntry> list() const;  // oldest first
    std::optional<JournalEntry> last() const;

private:
    std::string dir_;
};
std::string journalEntryJson(const JournalEntry& e);
std::optional<JournalEntry> journalEntryFromJson(const std::string& text);
std::string newJournalId();

enum class FixStatus {
    Fixed,        // applied, and the diagnosed operation is now allowed
    StillDenied,  // applied, but something else still denies (see `after`)
    Refused,      // nothing was changed: the file changed, the plan is unsafe, the user said no …
    Failed,       // the change was attempted and the system refused it
};
std::string_view toString(FixStatus s);

struct ApplyOptions {
    std::string journalDir;      // empty: Journal::defaultDir()
    std::string helperPath;      // empty: $WHYDENIED_HELPER, else the installed helper
    bool confirmedSystemPath = false;  // the user confirmed a change under a system location
    bool rediagnose = true;
    // Root applying a fix for someone (tests, an administrator's session): grants go to this
    // uid and the journal entry is theirs. Ignored unless this process is root.
    std::optional<uint32_t> onBehalfOf;
};

struct FixOutcome {
    FixStatus status = FixStatus::Refused;
    std::string message;                // one sentence for a person, in English (the CLI, its JSON, logs)
    Message said;                       // the same sentence as a template, for the reader's language
    std::optional<JournalEntry> entry;  // what was recorded
    std::optional<Diagnosis> after;     // the diagnosis asked again after applying
};

// Applies a plan: in-process when no privilege is needed (or the caller is root), else through
// pkexec + whydenied-helper. Records the journal entry and diagnoses again.
FixOutcome applyFix(const FixPlan& plan, const ApplyOptions& opts = {});

struct UndoOutcome {
    bool changed = false;
    bool ok = false;   // restored, or nothing needed doing and that is fine (already undone)
    bool privilegeBitsKeptOff = false;  // setuid/setgid not given back: the file changed since the fix
    std::string message;  // in English; `said` is the same sentence as a template
    Message said;
    std::optional<JournalEntry> entry;
};
// `which`: a journal id, or "LAST" / empty for the most recent entry.
UndoOutcome undoFix(const std::string& which, const ApplyOptions& opts = {});

#ifdef _WIN32
// Whether privileged fixes may start whydenied-helper.exe through the UAC prompt: only when it,
// its folder and every folder above it can be changed by administrators alone (an all-users
// install under Program Files). A per-user install could have the helper or a DLL beside it
// replaced by any program of the account while the prompt waits; there, privileged fixes are
// shown as commands for an administrator terminal instead. `why` names what failed.
bool elevationAvailable(std::string* why = nullptr);
#endif

// ---- The low-level operations, shared by the engine and whydenied-helper (Linux) ----

struct LowResult {
    bool ok = false;
    bool changed = false;
    std::string error;
    NodeState before, after;
    std::string resultPath;  // for a copy: where it went
    uint64_t resultDev = 0, resultIno = 0;
    std::string note;        // done, but not exactly as recorded: why (one sentence for a person)
};

// Opens `path` without following any symlink, checks dev+ino+type, captures the state, applies.
LowResult applyLow(FixAction action, const std::string& path, uint64_t dev, uint64_t ino, NodeType type,
                   const std::string& arg, uint32_t callerUid);
// Restores e.before when the node is still e.dev/e.ino and in e.after; changes nothing otherwise.
LowResult undoLow(const JournalEntry& e);
// Reads the current state of a path without following symlinks (tests, the helper's log).
std::optional<NodeState> readState(const std::string& path, std::string* error = nullptr);

}  // namespace wd
