// SPDX-License-Identifier: GPL-3.0-or-later
// Whose access is checked: the caller (default), another user, a running process or a service.
// "Why can't www-data read this?" is half of all permission questions.
#pragma once

#include "whydenied/message.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wd {

struct Identity;
struct Facts;
struct Node;

// One line of /proc/PID/uid_map: `inside` .. inside+count-1 map to `outside` .. outside+count-1.
struct IdMapRange {
    uint32_t inside = 0, outside = 0, count = 0;
};
// Maps a host id into the namespace; nullopt when it is not mapped (it shows as the overflow id).
std::optional<uint32_t> mapToInside(const std::vector<IdMapRange>& map, uint32_t outside);
bool isIdentityMap(const std::vector<IdMapRange>& map);
std::vector<IdMapRange> parseIdMap(std::string_view text);

struct Subject {
    enum class Kind { Me, User, Process, Service };
    Kind kind = Kind::Me;
    std::string spec;         // as given: "www-data", "uid:33", "pid:1234", "service:nginx"
    std::string name;         // the user name, the program name, the service name
    uint32_t uid = 0;         // for a user given as uid:N (resolved ids are in Identity)
    int pid = -1;             // the process (also a service's main process when it runs)
    std::string description;  // "www-data (uid 33)", "process 1234 nginx (uid 33)"
    // A process may live in other namespaces: its own mount table and root, its own user ids.
    bool otherMountNamespace = false;
    std::string root;  // the process's root directory when it is not "/"
    bool otherUserNamespace = false;
    std::vector<IdMapRange> uidMap, gidMap;
    std::vector<Message> notes;  // what could not be learnt about it

    bool isMe() const { return kind == Kind::Me; }
};

// Reads "www-data", "uid:33", "pid:1234", "service:nginx" (or "me" / empty). Syntax only; nullopt
// with `error` set when it does not parse.
std::optional<Subject> parseSubject(std::string_view spec, Message* error);

// A systemd unit's identity from `systemctl show -p User -p Group -p SupplementaryGroups
// -p DynamicUser -p MainPID` output ("Key=value" lines).
struct ServiceIdentity {
    std::string user, group;
    std::vector<std::string> supplementaryGroups;
    bool dynamicUser = false;
    int mainPid = 0;
    bool loaded = false;  // the unit exists
};
ServiceIdentity parseSystemctlShow(std::string_view text);

// Resolves the subject to the identity the kernel would check (platform code: the account database,
// /proc/PID/status, systemctl). Returns false with `error` when it cannot.
bool resolveSubject(Subject& s, Identity& out, Message* error);

// Whether the verdict came from the kernel (we are, or may switch to, the subject) or had to be
// computed from the facts.
enum class VerdictSource { Kernel, Computed };
std::string_view toString(VerdictSource s);

// generic_permission() in fs/namei.c for `id`: the mode bits (or the ACL), then CAP_DAC_OVERRIDE and
// CAP_DAC_READ_SEARCH. A process in a child user namespace (s.otherUserNamespace) holds capabilities
// only over files whose owner and group are mapped into it (capable_wrt_inode_uidgid); capableOver
// applies that rule to any capability (CAP_FOWNER for the sticky rule, say).
bool kernelPermits(const Identity& id, const Subject& s, const Node& n, unsigned want);
bool capableOver(const Identity& id, const Subject& s, const Node& n, int cap);

// The kernel's rules (owner/group/other, POSIX ACL with mask, capabilities, attributes, mount
// flags, the sticky rule) evaluated over the facts for facts.identity, as a stand-in for asking the
// kernel. Sets facts.verdict, facts.checks and facts.firstUntraversable. A component that could not
// be inspected makes the verdict unknown (verdict.asked == false), never "allowed".
void computeVerdict(Facts& facts);

}  // namespace wd
