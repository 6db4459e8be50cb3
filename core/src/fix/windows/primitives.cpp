// SPDX-License-Identifier: GPL-3.0-or-later
#include "fix/windows/primitives.h"

#include "platform/windows/text.h"

#include <windows.h>
#include <aclapi.h>
#include <sddl.h>

#include <vector>

namespace wd::winfix {
namespace {

constexpr SECURITY_INFORMATION kOwnerAndDacl = OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION;
constexpr DWORD kSettable = FILE_ATTRIBUTE_READONLY | FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM |
                            FILE_ATTRIBUTE_ARCHIVE | FILE_ATTRIBUTE_NOT_CONTENT_INDEXED;

Result finish(HANDLE h, Result r, DWORD err, const char* done) {
    r.winError = err;
    r.ok = err == ERROR_SUCCESS;
    r.message = r.ok ? done : "Windows refused: " + winsys::winErrorName(err) + ".";
    r.after = capture(h);
    return r;
}

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

// The protection of the DACL as it is, so that writing it back neither starts nor stops inheritance.
SECURITY_INFORMATION daclKeepingProtection(PSECURITY_DESCRIPTOR sd) {
    SECURITY_DESCRIPTOR_CONTROL control = 0;
    DWORD revision = 0;
    GetSecurityDescriptorControl(sd, &control, &revision);
    return DACL_SECURITY_INFORMATION |
           ((control & SE_DACL_PROTECTED) ? PROTECTED_DACL_SECURITY_INFORMATION : UNPROTECTED_DACL_SECURITY_INFORMATION);
}

// Opens a path as itself (a link is opened, not followed) for a change by this process's account.
class ByPath {
public:
    ByPath(const std::wstring& path, DWORD access)
        : h_(openAsItself(path, access)), err_(h_ == INVALID_HANDLE_VALUE ? GetLastError() : ERROR_SUCCESS) {}
    ~ByPath() {
        if (h_ != INVALID_HANDLE_VALUE) CloseHandle(h_);
    }
    ByPath(const ByPath&) = delete;
    ByPath& operator=(const ByPath&) = delete;
    template <typename F>
    Result run(F&& f) const {
        if (h_ != INVALID_HANDLE_VALUE) return f(h_);
        Result r;
        r.winError = err_;
        r.message = "Windows refused: " + winsys::winErrorName(err_) + ".";
        return r;
    }

private:
    HANDLE h_;
    DWORD err_;
};

}  // namespace

HANDLE openAsItself(const std::wstring& path, DWORD access) {
    const auto open = [&](DWORD rights) {
        return CreateFileW(winsys::apiPath(path).c_str(), READ_CONTROL | FILE_READ_ATTRIBUTES | rights,
                           FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING,
                           FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    };
    HANDLE h = open(access);
    if (h == INVALID_HANDLE_VALUE && GetLastError() == ERROR_ACCESS_DENIED && (access & FILE_WRITE_ATTRIBUTES) &&
        GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "wine_get_version"))
        h = open(access & ~FILE_WRITE_ATTRIBUTES);
    return h;
}

Snapshot capture(HANDLE h) {
    Snapshot s;
    FILE_BASIC_INFO basic{};
    if (h == INVALID_HANDLE_VALUE || !GetFileInformationByHandleEx(h, FileBasicInfo, &basic, sizeof basic)) return s;
    s.present = true;
    s.attributes = basic.FileAttributes;
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (GetSecurityInfo(h, SE_FILE_OBJECT, kOwnerAndDacl, nullptr, nullptr, nullptr, nullptr, &sd) == ERROR_SUCCESS) {
        LPWSTR text = nullptr;
        if (ConvertSecurityDescriptorToStringSecurityDescriptorW(sd, SDDL_REVISION_1, kOwnerAndDacl, &text, nullptr)) {
            s.sddl = winsys::narrow(text);
            LocalFree(text);
        }
        LocalFree(sd);
    }
    return s;
}

Snapshot capture(const std::wstring& path) {
    HANDLE h = openAsItself(path, 0);
    if (h == INVALID_HANDLE_VALUE) return {};
    Snapshot s = capture(h);
    CloseHandle(h);
    return s;
}

std::vector<unsigned char> processUserSid() {
    std::vector<unsigned char> out;
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) return out;
    DWORD len = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &len);
    std::vector<BYTE> buf(len);
    if (len && GetTokenInformation(token, TokenUser, buf.data(), len, &len)) {
        PSID sid = reinterpret_cast<TOKEN_USER*>(buf.data())->User.Sid;
        out.assign(static_cast<BYTE*>(sid), static_cast<BYTE*>(sid) + GetLengthSid(sid));
    }
    CloseHandle(token);
    return out;
}

