// SPDX-License-Identifier: GPL-3.0-or-later
// The fix engine on Windows, under Wine: plans from real diagnoses, applied to real files, recorded
// in a real journal, undone, refused when the file is no longer the one diagnosed; the elevated
// helper started through ShellExecuteExW("runas"); and the CLI's fix/undo.
#include "fix/common/fix_internal.h"
#include "fix/windows/primitives.h"
#include "rules/support/windows.h"
#include "whydenied/fix.h"
#include "win_support.h"

#include <gtest/gtest.h>

namespace {

using namespace wd;
using namespace wdtest::win;

DWORD attributesOf(const std::wstring& p) { return GetFileAttributesW(winsys::apiPath(p).c_str()); }

const Node& target(const Diagnosis& d) { return d.facts.chain.back(); }

ApplyOptions journalIn(const TempDir& dir) {
    ApplyOptions o;
    o.journalDir = narrow(dir.path() + L"\\journal");
    return o;
}

FixPlan planOrFail(const Diagnosis& d, const std::string& id) {
    const PlanResult r = planFix(d, id);
    EXPECT_TRUE(r.plan) << r.error;
    return r.plan.value_or(FixPlan{});
}

TEST(WindowsFixEngine, ClearReadOnlyIsPlannedAppliedRecordedAndUndone) {
    TempDir dir;
    const std::wstring p = dir.file(L"report (1).csv");
    ASSERT_TRUE(SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_READONLY));
    const Diagnosis d = run(p, Operation::Write);
    ASSERT_EQ(firstCause(d), "readonly-attribute");
    const FixPlan plan = planOrFail(d, "attrib-clear-readonly");
    EXPECT_EQ(plan.platform, Platform::Windows);
    EXPECT_EQ(plan.action, FixAction::ClearReadOnly);
    EXPECT_EQ(plan.path, narrow(p));
    EXPECT_NE(plan.ino, 0u);
    EXPECT_EQ(plan.ino, target(d).ino);
    EXPECT_EQ(plan.dev, target(d).dev);
    EXPECT_FALSE(plan.systemPath);
    EXPECT_EQ(plan.command, "attrib -R \"" + narrow(p) + "\"");

    const ApplyOptions o = journalIn(dir);
    const FixOutcome out = applyFix(plan, o);
    ASSERT_EQ(out.status, FixStatus::Fixed) << out.message;
    EXPECT_EQ(attributesOf(p) & FILE_ATTRIBUTE_READONLY, 0u);
    ASSERT_TRUE(out.after);
    EXPECT_EQ(out.after->verdict, Verdict::Allowed) << "verified by diagnosing again";
    const auto entries = Journal(o.journalDir).list();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].action, FixAction::ClearReadOnly);
    EXPECT_NE(entries[0].before.attributes & FILE_ATTRIBUTE_READONLY, 0u);
    EXPECT_FALSE(entries[0].before.sddl.empty());
    EXPECT_EQ(entries[0].undoCommand, "attrib +R \"" + narrow(p) + "\"");

    const UndoOutcome undo = undoFix("", o);
    ASSERT_TRUE(undo.ok) << undo.message;
    EXPECT_TRUE(undo.changed);
    EXPECT_NE(attributesOf(p) & FILE_ATTRIBUTE_READONLY, 0u);
    EXPECT_EQ(run(p, Operation::Write).verdict, Verdict::Denied);
    ASSERT_TRUE(Journal(o.journalDir).last());
    EXPECT_TRUE(Journal(o.journalDir).last()->undone);
    const UndoOutcome again = undoFix("", o);
    EXPECT_TRUE(again.ok);
    EXPECT_FALSE(again.changed) << again.message;
}

TEST(WindowsFixEngine, RefusesWhenTheFileWasReplacedSinceTheDiagnosis) {
    TempDir dir;
    const std::wstring p = dir.file(L"swapped.txt");
    ASSERT_TRUE(SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_READONLY));
    const FixPlan plan = planOrFail(run(p, Operation::Write), "attrib-clear-readonly");
    // Another file under the same name, read-only too: it was never diagnosed. The original stays
    // (renamed, as an editor's atomic save leaves it), so the new one cannot reuse its file index.
    ASSERT_TRUE(MoveFileW(p.c_str(), (p + L".old").c_str()));
    dir.file(L"swapped.txt", "other");
    ASSERT_TRUE(SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_READONLY));
    const ApplyOptions o = journalIn(dir);
    const FixOutcome out = applyFix(plan, o);
    EXPECT_EQ(out.status, FixStatus::Refused) << out.message;
    EXPECT_NE(out.message.find("no longer"), std::string::npos) << out.message;
    EXPECT_NE(attributesOf(p) & FILE_ATTRIBUTE_READONLY, 0u) << "nothing changed";
    EXPECT_TRUE(Journal(o.journalDir).list().empty());
}

