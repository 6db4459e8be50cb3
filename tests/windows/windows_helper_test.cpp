// SPDX-License-Identifier: GPL-3.0-or-later
// The elevated Windows helper as an unelevated caller might try to abuse it: each test sends a
// request the way the engine does (fix::viaHelper, which under Wine starts the helper without a
// prompt) or starts the helper directly, and checks that it refuses and that nothing changed.
//
// What Wine 8 can and cannot show here: it keeps no owner or DACL on files (every file is owned by
// the one Wine user and its DACL follows the Unix mode), it cannot create junctions, and it has no
// \\localhost\C$ share. A folder that is a Unix symbolic link stands in for a junction: Wine shows
// it as a plain folder, exactly as a junction looks when it is not examined, and reports the real
// place through GetFinalPathNameByHandleW. The owner, DACL and install-folder rules are checked on
// descriptors written as SDDL instead.
#include "fix/common/fix_internal.h"
#include "fix/windows/guard.h"
#include "fix/windows/primitives.h"
#include "hex.h"
#include "whydenied/fix.h"
#include "whydenied/holders.h"
#include "whydenied/release.h"
#include "win_support.h"

#include <gtest/gtest.h>

#include <shlobj.h>
#include <winioctl.h>

#include <cwctype>
#include <fstream>
#include <utility>

namespace {

using namespace wd;
using namespace wdtest::win;

std::wstring releaseHelper() { return besideSelf(L"..\\..\\cli\\whydenied-helper.exe"); }
std::wstring testingHelper() { return besideSelf(L"..\\..\\cli\\whydenied-helper-testing.exe"); }

DWORD attributesOf(const std::wstring& p) { return GetFileAttributesW(winsys::apiPath(p).c_str()); }

std::wstring windowsDir() {
    wchar_t w[MAX_PATH];
    const UINT n = GetWindowsDirectoryW(w, MAX_PATH);
    return std::wstring(w, n);
}

std::wstring knownFolder(REFKNOWNFOLDERID id) {
    PWSTR p = nullptr;
    std::wstring out;
    if (SHGetKnownFolderPath(id, 0, nullptr, &p) == S_OK) out = p;
    CoTaskMemFree(p);
    return out;
}

std::string mySid() { return winsys::sidString(reinterpret_cast<TOKEN_USER*>(tokenUser().data())->User.Sid); }

// A folder outside %TEMP% (under the Windows or Program Files tree, or beside the profiles),
// removed with what is in it.
class OutsideDir {
public:
    explicit OutsideDir(const std::wstring& path) : path_(path) { created_ = CreateDirectoryW(path.c_str(), nullptr); }
    ~OutsideDir() {
        WIN32_FIND_DATAW fd;
        HANDLE f = FindFirstFileW((path_ + L"\\*").c_str(), &fd);
        if (f != INVALID_HANDLE_VALUE) {
            do {
                const std::wstring child = path_ + L"\\" + fd.cFileName;
                SetFileAttributesW(child.c_str(), FILE_ATTRIBUTE_NORMAL);
                DeleteFileW(child.c_str());
            } while (FindNextFileW(f, &fd));
            FindClose(f);
        }
        RemoveDirectoryW(path_.c_str());
    }
    bool created() const { return created_; }
    const std::wstring& path() const { return path_; }
    std::wstring readOnlyFile(const std::wstring& name) const {
        const std::wstring p = path_ + L"\\" + name;
        HANDLE h = CreateFileW(p.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, 0, nullptr);
        EXPECT_NE(h, INVALID_HANDLE_VALUE) << narrow(p);
        CloseHandle(h);
        SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_READONLY);
        return p;
    }

private:
    std::wstring path_;
    bool created_ = false;
};

std::wstring unique(const wchar_t* stem) { return stem + std::to_wstring(GetCurrentProcessId()) + L"-" + std::to_wstring(GetTickCount64()); }

