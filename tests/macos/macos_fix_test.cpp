// SPDX-License-Identifier: GPL-3.0-or-later
// The macOS fix plans over synthetic facts, and the portable pieces of applying them on a Mac: the
// administrator prompt's argument vector, its error text and the ACL entry syntax. Applying itself
// (core/src/fix/macos/apply.cpp) needs a Mac; here a macOS plan must be refused untouched.
#include "mac_facts.h"

#include "whydenied/fix.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using namespace wd;
using mactest::kAna;
using mactest::MacFacts;
using mactest::findingFor;
using mactest::judged;

PlanResult planFor(const Diagnosis& d, const std::string& fixId) { return planFix(d, fixId); }

const FixProposal* proposal(const Diagnosis& d, const std::string& id) {
    for (const auto& f : d.findings)
        for (const auto& p : f.fixes)
            if (p.id == id) return &p;
    return nullptr;
}

// ---- plans ----

TEST(MacFixPlan, UnlockingYourFileIsAnUnprivilegedClearFlag) {
    const auto d = judged(MacFacts(Operation::Write).dirs("Users/ana/Projects").file("report.txt")
                              .flags(mac::kUfImmutable).kernelSays(EPERM));
    const PlanResult r = planFor(d, "chflags-nouchg");
    ASSERT_TRUE(r.plan) << r.error;
    const FixPlan& p = *r.plan;
    EXPECT_EQ(p.action, FixAction::ClearFlag);
    EXPECT_EQ(p.arg, "uchg");
    EXPECT_EQ(p.path, "/Users/ana/Projects/report.txt");
    EXPECT_EQ(p.platform, Platform::MacOS);
    EXPECT_EQ(p.privilege, Privilege::None);
    EXPECT_EQ(p.type, NodeType::Regular);
    EXPECT_EQ(p.ino, d.facts.chain.back().ino);
    EXPECT_FALSE(p.systemPath);
    EXPECT_EQ(p.cause, "immutable-attribute");
    EXPECT_EQ(p.command, "chflags nouchg /Users/ana/Projects/report.txt");
    EXPECT_EQ(p.undoCommand, "chflags uchg /Users/ana/Projects/report.txt");
    // A Linux build plans it but cannot apply it: the window shows the command, not a button.
    EXPECT_FALSE(canApply(*proposal(d, "chflags-nouchg")));
}

TEST(MacFixPlan, SystemImmutableWithSipOnIsAdvisory) {
    const auto d = judged(MacFacts(Operation::Delete).dirs("Users/ana/Projects").file("keep.db")
                              .flags(mac::kSfImmutable).sip(1).kernelSays(EPERM));
    const PlanResult r = planFor(d, "chflags-noschg");
    EXPECT_FALSE(r.plan);
    EXPECT_NE(r.error.find("for an administrator to run"), std::string::npos) << r.error;
    EXPECT_NE(r.error.find("sudo chflags noschg /Users/ana/Projects/keep.db"), std::string::npos) << r.error;
}

TEST(MacFixPlan, SystemImmutableWithSipOffGoesThroughTheHelper) {
    const auto d = judged(MacFacts(Operation::Write).dirs("Users/ana/Projects").file("keep.db")
                              .flags(mac::kSfImmutable).sip(0).kernelSays(EPERM));
    const PlanResult r = planFor(d, "chflags-noschg");
    ASSERT_TRUE(r.plan) << r.error;
    EXPECT_EQ(r.plan->action, FixAction::ClearFlag);
    EXPECT_EQ(r.plan->arg, "schg");
    EXPECT_EQ(r.plan->privilege, Privilege::Admin);
    EXPECT_EQ(r.plan->command, "sudo chflags noschg /Users/ana/Projects/keep.db");
}

