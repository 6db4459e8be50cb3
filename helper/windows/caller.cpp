// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/caller.h"

#include "fix/windows/guard.h"
#include "platform/windows/text.h"

#include <windows.h>
#include <sddl.h>
#include <winternl.h>

#include <vector>

namespace wd::helper_win {
namespace {

struct Parent {
    DWORD pid = 0;
    std::string sid;
    DWORD session = 0;
    bool ok = false;
};

DWORD sessionOf(HANDLE token) {
    DWORD session = 0, len = 0;
    GetTokenInformation(token, TokenSessionId, &session, sizeof session, &len);
    return session;
}

// The process that started this one, if it is still that process (a process id can be reused
// once its process ended: the one found must be older than this one).
Parent parent() {
    Parent p;
    PROCESS_BASIC_INFORMATION info{};
    ULONG len = 0;
    if (NtQueryInformationProcess(GetCurrentProcess(), ProcessBasicInformation, &info, sizeof info, &len) != 0) return p;
    p.pid = static_cast<DWORD>(info.InheritedFromUniqueProcessId);
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, p.pid);
    if (!process) return p;
    HANDLE token = nullptr;
    const uint64_t born = winsys::processStartTime(process);
    if (born != 0 && born <= winsys::processStartTime(GetCurrentProcess()) && OpenProcessToken(process, TOKEN_QUERY, &token)) {
        DWORD size = 0;
        GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        std::vector<BYTE> buf(size);
        if (size && GetTokenInformation(token, TokenUser, buf.data(), size, &size)) {
            p.sid = winsys::sidString(reinterpret_cast<TOKEN_USER*>(buf.data())->User.Sid);
            p.session = sessionOf(token);
            p.ok = !p.sid.empty();
        }
        CloseHandle(token);
    }
    CloseHandle(process);
    return p;
}

}  // namespace

std::string checkRequester(const std::string& requesterSid) {
    if (requesterSid.empty()) return "the request does not say which account asked";
    PSID sid = nullptr;
    if (!ConvertStringSidToSidW(winsys::widen(requesterSid).c_str(), &sid)) return "not an account SID: " + requesterSid;
    LocalFree(sid);
    const Parent p = parent();
    if (!p.ok) return "the program that started the helper cannot be identified; nothing was changed";
    if (p.sid != requesterSid)
        return requesterSid + " is not the account that asked (the program that started the helper runs as " + p.sid +
               "); nothing was changed";
    HANDLE self = nullptr;
    DWORD mine = 0;
    if (OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &self)) {
        mine = sessionOf(self);
        CloseHandle(self);
    }
    if (p.session != mine) return "the program that asked runs in another logon session; nothing was changed";
    return {};
}

HANDLE openAnswerPipe(const std::string& name) {
    if (name.rfind("whydenied-", 0) != 0 || name.size() > 80 ||
        name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") != std::string::npos)
        return INVALID_HANDLE_VALUE;
    const Parent p = parent();
    if (!p.ok) return INVALID_HANDLE_VALUE;
    // Identification only: the pipe's owner cannot act as this elevated process.
    HANDLE h = CreateFileW((L"\\\\.\\pipe\\" + winsys::widen(name)).c_str(), GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                           SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION, nullptr);
    if (h == INVALID_HANDLE_VALUE) return h;
    ULONG server = 0;
    if (!GetNamedPipeServerProcessId(h, &server) || server != p.pid) {
        CloseHandle(h);
        return INVALID_HANDLE_VALUE;
    }
    return h;
}

}  // namespace wd::helper_win
