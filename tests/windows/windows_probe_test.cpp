// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows probe against the real Win32 API, run under Wine (or on Windows): real files, real
// handles, real ACLs, a real second process. When the suite runs as root on the host, the script
// runs Wine as an unprivileged uid (Wine as root ignores the read-only attribute).
#include "holders/windows/holders.h"
#include "fix/windows/primitives.h"
#include "platform/windows/text.h"
#include "whydenied/diagnose.h"
#include "whydenied/holders.h"
#include "whydenied/report.h"
#include "win_support.h"

#include <gtest/gtest.h>

#include <windows.h>
#include <aclapi.h>
#include <sddl.h>
#include <shellapi.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace {

using namespace wd;
using namespace wdtest::win;

TEST(WindowsProbe, IdentityFromTheToken) {
    TempDir dir;
    const Diagnosis d = run(dir.file(L"a.txt"), Operation::Read);
    const WinIdentity& w = d.facts.identity.win;
    ASSERT_TRUE(w.known);
    auto user = tokenUser();
    EXPECT_EQ(w.userSid, winsys::sidString(reinterpret_cast<TOKEN_USER*>(user.data())->User.Sid));
    EXPECT_EQ(w.userSid.rfind("S-1-5-", 0), 0u);
    EXPECT_FALSE(w.userName.empty());
    EXPECT_FALSE(w.groups.empty());
    EXPECT_FALSE(w.integrity.empty());
    EXPECT_GE(w.elevationType, 1);
    EXPECT_LE(w.elevationType, 3);
}

TEST(WindowsProbe, AllowedFileHasChainAndOwner) {
    TempDir dir;
    const std::wstring p = dir.file(L"mine.txt");
    const Diagnosis d = run(p, Operation::Write);
    EXPECT_EQ(d.verdict, Verdict::Allowed) << d.facts.verdict.what << " " << d.errnoName;
    EXPECT_EQ(tryOpen(p, GENERIC_WRITE), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_TRUE(d.errnoName.empty());
    ASSERT_GE(d.facts.chain.size(), 3u);
    EXPECT_EQ(d.facts.chain.front().path, narrow(p.substr(0, 3)));  // "C:\"
    const Node& t = d.facts.chain.back();
    EXPECT_EQ(t.path, narrow(p));
    EXPECT_EQ(t.type, NodeType::Regular);
    ASSERT_TRUE(t.win.known);
    // A new file belongs to the account that created it.
    EXPECT_EQ(t.win.ownerSid, d.facts.identity.win.userSid);
    EXPECT_EQ(t.owner, d.facts.identity.win.userName);
    EXPECT_TRUE(t.win.daclKnown);
    EXPECT_TRUE(t.win.accessChecked);
    EXPECT_NE(t.win.granted & FILE_WRITE_DATA, 0u);
    EXPECT_FALSE(t.win.sddl.empty());
}

TEST(WindowsProbe, ReadOnlyAttributeDeniesWriting) {
    TempDir dir;
    const std::wstring p = dir.file(L"ro.txt");
    ASSERT_TRUE(SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_READONLY));
    ASSERT_EQ(tryOpen(p, GENERIC_WRITE), static_cast<DWORD>(ERROR_ACCESS_DENIED)) << "the kernel must refuse first";
    const Diagnosis d = run(p, Operation::Write);
    EXPECT_EQ(d.verdict, Verdict::Denied);
    EXPECT_EQ(d.errnoName, "ERROR_ACCESS_DENIED");
    ASSERT_EQ(firstCause(d), "readonly-attribute");
    EXPECT_TRUE(d.facts.chain.back().win.readOnly);
    ASSERT_FALSE(d.findings[0].fixes.empty());
    EXPECT_EQ(d.findings[0].fixes[0].command(), "attrib -R " + narrow(p));
    // Reading stays allowed.
    EXPECT_EQ(run(p, Operation::Read).verdict, Verdict::Allowed);
}

