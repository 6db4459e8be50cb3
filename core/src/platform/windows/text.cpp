// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/text.h"

#include <sddl.h>

#include <cerrno>
#include <vector>

namespace wd::winsys {

std::wstring widen(const std::string& utf8) {
    if (utf8.empty()) return {};
    const int n = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
    std::wstring out(static_cast<size_t>(n > 0 ? n : 0), L'\0');
    if (n > 0) MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), out.data(), n);
    return out;
}

std::string narrow(const std::wstring& w) {
    if (w.empty()) return {};
    const int n = WideCharToMultiByte(CP_UTF8, 0, w.data(), static_cast<int>(w.size()), nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<size_t>(n > 0 ? n : 0), '\0');
    if (n > 0) WideCharToMultiByte(CP_UTF8, 0, w.data(), static_cast<int>(w.size()), out.data(), n, nullptr, nullptr);
    return out;
}

std::string narrow(const wchar_t* w) { return w ? narrow(std::wstring(w)) : std::string(); }

std::string winErrorName(DWORD err) {
    switch (err) {
    case ERROR_SUCCESS: return "";
    case ERROR_FILE_NOT_FOUND: return "ERROR_FILE_NOT_FOUND";
    case ERROR_PATH_NOT_FOUND: return "ERROR_PATH_NOT_FOUND";
    case ERROR_ACCESS_DENIED: return "ERROR_ACCESS_DENIED";
    case ERROR_INVALID_HANDLE: return "ERROR_INVALID_HANDLE";
    case ERROR_WRITE_PROTECT: return "ERROR_WRITE_PROTECT";
    case ERROR_NOT_READY: return "ERROR_NOT_READY";
    case ERROR_SHARING_VIOLATION: return "ERROR_SHARING_VIOLATION";
    case ERROR_LOCK_VIOLATION: return "ERROR_LOCK_VIOLATION";
    case ERROR_BAD_NETPATH: return "ERROR_BAD_NETPATH";
    case ERROR_NETWORK_ACCESS_DENIED: return "ERROR_NETWORK_ACCESS_DENIED";
    case ERROR_BAD_NET_NAME: return "ERROR_BAD_NET_NAME";
    case ERROR_FILE_EXISTS: return "ERROR_FILE_EXISTS";
    case ERROR_INVALID_PARAMETER: return "ERROR_INVALID_PARAMETER";
    case ERROR_INVALID_NAME: return "ERROR_INVALID_NAME";
    case ERROR_DIR_NOT_EMPTY: return "ERROR_DIR_NOT_EMPTY";
    case ERROR_BAD_PATHNAME: return "ERROR_BAD_PATHNAME";
    case ERROR_FILENAME_EXCED_RANGE: return "ERROR_FILENAME_EXCED_RANGE";
    case ERROR_DIRECTORY: return "ERROR_DIRECTORY";
    case ERROR_CANT_ACCESS_FILE: return "ERROR_CANT_ACCESS_FILE";
    case ERROR_CANT_RESOLVE_FILENAME: return "ERROR_CANT_RESOLVE_FILENAME";
    case ERROR_PRIVILEGE_NOT_HELD: return "ERROR_PRIVILEGE_NOT_HELD";
    case 225: return "ERROR_VIRUS_INFECTED";
    case 740: return "ERROR_ELEVATION_REQUIRED";
    case 362: return "ERROR_CLOUD_FILE_PROVIDER_NOT_RUNNING";
    case 363: return "ERROR_CLOUD_FILE_METADATA_CORRUPT";
    case 389: return "ERROR_CLOUD_FILE_ACCESS_DENIED";
    case 395: return "ERROR_CLOUD_FILE_UNSUCCESSFUL";
    default: return "ERROR_" + std::to_string(err);
    }
}

