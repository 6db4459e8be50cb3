// SPDX-License-Identifier: GPL-3.0-or-later
// POSIX ACL entries as facts: libacl's entries turned into AclEntry records. Shared by the probe
// and the folder audit, which read ACLs differently but must see them the same way.
#pragma once

#include "whydenied/facts.h"

#include <sys/acl.h>
#include <vector>

namespace wd::linux_probe {

// Every entry of `acl`, in libacl's order. `withNames`: resolve user and group names (the account
// database costs time; the audit of a large tree skips it).
std::vector<AclEntry> aclEntries(acl_t acl, bool withNames);

}  // namespace wd::linux_probe
