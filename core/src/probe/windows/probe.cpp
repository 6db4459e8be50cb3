// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows probe: walks the path component by component (drive, UNC or \\?\ form), reads every
// node's attributes, owner and DACL, asks AccessCheck what the process token is granted, then asks
// the kernel itself with CreateFileW (the wanted access, full sharing). It never modifies anything:
// opens are OPEN_EXISTING and never truncate, and no cloud placeholder is recalled.
#include "platform/windows/text.h"
#include "rules/support/windows.h"
#include "whydenied/diagnose.h"

#include <windows.h>
#include <aclapi.h>
#include <sddl.h>
#include <shlobj.h>

#include <cerrno>
#include <memory>
#include <vector>

namespace wd {
namespace {

using winsys::narrow;
using winsys::widen;

constexpr DWORD kShareAll = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;
constexpr DWORD kOpenNoRecall = 0x00100000;  // FILE_FLAG_OPEN_NO_RECALL: never hydrate a placeholder
constexpr size_t kMaxPath = 32767;            // the longest \\?\ path the system accepts

GENERIC_MAPPING fileMapping() {
    return GENERIC_MAPPING{FILE_GENERIC_READ, FILE_GENERIC_WRITE, FILE_GENERIC_EXECUTE, FILE_ALL_ACCESS};
}

struct HandleCloser {
    void operator()(HANDLE h) const {
        if (h && h != INVALID_HANDLE_VALUE) CloseHandle(h);
    }
};
using UniqueHandle = std::unique_ptr<void, HandleCloser>;

std::vector<BYTE> tokenInfo(HANDLE token, TOKEN_INFORMATION_CLASS cls) {
    DWORD len = 0;
    GetTokenInformation(token, cls, nullptr, 0, &len);
    std::vector<BYTE> buf(len);
    if (len == 0 || !GetTokenInformation(token, cls, buf.data(), len, &len)) buf.clear();
    return buf;
}

std::string integrityName(PSID sid) {
    if (!sid || !IsValidSid(sid)) return {};
    const DWORD rid = *GetSidSubAuthority(sid, static_cast<DWORD>(*GetSidSubAuthorityCount(sid) - 1));
    if (rid < SECURITY_MANDATORY_LOW_RID + 1 && rid < SECURITY_MANDATORY_LOW_RID) return "Untrusted";
    if (rid < SECURITY_MANDATORY_MEDIUM_RID) return "Low";
    if (rid < SECURITY_MANDATORY_HIGH_RID) return "Medium";
    if (rid < SECURITY_MANDATORY_SYSTEM_RID) return "High";
    return "System";
}

std::string envVar(const wchar_t* name) {
    wchar_t buf[1024];
    const DWORD n = GetEnvironmentVariableW(name, buf, 1024);
    return n > 0 && n < 1024 ? narrow(std::wstring(buf, n)) : std::string();
}

void readIdentity(Identity& id, HANDLE token) {
    WinIdentity& w = id.win;
    if (auto user = tokenInfo(token, TokenUser); !user.empty()) {
        PSID sid = reinterpret_cast<TOKEN_USER*>(user.data())->User.Sid;
        w.userSid = winsys::sidString(sid);
        w.userName = winsys::accountName(sid);
        w.known = !w.userSid.empty();
    }
    const auto slash = w.userName.find('\\');
    id.userName = slash == std::string::npos ? w.userName : w.userName.substr(slash + 1);
    if (id.userName.empty()) id.userName = envVar(L"USERNAME");
    id.home = envVar(L"USERPROFILE");
    if (auto groups = tokenInfo(token, TokenGroups); !groups.empty()) {
        const auto* g = reinterpret_cast<TOKEN_GROUPS*>(groups.data());
        for (DWORD i = 0; i < g->GroupCount; ++i) {
            const DWORD attrs = g->Groups[i].Attributes;
            if (attrs & SE_GROUP_INTEGRITY) continue;
            WinTokenGroup tg;
            tg.sid = winsys::sidString(g->Groups[i].Sid);
            if (attrs & SE_GROUP_LOGON_ID) tg.name = "LogonSessionId";
            else tg.name = winsys::accountName(g->Groups[i].Sid);
            tg.enabled = (attrs & SE_GROUP_ENABLED) != 0;
            tg.denyOnly = (attrs & SE_GROUP_USE_FOR_DENY_ONLY) != 0;
            w.groups.push_back(std::move(tg));
        }
    }
    if (auto e = tokenInfo(token, TokenElevation); e.size() >= sizeof(TOKEN_ELEVATION))
        w.elevated = reinterpret_cast<TOKEN_ELEVATION*>(e.data())->TokenIsElevated != 0;
    if (auto t = tokenInfo(token, TokenElevationType); t.size() >= sizeof(TOKEN_ELEVATION_TYPE))
        w.elevationType = static_cast<int>(*reinterpret_cast<TOKEN_ELEVATION_TYPE*>(t.data()));
    if (auto il = tokenInfo(token, TokenIntegrityLevel); !il.empty())
        w.integrity = integrityName(reinterpret_cast<TOKEN_MANDATORY_LABEL*>(il.data())->Label.Sid);
}

// Splits a full path into its root ("C:\", "\\server\share\", "\\?\C:\", "\\?\UNC\server\share\")
// and the components after it.
bool splitRoot(const std::wstring& full, std::wstring& root, std::vector<std::wstring>& parts) {
    size_t pos = 0;
    auto skipComponent = [&](size_t from) {
        const size_t end = full.find(L'\\', from);
        return end == std::wstring::npos ? full.size() : end;
    };
    std::wstring rest = full;
    size_t prefix = 0;
    if (full.rfind(L"\\\\?\\UNC\\", 0) == 0) prefix = 8;
    else if (full.rfind(L"\\\\?\\", 0) == 0) prefix = 4;
    const bool unc = prefix == 8 || (prefix == 0 && full.rfind(L"\\\\", 0) == 0);
    if (unc) {
        const size_t start = prefix ? prefix : 2;
        const size_t server = skipComponent(start);
        if (server >= full.size()) return false;
        pos = skipComponent(server + 1);
        root = full.substr(0, pos) + L"\\";
    } else {
        if (full.size() < prefix + 2 || full[prefix + 1] != L':') return false;
        pos = prefix + 2;
        root = full.substr(0, pos) + L"\\";
    }
    while (pos < full.size()) {
        while (pos < full.size() && full[pos] == L'\\') ++pos;
        const size_t end = skipComponent(pos);
        if (end > pos) parts.push_back(full.substr(pos, end - pos));
        pos = end;
    }
    return true;
}

class WindowsProbe final : public Probe {
public:
    Facts gather(const DiagnoseRequest& req, const CancelToken* cancel, const ProgressFn& progress) override;

private:
    void inspect(Node& n);
    void readSecurity(Node& n, const std::wstring& api);
    void askKernel(Facts& f);
    void readControlledFolderAccess(Facts& f);
    KernelCheck open(const std::string& what, const std::string& path, DWORD access, bool folder, HANDLE* keep = nullptr);

