// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows causes over hand-written facts, as the Windows probe would report them. These run on
// every platform; tests/windows checks the probe itself under Wine.
#include "../support/typed_fixes.h"
#include "win_facts.h"
#include "whydenied/diagnose.h"
#include "whydenied/finding.h"
#include "whydenied/fix.h"

#include <gtest/gtest.h>

#include <cerrno>

namespace {

using namespace wd;
using namespace wintest;

Diagnosis judgeFacts(Facts f) {
    DiagnoseRequest req;
    req.path = f.input;
    req.op = f.op;
    Diagnosis d = judge(req, std::move(f));
    EXPECT_EQ(wdtest::typedFixProblems(d), "");
    return d;
}

const Finding* find(const Diagnosis& d, const std::string& cause) {
    for (const auto& x : d.findings)
        if (x.cause == cause) return &x;
    return nullptr;
}

const FixProposal* fix(const Finding& x, const std::string& id) {
    for (const auto& fx : x.fixes)
        if (fx.id == id) return &fx;
    return nullptr;
}

std::string evidence(const Finding& x, const std::string& key) {
    for (const auto& [k, v] : x.evidence)
        if (k == key) return v;
    return {};
}

TEST(WindowsRules, ErrnoIsTheWindowsErrorName) {
    const Diagnosis d = judgeFacts(accessDenied(Operation::Write));
    EXPECT_EQ(d.errnoName, "ERROR_ACCESS_DENIED");
    EXPECT_EQ(d.verdict, Verdict::Denied);
}

TEST(WindowsRules, ReadOnlyAttributeOnWrite) {
    Facts f = accessDenied(Operation::Write);
    target(f).win.readOnly = true;
    const Diagnosis d = judgeFacts(f);
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings[0].cause, "readonly-attribute");
    const FixProposal* fx = fix(d.findings[0], "attrib-clear-readonly");
    ASSERT_NE(fx, nullptr);
    EXPECT_EQ(fx->command(), "attrib -R C:\\Users\\ana\\report.txt");
    EXPECT_EQ(fx->undoCommand(), "attrib +R C:\\Users\\ana\\report.txt");
    EXPECT_EQ(fx->privilege, Privilege::None);
    // No POSIX cause fires on Windows facts (their mode bits are all zero).
    EXPECT_EQ(find(d, "owner-lacks-permission"), nullptr);
    EXPECT_EQ(find(d, "owned-by-another-user"), nullptr);
}

TEST(WindowsRules, ReadOnlyAttributeDoesNotExplainReading) {
    Facts f = accessDenied(Operation::Read);
    target(f).win.readOnly = true;
    EXPECT_EQ(find(judgeFacts(f), "readonly-attribute"), nullptr);
}

TEST(WindowsRules, DenyAceForYourGroup) {
    Facts f = accessDenied(Operation::Write);
    target(f).win.dacl.insert(target(f).win.dacl.begin(), ace(false, kUsers, "BUILTIN\\Users", kWriteData | 0x4));
    const Diagnosis d = judgeFacts(f);
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings[0].cause, "acl-denies");
    EXPECT_NE(evidence(d.findings[0], "deciding entry").find("deny BUILTIN\\Users"), std::string::npos);
    const FixProposal* fx = fix(d.findings[0], "icacls-remove-deny");
    ASSERT_NE(fx, nullptr);
    EXPECT_EQ(fx->command(), "icacls C:\\Users\\ana\\report.txt /remove:d BUILTIN\\Users");
}

TEST(WindowsRules, DenyAceAfterTheGrantDoesNotCount) {
    // AccessCheck stops once everything wanted is granted: a later deny entry is never reached.
    Facts f = accessDenied(Operation::Write);
    target(f).win.dacl.push_back(ace(false, kUsers, "BUILTIN\\Users", kWriteData));
    EXPECT_EQ(find(judgeFacts(f), "acl-denies"), nullptr);
}

