// SPDX-License-Identifier: GPL-3.0-or-later
// The boundary between the core's UTF-8 strings and the Win32 wide-character API, and the names
// of Win32 errors and security identifiers.
#pragma once

#include <windows.h>

#include <cstdint>
#include <optional>
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

// What a file is, from an open handle: the volume serial number and the NTFS file index stand in
// for POSIX's device and inode (the probe records them; a fix checks them again before acting).
struct FileIdentity {
    uint64_t dev = 0, ino = 0;
    DWORD attributes = 0;
    uint64_t size = 0;
    int64_t mtime = 0;  // FILETIME, 100 ns units
};
bool fileIdentity(HANDLE h, FileIdentity& out);

// A program installed beside this one (the helpers ship in the same folder).
std::wstring besideThisProgram(const wchar_t* name);

// Small files the fix engine keeps (journal entries): at most 1 MiB is read, of the file itself (a
// link in its place is opened as the link). nullopt: no file.
std::optional<std::string> readSmallFile(const std::wstring& path);

// When a process started (FILETIME units), 0 when it cannot be asked: with its pid it names one
// process, since pids are reused.
uint64_t processStartTime(HANDLE process);

std::string sidString(PSID sid);
std::string accountName(PSID sid);  // "DOMAIN\\name", empty when it cannot be resolved

}  // namespace wd::winsys
