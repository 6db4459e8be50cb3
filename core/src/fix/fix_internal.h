// Pieces of the fix engine shared between its files and whydenied-helper's tests; not public API.
#pragma once

#include "whydenied/fix.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wd::fix {

struct ModeChange {
    bool absolute = false;
    uint32_t value = 0;          // absolute mode
    uint32_t set = 0, clear = 0; // relative change
    uint32_t applyTo(uint32_t mode) const;
};
// "u+w", "g+w", "u+wx", "u-w", "600". Refuses anything that would add write for others.
std::optional<ModeChange> parseModeSpec(const std::string& spec);

struct AclChange {
    bool mask = false;  // "m::rwx": the mask; else a user entry
    std::string user;   // name or numeric uid
    unsigned perms = 0; // Perm bits
};
std::optional<AclChange> parseAclSpec(const std::string& spec);

// The equivalent command of an action, as the rules display it (the helper rebuilds it for its
// journal entries from the validated request rather than trusting display text from the caller).
std::vector<std::string> displayArgv(FixAction action, const std::string& arg, const std::string& path,
                                     const std::string& user);
std::vector<std::string> displayUndoArgv(const JournalEntry& e, const std::string& user);
std::string joinCommand(const std::vector<std::string>& argv, Privilege p);

// Now, as ISO 8601 UTC ("2026-11-23T04:01:02Z"), for journal entries.
std::string isoNow();

// The helper's side of a privileged fix (Linux). Defined in linux_apply.cpp.
LowResult joinGroupLow(const std::string& group, uint32_t uid);
LowResult leaveGroupLow(const std::string& group, uint32_t uid);

}  // namespace wd::fix
