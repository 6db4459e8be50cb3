// SPDX-License-Identifier: GPL-3.0-or-later
// The portable half of whydenied/release.h: the record as JSON (and as it was written before), the
// pending-rename list and the programs never touched. Portable so that their rules are tested on
// every build.
#include "whydenied/release.h"

#include "fix/common/wire_json.h"
#include "hex.h"

#include <algorithm>
#include <charconv>
#include <cwctype>
#include <map>

namespace wd::release {
namespace {

bool sameNoCase(const std::wstring& a, const std::wstring& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](wchar_t x, wchar_t y) {
               return std::towlower(static_cast<wint_t>(x)) == std::towlower(static_cast<wint_t>(y));
           });
}

constexpr size_t kMaxRecordText = 1U << 20;

bool knownVerb(const std::string& verb) { return verb == "close-handle" || verb == "replace-at-restart"; }

// Records written before they were JSON: one line, each of "key", "value", … in hex, joined by '.'.
std::optional<std::vector<std::string>> fieldsOfOldWord(const std::string& word) {
    if (word.empty()) return std::nullopt;
    std::vector<std::string> fields;
    for (size_t i = 0;;) {
        const size_t j = std::min(word.find('.', i), word.size());
        auto f = fromHex(std::string_view(word).substr(i, j - i));
        if (!f) return std::nullopt;
        fields.push_back(std::move(*f));
        if (j == word.size()) return fields;
        i = j + 1;
    }
}

std::optional<Record> fromOldFields(const std::vector<std::string>& fields) {
    if (fields.size() % 2 != 0) return std::nullopt;
    std::map<std::string, std::string> f;
    for (size_t i = 0; i < fields.size(); i += 2)
        if (!f.emplace(fields[i], fields[i + 1]).second) return std::nullopt;
    Record r;
    r.id = f["id"];
    r.time = f["time"];
    r.verb = f["verb"];
    if (r.id.empty() || !knownVerb(r.verb)) return std::nullopt;
    r.path = f["path"];
    r.with = f["with"];
    const auto pid = decimal(f["pid"]);
    const auto handle = decimal(f["handle"]);
    if (!pid || *pid > UINT32_MAX || !handle) return std::nullopt;
    r.pid = static_cast<uint32_t>(*pid);
    r.handle = *handle;
    r.process = f["process"];
    r.callerSid = f["caller_sid"];
    r.pending = f["pending"] == "1";
    r.undoable = f["undoable"] == "1";
    r.undone = f["undone"] == "1";
    r.note = f["note"];
    return r;
}

}  // namespace

std::optional<uint64_t> decimal(const std::string& s) {
    uint64_t v = 0;
    if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return v;
}

void writeRecord(JsonWriter& w, const Record& r) {
    w.beginObject();
    w.key("schema").value(1);
    w.key("id").value(r.id).key("time").value(r.time).key("verb").value(r.verb);
    w.key("path").value(r.path).key("with").value(r.with);
    w.key("pid").value(r.pid).key("handle").value(r.handle).key("process").value(r.process);
    w.key("caller_sid").value(r.callerSid);
    w.key("pending").value(r.pending).key("undoable").value(r.undoable).key("undone").value(r.undone);
    w.key("note").value(r.note);
    w.endObject();
}

std::optional<Record> recordFrom(const jsonread::Json& v) {
    using namespace jsonread;
    if (!v.is_object() || getU64(v, "schema") != 1) return std::nullopt;
    const Json* pid = get(v, "pid");
    const Json* handle = get(v, "handle");
    if (!pid || !pid->is_number_unsigned() || pid->get<uint64_t>() > UINT32_MAX || !handle || !handle->is_number_unsigned())
        return std::nullopt;
    Record r;
    r.id = getStr(v, "id");
    r.time = getStr(v, "time");
    r.verb = getStr(v, "verb");
    if (r.id.empty() || !knownVerb(r.verb)) return std::nullopt;
    r.path = getBytes(v, "path");
    r.with = getBytes(v, "with");
    r.pid = static_cast<uint32_t>(pid->get<uint64_t>());
    r.handle = handle->get<uint64_t>();
    r.process = getBytes(v, "process");
    r.callerSid = getStr(v, "caller_sid");
    r.pending = getBool(v, "pending");
    r.undoable = getBool(v, "undoable");
    r.undone = getBool(v, "undone");
    r.note = getBytes(v, "note");
    return r;
}

std::string recordText(const Record& r) {
    JsonWriter w;
    writeRecord(w, r);
    return w.str() + "\n";
}

std::optional<Record> recordFromText(const std::string& text) {
    if (text.size() > kMaxRecordText) return std::nullopt;
    // An old word is hex and dots: it never starts with '{' (and "6964" alone would parse as a number).
    if (!text.empty() && text[0] == '{') {
        const auto v = jsonread::parse(text);
        return v ? recordFrom(*v) : std::nullopt;
    }
    std::string word = text;
    while (!word.empty() && (word.back() == '\n' || word.back() == '\r')) word.pop_back();
    const auto fields = fieldsOfOldWord(word);
    return fields ? fromOldFields(*fields) : std::nullopt;
}

std::vector<std::string> closeHandleRequest(uint32_t pid, uint64_t handle, const std::string& path) {
    return {"close-handle", "--pid", std::to_string(pid), "--handle", std::to_string(handle), "--path", path};
}

std::vector<std::string> replaceAtRestartRequest(const std::string& path, const std::string& with) {
    std::vector<std::string> request = {"replace-at-restart", "--path", path};
    if (!with.empty()) request.insert(request.end(), {"--with", with});
    return request;
}

bool dropPendingPair(std::vector<std::wstring>& value, const std::wstring& source, const std::wstring& target) {
    const std::wstring src = L"\\??\\" + source;
    const std::wstring dst = target.empty() ? std::wstring() : L"!\\??\\" + target;
    // From the end: the latest request for this pair is the one being taken back.
    for (size_t i = value.size() / 2; i-- > 0;) {
        if (!sameNoCase(value[2 * i], src) || !sameNoCase(value[2 * i + 1], dst)) continue;
        value.erase(value.begin() + static_cast<std::ptrdiff_t>(2 * i), value.begin() + static_cast<std::ptrdiff_t>(2 * i + 2));
        return true;
    }
    return false;
}

bool isSystemProgram(const std::string& imageName) {
    std::string name = imageName;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static const char* const kSystem[] = {
        "system", "registry", "memory compression", "secure system", "smss.exe", "csrss.exe", "wininit.exe",
        "winlogon.exe", "services.exe", "lsass.exe", "lsaiso.exe", "svchost.exe", "fontdrvhost.exe", "dwm.exe",
        "spoolsv.exe", "msmpeng.exe", "searchindexer.exe", "trustedinstaller.exe", "tiworker.exe",
        // Wine's stand-ins for the service control manager and the device host.
        "winedevice.exe", "plugplay.exe", "rpcss.exe"};
    return std::any_of(std::begin(kSystem), std::end(kSystem), [&](const char* s) { return name == s; });
}

}  // namespace wd::release