// A folder link at `link` to `target`: a junction where the system makes one, else (Wine) a Unix
// symbolic link made by /bin/ln, which Wine shows as an ordinary folder. False: neither works.
bool makeFolderLink(const std::wstring& link, const std::wstring& target) {
    if (CreateDirectoryW(link.c_str(), nullptr)) {
        HANDLE h = CreateFileW(link.c_str(), GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                               FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
        const std::wstring sub = L"\\??\\" + target;
        std::vector<BYTE> buf(16 + (sub.size() + 2) * sizeof(wchar_t));
        auto* rp = reinterpret_cast<DWORD*>(buf.data());
        rp[0] = IO_REPARSE_TAG_MOUNT_POINT;
        auto* w = reinterpret_cast<USHORT*>(buf.data() + 4);
        w[0] = static_cast<USHORT>(buf.size() - 8);                 // ReparseDataLength
        w[2] = 0;                                                   // SubstituteNameOffset
        w[3] = static_cast<USHORT>(sub.size() * sizeof(wchar_t));  // SubstituteNameLength
        w[4] = static_cast<USHORT>(w[3] + sizeof(wchar_t));        // PrintNameOffset
        w[5] = 0;                                                   // PrintNameLength
        std::copy(sub.begin(), sub.end(), reinterpret_cast<wchar_t*>(buf.data() + 16));
        DWORD ret = 0;
        const BOOL ok = h != INVALID_HANDLE_VALUE &&
                        DeviceIoControl(h, FSCTL_SET_REPARSE_POINT, buf.data(), static_cast<DWORD>(buf.size()), nullptr, 0,
                                        &ret, nullptr);
        if (h != INVALID_HANDLE_VALUE) CloseHandle(h);
        if (ok) return true;
        RemoveDirectoryW(link.c_str());
    }
    using UnixName = char*(CDECL*)(const wchar_t*);
    const auto unixName = reinterpret_cast<UnixName>(
        reinterpret_cast<void*>(GetProcAddress(GetModuleHandleW(L"kernel32.dll"), "wine_get_unix_file_name")));
    if (!unixName) return false;
    char* t = unixName(target.c_str());
    // The link does not exist yet: name its folder, then add the last component.
    const size_t sep = link.find_last_of(L'\\');
    char* parent = unixName(link.substr(0, sep).c_str());
    if (!t || !parent) return false;
    const std::string cmd = std::string("Z:\\bin\\ln -s ") + t + " " + parent + "/" + narrow(link.substr(sep + 1));
    HeapFree(GetProcessHeap(), 0, t);
    HeapFree(GetProcessHeap(), 0, parent);
    if (cmd.find(' ', 14) != cmd.rfind(' ')) return false;  // ln gets its arguments split at spaces
    runProcess(widen(cmd));
    const DWORD a = GetFileAttributesW(link.c_str());
    return a != INVALID_FILE_ATTRIBUTES && (a & FILE_ATTRIBUTE_DIRECTORY);
}

struct Sent {
    std::optional<JournalEntry> entry;
    std::string error;
};

// The test build of the helper keeps its journal in the folder WD_HELPER_STATE_DIR names (Wine
// keeps no owners, so the administrators-only %ProgramData% journal cannot be checked here); the
// release build ignores that variable.
class HelperState {
public:
    HelperState() { SetEnvironmentVariableW(L"WD_HELPER_STATE_DIR", dir_.path().c_str()); }
    ~HelperState() { SetEnvironmentVariableW(L"WD_HELPER_STATE_DIR", nullptr); }
    HelperState(const HelperState&) = delete;
    HelperState& operator=(const HelperState&) = delete;
    std::wstring journal() const { return dir_.path() + L"\\journal\\" + widen(mySid()); }

private:
    TempDir dir_;
};

Sent send(const std::wstring& helper, const std::vector<std::string>& request, const std::string& journalDir = {}) {
    ApplyOptions o;
    o.helperPath = narrow(helper);
    o.journalDir = journalDir;
    Sent s;
    Message error;
    s.entry = fix::viaHelper(request, o, error);
    s.error = error.english();
    return s;
}

std::vector<std::string> applyRequest(const std::string& action, const std::string& arg, const std::wstring& path,
                                      const std::string& type = "file") {
    const Diagnosis d = run(path, Operation::Write);
    const Node& n = d.facts.chain.back();
    return {"apply", "--action", action, "--arg", arg, "--fix", "x", "--cause", "x", "--path", narrow(path),
            "--dev", std::to_string(n.dev), "--ino", std::to_string(n.ino), "--type", type};
}

bool readOnly(const std::wstring& p) { return (attributesOf(p) & FILE_ATTRIBUTE_READONLY) != 0; }

class WindowsHelperAttack : public ::testing::Test {
protected:
    HelperState state;
};

// ---- The target is judged by the helper, from where the file really is ----

TEST_F(WindowsHelperAttack, TheWindowsTreeIsRefusedEvenWhenTheRequestSaysConfirmed) {
    OutsideDir dir(windowsDir() + L"\\Temp\\" + unique(L"wd-"));
    if (!dir.created()) GTEST_SKIP() << "cannot create a folder under the Windows folder";
    const std::wstring p = dir.readOnlyFile(L"service.cfg");
    auto request = applyRequest("clear-readonly", "", p);
    request.push_back("--confirmed-system-path");
    const Sent s = send(testingHelper(), request);
    EXPECT_FALSE(s.entry);
    EXPECT_TRUE(readOnly(p)) << "the helper changed a file under " << narrow(windowsDir());
}

TEST_F(WindowsHelperAttack, AShortNameDoesNotHideProgramFiles) {
    OutsideDir dir(knownFolder(FOLDERID_ProgramFiles) + L"\\" + unique(L"WhyDenied attack "));
    if (!dir.created()) GTEST_SKIP() << "cannot create a folder under Program Files";
    const std::wstring p = dir.readOnlyFile(L"service binary.exe");
    wchar_t shortName[MAX_PATH];
    const DWORD n = GetShortPathNameW(p.c_str(), shortName, MAX_PATH);
    if (n == 0 || n >= MAX_PATH || std::wstring(shortName) == p) GTEST_SKIP() << "this volume makes no 8.3 names";
    const Sent s = send(testingHelper(), applyRequest("clear-readonly", "", shortName));
    EXPECT_FALSE(s.entry) << "applied through " << narrow(shortName);
    EXPECT_TRUE(readOnly(p));
    EXPECT_NE(s.error.find("Program Files"), std::string::npos) << s.error;
}

TEST_F(WindowsHelperAttack, AFolderLinkDoesNotHideTheWindowsTree) {
    OutsideDir target(windowsDir() + L"\\Temp\\" + unique(L"wd-target-"));
    if (!target.created()) GTEST_SKIP() << "cannot create a folder under the Windows folder";
    const std::wstring victim = target.readOnlyFile(L"victim.dll");
    TempDir dir;
    const std::wstring link = dir.path() + L"\\innocent";
    if (!makeFolderLink(link, target.path())) GTEST_SKIP() << "this system makes neither junctions nor Unix links";
    const Sent s = send(testingHelper(), applyRequest("clear-readonly", "", link + L"\\victim.dll"));
    EXPECT_FALSE(s.entry) << "applied through a link into " << narrow(target.path());
    EXPECT_TRUE(readOnly(victim));
    EXPECT_NE(s.error.find("system"), std::string::npos) << s.error;
}

TEST_F(WindowsHelperAttack, AnotherUsersProfileIsRefused) {
    const std::wstring profiles = knownFolder(FOLDERID_UserProfiles);
    if (profiles.empty()) GTEST_SKIP() << "no profiles folder";
    OutsideDir other(profiles + L"\\" + unique(L"wd-other-"));
    if (!other.created()) GTEST_SKIP() << "cannot create a folder beside the profiles";
    const std::wstring p = other.readOnlyFile(L"diary.txt");
    const Sent s = send(testingHelper(), applyRequest("clear-readonly", "", p));
    EXPECT_FALSE(s.entry);
    EXPECT_TRUE(readOnly(p)) << "the helper changed a file in another profile";
    EXPECT_NE(s.error.find("profile"), std::string::npos) << s.error;
}

TEST_F(WindowsHelperAttack, DenyRemovalOnlyForTheRequester) {
    TempDir dir;
    const std::wstring p = dir.file(L"shared.txt");
    const Sent s = send(testingHelper(), applyRequest("acl-remove-deny", "*S-1-1-0", p));  // Everyone
    EXPECT_FALSE(s.entry);
    EXPECT_NE(s.error.find("only deny entries that name you"), std::string::npos) << s.error;
}

TEST_F(WindowsHelperAttack, AGrantForAnotherAccountIsRefused) {
    TempDir dir;
    const std::wstring p = dir.file(L"mine.txt");
    auto request = applyRequest("acl", "*" + mySid() + ":(M)", p);  // well formed: only the requester differs
    request.insert(request.begin() + 1, {"--requester", "S-1-5-21-1-2-3-1001"});
    const Sent s = send(testingHelper(), request);
    EXPECT_FALSE(s.entry);
    EXPECT_NE(s.error.find("not the account that asked"), std::string::npos) << s.error;
}

TEST_F(WindowsHelperAttack, ACopyIsNeverMadeByTheAdministrator) {
    TempDir dir;
    const std::wstring secret = dir.file(L"secret.txt", "hunter2");
    const std::wstring to = dir.path() + L"\\out\\secret.txt";
    const Sent s = send(testingHelper(), applyRequest("copy", narrow(to), secret));
    EXPECT_FALSE(s.entry);
    EXPECT_EQ(attributesOf(to), INVALID_FILE_ATTRIBUTES);
}

// ---- Undo reads only the helper's own journal ----

TEST_F(WindowsHelperAttack, AForgedJournalEntryInTheCallersFolderIsNotUndone) {
    TempDir dir;
    const std::wstring victim = dir.file(L"victim.txt", "precious");
    const Diagnosis d = run(victim, Operation::Read);
    const Node& n = d.facts.chain.back();
    JournalEntry forged;
    forged.id = "20260101T000000Z-forged";
    forged.action = FixAction::Copy;  // its undo deletes "the copy"
    forged.fixId = "copy-to-writable";
    forged.path = narrow(victim);
    forged.dev = n.dev;
    forged.ino = n.ino;
    forged.type = NodeType::Regular;
    forged.privilege = Privilege::Admin;
    forged.after = *readState(narrow(victim));
    const std::string journal = narrow(dir.path() + L"\\journal");
    ASSERT_TRUE(Journal(journal).write(forged));
    const Sent s = send(testingHelper(), {"undo", "--id", forged.id}, journal);
    EXPECT_FALSE(s.entry);
    EXPECT_NE(attributesOf(victim), INVALID_FILE_ATTRIBUTES) << "the helper deleted a file on a forged record";
}

// An administrator's console undoes from the account's own journal, which any program of the
// account can write: a forged entry must not make the elevated undo change a system file.
TEST(WindowsEngineAttack, AnElevatedUndoOfAForgedEntryLeavesTheWindowsTreeAlone) {
    if (!fix::runningPrivileged()) GTEST_SKIP() << "unelevated, Windows itself keeps the undo out of the Windows tree";
    OutsideDir dir(windowsDir() + L"\\Temp\\" + unique(L"wd-"));
    if (!dir.created()) GTEST_SKIP() << "cannot create a folder under the Windows folder";
    const std::wstring victim = dir.readOnlyFile(L"system.dll");
    const Diagnosis d = run(victim, Operation::Read);
    JournalEntry forged;
    forged.id = "20260101T000000Z-forged";
    forged.action = FixAction::ClearReadOnly;
    forged.fixId = "attrib-clear-readonly";
    forged.path = narrow(victim);
    forged.dev = d.facts.chain.back().dev;
    forged.ino = d.facts.chain.back().ino;
    forged.type = NodeType::Regular;
    forged.callerSid = mySid();
    forged.after = *readState(narrow(victim));
    forged.before = forged.after;
    forged.before.attributes &= ~FILE_ATTRIBUTE_READONLY;
    TempDir journal;
    ApplyOptions o;
    o.journalDir = narrow(journal.path());
    ASSERT_TRUE(Journal(o.journalDir).write(forged));
    const UndoOutcome out = undoFix(forged.id, o);
    EXPECT_FALSE(out.ok) << out.message;
    EXPECT_TRUE(readOnly(victim)) << "an elevated undo changed a file under the Windows folder";
}

// ---- The request and the answer ----

TEST_F(WindowsHelperAttack, TheAnswerIsNeverWrittenToAPathTheCallerNames) {
    TempDir dir;
    const std::wstring victim = dir.file(L"boot.ini", "keep me");
    runProcess(L"\"" + releaseHelper() + L"\" --request-file \"" + dir.path() + L"\\missing\" --result-file \"" + victim + L"\"");
    std::ifstream in(narrow(victim));
    const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(content, "keep me");
}

TEST_F(WindowsHelperAttack, ATwentyDigitFileIdIsARefusalNotACrash) {
    TempDir dir;
    const std::wstring p = dir.file(L"x.txt");
    const Sent s = send(testingHelper(), {"apply", "--action", "clear-readonly", "--arg", "", "--fix", "x", "--cause", "x",
                                          "--path", narrow(p), "--dev", "99999999999999999999", "--ino", "1", "--type", "file"});
    EXPECT_FALSE(s.entry);
    EXPECT_NE(s.error.find("file id"), std::string::npos) << s.error;
}

// Restart Manager is not a KnownDLL: imported, it is looked for in the helper's own folder first.
TEST_F(WindowsHelperAttack, TheHelperImportsNoDllThatItsFolderCouldSupply) {
    std::ifstream in(narrow(releaseHelper()), std::ios::binary);
    ASSERT_TRUE(in) << narrow(releaseHelper());
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (char& c : bytes) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_EQ(bytes.find("rstrtmgr.dll"), std::string::npos);
}

// ---- What still works, and where it is recorded ----

TEST_F(WindowsHelperAttack, LegitimateFixesStillWorkAndAreRecordedInTheHelpersOwnJournal) {
    TempDir dir;
    const std::wstring p = dir.file(L"needs admin $(x) 'q' %PATH%.txt");
    ASSERT_TRUE(SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_READONLY));
    const std::string callerJournal = narrow(dir.path() + L"\\caller-journal");
    const Sent s = send(testingHelper(), applyRequest("clear-readonly", "", p), callerJournal);
    ASSERT_TRUE(s.entry) << s.error;
    EXPECT_FALSE(readOnly(p));
    EXPECT_EQ(s.entry->callerSid, mySid());
    EXPECT_FALSE(s.entry->pending);
    const auto recorded = Journal(narrow(state.journal())).read(s.entry->id);
    ASSERT_TRUE(recorded) << "recorded in the helper's journal, " << narrow(state.journal());
    EXPECT_FALSE(recorded->pending) << "the intent record was completed";
    EXPECT_EQ(attributesOf(widen(callerJournal)), INVALID_FILE_ATTRIBUTES) << "a journal folder from the caller is not used";
    const Sent undone = send(testingHelper(), {"undo", "--id", s.entry->id});
    ASSERT_TRUE(undone.entry) << undone.error;
    EXPECT_TRUE(undone.entry->undone);
    EXPECT_TRUE(readOnly(p));

    // Ownership and a grant on a folder, for the requester.
    const std::wstring folder = dir.path() + L"\\project";
    ASSERT_TRUE(CreateDirectoryW(folder.c_str(), nullptr));
    const Sent grant = send(testingHelper(), applyRequest("acl", "*" + mySid() + ":(M)", folder, "dir"));
    ASSERT_TRUE(grant.entry) << grant.error;
    const Sent owner = send(testingHelper(), applyRequest("take-ownership", "", dir.file(L"left by an installer.txt")));
    ASSERT_TRUE(owner.entry) << owner.error;
    EXPECT_EQ(winfix::capture(widen(owner.entry->path)).sddl.rfind("O:" + mySid(), 0), 0u);
    // A deny entry naming the requester is theirs to lift (Wine keeps none, so there is none to find).
    const Sent deny = send(testingHelper(), applyRequest("acl-remove-deny", "*" + mySid(), p));
    EXPECT_EQ(deny.error.find("only deny entries that name you"), std::string::npos) << deny.error;
}

