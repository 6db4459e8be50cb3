// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/holders_text.h"
#include "rules/support/windows.h"

#include <optional>

// The Windows branch: sharing and lock violations.
namespace wd::win {
namespace {

std::optional<Finding> sharingViolation(const Facts& f) {
    if (!rules::denied(f)) return std::nullopt;
    const uint32_t e = f.verdict.winError;
    if (e != kErrorSharingViolation && e != kErrorLockViolation) return std::nullopt;
    const Node* t = f.targetNode();
    const std::string holders = rules::holderList(f, [](const Holder&) { return true; });
    Finding out = windowsFinding(
        "file-locked-by-process", 0.95,
        holders.empty() ? Message(e == kErrorLockViolation ? WD_TR("Another program has locked part of %1")
                                                           : WD_TR("%1 is being used by another process"),
                                  {t ? t->path : f.absolute})
                        : Message(WD_TR("%1 is in use by %2"), {t ? t->path : f.absolute, holders}),
        Message(e == kErrorLockViolation
                    ? WD_TR("Another program holds a lock on a region of the file. Windows refuses conflicting "
                            "reads and writes until it releases the lock or exits.")
                    : WD_TR("Another program has the file open and did not allow others to share it. Close the file "
                            "in that program (or end the program), then try again.")),
        f, f.target);
    out.addEvidence("error", f.verdict.errName.empty() ? std::to_string(e) : f.verdict.errName);
    for (const Holder& h : f.holders) out.addEvidence("holder " + std::to_string(h.pid), rules::holderText(h));
    if (f.holdersScanned && f.holders.empty())
        out.addEvidence("holders", "none found (a process of another user or a service may hold it)");
    return out;
}

}  // namespace
}  // namespace wd::win

namespace wd {

// Another process holds the file. On Linux and macOS the kernel refuses only in a few places (EBUSY: a busy mount point or device), but advisory locks
// (flock, fcntl) make programs that honour them wait or refuse, although the kernel itself allows.
std::optional<Finding> rule_file_locked_by_process(const Facts& f) {
    if (f.platform == Platform::Windows) return win::sharingViolation(f);
    if (!f.holdersScanned || f.holders.empty() || rules::deniedWith(f, ETXTBSY)) return std::nullopt;
    const bool kernelSaysBusy = rules::deniedWith(f, EBUSY);
    const auto locks = [](const Holder& h) { return (h.how & (HoldFlock | HoldPosixLock)) != 0; };
    const std::string lockers = rules::holderList(f, locks);
    if (!kernelSaysBusy && (lockers.empty() || !rules::modifies(f.op))) return std::nullopt;

    const std::string path = f.targetNode() ? f.targetNode()->path : f.absolute;
    std::optional<Finding> out;
    if (kernelSaysBusy) {
        out = rules::finding(
            "file-locked-by-process", 0.9,
            Message(WD_TR("%1 is in use by %2"), {path, rules::holderList(f, [](const Holder&) { return true; })}),
            Message(WD_TR("Another program has it open or locked, and the system refuses while it does. Close it "
                          "in that program (or close the program), then try again.")),
            f, f.target);
    } else {
        // The kernel would allow it: only programs that check the lock are stopped, so this is a
        // likely explanation of an application's "file is locked", not of a kernel denial.
        out = rules::finding(
            "file-locked-by-process", 0.4, Message(WD_TR("%1 is locked by %2"), {path, lockers}),
            Message(WD_TR("The system itself would allow this, but the file carries a lock. Programs that respect "
                          "locks (office suites, databases, package managers) wait or refuse until %1 releases it."),
                    {lockers}),
            f, f.target);
    }
    for (const Holder& h : f.holders) {
        if (!kernelSaysBusy && !locks(h)) continue;
        out->addEvidence("holder " + std::to_string(h.pid), rules::holderText(h) + ": " + rules::howText(h));
    }
    if (f.holdersNotInspected > 0)
        out->addEvidence("not inspected", std::to_string(f.holdersNotInspected) + " processes of other users");
    return out;
}

}  // namespace wd
