// SPDX-License-Identifier: GPL-3.0-or-later
// What the Windows tests share: a temporary folder, running the probe and other programs, and
// the DACL and token helpers. Header-only: the tests are one program, run under Wine.
#pragma once

#include "platform/windows/text.h"
#include "whydenied/diagnose.h"

#include <gtest/gtest.h>

#include <windows.h>
#include <aclapi.h>
#include <sddl.h>

#include <string>
#include <vector>

namespace wdtest::win {

using namespace wd;
using winsys::narrow;
using winsys::widen;

inline std::wstring gSelf;  // this test program, started again as the "other process"

// A fresh folder under %TEMP% for one test, removed (attributes and ACL reset first) afterwards.
class TempDir {
public:
    TempDir() {
        wchar_t tmp[MAX_PATH];
        GetTempPathW(MAX_PATH, tmp);
        static int serial = 0;
        path_ = std::wstring(tmp) + L"wd-" + std::to_wstring(GetCurrentProcessId()) + L"-" + std::to_wstring(++serial);
        CreateDirectoryW(path_.c_str(), nullptr);
    }
    ~TempDir() {
        if (!GetEnvironmentVariableW(L"WD_KEEP_TEMP", nullptr, 0)) removeTree(winsys::apiPath(path_));
    }
    const std::wstring& path() const { return path_; }
    std::wstring file(const std::wstring& name, const std::string& content = "data") const {
        const std::wstring p = path_ + L"\\" + name;
        HANDLE h = CreateFileW(winsys::apiPath(p).c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, 0, nullptr);
        EXPECT_NE(h, INVALID_HANDLE_VALUE) << narrow(p);
        DWORD written = 0;
        WriteFile(h, content.data(), static_cast<DWORD>(content.size()), &written, nullptr);
        CloseHandle(h);
        return p;
    }

private:
    static void removeTree(const std::wstring& api) {
        WIN32_FIND_DATAW fd;
        HANDLE find = FindFirstFileW((api + L"\\*").c_str(), &fd);
        if (find != INVALID_HANDLE_VALUE) {
            do {
                const std::wstring name = fd.cFileName;
                if (name == L"." || name == L"..") continue;
                const std::wstring child = api + L"\\" + name;
                SetFileAttributesW(child.c_str(), FILE_ATTRIBUTE_NORMAL);
                if (fd.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) removeTree(child);
                else DeleteFileW(child.c_str());
            } while (FindNextFileW(find, &fd));
            FindClose(find);
        }
        RemoveDirectoryW(api.c_str());
    }
    std::wstring path_;
};

inline Diagnosis run(const std::wstring& path, Operation op) {
    DiagnoseRequest req;
    req.path = narrow(path);
    req.op = op;
    return diagnose(req);
}

inline std::string firstCause(const Diagnosis& d) { return d.findings.empty() ? "(none)" : d.findings[0].cause; }

// What the kernel says when this process really tries.
inline DWORD tryOpen(const std::wstring& path, DWORD access, DWORD share = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE) {
    HANDLE h = CreateFileW(winsys::apiPath(path).c_str(), access, share, nullptr, OPEN_EXISTING, 0, nullptr);
    if (h == INVALID_HANDLE_VALUE) return GetLastError();
    CloseHandle(h);
    return ERROR_SUCCESS;
}

inline bool runningUnderWine() { return GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "wine_get_version") != nullptr; }

inline std::vector<BYTE> tokenUser() {
    HANDLE tok;
    OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &tok);
    DWORD len = 0;
    GetTokenInformation(tok, TokenUser, nullptr, 0, &len);
    std::vector<BYTE> buf(len);
    GetTokenInformation(tok, TokenUser, buf.data(), len, &len);
    CloseHandle(tok);
    return buf;
}

// Replaces the DACL of `path` (protected: nothing inherited) with entries for the process's user:
// a deny entry for `deny` (when not 0) first, then an allow entry for `allow`.
inline void setMyDacl(const std::wstring& path, DWORD deny, DWORD allow) {
    auto user = tokenUser();
    std::vector<EXPLICIT_ACCESS_W> ea;
    for (auto [rights, mode] : {std::pair{deny, DENY_ACCESS}, std::pair{allow, GRANT_ACCESS}}) {
        if (!rights) continue;
        EXPLICIT_ACCESS_W e{};
        e.grfAccessPermissions = rights;
        e.grfAccessMode = mode;
        e.grfInheritance = NO_INHERITANCE;
        e.Trustee.TrusteeForm = TRUSTEE_IS_SID;
        e.Trustee.TrusteeType = TRUSTEE_IS_USER;
        e.Trustee.ptstrName = static_cast<LPWSTR>(reinterpret_cast<TOKEN_USER*>(user.data())->User.Sid);
        ea.push_back(e);
    }
    PACL acl = nullptr;
    ASSERT_EQ(SetEntriesInAclW(static_cast<ULONG>(ea.size()), ea.data(), nullptr, &acl), static_cast<DWORD>(ERROR_SUCCESS));
    std::wstring mutablePath = path;
    ASSERT_EQ(SetNamedSecurityInfoW(mutablePath.data(), SE_FILE_OBJECT,
                                    DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr, nullptr,
                                    acl, nullptr),
              static_cast<DWORD>(ERROR_SUCCESS));
    LocalFree(acl);
}

