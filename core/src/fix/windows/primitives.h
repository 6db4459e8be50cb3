// SPDX-License-Identifier: GPL-3.0-or-later
// Windows fix primitives: what the Windows fixes of rules/support/windows.h do, through the Win32 API
// rather than attrib/icacls/takeown. Each records the state before (attributes and the security
// descriptor as SDDL) so that restore() can undo it. The fix engine (core/src/fix/windows/apply.cpp)
// calls them after checking that the path is still the diagnosed file.
#pragma once

#include <windows.h>

#include <cstdint>
#include <string>
#include <vector>

namespace wd::winfix {

struct Snapshot {
    bool present = false;
    uint32_t attributes = 0;  // FILE_ATTRIBUTE_*
    std::string sddl;         // owner + DACL ("O:…D:…")
};
Snapshot capture(const std::wstring& path);
// From a handle opened with READ_CONTROL (and FILE_READ_ATTRIBUTES).
Snapshot capture(HANDLE h);

struct Result {
    bool ok = false;
    uint32_t winError = 0;
    std::string message;  // one sentence for a person
    Snapshot before, after;
};

// Each change is made through a handle the caller opened and checked (fix/windows/apply.cpp), never
// by resolving the path again: a junction swapped in after the check cannot redirect it. The
// handle needs READ_CONTROL and FILE_READ_ATTRIBUTES, plus what each change writes.
Result clearReadOnly(HANDLE h);                  // attrib -R; FILE_WRITE_ATTRIBUTES
// icacls PATH /grant WHO:(M) for one account, on this object only: a folder's entry is not
// inherited by what is inside it ((OI)(CI) would open every file below). WRITE_DAC.
Result grantModify(HANDLE h, PSID who);
// The DACL grantModify writes: `old` with Modify for `who` on the object only. LocalFree it; null
// when Windows refuses (`err`).
PACL withModifyFor(PACL old, PSID who, DWORD& err);
Result takeOwnership(HANDLE h, PSID who);        // takeown /F PATH, for WHO; WRITE_OWNER
// icacls PATH /remove:d WHO: removes the explicit deny entries of one account; inherited ones
// belong to a parent folder and are left alone (and reported). WRITE_DAC.
Result removeDeny(HANDLE h, PSID who, const std::string& shownName);
Result restore(HANDLE h, const Snapshot& before);  // attributes, owner and DACL back; all three rights

// Opens a file as itself (a link is opened, not followed), shared for reading and writing but not
// for deletion or renaming, with READ_CONTROL | FILE_READ_ATTRIBUTES | `access`. Wine opens the
// Unix file for writing when FILE_WRITE_ATTRIBUTES is asked, which a read-only file refuses; it
// does not check that right when attributes are set, so there the handle is opened without it.
// (Windows opens it; a handle without it would be refused the change, and that is reported.)
HANDLE openAsItself(const std::wstring& path, DWORD access);

// The same for this process's own account, by path (opened here without following a link).
Result clearReadOnly(const std::wstring& path);
Result grantModify(const std::wstring& path);
Result takeOwnership(const std::wstring& path);
Result restore(const std::wstring& path, const Snapshot& before);

// An account as the rules name it ("DOMAIN\\name" or "*S-1-…") as a SID; empty when unknown.
std::vector<unsigned char> accountSid(const std::string& who);
// The SID of this process's user.
std::vector<unsigned char> processUserSid();
// SeTakeOwnershipPrivilege, SeRestorePrivilege and SeBackupPrivilege: present but disabled in an
// elevated token, needed to open for WRITE_OWNER a file that is not ours, to name another account
// as owner, and (with FILE_FLAG_BACKUP_SEMANTICS) to reach a file whose DACL leaves out administrators.
void enableOwnerPrivileges();

}  // namespace wd::winfix
