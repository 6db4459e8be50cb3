// SPDX-License-Identifier: GPL-3.0-or-later
// Choosing a plan: the blockers of one denied access, one after the other, each opened by the
// narrowest step the what-if model (simulate.cpp) confirms. Portable and free of system calls: it
// runs in every diagnosis of a denial.
#include "whydenied/plan.h"

#include "rules/support/common.h"

#include <cerrno>

namespace wd {
namespace {

// What stops the access next, as the computed model sees it.
struct Blocker {
    enum Kind { None, Bits, Immutable, AppendOnly } kind = None;
    int node = -1;
    unsigned want = 0;
};

const MountFacts* mountOf(const Facts& f, const Node& n) {
    return n.mount >= 0 && static_cast<size_t>(n.mount) < f.mounts.size() ? &f.mounts[static_cast<size_t>(n.mount)] : nullptr;
}

Blocker blockerOf(const Facts& f) {
    Blocker b;
    if (!f.verdict.asked || f.verdict.err == 0) return b;
    if (f.firstUntraversable >= 0) return {Blocker::Bits, f.firstUntraversable, PermExec};
    const Node* t = f.targetNode();
    const Needs needs = needsFor(f.op, t && t->isDir());
    if (f.verdict.err == EACCES) {
        if (f.op == Operation::Execute && t && (t->isDir() || (mountOf(f, *t) && mountOf(f, *t)->noexec))) return b;
        const int i = needs.onParent ? f.parent : f.target;
        const unsigned want = needs.onParent ? needs.onParent : needs.onTarget;
        if (i < 0 || want == 0) return b;
        if (kernelPermits(f.identity, f.subject, f.chain[static_cast<size_t>(i)], want)) return b;  // not the bits
        return {Blocker::Bits, i, want};
    }
    if (f.verdict.err == EPERM && f.op != Operation::Chmod && f.op != Operation::Chown) {
        // In the order computeVerdict checks them: the folder's flags, then the object's.
        std::vector<int> order;
        if (needs.onParent && f.parent >= 0) order.push_back(f.parent);
        if (f.target >= 0 && f.op != Operation::Create) order.push_back(f.target);
        for (int i : order) {
            const Node& n = f.chain[static_cast<size_t>(i)];
            if (n.immutable) return {Blocker::Immutable, i, 0};
            if (n.appendOnly) return {Blocker::AppendOnly, i, 0};
        }
    }
    return b;
}

// How much a step opens up, least first (the plan's ranking); then privilege.
enum Openness { ForSubject = 0, ForGroup = 1, ForOwner = 2, Flag = 2, Copy = 3, ForEveryone = 4 };

struct Candidate {
    Openness open;
    PlanStep step;
};

std::string bitsLetters(unsigned bits) {
    std::string s;
    if (bits & PermRead) s += 'r';
    if (bits & PermWrite) s += 'w';
    if (bits & PermExec) s += 'x';
    return s;
}

const char* causeFor(const Facts& f, const Blocker& b, const Node& n) {
    if (b.kind == Blocker::Immutable) return "immutable-attribute";
    if (b.kind == Blocker::AppendOnly) return "append-only-attribute";
    if (f.firstUntraversable == b.node) return "parent-not-traversable";
    if (b.node == f.parent && b.node != f.target) return "parent-not-writable";
    const AccessDecision d = decideAccess(f.identity, n, b.want);
    if (d.viaAcl && (d.maskLimited || (d.entry && d.entry->tag == AclEntry::User))) return "acl-denies";
    switch (d.cls) {
    case PermClass::Owner: return "owner-lacks-permission";
    case PermClass::Group: return "group-lacks-permission";
    case PermClass::Other: break;
    }
    return "owned-by-another-user";
}

PlanStep makeStep(const Facts& f, const Node& n, FixAction action, const std::string& arg, FixProposal shown,
                  const char* cause) {
    PlanStep s;
    FixPlan& p = s.fix;
    p.fixId = shown.id;
    p.cause = cause;
    p.op = f.op;
    p.diagnosedPath = f.absolute.empty() ? f.input : f.absolute;
    p.action = action;
    p.platform = f.platform;
    p.path = n.path;
    p.dev = n.dev;
    p.ino = n.ino;
    p.type = n.type;
    p.arg = arg;
    p.privilege = shown.privilege;
    p.title = shown.title;
    p.change = shown.change;
    p.command = shown.command();
    p.undoCommand = shown.undoCommand();
    p.systemPath = isSystemPath(n.path, f.platform);
    s.shown = std::move(shown);
    return s;
}

// Whether the caller runs the step without privilege: their own node, for their own access.
Privilege privilegeFor(const Facts& f, const Node& n) {
    return f.subject.isMe() && n.uid == f.identity.euid ? Privilege::None : Privilege::Admin;
}

std::vector<Candidate> candidates(const Facts& f, const Blocker& b, std::optional<uint32_t> caller) {
    std::vector<Candidate> out;
    const Node& n = f.chain[static_cast<size_t>(b.node)];
    const char* cause = causeFor(f, b, n);
    const Privilege p = privilegeFor(f, n);
    if (b.kind == Blocker::Immutable || b.kind == Blocker::AppendOnly) {
        // Clearing a flag needs CAP_LINUX_IMMUTABLE, whoever owns the node.
        const bool imm = b.kind == Blocker::Immutable;
        FixProposal fx = rules::typedFix(FixAction::ClearFlag, f.platform, n, imm ? "i" : "a");
        fx.id = imm ? "chattr-remove-immutable" : "chattr-remove-append-only";
        fx.title = imm ? WD_TR("Remove the immutable attribute") : WD_TR("Remove the append-only attribute");
        fx.change = imm ? Message(WD_TR("Clears the immutable attribute of %1; its contents and permissions stay."), {n.path})
                        : Message(WD_TR("Clears the append-only attribute of %1."), {n.path});
        fx.privilege = Privilege::Admin;
        out.push_back({Flag, makeStep(f, n, FixAction::ClearFlag, imm ? "i" : "a", fx, cause)});
        return out;
    }
    const Identity& id = f.identity;
    const bool owner = id.euid == n.uid;
    const std::string letters = bitsLetters(b.want);
    // 1. An ACL entry for exactly the subject (never for the owner: the owner entry decides for it).
    if (!owner && n.aclKnown && n.aclSupported) {
        unsigned had = 0;
        for (const AclEntry& e : n.acl)
            if (e.tag == AclEntry::User && e.id == id.euid) had = e.perms;
        FixProposal fx = rules::fixAclGrant(f, n, had | b.want);
        fx.privilege = p;
        out.push_back({ForSubject, makeStep(f, n, FixAction::AclModify, fx.arg, fx, cause)});
    }
    // 2. The group's bits, when the subject is in the owning group.
    if (!owner && id.inGroup(n.gid)) {
        FixProposal fx = rules::fixChmod(f, n, "g+" + letters, "g-" + letters, p,
                                         Message(WD_TR("Give the group %1 this right"), {rules::whichGroup(n)}));
        out.push_back({ForGroup, makeStep(f, n, FixAction::Chmod, "g+" + letters, fx, cause)});
    }
    // The group is the account's, but this session does not have it yet: a new login (newgrp)
    // picks it up; nothing on disk changes. Shown, never applied.
    if (!owner && f.subject.isMe() && !id.inGroup(n.gid) && id.inAccountGroup(n.gid)) {
        FixProposal fx = rules::fixActivateGroup(rules::whichGroup(n));
        PlanStep s = makeStep(f, n, FixAction::JoinGroup, rules::whichGroup(n), fx, "group-membership-not-active");
        out.push_back({ForGroup, std::move(s)});
    }
    // 3. The owner's bits, when the subject owns it.
    if (owner) {
        const bool dir = n.isDir();
        const char* title = b.want & PermWrite ? (dir ? WD_TR("Make the folder writable for you") : WD_TR("Make it writable for you"))
                            : b.want & PermRead ? WD_TR("Make it readable for you")
                            : dir               ? WD_TR("Let yourself enter the folder")
                                                : WD_TR("Make it executable for you");
        Message m = f.subject.isMe() ? Message(title)
                                     : Message(WD_TR("Give the owner %1 %2 on it"), {rules::who(n), permString(b.want)});
        FixProposal fx = rules::fixChmod(f, n, "u+" + letters, "u-" + letters, p, m);
        out.push_back({ForOwner, makeStep(f, n, FixAction::Chmod, "u+" + letters, fx, cause)});
    }
    // 4. A copy of one's own to write to, when only writing the original is denied (the copy must
    //    be read first).
    if (f.subject.isMe() && f.op == Operation::Write && b.node == f.target && n.type == NodeType::Regular &&
        kernelPermits(id, f.subject, n, PermRead)) {
        FixProposal fx = rules::fixCopyToHome(f, n);
        out.push_back({Copy, makeStep(f, n, FixAction::Copy, fx.arg, fx, cause)});
    }
    // 5. Everyone's bits: only on the caller's own node (for another subject: the caller is not the
    //    one denied), where the filesystem has no ACLs, and never write (WhyDenied never makes
    //    anything writable for everyone).
    if (!owner && !n.aclSupported && caller && n.uid == *caller && !(b.want & PermWrite)) {
        FixProposal fx = rules::fixChmod(f, n, "o+" + letters, "o-" + letters, Privilege::None,
                                         Message(WD_TR("Give everyone %1 on it"), {permString(b.want)}));
        out.push_back({ForEveryone, makeStep(f, n, FixAction::Chmod, "o+" + letters, fx, cause)});
    }
    std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& c) {
        if (a.open != c.open) return a.open < c.open;
        return a.step.fix.privilege < c.step.fix.privilege;
    });
    return out;
}

