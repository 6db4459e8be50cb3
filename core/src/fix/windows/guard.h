// SPDX-License-Identifier: GPL-3.0-or-later
// What the elevated Windows helper may touch, decided from an open handle rather than from the text
// of a path: where the file really is (GetFinalPathNameByHandleW resolves 8.3 names, junctions and
// links in parent folders), whether it is itself a link, and who owns it. Also the check that the
// helper sits in a folder only administrators can change, without which the front ends never
// start it elevated.
#pragma once

#include <windows.h>

#include <string>
#include <vector>

namespace wd::winguard {

// The SID ("S-1-5-21-…") of this process's user.
std::string processUserSid();

// Where an open file really is: C:\… or \\server\share\…; empty when Windows cannot say (for
// example a volume without a drive letter).
std::wstring finalPath(HANDLE h);

// A reparse point other than a cloud file (OneDrive placeholders carry IO_REPARSE_TAG_CLOUD_*):
// junctions, symbolic links, mount points. Recognised by the tag, not by the offline bit, which
// anyone may set.
bool isLinkTag(DWORD attributes, DWORD reparseTag);
bool isLink(HANDLE h);

// The places the helper refuses, each as a final path (C:\…).
struct Places {
    std::vector<std::pair<std::wstring, std::string>> system;  // path, name for the message
    std::wstring profiles;                                      // C:\Users
    std::wstring mine;                                          // the requester's profile
    std::vector<std::wstring> others;                           // every other person's profile
};
// Read from the known folders and the profile list, each resolved to its final path.
Places placesFor(const std::string& requesterSid);
// Empty when `finalPath` may be changed for the requester; else why not (one sentence).
std::string placeRefusal(const std::wstring& finalPath, const Places& places);
// Empty when a file owned by `ownerSid` may be changed for `requesterSid`: not when it belongs to
// another person's account (a local, domain or Entra ID user SID).
std::string ownerRefusal(const std::string& ownerSid, const std::string& requesterSid);
// The owner of the file behind `h` as a SID string; empty when it cannot be read.
std::string ownerSid(HANDLE h);
// Both, for the file behind `h`: its final path, that it is no link, and its owner.
std::string judge(HANDLE h, const std::string& requesterSid);

// True for SYSTEM, Administrators and TrustedInstaller.
bool isAdministratorSid(const std::string& sid);

// What a path is to the helper program, for the install-folder check.
enum class Role { Program, Folder, Ancestor };
// True when only administrators may change an object with this security descriptor ("O:…D:…") in
// a way that matters for its role: replace or write the program, add files to its folder (DLLs it
// would load), rename or delete anything on the way to it, or change a DACL or owner.
bool onlyAdministratorsMayChange(const std::string& sddl, Role role);
// The program, its folder and every folder above it pass onlyAdministratorsMayChange.
bool installedForAllUsers(const std::wstring& program, std::string* why = nullptr);

}  // namespace wd::winguard