TEST(MacFixPlan, AppendOnlyFlagsClearTheirOwnBit) {
    auto d = judged(MacFacts(Operation::Write).dirs("Users/ana/logs").file("app.log").flags(mac::kUfAppend)
                        .kernelSays(EPERM));
    PlanResult r = planFor(d, "chflags-nouappnd");
    ASSERT_TRUE(r.plan) << r.error;
    EXPECT_EQ(r.plan->action, FixAction::ClearFlag);
    EXPECT_EQ(r.plan->arg, "uappnd");
    EXPECT_EQ(r.plan->privilege, Privilege::None);
    EXPECT_FALSE(r.plan->systemPath);
    EXPECT_EQ(r.plan->command, "chflags nouappnd /Users/ana/logs/app.log");

    d = judged(MacFacts(Operation::Delete).dirs("private/var/log").file("audit.log", 0).flags(mac::kSfAppend)
                   .kernelSays(EPERM));
    r = planFor(d, "chflags-nosappnd");
    ASSERT_TRUE(r.plan) << r.error;
    EXPECT_EQ(r.plan->arg, "sappnd");
    EXPECT_EQ(r.plan->privilege, Privilege::Admin);
    EXPECT_EQ(r.plan->path, "/private/var/log/audit.log");
    EXPECT_EQ(r.plan->command, "sudo chflags nosappnd /private/var/log/audit.log");
}

TEST(MacFixPlan, QuarantineRemovalKeepsTheValueForUndo) {
    const auto d = judged(MacFacts(Operation::Execute).dirs("Users/ana/Downloads").file("tool", kAna, 0755)
                              .quarantine("0083;65a1b2c3;Safari;").kernelSays(EPERM));
    const PlanResult r = planFor(d, "xattr-remove-quarantine");
    ASSERT_TRUE(r.plan) << r.error;
    EXPECT_EQ(r.plan->action, FixAction::RemoveXattr);
    EXPECT_EQ(r.plan->arg, "com.apple.quarantine");
    EXPECT_EQ(r.plan->path, "/Users/ana/Downloads/tool");
    EXPECT_EQ(r.plan->privilege, Privilege::None);
    EXPECT_EQ(r.plan->command, "xattr -d com.apple.quarantine /Users/ana/Downloads/tool");
    EXPECT_EQ(r.plan->undoCommand, "xattr -w com.apple.quarantine '0083;65a1b2c3;Safari;' /Users/ana/Downloads/tool");
}

TEST(MacFixPlan, RecursiveQuarantineRemovalOfABundleIsNotApplied) {
    // `xattr -dr` changes every file of the bundle, which no single checked node covers.
    const auto d = judged(MacFacts(Operation::Execute).dirs("Applications/My Tool.app")
                              .quarantine("0081;65a1b2c3;Google Chrome;").dirs("Contents/MacOS")
                              .file("mytool", 0, 0755).kernelSays(0));
    const PlanResult r = planFor(d, "xattr-remove-quarantine");
    EXPECT_FALSE(r.plan);
    EXPECT_NE(r.error.find("not one the engine knows"), std::string::npos) << r.error;
}

TEST(MacFixPlan, AclDenyEntryRemovalNamesTheEntry) {
    const auto d = judged(MacFacts(Operation::Write).dirs("Users/ana/Projects").file("report.txt")
                              .ace(false, true, "staff", mac::kAclWriteData | mac::kAclAppendData)
                              .kernelSays(EACCES));
    const PlanResult r = planFor(d, "chmod-remove-acl-deny");
    ASSERT_TRUE(r.plan) << r.error;
    EXPECT_EQ(r.plan->action, FixAction::AclRemoveDeny);
    EXPECT_EQ(r.plan->arg, "group:staff deny write");
    EXPECT_EQ(r.plan->path, "/Users/ana/Projects/report.txt");
    EXPECT_EQ(r.plan->privilege, Privilege::None);
    EXPECT_EQ(r.plan->command, "chmod -a 'group:staff deny write' /Users/ana/Projects/report.txt");
    EXPECT_EQ(r.plan->undoCommand, "chmod +a 'group:staff deny write' /Users/ana/Projects/report.txt");
    // What the plan carries is what fix/macos/apply.cpp parses back.
    const auto spec = mac::parseAclEntryText(r.plan->arg);
    ASSERT_TRUE(spec);
    EXPECT_TRUE(spec->group);
    EXPECT_EQ(spec->name, "staff");
    EXPECT_FALSE(spec->allow);
    EXPECT_EQ(spec->rights, mac::kAclWriteData);
}

