// The boundary between the core's UTF-8 strings and the Win32 wide-character API, and the names
// of Win32 errors and security identifiers.
#pragma once

#include <windows.h>

#include <string>

namespace wd::winsys {

std::wstring widen(const std::string& utf8);     // invalid UTF-8 becomes U+FFFD
std::string narrow(const std::wstring& utf16);   // unpaired surrogates become U+FFFD
std::string narrow(const wchar_t* utf16);

std::string winErrorName(DWORD err);  // "ERROR_ACCESS_DENIED"; "ERROR_<n>" for others
int errnoFor(DWORD err);              // the nearest errno: EACCES, EBUSY, ENOENT …

// The form every file API here is called with: \\?\C:\… or \\?\UNC\server\share\…, so that long
// paths and names ending in dots or spaces reach the file system unchanged. `full` must be absolute.
std::wstring apiPath(const std::wstring& full);

std::string sidString(PSID sid);
std::string accountName(PSID sid);  // "DOMAIN\\name", empty when it cannot be resolved

}  // namespace wd::winsys
