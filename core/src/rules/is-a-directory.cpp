// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/windows.h"

#include <optional>

// The Windows branch: opening a folder as a file is "Access is denied".
namespace wd::win {
namespace {

std::optional<Finding> isADirectory(const Facts& f) {
    if (!deniedWith(f, kErrorAccessDenied)) return std::nullopt;
    const Node* t = f.targetNode();
    if (!t || !t->isDir()) return std::nullopt;
    if (f.op != Operation::Read && f.op != Operation::Write && f.op != Operation::Execute) return std::nullopt;
    return windowsFinding(
        "is-a-directory", 0.95, Message(WD_TR("%1 is a folder, not a file"), {t->path}),
        Message(WD_TR("The program tried to open a folder as if it were a file, and Windows answers that with "
                      "\"Access is denied\" (Python: PermissionError [Errno 13]). Use a file inside it, or a call "
                      "meant for folders (os.scandir, shutil.rmtree).")),
        f, f.target);
}

}  // namespace
}  // namespace wd::win

namespace wd {

// A folder used as if it were a file: writing gives EISDIR, running it EACCES.
std::optional<Finding> rule_is_a_directory(const Facts& f) {
    if (f.platform == Platform::Windows) return win::isADirectory(f);
    const Node* t = f.targetNode();
    if (!t || !t->isDir() || !rules::denied(f)) return std::nullopt;
    if (!(f.op == Operation::Write && f.verdict.err == EISDIR) && !(f.op == Operation::Execute && f.verdict.err == EACCES))
        return std::nullopt;
    if (f.op == Operation::Execute && !decideAccess(f.identity, *t, PermExec).grants(PermExec)) return std::nullopt;
    return rules::finding(
        "is-a-directory", 0.95, Message(WD_TR("%1 is a folder, not a file"), {t->path}),
        Message(WD_TR("The program tried to open a folder as if it were a file. Use a file inside it, or a call "
                      "meant for folders (for example shutil.rmtree or os.scandir in Python).")),
        f, f.target);
}

}  // namespace wd
