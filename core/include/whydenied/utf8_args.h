// SPDX-License-Identifier: GPL-3.0-or-later
// Command-line arguments and console output in UTF-8 on every platform. Windows hands main() its
// arguments in the ANSI code page, which turns most non-English file names into '?'.
#pragma once

#include <string>
#include <vector>

namespace wd {

std::vector<std::string> utf8Arguments(int argc, char** argv);  // Windows: from GetCommandLineW
void useUtf8Console();  // Windows: the console shows UTF-8 output as text; elsewhere nothing to do

}  // namespace wd
