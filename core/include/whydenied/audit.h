// SPDX-License-Identifier: GPL-3.0-or-later
// Folder audit: everything beneath a folder that the subject cannot read / write / traverse /
// delete, grouped by cause id (design.md §2), streamed while the walk runs.
//
// Memory is bounded by the number of distinct causes, the samples kept per cause and the depth of
// the tree (one small frame per level), never by the number of entries: a million-file tree costs
// the same as a thousand-file one.
#pragma once

#include "whydenied/facts.h"
#include "whydenied/finding.h"
#include "whydenied/model.h"
#include "whydenied/result.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace wd {

class CancelToken;  // whydenied/diagnose.h

struct AuditOptions {
    std::string root;
    Operation op = Operation::Write;  // Read, Write, Traverse, Delete (also List, Execute)
    std::string subject;              // "" = the caller; otherwise as for diagnose --as
    bool crossFilesystems = false;    // descend into other mounts (never into the same folder twice)
    size_t samplesPerCause = 8;
    size_t topFoldersPerCause = 5;
    unsigned progressIntervalMs = 100;
    // Ask the kernel (faccessat) for the caller's verdict instead of computing it. Only possible
    // when the subject is the caller and the operation has a kernel check (not Delete).
    bool preferKernel = true;
    // An open descriptor of the root folder (O_PATH is enough), used instead of opening `root` by
    // name: whydenied-helper opens it without following symlinks and checks device + inode first.
    int rootFd = -1;
};

// One entry the subject cannot use as asked.
struct AuditFinding {
    std::string cause;      // cause id
    std::string path;       // absolute, raw bytes (may hold newlines or invalid UTF-8)
    NodeType type = NodeType::Unknown;
    uint64_t dev = 0, ino = 0;
    uint32_t mode = 0, uid = 0, gid = 0;
    Message detail;         // "needs -wx, owner has r-x", "immutable flag (chattr +i)", …
};

struct AuditCount {
    uint32_t id = 0;  // owner uid (owners) or unused
    std::string name;
    uint64_t count = 0;
};
struct AuditFolder {
    std::string path;
    uint64_t count = 0;  // findings of this cause directly inside
};

struct AuditGroup {
    std::string cause;
    uint64_t count = 0, files = 0, dirs = 0;
    std::vector<AuditFinding> samples;    // the first few seen
    std::vector<AuditCount> owners;       // who owns the denied entries, most first (bounded)
    std::vector<AuditFolder> topFolders;  // folders holding most of them, most first
};

struct AuditProgress {
    uint64_t entries = 0, dirs = 0, denied = 0;
    double seconds = 0;
    double entriesPerSecond = 0;
    std::string currentFolder;
};

struct AuditSummary {
    std::string root, error;  // error: the audit could not start (root missing, bad subject …)
    Message why;              // `error` as a template, for the reader's language
    Operation op = Operation::Write;
    std::string subject;      // description of whose access was checked
    VerdictSource verdictSource = VerdictSource::Kernel;
    uint64_t entries = 0, dirs = 0, denied = 0;
    uint64_t notAudited = 0;     // folders whose contents could not be read (by the walker)
    std::vector<std::string> notAuditedSamples;
    uint64_t otherFilesystems = 0;  // mount points not entered
    std::vector<std::string> otherFilesystemSamples;
    uint64_t vanished = 0;       // entries that disappeared or changed type during the walk
    uint64_t resolved = 0;       // findings changed by atEntry and allowed when judged again
    bool cancelled = false;
    double seconds = 0;
    std::vector<AuditGroup> groups;  // largest first

    const AuditGroup* group(const std::string& cause) const;
};

struct AuditCallbacks {
    std::function<void(const AuditProgress&)> progress;
    std::function<void(const AuditFinding&)> finding;
    // Called with the directory fd and the entry name of each finding before it is reported (the
    // root folder itself comes with its own fd and an empty name); the bulk fix acts here, on the
    // same directory fd the walk used (no path re-resolution). Returning true says the entry was
    // changed: the walk judges it again, counts it as resolved when it is now allowed, and
    // descends into a folder that became searchable. The summary then tells the state after.
    std::function<bool(int dirFd, const char* name, const AuditFinding&)> atEntry;
};

AuditSummary auditTree(const AuditOptions& opts, const AuditCallbacks& cb = {}, const CancelToken* cancel = nullptr);

