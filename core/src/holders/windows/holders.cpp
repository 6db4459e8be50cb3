// SPDX-License-Identifier: GPL-3.0-or-later
// Who holds a file on Windows. Two sources:
//  - the handle table: NtQuerySystemInformation(SystemExtendedHandleInformation), each file handle
//    duplicated into this process and named with NtQueryObject. A name query can hang on some
//    handles, so this runs in a separate worker process (whydenied-holders-worker.exe) that is
//    killed after a time limit; only disk files are named (GetFileType first, which does not hang).
//  - the Restart Manager, which adds application and service names. It is a supplement: under Wine
//    it reports nothing, and an empty answer never means "nothing holds this".
// Kernel names come as \Device\HarddiskVolumeN\… (Windows) or \??\C:\… (Wine): both are turned
// into C:\… before they are compared, case-insensitively.
#include "holders/windows/holders.h"

#include "platform/windows/text.h"
#include "whydenied/diagnose.h"

#include <windows.h>
#include <restartmanager.h>
#include <tlhelp32.h>
#include <winternl.h>

#include <algorithm>
#include <chrono>
#include <cwctype>
#include <map>
#include <set>
#include <sstream>
#include <thread>
#include <type_traits>

namespace wd {
namespace {

using winsys::narrow;
using winsys::widen;

constexpr ULONG kSystemExtendedHandleInformation = 64;
constexpr NTSTATUS kStatusInfoLengthMismatch = static_cast<NTSTATUS>(0xC0000004L);
constexpr DWORD kWorkerTimeoutMs = 10000;

struct HandleEntry {
    PVOID object;
    ULONG_PTR pid;
    ULONG_PTR handle;
    ULONG grantedAccess;
    USHORT creatorBackTraceIndex;
    USHORT objectTypeIndex;
    ULONG attributes;
    ULONG reserved;
};
struct HandleTable {
    ULONG_PTR count;
    ULONG_PTR reserved;
    HandleEntry handles[1];
};

using NtQuerySystemInformationFn = NTSTATUS(NTAPI*)(ULONG, PVOID, ULONG, PULONG);
using NtQueryObjectFn = NTSTATUS(NTAPI*)(HANDLE, ULONG, PVOID, ULONG, PULONG);

template <class Fn>
Fn ntdll(const char* name) {
    return reinterpret_cast<Fn>(reinterpret_cast<void*>(GetProcAddress(GetModuleHandleW(L"ntdll.dll"), name)));
}

std::wstring lower(std::wstring s) {
    for (wchar_t& c : s) c = static_cast<wchar_t>(std::towlower(c));
    return s;
}

// \Device\HarddiskVolume3 -> C:, from QueryDosDeviceW for every drive letter.
std::map<std::wstring, std::wstring> deviceToDrive() {
    std::map<std::wstring, std::wstring> out;
    const DWORD drives = GetLogicalDrives();
    for (int i = 0; i < 26; ++i) {
        if (!(drives & (1u << i))) continue;
        const std::wstring drive = std::wstring(1, static_cast<wchar_t>(L'A' + i)) + L":";
        wchar_t target[1024];
        if (QueryDosDeviceW(drive.c_str(), target, 1024)) out[lower(target)] = drive;
    }
    return out;
}

uint32_t howFromAccess(ULONG access) {
    uint32_t how = 0;
    if (access & (FILE_READ_DATA | GENERIC_READ)) how |= HoldRead;
    if (access & (FILE_WRITE_DATA | FILE_APPEND_DATA | GENERIC_WRITE)) how |= HoldWrite;
    return how ? how : HoldOpen;
}

std::wstring fullPath(const std::wstring& path) {
    if (path.rfind(L"\\\\?\\", 0) == 0) return path.substr(0, 8) == L"\\\\?\\UNC\\" ? L"\\\\" + path.substr(8) : path.substr(4);
    const DWORD need = GetFullPathNameW(path.c_str(), 0, nullptr, nullptr);
    std::wstring buf(need, L'\0');
    const DWORD got = need ? GetFullPathNameW(path.c_str(), need, buf.data(), nullptr) : 0;
    return got > 0 && got < need ? std::wstring(buf.data(), got) : path;
}

struct ProcessInfo {
    std::string name;
    uint32_t parent = 0;
};
std::map<uint32_t, ProcessInfo> processList() {
    std::map<uint32_t, ProcessInfo> out;
    HANDLE snap = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
    if (snap == INVALID_HANDLE_VALUE) return out;
    PROCESSENTRY32W pe{};
    pe.dwSize = sizeof pe;
    for (BOOL ok = Process32FirstW(snap, &pe); ok; ok = Process32NextW(snap, &pe))
        out[pe.th32ProcessID] = ProcessInfo{narrow(pe.szExeFile), pe.th32ParentProcessID};
    CloseHandle(snap);
    return out;
}

void describeProcess(Holder& h) {
    HANDLE p = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(h.pid));
    if (!p) return;
    h.startTime = winsys::processStartTime(p);
    wchar_t image[MAX_PATH * 4];
    DWORD len = MAX_PATH * 4;
    if (QueryFullProcessImageNameW(p, 0, image, &len)) h.cmdline = narrow(std::wstring(image, len));
    HANDLE token = nullptr;
    if (OpenProcessToken(p, TOKEN_QUERY, &token)) {
        DWORD need = 0;
        GetTokenInformation(token, TokenUser, nullptr, 0, &need);
        std::vector<BYTE> buf(need);
        if (need && GetTokenInformation(token, TokenUser, buf.data(), need, &need))
            h.user = winsys::accountName(reinterpret_cast<TOKEN_USER*>(buf.data())->User.Sid);
        CloseHandle(token);
    }
    CloseHandle(p);
}

// RstrtMgr.dll is not one of the DLLs Windows always takes from System32: imported, it would be
// looked for first in the program's own folder. Loaded here from System32 by name, only when used.
struct RestartManager {
    decltype(&RmStartSession) start = nullptr;
    decltype(&RmRegisterResources) registerResources = nullptr;
    decltype(&RmGetList) getList = nullptr;
    decltype(&RmEndSession) end = nullptr;
};

const RestartManager& restartManager() {
    static const RestartManager rm = [] {
        RestartManager m;
        HMODULE dll = LoadLibraryExW(L"rstrtmgr.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
        if (!dll) return m;
        const auto get = [&](auto& fn, const char* name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(reinterpret_cast<void*>(GetProcAddress(dll, name)));
        };
        get(m.start, "RmStartSession");
        get(m.registerResources, "RmRegisterResources");
        get(m.getList, "RmGetList");
        get(m.end, "RmEndSession");
        return m;
    }();
    return rm;
}

// The Restart Manager's view: pids and friendly names. Never authoritative (a stub under Wine).
void addRestartManager(const std::wstring& target, HoldersResult& r, std::map<int, Holder>& byPid) {
    const RestartManager& rm = restartManager();
    if (!rm.start || !rm.registerResources || !rm.getList || !rm.end) return;
    DWORD session = 0;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    if (rm.start(&session, 0, key) != ERROR_SUCCESS) return;
    LPCWSTR files[] = {target.c_str()};
    if (rm.registerResources(session, 1, files, 0, nullptr, 0, nullptr) == ERROR_SUCCESS) {
        UINT needed = 0, count = 0;
        DWORD reasons = 0;
        std::vector<RM_PROCESS_INFO> info;
        DWORD rc = rm.getList(session, &needed, &count, nullptr, &reasons);
        if (rc == ERROR_MORE_DATA && needed > 0) {
            info.resize(needed);
            count = needed;
            rc = rm.getList(session, &needed, &count, info.data(), &reasons);
        }
        if (rc == ERROR_SUCCESS) {
            for (UINT i = 0; i < count && i < info.size(); ++i) {
                const int pid = static_cast<int>(info[i].Process.dwProcessId);
                Holder& h = byPid[pid];
                h.pid = pid;
                h.how |= HoldInUse;
                const std::string app = narrow(info[i].strAppName);
                if (!app.empty()) h.name = app;
            }
        }
    }
    rm.end(session);
    (void)r;
}

}  // namespace

std::wstring normalizeKernelName(const std::wstring& name, const std::map<std::wstring, std::wstring>& devices) {
    if (name.rfind(L"\\??\\UNC\\", 0) == 0) return L"\\\\" + name.substr(8);
    if (name.rfind(L"\\??\\", 0) == 0) return name.substr(4);
    if (name.rfind(L"\\\\?\\", 0) == 0) return name.substr(4);
    const std::wstring low = lower(name);
    for (const wchar_t* mup : {L"\\device\\mup\\", L"\\device\\lanmanredirector\\"})
        if (low.rfind(mup, 0) == 0) return L"\\\\" + name.substr(std::wcslen(mup));
    for (const auto& [device, drive] : devices)
        if (low.rfind(device, 0) == 0 && (low.size() == device.size() || low[device.size()] == L'\\'))
            return drive + name.substr(device.size());
    return name;
}

std::wstring normalizeKernelName(const std::wstring& name) { return normalizeKernelName(name, deviceToDrive()); }

// The worker: prints one line per holding process, "H <pid> <how>", one per matching handle,
// "F <pid> <handle> <path>", then "S <processes> <not inspected>".
int holdersWorkerMain(const std::wstring& target) {
    auto query = ntdll<NtQuerySystemInformationFn>("NtQuerySystemInformation");
    auto queryObject = ntdll<NtQueryObjectFn>("NtQueryObject");
    if (!query || !queryObject) return 3;
    const std::wstring want = lower(fullPath(target));
    const bool folderTarget = (GetFileAttributesW(winsys::apiPath(want).c_str()) & FILE_ATTRIBUTE_DIRECTORY) &&
                              GetFileAttributesW(winsys::apiPath(want).c_str()) != INVALID_FILE_ATTRIBUTES;
    std::vector<BYTE> buf(1 << 20);
    NTSTATUS st;
    ULONG len = 0;
    while ((st = query(kSystemExtendedHandleInformation, buf.data(), static_cast<ULONG>(buf.size()), &len)) ==
           kStatusInfoLengthMismatch) {
        if (buf.size() > (256u << 20)) return 4;
        buf.resize(std::max<size_t>(buf.size() * 2, len + 4096));
    }
    if (st < 0) return 5;
    const auto devices = deviceToDrive();
    const auto* table = reinterpret_cast<const HandleTable*>(buf.data());
    const DWORD self = GetCurrentProcessId();
    std::map<ULONG_PTR, HANDLE> processes;  // nullptr: could not be opened
    std::set<ULONG_PTR> seen;
    std::map<ULONG_PTR, ULONG> holds;
    struct Named {
        ULONG_PTR pid, handle;
        std::wstring path;
    };
    std::vector<Named> handles;
    std::vector<BYTE> nameBuf(64 * 1024);
    for (ULONG_PTR i = 0; i < table->count; ++i) {
        const HandleEntry& e = table->handles[i];
        if (e.pid == self) continue;
        seen.insert(e.pid);
        auto it = processes.find(e.pid);
        if (it == processes.end())
            it = processes.emplace(e.pid, OpenProcess(PROCESS_DUP_HANDLE, FALSE, static_cast<DWORD>(e.pid))).first;
        if (!it->second) continue;
        HANDLE dup = nullptr;
        if (!DuplicateHandle(it->second, reinterpret_cast<HANDLE>(e.handle), GetCurrentProcess(), &dup, 0, FALSE,
                             DUPLICATE_SAME_ACCESS))
            continue;
        // Pipes and consoles can block a name query forever; disk files do not.
        if (GetFileType(dup) == FILE_TYPE_DISK) {
            ULONG got = 0;
            if (queryObject(dup, 1 /* ObjectNameInformation */, nameBuf.data(), static_cast<ULONG>(nameBuf.size()), &got) >= 0) {
                const auto* us = reinterpret_cast<const UNICODE_STRING*>(nameBuf.data());
                if (us->Buffer && us->Length) {
                    const std::wstring named = normalizeKernelName(std::wstring(us->Buffer, us->Length / sizeof(wchar_t)), devices);
                    const std::wstring name = lower(named);
                    const bool match = name == want ||
                                       (folderTarget && name.size() > want.size() && name.rfind(want, 0) == 0 &&
                                        (want.back() == L'\\' || name[want.size()] == L'\\'));
                    if (match) {
                        holds[e.pid] |= e.grantedAccess;
                        handles.push_back({e.pid, e.handle, named});
                    }
                }
            }
        }
        CloseHandle(dup);
    }
    int notInspected = 0;
    for (auto& [pid, h] : processes) {
        if (h) CloseHandle(h);
        else ++notInspected;
    }
    std::string out;
    for (const auto& [pid, access] : holds) out += "H " + std::to_string(pid) + " " + std::to_string(howFromAccess(access)) + "\n";
    // The name last: it runs to the end of the line (Windows names hold no control characters).
    for (const Named& n : handles)
        out += "F " + std::to_string(n.pid) + " " + std::to_string(n.handle) + " " + narrow(n.path) + "\n";
    out += "S " + std::to_string(seen.size()) + " " + std::to_string(notInspected) + "\n";
    DWORD written = 0;
    WriteFile(GetStdHandle(STD_OUTPUT_HANDLE), out.data(), static_cast<DWORD>(out.size()), &written, nullptr);
    return 0;
}

namespace {

std::wstring& chosenWorker() {
    static std::wstring path;
    return path;
}

std::wstring workerPath() {
    return chosenWorker().empty() ? winsys::besideThisProgram(L"whydenied-holders-worker.exe") : chosenWorker();
}

// Runs the worker with a time limit; its output, or an error in words.
bool runWorker(const std::wstring& target, std::string& out, std::string& error, const CancelToken* cancel) {
    const std::wstring exe = workerPath();
    if (GetFileAttributesW(exe.c_str()) == INVALID_FILE_ATTRIBUTES) {
        error = "The helper that lists open handles (whydenied-holders-worker.exe) is missing.";
        return false;
    }
    SECURITY_ATTRIBUTES sa{sizeof sa, nullptr, TRUE};
    HANDLE readEnd = nullptr, writeEnd = nullptr;
    if (!CreatePipe(&readEnd, &writeEnd, &sa, 0)) {
        error = "CreatePipe failed";
        return false;
    }
    SetHandleInformation(readEnd, HANDLE_FLAG_INHERIT, 0);
    STARTUPINFOW si{};
    si.cb = sizeof si;
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdOutput = writeEnd;
    si.hStdError = writeEnd;
    si.hStdInput = nullptr;
    std::wstring cmd = L"\"" + exe + L"\" \"" + target + L"\"";
    PROCESS_INFORMATION pi{};
    const BOOL started = CreateProcessW(exe.c_str(), cmd.data(), nullptr, nullptr, TRUE, CREATE_NO_WINDOW, nullptr,
                                        nullptr, &si, &pi);
    CloseHandle(writeEnd);
    if (!started) {
        CloseHandle(readEnd);
        error = "The handle lister could not be started (" + winsys::winErrorName(GetLastError()) + ").";
        return false;
    }
    std::thread reader([&] {
        char chunk[4096];
        DWORD n = 0;
        while (ReadFile(readEnd, chunk, sizeof chunk, &n, nullptr) && n > 0) out.append(chunk, n);
    });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kWorkerTimeoutMs);
    bool finished = false;
    while (!finished) {
        finished = WaitForSingleObject(pi.hProcess, 100) == WAIT_OBJECT_0;
        if (finished) break;
        if ((cancel && cancel->cancelled()) || std::chrono::steady_clock::now() > deadline) {
            TerminateProcess(pi.hProcess, 1);
            WaitForSingleObject(pi.hProcess, 2000);
            error = cancel && cancel->cancelled() ? "cancelled" : "Listing open handles took too long and was stopped.";
            break;
        }
    }
    reader.join();
    DWORD code = 1;
    GetExitCodeProcess(pi.hProcess, &code);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    CloseHandle(readEnd);
    if (finished && code != 0) error = "The handle lister failed (exit code " + std::to_string(code) + ").";
    return finished && code == 0;
}

}  // namespace