TEST(WindowsProbe, SharingViolationBetweenTwoHandles) {
    TempDir dir;
    const std::wstring p = dir.file(L"shared.txt");
    HANDLE h = CreateFileW(p.c_str(), GENERIC_READ, 0 /* no sharing */, nullptr, OPEN_EXISTING, 0, nullptr);
    ASSERT_NE(h, INVALID_HANDLE_VALUE);
    const Diagnosis d = run(p, Operation::Read);
    EXPECT_EQ(d.verdict, Verdict::Denied);
    EXPECT_EQ(d.errnoName, "ERROR_SHARING_VIOLATION");
    EXPECT_EQ(firstCause(d), "file-locked-by-process");
    CloseHandle(h);
    EXPECT_EQ(run(p, Operation::Read).verdict, Verdict::Allowed);
}

TEST(WindowsProbe, ByteRangeLockIsALockViolation) {
    TempDir dir;
    const std::wstring p = dir.file(L"locked.txt", "0123456789");
    HANDLE h = CreateFileW(p.c_str(), GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                           OPEN_EXISTING, 0, nullptr);
    ASSERT_NE(h, INVALID_HANDLE_VALUE);
    OVERLAPPED ov{};
    ASSERT_TRUE(LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 4, 0, &ov));
    const Diagnosis d = run(p, Operation::Write);
    EXPECT_EQ(d.errnoName, "ERROR_LOCK_VIOLATION");
    EXPECT_EQ(firstCause(d), "file-locked-by-process");
    UnlockFileEx(h, 0, 4, 0, &ov);
    CloseHandle(h);
}

TEST(WindowsProbe, DenyAceMadeWithSetNamedSecurityInfo) {
    TempDir dir;
    const std::wstring p = dir.file(L"denied.txt");
    setMyDacl(p, FILE_WRITE_DATA | FILE_APPEND_DATA, GENERIC_ALL);
    ASSERT_EQ(tryOpen(p, GENERIC_WRITE), static_cast<DWORD>(ERROR_ACCESS_DENIED)) << "the kernel must refuse first";
    const Diagnosis d = run(p, Operation::Write);
    EXPECT_EQ(d.verdict, Verdict::Denied);
    EXPECT_EQ(d.errnoName, "ERROR_ACCESS_DENIED");
    const Node& t = d.facts.chain.back();
    ASSERT_TRUE(t.win.daclKnown);
    ASSERT_TRUE(t.win.accessChecked);
    EXPECT_EQ(t.win.granted & FILE_WRITE_DATA, 0u) << t.win.sddl;  // AccessCheck agrees with the kernel
    EXPECT_NE(t.win.granted & FILE_READ_DATA, 0u) << t.win.sddl;
    EXPECT_EQ(run(p, Operation::Read).verdict, Verdict::Allowed);
    if (runningUnderWine()) {
        // Wine keeps no DACL: it turns the deny entry into Unix mode bits (no write bit), and reports
        // the file as read-only with a DACL rebuilt from the mode. What it shows must still be explained.
        EXPECT_TRUE(firstCause(d) == "readonly-attribute" || firstCause(d) == "acl-denies") << firstCause(d);
        return;
    }
    ASSERT_FALSE(t.win.dacl.empty());
    EXPECT_FALSE(t.win.dacl[0].allow) << t.win.sddl;  // deny entries come first
    EXPECT_EQ(t.win.dacl[0].sid, d.facts.identity.win.userSid);
    ASSERT_EQ(firstCause(d), "acl-denies");
    EXPECT_EQ(d.findings[0].fixes[0].id, "icacls-remove-deny");
}

TEST(WindowsProbe, FolderOpenedAsAFile) {
    TempDir dir;
    CreateDirectoryW((dir.path() + L"\\sub").c_str(), nullptr);
    const Diagnosis d = run(dir.path() + L"\\sub", Operation::Write);
    EXPECT_EQ(d.verdict, Verdict::Denied);
    EXPECT_EQ(d.errnoName, "ERROR_ACCESS_DENIED");
    EXPECT_EQ(firstCause(d), "is-a-directory");
    EXPECT_EQ(run(dir.path() + L"\\sub", Operation::List).verdict, Verdict::Allowed);
}

