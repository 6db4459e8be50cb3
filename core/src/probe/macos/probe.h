// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of the macOS probe (all of it under __APPLE__). Each reads one kind of fact through
// one documented Apple API and never changes anything.
#pragma once

#ifdef __APPLE__

#include "whydenied/facts.h"

#include <string>

namespace wd::macos_probe {

// st_flags, com.apple.rootless, com.apple.quarantine and the extended ACL of one node that
// lstat() could read. `id` is the identity whose access is checked (for ACL membership).
void readNodeExtras(Node& n, const Identity& id);

// Privacy (TCC), SIP and the sandbox as they apply to this process and the app responsible for it.
void readPolicy(Facts& f);

}  // namespace wd::macos_probe

#endif  // __APPLE__