void setHoldersWorker(const std::wstring& path) { chosenWorker() = path; }

HoldersResult findHolders(const std::string& path, const CancelToken* cancel) {
    HoldersResult r;
    const std::wstring full = fullPath(widen(path));
    r.path = narrow(full);
    const DWORD attrs = GetFileAttributesW(winsys::apiPath(full).c_str());
    if (attrs == INVALID_FILE_ATTRIBUTES) {
        r.error = "Cannot examine " + r.path + ": " + winsys::winErrorName(GetLastError());
        return r;
    }
    r.folder = attrs & FILE_ATTRIBUTE_DIRECTORY;
    std::map<int, Holder> byPid;
    std::string out, error;
    if (runWorker(full, out, error, cancel)) {
        std::istringstream lines(out);
        std::string line;
        while (std::getline(lines, line)) {
            std::istringstream fields(line);
            std::string kind;
            fields >> kind;
            if (kind == "H") {
                int pid = 0;
                uint32_t how = 0;
                fields >> pid >> how;
                byPid[pid].pid = pid;
                byPid[pid].how |= how;
            } else if (kind == "F") {
                int pid = 0;
                uint64_t handle = 0;
                fields >> pid >> handle;
                std::string named;
                std::getline(fields >> std::ws, named);
                if (!named.empty() && named.back() == '\r') named.pop_back();
                Holder& h = byPid[pid];
                h.pid = pid;
                h.handles.push_back({handle, named});
                if (r.folder && h.paths.size() < kMaxPathsPerHolder &&
                    std::find(h.paths.begin(), h.paths.end(), named) == h.paths.end())
                    h.paths.push_back(named);
            } else if (kind == "S") {
                fields >> r.scanned >> r.notInspected;
            }
        }
    } else if (error == "cancelled") {
        r.cancelled = true;
        return r;
    } else {
        r.error = error;
    }
    addRestartManager(full, r, byPid);
    const auto names = processList();
    for (auto& [pid, h] : byPid) {
        if (const auto it = names.find(static_cast<uint32_t>(pid)); it != names.end() && h.name.empty())
            h.name = it->second.name;
        describeProcess(h);
        r.holders.push_back(h);
    }
    // The Restart Manager alone found something: that is an answer, even when the handle list failed.
    if (!r.holders.empty()) r.error.clear();
    return r;
}

