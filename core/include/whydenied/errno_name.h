// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>

namespace wd {
// "EACCES" for 13 etc.; "E<n>" for numbers without a name here.
std::string errnoName(int err);
}  // namespace wd
