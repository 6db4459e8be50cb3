// SPDX-License-Identifier: GPL-3.0-or-later
#include "fix/windows/guard.h"

#include "platform/windows/text.h"
#include "whydenied/fix.h"

#include <windows.h>
#include <aclapi.h>
#include <knownfolders.h>
#include <sddl.h>
#include <shlobj.h>

#include <memory>

namespace wd::winguard {
namespace {

using winsys::narrow;
using winsys::widen;

constexpr const char* kTrustedInstaller = "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464";

struct LocalDeleter {
    void operator()(void* p) const { LocalFree(p); }
};
using LocalSd = std::unique_ptr<void, LocalDeleter>;

// The known folders and profiles are compared by where they really are, like the target.
std::wstring resolved(const std::wstring& path) {
    if (path.empty()) return path;
    HANDLE h = CreateFileW(winsys::apiPath(path).c_str(), FILE_READ_ATTRIBUTES,
                           FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                           FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (h == INVALID_HANDLE_VALUE) return path;
    std::wstring out = finalPath(h);
    CloseHandle(h);
    return out.empty() ? path : out;
}

std::wstring knownFolder(REFKNOWNFOLDERID id) {
    PWSTR p = nullptr;
    std::wstring out;
    if (SHGetKnownFolderPath(id, KF_FLAG_DONT_VERIFY, nullptr, &p) == S_OK && p) out = p;
    CoTaskMemFree(p);
    return resolved(out);
}

bool sameText(const wchar_t* a, int na, const wchar_t* b, int nb) {
    return CompareStringOrdinal(a, na, b, nb, TRUE) == CSTR_EQUAL;
}

// `path` is `root` or inside it, compared without case as NTFS does.
bool under(const std::wstring& path, std::wstring root) {
    while (root.size() > 3 && root.back() == L'\\') root.pop_back();
    if (root.empty() || path.size() < root.size()) return false;
    if (!sameText(path.data(), static_cast<int>(root.size()), root.data(), static_cast<int>(root.size()))) return false;
    return path.size() == root.size() || root.back() == L'\\' || path[root.size()] == L'\\';
}

// A person's account: a local or domain user (S-1-5-21-…) or an Entra ID one (S-1-12-1-…);
// not SYSTEM, the service accounts or a group.
bool personSid(const std::string& sid) { return sid.rfind("S-1-5-21-", 0) == 0 || sid.rfind("S-1-12-1-", 0) == 0; }

std::string ownerOf(HANDLE h) {
    PSID owner = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (GetSecurityInfo(h, SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION, &owner, nullptr, nullptr, nullptr, &sd) !=
        ERROR_SUCCESS)
        return {};
    const LocalSd keep(sd);
    return winsys::sidString(owner);
}

std::string sddlOf(HANDLE h) {
    constexpr SECURITY_INFORMATION what = OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION;
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (GetSecurityInfo(h, SE_FILE_OBJECT, what, nullptr, nullptr, nullptr, nullptr, &sd) != ERROR_SUCCESS) return {};
    const LocalSd keep(sd);
    LPWSTR text = nullptr;
    if (!ConvertSecurityDescriptorToStringSecurityDescriptorW(sd, SDDL_REVISION_1, what, &text, nullptr)) return {};
    std::string out = narrow(text);
    LocalFree(text);
    return out;
}

}  // namespace

std::string processUserSid() {
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) return {};
    DWORD len = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &len);
    std::vector<BYTE> buf(len);
    std::string out;
    if (len && GetTokenInformation(token, TokenUser, buf.data(), len, &len))
        out = winsys::sidString(reinterpret_cast<TOKEN_USER*>(buf.data())->User.Sid);
    CloseHandle(token);
    return out;
}

std::wstring finalPath(HANDLE h) {
    std::wstring buf(1024, L'\0');
    DWORD n = GetFinalPathNameByHandleW(h, buf.data(), static_cast<DWORD>(buf.size()), FILE_NAME_NORMALIZED | VOLUME_NAME_DOS);
    if (n >= buf.size()) {
        buf.resize(n + 1);
        n = GetFinalPathNameByHandleW(h, buf.data(), static_cast<DWORD>(buf.size()), FILE_NAME_NORMALIZED | VOLUME_NAME_DOS);
    }
    if (n == 0 || n >= buf.size()) return {};
    buf.resize(n);
    if (buf.rfind(L"\\\\?\\UNC\\", 0) == 0) return L"\\\\" + buf.substr(8);
    if (buf.rfind(L"\\\\?\\", 0) == 0) return buf.substr(4);
    return buf;
}

