// SPDX-License-Identifier: GPL-3.0-or-later
#include "whydenied/errno_name.h"

#include <cerrno>

namespace wd {

std::string errnoName(int err) {
    switch (err) {
    case 0: return "";
    case EPERM: return "EPERM";
    case ENOENT: return "ENOENT";
    case EIO: return "EIO";
    case EBADF: return "EBADF";
    case EAGAIN: return "EAGAIN";
    case EACCES: return "EACCES";
    case EBUSY: return "EBUSY";
    case EEXIST: return "EEXIST";
    case EXDEV: return "EXDEV";
    case ENODEV: return "ENODEV";
    case ENOTDIR: return "ENOTDIR";
    case EISDIR: return "EISDIR";
    case EINVAL: return "EINVAL";
    case ETXTBSY: return "ETXTBSY";
    case ENOSPC: return "ENOSPC";
    case EROFS: return "EROFS";
    case ENAMETOOLONG: return "ENAMETOOLONG";
    case ELOOP: return "ELOOP";
    case ENXIO: return "ENXIO";
    case EOPNOTSUPP: return "EOPNOTSUPP";
    case ETIMEDOUT: return "ETIMEDOUT";
#ifdef ESTALE  // not in the mingw C runtime
    case ESTALE: return "ESTALE";
#endif
    case ECONNREFUSED: return "ECONNREFUSED";
#ifdef EDQUOT  // not in the mingw C runtime
    case EDQUOT: return "EDQUOT";
#endif
    default: return "E" + std::to_string(err);
    }
}

}  // namespace wd
