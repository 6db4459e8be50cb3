// SPDX-License-Identifier: GPL-3.0-or-later
// The portable half of whydenied/release.h: the record's fields, the pending-rename list and the
// programs never touched. Portable so that their rules are tested on every build.
#include "whydenied/release.h"

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

}  // namespace

std::optional<uint64_t> decimal(const std::string& s) {
    uint64_t v = 0;
    if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return v;
}

std::vector<std::string> toFields(const Record& r) {
    return {"id",      r.id,      "time",     r.time,        "verb",      r.verb,
            "path",    r.path,    "with",     r.with,        "pid",       std::to_string(r.pid),
            "handle",  std::to_string(r.handle), "process", r.process, "caller_sid", r.callerSid,
            "pending", r.pending ? "1" : "0",    "undoable", r.undoable ? "1" : "0",
            "undone",  r.undone ? "1" : "0",     "note",     r.note};
}

std::optional<Record> fromFields(const std::vector<std::string>& fields) {
    if (fields.size() % 2 != 0) return std::nullopt;
    std::map<std::string, std::string> f;
    for (size_t i = 0; i < fields.size(); i += 2)
        if (!f.emplace(fields[i], fields[i + 1]).second) return std::nullopt;
    Record r;
    r.id = f["id"];
    r.time = f["time"];
    r.verb = f["verb"];
    if (r.id.empty() || (r.verb != "close-handle" && r.verb != "replace-at-restart")) return std::nullopt;
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
