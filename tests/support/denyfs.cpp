// SPDX-License-Identifier: GPL-3.0-or-later
// denyfs: a tiny FUSE filesystem whose server, not the permission bits, decides. It shows one
// file, shared.txt, with mode 0666, and refuses every write with EACCES, as an NFS server with
// root squash or an SMB share mounted with read-only credentials does. Mounted without
// default_permissions, so the kernel asks the server (FUSE_ACCESS, FUSE_OPEN) instead of the bits.
#define FUSE_USE_VERSION 31
#include <fuse3/fuse.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr const char kName[] = "/shared.txt";
constexpr const char kBody[] = "the server decides\n";

int doGetattr(const char* path, struct stat* st, fuse_file_info*) {
    std::memset(st, 0, sizeof *st);
    st->st_uid = getuid();
    st->st_gid = getgid();
    if (std::strcmp(path, "/") == 0) {
        st->st_mode = S_IFDIR | 0777;
        st->st_nlink = 2;
        return 0;
    }
    if (std::strcmp(path, kName) != 0) return -ENOENT;
    st->st_mode = S_IFREG | 0666;
    st->st_nlink = 1;
    st->st_size = sizeof kBody - 1;
    return 0;
}

int doAccess(const char* path, int mask) {
    if (std::strcmp(path, "/") != 0 && std::strcmp(path, kName) != 0) return -ENOENT;
    return (mask & W_OK) && std::strcmp(path, kName) == 0 ? -EACCES : 0;
}

int doOpen(const char* path, fuse_file_info* fi) {
    if (std::strcmp(path, kName) != 0) return -ENOENT;
    return (fi->flags & O_ACCMODE) != O_RDONLY ? -EACCES : 0;
}

int doRead(const char*, char* buf, size_t size, off_t off, fuse_file_info*) {
    const size_t len = sizeof kBody - 1;
    if (static_cast<size_t>(off) >= len) return 0;
    const size_t n = std::min(size, len - static_cast<size_t>(off));
    std::memcpy(buf, kBody + off, n);
    return static_cast<int>(n);
}

int doReaddir(const char*, void* buf, fuse_fill_dir_t fill, off_t, fuse_file_info*, fuse_readdir_flags) {
    fill(buf, ".", nullptr, 0, fuse_fill_dir_flags{});
    fill(buf, "..", nullptr, 0, fuse_fill_dir_flags{});
    fill(buf, kName + 1, nullptr, 0, fuse_fill_dir_flags{});
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    fuse_operations ops{};
    ops.getattr = doGetattr;
    ops.access = doAccess;
    ops.open = doOpen;
    ops.read = doRead;
    ops.readdir = doReaddir;
    return fuse_main(argc, argv, &ops, nullptr);
}
