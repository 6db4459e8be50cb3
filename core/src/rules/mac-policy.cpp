// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/macos.h"
#include "rules/support/windows.h"

#include <optional>

namespace wd {

// On Linux selinux-denial, apparmor-denial and sandbox-confinement name the module that said no;
// this cause stays for macOS (TCC, SIP, the sandbox) and Windows Controlled Folder Access.
std::optional<Finding> rule_mac_policy(const Facts& f) {
    if (f.platform == Platform::Windows) return win::controlledFolderAccess(f);
    if (f.platform == Platform::MacOS) return mac::policy(f);
    return std::nullopt;
}

}  // namespace wd