std::vector<unsigned char> accountSid(const std::string& who) {
    std::vector<unsigned char> out;
    if (who.rfind("*S-", 0) == 0) {
        PSID converted = nullptr;
        if (!ConvertStringSidToSidW(winsys::widen(who.substr(1)).c_str(), &converted)) return out;
        out.assign(static_cast<BYTE*>(converted), static_cast<BYTE*>(converted) + GetLengthSid(converted));
        LocalFree(converted);
        return out;
    }
    DWORD sidLen = 0, domainLen = 0;
    SID_NAME_USE use;
    const std::wstring name = winsys::widen(who);
    LookupAccountNameW(nullptr, name.c_str(), nullptr, &sidLen, nullptr, &domainLen, &use);
    out.resize(sidLen);
    std::wstring domain(domainLen + 1, L'\0');
    if (!sidLen || !LookupAccountNameW(nullptr, name.c_str(), out.data(), &sidLen, domain.data(), &domainLen, &use))
        out.clear();
    return out;
}

void enableOwnerPrivileges() {
    enablePrivilege(SE_TAKE_OWNERSHIP_NAME);  // absent without elevation: then only your own files work
    enablePrivilege(SE_RESTORE_NAME);         // naming another account as owner, writing past the DACL
    enablePrivilege(SE_BACKUP_NAME);          // reading the descriptor past the DACL
}

Result clearReadOnly(HANDLE h) {
    Result r;
    r.before = capture(h);
    if (!r.before.present) return finish(h, r, GetLastError(), "");
    FILE_BASIC_INFO basic{};  // zero times: left as they are
    basic.FileAttributes = (r.before.attributes & kSettable & ~FILE_ATTRIBUTE_READONLY);
    if (basic.FileAttributes == 0) basic.FileAttributes = FILE_ATTRIBUTE_NORMAL;
    const BOOL ok = SetFileInformationByHandle(h, FileBasicInfo, &basic, sizeof basic);
    return finish(h, r, ok ? ERROR_SUCCESS : GetLastError(), "The read-only attribute is cleared.");
}

PACL withModifyFor(PACL old, PSID who, DWORD& err) {
    EXPLICIT_ACCESS_W ea{};
    ea.grfAccessPermissions = FILE_GENERIC_READ | FILE_GENERIC_WRITE | FILE_GENERIC_EXECUTE | DELETE;  // icacls (M)
    ea.grfAccessMode = GRANT_ACCESS;
    ea.grfInheritance = NO_INHERITANCE;
    ea.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    ea.Trustee.TrusteeType = TRUSTEE_IS_USER;
    ea.Trustee.ptstrName = static_cast<LPWSTR>(who);
    PACL out = nullptr;
    err = SetEntriesInAclW(1, &ea, old, &out);
    return err == ERROR_SUCCESS ? out : nullptr;
}

Result grantModify(HANDLE h, PSID who) {
    Result r;
    r.before = capture(h);
    if (!r.before.present || !who) return finish(h, r, r.before.present ? ERROR_INVALID_SID : GetLastError(), "");
    PACL oldDacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    DWORD err = GetSecurityInfo(h, SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &oldDacl, nullptr, &sd);
    if (err != ERROR_SUCCESS) return finish(h, r, err, "");
    PACL newDacl = withModifyFor(oldDacl, who, err);
    if (newDacl) {
        err = SetSecurityInfo(h, SE_FILE_OBJECT, daclKeepingProtection(sd), nullptr, nullptr, newDacl, nullptr);
        LocalFree(newDacl);
    }
    LocalFree(sd);
    return finish(h, r, err, "Your account may now read, write and delete it.");
}