TEST(WindowsProbe, MissingFile) {
    TempDir dir;
    const Diagnosis d = run(dir.path() + L"\\nope\\x.txt", Operation::Read);
    EXPECT_EQ(d.verdict, Verdict::Denied);
    EXPECT_EQ(d.errnoName, "ERROR_PATH_NOT_FOUND");
    EXPECT_EQ(firstCause(d), "path-not-found");
    EXPECT_FALSE(d.facts.chain.back().exists);
    EXPECT_EQ(run(dir.path() + L"\\x.txt", Operation::Create).verdict, Verdict::Allowed);
}

TEST(WindowsProbe, LongPathBeyondMaxPath) {
    TempDir dir;
    std::wstring p = winsys::apiPath(dir.path());
    for (int i = 0; i < 6; ++i) {
        p += L"\\" + std::wstring(60, static_cast<wchar_t>(L'a' + i));
        ASSERT_TRUE(CreateDirectoryW(p.c_str(), nullptr)) << GetLastError();
    }
    p += L"\\deep.txt";
    HANDLE h = CreateFileW(p.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, 0, nullptr);
    ASSERT_NE(h, INVALID_HANDLE_VALUE);
    CloseHandle(h);
    ASSERT_GT(p.size(), static_cast<size_t>(MAX_PATH));
    const Diagnosis d = run(p, Operation::Write);  // the \\?\ form as given
    EXPECT_EQ(d.verdict, Verdict::Allowed) << d.errnoName;
    EXPECT_EQ(d.facts.chain.back().name, "deep.txt");
    EXPECT_EQ(d.facts.chain.front().path.rfind("\\\\?\\", 0), 0u);
    const Diagnosis plain = run(p.substr(4), Operation::Write);  // and without the prefix
    EXPECT_EQ(plain.verdict, Verdict::Allowed) << plain.errnoName;
}

TEST(WindowsProbe, NonAsciiNames) {
    TempDir dir;
    const std::wstring name = L"Gr\u00fc\u00dfe \u65e5\u672c \U0001F600.txt";
    const std::wstring p = dir.file(name);
    const Diagnosis d = run(p, Operation::Read);
    EXPECT_EQ(d.verdict, Verdict::Allowed) << d.errnoName;
    EXPECT_EQ(d.facts.chain.back().name, "Gr\xc3\xbc\xc3\x9f" "e \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80.txt");
}

TEST(WindowsProbe, ControlledFolderAccessIsReadFromTheRegistry) {
    TempDir dir;
    const std::wstring p = dir.file(L"a.txt");
    const wchar_t* key = L"SOFTWARE\\Microsoft\\Windows Defender\\Windows Defender Exploit Guard\\Controlled Folder Access";
    HKEY existing = nullptr;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, key, 0, KEY_READ | KEY_WOW64_64KEY, &existing) == ERROR_SUCCESS) {
        RegCloseKey(existing);
        GTEST_SKIP() << "this machine configures controlled folder access itself; not touching it";
    }
    EXPECT_EQ(run(p, Operation::Write).facts.lsm.controlledFolderAccess, 0);  // not configured: off, not unknown
    HKEY k = nullptr, folders = nullptr;
    if (RegCreateKeyExW(HKEY_LOCAL_MACHINE, key, 0, nullptr, 0, KEY_ALL_ACCESS | KEY_WOW64_64KEY, nullptr, &k, nullptr) !=
        ERROR_SUCCESS)
        GTEST_SKIP() << "cannot write HKLM here (not an administrator)";
    const DWORD on = 1;
    RegSetValueExW(k, L"EnableControlledFolderAccess", 0, REG_DWORD, reinterpret_cast<const BYTE*>(&on), sizeof on);
    RegCreateKeyExW(k, L"ProtectedFolders", 0, nullptr, 0, KEY_ALL_ACCESS | KEY_WOW64_64KEY, nullptr, &folders, nullptr);
    const DWORD zero = 0;
    RegSetValueExW(folders, dir.path().c_str(), 0, REG_DWORD, reinterpret_cast<const BYTE*>(&zero), sizeof zero);
    RegCloseKey(folders);
    RegCloseKey(k);
    const Diagnosis d = run(p, Operation::Write);
    RegDeleteTreeW(HKEY_LOCAL_MACHINE, key);
    EXPECT_EQ(d.facts.lsm.controlledFolderAccess, 1);
    EXPECT_NE(std::find(d.facts.lsm.protectedFolders.begin(), d.facts.lsm.protectedFolders.end(), narrow(dir.path())),
              d.facts.lsm.protectedFolders.end());
    EXPECT_GT(d.facts.lsm.protectedFolders.size(), 1u);  // and the folders Defender always protects
    EXPECT_EQ(d.verdict, Verdict::Allowed);              // Wine has no Defender: nothing is blocked
}

