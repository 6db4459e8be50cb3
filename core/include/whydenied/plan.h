// SPDX-License-Identifier: GPL-3.0-or-later
// Fix plans: every blocker of one denied access at once, the least that opens it, checked with a
// what-if model before anything runs.
//
// A single fix often only moves the denial one step down the path (search on the folder, then the
// file's own bits, then a flag). A plan walks the computed model (computeVerdict, the model behind
// `diagnose --as X --computed`) forward: it simulates each step on the facts, asks the model again,
// and adds a step for the next blocker until the model says allowed.
//
// Files: simulate.cpp (the what-if model), plan_build.cpp (choosing the steps; portable, runs in
// every diagnosis), plan_apply.cpp (applying a plan through the engine and the helper, the plan
// record in the journal, undo).
#pragma once

#include "whydenied/fix.h"
#include "whydenied/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wd {

// The facts as they would be after `step` was applied, with the verdict computed again over them
// (computeVerdict). A step the model cannot express (a Windows or macOS action, a user it cannot
// name) leaves the verdict unknown, never allowed.
Facts simulate(const Facts& facts, const FixPlan& step);

struct PlanStep {
    FixPlan fix;            // what the engine applies (typed: action, node by dev+ino, argument)
    FixProposal shown;      // the same step as a fix object: id, title, change, command, undo, privilege
};

struct Plan {
    std::vector<PlanStep> steps;  // in path order: folders first, then the object, then flags
    bool verified = false;        // the simulation of every step ends allowed
    Verdict result = Verdict::Unknown;  // the kernel's answer once the plan was applied; unknown before
    std::string note;             // why it is not verified (English), empty when it is
    bool forAnotherSubject = false;  // grants go to the diagnosed subject, not to the caller
};

// At most this many steps: the helper takes at most this many in one request.
constexpr size_t kMaxPlanSteps = 16;

// The plan for the single operation of `facts` (Linux facts only; elsewhere an empty, unverified
// plan). Candidate steps per blocker, least opening first: an ACL entry for exactly the subject;
// the group's bits when the subject is in the group; the owner's bits when it is the owner; a copy
// of its own (writing, for the caller only); `o+` bits only on the caller's own node when the
// filesystem has no ACLs. Among equals, a step that needs no privilege comes first. `caller`: the
// uid running the diagnosis, when known (whose own nodes may get `o+`).
Plan buildPlan(const Facts& facts, std::optional<uint32_t> caller = std::nullopt);

// ---- Applying a plan (plan_apply.cpp) ----

// Who may apply a plan: the caller for their own access (unprivileged steps in this process, the
// privileged ones as one helper request, which grants to the caller only); for another subject
// only root, in this process, with ApplyOptions::onBehalfOf naming the subject's uid.
struct PlanOutcome {
    FixStatus status = FixStatus::Refused;
    std::string message;                  // one sentence for a person, in English
    Message said;                         // the same sentence as a template, for the reader's language
    std::string recordId;                 // the plan record in the journal (undo takes it)
    std::vector<JournalEntry> entries;    // one per applied step, in order
    std::string helperRecordId;           // the helper's record of the privileged part, if any
    Verdict result = Verdict::Unknown;    // the kernel's answer afterwards
    std::optional<Diagnosis> after;       // the diagnosis asked again afterwards
};
PlanOutcome applyPlan(const Plan& plan, const ApplyOptions& opts = {});

// A plan record: the journal ids of its steps, in the order applied. Stored beside the entries as
// ID.plan (one JSON object; records from before JSON are still read); undo reverts the steps in reverse.
struct PlanRecord {
    std::string id, time;
    uint32_t callerUid = 0;
    std::vector<std::string> entryIds;
    std::string helperRecordId;  // the helper's plan record (undo-plan --id), empty when none
    bool undone = false;
};
std::string planRecordJson(const PlanRecord& r);
std::optional<PlanRecord> planRecordFromJson(const std::string& text);
// Whether `which` names a plan record in the journal `dir` (empty: the default journal).
bool isPlanRecord(const std::string& dir, const std::string& which);
Result<PlanRecord> readPlanRecord(const std::string& dir, const std::string& id);
bool writePlanRecord(const std::string& dir, const PlanRecord& r, std::string* error = nullptr);

UndoOutcome undoPlan(const std::string& id, const ApplyOptions& opts = {});

}  // namespace wd
