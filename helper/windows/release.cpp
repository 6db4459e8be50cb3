// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/release.h"

#include "fix/windows/guard.h"
#include "platform/windows/text.h"
#include "whydenied/release.h"

#include <windows.h>

#include <vector>

namespace wd::helper_win {
namespace {

using winsys::narrow;
using winsys::widen;

class Owned {
public:
    explicit Owned(HANDLE h = nullptr) : h_(h) {}
    ~Owned() { reset(); }
    Owned(const Owned&) = delete;
    Owned& operator=(const Owned&) = delete;
    HANDLE get() const { return h_; }
    bool ok() const { return h_ && h_ != INVALID_HANDLE_VALUE; }
    void reset(HANDLE h = nullptr) {
        if (ok()) CloseHandle(h_);
        h_ = h;
    }

private:
    HANDLE h_;
};

constexpr const wchar_t* kSessionManager = L"SYSTEM\\CurrentControlSet\\Control\\Session Manager";
constexpr const wchar_t* kPendingRenames = L"PendingFileRenameOperations";

bool sameName(const std::wstring& a, const std::wstring& b) {
    return !a.empty() && CompareStringOrdinal(a.data(), static_cast<int>(a.size()), b.data(), static_cast<int>(b.size()),
                                              TRUE) == CSTR_EQUAL;
}

std::string err(DWORD code) { return winsys::winErrorName(code); }

// Opened without following a link and without asking for data, so a file held without sharing
// still opens.
HANDLE openForCheck(const std::wstring& path) {
    return CreateFileW(winsys::apiPath(path).c_str(), FILE_READ_ATTRIBUTES | READ_CONTROL,
                       FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                       FILE_FLAG_OPEN_REPARSE_POINT | FILE_FLAG_BACKUP_SEMANTICS, nullptr);
}

bool sameFile(HANDLE a, HANDLE b) {
    BY_HANDLE_FILE_INFORMATION x{}, y{};
    return GetFileInformationByHandle(a, &x) && GetFileInformationByHandle(b, &y) &&
           x.dwVolumeSerialNumber == y.dwVolumeSerialNumber && x.nFileIndexHigh == y.nFileIndexHigh &&
           x.nFileIndexLow == y.nFileIndexLow;
}

std::string recordFile(const std::string& dir, const std::string& id) { return dir + "\\" + id + ".release"; }

bool validId(const std::string& id) {
    return !id.empty() && id[0] != '.' && id.size() < 80 &&
           id.find_first_not_of("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-.") == std::string::npos;
}

// Written beside and then moved over the old one, so a crash leaves the old record or the new one.
bool writeRecord(const std::string& dir, const release::Record& r, std::string& error) {
    const std::wstring target = winsys::apiPath(widen(recordFile(dir, r.id)));
    const std::wstring temp = target + L".tmp";
    const std::string text = release::recordText(r);
    HANDLE h = CreateFileW(temp.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        error = "cannot write the record: " + err(GetLastError());
        return false;
    }
    DWORD written = 0;
    const bool ok = WriteFile(h, text.data(), static_cast<DWORD>(text.size()), &written, nullptr) &&
                    written == text.size() && FlushFileBuffers(h);
    CloseHandle(h);
    if (!ok || !MoveFileExW(temp.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        error = "cannot write the record: " + err(GetLastError());
        DeleteFileW(temp.c_str());
        return false;
    }
    return true;
}

std::optional<release::Record> readRecord(const std::string& dir, const std::string& id) {
    auto read = winsys::readSmallFile(winsys::apiPath(widen(recordFile(dir, id))));
    if (!read) return std::nullopt;
    return release::recordFromText(*read);
}

void dropRecord(const std::string& dir, const std::string& id) {
    DeleteFileW(winsys::apiPath(widen(recordFile(dir, id))).c_str());
}

Reply answer(const release::Record& r) { return {0, fix::releaseAnswerText(r)}; }

DWORD sessionOf(HANDLE token) {
    DWORD session = 0, len = 0;
    GetTokenInformation(token, TokenSessionId, &session, sizeof session, &len);
    return session;
}

std::string baseName(const std::wstring& image) {
    const size_t slash = image.find_last_of(L"\\/");
    return narrow(slash == std::wstring::npos ? image : image.substr(slash + 1));
}

// Whose handles may be closed: only a program of the requester's own account, in the requester's
// own session, that is no part of Windows.
std::string processRefusal(HANDLE process, uint32_t pid, const std::string& requesterSid, std::string& name) {
    const std::string shown = "process " + std::to_string(pid);
    wchar_t image[MAX_PATH * 4];
    DWORD len = MAX_PATH * 4;
    if (!QueryFullProcessImageNameW(process, 0, image, &len)) return "which program " + shown + " runs cannot be told; nothing was changed";
    name = baseName(std::wstring(image, len));
    if (release::isSystemProgram(name))
        return name + " (" + shown + ") is part of Windows; the helper never closes its handles";
    // Not declared by mingw's headers: looked up in kernel32, which is always System32's.
    using IsCritical = BOOL(WINAPI*)(HANDLE, PBOOL);
    const auto isCritical = reinterpret_cast<IsCritical>(
        reinterpret_cast<void*>(GetProcAddress(GetModuleHandleW(L"kernel32.dll"), "IsProcessCritical")));
    BOOL critical = FALSE;
    if (isCritical && isCritical(process, &critical) && critical)
        return name + " (" + shown + ") is critical to Windows; the helper never closes its handles";
    HANDLE raw = nullptr;
    if (!OpenProcessToken(process, TOKEN_QUERY, &raw)) return "the account of " + shown + " cannot be read; nothing was changed";
    const Owned token(raw);
    DWORD need = 0;
    GetTokenInformation(token.get(), TokenUser, nullptr, 0, &need);
    std::vector<BYTE> buf(need);
    if (!need || !GetTokenInformation(token.get(), TokenUser, buf.data(), need, &need))
        return "the account of " + shown + " cannot be read; nothing was changed";
    const std::string user = winsys::sidString(reinterpret_cast<TOKEN_USER*>(buf.data())->User.Sid);
    if (user == "S-1-5-18" || user == "S-1-5-19" || user == "S-1-5-20")
        return name + " (" + shown + ") runs as a system account; the helper never closes its handles";
    if (user != requesterSid)
        return name + " (" + shown + ") runs as another account; the helper closes handles of your own programs only";
    HANDLE self = nullptr;
    DWORD mine = 0;
    if (OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &self)) {
        mine = sessionOf(self);
        CloseHandle(self);
    }
    const DWORD theirs = sessionOf(token.get());
    // Session 0 holds the services; a person's programs run in a session of their own.
    if (theirs != mine || (theirs == 0 && mine != 0))
        return name + " (" + shown + ") runs in another session; the helper closes handles of programs in yours only";
    return {};
}

// The file that `path` names, judged for replace-at-restart: the requester's to change, a file,
// and named by its real name (at the restart Windows acts by name, not on this handle).
std::string judgeForRestart(const std::string& path, const std::string& requesterSid, Owned& h, std::wstring& final) {
    if (!isNormalAbsolute(path, Platform::Windows)) return "the path must be absolute and normalised: " + path;
    h.reset(openForCheck(widen(path)));
    if (!h.ok()) return path + " cannot be opened (" + err(GetLastError()) + "); nothing was changed";
    if (std::string why = winguard::judge(h.get(), requesterSid); !why.empty()) return path + ": " + why;
    BY_HANDLE_FILE_INFORMATION info{};
    if (!GetFileInformationByHandle(h.get(), &info) || (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY))
        return path + " is not a file; only files are replaced or deleted at the next restart";
    final = winguard::finalPath(h.get());
    if (!sameName(final, widen(path)))
        return path + " is reached through a link or a short name (it is " + narrow(final) +
               "); at the restart Windows acts by name, so ask again with that name";
    return {};
}

std::string pendingRegistryError(LSTATUS rc) { return "the list of pending renames cannot be changed (" + err(static_cast<DWORD>(rc)) + ")"; }

// PendingFileRenameOperations less the pair the record added; the value is removed once empty.
std::string dropPending(const release::Record& r) {
    HKEY key = nullptr;
    LSTATUS rc = RegOpenKeyExW(HKEY_LOCAL_MACHINE, kSessionManager, 0, KEY_QUERY_VALUE | KEY_SET_VALUE, &key);
    if (rc != ERROR_SUCCESS) return pendingRegistryError(rc);
    DWORD type = 0, size = 0;
    rc = RegQueryValueExW(key, kPendingRenames, nullptr, &type, nullptr, &size);
    std::vector<wchar_t> data(size / sizeof(wchar_t) + 1, L'\0');
    if (rc == ERROR_SUCCESS) rc = RegQueryValueExW(key, kPendingRenames, nullptr, &type, reinterpret_cast<BYTE*>(data.data()), &size);
    if (rc != ERROR_SUCCESS || type != REG_MULTI_SZ) {
        RegCloseKey(key);
        return "no rename is pending at the next restart any more (it ran, or someone removed it); nothing was changed";
    }
    // Each string ends with a NUL, a deletion's target is empty, and the list ends with one more NUL.
    std::vector<std::wstring> value;
    std::wstring cur;
    for (size_t i = 0; i < size / sizeof(wchar_t); ++i) {
        if (data[i] != L'\0') {
            cur.push_back(data[i]);
            continue;
        }
        value.push_back(cur);
        cur.clear();
    }
    while (value.size() % 2 == 1 && value.back().empty()) value.pop_back();
    const std::wstring source = widen(r.with.empty() ? r.path : r.with);
    const std::wstring target = r.with.empty() ? std::wstring() : widen(r.path);
    if (!release::dropPendingPair(value, source, target)) {
        RegCloseKey(key);
        return "this rename is no longer pending (it ran at a restart, or someone removed it); nothing was changed";
    }
    if (value.empty()) {
        rc = RegDeleteValueW(key, kPendingRenames);
    } else {
        std::wstring out;
        for (const auto& s : value) out += s + L'\0';
        out += L'\0';
        rc = RegSetValueExW(key, kPendingRenames, 0, REG_MULTI_SZ, reinterpret_cast<const BYTE*>(out.data()),
                            static_cast<DWORD>(out.size() * sizeof(wchar_t)));
    }
    RegCloseKey(key);
    return rc == ERROR_SUCCESS ? std::string() : pendingRegistryError(rc);
}

release::Record newRecord(const std::string& verb, const std::string& requesterSid) {
    release::Record r;
    r.id = newJournalId();
    r.time = fix::isoNow();
    r.verb = verb;
    r.callerSid = requesterSid;
    r.pending = true;
    return r;
}

}  // namespace

Reply closeHandle(const fix::HelperOptions& o, const std::string& requesterSid, const std::string& journalDir) {
    const auto pid = release::decimal(o.get("pid"));
    const auto handle = release::decimal(o.get("handle"));
    const std::string path = o.get("path");
    if (!pid || *pid > UINT32_MAX || !handle || *handle == 0 || *handle > UINT32_MAX)
        return {1, "the request names no valid process or handle"};
    if (!isNormalAbsolute(path, Platform::Windows)) return {1, "the path must be absolute and normalised: " + path};
    if (*pid == 0 || *pid == 4) return {1, "process " + std::to_string(*pid) + " is the system itself; the helper never closes its handles"};
    if (*pid == GetCurrentProcessId()) return {1, "that is the helper itself"};
    const Owned process(OpenProcess(PROCESS_DUP_HANDLE | PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(*pid)));
    if (!process.ok()) return {1, "process " + std::to_string(*pid) + " cannot be opened (" + err(GetLastError()) + "); nothing was changed"};
    std::string name;
    if (std::string why = processRefusal(process.get(), static_cast<uint32_t>(*pid), requesterSid, name); !why.empty())
        return {1, why};
    const HANDLE remote = reinterpret_cast<HANDLE>(static_cast<uintptr_t>(*handle));
    HANDLE raw = nullptr;
    if (!DuplicateHandle(process.get(), remote, GetCurrentProcess(), &raw, 0, FALSE, DUPLICATE_SAME_ACCESS))
        return {1, name + " has no handle " + std::to_string(*handle) + " (it may have closed it); nothing was changed"};
    Owned copy(raw);
    // Pipes and consoles can block a name query; a file on a disk does not.
    if (GetFileType(copy.get()) != FILE_TYPE_DISK)
        return {1, "handle " + std::to_string(*handle) + " of " + name + " is not a file; nothing was changed"};
    Owned file(openForCheck(widen(path)));
    if (!file.ok()) return {1, path + " cannot be opened to compare (" + err(GetLastError()) + "); nothing was changed"};
    const std::wstring named = winguard::finalPath(copy.get());
    if (!sameName(named, winguard::finalPath(file.get())) || !sameFile(copy.get(), file.get()))
        return {1, "handle " + std::to_string(*handle) + " of " + name + " does not name " + path + " (it names " +
                       (named.empty() ? std::string("something else") : narrow(named)) + "); nothing was changed"};

    release::Record r = newRecord("close-handle", requesterSid);
    r.path = path;
    r.pid = static_cast<uint32_t>(*pid);
    r.handle = *handle;
    r.process = name;
    r.note = "Closing handle " + std::to_string(*handle) + " of " + name + " (process " + std::to_string(*pid) +
             "), which names " + path + ". This cannot be undone.";
    std::string error;
    if (!writeRecord(journalDir, r, error)) return {1, error + "; nothing was changed"};
    // Closed by taking it over: what was closed is then checked once more, for the record.
    raw = nullptr;
    if (!DuplicateHandle(process.get(), remote, GetCurrentProcess(), &raw, 0, FALSE,
                         DUPLICATE_CLOSE_SOURCE | DUPLICATE_SAME_ACCESS)) {
        const DWORD code = GetLastError();
        dropRecord(journalDir, r.id);
        return {1, "the handle could not be closed (" + err(code) + "); nothing was changed"};
    }
    Owned closed(raw);
    const bool same = sameFile(closed.get(), file.get());
    closed.reset();
    copy.reset();
    file.reset();
    r.pending = false;
    r.note = "Closed handle " + std::to_string(*handle) + " of " + name + " (process " + std::to_string(*pid) + "), which " +
             (same ? "named " + path : "had been reopened on another file between the check and the close") +
             ". This cannot be undone: " + name +
             " was not told, and it may fail or lose unsaved data the next time it uses the file.";
    if (!writeRecord(journalDir, r, error)) return {1, "the handle was closed, but its record could not be completed (" + error + ")"};
    return answer(r);
}

Reply replaceAtRestart(const fix::HelperOptions& o, const std::string& requesterSid, const std::string& journalDir) {
    const std::string path = o.get("path");
    const std::string with = o.get("with");
    Owned target, replacement;
    std::wstring targetFinal, withFinal;
    if (std::string why = judgeForRestart(path, requesterSid, target, targetFinal); !why.empty()) return {1, why};
    if (!with.empty()) {
        if (std::string why = judgeForRestart(with, requesterSid, replacement, withFinal); !why.empty()) return {1, why};
        if (winguard::ownerSid(replacement.get()) != requesterSid)
            return {1, with + " is not your own file; only a file of yours can take the place of another"};
        if (sameFile(target.get(), replacement.get())) return {1, "a file cannot replace itself"};
    }
    release::Record r = newRecord("replace-at-restart", requesterSid);
    r.path = narrow(targetFinal);
    r.with = narrow(withFinal);
    r.note = with.empty() ? "Deleting " + r.path + " at the next restart."
                          : "Replacing " + r.path + " with " + r.with + " at the next restart.";
    std::string error;
    if (!writeRecord(journalDir, r, error)) return {1, error + "; nothing was changed"};
    target.reset();
    replacement.reset();
    const BOOL ok = with.empty() ? MoveFileExW(targetFinal.c_str(), nullptr, MOVEFILE_DELAY_UNTIL_REBOOT)
                                 : MoveFileExW(withFinal.c_str(), targetFinal.c_str(),
                                               MOVEFILE_DELAY_UNTIL_REBOOT | MOVEFILE_REPLACE_EXISTING);
    if (!ok) {
        const DWORD code = GetLastError();
        dropRecord(journalDir, r.id);
        return {1, "Windows did not accept the rename at restart (" + err(code) + "); nothing was changed"};
    }
    r.pending = false;
    r.undoable = true;
    r.note = (with.empty() ? r.path + " will be deleted at the next restart."
                           : r.path + " will be replaced with " + r.with + " at the next restart.") +
             " Until then it can be taken back (undo).";
    if (!writeRecord(journalDir, r, error)) return {1, "the rename is pending, but its record could not be completed (" + error + ")"};
    return answer(r);
}

std::optional<Reply> undoRelease(const std::string& id, const std::string& requesterSid, const std::string& journalDir) {
    if (!validId(id)) return std::nullopt;
    auto r = readRecord(journalDir, id);
    if (!r) return std::nullopt;
    if (r->callerSid != requesterSid) return Reply{1, "the record " + id + " was made for another account; nothing was changed"};
    if (r->verb == "close-handle") return Reply{1, "a closed handle cannot be reopened: closing it cannot be undone"};
    if (r->undone) return answer(*r);
    if (r->pending)
        return Reply{1, "the record " + id + " was never completed; an administrator can check the value " +
                            narrow(kPendingRenames) + " under HKLM\\" + narrow(kSessionManager) + " with regedit"};
    if (std::string why = dropPending(*r); !why.empty())
        return Reply{1, why + ". An administrator can check the value " + narrow(kPendingRenames) + " under HKLM\\" +
                            narrow(kSessionManager) + " with regedit."};
    r->undone = true;
    r->note = (r->with.empty() ? r->path + " will no longer be deleted at the next restart."
                               : r->path + " will no longer be replaced at the next restart.");
    std::string error;
    if (!writeRecord(journalDir, *r, error)) return Reply{1, "taken back, but the record could not be updated (" + error + ")"};
    return answer(*r);
}

}  // namespace wd::helper_win