TEST(WindowsProbe, OfflineAttributeIsACloudPlaceholderFact) {
    TempDir dir;
    const std::wstring p = dir.file(L"cloud.txt");
    if (!SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_OFFLINE) ||
        !(GetFileAttributesW(p.c_str()) & FILE_ATTRIBUTE_OFFLINE))
        GTEST_SKIP() << "this file system does not keep FILE_ATTRIBUTE_OFFLINE";
    const Diagnosis d = run(p, Operation::Read);
    EXPECT_TRUE(d.facts.chain.back().win.offline);
}

TEST(WindowsCli, DiagnoseJsonHasTheLinuxShape) {
    TempDir dir;
    const std::wstring p = dir.file(L"report (1).csv");
    ASSERT_TRUE(SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_READONLY));
    const std::wstring cli = besideSelf(L"..\\..\\cli\\whydenied-cli.exe");
    const ProcessResult r = runProcess(L"\"" + cli + L"\" diagnose \"" + p + L"\" --op write --json");
    EXPECT_EQ(r.exitCode, 1u) << r.out;  // denied
    // The keys of design.md section 4, in the order the Linux build prints them.
    size_t at = 0;
    for (const char* key : {"\"schema\": 1", "\"path\":", "\"operation\": \"write\"", "\"verdict\": \"denied\"",
                            "\"errno\": \"ERROR_ACCESS_DENIED\"", "\"findings\":", "\"cause\": \"readonly-attribute\"",
                            "\"confidence\":", "\"title\":", "\"explanation\":", "\"evidence\":", "\"fixes\":",
                            "\"command\": \"attrib -R \\\"", "\"privilege\":", "\"undo\":", "\"chain\":", "\"owner\":", "\"mode\":"}) {
        const size_t found = r.out.find(key, at);
        ASSERT_NE(found, std::string::npos) << key << " missing after offset " << at << " in\n" << r.out;
        at = found;
    }
    EXPECT_NE(r.out.find(narrow(L"report (1).csv")), std::string::npos);
    EXPECT_NE(r.out.find("\"windows_attributes\": \"read-only"), std::string::npos) << r.out;
    // The text form shows the path as Windows writes it, single backslashes.
    const ProcessResult text = runProcess(L"\"" + cli + L"\" diagnose \"" + p + L"\" --op write");
    EXPECT_NE(text.out.find(narrow(p)), std::string::npos) << text.out;
}

TEST(WindowsCli, NonAsciiPathOnTheCommandLine) {
    TempDir dir;
    const std::wstring p = dir.file(L"\u00fcber \u6587\u5b57.txt");
    const ProcessResult r = runProcess(L"\"" + besideSelf(L"..\\..\\cli\\whydenied-cli.exe") + L"\" diagnose \"" + p +
                                       L"\" --op write --json");
    EXPECT_EQ(r.exitCode, 0u) << r.out;  // the file exists: the name arrived intact
    EXPECT_NE(r.out.find("\xc3\xbc" "ber \xe6\x96\x87\xe5\xad\x97.txt"), std::string::npos) << r.out;
}

TEST(WindowsCli, AllowedExitsZero) {
    TempDir dir;
    const std::wstring p = dir.file(L"ok.txt");
    const ProcessResult r = runProcess(L"\"" + besideSelf(L"..\\..\\cli\\whydenied-cli.exe") + L"\" diagnose \"" + p +
                                       L"\" --op read --json");
    EXPECT_EQ(r.exitCode, 0u) << r.out;
    EXPECT_NE(r.out.find("\"errno\": null"), std::string::npos) << r.out;
}

