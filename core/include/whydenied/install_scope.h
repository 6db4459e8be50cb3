// SPDX-License-Identifier: GPL-3.0-or-later
// How this copy of WhyDenied was installed, which decides whether it may start its helper elevated.
//
// Windows: an elevated helper must come from a folder only administrators can change, or anyone
// who can write to the folder could swap the helper and have the next UAC prompt run their
// program. So the test is where the running program is, not what an installer wrote (a marker in
// a per-user folder could be written by the user too): under Program Files it is an all-users
// install; anywhere else (the default per-user install in %LOCALAPPDATA%\Programs, the portable
// .zip, a build tree) privileged fixes are shown as commands to run in an administrator terminal.
// Other systems: the package manager installs the helper and pkexec or the administrator prompt
// checks it, so every install may use it.
#pragma once

#include <string>

namespace wd {

enum class InstallScope { AllUsers, PerUser };

InstallScope installScope();

// The rule itself, for tests: `program` lies inside `folder` (Windows paths: case-insensitive,
// either slash, a whole component: C:\Program Files does not contain C:\Program Files Evil\x).
bool insideWindowsFolder(const std::string& program, const std::string& folder);

}  // namespace wd
