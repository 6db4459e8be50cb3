// SPDX-License-Identifier: GPL-3.0-or-later
// Every macOS cause and fix plan over synthetic facts, with the exact command a person would paste.
#include "mac_facts.h"

#include <gtest/gtest.h>

namespace {

using namespace wd;
using mactest::kAna;
using mactest::MacFacts;
using mactest::evidence;
using mactest::findingFor;
using mactest::judged;

std::string first(const Diagnosis& d) { return d.findings.empty() ? "" : d.findings.at(0).cause; }

// ---- immutable-attribute: uchg / schg ----

TEST(MacImmutable, LockedFileOfYoursIsUnlockedWithoutPrivilege) {
    const auto d = judged(MacFacts(Operation::Write).dirs("Users/ana/Projects").file("report.txt")
                              .flags(mac::kUfImmutable).kernelSays(EPERM));
    ASSERT_EQ(first(d), "immutable-attribute");
    const Finding& f = d.findings.at(0);
    EXPECT_EQ(evidence(f, "flags"), "uchg");
    ASSERT_EQ(f.fixes.size(), 1u);
    EXPECT_EQ(f.fixes[0].id, "chflags-nouchg");
    EXPECT_EQ(f.fixes[0].privilege, Privilege::None);
    EXPECT_EQ(f.fixes[0].command(), "chflags nouchg /Users/ana/Projects/report.txt");
    EXPECT_EQ(f.fixes[0].undoCommand(), "chflags uchg /Users/ana/Projects/report.txt");
    EXPECT_FALSE(f.fixes[0].advisory);
    EXPECT_EQ(findingFor(d, "mac-policy"), nullptr);  // EPERM here is the flag, not TCC/SIP
}

TEST(MacImmutable, LockedFileOfAnotherUserNeedsAdministrator) {
    const auto d = judged(MacFacts(Operation::Write).dirs("Users/Shared").file("it's $(x).txt", 502)
                              .flags(mac::kUfImmutable).kernelSays(EPERM));
    ASSERT_EQ(first(d), "immutable-attribute");
    const FixProposal& fx = d.findings.at(0).fixes.at(0);
    EXPECT_EQ(fx.privilege, Privilege::Admin);
    EXPECT_EQ(fx.command(), "sudo chflags nouchg '/Users/Shared/it'\\''s $(x).txt'");
}

TEST(MacImmutable, SystemFlagWithSipOnIsExplainedNotOffered) {
    const auto d = judged(MacFacts(Operation::Delete).dirs("Users/ana/Projects").file("keep.db")
                              .flags(mac::kSfImmutable).sip(1).kernelSays(EPERM));
    ASSERT_EQ(first(d), "immutable-attribute");
    const Finding& f = d.findings.at(0);
    EXPECT_EQ(evidence(f, "flags"), "schg");
    EXPECT_EQ(evidence(f, "system integrity protection"), "on");
    EXPECT_NE(f.explanation.english().find("System Integrity Protection on, macOS refuses to clear it"), std::string::npos);
    ASSERT_EQ(f.fixes.size(), 1u);
    EXPECT_EQ(f.fixes[0].id, "chflags-noschg");
    EXPECT_TRUE(f.fixes[0].advisory);  // a button would only fail
    EXPECT_EQ(f.fixes[0].command(), "sudo chflags noschg /Users/ana/Projects/keep.db");
    EXPECT_EQ(f.fixes[0].undoCommand(), "sudo chflags schg /Users/ana/Projects/keep.db");
}

TEST(MacImmutable, SystemFlagWithSipOffGoesThroughTheAdministratorPrompt) {
    const auto d = judged(MacFacts(Operation::Write).dirs("Users/ana/Projects").file("keep.db")
                              .flags(mac::kSfImmutable | mac::kUfImmutable).sip(0).kernelSays(EPERM));
    ASSERT_EQ(first(d), "immutable-attribute");
    const Finding& f = d.findings.at(0);
    EXPECT_EQ(evidence(f, "flags"), "uchg, schg");
    ASSERT_EQ(f.fixes.size(), 2u);
    EXPECT_EQ(f.fixes[0].id, "chflags-nouchg");
    EXPECT_EQ(f.fixes[1].id, "chflags-noschg");
    EXPECT_EQ(f.fixes[1].privilege, Privilege::Admin);
    EXPECT_FALSE(f.fixes[1].advisory);
}

TEST(MacImmutable, LockedFolderBlocksCreatingInIt) {
    auto facts = MacFacts(Operation::Create).dirs("Users/ana/Locked").flags(mac::kUfImmutable).file("new.txt")
                     .kernelSays(EPERM);
    facts.chain.back().exists = false;
    facts.chain.back().statErrno = ENOENT;
    facts.firstMissing = facts.target;
    facts.target = -1;
    const auto d = judged(std::move(facts));
    ASSERT_EQ(first(d), "immutable-attribute");
    EXPECT_EQ(d.findings.at(0).fixes.at(0).command(), "chflags nouchg /Users/ana/Locked");
}

TEST(MacImmutable, ReadingALockedFileIsNotBlocked) {
    const auto d = judged(MacFacts(Operation::Read).dirs("Users/ana/Projects").file("report.txt")
                              .flags(mac::kUfImmutable).kernelSays(0));
    EXPECT_EQ(findingFor(d, "immutable-attribute"), nullptr);
}

// ---- append-only-attribute: uappnd / sappnd ----

TEST(MacAppendOnly, UserAppendFlag) {
    const auto d = judged(MacFacts(Operation::Write).dirs("Users/ana/logs").file("app.log")
                              .flags(mac::kUfAppend).kernelSays(EPERM));
    ASSERT_EQ(first(d), "append-only-attribute");
    const FixProposal& fx = d.findings.at(0).fixes.at(0);
    EXPECT_EQ(fx.id, "chflags-nouappnd");
    EXPECT_EQ(fx.privilege, Privilege::None);
    EXPECT_EQ(fx.command(), "chflags nouappnd /Users/ana/logs/app.log");
    EXPECT_EQ(fx.undoCommand(), "chflags uappnd /Users/ana/logs/app.log");
}

TEST(MacAppendOnly, SystemAppendFlagNeedsAdministrator) {
    const auto d = judged(MacFacts(Operation::Delete).dirs("private/var/log").file("audit.log", 0)
                              .flags(mac::kSfAppend).kernelSays(EPERM));
    ASSERT_EQ(first(d), "append-only-attribute");
    EXPECT_EQ(evidence(d.findings.at(0), "flags"), "sappnd");
    const FixProposal& fx = d.findings.at(0).fixes.at(0);
    EXPECT_EQ(fx.id, "chflags-nosappnd");
    EXPECT_EQ(fx.command(), "sudo chflags nosappnd /private/var/log/audit.log");
    EXPECT_FALSE(fx.advisory);  // SIP state unknown: offered, through the administrator prompt
}

// ---- quarantine-attribute ----

TEST(MacQuarantine, DownloadedProgramIsBlocked) {
    const auto d = judged(MacFacts(Operation::Execute).dirs("Users/ana/Downloads").file("tool", kAna, 0755)
                              .quarantine("0083;65a1b2c3;Safari;0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0")
                              .kernelSays(EPERM));
    ASSERT_EQ(first(d), "quarantine-attribute");
    const Finding& f = d.findings.at(0);
    EXPECT_NE(f.explanation.english().find("set by Safari"), std::string::npos);
    const FixProposal& fx = f.fixes.at(0);
    EXPECT_EQ(fx.id, "xattr-remove-quarantine");
    EXPECT_EQ(fx.privilege, Privilege::None);
    EXPECT_EQ(fx.command(), "xattr -d com.apple.quarantine /Users/ana/Downloads/tool");
    EXPECT_EQ(fx.undoCommand(),
              "xattr -w com.apple.quarantine '0083;65a1b2c3;Safari;0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0' "
              "/Users/ana/Downloads/tool");
}

TEST(MacQuarantine, AppBundleIsCleanedRecursively) {
    const auto d = judged(MacFacts(Operation::Execute).dirs("Applications/My Tool.app")
                              .quarantine("0081;65a1b2c3;Google Chrome;").dirs("Contents/MacOS")
                              .file("mytool", 0, 0755).kernelSays(0));
    const Finding* f = findingFor(d, "quarantine-attribute");
    ASSERT_NE(f, nullptr);
    EXPECT_DOUBLE_EQ(f->confidence, 0.6);  // the kernel allows; Gatekeeper decides when it starts
    EXPECT_EQ(f->fixes.at(0).command(), "sudo xattr -dr com.apple.quarantine '/Applications/My Tool.app'");
}

TEST(MacQuarantine, ApprovedOrNotExecutedIsNoFinding) {
    EXPECT_EQ(findingFor(judged(MacFacts(Operation::Execute).dirs("Users/ana/Downloads").file("tool", kAna, 0755)
                                    .quarantine("00c3;65a1b2c3;Safari;").kernelSays(0)),
                         "quarantine-attribute"),
              nullptr);
    EXPECT_EQ(findingFor(judged(MacFacts(Operation::Read).dirs("Users/ana/Projects").file("data.csv")
                                    .quarantine("0083;65a1b2c3;Safari;").kernelSays(0)),
                         "quarantine-attribute"),
              nullptr);
}

// ---- acl-denies: extended ACL deny entries ----

TEST(MacAcl, DenyEntryForYourGroupDecides) {
    const auto d = judged(MacFacts(Operation::Write).dirs("Users/ana/Projects").file("report.txt")
                              .ace(false, true, "staff", mac::kAclWriteData | mac::kAclAppendData)
                              .kernelSays(EACCES));
    ASSERT_EQ(first(d), "acl-denies");
    const Finding& f = d.findings.at(0);
    EXPECT_EQ(evidence(f, "deciding entry"), "group:staff deny write,append");
    const FixProposal& fx = f.fixes.at(0);
    EXPECT_EQ(fx.id, "chmod-remove-acl-deny");
    EXPECT_EQ(fx.privilege, Privilege::None);
    EXPECT_EQ(fx.command(), "chmod -a 'group:staff deny write' /Users/ana/Projects/report.txt");
    EXPECT_EQ(fx.undoCommand(), "chmod +a 'group:staff deny write' /Users/ana/Projects/report.txt");
}

TEST(MacAcl, EarlierAllowEntryWins) {
    const auto d = judged(MacFacts(Operation::Write).dirs("Users/ana/Projects").file("report.txt", 502, 0444)
                              .ace(true, false, "ana", mac::kAclWriteData)
                              .ace(false, true, "staff", mac::kAclWriteData)
                              .kernelSays(EACCES));
    EXPECT_EQ(findingFor(d, "acl-denies"), nullptr);
}

TEST(MacAcl, EntryForSomeoneElseDoesNotApply) {
    const auto d = judged(MacFacts(Operation::Read).dirs("Users/ana/Projects").file("report.txt", 502, 0600)
                              .ace(false, false, "bob", mac::kAclReadData, false).kernelSays(EACCES));
    EXPECT_EQ(findingFor(d, "acl-denies"), nullptr);
    EXPECT_EQ(first(d), "group-lacks-permission");  // the shared POSIX rules still apply (ana is in staff)
}

TEST(MacAcl, DenyDeleteOnTheFileOfAnotherOwner) {
    const auto d = judged(MacFacts(Operation::Delete).dirs("Users/Shared").file("plan.key", 502)
                              .ace(false, true, "everyone", mac::kAclDelete).kernelSays(EACCES));
    ASSERT_EQ(first(d), "acl-denies");
    const FixProposal& fx = d.findings.at(0).fixes.at(0);
    EXPECT_EQ(fx.privilege, Privilege::Admin);
    EXPECT_EQ(fx.command(), "sudo chmod -a 'group:everyone deny delete' /Users/Shared/plan.key");
}

TEST(MacAcl, DenyAddFileOnTheFolder) {
    auto facts = MacFacts(Operation::Create).dirs("Users/ana/Inbox")
                     .ace(false, false, "ana", mac::kAclWriteData | mac::kAclDeleteChild).file("new.txt")
                     .kernelSays(EACCES);
    facts.chain.back().exists = false;
    facts.firstMissing = facts.target;
    facts.target = -1;
    const auto d = judged(std::move(facts));
    ASSERT_EQ(first(d), "acl-denies");
    EXPECT_EQ(evidence(d.findings.at(0), "deciding entry"), "user:ana deny add_file,delete_child");
    EXPECT_EQ(d.findings.at(0).fixes.at(0).command(), "chmod -a 'user:ana deny add_file' /Users/ana/Inbox");
}

// ---- mac-policy: tcc / sip / sandbox ----

TEST(MacPolicy, TccBlocksTheDesktopForTheResponsibleApp) {
    const auto d = judged(MacFacts(Operation::Read).dirs("Users/ana/Desktop").file("notes.txt")
                              .tcc(0, "iTerm2", "/Applications/iTerm.app").kernelSays(EPERM));
    ASSERT_EQ(first(d), "mac-policy");
    const Finding& f = d.findings.at(0);
    EXPECT_EQ(evidence(f, "kind"), "tcc");
    EXPECT_EQ(evidence(f, "protected location"), "Desktop");
    EXPECT_EQ(evidence(f, "responsible app"), "iTerm2 (/Applications/iTerm.app)");
    EXPECT_EQ(evidence(f, "full disk access"), "not granted");
    EXPECT_DOUBLE_EQ(f.confidence, 0.9);
    const FixProposal& fx = f.fixes.at(0);
    EXPECT_EQ(fx.id, "tcc-open-full-disk-access");
    EXPECT_EQ(fx.title.english(), "Give iTerm2 Full Disk Access in System Settings");
    EXPECT_EQ(fx.command(), "open 'x-apple.systempreferences:com.apple.preference.security?Privacy_AllFiles'");
    EXPECT_EQ(fx.privilege, Privilege::None);
    EXPECT_TRUE(fx.undoArgv.empty());
}

TEST(MacPolicy, ReadingALockedFileOnTheDesktopIsStillTcc) {
    const auto d = judged(MacFacts(Operation::Read).dirs("Users/ana/Desktop").file("notes.txt")
                              .flags(mac::kUfImmutable).tcc(0, "Terminal").kernelSays(EPERM));
    ASSERT_EQ(first(d), "mac-policy");
    EXPECT_EQ(evidence(d.findings.at(0), "kind"), "tcc");
    EXPECT_EQ(findingFor(d, "immutable-attribute"), nullptr);
}

TEST(MacPolicy, TccWithFullDiskAccessGrantedIsNotBlamed) {
    const auto d = judged(MacFacts(Operation::Read).dirs("Users/ana/Documents").file("a.txt").tcc(1, "Terminal")
                              .kernelSays(EPERM));
    EXPECT_EQ(findingFor(d, "mac-policy"), nullptr);
    EXPECT_EQ(first(d), "unexplained-denial");
}

TEST(MacPolicy, EaccesIsNeverTcc) {
    const auto d = judged(MacFacts(Operation::Read).dirs("Users/ana/Desktop").file("a.txt", 502, 0600).tcc(0)
                              .kernelSays(EACCES));
    EXPECT_EQ(findingFor(d, "mac-policy"), nullptr);
}

TEST(MacPolicy, TccProtectedLocations) {
    auto area = [](MacFacts m) { return mac::tccArea(m.kernelSays(EPERM)); };
    EXPECT_EQ(area(MacFacts(Operation::Read).dirs("Users/ana/Documents/taxes").file("2025.pdf")), "Documents");
    EXPECT_EQ(area(MacFacts(Operation::Read).dirs("Users/ana/Downloads").file("x.zip")), "Downloads");
    EXPECT_EQ(area(MacFacts(Operation::Read).dirs("Users/ana/Library/Mobile Documents/com~apple~CloudDocs").file("a")),
              "iCloud Drive");
    EXPECT_EQ(area(MacFacts(Operation::List).dirs("Users/ana/Library/Mail")), "Mail");
    EXPECT_EQ(area(MacFacts(Operation::Read).dirs("Users/ana/Library/Messages").file("chat.db")), "Messages");
    EXPECT_EQ(area(MacFacts(Operation::Read).dirs("Users/ana/Library/Safari").file("History.db")), "Safari");
    EXPECT_EQ(area(MacFacts(Operation::List).dirs("Users/ana/Pictures/Photos Library.photoslibrary")),
              "the Photos library");
    EXPECT_EQ(area(MacFacts(Operation::Read).dirs("Volumes/USB").volume("msdos", "local,removable,nosuid")
                       .file("a.txt")),
              "a removable volume");
    EXPECT_EQ(area(MacFacts(Operation::Read).dirs("Volumes/share").volume("smbfs", "nodev,nosuid").file("a.txt")),
              "a network volume");
    EXPECT_EQ(area(MacFacts(Operation::Read).dirs("Volumes/Data2").volume("apfs", "local,journaled").file("a")), "");
    EXPECT_EQ(area(MacFacts(Operation::Read).dirs("Users/ana/Projects").file("a.txt")), "");
    EXPECT_EQ(area(MacFacts(Operation::Read).dirs("Users/ana/Desktopper").file("a.txt")), "");
}

TEST(MacPolicy, TccOnARemovableVolumeNamesTheUnknownApp) {
    const auto d = judged(MacFacts(Operation::Write).dirs("Volumes/USB").volume("exfat", "local,removable")
                              .file("a.txt").kernelSays(EPERM));
    ASSERT_EQ(first(d), "mac-policy");
    EXPECT_DOUBLE_EQ(d.findings.at(0).confidence, 0.8);  // Full Disk Access not probed
    EXPECT_NE(d.findings.at(0).fixes.at(0).title.english().find("the app you started it from"), std::string::npos);
}

TEST(MacPolicy, SipGuardsRestrictedSystemFiles) {
    const auto d = judged(MacFacts(Operation::Write).dirs("System/Library/CoreServices").file("SystemVersion.plist", 0)
                              .flags(mac::kSfRestricted).kernelSays(EPERM));
    ASSERT_EQ(first(d), "mac-policy");
    const Finding& f = d.findings.at(0);
    EXPECT_EQ(evidence(f, "kind"), "sip");
    EXPECT_EQ(evidence(f, "flags"), "restricted");
    EXPECT_TRUE(f.fixes.empty());  // nothing to offer: the system owns it
}

TEST(MacPolicy, SipRootlessXattrOnTheFolder) {
    auto facts = MacFacts(Operation::Create).dirs("usr/libexec").rootless().file("mine").kernelSays(EPERM);
    facts.chain.back().exists = false;
    facts.firstMissing = facts.target;
    facts.target = -1;
    const auto d = judged(std::move(facts));
    ASSERT_EQ(first(d), "mac-policy");
    EXPECT_EQ(evidence(d.findings.at(0), "kind"), "sip");
    EXPECT_EQ(evidence(d.findings.at(0), "xattr"), "com.apple.rootless");
}

TEST(MacPolicy, SipOffIsNotBlamed) {
    const auto d = judged(MacFacts(Operation::Write).dirs("System/Library").file("x", 0).flags(mac::kSfRestricted)
                              .sip(0).kernelSays(EPERM));
    EXPECT_EQ(findingFor(d, "mac-policy"), nullptr);
}

TEST(MacPolicy, Sandbox) {
    const auto d = judged(MacFacts(Operation::Read).dirs("Users/ana/Projects").file("a.txt").sandboxed()
                              .kernelSays(EPERM));
    ASSERT_EQ(first(d), "mac-policy");
    EXPECT_EQ(evidence(d.findings.at(0), "kind"), "sandbox");
}

// ---- the shared POSIX rules keep working on macOS facts ----

TEST(MacPosix, ReadOnlyFileOfYours) {
    const auto d = judged(MacFacts(Operation::Write).dirs("Users/ana/Projects").file("a.txt", kAna, 0444)
                              .kernelSays(EACCES));
    EXPECT_EQ(first(d), "owner-lacks-permission");
}

TEST(MacApp, ResponsibleAppIsTheOutermostBundle) {
    auto a = mac::appFromExecutable("/System/Applications/Utilities/Terminal.app/Contents/MacOS/Terminal");
    EXPECT_EQ(a.name, "Terminal");
    EXPECT_EQ(a.path, "/System/Applications/Utilities/Terminal.app");
    a = mac::appFromExecutable(
        "/Applications/Visual Studio Code.app/Contents/Frameworks/Code Helper.app/Contents/MacOS/Code Helper");
    EXPECT_EQ(a.name, "Visual Studio Code");
    EXPECT_EQ(a.path, "/Applications/Visual Studio Code.app");
    EXPECT_EQ(mac::appFromExecutable("/bin/zsh").name, "");
}

}  // namespace
