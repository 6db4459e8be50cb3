// SPDX-License-Identifier: GPL-3.0-or-later
// Windows fix primitives: what the Windows fixes of rules/windows.h do, through the Win32 API
// rather than attrib/icacls/takeown. Each records the state before (attributes and the security
// descriptor as SDDL) so that restore() can undo it. The fix engine (core/src/fix/windows_apply.cpp)
// calls them after checking that the path is still the diagnosed file.
#pragma once

#include <cstdint>
#include <string>

namespace wd::winfix {

struct Snapshot {
    bool present = false;
    uint32_t attributes = 0;  // FILE_ATTRIBUTE_*
    std::string sddl;         // owner + DACL ("O:…D:…")
};
Snapshot capture(const std::wstring& path);

struct Result {
    bool ok = false;
    uint32_t winError = 0;
    std::string message;  // one sentence for a person
    Snapshot before, after;
};

Result clearReadOnly(const std::wstring& path);  // attrib -R
Result grantModify(const std::wstring& path);    // icacls PATH /grant YOU:(M), for the process's user
Result takeOwnership(const std::wstring& path);
// icacls PATH /remove:d WHO: removes the explicit deny entries of one account ("DOMAIN\\name" or
// "*S-1-…"); inherited ones belong to a parent folder and are left alone (and reported).
Result removeDeny(const std::wstring& path, const std::string& who);  // takeown /F PATH (needs SeTakeOwnershipPrivilege unless it is yours)
Result restore(const std::wstring& path, const Snapshot& before);  // puts attributes, owner and DACL back

}  // namespace wd::winfix
