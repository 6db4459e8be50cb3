// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "whydenied/facts.h"

namespace wd::posix {
// The calling process's credentials, its groups and those the account database lists.
Identity currentIdentity();
std::string userName(uint32_t uid);   // "" when unknown
std::string groupName(uint32_t gid);  // "" when unknown
}  // namespace wd::posix