TEST(WindowsFixEngine, UndoLeavesAFileThatChangedAgainAlone) {
    TempDir dir;
    const std::wstring p = dir.file(L"changed.txt");
    ASSERT_TRUE(SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_READONLY));
    const ApplyOptions o = journalIn(dir);
    ASSERT_EQ(applyFix(planOrFail(run(p, Operation::Write), "attrib-clear-readonly"), o).status, FixStatus::Fixed);
    ASSERT_TRUE(SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_HIDDEN));  // someone else's change
    const UndoOutcome undo = undoFix("", o);
    EXPECT_FALSE(undo.ok);
    EXPECT_NE(undo.message.find("changed since"), std::string::npos) << undo.message;
    EXPECT_EQ(attributesOf(p) & (FILE_ATTRIBUTE_READONLY | FILE_ATTRIBUTE_HIDDEN), DWORD(FILE_ATTRIBUTE_HIDDEN));
}

TEST(WindowsFixEngine, CopyGoesToAFreeNameInYourFolderAndUndoRemovesIt) {
    TempDir dir;
    const std::wstring p = dir.file(L"locked.xlsx", "cells");
    ASSERT_TRUE(SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_READONLY));
    Diagnosis d = run(p, Operation::Write);
    ASSERT_FALSE(d.findings.empty());
    // The rule's copy fix, aimed at a "home" inside this test's folder.
    d.facts.identity.home = narrow(dir.path() + L"\\home");
    d.findings[0].fixes.push_back(win::fixCopyToProfile(d.facts, target(d)));
    CreateDirectoryW((dir.path() + L"\\home").c_str(), nullptr);
    CreateDirectoryW((dir.path() + L"\\home\\WhyDenied copies").c_str(), nullptr);
    dir.file(L"home\\WhyDenied copies\\locked.xlsx", "taken");  // the first name is taken
    const FixPlan plan = planOrFail(d, "copy-to-writable");
    const std::string expected = narrow(dir.path() + L"\\home\\WhyDenied copies\\locked (2).xlsx");
    ASSERT_EQ(plan.arg, expected);
    EXPECT_NE(plan.command.find("locked (2).xlsx"), std::string::npos) << plan.command;
    const ApplyOptions o = journalIn(dir);
    const FixOutcome out = applyFix(plan, o);
    ASSERT_EQ(out.status, FixStatus::Fixed) << out.message;
    const std::wstring copy = widen(expected);
    EXPECT_EQ(attributesOf(copy) & FILE_ATTRIBUTE_READONLY, 0u) << "a copy you can write";
    EXPECT_NE(attributesOf(p) & FILE_ATTRIBUTE_READONLY, 0u) << "the original stays as it was";
    ASSERT_TRUE(out.entry);
    EXPECT_EQ(out.entry->path, expected);
    const UndoOutcome undo = undoFix(out.entry->id, o);
    ASSERT_TRUE(undo.ok) << undo.message;
    EXPECT_EQ(attributesOf(copy), INVALID_FILE_ATTRIBUTES);
    EXPECT_NE(attributesOf(dir.path() + L"\\home\\WhyDenied copies\\locked.xlsx"), INVALID_FILE_ATTRIBUTES);
}

TEST(WindowsFixEngine, CopyThatWasEditedIsKept) {
    TempDir dir;
    const std::wstring p = dir.file(L"in.txt", "original");
    const Diagnosis d = run(p, Operation::Read);
    const std::string to = narrow(dir.path() + L"\\mine\\in.txt");
    const LowResult made = applyLow(FixAction::Copy, narrow(p), target(d).dev, target(d).ino, NodeType::Regular, to, 0);
    ASSERT_TRUE(made.ok) << made.error;
    JournalEntry e;
    e.action = FixAction::Copy;
    e.path = made.resultPath;
    e.dev = made.resultDev;
    e.ino = made.resultIno;
    e.type = NodeType::Regular;
    e.after = made.after;
    dir.file(L"mine\\in.txt", "edited after the copy");
    const LowResult undo = undoLow(e);
    EXPECT_FALSE(undo.ok);
    EXPECT_NE(undo.error.find("changed since"), std::string::npos) << undo.error;
    EXPECT_NE(attributesOf(widen(to)), INVALID_FILE_ATTRIBUTES);
}

