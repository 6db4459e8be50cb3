// SPDX-License-Identifier: GPL-3.0-or-later
// Who the Windows helper works for, and where its answer goes. The UAC prompt starts the helper
// as the child of the program that asked (ShellExecuteExW passes it as the parent), whichever
// administrator answered the prompt: that parent's token is the requester's.
#pragma once

#include <windows.h>

#include <string>

namespace wd::helper_win {

// Empty when `requesterSid` is the account of the process that started this one, in the same
// logon session; else why the request is refused (one sentence).
std::string checkRequester(const std::string& requesterSid);

// Opens \\.\pipe\NAME for writing the answer, only when NAME is one the caller makes
// ("whydenied-" and letters, digits, dashes) and the pipe belongs to the process that started
// this one. INVALID_HANDLE_VALUE otherwise.
HANDLE openAnswerPipe(const std::string& name);

}  // namespace wd::helper_win