TEST(WindowsRules, NoAllowEntryForYouAndYouOwnIt) {
    Facts f = accessDenied(Operation::Write);
    target(f).win.dacl = {ace(true, kAdmins, "BUILTIN\\Administrators", kFull)};
    const Diagnosis d = judgeFacts(f);
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings[0].cause, "acl-denies");
    const FixProposal* fx = fix(d.findings[0], "icacls-grant-modify");
    ASSERT_NE(fx, nullptr);
    EXPECT_EQ(fx->command(), "icacls C:\\Users\\ana\\report.txt /grant \"PC\\ana:(M)\"");
    EXPECT_EQ(fx->privilege, Privilege::None);  // the owner may always change the DACL
}

TEST(WindowsRules, OwnedByAnotherUser) {
    Facts f = accessDenied(Operation::Write);
    Node& t = target(f);
    t.win.ownerSid = kBob;
    t.owner = "PC\\bob";
    t.win.dacl = {ace(true, kBob, "PC\\bob", kFull), ace(true, kUsers, "BUILTIN\\Users", kReadExec)};
    const Diagnosis d = judgeFacts(f);
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings[0].cause, "owned-by-another-user");
    EXPECT_EQ(evidence(d.findings[0], "owner"), "PC\\bob");
    const FixProposal* take = fix(d.findings[0], "takeown");
    ASSERT_NE(take, nullptr);
    EXPECT_EQ(take->command(), "takeown /F C:\\Users\\ana\\report.txt");
    EXPECT_EQ(take->undoCommand(), "icacls C:\\Users\\ana\\report.txt /setowner PC\\bob");
    EXPECT_EQ(take->privilege, Privilege::Admin);
    EXPECT_NE(fix(d.findings[0], "copy-to-writable"), nullptr);
    EXPECT_NE(find(d, "acl-denies"), nullptr);  // ranked below
}

TEST(WindowsRules, ElevationRequiredForAFilteredAdministrator) {
    Facts f = accessDenied(Operation::Write);
    f.identity.win.groups.push_back({kAdmins, "BUILTIN\\Administrators", false, true});
    f.identity.win.elevationType = 3;
    target(f).win.ownerSid = "S-1-5-18";
    target(f).owner = "NT AUTHORITY\\SYSTEM";
    target(f).win.dacl = {ace(true, kAdmins, "BUILTIN\\Administrators", kFull),
                          ace(true, kUsers, "BUILTIN\\Users", kReadExec)};
    const Diagnosis d = judgeFacts(f);
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings[0].cause, "elevation-required");
    EXPECT_EQ(evidence(d.findings[0], "granting entry"), "BUILTIN\\Administrators: full control");
    EXPECT_EQ(find(d, "acl-denies"), nullptr);
}

TEST(WindowsRules, NoElevationCauseWhenElevated) {
    Facts f = accessDenied(Operation::Write);
    f.identity.win.groups.push_back({kAdmins, "BUILTIN\\Administrators", true, false});
    f.identity.win.elevated = true;
    f.identity.win.elevationType = 2;
    target(f).win.dacl = {ace(false, kAdmins, "BUILTIN\\Administrators", kWriteData)};
    const Diagnosis d = judgeFacts(f);
    EXPECT_EQ(find(d, "elevation-required"), nullptr);
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings[0].cause, "acl-denies");
}

TEST(WindowsRules, ElevationRequiredUnderProgramFiles) {
    Facts f = accessDenied(Operation::Create);
    f.identity.win.groups.push_back({kAdmins, "BUILTIN\\Administrators", false, true});
    f.identity.win.elevationType = 3;
    f.chain[2] = winNode("C:\\Program Files\\App", "App", NodeType::Directory);
    f.chain[2].win.dacl = {ace(true, "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464", "NT SERVICE\\TrustedInstaller", kFull)};
    f.chain.pop_back();
    f.target = -1;
    f.firstMissing = -1;
    const Diagnosis d = judgeFacts(f);
    ASSERT_NE(find(d, "elevation-required"), nullptr);
}

TEST(WindowsRules, SharingViolationIsFileLockedByProcess) {
    const Diagnosis d = judgeFacts(winFacts(Operation::Write, 32, EBUSY));
    EXPECT_EQ(d.errnoName, "ERROR_SHARING_VIOLATION");
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings[0].cause, "file-locked-by-process");
    EXPECT_EQ(evidence(d.findings[0], "error"), "ERROR_SHARING_VIOLATION");
}

