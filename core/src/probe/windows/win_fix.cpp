// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/windows/win_fix.h"

#include "probe/windows/win_text.h"

#include <windows.h>
#include <aclapi.h>
#include <sddl.h>

#include <vector>

namespace wd::winfix {
namespace {

constexpr SECURITY_INFORMATION kOwnerAndDacl = OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION;

std::vector<BYTE> processUser() {
    std::vector<BYTE> buf;
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) return buf;
    DWORD len = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &len);
    buf.resize(len);
    if (!len || !GetTokenInformation(token, TokenUser, buf.data(), len, &len)) buf.clear();
    CloseHandle(token);
    return buf;
}

Result finish(const std::wstring& path, Result r, DWORD err, const char* done) {
    r.winError = err;
    r.ok = err == ERROR_SUCCESS;
    r.message = r.ok ? done : "Windows refused: " + winsys::winErrorName(err) + ".";
    r.after = capture(path);
    return r;
}

// SeTakeOwnershipPrivilege lets an administrator make itself the owner of anything; it is present
// but disabled in an elevated token, absent otherwise.
bool enablePrivilege(const wchar_t* name) {
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY, &token)) return false;
    TOKEN_PRIVILEGES tp{};
    tp.PrivilegeCount = 1;
    tp.Privileges[0].Attributes = SE_PRIVILEGE_ENABLED;
    const bool ok = LookupPrivilegeValueW(nullptr, name, &tp.Privileges[0].Luid) &&
                    AdjustTokenPrivileges(token, FALSE, &tp, 0, nullptr, nullptr) && GetLastError() == ERROR_SUCCESS;
    CloseHandle(token);
    return ok;
}

}  // namespace

Snapshot capture(const std::wstring& path) {
    Snapshot s;
    const std::wstring api = winsys::apiPath(path);
    const DWORD a = GetFileAttributesW(api.c_str());
    if (a == INVALID_FILE_ATTRIBUTES) return s;
    s.present = true;
    s.attributes = a;
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (GetNamedSecurityInfoW(api.c_str(), SE_FILE_OBJECT, kOwnerAndDacl, nullptr, nullptr, nullptr, nullptr, &sd) ==
        ERROR_SUCCESS) {
        LPWSTR text = nullptr;
        if (ConvertSecurityDescriptorToStringSecurityDescriptorW(sd, SDDL_REVISION_1, kOwnerAndDacl, &text, nullptr)) {
            s.sddl = winsys::narrow(text);
            LocalFree(text);
        }
        LocalFree(sd);
    }
    return s;
}

Result clearReadOnly(const std::wstring& path) {
    Result r;
    r.before = capture(path);
    if (!r.before.present) return finish(path, r, GetLastError(), "");
    const BOOL ok = SetFileAttributesW(winsys::apiPath(path).c_str(), r.before.attributes & ~FILE_ATTRIBUTE_READONLY);
    return finish(path, r, ok ? ERROR_SUCCESS : GetLastError(), "The read-only attribute is cleared.");
}

Result grantModify(const std::wstring& path) {
    Result r;
    r.before = capture(path);
    const std::wstring api = winsys::apiPath(path);
    auto user = processUser();
    if (!r.before.present || user.empty()) return finish(path, r, r.before.present ? GetLastError() : ERROR_FILE_NOT_FOUND, "");
    PACL oldDacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    DWORD err = GetNamedSecurityInfoW(api.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &oldDacl,
                                      nullptr, &sd);
    if (err != ERROR_SUCCESS) return finish(path, r, err, "");
    EXPLICIT_ACCESS_W ea{};
    ea.grfAccessPermissions = FILE_GENERIC_READ | FILE_GENERIC_WRITE | FILE_GENERIC_EXECUTE | DELETE;  // icacls (M)
    ea.grfAccessMode = GRANT_ACCESS;
    ea.grfInheritance = (r.before.attributes & FILE_ATTRIBUTE_DIRECTORY) ? SUB_CONTAINERS_AND_OBJECTS_INHERIT : NO_INHERITANCE;
    ea.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    ea.Trustee.TrusteeType = TRUSTEE_IS_USER;
    ea.Trustee.ptstrName = static_cast<LPWSTR>(reinterpret_cast<TOKEN_USER*>(user.data())->User.Sid);
    PACL newDacl = nullptr;
    err = SetEntriesInAclW(1, &ea, oldDacl, &newDacl);
    if (err == ERROR_SUCCESS) {
        std::wstring mutablePath = api;
        err = SetNamedSecurityInfoW(mutablePath.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr,
                                    newDacl, nullptr);
        LocalFree(newDacl);
    }
    LocalFree(sd);
    return finish(path, r, err, "Your account may now read, write and delete it.");
}