bool isLinkTag(DWORD attributes, DWORD tag) {
    if (!(attributes & FILE_ATTRIBUTE_REPARSE_POINT)) return false;
    constexpr DWORD kCloud = 0x9000001A, kDedup = 0x80000013, kWof = 0x80000017;
    // The cloud tags differ only in the nibble that numbers the provider's variant.
    return (tag & 0xFFFF0FFF) != kCloud && tag != kDedup && tag != kWof;
}

bool isLink(HANDLE h) {
    FILE_ATTRIBUTE_TAG_INFO info{};
    if (!GetFileInformationByHandleEx(h, FileAttributeTagInfo, &info, sizeof info)) return true;  // unknown: not trusted
    return isLinkTag(info.FileAttributes, info.ReparseTag);
}

Places placesFor(const std::string& requesterSid) {
    Places p;
    for (auto [id, name] : {std::pair{&FOLDERID_Windows, "the Windows folder"},
                            std::pair{&FOLDERID_ProgramFiles, "Program Files"},
                            std::pair{&FOLDERID_ProgramFilesX86, "Program Files (x86)"},
                            std::pair{&FOLDERID_ProgramData, "ProgramData"}})
        if (std::wstring f = knownFolder(*id); !f.empty()) p.system.emplace_back(f, name);
    p.profiles = knownFolder(FOLDERID_UserProfiles);
    HKEY list = nullptr;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList", 0, KEY_READ,
                      &list) == ERROR_SUCCESS) {
        wchar_t sid[256];
        for (DWORD i = 0;; ++i) {
            DWORD len = 256;
            if (RegEnumKeyExW(list, i, sid, &len, nullptr, nullptr, nullptr, nullptr) != ERROR_SUCCESS) break;
            wchar_t raw[MAX_PATH * 2], expanded[MAX_PATH * 2];
            DWORD size = sizeof raw;
            if (RegGetValueW(list, sid, L"ProfileImagePath", RRF_RT_REG_SZ | RRF_RT_REG_EXPAND_SZ | RRF_NOEXPAND, nullptr,
                             raw, &size) != ERROR_SUCCESS)
                continue;
            const DWORD n = ExpandEnvironmentStringsW(raw, expanded, MAX_PATH * 2);
            if (n == 0 || n > MAX_PATH * 2) continue;
            const std::string s = narrow(sid);
            const std::wstring where = resolved(expanded);
            if (s == requesterSid) p.mine = where;
            else if (personSid(s)) p.others.push_back(where);
        }
        RegCloseKey(list);
    }
    // Where the list does not name the requester, this process's own profile is theirs only when
    // it runs as them (not when another administrator answered the prompt).
    if (p.mine.empty() && requesterSid == processUserSid()) p.mine = knownFolder(FOLDERID_Profile);
    return p;
}

std::string placeRefusal(const std::wstring& final, const Places& places) {
    const std::string shown = narrow(final);
    if (final.empty()) return "Windows cannot say where this file is; nothing was changed";
    if (final.rfind(L"\\\\", 0) == 0)
        return shown + " is on a network share; the administrator helper changes files on this computer's own drives "
                       "only (ask the share's administrator)";
    for (const auto& [root, name] : places.system)
        if (under(final, root)) return shown + " is in " + name + ", a system location; the helper never changes it";
    for (const auto& other : places.others)
        if (under(final, other)) return shown + " is in another person's profile; the helper never changes it";
    if (!places.profiles.empty() && under(final, places.profiles) && !(places.mine.size() && under(final, places.mine)))
        return shown + " is in the profiles folder but not in your profile; the helper never changes it";
    if (isSystemPath(shown, Platform::Windows)) return shown + " is a system location; the helper never changes it";
    return {};
}

std::string ownerRefusal(const std::string& ownerSid, const std::string& requesterSid) {
    if (ownerSid.empty()) return "its owner cannot be read; nothing was changed";
    if (ownerSid == requesterSid || !personSid(ownerSid)) return {};
    std::string name;
    PSID sid = nullptr;
    if (ConvertStringSidToSidW(widen(ownerSid).c_str(), &sid)) {
        name = winsys::accountName(sid);
        LocalFree(sid);
    }
    return "it belongs to another account (" + (name.empty() ? ownerSid : name) +
           "); the helper changes only files of yours or of the system";
}

std::string ownerSid(HANDLE h) { return ownerOf(h); }

std::string judge(HANDLE h, const std::string& requesterSid) {
    if (isLink(h)) return "it is a link (junction or symbolic link), not the file itself; nothing was changed";
    if (std::string why = placeRefusal(finalPath(h), placesFor(requesterSid)); !why.empty()) return why;
    return ownerRefusal(ownerOf(h), requesterSid);
}

bool isAdministratorSid(const std::string& sid) { return sid == "S-1-5-18" || sid == "S-1-5-32-544" || sid == kTrustedInstaller; }