TEST(WindowsRules, LockViolationIsFileLockedByProcess) {
    const Diagnosis d = judgeFacts(winFacts(Operation::Read, 33, EBUSY));
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings[0].cause, "file-locked-by-process");
}

TEST(WindowsRules, FolderOpenedAsAFile) {
    const Diagnosis d = judgeFacts(accessDenied(Operation::Write, NodeType::Directory));
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings[0].cause, "is-a-directory");
}

TEST(WindowsRules, ControlledFolderAccess) {
    Facts f = accessDenied(Operation::Write);
    f.lsm.controlledFolderAccess = 1;
    f.lsm.protectedFolders = {"C:\\Users\\ana\\Documents", "c:\\users\\ANA"};
    const Diagnosis d = judgeFacts(f);
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings[0].cause, "mac-policy");
    EXPECT_EQ(evidence(d.findings[0], "protected folder"), "c:\\users\\ANA");
}

TEST(WindowsRules, ControlledFolderAccessOffOrElsewhere) {
    Facts f = accessDenied(Operation::Write);
    f.lsm.controlledFolderAccess = 2;  // audit mode only logs
    f.lsm.protectedFolders = {"C:\\Users\\ana"};
    EXPECT_EQ(find(judgeFacts(f), "mac-policy"), nullptr);
    f.lsm.controlledFolderAccess = 1;
    f.lsm.protectedFolders = {"C:\\Users\\an"};  // a prefix of the name is not the folder
    EXPECT_EQ(find(judgeFacts(f), "mac-policy"), nullptr);
}

TEST(WindowsRules, CloudPlaceholder) {
    Facts f = winFacts(Operation::Read, 362, EACCES);
    target(f).win.recallOnDataAccess = true;
    const Diagnosis d = judgeFacts(f);
    EXPECT_EQ(d.errnoName, "ERROR_362");
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings[0].cause, "cloud-placeholder");
    Facts g = accessDenied(Operation::Read);
    target(g).win.offline = true;
    const Diagnosis e = judgeFacts(g);
    ASSERT_FALSE(e.findings.empty());
    EXPECT_EQ(e.findings[0].cause, "cloud-placeholder");
}

TEST(WindowsRules, UnexplainedDenialStaysHonest) {
    const Diagnosis d = judgeFacts(accessDenied(Operation::Write));
    ASSERT_FALSE(d.findings.empty());
    EXPECT_EQ(d.findings[0].cause, "unexplained-denial");
    EXPECT_EQ(evidence(d.findings[0], "mode"), "");  // no POSIX evidence on Windows facts
}

TEST(WindowsRules, CmdQuoting) {
    EXPECT_EQ(cmdQuote("C:\\plain\\name.txt"), "C:\\plain\\name.txt");
    EXPECT_EQ(cmdQuote("C:\\My Files\\a&b.txt"), "\"C:\\My Files\\a&b.txt\"");
    EXPECT_EQ(cmdQuote(""), "\"\"");
    EXPECT_EQ(cmdQuote("x\"y"), "\"x\"\"y\"");
    FixProposal fx;
    fx.windows = true;
    fx.privilege = Privilege::Admin;
    fx.argv = {"takeown", "/F", "C:\\Program Files\\x (1).txt"};
    EXPECT_EQ(fx.command(), "takeown /F \"C:\\Program Files\\x (1).txt\"");  // no sudo on Windows
}

