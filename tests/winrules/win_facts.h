// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-written Windows facts, as the Windows probe reports them: C:\Users\ana\report.txt, the token of
// PC\ana (a standard user) and the DACLs of the chain. Portable: no Windows API is needed.
#pragma once

#include "whydenied/facts.h"

#include <cerrno>
#include <cstdint>
#include <string>

namespace wintest {

constexpr const char* kAna = "S-1-5-21-100-200-300-1001";
constexpr const char* kBob = "S-1-5-21-100-200-300-1002";
constexpr const char* kAdmins = "S-1-5-32-544";
constexpr const char* kUsers = "S-1-5-32-545";
constexpr const char* kEveryone = "S-1-1-0";
constexpr uint32_t kFull = 0x1F01FF, kModify = 0x1301BF, kReadExec = 0x1200A9, kWriteData = 0x2;

inline wd::WinAce ace(bool allow, const char* sid, const char* name, uint32_t mask) {
    wd::WinAce a;
    a.allow = allow;
    a.sid = sid;
    a.name = name;
    a.mask = mask;
    return a;
}

inline wd::Node winNode(const std::string& path, const std::string& name, wd::NodeType type) {
    wd::Node n;
    n.path = path;
    n.name = name;
    n.type = type;
    n.owner = "PC\\ana";
    n.win.known = true;
    n.win.ownerSid = kAna;
    n.win.daclKnown = true;
    n.win.dacl = {ace(true, kAna, "PC\\ana", kFull), ace(true, kAdmins, "BUILTIN\\Administrators", kFull),
                  ace(true, kUsers, "BUILTIN\\Users", kReadExec)};
    return n;
}

// C:\Users\ana\report.txt (or a folder), denied with `winError` for `op`.
inline wd::Facts winFacts(wd::Operation op, uint32_t winError, int err, wd::NodeType type = wd::NodeType::Regular) {
    wd::Facts f;
    f.platform = wd::Platform::Windows;
    f.op = op;
    f.input = f.absolute = "C:\\Users\\ana\\report.txt";
    wd::WinIdentity& w = f.identity.win;
    w.known = true;
    w.userSid = kAna;
    w.userName = "PC\\ana";
    w.groups = {{kEveryone, "Everyone", true, false}, {kUsers, "BUILTIN\\Users", true, false},
                {"S-1-5-11", "NT AUTHORITY\\Authenticated Users", true, false}};
    w.elevationType = 1;
    w.integrity = "Medium";
    f.identity.userName = "ana";
    f.identity.home = "C:\\Users\\ana";
    f.chain = {winNode("C:\\", "C:\\", wd::NodeType::Directory), winNode("C:\\Users", "Users", wd::NodeType::Directory),
               winNode("C:\\Users\\ana", "ana", wd::NodeType::Directory),
               winNode("C:\\Users\\ana\\report.txt", "report.txt", type)};
    f.target = 3;
    f.parent = 2;
    f.verdict.asked = true;
    f.verdict.err = err;
    f.verdict.winError = winError;
    f.verdict.what = "CreateFileW on C:\\Users\\ana\\report.txt";
    f.verdict.errName = winError == 5 ? "ERROR_ACCESS_DENIED" : winError == 32 ? "ERROR_SHARING_VIOLATION"
                        : winError == 33                       ? "ERROR_LOCK_VIOLATION"
                                                               : "ERROR_" + std::to_string(winError);
    f.lsm.controlledFolderAccess = 0;
    return f;
}

inline wd::Facts accessDenied(wd::Operation op, wd::NodeType type = wd::NodeType::Regular) { return winFacts(op, 5, EACCES, type); }
inline wd::Node& target(wd::Facts& f) { return f.chain[3]; }

}  // namespace wintest
