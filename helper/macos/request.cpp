// SPDX-License-Identifier: GPL-3.0-or-later
#ifdef __APPLE__

#include "macos/request.h"

#include "fix/common/fix_internal.h"
#include "whydenied/fix.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>

namespace wd::helper_mac {

namespace {

uint32_t gCaller = 0;
std::string gJournalDir;

std::string failure(const std::string& what) { return what + ": " + std::strerror(errno); }

// The private folder: opened without following its last component (TMPDIR itself lies below the
// /var symlink on macOS, so the folders above it are resolved normally), a folder, 0700, the uid's.
int openFolder(const std::string& dir, std::string& error, struct stat& st) {
    const int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        error = failure("cannot open the request folder " + dir);
        return -1;
    }
    if (fstat(fd, &st) != 0 || !S_ISDIR(st.st_mode) || (st.st_mode & 077) != 0 || st.st_uid == 0) {
        error = "the request folder " + dir + " is not a private folder of the caller";
        close(fd);
        return -1;
    }
    return fd;
}

std::string readRequestFile(int dir, uid_t owner, std::string& error) {
    const int fd = openat(dir, "request", O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    struct stat st{};
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != owner || st.st_nlink != 1 ||
        st.st_size > (1 << 20)) {
        error = "the request file is missing or not the caller's own";
        if (fd >= 0) close(fd);
        return {};
    }
    std::string text;
    char buf[8192];
    for (ssize_t n; (n = read(fd, buf, sizeof buf)) != 0;) {
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) break;
        text.append(buf, static_cast<size_t>(n));
    }
    close(fd);
    return text;
}

// A new file, never an existing name, handed to the caller; it becomes stdout.
bool resultToStdout(int dir, uid_t owner, std::string& error) {
    const int fd = openat(dir, "result", O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        error = failure("cannot create the result file");
        return false;
    }
    const passwd* pw = getpwuid(owner);
    const bool ok = fchown(fd, owner, pw ? pw->pw_gid : static_cast<gid_t>(-1)) == 0 && dup2(fd, STDOUT_FILENO) >= 0;
    if (!ok) error = failure("cannot hand the result file over");
    close(fd);
    return ok;
}

}  // namespace

uint32_t callerUid() { return gCaller; }
const std::string& journalDir() { return gJournalDir; }

Request readRequest(int argc, char** argv) {
    Request r;
    if (argc != 5 || std::strcmp(argv[1], "--request-file") != 0 || std::strcmp(argv[3], "--result-file") != 0) {
        r.error = "usage: whydenied-helper --request-file DIR/request --result-file DIR/result";
        return r;
    }
    const std::string request = argv[2], result = argv[4];
    const auto slash = request.find_last_of('/');
    const std::string dir = slash == std::string::npos ? std::string() : request.substr(0, slash);
    if (!isNormalAbsolute(request) || dir.empty() || request != dir + "/request" || result != dir + "/result") {
        r.error = "the request and result files must be DIR/request and DIR/result of one absolute folder";
        return r;
    }
    struct stat folder{};
    const int dfd = openFolder(dir, r.error, folder);
    if (dfd < 0) return r;
    const std::string text = readRequestFile(dfd, folder.st_uid, r.error);
    const auto fields = r.error.empty() ? fix::decodeRequest(text) : std::nullopt;
    if (r.error.empty() && (!fields || fields->size() < 3)) r.error = "the request file is not a request";
    if (!r.error.empty()) {
        close(dfd);
        return r;
    }
    // The uid written in the request must be the one that owns the folder and the file.
    const std::string& uid = (*fields)[0];
    if (uid.empty() || uid.size() > 10 || uid.find_first_not_of("0123456789") != std::string::npos ||
        std::stoull(uid) != folder.st_uid) {
        r.error = "the request names another caller than the owner of its folder";
    } else if (!(*fields)[1].empty() && !isNormalAbsolute((*fields)[1])) {
        r.error = "the journal folder must be absolute and normalised";
    }
    if (r.error.empty()) resultToStdout(dfd, folder.st_uid, r.error);
    close(dfd);
    if (!r.error.empty()) return r;
    r.callerUid = gCaller = static_cast<uint32_t>(folder.st_uid);
    r.journalDir = gJournalDir = (*fields)[1];
    r.args.push_back(argv[0]);
    r.args.insert(r.args.end(), fields->begin() + 2, fields->end());
    for (auto& a : r.args) r.argv.push_back(a.data());
    r.argv.push_back(nullptr);
    return r;
}

}  // namespace wd::helper_mac

#endif  // __APPLE__