// JSON for `audit --json` (one object) and the lines of `--jsonl`.
std::string auditSummaryJson(const AuditSummary& s, bool pretty = true);
std::string auditFindingJsonLine(const AuditFinding& f);
std::string auditProgressJsonLine(const AuditProgress& p);

// Operations the audit supports.
bool auditSupports(Operation op);

// ---- Bulk fix of one group ----

// What a bulk fix of a cause would do, for the preview: the change, and its shell equivalent.
struct BulkFixPlan {
    std::string cause;
    FixAction action = FixAction::Chmod;  // Chmod, Chown or ClearFlag (the immutable attribute)
    std::string arg;       // "u+w" / "u+x" / "u+rx", the user id, or "-i"
    std::string command;   // "chmod -R u+w /srv/x" (display only)
    bool privileged = false;  // needs root (or the helper)
    std::string description;
};
// The failure says why there is no bulk fix for `cause` here.
Result<BulkFixPlan> planBulkFix(const AuditOptions& opts, const std::string& cause);

struct BulkFixProgress {
    uint64_t entries = 0, changed = 0, failed = 0;
    std::string currentFolder;
};
struct BulkFixResult {
    bool ok = false;
    std::string error;  // in English (the CLI, the helper's answer); `why` is the same as a template
    Message why;
    std::string journalId;  // the batch recorded; empty when nothing changed
    uint64_t changed = 0, failed = 0, skipped = 0;
    uint64_t resolved = 0;  // changed and allowed when judged again in the same walk
    std::vector<std::string> failures;  // a few, with reasons
    AuditSummary after;   // the walk that applied the fix: what is still denied after it
};
// Walks again, changes every entry of the group on the directory fd (dev+ino re-checked, symlinks
// never followed), judges each changed entry again right there, and records one batch in the
// journal. Taking ownership as somebody else than root goes through pkexec + whydenied-helper.
BulkFixResult applyBulkFix(const AuditOptions& opts, const BulkFixPlan& plan, const std::string& journalDir,
                           const std::function<void(const BulkFixProgress&)>& progress = {},
                           const CancelToken* cancel = nullptr);

struct BulkUndoResult {
    bool ok = false;
    std::string error;  // in English; `why` is the same as a template
    Message why;
    uint64_t restored = 0, skipped = 0;
    std::vector<std::string> problems;
};
// Restores each entry of a recorded batch to its mode/owner before the fix, when it is still the
// same inode and still as the fix left it.
BulkUndoResult undoBulkFix(const std::string& journalDir, const std::string& id);
// Whether `id` names a recorded batch in that journal.
bool isBulkJournalEntry(const std::string& journalDir, const std::string& id);

// ---- whydenied-helper's side (root only) ----

// Who asked and which folder they saw: the helper's caller (PKEXEC_UID) and the root's identity.
struct BulkFixAuthority {
    uint32_t callerUid = 0;            // grants go to this uid only; the batch is recorded as theirs
    uint64_t rootDev = 0, rootIno = 0;  // the folder audited, re-checked after a no-follow open
};
// Takes ownership of the `owned-by-another-user` group for the caller (or clears the immutable
// flag of the `immutable-attribute` group), judging access as the caller. Stricter than the
// caller's own fix: hard-linked files are left alone and setuid/setgid bits are not handed over.
BulkFixResult applyBulkFixFor(const BulkFixAuthority& who, const AuditOptions& opts, const std::string& cause,
                              const std::string& journalDir,
                              const std::function<void(const BulkFixProgress&)>& progress = {});
// Undoes a batch of the helper's own record, only when the caller made it. A file is given back
// to its old owner only when it was not touched at all since the fix (same ctime).
BulkUndoResult undoBulkFixFor(uint32_t callerUid, const std::string& journalDir, const std::string& id);

// The helper's answer on stdout, and its reading by the engine.
std::string bulkFixResultText(const BulkFixResult& r);
std::optional<BulkFixResult> bulkFixResultFromText(const std::string& text);
std::string bulkUndoResultText(const BulkUndoResult& r);
std::optional<BulkUndoResult> bulkUndoResultFromText(const std::string& text);
// The helper's progress while it works, one JSON line on standard error (without its newline).
std::string bulkProgressLine(const BulkFixProgress& p);
std::optional<BulkFixProgress> bulkProgressFromLine(const std::string& line);

}  // namespace wd
