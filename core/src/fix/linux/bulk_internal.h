// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of the Linux bulk fix that its files share (bulk_plan, bulk_store, bulk_apply,
// bulk_wire); not API.
#pragma once

#include "whydenied/audit.h"
#include "whydenied/fix.h"
#include "whydenied/result.h"

#include "fix/common/fix_internal.h"

#include <cstdint>
#include <iosfwd>
#include <linux/fs.h>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <sys/types.h>

namespace wd::bulk {

constexpr uint32_t kFlagBits = FS_IMMUTABLE_FL | FS_APPEND_FL;

// ---- the batch store (bulk_store.cpp)
// The batch is one journal entry: a file <id>.batch beside the per-fix JSON entries. Its first
// line names the format (kMagic); since version 3 every later line is one JSON object whose "k"
// says what it is: the header ("batch": root, owner, action …), then per changed entry an
// "intent" (dev, ino) before the change and an "entry" (what it was and what the fix left) after
// it, "end" when the walk finished and "undone" once undone. Versions 1 and 2 wrote the same
// records as text lines ("key value" header lines up to "--", "intent DEV INO", "end N",
// "undone TIME", and space-separated entry lines); they are still read, never written.
constexpr const char* kMagicV1 = "whydenied-batch 1";
constexpr const char* kMagicV2 = "whydenied-batch 2";  // + ctime and attribute flags after the fix
constexpr const char* kMagic = "whydenied-batch 3";    // JSON lines

// Version 1 and 2's name escaping, read only: every byte that could break the line format (space,
// newline, backslash, control, non-ASCII) was written as \xHH.
std::optional<std::string> unescapeBytes(const std::string& s);
std::string batchPath(const std::string& dir, const std::string& id);

// What a batch records of one changed entry.
struct BatchEntry {
    uint64_t dev = 0, ino = 0;
    char kind = 'f';  // 'd' for a folder
    uint32_t oldMode = 0, oldUid = 0, oldGid = 0;
    uint32_t newMode = 0, newUid = 0, newGid = 0;  // what the fix left
    std::string ctime;                             // "SEC.NSEC" after the fix (version 2 on)
    uint32_t oldFlags = 0, newFlags = 0;           // FS_*_FL bits (version 2 on)
    std::string rel;                               // relative to the root, "." for the root; exact bytes
};

struct BatchMeta {
    std::string id, time, cause, action, arg, root, command;
    uint32_t uid = 0;
};

// The lines of a version-3 batch, each with its newline. Names keep their exact bytes (a
// "<field>_hex" sibling where they are not UTF-8).
std::string batchHeaderText(const BatchMeta& m);  // the magic line and the header object
std::string intentLine(uint64_t dev, uint64_t ino);
std::string entryLine(const BatchEntry& e);
std::string endLine(uint64_t changed);
std::string undoneLine(const std::string& time);

struct BatchHeader {
    std::string root;
    std::optional<FixAction> action;
    uint32_t uid = 0;
    int version = 0;
    // The entry lines carry the ctime and the attribute flags after the fix.
    bool hasCtimeAndFlags() const { return version >= 2; }
};
// Refused (with the reason in English, as the helper answers it) when the text is no batch header.
// Leaves `in` at the first record line.
Result<BatchHeader> readHeader(std::istream& in);

// One record line of a batch, as its header's version wrote it. Bad: unreadable, malformed or of
// an unknown kind (an undo counts it as a problem).
struct BatchLine {
    enum Kind { Bad, Intent, Entry, End, Undone } kind = Bad;
    BatchEntry entry;  // for Entry
};
BatchLine parseBatchLine(const std::string& line, int version);
// A node's ctime as a batch records it after the fix ("SEC.NSEC"), so an undo compares text exactly.
std::string ctimeText(const struct statx& sx);
// Appends the undone mark, in the batch's own version.
void appendUndone(const std::string& dir, const std::string& id, int version);
// Appends the undone mark unless the batch says so already.
void markUndone(const std::string& dir, const std::string& id);

// ---- the plan (bulk_plan.cpp)
std::string normalRoot(std::string r);
// The bulk fixes that need an administrator, keyed by the cause the audit grouped the entries
// under: taking ownership (for `uid`) and clearing the immutable attribute. The one table the
// planner and the helper's bulk verb share.
std::optional<BulkFixPlan> privilegedBulkPlan(const std::string& cause, uid_t uid, const std::string& root);

// ---- shared by apply and undo
// A result's error in both forms: English text (the CLI, the helper's answer) and the template.
template <class Result>
void setError(Result& r, Message why) {
    r.error = why.english();
    r.why = std::move(why);
}
// What came as text only (the helper's answer, a low-level error): its template where one is known.
template <class Result>
Result withWhy(Result r) {
    if (!r.error.empty() && r.why.empty()) r.why = fix::reasonMessage(r.error);
    return r;
}

}  // namespace wd::bulk