TEST_F(WindowsHelperAttack, AnUndoForAnotherAccountIsRefused) {
    TempDir dir;
    const std::wstring p = dir.file(L"x.txt");
    ASSERT_TRUE(SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_READONLY));
    const Sent s = send(testingHelper(), applyRequest("clear-readonly", "", p));
    ASSERT_TRUE(s.entry) << s.error;
    const Sent other = send(testingHelper(), {"undo", "--id", s.entry->id, "--requester", "S-1-5-21-1-2-3-1001"});
    EXPECT_FALSE(other.entry);
    EXPECT_FALSE(readOnly(p));
}

// Taken, rewritten, then "given back": the content would pass as the former owner's.
TEST_F(WindowsHelperAttack, AnOwnershipIsNotGivenBackOnceTheContentChanged) {
    TempDir dir;
    const std::wstring p = dir.file(L"startup script.cmd", "echo original");
    const Sent taken = send(testingHelper(), applyRequest("take-ownership", "", p));
    ASSERT_TRUE(taken.entry) << taken.error;
    dir.file(L"startup script.cmd", "echo something else entirely");
    const Sent undone = send(testingHelper(), {"undo", "--id", taken.entry->id});
    EXPECT_FALSE(undone.entry);
    EXPECT_NE(undone.error.find("content changed"), std::string::npos) << undone.error;
}

