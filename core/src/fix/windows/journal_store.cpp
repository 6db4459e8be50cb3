// SPDX-License-Identifier: GPL-3.0-or-later
// The journal of applied fixes on disk (Windows): one small JSON file per fix under
// %LOCALAPPDATA%\WhyDenied\journal, written to a temporary file and moved into place, so a crash
// never leaves half an entry. The format is the one of every platform (journal.cpp).
#include "whydenied/fix.h"

#include "fix/common/fix_internal.h"
#include "fix/windows/guard.h"
#include "fix/windows/primitives.h"
#include "platform/windows/text.h"

#include <windows.h>
#include <knownfolders.h>
#include <sddl.h>
#include <shlobj.h>

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

std::string fix::adminJournalDir(const std::string& testBase, const std::string& requesterSid, std::string& error) {
    error.clear();
    if (requesterSid.rfind("S-1-", 0) != 0 || requesterSid.find_first_not_of("S0123456789-") != std::string::npos) {
        error = "not an account SID: " + requesterSid;
        return {};
    }
    std::wstring root;
    if (testBase.empty()) {
        PWSTR p = nullptr;
        if (SHGetKnownFolderPath(FOLDERID_ProgramData, 0, nullptr, &p) == S_OK && p) root = std::wstring(p) + L"\\WhyDenied";
        CoTaskMemFree(p);
        if (root.empty()) {
            error = "ProgramData cannot be found";
            return {};
        }
    } else {
        root = widen(testBase);
    }
    // Made for SYSTEM and Administrators only; the owner is the elevated token's default, Administrators.
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(L"D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)", SDDL_REVISION_1, &sd,
                                                              nullptr)) {
        error = lastError("cannot build the journal's permissions");
        return {};
    }
    SECURITY_ATTRIBUTES sa{sizeof sa, sd, FALSE};
    std::wstring dir;
    for (const std::wstring& part : {root, root + L"\\journal", root + L"\\journal\\" + widen(requesterSid)}) {
        dir = part;
        if (!CreateDirectoryW(winsys::apiPath(dir).c_str(), &sa) && GetLastError() != ERROR_ALREADY_EXISTS) {
            error = lastError("cannot create " + narrow(dir));
            break;
        }
        if (!testBase.empty()) continue;  // a test's own folder: Wine keeps no owners to check
        // Anyone may create folders in ProgramData: one made before us, or a link, is not ours.
        HANDLE h = CreateFileW(winsys::apiPath(dir).c_str(), READ_CONTROL | FILE_READ_ATTRIBUTES,
                               FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING,
                               FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
        if (h == INVALID_HANDLE_VALUE) {
            error = lastError("cannot open " + narrow(dir));
            break;
        }
        const bool link = winguard::isLink(h);
        const std::string sddl = winfix::capture(h).sddl;
        CloseHandle(h);
        if (link || !winguard::onlyAdministratorsMayChange(sddl, winguard::Role::Folder)) {
            error = narrow(dir) + " is not a folder that only administrators can change (" + (link ? "a link" : sddl) +
                    "); an administrator should remove it";
            break;
        }
    }
    LocalFree(sd);
    return error.empty() ? narrow(dir) : std::string();
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

Result<JournalEntry> Journal::read(const std::string& id) const {
    if (!validId(id)) return Failure("not a journal id: " + id);
    const auto text = winsys::readSmallFile(winsys::apiPath(widen(dir_ + "\\" + id + ".json")));
    if (!text) return Failure("no journal entry " + id + " in " + dir_);
    auto e = journalEntryFromJson(*text);
    if (!e) return Failure("the journal entry " + id + " is damaged");
    return std::move(*e);
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
