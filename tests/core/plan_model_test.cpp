// SPDX-License-Identifier: GPL-3.0-or-later
// The what-if model and the choice of plan steps over hand-built facts: which step each blocker
// gets, in which order, and that a grant for the subject opens nothing for anyone else. The real
// files and the kernel are in tests/fix/plan_test.cpp and the ScenarioFirstFix tests.
#include "synthetic.h"

#include "whydenied/plan.h"

#include <gtest/gtest.h>

using namespace wd;
using wdtest::FactsBuilder;

namespace {

constexpr uint32_t kAlice = 2000, kTeam = 3000;

std::string steps(const Plan& p) {
    std::string out;
    for (const PlanStep& s : p.steps)
        out += std::string(toString(s.fix.action)) + " " + s.fix.arg + " " + s.fix.path + " [" +
               std::string(toString(s.fix.privilege)) + "]\n";
    return out + (p.verified ? "verified" : "not verified: " + p.note);
}

Facts forSubject(Facts f, const std::string& spec) {
    f.subject.kind = Subject::Kind::User;
    f.subject.spec = spec;
    return f;
}

TEST(WhatIf, AnAclEntryForTheSubjectOpensNothingForOthers) {
    const Facts f = FactsBuilder(Operation::Read).dir("srv", 0, 0, 0755).file("data.csv", kAlice, kAlice, 0600).kernelSays(EACCES);
    FixPlan grant;
    grant.action = FixAction::AclModify;
    grant.arg = "u:1000:r--";
    grant.path = f.chain.back().path;
    grant.dev = f.chain.back().dev;
    grant.ino = f.chain.back().ino;
    const Facts after = simulate(f, grant);
    EXPECT_TRUE(after.verdict.asked && after.verdict.err == 0) << after.verdict.what;
    EXPECT_EQ(after.chain.back().mode & 0070U, 0040U) << "the mask lets the entry through, the group bits show it";
    Facts other = f;
    other.identity.uid = other.identity.euid = 4444;
    other.identity.userName = "bystander";
    const Facts bystander = simulate(other, grant);
    EXPECT_EQ(bystander.verdict.err, EACCES) << "the mask opened the owning group's entry to others";
}

TEST(WhatIf, ChmodOfANodeWithAnAclMovesTheMask) {
    Facts f = FactsBuilder(Operation::Write, 1000, 1000)
                  .dir("srv", 0, 0, 0755)
                  .file("team.csv", kAlice, kTeam, 0640)
                  .acl({{AclEntry::UserObj, 0, {}, 6}, {AclEntry::User, 1000, "ana", 6}, {AclEntry::GroupObj, 0, {}, 4},
                        {AclEntry::Mask, 0, {}, 4}, {AclEntry::Other, 0, {}, 0}})
                  .kernelSays(EACCES);
    FixPlan widen;
    widen.action = FixAction::Chmod;
    widen.arg = "g+w";
    widen.dev = f.chain.back().dev;
    widen.ino = f.chain.back().ino;
    const Facts after = simulate(f, widen);
    EXPECT_EQ(after.verdict.err, 0) << "the named entry rw- was held back by the mask r--: " << after.verdict.what;
}

TEST(WhatIf, WhatTheModelCannotExpressIsUnknownNeverAllowed) {
    const Facts f = FactsBuilder(Operation::Read).file("x", kAlice, kAlice, 0600).kernelSays(EACCES);
    FixPlan p;
    p.action = FixAction::AclModify;
    p.arg = "u:nobody-the-facts-know:r--";
    p.dev = f.chain.back().dev;
    p.ino = f.chain.back().ino;
    EXPECT_FALSE(simulate(f, p).verdict.asked);
    p.action = FixAction::TakeOwnership;
    EXPECT_FALSE(simulate(f, p).verdict.asked);
}

TEST(PlanSteps, EveryBlockerOnThePathForAnotherSubject) {
    const Facts f = forSubject(FactsBuilder(Operation::Read, 33, 33)
                                   .dir("home", 0, 0, 0755)
                                   .dir("alice", kAlice, kAlice, 0750)
                                   .dir("site", kAlice, kAlice, 0755)
                                   .file("cat.png", kAlice, kAlice, 0600)
                                   .untraversable(2)
                                   .kernelSays(EACCES),
                               "www-data");
    const Plan p = buildPlan(f, kAlice);
    ASSERT_TRUE(p.verified) << steps(p);
    EXPECT_TRUE(p.forAnotherSubject);
    ASSERT_EQ(p.steps.size(), 2U) << steps(p);
    EXPECT_EQ(p.steps[0].fix.path, "/home/alice");
    EXPECT_EQ(p.steps[0].fix.arg, "u:ana:--x") << "search only, for exactly the subject";
    EXPECT_EQ(p.steps[1].fix.path, "/home/alice/site/cat.png");
    EXPECT_EQ(p.steps[1].fix.arg, "u:ana:r--");
    for (const PlanStep& s : p.steps) {
        EXPECT_EQ(s.fix.privilege, Privilege::Admin) << "applied for another account: root only";
        EXPECT_EQ(s.shown.command(), s.fix.command);
    }
}

TEST(PlanSteps, OwnReadOnlyImmutableFileClearsTheFlagThenTheBits) {
    const Facts f = FactsBuilder(Operation::Write).dir("home", 0, 0, 0755).file("notes", 1000, 1000, 0444).immutable().kernelSays(EPERM);
    const Plan p = buildPlan(f, 1000);
    ASSERT_TRUE(p.verified) << steps(p);
    ASSERT_EQ(p.steps.size(), 2U) << steps(p);
    EXPECT_EQ(p.steps[0].fix.action, FixAction::ClearFlag);
    EXPECT_EQ(p.steps[0].fix.privilege, Privilege::Admin);
    EXPECT_EQ(p.steps[1].fix.action, FixAction::Chmod);
    EXPECT_EQ(p.steps[1].fix.arg, "u+w");
    EXPECT_EQ(p.steps[1].fix.privilege, Privilege::None);
}

TEST(PlanSteps, TwoNeedsOnOneFolderBecomeOneStep) {
    // Creating inside one's own folder that has neither w nor x: search, then write, as one chmod u+wx.
    const Facts f = FactsBuilder(Operation::Create).dir("home", 0, 0, 0755).dir("out", 1000, 1000, 0400).missing("new").kernelSays(EACCES);
    const Plan p = buildPlan(f, 1000);
    ASSERT_TRUE(p.verified) << steps(p);
    ASSERT_EQ(p.steps.size(), 1U) << steps(p);
    EXPECT_EQ(p.steps[0].fix.arg, "u+wx");
}

TEST(PlanSteps, TheGroupsBitsOnlyWhereThereAreNoAcls) {
    Facts f = FactsBuilder(Operation::Write).groups({kTeam}).dir("srv", 0, 0, 0755).file("team.csv", kAlice, kTeam, 0640).kernelSays(EACCES);
    EXPECT_EQ(buildPlan(f, 1000).steps.at(0).fix.action, FixAction::AclModify) << "an entry for exactly you first";
    f.chain.back().aclSupported = false;
    const Plan p = buildPlan(f, 1000);
    ASSERT_EQ(p.steps.size(), 1U) << steps(p);
    EXPECT_EQ(p.steps[0].fix.arg, "g+w");
}

TEST(PlanSteps, EveryonesBitsOnlyOnTheCallersOwnNodeAndNeverWrite) {
    Facts f = forSubject(FactsBuilder(Operation::Read, 33, 33).dir("home", 0, 0, 0755).dir("ana", 1000, 1000, 0700).file("page.html", 1000, 1000, 0644).untraversable(2).kernelSays(EACCES), "www-data");
    f.chain[2].aclSupported = false;
    const Plan mine = buildPlan(f, 1000);
    ASSERT_EQ(mine.steps.size(), 1U) << steps(mine);
    EXPECT_EQ(mine.steps[0].fix.arg, "o+x");
    EXPECT_TRUE(buildPlan(f, kAlice).steps.empty()) << "not the caller's node: no o+";
    Facts w = FactsBuilder(Operation::Write, 33, 33).dir("srv", 0, 0, 0755).file("log", 1000, 1000, 0644).kernelSays(EACCES);
    w = forSubject(w, "www-data");
    w.chain.back().aclSupported = false;
    EXPECT_TRUE(buildPlan(w, 1000).steps.empty()) << steps(buildPlan(w, 1000));
}

TEST(PlanSteps, NothingWhydeniedChangesOpensAStickyFolder) {
    const Facts f = FactsBuilder(Operation::Delete).dir("tmp", 0, 0, 01777).file("theirs", kAlice, kAlice, 0644).kernelSays(EPERM);
    const Plan p = buildPlan(f, 1000);
    EXPECT_FALSE(p.verified);
    EXPECT_TRUE(p.steps.empty());
    EXPECT_FALSE(p.note.empty());
}

TEST(PlanSteps, EveryDeniedDiagnosisCarriesAPlan) {
    const wd::Diagnosis d = wdtest::judged(FactsBuilder(Operation::Write).dir("home", 0, 0, 0755).file("r", 1000, 1000, 0444).kernelSays(EACCES));
    ASSERT_EQ(d.access.size(), 1U);
    ASSERT_TRUE(d.access.front().plan);
    EXPECT_TRUE(d.access.front().plan->verified);
    const wd::Diagnosis ok = wdtest::judged(FactsBuilder(Operation::Read).dir("home", 0, 0, 0755).file("r", 1000, 1000, 0444).kernelSays(0));
    EXPECT_FALSE(ok.access.front().plan) << "nothing to open";
}

}  // namespace
