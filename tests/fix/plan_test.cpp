// SPDX-License-Identifier: GPL-3.0-or-later
// Fix plans end to end, on real files: the three cases where one fix only moved the denial one
// step further (a web server's file behind a 0750 home, one's own read-only and immutable file, a
// service listing a folder behind another 0700 folder). Each gets a plan whose simulation ends
// allowed; applied through the engine it makes the kernel allow the subject, a bystander stays
// denied, and one undo restores every node. The helper's apply-plan takes the privileged steps
// under one request, judged before any change.
#include "whydenied/diagnose.h"
#include "whydenied/fix.h"
#include "whydenied/plan.h"
#include "fix/common/fix_internal.h"
#include "fix/common/helper_form.h"

#include "../core/scenario.h"
#include "run_program.h"

#include <gtest/gtest.h>

#include <sstream>
#include <sys/sysmacros.h>

using namespace wd;
using wdtest::TempTree;

namespace {

constexpr uid_t kAlice = 4343;      // owns the folders and files
constexpr uid_t kBystander = 4444;  // must stay denied

wdtest::Creds as(uid_t uid) { return wdtest::Creds{uid, uid, {}, {}, {}, false}; }

int tryAs(uid_t uid, const std::string& path, Operation op) {
    const auto r = wdtest::runAs(as(uid), [&] { return std::to_string(wdtest::realTry(path, op)); });
    return r.ok ? std::stoi(r.output) : -1;
}

std::string stateOf(const std::string& path) {
    std::string err;
    const auto s = readState(path, &err);
    return s ? s->describe() : "unreadable: " + err;
}

std::string describeSteps(const Plan& p) {
    std::string out;
    for (const PlanStep& s : p.steps) out += s.fix.command + " [" + std::string(toString(s.fix.privilege)) + "]\n";
    return out + (p.verified ? "verified" : "not verified: " + p.note);
}

// Root diagnoses for `subject` (the kernel asked as that uid) and takes the plan of the one operation.
Plan planFor(const std::string& path, Operation op, const std::string& subject) {
    DiagnoseRequest req;
    req.path = path;
    req.op = op;
    req.subject = subject;
    const Diagnosis d = diagnose(req);
    EXPECT_EQ(d.verdict, Verdict::Denied) << d.error;
    EXPECT_EQ(d.facts.verdictSource, VerdictSource::Kernel);
    if (d.access.size() != 1 || !d.access.front().plan) {
        ADD_FAILURE() << "no plan in the diagnosis";
        return {};
    }
    return *d.access.front().plan;
}

// Applies as root for `uid`, checks the kernel as the subject and as a bystander, undoes, checks
// every node is back.
void applyAndUndo(const Plan& plan, const std::vector<std::string>& nodes, const std::string& path, Operation op,
                  uid_t uid, const std::string& journal) {
    std::vector<std::string> before;
    for (const auto& n : nodes) before.push_back(stateOf(n));
    ApplyOptions o;
    o.journalDir = journal;
    o.onBehalfOf = uid;
    const PlanOutcome out = applyPlan(plan, o);
    ASSERT_EQ(out.status, FixStatus::Fixed) << out.message;
    EXPECT_EQ(out.result, Verdict::Allowed) << "the kernel, asked again as uid " << uid;
    EXPECT_EQ(out.entries.size(), plan.steps.size());
    EXPECT_FALSE(out.recordId.empty());
    EXPECT_EQ(tryAs(uid, path, op), 0) << "the subject is still denied";
    EXPECT_NE(tryAs(kBystander, path, op), 0) << "a bystander gained access";
    const UndoOutcome u = undoPlan(out.recordId, o);
    EXPECT_TRUE(u.ok && u.changed) << u.message;
    for (size_t i = 0; i < nodes.size(); ++i) EXPECT_EQ(stateOf(nodes[i]), before[i]) << nodes[i] << " not restored";
    EXPECT_NE(tryAs(uid, path, op), 0) << "undo did not take the access back";
    const UndoOutcome again = undoPlan(out.recordId, o);
    EXPECT_TRUE(again.ok);
    EXPECT_FALSE(again.changed) << again.message;
}

std::string rootJournal(const TempTree& t) {
    const std::string j = t / ".journal-root";
    mkdir(j.c_str(), 0700);
    return j;
}

#define REQUIRE_ROOT() \
    if (!wdtest::isRoot()) GTEST_SKIP() << "needs root: files of other uids, applying for the test uid"

TEST(FixPlanCases, WebServerReadsAFileBehindAHomeFolder) {
    REQUIRE_ROOT();
    const uid_t www = wdtest::testUser().uid;
    TempTree t;
    t.dir("home", 0755, 0, 0);
    const std::string home = t.dir("home/alice", 0750, kAlice, kAlice);
    t.dir("home/alice/site", 0755, kAlice, kAlice);
    t.dir("home/alice/site/static", 0755, kAlice, kAlice);
    t.dir("home/alice/site/static/img", 0755, kAlice, kAlice);
    const std::string cat = t.file("home/alice/site/static/img/cat.png", 0600, kAlice, kAlice, "png");
    ASSERT_NE(tryAs(www, cat, Operation::Read), 0);

    const Plan plan = planFor(cat, Operation::Read, "uid:" + std::to_string(www));
    ASSERT_TRUE(plan.verified) << describeSteps(plan);
    EXPECT_TRUE(plan.forAnotherSubject);
    ASSERT_EQ(plan.steps.size(), 2U) << describeSteps(plan);
    EXPECT_EQ(plan.steps[0].fix.action, FixAction::AclModify);
    EXPECT_EQ(plan.steps[0].fix.path, home);
    EXPECT_EQ(plan.steps[0].fix.arg, "u:" + std::to_string(www) + ":--x") << "search only, for exactly the subject";
    EXPECT_EQ(plan.steps[1].fix.action, FixAction::AclModify);
    EXPECT_EQ(plan.steps[1].fix.path, cat);
    EXPECT_EQ(plan.steps[1].fix.arg, "u:" + std::to_string(www) + ":r--");
    for (const PlanStep& s : plan.steps) EXPECT_EQ(s.shown.privilege, Privilege::Admin) << "for another account";
    applyAndUndo(plan, {home, cat}, cat, Operation::Read, www, rootJournal(t));
}

TEST(FixPlanCases, ServiceListsAFolderBehindAnother0700Folder) {
    REQUIRE_ROOT();
    const uid_t service = wdtest::testUser().uid;
    TempTree t;
    const std::string srv = t.dir("srv", 0700, kAlice, kAlice);
    const std::string data = t.dir("srv/data", 0700, kAlice, kAlice);
    t.file("srv/data/entry", 0644, kAlice, kAlice);
    ASSERT_NE(tryAs(service, data, Operation::List), 0);

    const Plan plan = planFor(data, Operation::List, "uid:" + std::to_string(service));
    ASSERT_TRUE(plan.verified) << describeSteps(plan);
    ASSERT_EQ(plan.steps.size(), 2U) << describeSteps(plan);
    EXPECT_EQ(plan.steps[0].fix.path, srv);
    EXPECT_EQ(plan.steps[0].fix.arg, "u:" + std::to_string(service) + ":--x");
    EXPECT_EQ(plan.steps[1].fix.path, data);
    EXPECT_EQ(plan.steps[1].fix.arg.substr(plan.steps[1].fix.arg.size() - 3, 1), "r") << plan.steps[1].fix.arg;
    applyAndUndo(plan, {srv, data}, data, Operation::List, service, rootJournal(t));
}

// As the test uid itself: its own file is read-only and immutable. The plan clears the flag (the
// administrator's step) and gives the owner write (the user's own step).
struct OwnImmutableFile : ::testing::Test {
    TempTree t;
    std::string dir, file;
    uid_t user = 0;
    void SetUp() override {
        if (!wdtest::isRoot()) GTEST_SKIP() << "chattr +i needs root";
        user = wdtest::testUser().uid;
        dir = t.dir("mine", 0755, user, user);
        file = t.file("mine/notes.txt", 0444, user, user);
        if (!TempTree::setFlag(file, FS_IMMUTABLE_FL)) GTEST_SKIP() << "the filesystem under /tmp has no chattr +i";
    }
    // The user's own diagnosis and plan, each step as a journal entry's JSON (the typed fields).
    std::vector<FixPlan> planAsUser(bool& verified) {
        const auto r = wdtest::runAs(as(user), [&]() -> std::string {
            DiagnoseRequest req;
            req.path = file;
            req.op = Operation::Write;
            const Diagnosis d = diagnose(req);
            if (d.access.size() != 1 || !d.access.front().plan) return "!no plan";
            const Plan& p = *d.access.front().plan;
            std::string out = p.verified ? "verified\n" : "not verified: " + p.note + "\n";
            for (const PlanStep& s : p.steps) {
                JournalEntry e;
                e.id = "step";
                e.fixId = s.fix.fixId;
                e.cause = s.fix.cause;
                e.action = s.fix.action;
                e.arg = s.fix.arg;
                e.path = s.fix.path;
                e.dev = s.fix.dev;
                e.ino = s.fix.ino;
                e.type = s.fix.type;
                e.command = s.fix.command;
                e.undoCommand = s.fix.undoCommand;
                e.privilege = s.fix.privilege;
                out += journalEntryJson(e) + "\n\x1e\n";
            }
            return out;
        });
        std::vector<FixPlan> steps;
        if (!r.ok || r.output.empty() || r.output[0] == '!') {
            ADD_FAILURE() << r.error << r.output;
            return steps;
        }
        verified = r.output.rfind("verified\n", 0) == 0;
        std::istringstream in(r.output.substr(r.output.find('\n') + 1));
        std::string chunk, line;
        while (std::getline(in, line)) {
            if (line != "\x1e") {
                chunk += line + "\n";
                continue;
            }
            const auto e = journalEntryFromJson(chunk);
            chunk.clear();
            if (!e) continue;
            FixPlan p;
            p.fixId = e->fixId;
            p.cause = e->cause;
            p.op = Operation::Write;
            p.diagnosedPath = file;
            p.action = e->action;
            p.path = e->path;
            p.dev = e->dev;
            p.ino = e->ino;
            p.type = e->type;
            p.arg = e->arg;
            p.privilege = e->privilege;
            p.command = e->command;
            p.undoCommand = e->undoCommand;
            steps.push_back(p);
        }
        return steps;
    }
};

TEST_F(OwnImmutableFile, ThePlanClearsTheFlagAndGivesTheOwnerWrite) {
    bool verified = false;
    const std::vector<FixPlan> steps = planAsUser(verified);
    EXPECT_TRUE(verified);
    ASSERT_EQ(steps.size(), 2U);
    EXPECT_EQ(steps[0].action, FixAction::ClearFlag);
    EXPECT_EQ(steps[0].arg, "i");
    EXPECT_EQ(steps[0].privilege, Privilege::Admin) << "CAP_LINUX_IMMUTABLE";
    EXPECT_EQ(steps[1].action, FixAction::Chmod);
    EXPECT_EQ(steps[1].arg, "u+w");
    EXPECT_EQ(steps[1].privilege, Privilege::None) << "the user's own file";
    Plan plan;
    for (const FixPlan& s : steps) plan.steps.push_back(PlanStep{s, FixProposal{}});
    plan.verified = verified;
    // Root applies the whole plan on the user's behalf (the in-process branch); the helper's
    // route is the next test.
    applyAndUndo(plan, {file}, file, Operation::Write, user, rootJournal(t));
}

// The privileged step through whydenied-helper's apply-plan (as pkexec starts it), the user's own
// step in the user's process, then one helper undo-plan.
TEST_F(OwnImmutableFile, TheHelperTakesThePrivilegedStepsInOneRequest) {
    bool verified = false;
    const std::vector<FixPlan> steps = planAsUser(verified);
    ASSERT_EQ(steps.size(), 2U);
    const std::string before = stateOf(file);
    std::vector<std::string> request = {"apply-plan"};
    for (const FixPlan& s : steps)
        if (s.privilege == Privilege::Admin) {
            const auto one = fix::helperApplyRequest(s);
            request.push_back("--step");
            request.insert(request.end(), one.begin() + 1, one.end());
        }
    EXPECT_EQ(fix::checkHelperRequest(request), "");
    const std::string state = t / ".helper-state";
    auto helper = [&](const std::vector<std::string>& args) {
        std::vector<std::string> argv = {"/usr/bin/env", "-i", "WD_HELPER_STATE_DIR=" + state,
                                         "PKEXEC_UID=" + std::to_string(user), WD_HELPER_BIN};
        argv.insert(argv.end(), args.begin(), args.end());
        return wdtest::runProgram(argv);
    };
    const auto applied = helper(request);
    ASSERT_EQ(applied.exitCode, 0) << applied.err;
    std::string planId;
    std::vector<JournalEntry> helperEntries;
    ASSERT_TRUE(fix::readPlanAnswer(applied.out, planId, helperEntries)) << applied.out;
    EXPECT_EQ(applied.out.find('\n'), applied.out.size() - 1) << "one JSON line";
    ASSERT_FALSE(helperEntries.empty());
    EXPECT_EQ(helperEntries[0].path, file);
    EXPECT_NE(tryAs(user, file, Operation::Write), 0) << "still read-only: the user's own step is next";
    // The user's own step, in the user's process.
    ApplyOptions o;
    o.journalDir = t.dir(".journal-user", 0700, user, user);
    o.rediagnose = false;
    const auto own = wdtest::runAs(as(user), [&] {
        const FixOutcome out = applyFix(steps[1], o);
        return out.entry ? out.entry->id : "!" + out.message;
    });
    ASSERT_TRUE(own.ok && !own.output.empty() && own.output[0] != '!') << own.output << own.error;
    EXPECT_EQ(tryAs(user, file, Operation::Write), 0);
    EXPECT_NE(tryAs(kBystander, file, Operation::Write), 0);
    // Undone in reverse: the user's step, then the helper's part from its own record.
    const auto back = wdtest::runAs(as(user), [&] { return undoFix(own.output, o).ok ? "ok" : "not undone"; });
    EXPECT_EQ(back.output, "ok");
    const auto undone = helper({"undo-plan", "--id", planId});
    EXPECT_EQ(undone.exitCode, 0) << undone.err;
    EXPECT_NE(tryAs(user, file, Operation::Write), 0) << "read-only and immutable again";
    EXPECT_EQ(stateOf(file), before);
}

// apply-plan judges every step before the first change: a refused step leaves the others undone.
TEST_F(OwnImmutableFile, AHelperPlanWithOneRefusedStepChangesNothing) {
    bool verified = false;
    const std::vector<FixPlan> steps = planAsUser(verified);
    ASSERT_FALSE(steps.empty());
    const std::string theirs = t.file("theirs.txt", 0600, kAlice, kAlice);
    const std::string before = stateOf(file), beforeTheirs = stateOf(theirs);
    std::vector<std::string> request = {"apply-plan", "--step"};
    const auto first = fix::helperApplyRequest(steps[0]);
    request.insert(request.end(), first.begin() + 1, first.end());
    FixPlan grab = steps[0];
    grab.action = FixAction::AclModify;
    grab.arg = "u:" + std::to_string(user) + ":rw-";
    grab.path = theirs;
    struct stat st{};
    lstat(theirs.c_str(), &st);
    grab.dev = (static_cast<uint64_t>(major(st.st_dev)) << 32) | minor(st.st_dev);
    grab.ino = st.st_ino;
    const auto second = fix::helperApplyRequest(grab);
    request.push_back("--step");
    request.insert(request.end(), second.begin() + 1, second.end());
    const auto r = wdtest::runProgram({"/usr/bin/env", "-i", "WD_HELPER_STATE_DIR=" + t / ".helper-state",
                                       "PKEXEC_UID=" + std::to_string(user), WD_HELPER_BIN, request[0], request[1]});
    EXPECT_EQ(r.exitCode, 2) << "a lone --step is not a request";
    std::vector<std::string> argv = {"/usr/bin/env", "-i", "WD_HELPER_STATE_DIR=" + t / ".helper-state",
                                     "PKEXEC_UID=" + std::to_string(user), WD_HELPER_BIN};
    argv.insert(argv.end(), request.begin(), request.end());
    const auto refused = wdtest::runProgram(argv);
    EXPECT_EQ(refused.exitCode, 2) << refused.err;
    EXPECT_NE(refused.err.find("another person's account"), std::string::npos) << refused.err;
    EXPECT_EQ(stateOf(file), before) << "the first step ran although the second was refused";
    EXPECT_EQ(stateOf(theirs), beforeTheirs);
}

TEST(FixPlanForm, ApplyPlanTakesOneToSixteenApplyGroups) {
    const std::vector<std::string> step = {"--step", "--action", "chmod", "--arg", "u+w", "--fix", "f", "--path", "/x",
                                           "--dev", "1", "--ino", "2", "--type", "file"};
    std::vector<std::string> r = {"apply-plan"};
    EXPECT_NE(fix::checkHelperRequest(r), "") << "no step";
    for (size_t i = 0; i < fix::kMaxPlanRequestSteps; ++i) r.insert(r.end(), step.begin(), step.end());
    EXPECT_EQ(fix::checkHelperRequest(r), "");
    r.insert(r.end(), step.begin(), step.end());
    EXPECT_NE(fix::checkHelperRequest(r), "") << "17 steps";
    EXPECT_NE(fix::checkHelperRequest({"apply-plan", "--action", "chmod"}), "") << "options before any --step";
    std::vector<std::string> extra = {"apply-plan"};
    extra.insert(extra.end(), step.begin(), step.end());
    extra.push_back("--confirmed-system-path");
    EXPECT_NE(fix::checkHelperRequest(extra), "") << "nothing outside apply's own options";
}

TEST(FixPlanRecord, RoundTripsAsOneJsonObject) {
    PlanRecord r;
    r.id = "20261123T040102.123Z-3fa9c1";
    r.time = "2026-11-23T04:01:02Z";
    r.callerUid = 4294967294U;
    r.entryIds = {"20261123T040102.124Z-aaaaaa", "20261123T040102.125Z-bbbbbb"};
    r.helperRecordId = "20261123T040102.126Z-cccccc";
    r.undone = true;
    const std::string text = planRecordJson(r);
    EXPECT_EQ(text.front(), '{');
    EXPECT_EQ(text.find('\n'), text.size() - 1) << "one line";
    const auto back = planRecordFromJson(text);
    ASSERT_TRUE(back.has_value()) << text;
    EXPECT_EQ(back->id, r.id);
    EXPECT_EQ(back->time, r.time);
    EXPECT_EQ(back->callerUid, r.callerUid);
    EXPECT_EQ(back->entryIds, r.entryIds);
    EXPECT_EQ(back->helperRecordId, r.helperRecordId);
    EXPECT_TRUE(back->undone);
    // Every id names a file in the journal: one that could lead out of it is refused.
    for (const std::string& bad : {std::string("../../etc/passwd"), std::string(".hidden"), std::string()}) {
        for (int which = 0; which < 3; ++which) {
            PlanRecord b = r;
            (which == 0 ? b.id : which == 1 ? b.entryIds[1] : b.helperRecordId) = bad;
            if (which == 2 && bad.empty()) continue;  // no helper record is allowed
            EXPECT_FALSE(planRecordFromJson(planRecordJson(b)).has_value()) << which << " " << bad;
        }
    }
    std::string bigCaller = text;
    bigCaller.replace(bigCaller.find("4294967294"), 10, "4294967296");
    PlanRecord none = r;
    none.entryIds.clear();
    for (const std::string& junk : {std::string(), std::string("{}"), text.substr(0, text.size() / 2), bigCaller,
                                    planRecordJson(none), std::string("whydenied-plan 2\nid ") + r.id + "\n"})
        EXPECT_FALSE(planRecordFromJson(junk).has_value()) << junk;
}

// Records written before they were JSON, as the engine wrote them then.
TEST(FixPlanRecord, AnOldLineRecordIsStillRead) {
    const std::string old = "whydenied-plan 1\n"
                            "id 20261123T040102.123Z-3fa9c1\n"
                            "time 2026-11-23T04:01:02Z\n"
                            "caller 4242\n"
                            "helper 20261123T040102.126Z-cccccc\n"
                            "entry 20261123T040102.124Z-aaaaaa\n"
                            "entry 20261123T040102.125Z-bbbbbb\n"
                            "undone 0\n";
    const auto r = planRecordFromJson(old);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->id, "20261123T040102.123Z-3fa9c1");
    EXPECT_EQ(r->time, "2026-11-23T04:01:02Z");
    EXPECT_EQ(r->callerUid, 4242U);
    EXPECT_EQ(r->helperRecordId, "20261123T040102.126Z-cccccc");
    EXPECT_EQ(r->entryIds, (std::vector<std::string>{"20261123T040102.124Z-aaaaaa", "20261123T040102.125Z-bbbbbb"}));
    EXPECT_FALSE(r->undone);
    std::string escaping = old;
    escaping.replace(escaping.find("entry 20261123T040102.125Z-bbbbbb"), 33, "entry ../../../etc/shadow");
    EXPECT_FALSE(planRecordFromJson(escaping).has_value());
    EXPECT_FALSE(planRecordFromJson(old + "colour blue\n").has_value()) << "an unknown key";
}

