// SPDX-License-Identifier: GPL-3.0-or-later
// The one owner of a file descriptor, for Linux and macOS code alike: closed when it goes out of
// scope, so an early return cannot leak one. The Linux-only parts (the device encoding, the
// /proc/self/fd path) are in platform/linux/fd.h.
#pragma once

#include <unistd.h>

#include <utility>

namespace wd::sys {

class Fd {
public:
    explicit Fd(int fd = -1) noexcept : fd_(fd) {}
    ~Fd() { reset(); }
    Fd(Fd&& o) noexcept : fd_(o.release()) {}
    Fd& operator=(Fd&& o) noexcept {
        if (this != &o) reset(o.release());
        return *this;
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;

    int get() const noexcept { return fd_; }
    bool ok() const noexcept { return fd_ >= 0; }
    // Gives the descriptor up without closing it.
    int release() noexcept { return std::exchange(fd_, -1); }
    // Closes the one held (if any) and holds `fd` instead.
    void reset(int fd = -1) noexcept {
        if (fd_ >= 0) ::close(fd_);
        fd_ = fd;
    }
    // Closes now and says whether close() succeeded: after a write, a late I/O error (NFS, a full
    // disk) can show up only here. errno is close()'s.
    bool close() noexcept {
        const int fd = release();
        return fd < 0 || ::close(fd) == 0;
    }

private:
    int fd_;
};

}  // namespace wd::sys
