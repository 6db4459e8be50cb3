// SPDX-License-Identifier: GPL-3.0-or-later
// The Linux bulk fix's answers from whydenied-helper to the engine, and its progress: JSON lines.
#include "fix/linux/bulk_internal.h"

#include "json_read.h"
#include "json_texts.h"
#include "whydenied/json.h"

namespace wd {

using namespace bulk;

namespace {

// Each answer is one JSON line: {"answer": "bulk-fix" or "bulk-undo", "version": 1, counts, and
// texts as objects {"text": …} so that one that is not UTF-8 keeps its bytes in "text_hex"}.
constexpr const char* kFixAnswer = "bulk-fix";
constexpr const char* kUndoAnswer = "bulk-undo";
// While the fix runs: {"answer": "bulk-progress", "version": 1, "entries", "changed", "failed"}.
constexpr const char* kProgress = "bulk-progress";

// The answer's object when `text` is one answer of that kind, every count a non-negative integer
// and its text list (if `listKey`) well formed.
std::optional<jsonread::Json> answerOf(const std::string& text, const char* kind, std::initializer_list<const char*> counts,
                                       const char* listKey) {
    auto v = jsonread::parse(text);
    if (!v || !v->is_object() || jsonread::getStr(*v, "answer") != kind || jsonread::getU64(*v, "version") != 1)
        return std::nullopt;
    for (const char* k : counts)
        if (const auto* n = jsonread::get(*v, k); !n || !n->is_number_unsigned()) return std::nullopt;
    if (listKey && !jsontexts::read(*v, listKey)) return std::nullopt;
    return v;
}

// The texts of a list answerOf() accepted.
std::vector<std::string> textsOf(const jsonread::Json& v, const char* listKey) { return *jsontexts::read(v, listKey); }

}  // namespace

std::string bulkFixResultText(const BulkFixResult& r) {
    JsonWriter w(false);
    w.beginObject().key("answer").value(kFixAnswer).key("version").value(1);
    w.key("id").value(r.journalId);
    w.key("changed").value(r.changed).key("failed").value(r.failed);
    w.key("skipped").value(r.skipped).key("resolved").value(r.resolved);
    jsontexts::write(w, "failures", r.failures);
    w.key("error").value(r.error);
    w.endObject();
    return w.str() + "\n";
}

std::optional<BulkFixResult> bulkFixResultFromText(const std::string& text) {
    const auto v = answerOf(text, kFixAnswer, {"changed", "failed", "skipped", "resolved"}, "failures");
    if (!v) return std::nullopt;
    BulkFixResult r;
    r.journalId = jsonread::getStr(*v, "id");
    if (!r.journalId.empty() && !fix::validRecordId(r.journalId)) return std::nullopt;
    r.changed = jsonread::getU64(*v, "changed");
    r.failed = jsonread::getU64(*v, "failed");
    r.skipped = jsonread::getU64(*v, "skipped");
    r.resolved = jsonread::getU64(*v, "resolved");
    r.failures = textsOf(*v, "failures");
    r.error = jsonread::getBytes(*v, "error");
    r.ok = r.error.empty() && r.failed == 0;
    return r;
}

std::string bulkUndoResultText(const BulkUndoResult& r) {
    JsonWriter w(false);
    w.beginObject().key("answer").value(kUndoAnswer).key("version").value(1);
    w.key("ok").value(r.ok);
    w.key("restored").value(r.restored).key("skipped").value(r.skipped);
    jsontexts::write(w, "problems", r.problems);
    w.key("error").value(r.error);
    w.endObject();
    return w.str() + "\n";
}

std::optional<BulkUndoResult> bulkUndoResultFromText(const std::string& text) {
    const auto v = answerOf(text, kUndoAnswer, {"restored", "skipped"}, "problems");
    if (!v) return std::nullopt;
    if (const auto* ok = jsonread::get(*v, "ok"); !ok || !ok->is_boolean()) return std::nullopt;
    BulkUndoResult r;
    r.ok = jsonread::getBool(*v, "ok");
    r.restored = jsonread::getU64(*v, "restored");
    r.skipped = jsonread::getU64(*v, "skipped");
    r.problems = textsOf(*v, "problems");
    r.error = jsonread::getBytes(*v, "error");
    return r;
}

// Progress goes to standard error between the helper's "whydenied-helper: …" sentences, which
// pkexecFailure reads past it to find.
std::string bulkProgressLine(const BulkFixProgress& p) {
    JsonWriter w(false);
    w.beginObject().key("answer").value(kProgress).key("version").value(1);
    w.key("entries").value(p.entries).key("changed").value(p.changed).key("failed").value(p.failed);
    w.endObject();
    return w.str();
}

std::optional<BulkFixProgress> bulkProgressFromLine(const std::string& line) {
    // Not JSON at all: one of the helper's sentences, not worth a parse.
    if (line.empty() || line[0] != '{') return std::nullopt;
    const auto v = answerOf(line, kProgress, {"entries", "changed", "failed"}, nullptr);
    if (!v) return std::nullopt;
    BulkFixProgress p;
    p.entries = jsonread::getU64(*v, "entries");
    p.changed = jsonread::getU64(*v, "changed");
    p.failed = jsonread::getU64(*v, "failed");
    return p;
}

}  // namespace wd
