// SPDX-License-Identifier: GPL-3.0-or-later
// The journal of applied fixes on disk (Windows): one small JSON file per fix under
// %LOCALAPPDATA%\WhyDenied\journal, written to a temporary file and moved into place, so a crash
// never leaves half an entry. The format is the one of every platform (journal.cpp).
#include "whydenied/fix.h"

#include "fix/fix_internal.h"
#include "probe/windows/win_text.h"

#include <windows.h>

#include <cstdlib>

namespace wd {

namespace {

using winsys::narrow;
using winsys::widen;

bool validId(const std::string& id) {
    return !id.empty() && id[0] != '.' && id.find_first_of("\\/:*?\"<>|") == std::string::npos;
}

std::string lastError(const std::string& what) { return what + ": " + winsys::winErrorName(GetLastError()); }

}  // namespace

bool fix::makeDirs(const std::string& dir) {
    const std::wstring w = widen(dir);
    // Every prefix that ends at a separator, after the root ("C:\" or "\\server\share\").
    size_t first = 3;
    if (w.rfind(L"\\\\", 0) == 0) {
        const size_t server = w.find(L'\\', 2);
        const size_t share = server == std::wstring::npos ? server : w.find(L'\\', server + 1);
        first = share == std::wstring::npos ? w.size() : share + 1;
    }
    for (size_t i = first; i <= w.size(); ++i) {
        if (i != w.size() && w[i] != L'\\' && w[i] != L'/') continue;
        const std::wstring part = w.substr(0, i);
        if (!CreateDirectoryW(winsys::apiPath(part).c_str(), nullptr) && GetLastError() != ERROR_ALREADY_EXISTS &&
            GetLastError() != ERROR_ACCESS_DENIED)  // a share's root or C:\Users: exists, not ours to create
            return false;
    }
    const DWORD a = GetFileAttributesW(winsys::apiPath(w).c_str());
    return a != INVALID_FILE_ATTRIBUTES && (a & FILE_ATTRIBUTE_DIRECTORY);
}

std::string Journal::defaultDir() {
    if (const wchar_t* local = _wgetenv(L"LOCALAPPDATA"); local && local[0])
        return narrow(local) + "\\WhyDenied\\journal";
    if (const wchar_t* profile = _wgetenv(L"USERPROFILE"); profile && profile[0])
        return narrow(profile) + "\\AppData\\Local\\WhyDenied\\journal";
    return "C:\\WhyDenied\\journal";
}

bool Journal::write(const JournalEntry& e, std::string* error) const {
    auto fail = [&](const std::string& what) {
        if (error) *error = what;
        return false;
    };
    if (!validId(e.id)) return fail("journal id " + e.id);
    if (!fix::makeDirs(dir_)) return fail(lastError("cannot create " + dir_));
    const std::wstring tmp = winsys::apiPath(widen(dir_ + "\\.entry-" + e.id + ".tmp"));
    HANDLE h = CreateFileW(tmp.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) return fail(lastError("cannot write in " + dir_));
    const std::string body = journalEntryJson(e);
    DWORD written = 0;
    const bool ok = WriteFile(h, body.data(), static_cast<DWORD>(body.size()), &written, nullptr) &&
                    written == body.size() && FlushFileBuffers(h);
    const std::string writeError = ok ? std::string() : lastError("write");
    CloseHandle(h);
    if (!ok) {
        DeleteFileW(tmp.c_str());
        return fail(writeError);
    }
    const std::wstring dest = winsys::apiPath(widen(dir_ + "\\" + e.id + ".json"));
    if (!MoveFileExW(tmp.c_str(), dest.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        const std::string why = lastError("rename to " + narrow(dest));
        DeleteFileW(tmp.c_str());
        return fail(why);
    }
    return true;
}

std::optional<JournalEntry> Journal::read(const std::string& id, std::string* error) const {
    if (!validId(id)) {
        if (error) *error = "not a journal id: " + id;
        return std::nullopt;
    }
    const auto text = winsys::readSmallFile(winsys::apiPath(widen(dir_ + "\\" + id + ".json")));
    if (!text) {
        if (error) *error = "no journal entry " + id + " in " + dir_;
        return std::nullopt;
    }
    auto e = journalEntryFromJson(*text);
    if (!e && error) *error = "the journal entry " + id + " is damaged";
    return e;
}

std::vector<std::string> fix::fileNamesIn(const std::string& dir) {
    std::vector<std::string> names;
    WIN32_FIND_DATAW fd{};
    HANDLE f = FindFirstFileW(winsys::apiPath(widen(dir + "\\*")).c_str(), &fd);
    if (f == INVALID_HANDLE_VALUE) return names;
    do names.push_back(narrow(fd.cFileName));
    while (FindNextFileW(f, &fd));
    FindClose(f);
    return names;
}

}  // namespace wd