TEST(WindowsHelper, TheReleaseBuildTakesNoJournalFolderFromItsEnvironment) {
    TempDir state, dir;
    SetEnvironmentVariableW(L"WD_HELPER_STATE_DIR", state.path().c_str());
    const std::wstring p = dir.file(L"x.txt");
    ASSERT_TRUE(SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_READONLY));
    const Sent s = send(releaseHelper(), applyRequest("clear-readonly", "", p));
    SetEnvironmentVariableW(L"WD_HELPER_STATE_DIR", nullptr);
    EXPECT_EQ(attributesOf(state.path() + L"\\journal"), INVALID_FILE_ATTRIBUTES) << s.error;
}

// Under Wine every folder belongs to the one Wine user, exactly as a folder that an unelevated
// program made in %ProgramData% before the helper's first run would: the helper must not use it.
TEST(WindowsHelper, AJournalFolderThatAdministratorsDidNotMakeIsNotUsed) {
    if (!runningUnderWine()) GTEST_SKIP() << "on Windows the folder is the administrators' own";
    TempDir dir;
    const std::wstring p = dir.file(L"x.txt");
    ASSERT_TRUE(SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_READONLY));
    const Sent s = send(releaseHelper(), applyRequest("clear-readonly", "", p));
    EXPECT_FALSE(s.entry);
    EXPECT_NE(s.error.find("only administrators can change"), std::string::npos) << s.error;
    EXPECT_TRUE(readOnly(p)) << "nothing is changed without a safe record";
}

TEST(WindowsHelper, AnswersGoOnlyToAPipeTheCallerMade) {
    TempDir dir;
    const std::wstring p = dir.file(L"x.txt");
    ASSERT_TRUE(SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_READONLY));
    const Diagnosis d = run(p, Operation::Write);
    const std::string word = fix::encodeRequestWord(
        {"apply", "--action", "clear-readonly", "--arg", "", "--fix", "x", "--path", narrow(p), "--dev",
         std::to_string(d.facts.chain.back().dev), "--ino", std::to_string(d.facts.chain.back().ino), "--type", "file",
         "--requester", mySid()});
    const std::wstring victim = dir.file(L"victim.txt", "keep me");
    for (const wchar_t* answer : {L"whydenied-nobody-listens", L"..\\..\\victim.txt", L"whydenied-..\\x"}) {
        const ProcessResult r = runProcess(L"\"" + releaseHelper() + L"\" --request " + widen(word) + L" --answer " + answer);
        EXPECT_EQ(r.exitCode, 3u) << narrow(answer);
    }
    EXPECT_TRUE(readOnly(p)) << "no caller to answer: nothing is done";
    std::ifstream in(narrow(victim));
    EXPECT_EQ(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()), "keep me");
}