// Inside double quotes cmd still expands %VAR%, and PowerShell $var, $(…), backticks and a
// typographic quote that ends the string: such a name gets no copyable command at all.
TEST(WindowsRules, NoCopyableCommandForNamesAShellWouldExpand) {
    for (const std::string name : {"C:\\Users\\ana\\%USERPROFILE%.txt", "C:\\x\\$(calc).txt", "C:\\x\\a`b.txt",
                                   "C:\\x\\$env:TEMP.txt", "C:\\x\\a!PATH!.txt", "C:\\x\\\xE2\x80\x9D; calc; \xE2\x80\x9C.txt"}) {
        EXPECT_FALSE(cmdQuotable(name)) << name;
        FixProposal fx;
        fx.windows = true;
        fx.argv = {"icacls", name, "/grant", "ana:(M)"};
        fx.undoArgv = {"icacls", name, "/remove:g", "ana"};
        EXPECT_EQ(fx.command(), "") << name;
        EXPECT_EQ(fx.undoCommand(), "") << name;
        EXPECT_NE(shownCommand(fx.command()).find("none to paste"), std::string::npos);
    }
    for (const std::string name : {"C:\\My Files\\a&b (1).txt", "C:\\x\\caf\xC3\xA9 ^ 'q'.txt"}) {
        EXPECT_TRUE(cmdQuotable(name)) << name;
        FixProposal fx;
        fx.windows = true;
        fx.argv = {"icacls", name};
        EXPECT_EQ(fx.command(), "icacls " + cmdQuote(name));
    }
}

// ---- Plans for the Windows fixes: portable, so a Linux build checks them too ----

Diagnosis existing(Facts f) {
    for (Node& n : f.chain) n.exists = true;
    target(f).dev = 0x1234;
    target(f).ino = 42;
    return judgeFacts(std::move(f));
}

TEST(WindowsPlans, ClearReadOnlyPlansTheDiagnosedFile) {
    Facts f = accessDenied(Operation::Write);
    target(f).win.readOnly = true;
    const Diagnosis d = existing(f);
    const PlanResult r = planFix(d, "attrib-clear-readonly");
    ASSERT_TRUE(r.plan) << r.error;
    EXPECT_EQ(r.plan->platform, Platform::Windows);
    EXPECT_EQ(r.plan->action, FixAction::ClearReadOnly);
    EXPECT_EQ(r.plan->path, "C:\\Users\\ana\\report.txt");
    EXPECT_EQ(r.plan->dev, 0x1234u);
    EXPECT_EQ(r.plan->ino, 42u);
    EXPECT_FALSE(r.plan->systemPath);
    EXPECT_EQ(r.plan->command, "attrib -R C:\\Users\\ana\\report.txt");
    // Applying is for a Windows build: elsewhere the button stays off and the engine refuses.
    EXPECT_EQ(canApply(d.findings[0].fixes[0]), thisPlatform() == Platform::Windows);
    if (thisPlatform() != Platform::Windows) {
        const FixOutcome out = applyFix(*r.plan, {});
        EXPECT_EQ(out.status, FixStatus::Refused);
        EXPECT_NE(out.message.find("a command for Windows"), std::string::npos) << out.message;
    }
}

TEST(WindowsPlans, DenyEntryOwnershipAndGrantMapToTheirActions) {
    Facts deny = accessDenied(Operation::Write);
    target(deny).win.dacl.insert(target(deny).win.dacl.begin(), ace(false, kUsers, "BUILTIN\\Users", kWriteData));
    const auto removal = planFix(existing(deny), "icacls-remove-deny");
    ASSERT_TRUE(removal.plan) << removal.error;
    EXPECT_EQ(removal.plan->action, FixAction::AclRemoveDeny);
    EXPECT_EQ(removal.plan->arg, "BUILTIN\\Users");
    EXPECT_EQ(removal.plan->privilege, Privilege::Admin);

    Facts other = accessDenied(Operation::Write);
    target(other).win.ownerSid = kBob;
    target(other).owner = "PC\\bob";
    target(other).win.dacl = {ace(true, kBob, "PC\\bob", kFull), ace(true, kUsers, "BUILTIN\\Users", kReadExec)};
    const Diagnosis d = existing(other);
    const auto take = planFix(d, "takeown");
    ASSERT_TRUE(take.plan) << take.error;
    EXPECT_EQ(take.plan->action, FixAction::TakeOwnership);
    EXPECT_EQ(take.plan->undoCommand, "icacls C:\\Users\\ana\\report.txt /setowner PC\\bob");
    const auto copy = planFix(d, "copy-to-writable");
    ASSERT_TRUE(copy.plan) << copy.error;
    EXPECT_EQ(copy.plan->action, FixAction::Copy);
    EXPECT_EQ(copy.plan->arg, "C:\\Users\\ana\\WhyDenied copies\\report.txt");
    EXPECT_EQ(copy.plan->undoCommand, "del \"C:\\Users\\ana\\WhyDenied copies\\report.txt\"");

    Facts mine = accessDenied(Operation::Write);
    target(mine).win.dacl = {ace(true, kAdmins, "BUILTIN\\Administrators", kFull)};
    const auto grant = planFix(existing(mine), "icacls-grant-modify");
    ASSERT_TRUE(grant.plan) << grant.error;
    EXPECT_EQ(grant.plan->action, FixAction::AclModify);
    EXPECT_EQ(grant.plan->arg, "PC\\ana:(M)");
}