// A record that cannot be read says which of the three ways it failed, and the undo passes that on.
TEST(FixPlanRecord, AnUnreadableRecordSaysWhy) {
    TempTree t;
    const std::string id = "20261123T040102.123Z-3fa9c1";
    const auto badId = readPlanRecord(t.path(), "../escape");
    ASSERT_FALSE(badId.ok());
    EXPECT_NE(badId.error().find("not a plan id"), std::string::npos) << badId.error();
    const auto missing = readPlanRecord(t.path(), id);
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().find("no plan " + id), std::string::npos) << missing.error();
    t.file(id + ".plan", 0644, getuid(), getgid(), "{\"record\":\"plan\"");
    const auto damaged = readPlanRecord(t.path(), id);
    ASSERT_FALSE(damaged.ok());
    EXPECT_NE(damaged.error().find("is damaged"), std::string::npos) << damaged.error();
    ApplyOptions o;
    o.journalDir = t.path();
    const UndoOutcome u = undoPlan(id, o);
    EXPECT_FALSE(u.ok);
    EXPECT_FALSE(u.changed);
    EXPECT_NE(u.message.find("is damaged; nothing was changed."), std::string::npos) << u.message;
}

// Another account's plan is root's to apply: the caller's engine refuses it without changing anything.
TEST(FixPlanSafety, APlanForAnotherAccountNeedsRoot) {
    TempTree t;
    const std::string f = t.file("f.txt", 0600, wdtest::testUser().uid, wdtest::testUser().gid);
    Plan plan;
    plan.forAnotherSubject = true;
    PlanStep s;
    s.fix.action = FixAction::AclModify;
    s.fix.arg = "u:4343:r--";
    s.fix.path = f;
    s.fix.platform = thisPlatform();
    plan.steps.push_back(s);
    const std::string before = stateOf(f);
    const auto r = wdtest::runAs(wdtest::testUser(), [&] { return applyPlan(plan).message; });
    EXPECT_NE(r.output.find("only root applies it"), std::string::npos) << r.output << r.error;
    EXPECT_EQ(stateOf(f), before);
}

}  // namespace
