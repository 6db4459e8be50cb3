// SPDX-License-Identifier: GPL-3.0-or-later
// What crosses between the engine and the Windows and macOS helpers: the request (JSON, in a file
// or as one hex word) and the Windows helper's answer (one JSON line). The Linux helper's answers
// are in journal.cpp (plans) and fix/linux/bulk_wire.cpp.
#include "fix/common/fix_internal.h"
#include "fix/common/wire_json.h"

#include "hex.h"
#include "json_read.h"
#include "json_texts.h"
#include "whydenied/json.h"

namespace wd::fix {

namespace {

constexpr size_t kMaxRequestText = 1U << 20;
// The UAC prompt's command line holds at most 32767 characters: a longer word could not arrive.
constexpr size_t kMaxRequestWord = 1U << 16;

constexpr const char* kEntry = "entry";
constexpr const char* kRelease = "release";
constexpr const char* kRefused = "refused";

// An answer of `kind` with its one payload field written by `payload`.
template <class Write>
std::string answerText(const char* kind, const char* field, Write payload) {
    JsonWriter w(false);
    w.beginObject().key("answer").value(kind).key("version").value(1).key(field);
    payload(w);
    w.endObject();
    return w.str() + "\n";
}

}  // namespace

std::string encodeRequest(const std::vector<std::string>& args) {
    JsonWriter w(false);
    w.beginObject().key("request").value(1);
    jsontexts::write(w, "args", args);
    w.endObject();
    return w.str() + "\n";
}

std::optional<std::vector<std::string>> decodeRequest(const std::string& text) {
    if (text.size() > kMaxRequestText) return std::nullopt;
    const auto v = jsonread::parse(text);
    if (!v || !v->is_object() || v->size() != 2 || jsonread::getU64(*v, "request") != 1) return std::nullopt;
    return jsontexts::read(*v, "args");
}

std::string encodeRequestWord(const std::vector<std::string>& args) { return hexOf(encodeRequest(args)); }

std::optional<std::vector<std::string>> decodeRequestWord(const std::string& word) {
    if (word.empty() || word.size() > kMaxRequestWord) return std::nullopt;
    const auto text = fromHex(word);
    return text ? decodeRequest(*text) : std::nullopt;
}

std::string entryAnswerText(const JournalEntry& e) {
    return answerText(kEntry, kEntry, [&](JsonWriter& w) { writeJournalEntry(w, e); });
}

std::string releaseAnswerText(const release::Record& r) {
    return answerText(kRelease, kRelease, [&](JsonWriter& w) { release::writeRecord(w, r); });
}

std::string refusalAnswerText(const std::string& reason) {
    return answerText(kRefused, "reason", [&](JsonWriter& w) { w.value(reason); });
}

std::optional<HelperAnswer> readHelperAnswer(const std::string& text) {
    const auto v = jsonread::parse(text);
    if (!v || !v->is_object() || jsonread::getU64(*v, "version") != 1) return std::nullopt;
    const std::string kind = jsonread::getStr(*v, "answer");
    HelperAnswer a;
    if (kind == kEntry) {
        const jsonread::Json* e = jsonread::get(*v, kEntry);
        auto entry = e ? journalEntryFrom(*e) : std::nullopt;
        if (!entry) return std::nullopt;
        a.kind = HelperAnswer::Kind::Entry;
        a.entry = std::move(*entry);
    } else if (kind == kRelease) {
        const jsonread::Json* r = jsonread::get(*v, kRelease);
        auto record = r ? release::recordFrom(*r) : std::nullopt;
        if (!record) return std::nullopt;
        a.kind = HelperAnswer::Kind::Release;
        a.record = std::move(*record);
    } else if (kind == kRefused) {
        const jsonread::Json* reason = jsonread::get(*v, "reason");
        if (!reason || !reason->is_string()) return std::nullopt;
        a.kind = HelperAnswer::Kind::Refused;
        a.reason = jsonread::getBytes(*v, "reason");
    } else {
        return std::nullopt;
    }
    return a;
}

}  // namespace wd::fix
