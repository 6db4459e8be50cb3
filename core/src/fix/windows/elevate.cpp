// SPDX-License-Identifier: GPL-3.0-or-later
// Windows: a privileged fix runs in whydenied-helper.exe started through the UAC prompt
// (ShellExecuteExW with the "runas" verb).
//
// The request travels on the helper's command line, which the prompt fixes when it is approved: a
// file would sit in %TEMP% while the prompt waits, where any program of this account could rewrite
// it or swap its folder for a junction. It is one word (the request's JSON text in hex), so no
// quoting is involved. The answer (one JSON line, fix::HelperAnswer) comes back through a named
// pipe this process created (one instance, local clients only), never through a path, and only
// from the process that was started: the pipe's client must be the helper's process id.
#include "whydenied/fix.h"

#include "fix/common/fix_internal.h"
#include "fix/windows/guard.h"
#include "platform/windows/text.h"

#include <windows.h>
#include <shellapi.h>

#include <random>

namespace wd::fix {

namespace {

using winsys::narrow;
using winsys::widen;

// Only the installed helper beside this program: no environment variable chooses what runs
// elevated. The engine's own tests name theirs in ApplyOptions.
std::wstring helperPath(const ApplyOptions& o) {
    if (!o.helperPath.empty()) return widen(o.helperPath);
    return winsys::besideThisProgram(L"whydenied-helper.exe");
}

class Handle {
public:
    explicit Handle(HANDLE h = nullptr) : h_(h) {}
    ~Handle() {
        if (h_ && h_ != INVALID_HANDLE_VALUE) CloseHandle(h_);
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    HANDLE get() const { return h_; }
    bool ok() const { return h_ && h_ != INVALID_HANDLE_VALUE; }

private:
    HANDLE h_;
};

std::wstring freshPipeName() {
    std::random_device rd;
    wchar_t name[80];
    swprintf(name, 80, L"whydenied-%lu-%08x%08x%08x", GetCurrentProcessId(), rd(), rd(), rd());
    return name;
}

// Reads what the helper writes to the pipe, once it has connected, until it closes its end.
// False when the pipe's client is not the helper that was started.
bool readAnswer(HANDLE pipe, HANDLE process, OVERLAPPED& ov, std::string& answer, Message& error) {
    const HANDLE waitFor[2] = {ov.hEvent, process};
    DWORD ignored = 0;
    if (WaitForMultipleObjects(2, waitFor, FALSE, INFINITE) != WAIT_OBJECT_0 &&
        WaitForSingleObject(ov.hEvent, 0) != WAIT_OBJECT_0) {
        CancelIo(pipe);
        GetOverlappedResult(pipe, &ov, &ignored, TRUE);
        return true;  // it ended without connecting: no answer
    }
    if (!GetOverlappedResult(pipe, &ov, &ignored, FALSE) && GetLastError() != ERROR_PIPE_CONNECTED) return true;
    ULONG client = 0;
    if (!GetNamedPipeClientProcessId(pipe, &client) || client != GetProcessId(process)) {
        error = WD_TR("an answer came from another program than the helper; it was ignored");
        return false;
    }
    char buf[4096];
    for (;;) {
        DWORD n = 0;
        ResetEvent(ov.hEvent);
        if (!ReadFile(pipe, buf, sizeof buf, nullptr, &ov) && GetLastError() != ERROR_IO_PENDING) break;
        if (!GetOverlappedResult(pipe, &ov, &n, TRUE) || n == 0) break;
        answer.append(buf, n);
        if (answer.size() > (1U << 20)) break;
    }
    return true;
}

}  // namespace

uint32_t processUid() { return 0; }

bool runningPrivileged() {
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) return false;
    TOKEN_ELEVATION elevation{};
    DWORD len = 0;
    const bool elevated = GetTokenInformation(token, TokenElevation, &elevation, sizeof elevation, &len) &&
                          elevation.TokenIsElevated;
    CloseHandle(token);
    return elevated;
}

bool askHelper(const std::vector<std::string>& request, const ApplyOptions& o, std::string& answer, DWORD& status,
               Message& error) {
    std::vector<std::string> args = request;
    // Who asked: the helper checks it against the account of the process that started it, and
    // grants to it even when another administrator answers the prompt.
    bool named = false;
    for (size_t i = 1; i < args.size(); i += 2) named = named || args[i] == "--requester";
    if (!named) args.insert(args.end(), {"--requester", winguard::processUserSid()});
    const std::wstring pipeName = freshPipeName();
    const Handle pipe(CreateNamedPipeW((L"\\\\.\\pipe\\" + pipeName).c_str(),
                                       PIPE_ACCESS_INBOUND | FILE_FLAG_FIRST_PIPE_INSTANCE | FILE_FLAG_OVERLAPPED,
                                       PIPE_TYPE_BYTE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS, 1, 0, 1 << 16, 0, nullptr));
    const Handle event(CreateEventW(nullptr, TRUE, FALSE, nullptr));
    if (!pipe.ok() || !event.ok()) {
        error = Message(WD_TR("cannot make a pipe for the helper's answer (%1)"), {winsys::winErrorName(GetLastError())});
        return false;
    }
    OVERLAPPED ov{};
    ov.hEvent = event.get();
    if (!ConnectNamedPipe(pipe.get(), &ov) && GetLastError() != ERROR_IO_PENDING && GetLastError() != ERROR_PIPE_CONNECTED) {
        error = Message(WD_TR("cannot wait for the helper's answer (%1)"), {winsys::winErrorName(GetLastError())});
        return false;
    }
    if (GetLastError() == ERROR_PIPE_CONNECTED) SetEvent(event.get());
    const std::wstring helper = helperPath(o);
    const std::wstring parameters = L"--request " + widen(encodeRequestWord(args)) + L" --answer " + pipeName;
    SHELLEXECUTEINFOW sei{};
    sei.cbSize = sizeof sei;
    sei.fMask = SEE_MASK_NOCLOSEPROCESS | SEE_MASK_NOASYNC | SEE_MASK_FLAG_NO_UI;
    sei.lpVerb = L"runas";  // the UAC prompt: consent, or an administrator's password
    sei.lpFile = helper.c_str();
    sei.lpParameters = parameters.c_str();
    sei.nShow = SW_HIDE;
    if (!ShellExecuteExW(&sei)) {
        const DWORD err = GetLastError();
        CancelIo(pipe.get());
        error = err == ERROR_CANCELLED ? Message(WD_TR("not authorised (the administrator prompt was declined)"))
                                       : Message(WD_TR("cannot start %1 (%2)"), {narrow(helper), winsys::winErrorName(err)});
        return false;
    }
    if (!sei.hProcess) {
        CancelIo(pipe.get());
        error = WD_TR("the helper was started without a process handle");
        return false;
    }
    const Handle process(sei.hProcess);
    const bool fromHelper = readAnswer(pipe.get(), process.get(), ov, answer, error);
    // No time limit once it runs: it was approved, and stopping it half-way would lose its record.
    WaitForSingleObject(process.get(), INFINITE);
    status = 1;
    GetExitCodeProcess(process.get(), &status);
    return fromHelper;
}

Message helperRefusal(const char* templ, unsigned long status, const std::string& answer) {
    const auto a = readHelperAnswer(answer);
    if (a && a->kind == HelperAnswer::Kind::Refused && !a->reason.empty()) return aroundReason(templ, a->reason);
    return Message(templ).nest(0, Message(WD_TR("the helper failed (status %1)"), {std::to_string(status)}));
}

std::optional<JournalEntry> viaHelper(const std::vector<std::string>& request, const ApplyOptions& o,
                                      Message& error) {
    std::string answer;
    DWORD status = 1;
    if (!askHelper(request, o, answer, status, error)) return std::nullopt;
    if (status != 0) {
        error = helperRefusal("%1", status, answer);
        return std::nullopt;
    }
    const auto a = readHelperAnswer(answer);
    if (!a || a->kind != HelperAnswer::Kind::Entry) {
        error = WD_TR("the helper's answer could not be read");
        return std::nullopt;
    }
    return a->entry;
}

LowResult joinGroupLow(const std::string& group, uint32_t) {
    LowResult r;
    r.error = "joining " + group + " is for an administrator on Windows (Computer Management or net localgroup)";
    return r;
}

LowResult leaveGroupLow(const std::string& group, uint32_t) { return joinGroupLow(group, 0); }

}  // namespace wd::fix

namespace wd {

bool elevationAvailable(std::string* why) {
    return winguard::installedForAllUsers(winsys::besideThisProgram(L"whydenied-helper.exe"), why);
}

}  // namespace wd
