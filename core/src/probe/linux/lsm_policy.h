// SPDX-License-Identifier: GPL-3.0-or-later
// Asking the security policy itself (libselinux, libapparmor) where the module is active and the
// library was there at build time. Its answer is evidence, never a verdict of "allowed".
#pragma once

#include "whydenied/facts.h"

namespace wd::linux_probe {

// Fills f.modules.defaultFileLabel, policyQuery and policyAllows; "not asked: …" says why not.
void askSecurityPolicy(Facts& f);

}  // namespace wd::linux_probe