TEST(WindowsHolders, KernelNamesAreNormalised) {
    const std::map<std::wstring, std::wstring> devices{{L"\\device\\harddiskvolume3", L"C:"}};
    EXPECT_EQ(normalizeKernelName(L"\\??\\C:\\x\\y.txt", devices), L"C:\\x\\y.txt");                 // Wine
    EXPECT_EQ(normalizeKernelName(L"\\Device\\HarddiskVolume3\\x\\y.txt", devices), L"C:\\x\\y.txt");  // Windows
    EXPECT_EQ(normalizeKernelName(L"\\Device\\HarddiskVolume30\\x", devices), L"\\Device\\HarddiskVolume30\\x");
    EXPECT_EQ(normalizeKernelName(L"\\Device\\Mup\\srv\\share\\f", devices), L"\\\\srv\\share\\f");
    EXPECT_EQ(normalizeKernelName(L"\\??\\UNC\\srv\\share\\f", devices), L"\\\\srv\\share\\f");
}

TEST(WindowsHolders, NobodyHoldsAFreshFile) {
    TempDir dir;
    const HoldersResult r = findHolders(narrow(dir.file(L"free.txt")));
    EXPECT_TRUE(r.error.empty()) << r.error;  // the Restart Manager's empty answer is no error
    EXPECT_TRUE(r.holders.empty());
    EXPECT_GT(r.scanned, 0);
}

TEST(WindowsHolders, SecondProcessHoldingTheFileIsNamed) {
    TempDir dir;
    const std::wstring p = dir.file(L"held \u00e9.txt");
    HoldingProcess child(p);
    ASSERT_TRUE(child.ready());
    const HoldersResult r = findHolders(narrow(p));
    ASSERT_TRUE(r.error.empty()) << r.error;
    ASSERT_EQ(r.holders.size(), 1u);
    EXPECT_EQ(r.holders[0].pid, child.pid());
    EXPECT_EQ(r.holders[0].name, "windows_tests.exe");
    EXPECT_NE(r.holders[0].how & HoldWrite, 0u);
    EXPECT_NE(r.holders[0].startTime, 0u);
    EXPECT_TRUE(holderAlive(r.holders[0]));

    // The diagnosis names it too.
    const Diagnosis d = run(p, Operation::Read);
    EXPECT_EQ(d.errnoName, "ERROR_SHARING_VIOLATION");
    ASSERT_EQ(firstCause(d), "file-locked-by-process");
    EXPECT_NE(d.findings[0].title.english().find("windows_tests.exe (pid " + std::to_string(child.pid())),
              std::string::npos)
        << d.findings[0].title.english();
}

TEST(WindowsHolders, FolderHoldersIncludeFilesBeneath) {
    TempDir dir;
    const std::wstring p = dir.file(L"inside.txt");
    HoldingProcess child(p);
    ASSERT_TRUE(child.ready());
    const HoldersResult r = findHolders(narrow(dir.path()));
    ASSERT_TRUE(r.error.empty()) << r.error;
    EXPECT_TRUE(r.folder);
    ASSERT_EQ(r.holders.size(), 1u);
    EXPECT_EQ(r.holders[0].pid, child.pid());
    // Each handle under the folder is named, which is what closing one of them needs.
    ASSERT_EQ(r.holders[0].handles.size(), 1u);
    EXPECT_NE(r.holders[0].handles[0].value, 0u);
    EXPECT_EQ(CompareStringOrdinal(widen(r.holders[0].handles[0].path).c_str(), -1, p.c_str(), -1, TRUE), CSTR_EQUAL)
        << r.holders[0].handles[0].path;
    EXPECT_EQ(r.holders[0].paths, std::vector<std::string>{r.holders[0].handles[0].path});
}