EndRefusal mayEndProcess(const Holder& h) {
    if (h.pid == static_cast<int>(GetCurrentProcessId())) return EndRefusal::Self;
    if (h.pid == 0 || h.pid == 4) return EndRefusal::KernelThread;  // Idle and System
    if (!holderAlive(h)) return EndRefusal::PidReused;
    HANDLE p = OpenProcess(PROCESS_TERMINATE, FALSE, static_cast<DWORD>(h.pid));
    if (!p) return EndRefusal::NotPermitted;
    CloseHandle(p);
    return EndRefusal::None;
}

bool holderAlive(const Holder& h) {
    HANDLE p = OpenProcess(SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(h.pid));
    if (!p) return false;
    const bool running = WaitForSingleObject(p, 0) == WAIT_TIMEOUT;
    const bool same = h.startTime == 0 || winsys::processStartTime(p) == h.startTime;
    CloseHandle(p);
    return running && same;
}

namespace {
EndResult waitForExit(const Holder& h, std::chrono::milliseconds grace) {
    HANDLE p = OpenProcess(SYNCHRONIZE, FALSE, static_cast<DWORD>(h.pid));
    if (!p) return EndResult{EndOutcome::Ended, EndRefusal::None, 0, false};
    const DWORD w = WaitForSingleObject(p, static_cast<DWORD>(grace.count()));
    CloseHandle(p);
    return EndResult{w == WAIT_OBJECT_0 ? EndOutcome::Ended : EndOutcome::StillRunning, EndRefusal::None, 0, false};
}

BOOL CALLBACK closeWindowsOf(HWND w, LPARAM pid) {
    DWORD owner = 0;
    GetWindowThreadProcessId(w, &owner);
    if (owner == static_cast<DWORD>(pid) && IsWindowVisible(w)) PostMessageW(w, WM_CLOSE, 0, 0);
    return TRUE;
}
}  // namespace