    UniqueHandle impersonation_;  // the process token as AccessCheck wants it
};

void WindowsProbe::readSecurity(Node& n, const std::wstring& api) {
    PSID owner = nullptr, group = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    const SECURITY_INFORMATION what = OWNER_SECURITY_INFORMATION | GROUP_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION;
    if (GetNamedSecurityInfoW(api.c_str(), SE_FILE_OBJECT, what, &owner, &group, &dacl, nullptr, &sd) != ERROR_SUCCESS)
        return;
    n.win.ownerSid = winsys::sidString(owner);
    n.owner = winsys::accountName(owner);
    n.group = winsys::accountName(group);
    if (n.group.empty()) n.group = winsys::sidString(group);
    n.win.daclKnown = true;
    n.win.nullDacl = dacl == nullptr;
    GENERIC_MAPPING map = fileMapping();
    if (dacl) {
        for (DWORD i = 0; i < dacl->AceCount; ++i) {
            void* raw = nullptr;
            if (!GetAce(dacl, i, &raw)) continue;
            const auto* header = static_cast<ACE_HEADER*>(raw);
            if (header->AceType != ACCESS_ALLOWED_ACE_TYPE && header->AceType != ACCESS_DENIED_ACE_TYPE) continue;
            // Both ACE layouts are header, mask, SID.
            const auto* ace = static_cast<ACCESS_ALLOWED_ACE*>(raw);
            PSID sid = const_cast<DWORD*>(&ace->SidStart);
            WinAce a;
            a.allow = header->AceType == ACCESS_ALLOWED_ACE_TYPE;
            a.sid = winsys::sidString(sid);
            a.name = winsys::accountName(sid);
            DWORD mask = ace->Mask;
            MapGenericMask(&mask, &map);
            a.mask = mask;
            a.inherited = (header->AceFlags & INHERITED_ACE) != 0;
            a.inheritOnly = (header->AceFlags & INHERIT_ONLY_ACE) != 0;
            n.win.dacl.push_back(std::move(a));
        }
    }
    LPWSTR sddl = nullptr;
    if (ConvertSecurityDescriptorToStringSecurityDescriptorW(sd, SDDL_REVISION_1,
                                                             OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
                                                             &sddl, nullptr)) {
        n.win.sddl = narrow(sddl);
        LocalFree(sddl);
    }
    if (impersonation_) {
        PRIVILEGE_SET privileges{};
        DWORD privLen = sizeof privileges;
        DWORD granted = 0;
        BOOL status = FALSE;
        if (AccessCheck(sd, impersonation_.get(), MAXIMUM_ALLOWED, &map, &privileges, &privLen, &granted, &status)) {
            n.win.accessChecked = true;
            n.win.granted = status ? granted : 0;
        }
    }
    LocalFree(sd);
}

void WindowsProbe::inspect(Node& n) {
    const std::wstring api = winsys::apiPath(widen(n.path));
    WIN32_FILE_ATTRIBUTE_DATA data{};
    if (!GetFileAttributesExW(api.c_str(), GetFileExInfoStandard, &data)) {
        const DWORD err = GetLastError();
        n.statErrno = winsys::errnoFor(err);
        n.exists = n.statErrno != ENOENT;
        return;
    }
    const DWORD a = data.dwFileAttributes;
    n.type = (a & FILE_ATTRIBUTE_DIRECTORY) ? NodeType::Directory : NodeType::Regular;
    n.win.known = true;
    n.win.attributes = a;
    n.win.readOnly = a & FILE_ATTRIBUTE_READONLY;
    n.win.hidden = a & FILE_ATTRIBUTE_HIDDEN;
    n.win.system = a & FILE_ATTRIBUTE_SYSTEM;
    n.win.reparsePoint = a & FILE_ATTRIBUTE_REPARSE_POINT;
    n.win.offline = a & FILE_ATTRIBUTE_OFFLINE;
    n.win.recallOnOpen = a & win::kAttrRecallOnOpen;
    n.win.recallOnDataAccess = a & win::kAttrRecallOnDataAccess;
    // dev/ino for the fix engine: the link itself when it is one, never what it points to.
    HANDLE h = CreateFileW(api.c_str(), FILE_READ_ATTRIBUTES, kShareAll, nullptr, OPEN_EXISTING,
                           kOpenNoRecall | FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (h != INVALID_HANDLE_VALUE) {
        winsys::FileIdentity id;
        if (winsys::fileIdentity(h, id)) {
            n.dev = id.dev;
            n.ino = id.ino;
        }
        CloseHandle(h);
    }
    readSecurity(n, api);
}

KernelCheck WindowsProbe::open(const std::string& what, const std::string& path, DWORD access, bool folder,
                               HANDLE* keep) {
    const std::wstring api = winsys::apiPath(widen(path));
    const DWORD flags = kOpenNoRecall | (folder ? FILE_FLAG_BACKUP_SEMANTICS : 0);
    HANDLE h = CreateFileW(api.c_str(), access, kShareAll, nullptr, OPEN_EXISTING, flags, nullptr);
    const DWORD err = h == INVALID_HANDLE_VALUE ? GetLastError() : ERROR_SUCCESS;
    if (h != INVALID_HANDLE_VALUE) {
        if (keep) *keep = h;
        else CloseHandle(h);
    }
    KernelCheck c = callCheck(what, path, winsys::errnoFor(err));
    c.winError = err;
    c.errName = winsys::winErrorName(err);
    return c;
}

void WindowsProbe::askKernel(Facts& f) {
    const Node* t = f.targetNode();
    const Node* p = f.parentNode();
    auto record = [&](KernelCheck c) {
        f.checks.push_back(c);
        return c;
    };
    auto computed = [&](const char* what, DWORD err) {
        KernelCheck c = computedCheck(what, winsys::errnoFor(err));
        c.winError = err;
        c.errName = winsys::winErrorName(err);
        f.verdictComputed = true;
        return record(c);
    };
    const std::string target = t ? t->path : f.absolute;
    const bool dir = t && t->isDir();

    if (f.op == Operation::Create) {
        if (!p) {
            f.verdict = record(open("CreateFileW(FILE_ADD_FILE)", f.absolute, FILE_ADD_FILE, true));
            if (f.verdict.err == 0) f.verdict = computed(WD_TR("the folder is missing"), ERROR_PATH_NOT_FOUND);
            return;
        }
        f.verdict = record(open("CreateFileW(FILE_ADD_FILE)", p->path, FILE_ADD_FILE, true));
        return;
    }
    if (f.op == Operation::Delete || f.op == Operation::Rename) {
        f.verdict = record(open("CreateFileW(DELETE)", target, DELETE, true));
        if (f.verdict.winError == ERROR_ACCESS_DENIED && p) {
            // FILE_DELETE_CHILD on the folder is the other way to be allowed.
            const KernelCheck viaParent = record(open("CreateFileW(FILE_DELETE_CHILD)", p->path, FILE_DELETE_CHILD, true));
            if (viaParent.err == 0) f.verdict = viaParent;
        }
        if (f.verdict.err) return;
        if (f.op == Operation::Delete && t && !dir && t->win.readOnly) {
            // DeleteFileW refuses read-only files (STATUS_CANNOT_DELETE) although the open succeeds.
            f.verdict = computed(WD_TR("the read-only attribute forbids deleting"), ERROR_ACCESS_DENIED);
            return;
        }
        if (f.op == Operation::Rename && p)
            f.verdict = record(open("CreateFileW(FILE_ADD_FILE)", p->path, dir ? FILE_ADD_SUBDIRECTORY : FILE_ADD_FILE, true));
        return;
    }

    DWORD access = GENERIC_READ;
    bool folderOpen = false;
    std::string name = "CreateFileW(GENERIC_READ)";
    switch (f.op) {
    case Operation::Write:
    case Operation::Connect: access = GENERIC_WRITE; name = "CreateFileW(GENERIC_WRITE)"; break;
    case Operation::Execute: access = GENERIC_READ | GENERIC_EXECUTE; name = "CreateFileW(GENERIC_EXECUTE)"; break;
    case Operation::List: access = FILE_LIST_DIRECTORY; folderOpen = true; name = "CreateFileW(FILE_LIST_DIRECTORY)"; break;
    case Operation::Traverse: access = FILE_TRAVERSE; folderOpen = true; name = "CreateFileW(FILE_TRAVERSE)"; break;
    case Operation::Chmod: access = WRITE_DAC; folderOpen = true; name = "CreateFileW(WRITE_DAC)"; break;
    case Operation::Chown: access = WRITE_OWNER; folderOpen = true; name = "CreateFileW(WRITE_OWNER)"; break;
    default: break;
    }
    if (t && t->win.recallOnOpen && !folderOpen) {
        // Opening it at all would start a download: leave the answer to the attributes.
        f.verdict = computed(WD_TR("not opened: a cloud placeholder that downloads when opened"), ERROR_SUCCESS);
        f.notes.push_back(WD_TR("The file is a cloud placeholder; it was not opened, to avoid downloading it."));
        return;
    }
    HANDLE h = INVALID_HANDLE_VALUE;
    f.verdict = record(open(name, target, access, folderOpen, &h));
    UniqueHandle held(h == INVALID_HANDLE_VALUE ? nullptr : h);
    if (f.verdict.err == 0 && dir && !folderOpen) {
        // Windows refuses to open a folder as a file (without FILE_FLAG_BACKUP_SEMANTICS); where the
        // open went through anyway (Wine), state what Windows answers.
        f.verdict = computed(WD_TR("a folder opened as a file (no FILE_FLAG_BACKUP_SEMANTICS)"), ERROR_ACCESS_DENIED);
        return;
    }
    if (f.verdict.err || !held || dir) return;
    // A byte-range lock does not stop the open, only reads and writes: test for one with a lock
    // request that fails at once and is released at once (shared for reading, exclusive for writing).
    const bool writing = access & GENERIC_WRITE;
    if (f.op != Operation::Read && !writing) return;
    OVERLAPPED ov{};
    const DWORD lockFlags = LOCKFILE_FAIL_IMMEDIATELY | (writing ? LOCKFILE_EXCLUSIVE_LOCK : 0);
    if (LockFileEx(held.get(), lockFlags, 0, MAXDWORD, MAXDWORD, &ov)) {
        UnlockFileEx(held.get(), 0, MAXDWORD, MAXDWORD, &ov);
    } else if (GetLastError() == ERROR_LOCK_VIOLATION || GetLastError() == ERROR_IO_PENDING) {
        KernelCheck c = callCheck(writing ? "LockFileEx(exclusive)" : "LockFileEx(shared)", target, EBUSY);
        c.winError = ERROR_LOCK_VIOLATION;
        c.errName = winsys::winErrorName(ERROR_LOCK_VIOLATION);
        f.verdict = record(c);
    }
}

std::vector<std::string> registryValueNames(HKEY root, const wchar_t* path) {
    std::vector<std::string> out;
    HKEY key;
    if (RegOpenKeyExW(root, path, 0, KEY_READ | KEY_WOW64_64KEY, &key) != ERROR_SUCCESS) return out;
    for (DWORD i = 0;; ++i) {
        wchar_t name[1024];
        DWORD len = 1024;
        if (RegEnumValueW(key, i, name, &len, nullptr, nullptr, nullptr, nullptr) != ERROR_SUCCESS) break;
        out.push_back(narrow(std::wstring(name, len)));
    }
    RegCloseKey(key);
    return out;
}

void WindowsProbe::readControlledFolderAccess(Facts& f) {
    static constexpr const wchar_t* kKeys[] = {
        // Group policy wins over the local setting.
        L"SOFTWARE\\Policies\\Microsoft\\Windows Defender\\Windows Defender Exploit Guard\\Controlled Folder Access",
        L"SOFTWARE\\Microsoft\\Windows Defender\\Windows Defender Exploit Guard\\Controlled Folder Access",
    };
    for (const wchar_t* key : kKeys) {
        DWORD value = 0, size = sizeof value;
        if (RegGetValueW(HKEY_LOCAL_MACHINE, key, L"EnableControlledFolderAccess", RRF_RT_REG_DWORD | RRF_SUBKEY_WOW6464KEY,
                         nullptr, &value, &size) == ERROR_SUCCESS) {
            f.lsm.controlledFolderAccess = static_cast<int>(value);
            const std::wstring base(key);
            for (auto& p : registryValueNames(HKEY_LOCAL_MACHINE, (base + L"\\ProtectedFolders").c_str()))
                f.lsm.protectedFolders.push_back(std::move(p));
            for (auto& p : registryValueNames(HKEY_LOCAL_MACHINE, (base + L"\\AllowedApplications").c_str()))
                f.lsm.allowedApps.push_back(std::move(p));
            break;
        }
    }
    if (f.lsm.controlledFolderAccess < 0) f.lsm.controlledFolderAccess = 0;  // not configured: off
    if (f.lsm.controlledFolderAccess != 1) return;
    // The folders Defender always protects, besides the configured ones.
    for (REFKNOWNFOLDERID id : {FOLDERID_Documents, FOLDERID_Pictures, FOLDERID_Videos, FOLDERID_Music,
                                FOLDERID_Desktop, FOLDERID_Favorites}) {
        PWSTR path = nullptr;
        if (SUCCEEDED(SHGetKnownFolderPath(id, 0, nullptr, &path))) f.lsm.protectedFolders.push_back(narrow(path));
        CoTaskMemFree(path);
    }
}

Facts WindowsProbe::gather(const DiagnoseRequest& req, const CancelToken* cancel, const ProgressFn& progress) {
    Facts f;
    f.platform = Platform::Windows;
    f.op = req.op;
    f.input = req.path;
    if (progress) progress(5, "identity");
    HANDLE token = nullptr;
    if (OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY | TOKEN_DUPLICATE, &token)) {
        readIdentity(f.identity, token);
        HANDLE imp = nullptr;
        if (DuplicateToken(token, SecurityIdentification, &imp)) impersonation_.reset(imp);
        CloseHandle(token);
    }

    std::wstring path = widen(req.path);
    const bool verbatim = path.rfind(L"\\\\?\\", 0) == 0;
    if (!verbatim)
        for (wchar_t& c : path)
            if (c == L'/') c = L'\\';
    const bool relative = !verbatim && !(path.size() >= 2 && path[1] == L':') && path.rfind(L"\\\\", 0) != 0;
    if (relative && !req.cwd.empty()) {
        std::wstring cwd = widen(req.cwd);
        if (!path.empty() && path[0] == L'\\') path = cwd.substr(0, 2) + path;  // drive-relative "\dir"
        else path = cwd + (cwd.empty() || cwd.back() == L'\\' ? L"" : L"\\") + path;
    }
    std::wstring full = path;
    if (!verbatim) {
        const DWORD need = GetFullPathNameW(path.c_str(), 0, nullptr, nullptr);
        std::wstring buf(need, L'\0');
        const DWORD got = need ? GetFullPathNameW(path.c_str(), need, buf.data(), nullptr) : 0;
        if (got > 0 && got < need) full.assign(buf.data(), got);
    }
    f.absolute = narrow(full);
    if (full.size() >= kMaxPath) {
        f.tooLong = true;
        f.verdict = askedCheck(WD_TR("path length"), ENAMETOOLONG);
        f.verdict.winError = ERROR_FILENAME_EXCED_RANGE;
        f.verdict.errName = winsys::winErrorName(ERROR_FILENAME_EXCED_RANGE);
        return f;
    }
    std::wstring root;
    std::vector<std::wstring> parts;
    if (!splitRoot(full, root, parts)) {
        f.notes.push_back(WD_TR("Only drive (C:\\…), UNC (\\\\server\\share\\…) and \\\\?\\ paths are examined."));
        f.verdict = askedCheck(WD_TR("path form"), ENOENT);
        f.verdict.winError = ERROR_BAD_PATHNAME;
        f.verdict.errName = winsys::winErrorName(ERROR_BAD_PATHNAME);
        return f;
    }

    Node r;
    r.path = r.name = narrow(root);
    inspect(r);
    f.chain.push_back(r);
    std::wstring current = root;
    for (const auto& part : parts) {
        if (cancel && cancel->cancelled()) return f;
        if (f.chain.back().statErrno || !f.chain.back().exists) break;
        current += (current.back() == L'\\' ? L"" : L"\\") + part;
        Node n;
        n.name = narrow(part);
        n.path = narrow(current);
        if (progress) progress(10 + static_cast<int>(std::min<size_t>(f.chain.size(), 40)), n.path);
        inspect(n);
        f.chain.push_back(n);
        if (!n.exists && f.firstMissing < 0) f.firstMissing = static_cast<int>(f.chain.size() - 1);
    }
    if (f.chain.front().statErrno == ENOENT) f.firstMissing = 0;
    const Node& last = f.chain.back();
    const bool complete = f.chain.size() == parts.size() + 1;
    if (complete && last.exists && last.statErrno == 0) f.target = static_cast<int>(f.chain.size() - 1);
    const bool missingIsLast = complete && f.firstMissing == static_cast<int>(f.chain.size()) - 1;
    if ((f.target >= 0 || missingIsLast) && f.chain.size() >= 2) {
        const auto& before = f.chain[f.chain.size() - 2];
        if (before.isDir() && before.statErrno == 0) f.parent = static_cast<int>(f.chain.size() - 2);
    }

    if (progress) progress(70, "asking the kernel");
    askKernel(f);
    if (const Node* t = f.targetNode();
        t && (req.wantHolders || f.verdict.err == EBUSY) && !(cancel && cancel->cancelled())) {
        if (progress) progress(80, "finding the processes that hold it");
        HoldersResult h = findHolders(t->path, cancel);
        f.holdersScanned = h.error.empty() && !h.cancelled;
        f.holders = std::move(h.holders);
        f.holdersNotInspected = h.notInspected;
    }
    readControlledFolderAccess(f);
    if (progress) progress(90, "judging");
    return f;
}

}  // namespace

std::unique_ptr<Probe> makeSystemProbe() { return std::make_unique<WindowsProbe>(); }

}  // namespace wd
