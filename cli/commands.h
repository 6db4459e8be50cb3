// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "args.h"

#include <string>

namespace wd::cli {
// Exit codes (design.md §4): 0 allowed, 1 denied, 2 bad usage or input.
enum Exit { ExitAllowed = 0, ExitDenied = 1, ExitUsage = 2 };

int runDiagnose(const Args& a);
int runParse(const Args& a);
int runExplain(const Args& a);
int runHolders(const Args& a);  // holders_command.cpp
int runFix(const Args& a);   // fix_command.cpp
int runUndo(const Args& a);  // fix_command.cpp
int runAudit(const Args& a);  // audit_command.cpp
int runBulkUndo(const Args& a);  // audit_command.cpp: undo of a bulk fix batch
void printHelp();

// Shared by the commands: an error line on stderr, and a yes/no question on the terminal (false
// for anything but yes, and when there is no terminal: nothing changes without a person's yes).
void complain(const std::string& msg);
bool confirm(const std::string& question);
// Exactly one positional argument; otherwise `usage` is said and the command ends with ExitUsage.
bool onePositional(const Args& a, const std::string& usage);
// --audit-log FILE read into `out`, --at TIME into `at` (seconds since the epoch); false, with the
// reason said, for a file that cannot be read or a time that is none.
bool readAuditLog(const Args& a, std::string& out);
bool parseAt(const Args& a, double& at);
}  // namespace wd::cli