TEST(WindowsHelper, TheRequestWordKeepsEveryByteAndRefusesAnythingElse) {
    const std::vector<std::string> args = {"apply", "--path", "C:\\a\nb \"q\" $(x) %PATH%\\", std::string("\0\xff", 2), ""};
    EXPECT_EQ(fix::decodeRequestWord(fix::encodeRequestWord(args)), args);
    EXPECT_EQ(fix::encodeRequestWord(args).find_first_not_of("0123456789abcdef"), std::string::npos);
    EXPECT_FALSE(fix::decodeRequestWord(""));
    EXPECT_FALSE(fix::decodeRequestWord("6170706c79 --path"));
    EXPECT_FALSE(fix::decodeRequestWord("617"));
}

// What the engine reads back from the pipe: one JSON line, a refusal with the helper's reason and
// exit status 1.
TEST_F(WindowsHelperAttack, ARefusalIsAJsonLineWithItsReason) {
    ApplyOptions o;
    o.helperPath = narrow(testingHelper());
    std::string answer;
    unsigned long status = 0;
    Message error;
    ASSERT_TRUE(fix::askHelper({"apply", "--action", "clear-readonly", "--path", "relative.txt", "--dev", "1", "--ino", "1",
                                "--type", "file"},
                               o, answer, status, error))
        << error.english();
    EXPECT_EQ(status, 1u);
    EXPECT_EQ(answer.rfind("{\"answer\":\"refused\",", 0), 0u) << answer;
    EXPECT_EQ(answer.find('\n'), answer.size() - 1) << "one line: " << answer;
    const auto a = fix::readHelperAnswer(answer);
    ASSERT_TRUE(a) << answer;
    EXPECT_EQ(a->kind, fix::HelperAnswer::Kind::Refused);
    EXPECT_NE(a->reason.find("absolute"), std::string::npos) << a->reason;
    EXPECT_EQ(fix::helperRefusal("%1", status, answer).english(), a->reason);
    EXPECT_EQ(fix::helperRefusal("%1", 5, "").english(), "the helper failed (status 5)");
}

// ---- Releasing a file: close-handle and replace-at-restart ----

class WindowsRelease : public ::testing::Test {
protected:
    WindowsRelease() { opts.helperPath = narrow(testingHelper()); }
    HelperState state;
    ApplyOptions opts;
};

bool held(const std::wstring& p) { return tryOpen(p, GENERIC_WRITE) == static_cast<DWORD>(ERROR_SHARING_VIOLATION); }

// The handle the holders scan found in process `pid` on `p`.
std::optional<Holder::OpenHandle> handleOn(const std::wstring& p, int pid) {
    for (const Holder& h : findHolders(narrow(p)).holders)
        if (h.pid == pid && !h.handles.empty()) return h.handles.front();
    return std::nullopt;
}

std::vector<std::wstring> pendingRenames() {
    std::vector<std::wstring> out;
    DWORD size = 0;
    const wchar_t* key = L"SYSTEM\\CurrentControlSet\\Control\\Session Manager";
    if (RegGetValueW(HKEY_LOCAL_MACHINE, key, L"PendingFileRenameOperations", RRF_RT_REG_MULTI_SZ, nullptr, nullptr,
                     &size) != ERROR_SUCCESS)
        return out;
    std::vector<wchar_t> buf(size / sizeof(wchar_t) + 1, L'\0');
    if (RegGetValueW(HKEY_LOCAL_MACHINE, key, L"PendingFileRenameOperations", RRF_RT_REG_MULTI_SZ, nullptr, buf.data(),
                     &size) != ERROR_SUCCESS)
        return out;
    std::wstring cur;
    for (size_t i = 0; i < size / sizeof(wchar_t); ++i) {
        if (buf[i]) cur.push_back(buf[i]);
        else out.push_back(std::exchange(cur, {}));
    }
    return out;
}

// Whether the pending list holds `source` (NT path) followed by `target` ("" or "!" + NT path).
bool pending(const std::wstring& source, const std::wstring& target) {
    const auto lower = [](std::wstring s) {
        for (wchar_t& c : s) c = static_cast<wchar_t>(towlower(c));
        return s;
    };
    const auto list = pendingRenames();
    for (size_t i = 0; i + 1 < list.size(); ++i)
        if (lower(list[i]) == lower(L"\\??\\" + source) && lower(list[i + 1]) == lower(target)) return true;
    return false;
}

TEST_F(WindowsRelease, ClosingTheHandleReleasesTheFileAndLeavesTheProgramRunning) {
    TempDir dir;
    const std::wstring p = dir.file(L"held report \u00e9 \u65e5\u672c.txt");
    HoldingProcess child(p);
    ASSERT_TRUE(child.ready());
    ASSERT_TRUE(held(p));
    const auto h = handleOn(p, child.pid());
    ASSERT_TRUE(h) << "the holders scan names the handle";
    const release::Outcome out = release::closeHandle(static_cast<uint32_t>(child.pid()), h->value, narrow(p), opts);
    ASSERT_TRUE(out.ok) << out.message.english();
    ASSERT_TRUE(out.record);
    EXPECT_EQ(out.record->verb, "close-handle");
    EXPECT_FALSE(out.record->undoable);
    EXPECT_NE(out.record->note.find("cannot be undone"), std::string::npos) << out.record->note;
    EXPECT_NE(attributesOf(state.journal() + L"\\" + widen(out.record->id) + L".release"), INVALID_FILE_ATTRIBUTES)
        << "recorded in the helper's journal";
    Holder same;
    same.pid = child.pid();
    EXPECT_TRUE(holderAlive(same)) << "the program was not ended";
    const std::wstring moved = dir.path() + L"\\renamed.txt";
    EXPECT_TRUE(MoveFileExW(p.c_str(), moved.c_str(), 0)) << GetLastError();
    EXPECT_TRUE(DeleteFileW(moved.c_str())) << GetLastError();
    const release::Outcome undone = release::undo(out.record->id, opts);
    EXPECT_FALSE(undone.ok);
    EXPECT_NE(undone.message.english().find("cannot be undone"), std::string::npos) << undone.message.english();
}