// Whether the step removes this blocker in the model (the verdict may still be denied further on).
bool clears(const Facts& before, const Blocker& b, const Facts& after) {
    if (!after.verdict.asked) return false;
    if (after.verdict.err == 0) return true;
    const Blocker next = blockerOf(after);
    if (b.kind == Blocker::Bits && after.op == before.op && after.chain.size() == before.chain.size())
        return kernelPermits(after.identity, after.subject, after.chain[static_cast<size_t>(b.node)], b.want) &&
               !(next.kind == b.kind && next.node == b.node && next.want == b.want);
    return !(next.kind == b.kind && next.node == b.node);
}

// Two grants on one node become one step: an ACL entry holds the union already (it is rebuilt from
// the simulated facts), a chmod of the same class takes both sets of letters.
bool mergeInto(std::vector<PlanStep>& steps, const PlanStep& s, const Facts& f) {
    for (PlanStep& e : steps) {
        if (e.fix.dev != s.fix.dev || e.fix.ino != s.fix.ino || e.fix.action != s.fix.action || e.fix.path != s.fix.path)
            continue;
        if (s.fix.action == FixAction::AclModify) {
            e = s;
            return true;
        }
        if (s.fix.action == FixAction::Chmod && e.fix.arg.size() > 2 && s.fix.arg.size() > 2 &&
            e.fix.arg.substr(0, 2) == s.fix.arg.substr(0, 2)) {
            unsigned bits = 0;
            for (char c : e.fix.arg.substr(2) + s.fix.arg.substr(2))
                bits |= c == 'r' ? PermRead : c == 'w' ? PermWrite : c == 'x' ? PermExec : 0U;
            const std::string who = e.fix.arg.substr(0, 2), letters = bitsLetters(bits);
            const Node* n = nullptr;
            for (const Node& x : f.chain)
                if (x.dev == s.fix.dev && x.ino == s.fix.ino) n = &x;
            if (!n) return false;
            FixProposal fx = rules::fixChmod(f, *n, who + letters, std::string(1, who[0]) + "-" + letters, e.fix.privilege,
                                             e.shown.title);
            e = makeStep(f, *n, FixAction::Chmod, who + letters, fx, e.fix.cause.c_str());
            return true;
        }
    }
    return false;
}

}  // namespace