bool onlyAdministratorsMayChange(const std::string& sddl, Role role) {
    PSECURITY_DESCRIPTOR raw = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(widen(sddl).c_str(), SDDL_REVISION_1, &raw, nullptr))
        return false;
    const LocalSd sd(raw);
    PSID owner = nullptr;
    BOOL defaulted = FALSE, present = FALSE;
    PACL dacl = nullptr;
    if (!GetSecurityDescriptorOwner(raw, &owner, &defaulted) || !owner || !isAdministratorSid(winsys::sidString(owner)))
        return false;
    if (!GetSecurityDescriptorDacl(raw, &present, &dacl, &defaulted) || !present || !dacl) return false;  // NULL DACL: everyone
    DWORD bad = WRITE_DAC | WRITE_OWNER | DELETE | GENERIC_ALL | MAXIMUM_ALLOWED;
    if (role == Role::Program) bad |= FILE_WRITE_DATA | FILE_APPEND_DATA | GENERIC_WRITE;
    if (role == Role::Folder) bad |= FILE_ADD_FILE | FILE_ADD_SUBDIRECTORY | FILE_DELETE_CHILD | GENERIC_WRITE;
    if (role == Role::Ancestor) bad |= FILE_DELETE_CHILD;
    for (DWORD i = 0; i < dacl->AceCount; ++i) {
        void* ace = nullptr;
        if (!GetAce(dacl, i, &ace)) return false;
        const auto* header = static_cast<ACE_HEADER*>(ace);
        if (header->AceFlags & INHERIT_ONLY_ACE) continue;  // applies to what is created inside, not to this
        const BYTE type = header->AceType;
        if (type == ACCESS_DENIED_ACE_TYPE || type == ACCESS_DENIED_OBJECT_ACE_TYPE ||
            type == ACCESS_DENIED_CALLBACK_ACE_TYPE || type == ACCESS_DENIED_CALLBACK_OBJECT_ACE_TYPE)
            continue;
        const ACCESS_MASK mask = static_cast<ACCESS_ALLOWED_ACE*>(ace)->Mask;
        if (!(mask & bad)) continue;
        // Object ACEs keep their SID elsewhere; they do not occur on files, so they are not trusted.
        if (type != ACCESS_ALLOWED_ACE_TYPE && type != ACCESS_ALLOWED_CALLBACK_ACE_TYPE) return false;
        const std::string who = winsys::sidString(&static_cast<ACCESS_ALLOWED_ACE*>(ace)->SidStart);
        // CREATOR OWNER only names whoever creates something inside; OWNER RIGHTS is the owner,
        // an administrator already.
        if (isAdministratorSid(who) || who == "S-1-3-0" || who == "S-1-3-4") continue;
        return false;
    }
    return true;
}

bool installedForAllUsers(const std::wstring& program, std::string* why) {
    auto fail = [&](const std::string& what) {
        if (why) *why = what;
        return false;
    };
    wchar_t full[MAX_PATH * 4];
    const DWORD n = GetFullPathNameW(program.c_str(), MAX_PATH * 4, full, nullptr);
    if (n == 0 || n >= MAX_PATH * 4) return fail(narrow(program) + " is not a path");
    HANDLE h = CreateFileW(winsys::apiPath(full).c_str(), READ_CONTROL | FILE_READ_ATTRIBUTES,
                           FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING, 0, nullptr);
    if (h == INVALID_HANDLE_VALUE) return fail(narrow(program) + " cannot be opened");
    std::wstring path = finalPath(h);
    const std::string programSddl = sddlOf(h);
    CloseHandle(h);
    if (path.empty() || path.rfind(L"\\\\", 0) == 0) return fail(narrow(program) + " is not on a local drive");
    if (!onlyAdministratorsMayChange(programSddl, Role::Program))
        return fail(narrow(path) + " can be changed by an account that is not an administrator");
    Role role = Role::Folder;
    for (size_t sep = path.find_last_of(L'\\'); sep != std::wstring::npos && sep >= 2; sep = path.find_last_of(L'\\', sep - 1)) {
        const std::wstring folder = path.substr(0, sep < 3 ? 3 : sep);
        HANDLE d = CreateFileW(winsys::apiPath(folder).c_str(), READ_CONTROL | FILE_READ_ATTRIBUTES,
                               FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                               FILE_FLAG_BACKUP_SEMANTICS, nullptr);
        if (d == INVALID_HANDLE_VALUE) return fail(narrow(folder) + " cannot be opened");
        const std::string sddl = sddlOf(d);
        CloseHandle(d);
        if (!onlyAdministratorsMayChange(sddl, role))
            return fail(narrow(folder) + " can be changed by an account that is not an administrator");
        role = Role::Ancestor;
        if (sep < 3) break;  // the drive's root is done
    }
    return true;
}

}  // namespace wd::winguard