// The holders of a whole folder: each handle beneath it is listed with the file it names, and
// closing it is asked for that file.
TEST_F(WindowsRelease, AHandleFoundUnderAFolderIsClosedByTheFileItNames) {
    TempDir dir;
    const std::wstring sub = dir.path() + L"\\project";
    ASSERT_TRUE(CreateDirectoryW(sub.c_str(), nullptr));
    const std::wstring p = dir.file(L"project\\data.db");
    HoldingProcess child(p);
    ASSERT_TRUE(child.ready());
    std::optional<Holder::OpenHandle> h;
    for (const Holder& holder : findHolders(narrow(dir.path())).holders)
        if (holder.pid == child.pid() && !holder.handles.empty()) h = holder.handles.front();
    ASSERT_TRUE(h) << "the folder's holders list the handle beneath it";
    const release::Outcome out = release::closeHandle(static_cast<uint32_t>(child.pid()), h->value, h->path, opts);
    ASSERT_TRUE(out.ok) << out.message.english();
    EXPECT_FALSE(held(p));
}

TEST_F(WindowsRelease, AHandleThatNamesAnotherFileIsNotClosed) {
    TempDir dir;
    const std::wstring a = dir.file(L"a.txt"), b = dir.file(L"b.txt");
    HoldingProcess child(a);
    ASSERT_TRUE(child.ready());
    const auto h = handleOn(a, child.pid());
    ASSERT_TRUE(h);
    const release::Outcome out = release::closeHandle(static_cast<uint32_t>(child.pid()), h->value, narrow(b), opts);
    EXPECT_FALSE(out.ok);
    EXPECT_NE(out.message.english().find("does not name"), std::string::npos) << out.message.english();
    EXPECT_TRUE(held(a)) << "the handle on another file was closed";
}

TEST_F(WindowsRelease, AHandleOfAnotherProcessThanTheOneNamedIsNotClosed) {
    TempDir dir;
    const std::wstring a = dir.file(L"a.txt"), b = dir.file(L"b.txt");
    HoldingProcess first(a), second(b);
    ASSERT_TRUE(first.ready() && second.ready());
    const auto h = handleOn(a, first.pid());
    ASSERT_TRUE(h);
    // The same handle value in the second process (the same program, opening its file the same
    // way) names b: sent with the second pid, it must not be closed.
    const release::Outcome out = release::closeHandle(static_cast<uint32_t>(second.pid()), h->value, narrow(a), opts);
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(held(a));
    EXPECT_TRUE(held(b)) << "a handle of the second process was closed";
}

TEST_F(WindowsRelease, HandlesOfProgramsThatArePartOfWindowsAreNeverClosed) {
    TempDir dir, programs;
    const std::wstring p = dir.file(L"indexed.txt");
    // This test program under the name of a Windows service host.
    const std::wstring svchost = programs.path() + L"\\svchost.exe";
    ASSERT_TRUE(CopyFileW(gSelf.c_str(), svchost.c_str(), FALSE)) << GetLastError();
    {
        HoldingProcess child(p, svchost);
        ASSERT_TRUE(child.ready());
        const auto h = handleOn(p, child.pid());
        ASSERT_TRUE(h);
        const release::Outcome out = release::closeHandle(static_cast<uint32_t>(child.pid()), h->value, narrow(p), opts);
        EXPECT_FALSE(out.ok);
        EXPECT_NE(out.message.english().find("part of Windows"), std::string::npos) << out.message.english();
        EXPECT_TRUE(held(p)) << "a handle of svchost.exe was closed";
    }
    for (uint32_t pid : {0u, 4u}) {
        const release::Outcome out = release::closeHandle(pid, 4, narrow(p), opts);
        EXPECT_FALSE(out.ok) << pid;
        EXPECT_NE(out.message.english().find("the system itself"), std::string::npos) << out.message.english();
    }
}

TEST_F(WindowsRelease, AReplacementAtRestartIsPendingUntilItIsTakenBack) {
    TempDir dir;
    const std::wstring p = dir.file(L"locked report.docx", "old"), q = dir.file(L"new report \u00e9.docx", "new");
    const release::Outcome replace = release::replaceAtRestart(narrow(p), narrow(q), opts);
    ASSERT_TRUE(replace.ok) << replace.message.english();
    ASSERT_TRUE(replace.record);
    EXPECT_TRUE(replace.record->undoable);
    EXPECT_TRUE(pending(widen(replace.record->with), L"!\\??\\" + widen(replace.record->path)));
    EXPECT_NE(attributesOf(q), INVALID_FILE_ATTRIBUTES) << "nothing moves before the restart";
    const release::Outcome undone = release::undo(replace.record->id, opts);
    ASSERT_TRUE(undone.ok) << undone.message.english();
    EXPECT_TRUE(undone.record->undone);
    EXPECT_FALSE(pending(widen(replace.record->with), L"!\\??\\" + widen(replace.record->path)));

    const release::Outcome remove = release::replaceAtRestart(narrow(p), {}, opts);
    ASSERT_TRUE(remove.ok) << remove.message.english();
    EXPECT_TRUE(pending(widen(remove.record->path), L""));
    ASSERT_TRUE(release::undo(remove.record->id, opts).ok);
    EXPECT_FALSE(pending(widen(remove.record->path), L""));
    const release::Outcome again = release::undo(remove.record->id, opts);
    EXPECT_TRUE(again.ok) << "taken back already, nothing to do: " << again.message.english();
}