Result takeOwnership(const std::wstring& path) {
    Result r;
    r.before = capture(path);
    auto user = processUser();
    if (!r.before.present || user.empty()) return finish(path, r, r.before.present ? GetLastError() : ERROR_FILE_NOT_FOUND, "");
    enablePrivilege(SE_TAKE_OWNERSHIP_NAME);  // absent without elevation: then only your own files work
    std::wstring api = winsys::apiPath(path);
    const DWORD err = SetNamedSecurityInfoW(api.data(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION,
                                            reinterpret_cast<TOKEN_USER*>(user.data())->User.Sid, nullptr, nullptr, nullptr);
    return finish(path, r, err, "Your account is now the owner.");
}

Result removeDeny(const std::wstring& path, const std::string& who) {
    Result r;
    r.before = capture(path);
    if (!r.before.present) return finish(path, r, ERROR_FILE_NOT_FOUND, "");
    std::vector<BYTE> sidBuf;
    PSID sid = nullptr;
    if (who.rfind("*S-", 0) == 0) {
        PSID converted = nullptr;
        if (!ConvertStringSidToSidW(winsys::widen(who.substr(1)).c_str(), &converted)) return finish(path, r, GetLastError(), "");
        sidBuf.assign(static_cast<BYTE*>(converted), static_cast<BYTE*>(converted) + GetLengthSid(converted));
        LocalFree(converted);
    } else {
        DWORD sidLen = 0, domainLen = 0;
        SID_NAME_USE use;
        const std::wstring name = winsys::widen(who);
        LookupAccountNameW(nullptr, name.c_str(), nullptr, &sidLen, nullptr, &domainLen, &use);
        sidBuf.resize(sidLen);
        std::wstring domain(domainLen + 1, L'\0');
        if (!sidLen || !LookupAccountNameW(nullptr, name.c_str(), sidBuf.data(), &sidLen, domain.data(), &domainLen, &use))
            return finish(path, r, ERROR_NONE_MAPPED, "");
    }
    sid = sidBuf.data();
    std::wstring api = winsys::apiPath(path);
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    DWORD err = GetNamedSecurityInfoW(api.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &dacl,
                                      nullptr, &sd);
    if (err != ERROR_SUCCESS) return finish(path, r, err, "");
    int removed = 0, inherited = 0;
    // Backwards, so that deleting an entry does not shift the ones still to look at.
    for (int i = dacl ? static_cast<int>(dacl->AceCount) - 1 : -1; i >= 0; --i) {
        void* ace = nullptr;
        if (!GetAce(dacl, static_cast<DWORD>(i), &ace)) continue;
        auto* header = static_cast<ACE_HEADER*>(ace);
        if (header->AceType != ACCESS_DENIED_ACE_TYPE) continue;
        if (!EqualSid(&static_cast<ACCESS_DENIED_ACE*>(ace)->SidStart, sid)) continue;
        if (header->AceFlags & INHERITED_ACE) {
            ++inherited;
            continue;
        }
        if (DeleteAce(dacl, static_cast<DWORD>(i))) ++removed;
    }
    if (removed == 0) {
        LocalFree(sd);
        r = finish(path, r, ERROR_NOT_FOUND, "");
        r.message = inherited ? "The deny entry is inherited from a parent folder; remove it there."
                              : "There is no deny entry for " + who + " any more.";
        return r;
    }
    SECURITY_DESCRIPTOR_CONTROL control = 0;
    DWORD revision = 0;
    GetSecurityDescriptorControl(sd, &control, &revision);
    const SECURITY_INFORMATION what = DACL_SECURITY_INFORMATION | ((control & SE_DACL_PROTECTED)
                                                                       ? PROTECTED_DACL_SECURITY_INFORMATION
                                                                       : UNPROTECTED_DACL_SECURITY_INFORMATION);
    err = SetNamedSecurityInfoW(api.data(), SE_FILE_OBJECT, what, nullptr, nullptr, dacl, nullptr);
    LocalFree(sd);
    return finish(path, r, err, "The deny entry is removed.");
}

Result restore(const std::wstring& path, const Snapshot& before) {
    Result r;
    r.before = capture(path);
    if (!before.present || !r.before.present) return finish(path, r, ERROR_FILE_NOT_FOUND, "");
    std::wstring api = winsys::apiPath(path);
    DWORD err = ERROR_SUCCESS;
    if (!before.sddl.empty() && before.sddl != r.before.sddl) {
        PSECURITY_DESCRIPTOR sd = nullptr;
        if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(winsys::widen(before.sddl).c_str(), SDDL_REVISION_1, &sd,
                                                                  nullptr))
            return finish(path, r, GetLastError(), "");
        PSID owner = nullptr;
        PACL dacl = nullptr;
        BOOL present = FALSE, defaulted = FALSE;
        GetSecurityDescriptorOwner(sd, &owner, &defaulted);
        GetSecurityDescriptorDacl(sd, &present, &dacl, &defaulted);
        SECURITY_DESCRIPTOR_CONTROL control = 0;
        DWORD revision = 0;
        GetSecurityDescriptorControl(sd, &control, &revision);
        SECURITY_INFORMATION what = DACL_SECURITY_INFORMATION |
                                    ((control & SE_DACL_PROTECTED) ? PROTECTED_DACL_SECURITY_INFORMATION
                                                                   : UNPROTECTED_DACL_SECURITY_INFORMATION);
        if (owner) {
            enablePrivilege(SE_RESTORE_NAME);  // setting another account as owner needs it
            what |= OWNER_SECURITY_INFORMATION;
        }
        err = SetNamedSecurityInfoW(api.data(), SE_FILE_OBJECT, what, owner, nullptr, present ? dacl : nullptr, nullptr);
        LocalFree(sd);
    }
    // Attributes last: a read-only attribute put back first would not stop the DACL change, but
    // the order keeps "what was there" the final word.
    constexpr DWORD kSettable = FILE_ATTRIBUTE_READONLY | FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM |
                                FILE_ATTRIBUTE_ARCHIVE | FILE_ATTRIBUTE_NOT_CONTENT_INDEXED;
    if (err == ERROR_SUCCESS && (before.attributes & kSettable) != (capture(path).attributes & kSettable)) {
        const DWORD keep = capture(path).attributes & ~kSettable & ~FILE_ATTRIBUTE_DIRECTORY;
        if (!SetFileAttributesW(api.c_str(), keep | (before.attributes & kSettable))) err = GetLastError();
    }
    return finish(path, r, err, "The previous attributes and permissions are back.");
}

}  // namespace wd::winfix
