// SPDX-License-Identifier: GPL-3.0-or-later
// Windows: a privileged fix runs in whydenied-helper.exe started through the UAC prompt
// (ShellExecuteExW with the "runas" verb). Windows hands a program one command line, not an
// argument vector, so the request travels in a file of a fresh temporary folder and the command
// line holds only the two file names this process made (a Windows name cannot contain a quote).
#include "whydenied/fix.h"

#include "fix/fix_internal.h"
#include "probe/windows/win_text.h"

#include <windows.h>
#include <shellapi.h>

#include <cstdlib>
#include <random>

namespace wd::fix {

namespace {

using winsys::narrow;
using winsys::widen;

std::wstring helperPath(const ApplyOptions& o) {
    if (!o.helperPath.empty()) return widen(o.helperPath);
    if (const wchar_t* h = _wgetenv(L"WHYDENIED_HELPER"); h && h[0]) return h;
    return winsys::besideThisProgram(L"whydenied-helper.exe");
}

// A folder only this run uses: %TEMP%\whydenied-<random>.
std::wstring freshFolder() {
    wchar_t temp[MAX_PATH + 1];
    const DWORD n = GetTempPathW(MAX_PATH + 1, temp);
    if (n == 0 || n > MAX_PATH) return {};
    std::random_device rd;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const std::wstring dir = std::wstring(temp) + L"whydenied-" + std::to_wstring(rd()) + std::to_wstring(rd());
        if (CreateDirectoryW(dir.c_str(), nullptr)) return dir;
    }
    return {};
}

}  // namespace

uint32_t processUid() { return 0; }

bool runningPrivileged() {
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) return false;
    TOKEN_ELEVATION elevation{};
    DWORD len = 0;
    const bool elevated = GetTokenInformation(token, TokenElevation, &elevation, sizeof elevation, &len) &&
                          elevation.TokenIsElevated;
    CloseHandle(token);
    return elevated;
}

std::optional<JournalEntry> viaHelper(const std::vector<std::string>& request, const ApplyOptions& o,
                                      std::string& error) {
    const std::wstring dir = freshFolder();
    if (dir.empty()) {
        error = "cannot create a temporary folder (" + winsys::winErrorName(GetLastError()) + ")";
        return std::nullopt;
    }
    const std::wstring requestFile = dir + L"\\request.txt", resultFile = dir + L"\\result.json";
    std::vector<std::string> args = request;
    // The journal of this account, even when the prompt runs the helper as another administrator.
    args.insert(args.end(), {"--journal", o.journalDir.empty() ? Journal::defaultDir() : o.journalDir});
    std::optional<JournalEntry> entry;
    if (!winsys::writeWholeFile(requestFile, encodeRequest(args), true)) {
        error = "cannot write the request (" + winsys::winErrorName(GetLastError()) + ")";
    } else {
        const std::wstring helper = helperPath(o);
        const std::wstring parameters = L"--request-file \"" + requestFile + L"\" --result-file \"" + resultFile + L"\"";
        SHELLEXECUTEINFOW sei{};
        sei.cbSize = sizeof sei;
        sei.fMask = SEE_MASK_NOCLOSEPROCESS | SEE_MASK_NOASYNC | SEE_MASK_FLAG_NO_UI;
        sei.lpVerb = L"runas";  // the UAC prompt: consent, or an administrator's password
        sei.lpFile = helper.c_str();
        sei.lpParameters = parameters.c_str();
        sei.nShow = SW_HIDE;
        if (!ShellExecuteExW(&sei)) {
            const DWORD err = GetLastError();
            error = err == ERROR_CANCELLED ? "not authorised (the administrator prompt was declined)"
                                           : "cannot start " + narrow(helper) + " (" + winsys::winErrorName(err) + ")";
        } else if (!sei.hProcess) {
            error = "the helper was started without a process handle";
        } else {
            // The prompt may wait for a person: give them time, but not forever.
            const DWORD waited = WaitForSingleObject(sei.hProcess, 10 * 60 * 1000);
            DWORD status = 1;
            GetExitCodeProcess(sei.hProcess, &status);
            if (waited != WAIT_OBJECT_0) TerminateProcess(sei.hProcess, 1);
            CloseHandle(sei.hProcess);
            const std::string answer = winsys::readSmallFile(resultFile).value_or("");
            if (waited != WAIT_OBJECT_0) error = "the helper did not finish in time";
            else if (status != 0) error = answer.empty() ? "the helper failed (status " + std::to_string(status) + ")" : answer;
            else if (!(entry = journalEntryFromJson(answer))) error = "the helper's answer could not be read";
        }
    }
    DeleteFileW(requestFile.c_str());
    DeleteFileW(resultFile.c_str());
    RemoveDirectoryW(dir.c_str());
    return entry;
}

LowResult joinGroupLow(const std::string& group, uint32_t) {
    LowResult r;
    r.error = "joining " + group + " is for an administrator on Windows (Computer Management or net localgroup)";
    return r;
}

LowResult leaveGroupLow(const std::string& group, uint32_t) { return joinGroupLow(group, 0); }

}  // namespace wd::fix