TEST(MacFixPlan, AclDenyOnAFolderOfRootIsASystemPathForTheAdministrator) {
    const auto d = judged(MacFacts(Operation::Create).dirs("Library/Application Support")
                              .ace(false, false, "ana", mac::kAclWriteData | mac::kAclDeleteChild).file("new.txt")
                              .kernelSays(EACCES));
    const PlanResult r = planFor(d, "chmod-remove-acl-deny");
    ASSERT_TRUE(r.plan) << r.error;
    EXPECT_EQ(r.plan->path, "/Library/Application Support");
    EXPECT_EQ(r.plan->type, NodeType::Directory);
    EXPECT_EQ(r.plan->arg, "user:ana deny add_file");
    EXPECT_EQ(r.plan->privilege, Privilege::Admin);
    EXPECT_TRUE(r.plan->systemPath);  // /Library is macOS's: explicit confirmation first
}

TEST(MacFixPlan, FullDiskAccessIsOpenedByThePersonNotApplied) {
    const auto d = judged(MacFacts(Operation::Read).dirs("Users/ana/Desktop").file("notes.txt")
                              .tcc(0, "Terminal", "/System/Applications/Utilities/Terminal.app").kernelSays(EPERM));
    const FixProposal* fx = proposal(d, "tcc-open-full-disk-access");
    ASSERT_NE(fx, nullptr);
    EXPECT_FALSE(canApply(*fx));
    const PlanResult r = planFor(d, "tcc-open-full-disk-access");
    EXPECT_FALSE(r.plan);
    EXPECT_NE(r.error.find("open 'x-apple.systempreferences:com.apple.preference.security?Privacy_AllFiles'"),
              std::string::npos)
        << r.error;
}

TEST(MacFixPlan, NoMacShapeCanBeAppliedByThisBuild) {
    ASSERT_NE(thisPlatform(), Platform::MacOS);
    FixProposal fx;
    fx.platform = Platform::MacOS;
    fx.path = "/Users/ana/a";
    for (const auto& [action, arg] : std::vector<std::pair<FixAction, std::string>>{
             {FixAction::ClearFlag, "uchg"},
             {FixAction::ClearFlag, "sappnd"},
             {FixAction::RemoveXattr, "com.apple.quarantine"},
             {FixAction::AclRemoveDeny, "user:ana deny read"},
             {FixAction::Chmod, "u+w"}}) {
        fx.action = action;
        fx.arg = arg;
        deriveCommand(fx);
        EXPECT_FALSE(canApply(fx)) << fx.command();
    }
    fx.platform = Platform::Linux;  // the same chmod diagnosed here: this build applies it
    EXPECT_TRUE(canApply(fx));
}

