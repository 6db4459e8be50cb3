// SPDX-License-Identifier: GPL-3.0-or-later
// Looking at other users' processes needs root: the privileged helper scans, we read its answer.
#include "fix/common/fix_internal.h"
#include "fix/common/helper_form.h"
#include "probe/posix/run.h"
#include "whydenied/holders.h"

#include <unistd.h>

namespace wd {

HoldersResult findHoldersAsAdministrator(const std::string& path, const std::string& helperPath, bool commandLines) {
    if (geteuid() == 0) return findHolders(path);
    posix::RunResult run;
    HoldersResult r;
    // pkexec waits for the person at the password prompt: give them time, not forever.
    Message why;
    if (!fix::runHelperWithPkexec(fix::helperRequest(commandLines ? "holders-cmdline" : "holders", {{"path", path}}),
                                  helperPath, 300000, 8 << 20, run, why)) {
        r.error = why.english();  // holders' errors are text, like the rest of HoldersResult
        return r;
    }
    return holdersFromLines(run.out);
}

}  // namespace wd
