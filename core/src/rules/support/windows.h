// SPDX-License-Identifier: GPL-3.0-or-later
// Windows access rules in portable C++: the rights an operation needs and how a DACL decides them,
// so rules can reason over Windows facts (and be tested with synthetic facts) on any OS.
#pragma once

#include "whydenied/facts.h"
#include "whydenied/finding.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wd::win {

// ACCESS_MASK bits for files and folders (winnt.h values; Linux has no winnt.h).
enum : uint32_t {
    kReadData = 0x1,          // FILE_READ_DATA / FILE_LIST_DIRECTORY
    kWriteData = 0x2,         // FILE_WRITE_DATA / FILE_ADD_FILE
    kAppendData = 0x4,        // FILE_APPEND_DATA / FILE_ADD_SUBDIRECTORY
    kExecute = 0x20,          // FILE_EXECUTE / FILE_TRAVERSE
    kDeleteChild = 0x40,      // FILE_DELETE_CHILD
    kWriteAttributes = 0x100,
    kDelete = 0x10000,
    kReadControl = 0x20000,
    kWriteDac = 0x40000,
    kWriteOwner = 0x80000,
    kFileAllAccess = 0x1F01FF,
    kModify = 0x1301BF,       // icacls (M)
};

// FILE_ATTRIBUTE_* values.
enum : uint32_t {
    kAttrReadOnly = 0x1, kAttrHidden = 0x2, kAttrSystem = 0x4, kAttrDirectory = 0x10,
    kAttrReparsePoint = 0x400, kAttrOffline = 0x1000, kAttrRecallOnOpen = 0x40000,
    kAttrPinned = 0x80000, kAttrUnpinned = 0x100000, kAttrRecallOnDataAccess = 0x400000,
};

// Win32 errors the rules look at.
enum : uint32_t {
    kErrorAccessDenied = 5, kErrorSharingViolation = 32, kErrorLockViolation = 33,
    kErrorCloudFirst = 358, kErrorCloudLast = 405,  // ERROR_CLOUD_FILE_* (not synced, provider not running …)
};

inline constexpr const char* kAdministratorsSid = "S-1-5-32-544";

// The rights the operation needs on the node that decides it (decidingNode in rules/support/common.h:
// the folder for create, the object otherwise; delete/rename need DELETE on the object).
uint32_t wantedRights(Operation op, bool isDir);
std::string rightsWords(uint32_t mask);  // "write data, append data"
std::string attributeWords(const WinNodeFacts& w);  // "read-only, hidden"

// How the DACL of one node decides for the token (the order AccessCheck uses: entries in order,
// a matching deny entry for a right not yet granted denies it).
struct AclDecision {
    bool known = false;             // the DACL was read
    uint32_t granted = 0;           // rights granted so far when the decision fell
    const WinAce* denyAce = nullptr;  // the deny entry that removed a wanted right
    bool anyAllowForYou = false;    // some allow entry matches you at all
    const WinAce* adminAllow = nullptr;  // an allow entry for a deny-only (filtered) group that holds the rights
    bool grants(uint32_t want) const { return !denyAce && (granted & want) == want; }
};
AclDecision decideAcl(const Identity& id, const Node& n, uint32_t want);

bool deniedWith(const Facts& f, uint32_t winError);
bool isCloudError(uint32_t winError);
std::string account(const Facts& f);      // DOMAIN\user of the token (or the SID)
std::string ownerOf(const Node& n);       // owner name or SID

// Fixes as Windows commands (quoted for cmd.exe; also valid in PowerShell for ordinary names).
FixProposal fixClearReadOnly(const Node& n);
FixProposal fixGrantModify(const Facts& f, const Node& n);
FixProposal fixRemoveDeny(const Node& n, const WinAce& ace);
FixProposal fixTakeOwnership(const Node& n);
FixProposal fixCopyToProfile(const Facts& f, const Node& n);

// A command for an administrator to run (no button runs it); PROGRAM stands for the program denied.
FixProposal advisoryFix(const char* id, Message title, Message change, std::vector<std::string> argv);

void addNodeEvidence(Finding& out, const Facts& f, const Node& n);

}  // namespace wd::win

namespace wd::win {
// What the Windows branches of several causes share (acl-denies, owned-by-another-user, mac-policy …).

// The node whose DACL decides: the folder for create, the object otherwise.
int decidingIndex(const Facts& f);

// A finding that points at chain[idx] (or at nothing when idx < 0) with that node's evidence.
Finding windowsFinding(const char* cause, double confidence, Message title, Message explanation, const Facts& f,
                       int idx);

// Denied, the DACL of the deciding node decides against you, and no other Windows cause is closer.
struct AclDenial {
    const Node* node = nullptr;
    int index = -1;
    uint32_t want = 0;
    AclDecision acl;
};
std::optional<AclDenial> aclDenial(const Facts& f);
}  // namespace wd::win