// Runs a program with the given command line; returns its exit code and stdout.
struct ProcessResult {
    DWORD exitCode = 0xFFFFFFFF;
    std::string out;
};
inline ProcessResult runProcess(std::wstring commandLine) {
    ProcessResult r;
    SECURITY_ATTRIBUTES sa{sizeof sa, nullptr, TRUE};
    HANDLE readEnd = nullptr, writeEnd = nullptr;
    if (!CreatePipe(&readEnd, &writeEnd, &sa, 0)) return r;
    SetHandleInformation(readEnd, HANDLE_FLAG_INHERIT, 0);
    STARTUPINFOW si{};
    si.cb = sizeof si;
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdOutput = writeEnd;
    si.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    si.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    PROCESS_INFORMATION pi{};
    const BOOL started = CreateProcessW(nullptr, commandLine.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr, &si, &pi);
    CloseHandle(writeEnd);
    if (started) {
        char buf[4096];
        DWORD n = 0;
        while (ReadFile(readEnd, buf, sizeof buf, &n, nullptr) && n > 0) r.out.append(buf, n);
        WaitForSingleObject(pi.hProcess, 60000);
        GetExitCodeProcess(pi.hProcess, &r.exitCode);
        CloseHandle(pi.hProcess);
        CloseHandle(pi.hThread);
    }
    CloseHandle(readEnd);
    return r;
}

// A second real process that opens `path` without sharing and keeps it open until stopped.
class HoldingProcess {
public:
    // `program`: this test program by default; a copy of it under another name plays another program.
    explicit HoldingProcess(const std::wstring& path, const std::wstring& program = {}) {
        SECURITY_ATTRIBUTES sa{sizeof sa, nullptr, TRUE};
        HANDLE childIn = nullptr, childOut = nullptr;
        CreatePipe(&childIn, &toChild_, &sa, 0);
        CreatePipe(&fromChild_, &childOut, &sa, 0);
        SetHandleInformation(toChild_, HANDLE_FLAG_INHERIT, 0);
        SetHandleInformation(fromChild_, HANDLE_FLAG_INHERIT, 0);
        STARTUPINFOW si{};
        si.cb = sizeof si;
        si.dwFlags = STARTF_USESTDHANDLES;
        si.hStdInput = childIn;
        si.hStdOutput = childOut;
        si.hStdError = GetStdHandle(STD_ERROR_HANDLE);
        std::wstring cmd = L"\"" + (program.empty() ? gSelf : program) + L"\" --hold \"" + path + L"\"";
        started_ = CreateProcessW(nullptr, cmd.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr, &si, &pi_);
        CloseHandle(childIn);
        CloseHandle(childOut);
        char c = 0;
        DWORD n = 0;
        ready_ = started_ && ReadFile(fromChild_, &c, 1, &n, nullptr) && n == 1 && c == 'R';
    }
    ~HoldingProcess() {
        CloseHandle(toChild_);  // the child exits when its stdin closes
        if (started_) {
            if (WaitForSingleObject(pi_.hProcess, 10000) != WAIT_OBJECT_0) TerminateProcess(pi_.hProcess, 1);
            CloseHandle(pi_.hProcess);
            CloseHandle(pi_.hThread);
        }
        CloseHandle(fromChild_);
    }
    bool ready() const { return ready_; }
    int pid() const { return static_cast<int>(pi_.dwProcessId); }

private:
    HANDLE toChild_ = nullptr, fromChild_ = nullptr;
    PROCESS_INFORMATION pi_{};
    BOOL started_ = FALSE;
    bool ready_ = false;
};

inline int holdMain(const std::wstring& path) {
    HANDLE h = CreateFileW(path.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING, 0, nullptr);
    if (h == INVALID_HANDLE_VALUE) return 3;
    DWORD n = 0;
    WriteFile(GetStdHandle(STD_OUTPUT_HANDLE), "R", 1, &n, nullptr);
    char c;
    while (ReadFile(GetStdHandle(STD_INPUT_HANDLE), &c, 1, &n, nullptr) && n > 0) {
    }
    CloseHandle(h);
    return 0;
}

inline std::wstring besideSelf(const std::wstring& relative) {
    const std::wstring dir = gSelf.substr(0, gSelf.find_last_of(L'\\'));
    return dir + L"\\" + relative;
}

}  // namespace wdtest::win