TEST(MacFixPlan, AMacPlanIsRefusedHereWithNothingChanged) {
    // chmod reads the same on both systems; a plan diagnosed on macOS must still not run here.
    const auto d = judged(MacFacts(Operation::Write).dirs("Users/ana/Projects").file("a.txt", kAna, 0444)
                              .kernelSays(EACCES));
    PlanResult r;
    for (const auto& f : d.findings)
        for (const auto& p : f.fixes)
            if (!r.plan && p.argv.size() == 4 && p.argv[0] == "chmod") r = planFix(d, p.id);
    ASSERT_TRUE(r.plan) << r.error;
    EXPECT_EQ(r.plan->platform, Platform::MacOS);

    char tmpl[] = "/tmp/wd-macplan-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    const std::string dir = tmpl, file = dir + "/a.txt";
    std::ofstream(file) << "x";
    ASSERT_EQ(chmod(file.c_str(), 0444), 0);
    struct stat st{};
    ASSERT_EQ(stat(file.c_str(), &st), 0);
    FixPlan plan = *r.plan;
    plan.path = plan.diagnosedPath = file;  // a real file of this machine
    plan.ino = st.st_ino;
    ApplyOptions o;
    o.journalDir = dir + "/journal";
    o.rediagnose = false;
    const FixOutcome out = applyFix(plan, o);
    EXPECT_EQ(out.status, FixStatus::Refused);
    EXPECT_NE(out.message.find("nothing was changed"), std::string::npos) << out.message;
    EXPECT_FALSE(out.entry);
    ASSERT_EQ(stat(file.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0444U);
    EXPECT_TRUE(Journal(o.journalDir).list().empty());
    std::filesystem::remove_all(dir);
}

// ---- the administrator prompt: constant script text, every word its own argv item ----

std::vector<std::string> scriptPart(const std::vector<std::string>& argv, size_t words) {
    return {argv.begin(), argv.end() - static_cast<std::ptrdiff_t>(words)};
}

TEST(MacAdminPrompt, HostileWordsAreArgumentsNeverScript) {
    const std::vector<std::string> hostile = {
        "/Library/Application Support/WhyDenied/whydenied-helper",
        "--request-file",
        "/var/folders/x/T/whydenied-a\"b'c/request",
        "--result-file",
        "/tmp/$(rm -rf ~)`id`\\\"; do shell script \"x\"\nend run\n-- \xff/result",
    };
    const auto argv = mac::administratorPrompt(hostile);
    ASSERT_GT(argv.size(), hostile.size());
    EXPECT_EQ(argv[0], "osascript");
    // The words come last, unchanged, one argv item each.
    EXPECT_EQ(std::vector<std::string>(argv.end() - static_cast<std::ptrdiff_t>(hostile.size()), argv.end()), hostile);
    // The script is the same whatever the words: nothing of them is in it.
    const auto script = scriptPart(argv, hostile.size());
    EXPECT_EQ(script, scriptPart(mac::administratorPrompt({"/x"}), 1));
    for (const auto& item : script) {
        for (const char* bit : {"$(", "`", "request", "rm -rf", "whydenied", "\n", "\\"})
            EXPECT_EQ(item.find(bit), std::string::npos) << item;
    }
    // -e and a statement alternate; the privileged call quotes every word for the shell itself.
    for (size_t i = 1; i < script.size(); i += 2) EXPECT_EQ(script[i], "-e");
    bool quoted = false, privileged = false;
    for (const auto& item : script) {
        quoted = quoted || item.find("quoted form of") != std::string::npos;
        privileged = privileged || item == "do shell script shellCommand with administrator privileges";
    }
    EXPECT_TRUE(quoted);
    EXPECT_TRUE(privileged);
}

TEST(MacAdminPrompt, TheProgramMustBeAnAbsolutePath) {
    // osascript would read a leading "-" as its own option; a relative name would go through PATH.
    EXPECT_TRUE(mac::administratorPrompt({}).empty());
    EXPECT_TRUE(mac::administratorPrompt({"-e"}).empty());
    EXPECT_TRUE(mac::administratorPrompt({"whydenied-helper", "undo"}).empty());
}

TEST(MacAdminPrompt, CancelAndWrongPasswordAreNotAuthorised) {
    EXPECT_EQ(mac::administratorPromptError("0:181: execution error: User canceled. (-128)\n"),
              "not authorised (the administrator prompt was cancelled or the password was refused)");
    EXPECT_EQ(mac::administratorPromptError(
                  "0:181: execution error: The administrator user name or password was incorrect. (-60005)\n"),
              "not authorised (the administrator prompt was cancelled or the password was refused)");
    EXPECT_EQ(mac::administratorPromptError("0:181: execution error: whydenied-helper: refused: invalid fix id (2)\n"),
              "whydenied-helper: refused: invalid fix id");
    EXPECT_EQ(mac::administratorPromptError(""), "the administrator prompt failed");
}

// ---- the ACL entry text of `chmod +a/-a` ----

TEST(MacAclEntryText, RoundTripsWhatTheRulesWrite) {
    MacAclEntry e;
    e.allow = false;
    e.group = true;
    e.name = "com.apple.access ssh";
    for (bool dir : {false, true}) {
        const uint32_t rights = mac::kAclWriteData | mac::kAclDeleteChild | mac::kAclChangeOwner;
        const std::string text = mac::aclEntryText(e, rights, dir);
        const auto back = mac::parseAclEntryText(text);
        ASSERT_TRUE(back) << text;
        EXPECT_TRUE(back->group);
        EXPECT_EQ(back->name, e.name);
        EXPECT_FALSE(back->allow);
        EXPECT_EQ(back->rights, rights) << text;
    }
    const auto allow = mac::parseAclEntryText("user:ana allow list,search");
    ASSERT_TRUE(allow);
    EXPECT_TRUE(allow->allow);
    EXPECT_EQ(allow->rights, mac::kAclReadData | mac::kAclExecute);
}

TEST(MacAclEntryText, RefusesAnythingElse) {
    for (const char* bad : {"", "user:", "user:ana", "user:ana deny", "user:ana deny ", "user: deny write",
                            "user:ana permit write", "user:ana deny write,,read", "user:ana deny fly",
                            "owner:ana deny write", "user:a:b deny write", "user:a\nb deny write"})
        EXPECT_FALSE(mac::parseAclEntryText(bad)) << bad;
}

}  // namespace
