// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "whydenied/facts.h"

#include <string>
#include <vector>

namespace wd::linux_probe {

struct MountEntry {
    int id = -1, parentId = -1;
    MountFacts facts;
};

// Parses /proc/self/mountinfo text (proc(5)); octal escapes such as \040 are decoded.
std::vector<MountEntry> parseMountInfo(const std::string& text);
std::vector<MountEntry> readMountInfo();

// The mount holding `path` by longest mount-point prefix (a fallback when statx gives no mount id).
const MountEntry* mountForPath(const std::vector<MountEntry>& mounts, const std::string& path);

}  // namespace wd::linux_probe
