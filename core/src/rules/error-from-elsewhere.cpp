// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"

#include <optional>

namespace wd {

// The text says "denied", the kernel says "allowed" now. Know-how never overrides the kernel: say
// where the error must have come from instead.
std::optional<Finding> rule_error_from_elsewhere(const Facts& f) {
    if (!f.context.present || !f.allowed() || !f.subject.isMe()) return std::nullopt;
    Finding out = rules::finding(
        "error-from-elsewhere", 0.3, Message(WD_TR("It works now: the error came from another time, user or machine")),
        Message(WD_TR("The kernel lets you do this right now. The error was raised by another user (a service, a "
                      "cron job, sudo), on another machine or in a container with other mounts, or while a program "
                      "held the file and has since closed it. Check who ran the program that failed.")),
        f, f.target);
    if (!f.context.program.empty()) out.addEvidence("program in the message", f.context.program);
    return out;
}

}  // namespace wd