Plan buildPlan(const Facts& facts, std::optional<uint32_t> caller) {
    Plan plan;
    plan.forAnotherSubject = !facts.subject.isMe();
    if (facts.platform != Platform::Linux) {
        plan.note = "Plans are made for Linux only.";
        return plan;
    }
    Facts now = facts;
    computeVerdict(now);
    if (now.verdict.asked && now.verdict.err == 0) {
        plan.note = "The permission model allows this; what denies it is outside the bits and flags WhyDenied changes.";
        return plan;
    }
    for (size_t round = 0; round < 2 * kMaxPlanSteps; ++round) {
        if (!now.verdict.asked) {
            plan.note = "The model cannot tell the outcome (" + now.verdict.what + ").";
            return plan;
        }
        if (now.verdict.err == 0) {
            plan.verified = true;
            return plan;
        }
        const Blocker b = blockerOf(now);
        if (b.kind == Blocker::None) {
            plan.note = "No step WhyDenied can take opens this (" + now.verdict.what + ").";
            return plan;
        }
        bool taken = false;
        for (const Candidate& c : candidates(now, b, caller)) {
            Facts next = simulate(now, c.step.fix);
            if (!clears(now, b, next)) continue;
            if (!mergeInto(plan.steps, c.step, now)) {
                if (plan.steps.size() >= kMaxPlanSteps) {
                    plan.note = "More than " + std::to_string(kMaxPlanSteps) + " steps would be needed.";
                    return plan;
                }
                plan.steps.push_back(c.step);
            }
            // A copy changes what is used: the rest of the plan is about the copy.
            now = std::move(next);
            taken = true;
            break;
        }
        if (!taken) {
            plan.note = "No step WhyDenied can take opens " + now.chain[static_cast<size_t>(b.node)].path + ".";
            return plan;
        }
    }
    plan.note = "The plan did not converge.";
    return plan;
}

}  // namespace wd