EndResult endProcess(const Holder& h, std::chrono::milliseconds grace) {
    if (!holderAlive(h)) return EndResult{EndOutcome::Ended, EndRefusal::None, 0, true};
    if (const EndRefusal r = mayEndProcess(h); r != EndRefusal::None) return EndResult{EndOutcome::Refused, r, 0, false};
    // A polite request: WM_CLOSE to its windows, as closing them by hand would.
    EnumWindows(closeWindowsOf, static_cast<LPARAM>(h.pid));
    return waitForExit(h, grace);
}

EndResult forceEndProcess(const Holder& h, std::chrono::milliseconds grace) {
    if (!holderAlive(h)) return EndResult{EndOutcome::Ended, EndRefusal::None, 0, true};
    if (const EndRefusal r = mayEndProcess(h); r != EndRefusal::None) return EndResult{EndOutcome::Refused, r, 0, false};
    HANDLE p = OpenProcess(PROCESS_TERMINATE, FALSE, static_cast<DWORD>(h.pid));
    if (!p || !TerminateProcess(p, 1)) {
        const DWORD err = GetLastError();
        if (p) CloseHandle(p);
        return EndResult{EndOutcome::Failed, EndRefusal::None, winsys::errnoFor(err), false};
    }
    CloseHandle(p);
    return waitForExit(h, grace);
}

}  // namespace wd
