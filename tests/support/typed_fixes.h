// SPDX-License-Identifier: GPL-3.0-or-later
// Every fix a rule proposes is one typed value: the command shown is the quoting of the argv
// derived from that value, and the plan the engine makes from it does the same thing. Called on
// every diagnosis the rule and scenario tests produce, so a rule that writes an argv by hand, or a
// plan that drifts from what is shown, fails there.
#pragma once

#include "whydenied/diagnose.h"
#include "whydenied/finding.h"
#include "whydenied/fix.h"

#include <set>
#include <string>

namespace wdtest {

// Empty when every fix of `d` agrees with its typed value; else one line per disagreement.
inline std::string typedFixProblems(const wd::Diagnosis& d) {
    std::string out;
    std::set<std::string> planned;
    for (const auto& f : d.findings)
        for (const auto& fx : f.fixes) {
            if (!fx.action) continue;  // advice: its argv is the rule's own words
            const std::string at = f.cause + "/" + fx.id + ": ";
            wd::FixProposal derived = fx;
            derived.argv.clear();
            derived.undoArgv.clear();
            wd::deriveCommand(derived);
            if (derived.argv != fx.argv) out += at + "argv is not the one its typed value gives: " + fx.command() + "\n";
            if (derived.undoArgv != fx.undoArgv) out += at + "undo is not the one its typed value gives: " + fx.undoCommand() + "\n";
            if (derived.command() != fx.command()) out += at + "shown command " + fx.command() + " is not " + derived.command() + "\n";
            if (fx.windows != (fx.platform == wd::Platform::Windows)) out += at + "quoted for the wrong shell\n";
            if (fx.action != wd::FixAction::JoinGroup && fx.path.empty()) out += at + "names no node\n";
            // The engine plans the first fix of an id, for the caller's own diagnosis only.
            if (fx.advisory || !d.facts.subject.isMe() || !planned.insert(fx.id).second) continue;
            // A link is never acted on (the engine refuses it, as it must): nothing to compare.
            bool link = false;
            for (const auto& n : d.facts.chain)
                if (n.path == fx.path) link = n.type == wd::NodeType::Symlink || n.win.reparsePoint;
            if (link) continue;
            const wd::PlanResult r = wd::planFix(d, fx.id);
            if (!r.plan) {
                out += at + "no plan: " + r.error + "\n";
                continue;
            }
            if (r.plan->action != *fx.action) out += at + "planned as another action\n";
            if (r.plan->platform != fx.platform) out += at + "planned for another platform\n";
            // A copy goes to a free name next to the wanted one: only its destination may differ.
            if (fx.action == wd::FixAction::Copy) continue;
            if (r.plan->arg != fx.arg) out += at + "planned with argument " + r.plan->arg + ", not " + fx.arg + "\n";
            if (fx.action != wd::FixAction::JoinGroup && (r.plan->path != fx.path || r.plan->ino != fx.ino))
                out += at + "planned on " + r.plan->path + ", not " + fx.path + "\n";
            if (r.plan->command != fx.command()) out += at + "plan runs " + r.plan->command + ", shows " + fx.command() + "\n";
            if (r.plan->undoCommand != fx.undoCommand()) out += at + "plan undoes with " + r.plan->undoCommand + "\n";
        }
    return out;
}

}  // namespace wdtest