Result takeOwnership(HANDLE h, PSID who) {
    Result r;
    r.before = capture(h);
    if (!r.before.present || !who) return finish(h, r, r.before.present ? ERROR_INVALID_SID : GetLastError(), "");
    enableOwnerPrivileges();
    const DWORD err = SetSecurityInfo(h, SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION, who, nullptr, nullptr, nullptr);
    return finish(h, r, err, "Your account is now the owner.");
}

Result removeDeny(HANDLE h, PSID sid, const std::string& shownName) {
    Result r;
    r.before = capture(h);
    if (!r.before.present || !sid) return finish(h, r, r.before.present ? ERROR_NONE_MAPPED : GetLastError(), "");
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    DWORD err = GetSecurityInfo(h, SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &dacl, nullptr, &sd);
    if (err != ERROR_SUCCESS) return finish(h, r, err, "");
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
        r = finish(h, r, ERROR_NOT_FOUND, "");
        r.message = inherited ? "The deny entry is inherited from a parent folder; remove it there."
                              : "There is no deny entry for " + shownName + " any more.";
        return r;
    }
    err = SetSecurityInfo(h, SE_FILE_OBJECT, daclKeepingProtection(sd), nullptr, nullptr, dacl, nullptr);
    LocalFree(sd);
    return finish(h, r, err, "The deny entry is removed.");
}

Result restore(HANDLE h, const Snapshot& before) {
    Result r;
    r.before = capture(h);
    if (!before.present || !r.before.present) return finish(h, r, ERROR_FILE_NOT_FOUND, "");
    DWORD err = ERROR_SUCCESS;
    if (!before.sddl.empty() && before.sddl != r.before.sddl) {
        PSECURITY_DESCRIPTOR sd = nullptr;
        if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(winsys::widen(before.sddl).c_str(), SDDL_REVISION_1, &sd,
                                                                  nullptr))
            return finish(h, r, GetLastError(), "");
        PSID owner = nullptr;
        PACL dacl = nullptr;
        BOOL present = FALSE, defaulted = FALSE;
        GetSecurityDescriptorOwner(sd, &owner, &defaulted);
        GetSecurityDescriptorDacl(sd, &present, &dacl, &defaulted);
        SECURITY_INFORMATION what = daclKeepingProtection(sd);
        if (owner) {
            enableOwnerPrivileges();
            what |= OWNER_SECURITY_INFORMATION;
        }
        err = SetSecurityInfo(h, SE_FILE_OBJECT, what, owner, nullptr, present ? dacl : nullptr, nullptr);
        LocalFree(sd);
    }
    // Attributes last: a read-only attribute put back first would not stop the DACL change, but
    // the order keeps "what was there" the final word.
    if (err == ERROR_SUCCESS && (before.attributes & kSettable) != (capture(h).attributes & kSettable)) {
        FILE_BASIC_INFO basic{};
        basic.FileAttributes = before.attributes & kSettable;
        if (basic.FileAttributes == 0) basic.FileAttributes = FILE_ATTRIBUTE_NORMAL;
        if (!SetFileInformationByHandle(h, FileBasicInfo, &basic, sizeof basic)) err = GetLastError();
    }
    return finish(h, r, err, "The previous attributes and permissions are back.");
}

Result clearReadOnly(const std::wstring& path) {
    return ByPath(path, FILE_WRITE_ATTRIBUTES).run([](HANDLE h) { return clearReadOnly(h); });
}

Result grantModify(const std::wstring& path) {
    auto me = processUserSid();
    return ByPath(path, WRITE_DAC).run([&](HANDLE h) { return grantModify(h, me.empty() ? nullptr : me.data()); });
}

Result takeOwnership(const std::wstring& path) {
    enableOwnerPrivileges();
    auto me = processUserSid();
    return ByPath(path, WRITE_OWNER).run([&](HANDLE h) { return takeOwnership(h, me.empty() ? nullptr : me.data()); });
}

Result restore(const std::wstring& path, const Snapshot& before) {
    enableOwnerPrivileges();
    return ByPath(path, WRITE_DAC | WRITE_OWNER | FILE_WRITE_ATTRIBUTES).run([&](HANDLE h) { return restore(h, before); });
}

}  // namespace wd::winfix
