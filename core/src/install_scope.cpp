// SPDX-License-Identifier: GPL-3.0-or-later
#include "whydenied/install_scope.h"

#include <algorithm>
#include <cctype>

#ifdef _WIN32
#include "platform/windows/text.h"

#include <windows.h>
#include <knownfolders.h>
#include <shlobj.h>
#endif

namespace wd {

namespace {

std::string foldedWindowsPath(std::string p) {
    std::replace(p.begin(), p.end(), '/', '\\');
    // ASCII folding is enough: the folders compared are Program Files paths the system names.
    std::transform(p.begin(), p.end(), p.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    while (p.size() > 3 && p.back() == '\\') p.pop_back();
    return p;
}

}  // namespace

bool insideWindowsFolder(const std::string& program, const std::string& folder) {
    if (folder.empty()) return false;
    const std::string p = foldedWindowsPath(program), f = foldedWindowsPath(folder);
    if (p.size() <= f.size() || p.compare(0, f.size(), f) != 0) return false;
    return f.back() == '\\' || p[f.size()] == '\\';
}

#ifdef _WIN32
InstallScope installScope() {
    std::wstring self(32768, L'\0');
    const DWORD n = GetModuleFileNameW(nullptr, self.data(), static_cast<DWORD>(self.size()));
    if (n == 0 || n >= self.size()) return InstallScope::PerUser;
    self.resize(n);
    for (const KNOWNFOLDERID& id : {FOLDERID_ProgramFiles, FOLDERID_ProgramFilesX86}) {
        PWSTR folder = nullptr;
        const bool ok = SUCCEEDED(SHGetKnownFolderPath(id, 0, nullptr, &folder));
        const std::string f = ok ? winsys::narrow(folder) : std::string();
        CoTaskMemFree(folder);
        if (insideWindowsFolder(winsys::narrow(self), f)) return InstallScope::AllUsers;
    }
    return InstallScope::PerUser;
}
#else
InstallScope installScope() { return InstallScope::AllUsers; }
#endif

}  // namespace wd
