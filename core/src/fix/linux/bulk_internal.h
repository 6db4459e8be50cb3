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
// The batch is one journal entry: a text file <id>.batch beside the per-fix JSON entries. The
// header (kMagic, then "key value" lines up to "--"), then per changed entry an "intent DEV INO"
// line before the change and a record line after it, "end N" when the walk finished and
// "undone TIME" once undone.
constexpr const char* kMagicV1 = "whydenied-batch 1";
constexpr const char* kMagic = "whydenied-batch 2";  // + ctime and attribute flags after the fix

// Every byte that could break the line format (space, newline, backslash, control, non-ASCII) as
// \xHH: names with newlines and invalid UTF-8 come back byte for byte.
std::string escapeBytes(const std::string& s);
std::optional<std::string> unescapeBytes(const std::string& s);
std::string batchPath(const std::string& dir, const std::string& id);

struct BatchHeader {
    std::string root;
    std::optional<FixAction> action;
    uint32_t uid = 0;
    bool v2 = false;
};
// Refused (with the reason in English, as the helper answers it) when the text is no batch header.
Result<BatchHeader> readHeader(std::istream& in);
// Appends "undone TIME" unless the batch says so already.
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