TEST(WindowsHolders, EndingAHolderReleasesTheFile) {
    TempDir dir;
    const std::wstring p = dir.file(L"end.txt");
    HoldingProcess child(p);
    ASSERT_TRUE(child.ready());
    const HoldersResult r = findHolders(narrow(p));
    ASSERT_EQ(r.holders.size(), 1u);
    EXPECT_EQ(mayEndProcess(r.holders[0]), EndRefusal::None);
    Holder me;
    me.pid = static_cast<int>(GetCurrentProcessId());
    EXPECT_EQ(mayEndProcess(me), EndRefusal::Self);
    const EndResult e = forceEndProcess(r.holders[0]);
    EXPECT_EQ(e.outcome, EndOutcome::Ended);
    EXPECT_FALSE(holderAlive(r.holders[0]));
    EXPECT_EQ(run(p, Operation::Write).verdict, Verdict::Allowed);
}

// The fix must let this process write; its undo must bring back the refusal and the recorded state.
void expectWriteFixedThenUndone(const std::wstring& p, const winfix::Result& r) {
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(tryOpen(p, GENERIC_WRITE), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(run(p, Operation::Write).verdict, Verdict::Allowed);
    const winfix::Result undo = winfix::restore(p, r.before);
    ASSERT_TRUE(undo.ok) << undo.message;
    EXPECT_EQ(tryOpen(p, GENERIC_WRITE), static_cast<DWORD>(ERROR_ACCESS_DENIED));
    EXPECT_EQ(undo.after.attributes, r.before.attributes);
    EXPECT_EQ(undo.after.sddl, r.before.sddl);
}

TEST(WindowsFixes, ClearReadOnlyThenUndo) {
    TempDir dir;
    const std::wstring p = dir.file(L"ro.txt");
    ASSERT_TRUE(SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_READONLY));
    const Diagnosis d = run(p, Operation::Write);
    ASSERT_EQ(firstCause(d), "readonly-attribute");
    const winfix::Result r = winfix::clearReadOnly(p);
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_NE(r.before.attributes & FILE_ATTRIBUTE_READONLY, 0u);
    EXPECT_EQ(r.after.attributes & FILE_ATTRIBUTE_READONLY, 0u);
    expectWriteFixedThenUndone(p, r);
}

TEST(WindowsFixes, GrantModifyThenUndo) {
    TempDir dir;
    const std::wstring p = dir.file(L"readonly-acl.txt");
    // Wine keeps no DACL and only a deny entry takes the write bit away; on Windows an ACL that
    // grants reading only is the case this fix is for.
    if (runningUnderWine()) setMyDacl(p, FILE_WRITE_DATA | FILE_APPEND_DATA, GENERIC_ALL);
    else setMyDacl(p, 0, FILE_GENERIC_READ);
    ASSERT_EQ(tryOpen(p, GENERIC_WRITE), static_cast<DWORD>(ERROR_ACCESS_DENIED));
    const winfix::Result r = winfix::grantModify(p);
    EXPECT_FALSE(r.before.sddl.empty());
    EXPECT_NE(r.after.sddl, r.before.sddl);
    expectWriteFixedThenUndone(p, r);
}

TEST(WindowsFixes, TakeOwnershipRecordsThePreviousOwner) {
    TempDir dir;
    const std::wstring p = dir.file(L"mine.txt");
    const winfix::Result r = winfix::takeOwnership(p);
    ASSERT_TRUE(r.ok) << r.message;
    const Diagnosis d = run(p, Operation::Read);
    EXPECT_EQ(d.facts.chain.back().win.ownerSid, d.facts.identity.win.userSid);
    EXPECT_EQ(r.before.sddl.rfind("O:", 0), 0u);
    EXPECT_FALSE(winfix::takeOwnership(dir.path() + L"\\missing.txt").ok);
}

}  // namespace

int main(int argc, char** argv) {
    gSelf.resize(MAX_PATH * 4);
    gSelf.resize(GetModuleFileNameW(nullptr, gSelf.data(), static_cast<DWORD>(gSelf.size())));
    if (argc == 3 && std::string(argv[1]) == "--hold") {
        int wargc = 0;
        LPWSTR* wargv = CommandLineToArgvW(GetCommandLineW(), &wargc);
        return wargc == 3 ? holdMain(wargv[2]) : 2;
    }
    const std::wstring worker = besideSelf(L"..\\..\\cli\\whydenied-holders-worker.exe");
    setHoldersWorker(worker);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