int errnoFor(DWORD err) {
    switch (err) {
    case ERROR_SUCCESS: return 0;
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_BAD_NETPATH:
    case ERROR_BAD_NET_NAME:
    case ERROR_INVALID_NAME:
    case ERROR_BAD_PATHNAME: return ENOENT;
    case ERROR_ACCESS_DENIED:
    case ERROR_NETWORK_ACCESS_DENIED:
    case ERROR_CANT_ACCESS_FILE:
    case 740:  // ERROR_ELEVATION_REQUIRED
    case 225:  // ERROR_VIRUS_INFECTED
        return EACCES;
    case ERROR_PRIVILEGE_NOT_HELD: return EPERM;
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION: return EBUSY;
    case ERROR_WRITE_PROTECT: return EROFS;
    case ERROR_FILENAME_EXCED_RANGE: return ENAMETOOLONG;
    case ERROR_DIRECTORY: return ENOTDIR;
    default: return err >= 358 && err <= 405 ? EACCES : EIO;  // ERROR_CLOUD_FILE_*
    }
}

std::wstring apiPath(const std::wstring& full) {
    if (full.rfind(L"\\\\?\\", 0) == 0 || full.rfind(L"\\\\.\\", 0) == 0) return full;
    if (full.rfind(L"\\\\", 0) == 0) return L"\\\\?\\UNC\\" + full.substr(2);
    return L"\\\\?\\" + full;
}

bool fileIdentity(HANDLE h, FileIdentity& out) {
    BY_HANDLE_FILE_INFORMATION info{};
    if (!GetFileInformationByHandle(h, &info)) return false;
    out.dev = info.dwVolumeSerialNumber;
    out.ino = (uint64_t(info.nFileIndexHigh) << 32) | info.nFileIndexLow;
    out.attributes = info.dwFileAttributes;
    out.size = (uint64_t(info.nFileSizeHigh) << 32) | info.nFileSizeLow;
    out.mtime = static_cast<int64_t>((uint64_t(info.ftLastWriteTime.dwHighDateTime) << 32) |
                                     info.ftLastWriteTime.dwLowDateTime);
    return true;
}

std::wstring besideThisProgram(const wchar_t* name) {
    std::wstring self(32768, L'\0');
    const DWORD n = GetModuleFileNameW(nullptr, self.data(), static_cast<DWORD>(self.size()));
    self.resize(n);
    const auto sep = self.find_last_of(L"\\/");
    return (sep == std::wstring::npos ? std::wstring() : self.substr(0, sep + 1)) + name;
}

uint64_t processStartTime(HANDLE process) {
    FILETIME created{}, exited{}, kernel{}, user{};
    if (!GetProcessTimes(process, &created, &exited, &kernel, &user)) return 0;
    return (uint64_t(created.dwHighDateTime) << 32) | created.dwLowDateTime;
}

std::optional<std::string> readSmallFile(const std::wstring& path) {
    HANDLE h = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                           FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (h == INVALID_HANDLE_VALUE) return std::nullopt;
    std::string text;
    char buf[8192];
    DWORD n = 0;
    while (ReadFile(h, buf, sizeof buf, &n, nullptr) && n > 0 && text.size() < (1U << 20)) text.append(buf, n);
    CloseHandle(h);
    return text;
}

std::string sidString(PSID sid) {
    LPWSTR s = nullptr;
    if (!sid || !ConvertSidToStringSidW(sid, &s)) return {};
    std::string out = narrow(s);
    LocalFree(s);
    return out;
}

std::string accountName(PSID sid) {
    if (!sid) return {};
    wchar_t name[256], domain[256];
    DWORD nameLen = 256, domainLen = 256;
    SID_NAME_USE use;
    if (!LookupAccountSidW(nullptr, sid, name, &nameLen, domain, &domainLen, &use)) return {};
    std::wstring full = domainLen > 0 && domain[0] ? std::wstring(domain) + L"\\" + name : std::wstring(name);
    return narrow(full);
}

}  // namespace wd::winsys