TEST_F(WindowsRelease, TheAnswerIsAJsonLineAndTheRecordIsJson) {
    TempDir dir;
    const std::wstring p = dir.file(L"locked.docx", "old");
    std::string answer;
    unsigned long status = 1;
    Message error;
    ASSERT_TRUE(fix::askHelper(release::replaceAtRestartRequest(narrow(p), ""), opts, answer, status, error))
        << error.english();
    ASSERT_EQ(status, 0u) << answer;
    EXPECT_EQ(answer.rfind("{\"answer\":\"release\",", 0), 0u) << answer;
    EXPECT_EQ(answer.find('\n'), answer.size() - 1) << "one line: " << answer;
    const auto a = fix::readHelperAnswer(answer);
    ASSERT_TRUE(a) << answer;
    ASSERT_EQ(a->kind, fix::HelperAnswer::Kind::Release);
    EXPECT_EQ(a->record.verb, "replace-at-restart");
    EXPECT_TRUE(a->record.undoable);
    const auto onDisk = winsys::readSmallFile(winsys::apiPath(state.journal() + L"\\" + widen(a->record.id) + L".release"));
    ASSERT_TRUE(onDisk);
    EXPECT_EQ(onDisk->front(), '{') << *onDisk;
    const auto kept = release::recordFromText(*onDisk);
    ASSERT_TRUE(kept) << *onDisk;
    EXPECT_EQ(kept->path, a->record.path);
    ASSERT_TRUE(release::undo(a->record.id, opts).ok);
    EXPECT_FALSE(pending(widen(a->record.path), L""));
}

// A record as the helper wrote it before records were JSON: "key", "value", … each in hex,
// joined by '.'.
std::string oldFormat(const release::Record& r) {
    const std::vector<std::string> fields = {
        "id", r.id, "time", r.time, "verb", r.verb, "path", r.path, "with", r.with, "pid", std::to_string(r.pid),
        "handle", std::to_string(r.handle), "process", r.process, "caller_sid", r.callerSid,
        "pending", r.pending ? "1" : "0", "undoable", r.undoable ? "1" : "0", "undone", r.undone ? "1" : "0",
        "note", r.note};
    std::string out;
    for (size_t i = 0; i < fields.size(); ++i) out += (i ? "." : "") + hexOf(fields[i]);
    return out + "\n";
}

// A rename at restart recorded by an older helper is still taken back by this one.
TEST_F(WindowsRelease, APendingRenameRecordedInTheOldFormatIsStillTakenBack) {
    TempDir dir;
    const std::wstring p = dir.file(L"old report \u00e9.docx", "old"), q = dir.file(L"new report.docx", "new");
    const release::Outcome replace = release::replaceAtRestart(narrow(p), narrow(q), opts);
    ASSERT_TRUE(replace.ok) << replace.message.english();
    const std::wstring file = state.journal() + L"\\" + widen(replace.record->id) + L".release";
    {
        std::ofstream out(narrow(file), std::ios::binary | std::ios::trunc);
        out << oldFormat(*replace.record);
        ASSERT_TRUE(out.good());
    }
    const auto old = winsys::readSmallFile(winsys::apiPath(file));
    ASSERT_TRUE(old);
    ASSERT_NE(old->front(), '{') << "the record is in the old format now";
    const release::Outcome undone = release::undo(replace.record->id, opts);
    ASSERT_TRUE(undone.ok) << undone.message.english();
    ASSERT_TRUE(undone.record);
    EXPECT_TRUE(undone.record->undone);
    EXPECT_EQ(undone.record->path, replace.record->path);
    EXPECT_FALSE(pending(widen(replace.record->with), L"!\\??\\" + widen(replace.record->path)));
    const auto rewritten = winsys::readSmallFile(winsys::apiPath(file));
    ASSERT_TRUE(rewritten);
    EXPECT_EQ(rewritten->front(), '{') << "written again as JSON: " << *rewritten;
}

TEST_F(WindowsRelease, NothingUnderTheWindowsTreeIsReplacedOrDeletedAtRestart) {
    OutsideDir system(windowsDir() + L"\\Temp\\" + unique(L"wd-"));
    if (!system.created()) GTEST_SKIP() << "cannot create a folder under the Windows folder";
    TempDir dir;
    const std::wstring mine = dir.file(L"mine.txt");
    const std::wstring victim = system.readOnlyFile(L"driver.sys");
    const release::Outcome remove = release::replaceAtRestart(narrow(victim), {}, opts);
    EXPECT_FALSE(remove.ok);
    EXPECT_NE(remove.message.english().find("system location"), std::string::npos) << remove.message.english();
    EXPECT_FALSE(pending(victim, L""));
    const release::Outcome over = release::replaceAtRestart(narrow(victim), narrow(mine), opts);
    EXPECT_FALSE(over.ok);
    EXPECT_FALSE(pending(mine, L"!\\??\\" + victim));
    const release::Outcome from = release::replaceAtRestart(narrow(mine), narrow(victim), opts);
    EXPECT_FALSE(from.ok) << "a system file does not take the place of one's own either";
    EXPECT_FALSE(pending(victim, L"!\\??\\" + mine));
}

// ---- The rules, on synthetic places, owners and descriptors (what Wine cannot hold) ----

TEST(WindowsGuard, PlacesAreJudgedFromTheFinalPath) {
    winguard::Places places;
    places.system = {{L"C:\\Windows", "the Windows folder"}, {L"C:\\Program Files", "Program Files"},
                     {L"C:\\ProgramData", "ProgramData"}};
    places.profiles = L"C:\\Users";
    places.mine = L"C:\\Users\\ana";
    places.others = {L"C:\\Users\\bob", L"D:\\Profiles\\carl"};
    for (const wchar_t* refused : {L"C:\\Windows\\System32\\drivers\\etc\\hosts", L"c:\\program files\\app\\svc.exe",
                                   L"C:\\ProgramData\\Vendor\\update.exe", L"C:\\Users\\bob\\secret.txt",
                                   L"C:\\Users\\Public\\x.txt", L"D:\\Profiles\\carl\\x.txt", L"C:\\",
                                   L"\\\\localhost\\C$\\Users\\ana\\x.txt", L"C:\\System Volume Information\\x", L""})
        EXPECT_FALSE(winguard::placeRefusal(refused, places).empty()) << narrow(refused);
    for (const wchar_t* allowed : {L"C:\\Users\\ana\\project\\build\\out.o", L"D:\\data\\report.csv",
                                   L"C:\\Windowsfoo\\x"})
        EXPECT_EQ(winguard::placeRefusal(allowed, places), "") << narrow(allowed);
    EXPECT_FALSE(winguard::placeRefusal(L"C:\\Users\\anabel\\x", places).empty()) << "a prefix of a name is not the folder";
}

