// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/holders_text.h"

#include <optional>

namespace wd {

// Linux refuses to write to an executable that a process is running (ETXTBSY).
std::optional<Finding> rule_text_file_busy(const Facts& f) {
    if (!rules::deniedWith(f, ETXTBSY)) return std::nullopt;
    const Node* t = f.targetNode();
    const std::string path = t ? t->path : f.absolute;
    const auto running = [](const Holder& h) { return (h.how & HoldExe) != 0; };
    const std::string programs = rules::holderList(f, running);
    Finding out = rules::finding(
        "text-file-busy", 0.99,
        programs.empty() ? Message(WD_TR("%1 is a program that is running right now"), {path})
                         : Message(WD_TR("%1 is a program that is running right now: %2"), {path, programs}),
        Message(WD_TR("The system does not let anyone overwrite a program while it runs. Stop the running copy, "
                      "or write the new version beside it and rename it over the old one (rename is allowed).")),
        f, f.target);
    FixProposal end;
    for (const Holder& h : f.holders) {
        if (!running(h)) continue;
        out.addEvidence("running as " + std::to_string(h.pid), rules::holderText(h));
        end.argv.push_back(std::to_string(h.pid));
        // Ending your own program needs nobody; another account's (or one we could not place)
        // needs an administrator, unless you are one.
        if (f.identity.euid != 0 && (!h.uidKnown || h.uid != f.identity.euid)) end.privilege = Privilege::Admin;
    }
    if (f.holdersScanned && programs.empty() && f.holdersNotInspected > 0)
        out.addEvidence("not inspected", std::to_string(f.holdersNotInspected) + " processes of other users");
    if (!end.argv.empty()) {
        // Shown, not run from here: ending a process needs the front end's confirmation naming it.
        end.id = "end-running-program";
        end.title = Message(WD_TR("End the running program"));
        end.change = Message(WD_TR("Asks %1 to quit (SIGTERM); unsaved work in it may be lost."), {programs});
        end.argv.insert(end.argv.begin(), {"kill", "-TERM"});
        end.advisory = true;
        out.fixes.push_back(std::move(end));
    }
    return out;
}

}  // namespace wd