TEST(WindowsFixEngine, RemoveDenyEntryThenRestoreTheExactDescriptor) {
    TempDir dir;
    // With no deny entry for the account there is nothing to remove: refused, nothing changed.
    const std::wstring plain = dir.file(L"plain.txt");
    const Diagnosis pd = run(plain, Operation::Write);
    const LowResult none = applyLow(FixAction::AclRemoveDeny, narrow(plain), target(pd).dev, target(pd).ino,
                                    NodeType::Regular, "*S-1-1-0", 0);
    EXPECT_FALSE(none.ok);
    EXPECT_FALSE(none.changed);
    EXPECT_NE(none.error.find("no deny entry"), std::string::npos) << none.error;
    EXPECT_EQ(none.after.sddl, none.before.sddl);

    const std::wstring p = dir.file(L"denied.txt");
    setMyDacl(p, FILE_WRITE_DATA | FILE_APPEND_DATA, GENERIC_ALL);
    const Diagnosis d = run(p, Operation::Write);
    const std::string before = target(d).win.sddl;
    if (before.find("(D;") == std::string::npos)
        GTEST_SKIP() << "this system keeps no deny entry in the DACL (Wine maps it to mode bits): " << before;
    const std::string me = "*" + d.facts.identity.win.userSid;
    const LowResult r = applyLow(FixAction::AclRemoveDeny, narrow(p), target(d).dev, target(d).ino, NodeType::Regular, me, 0);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.after.sddl.find("(D;"), std::string::npos) << r.after.sddl;
    EXPECT_EQ(tryOpen(p, GENERIC_WRITE), static_cast<DWORD>(ERROR_SUCCESS));
    JournalEntry e;
    e.action = FixAction::AclRemoveDeny;
    e.path = narrow(p);
    e.dev = target(d).dev;
    e.ino = target(d).ino;
    e.type = NodeType::Regular;
    e.before = r.before;
    e.after = r.after;
    const LowResult undo = undoLow(e);
    ASSERT_TRUE(undo.ok) << undo.error;
    EXPECT_EQ(undo.after.sddl, r.before.sddl);
}

// takeown through the engine: an administrator fix, so it runs in-process when this process is
// elevated and through the helper when not. Wine cannot give a file another owner to take it
// from, so here the file is already ours: the engine records the descriptor and undo puts it back.
TEST(WindowsFixEngine, TakeOwnershipRecordsTheDescriptorAndUndoes) {
    TempDir dir;
    const std::wstring p = dir.file(L"owned.txt");
    Diagnosis d = run(p, Operation::Write);
    Finding f;
    f.cause = "owned-by-another-user";
    f.fixes.push_back(win::fixTakeOwnership(target(d)));
    d.findings.insert(d.findings.begin(), f);
    FixPlan plan = planOrFail(d, "takeown");
    EXPECT_EQ(plan.action, FixAction::TakeOwnership);
    EXPECT_EQ(plan.privilege, Privilege::Admin);
    ApplyOptions o = journalIn(dir);
    o.helperPath = narrow(besideSelf(L"..\\..\\cli\\whydenied-helper.exe"));
    const FixOutcome out = applyFix(plan, o);
    ASSERT_EQ(out.status, FixStatus::Fixed) << out.message;
    ASSERT_TRUE(out.entry);
    EXPECT_EQ(out.entry->before.sddl.rfind("O:" + d.facts.identity.win.userSid, 0), 0u) << out.entry->before.sddl;
    EXPECT_EQ(run(p, Operation::Read).facts.chain.back().win.ownerSid, d.facts.identity.win.userSid);
    const UndoOutcome undo = undoFix(out.entry->id, o);
    ASSERT_TRUE(undo.ok) << undo.message;
    EXPECT_EQ(winfix::capture(p).sddl, out.entry->before.sddl);
}

TEST(WindowsFixEngine, APlanForAnotherSystemIsRefused) {
    FixPlan linux;
    linux.platform = Platform::Linux;
    linux.action = FixAction::Chmod;
    linux.arg = "u+w";
    linux.path = "/home/ana/report.csv";
    const FixOutcome out = applyFix(linux, {});
    EXPECT_EQ(out.status, FixStatus::Refused);
    EXPECT_NE(out.message.find("a command for Linux"), std::string::npos) << out.message;
    FixProposal chmod;
    chmod.action = FixAction::Chmod;
    chmod.platform = Platform::Linux;
    chmod.path = "/x";
    chmod.arg = "u+w";
    EXPECT_FALSE(canApply(chmod));
    FixProposal attrib;
    attrib.action = FixAction::ClearReadOnly;
    attrib.platform = Platform::Windows;
    attrib.path = "C:\\x";
    EXPECT_TRUE(canApply(attrib));
}

