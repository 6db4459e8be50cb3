// Looking at other users' processes needs root: the privileged helper scans, we read its answer.
#include "fix/fix_internal.h"
#include "probe/posix/run.h"
#include "whydenied/holders.h"

#include <unistd.h>

namespace wd {

HoldersResult findHoldersAsAdministrator(const std::string& path, const std::string& helperPath) {
    if (geteuid() == 0) return findHolders(path);
    const std::string helper = fix::helperExecutable(helperPath);
    // pkexec waits for the person at the password prompt: give them time, not forever.
    const posix::RunResult run = posix::runCapture({"pkexec", helper, "holders", "--path", path}, 300000, 8 << 20);
    HoldersResult r;
    if (!run.started) {
        r.error = "cannot start pkexec: " + run.err;
        return r;
    }
    if (run.timedOut) {
        r.error = "no answer from the administrator prompt";
        return r;
    }
    if (run.status == 126 || run.status == 127) {
        r.error = "not authorised (the administrator prompt was dismissed or refused)";
        return r;
    }
    if (run.status != 0) {
        r.error = run.err.empty() ? "the helper refused" : run.err.substr(0, run.err.find('\n'));
        return r;
    }
    return holdersFromLines(run.out);
}

}  // namespace wd