TEST(WindowsGuard, OnlyFilesOfTheRequesterOrTheSystemMayBeChanged) {
    const std::string ana = "S-1-5-21-1-2-3-1000";
    EXPECT_EQ(winguard::ownerRefusal(ana, ana), "");
    for (const char* system : {"S-1-5-18", "S-1-5-32-544", "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464"})
        EXPECT_EQ(winguard::ownerRefusal(system, ana), "") << system;
    EXPECT_NE(winguard::ownerRefusal("S-1-5-21-1-2-3-1001", ana), "");
    EXPECT_NE(winguard::ownerRefusal("S-1-12-1-1-2-3-4", ana), "") << "an Entra ID account is a person too";
    EXPECT_NE(winguard::ownerRefusal("", ana), "");
}

// Wine keeps no DACL, so the entry a grant writes is checked where it is made.
TEST(WindowsGuard, AModifyGrantIsForTheObjectOnlyNotInheritedByWhatIsInside) {
    auto me = tokenUser();
    PSID sid = reinterpret_cast<TOKEN_USER*>(me.data())->User.Sid;
    DWORD err = 0;
    PACL acl = winfix::withModifyFor(nullptr, sid, err);
    ASSERT_TRUE(acl) << err;
    ASSERT_EQ(acl->AceCount, 1u);
    void* ace = nullptr;
    ASSERT_TRUE(GetAce(acl, 0, &ace));
    EXPECT_EQ(static_cast<ACE_HEADER*>(ace)->AceType, ACCESS_ALLOWED_ACE_TYPE);
    EXPECT_EQ(static_cast<ACE_HEADER*>(ace)->AceFlags & (OBJECT_INHERIT_ACE | CONTAINER_INHERIT_ACE | INHERIT_ONLY_ACE), 0)
        << "no (OI)(CI): a folder's grant does not open every file inside it";
    EXPECT_TRUE(EqualSid(&static_cast<ACCESS_ALLOWED_ACE*>(ace)->SidStart, sid));
    LocalFree(acl);
}

TEST(WindowsGuard, AJunctionIsALinkEvenWhenMarkedOfflineAndACloudFileIsNot) {
    EXPECT_TRUE(winguard::isLinkTag(FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_OFFLINE, IO_REPARSE_TAG_MOUNT_POINT));
    EXPECT_TRUE(winguard::isLinkTag(FILE_ATTRIBUTE_REPARSE_POINT, IO_REPARSE_TAG_SYMLINK));
    EXPECT_FALSE(winguard::isLinkTag(FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_OFFLINE, 0x9000101A));  // OneDrive
    EXPECT_FALSE(winguard::isLinkTag(FILE_ATTRIBUTE_NORMAL, IO_REPARSE_TAG_MOUNT_POINT));
}

TEST(WindowsGuard, OnlyAnAdministratorsFolderMayHoldTheElevatedHelper) {
    using winguard::Role;
    // Program Files as Windows sets it up, and the helper in it.
    const std::string programFiles =
        "O:S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464"
        "D:P(A;;FA;;;S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464)"
        "(A;CIIO;GA;;;S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464)(A;;0x1301bf;;;SY)(A;OICIIO;GA;;;SY)"
        "(A;;0x1301bf;;;BA)(A;OICIIO;GA;;;BA)(A;;0x1200a9;;;BU)(A;OICIIO;GXGR;;;BU)(A;OICIIO;GA;;;CO)(A;;0x1200a9;;;AC)";
    EXPECT_TRUE(winguard::onlyAdministratorsMayChange(programFiles, Role::Folder));
    EXPECT_TRUE(winguard::onlyAdministratorsMayChange("O:BAD:(A;ID;FA;;;SY)(A;ID;FA;;;BA)(A;ID;0x1200a9;;;BU)", Role::Program));
    // The root of C: lets everyone add folders, which replaces nothing on the way down.
    EXPECT_TRUE(winguard::onlyAdministratorsMayChange(
        "O:SYD:(A;OICI;FA;;;BA)(A;OICI;FA;;;SY)(A;OICI;0x1200a9;;;BU)(A;CI;LC;;;AU)(A;OICIIO;SDGXGWGR;;;AU)", Role::Ancestor));
    // %LOCALAPPDATA%\Programs: the person owns it and may write it.
    const std::string perUser = "O:S-1-5-21-1-2-3-1000D:(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIID;FA;;;S-1-5-21-1-2-3-1000)";
    EXPECT_FALSE(winguard::onlyAdministratorsMayChange(perUser, Role::Folder));
    EXPECT_FALSE(winguard::onlyAdministratorsMayChange(perUser, Role::Program));
    // Owned by Administrators, but Users may add files (a DLL beside the helper) or delete entries.
    EXPECT_FALSE(winguard::onlyAdministratorsMayChange("O:BAD:(A;;FA;;;BA)(A;;0x1200af;;;BU)", Role::Folder));
    EXPECT_FALSE(winguard::onlyAdministratorsMayChange("O:BAD:(A;;FA;;;BA)(A;;0x1200e9;;;BU)", Role::Ancestor));
    EXPECT_FALSE(winguard::onlyAdministratorsMayChange("O:BA", Role::Folder)) << "no DACL at all";
    EXPECT_FALSE(winguard::onlyAdministratorsMayChange("O:BAD:(A;;FA;;;BA)(A;;WD;;;WD)", Role::Program)) << "Everyone may change the DACL";
    EXPECT_FALSE(winguard::onlyAdministratorsMayChange("", Role::Program));
}

TEST(WindowsGuard, TheHelperInThisBuildTreeIsNotStartedElevated) {
    std::string why;
    EXPECT_FALSE(winguard::installedForAllUsers(releaseHelper(), &why));
    EXPECT_NE(why.find("not an administrator"), std::string::npos) << why;
}

}  // namespace
