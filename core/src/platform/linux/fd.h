// SPDX-License-Identifier: GPL-3.0-or-later
// Linux descriptors: the owner (platform/posix/fd.h), the device encoding every Linux part shares
// and the /proc path that reaches an open descriptor without resolving a name again.
#pragma once

#include "platform/posix/fd.h"

#include <sys/stat.h>

#include <cstdint>
#include <string>

namespace wd::sys {

// Node::dev, journal entries, audit records and the helper compare devices as (major << 32) | minor:
// a stable number that statx, /proc/locks and /proc/PID/maps all give as major and minor.
constexpr uint64_t devOf(uint32_t major, uint32_t minor) { return (static_cast<uint64_t>(major) << 32) | minor; }
inline uint64_t devOf(const struct statx& sx) { return devOf(sx.stx_dev_major, sx.stx_dev_minor); }

// "/proc/self/fd/N": the magic link names the open object itself, for calls that take no descriptor.
inline std::string procPath(int fd) { return "/proc/self/fd/" + std::to_string(fd); }

}  // namespace wd::sys