TEST(WindowsPlans, ALinkOrAnotherSystemsCommandIsNotPlanned) {
    Facts link = accessDenied(Operation::Write);
    target(link).win.readOnly = true;
    target(link).win.reparsePoint = true;  // a symbolic link or junction, not a cloud placeholder
    const auto r = planFix(existing(link), "attrib-clear-readonly");
    EXPECT_FALSE(r.plan);
    EXPECT_NE(r.error.find("not an inspected part"), std::string::npos) << r.error;

    Facts f = accessDenied(Operation::Write);
    target(f).win.readOnly = true;
    Diagnosis d = existing(f);
    FixProposal chmod;
    chmod.id = "chmod-owner-write";
    chmod.action = FixAction::Chmod;
    chmod.platform = Platform::Linux;
    chmod.path = "C:\\Users\\ana\\report.txt";
    chmod.arg = "u+w";
    deriveCommand(chmod);
    d.findings[0].fixes.push_back(chmod);
    const auto wrong = planFix(d, "chmod-owner-write");
    EXPECT_FALSE(wrong.plan);
    EXPECT_NE(wrong.error.find("another system"), std::string::npos) << wrong.error;
}

TEST(WindowsPlans, SystemLocationsAndNormalPaths) {
    const Platform w = Platform::Windows;
    for (const char* p : {"C:\\", "C:\\Windows", "c:\\windows\\System32\\drivers\\etc\\hosts", "C:\\Program Files\\App\\a.dll",
                          "C:\\Program Files (x86)\\x", "C:\\ProgramData\\x", "C:\\Users", "\\\\server\\share"})
        EXPECT_TRUE(isSystemPath(p, w)) << p;
    for (const char* p : {"C:\\Users\\ana\\report.txt", "D:\\data\\x", "C:\\Windowsless\\x", "\\\\server\\share\\team\\a.xlsx"})
        EXPECT_FALSE(isSystemPath(p, w)) << p;
    for (const char* p : {"C:\\Users\\ana\\a.txt", "C:\\", "\\\\server\\share\\a"}) EXPECT_TRUE(isNormalAbsolute(p, w)) << p;
    for (const char* p : {"a.txt", "C:a.txt", "C:\\Users\\..\\x", "C:\\Users\\.\\x", "C:\\Users\\\\x", "\\\\?\\C:\\x", "/etc/passwd"})
        EXPECT_FALSE(isNormalAbsolute(p, w)) << p;
    // macOS: its system folders and /private/var, but not the per-user temporary folders there.
    for (const char* p : {"/System/Library/x", "/Library/Preferences/x", "/private/etc/hosts", "/private/var/log/system.log", "/Users"})
        EXPECT_TRUE(isSystemPath(p, Platform::MacOS)) << p;
    for (const char* p : {"/Users/ana/Desktop/report.txt", "/private/var/folders/xy/T/report.txt", "/Volumes/USB/a"})
        EXPECT_FALSE(isSystemPath(p, Platform::MacOS)) << p;
    EXPECT_TRUE(isNormalAbsolute("/etc/passwd", Platform::Linux));
    EXPECT_FALSE(isNormalAbsolute("C:\\x", Platform::Linux));
}

}  // namespace