// The elevated half: ShellExecuteExW("runas") starts whydenied-helper.exe with the request on its
// command line; it applies the fix, records it in its own journal and answers through the pipe
// the caller made; undo goes the same way. Under Wine there is no prompt (the verb starts the
// program as it is); on Windows this is the UAC prompt, which an unattended test cannot answer,
// so there the test needs an elevated run. The test build of the helper keeps its journal in
// WD_HELPER_STATE_DIR (Wine keeps no owners for the administrators-only %ProgramData% one).
TEST(WindowsFixEngine, ElevatedHelperAppliesAndUndoesThroughTheRunasVerb) {
    if (!runningUnderWine() && !fix::runningPrivileged()) GTEST_SKIP() << "would show the UAC prompt";
    TempDir dir, state;
    SetEnvironmentVariableW(L"WD_HELPER_STATE_DIR", state.path().c_str());
    const std::wstring p = dir.file(L"needs admin $(x) 'q'.txt");
    ASSERT_TRUE(SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_READONLY));
    const Diagnosis d = run(p, Operation::Write);
    ApplyOptions o = journalIn(dir);
    o.helperPath = narrow(besideSelf(L"..\\..\\cli\\whydenied-helper-testing.exe"));
    Message error;
    const auto entry = fix::viaHelper({"apply", "--action", "clear-readonly", "--arg", "", "--fix", "attrib-clear-readonly",
                                       "--cause", "readonly-attribute", "--path", narrow(p), "--dev",
                                       std::to_string(target(d).dev), "--ino", std::to_string(target(d).ino), "--type",
                                       "file"},
                                      o, error);
    ASSERT_TRUE(entry) << error.english();
    EXPECT_EQ(entry->path, narrow(p));
    EXPECT_EQ(attributesOf(p) & FILE_ATTRIBUTE_READONLY, 0u);
    EXPECT_EQ(entry->callerSid, d.facts.identity.win.userSid);
    const std::string helperJournal = narrow(state.path() + L"\\journal\\") + d.facts.identity.win.userSid;
    EXPECT_TRUE(Journal(helperJournal).read(entry->id)) << "the helper recorded it in its own journal";
    EXPECT_FALSE(Journal(o.journalDir).read(entry->id)) << "not in a folder the request named";
    const auto undone = fix::viaHelper({"undo", "--id", entry->id}, o, error);
    ASSERT_TRUE(undone) << error.english();
    EXPECT_TRUE(undone->undone);
    EXPECT_NE(attributesOf(p) & FILE_ATTRIBUTE_READONLY, 0u);
    // A request it must refuse: a relative path. Nothing is changed, and the reason comes back.
    EXPECT_FALSE(fix::viaHelper({"apply", "--action", "clear-readonly", "--path", "relative.txt", "--dev", "1", "--ino",
                                 "1", "--type", "file"},
                                o, error));
    EXPECT_NE(error.english().find("absolute"), std::string::npos) << error.english();
    SetEnvironmentVariableW(L"WD_HELPER_STATE_DIR", nullptr);
}

TEST(WindowsFixEngine, RequestFileKeepsEveryByte) {
    const std::vector<std::string> args = {"apply", "--path", "C:\\a\nb \"q\" $(x)\\", std::string("\0\xff", 2), ""};
    EXPECT_EQ(fix::decodeRequest(fix::encodeRequest(args)), args);
    EXPECT_FALSE(fix::decodeRequest("apply --path C:\\x\n"));
    EXPECT_FALSE(fix::decodeRequest(fix::encodeRequest(args).substr(0, 30)));
}

TEST(WindowsCli, FixAndUndoAReadOnlyFile) {
    TempDir dir;
    const std::wstring p = dir.file(L"cli \u00fcber.txt");
    ASSERT_TRUE(SetFileAttributesW(p.c_str(), FILE_ATTRIBUTE_READONLY));
    const std::wstring cli = L"\"" + besideSelf(L"..\\..\\cli\\whydenied-cli.exe") + L"\"";
    SetEnvironmentVariableW(L"LOCALAPPDATA", (dir.path() + L"\\appdata").c_str());
    const ProcessResult fixed =
        runProcess(cli + L" fix \"" + p + L"\" --op write --fix attrib-clear-readonly --yes --json");
    EXPECT_EQ(fixed.exitCode, 0u) << fixed.out;
    EXPECT_NE(fixed.out.find("\"status\": \"fixed\""), std::string::npos) << fixed.out;
    EXPECT_EQ(attributesOf(p) & FILE_ATTRIBUTE_READONLY, 0u);
    EXPECT_EQ(Journal(narrow(dir.path() + L"\\appdata\\WhyDenied\\journal")).list().size(), 1u);
    const ProcessResult undone = runProcess(cli + L" undo --yes");
    EXPECT_EQ(undone.exitCode, 0u) << undone.out;
    EXPECT_NE(attributesOf(p) & FILE_ATTRIBUTE_READONLY, 0u);
    SetEnvironmentVariableW(L"LOCALAPPDATA", nullptr);
}

}  // namespace
