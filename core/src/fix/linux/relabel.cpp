// SPDX-License-Identifier: GPL-3.0-or-later
// SELinux relabelling for the fix engine and whydenied-helper: what `restorecon -v` does to one
// node, on a descriptor reached without symlinks. The label always comes from the policy's file
// contexts (selabel_lookup_raw for the path and mode), never from a request.
#include "fix/common/fix_internal.h"

#include "fix/posix/node.h"
#include "platform/linux/fd.h"

#include <cerrno>
#include <sys/stat.h>
#include <sys/xattr.h>

#ifdef WD_HAVE_LIBSELINUX
#include <selinux/context.h>
#include <selinux/label.h>
#include <selinux/selinux.h>
#endif

namespace wd::fix {

namespace {

using sys::procPath;

std::string& fileContextsOverride() {
    static std::string path;
    return path;
}

}  // namespace

void useFileContexts(const std::string& file) { fileContextsOverride() = file; }

std::string labelOf(int fd) {
    // The magic link names exactly the inode behind the O_PATH descriptor; getxattr follows it there.
    char buf[4096];
    const ssize_t n = getxattr(procPath(fd).c_str(), "security.selinux", buf, sizeof buf - 1);
    if (n <= 0) return {};
    return std::string(buf, static_cast<size_t>(n) - (buf[n - 1] == '\0' ? 1 : 0));
}

bool setLabel(int fd, const std::string& label, std::string& error) {
    if (label.empty() || label.find('\0') != std::string::npos) {
        error = "no label to set";
        return false;
    }
    // With the terminating NUL, as libselinux writes it; the kernel checks the context is valid.
    if (setxattr(procPath(fd).c_str(), "security.selinux", label.c_str(), label.size() + 1, 0) == 0) return true;
    error = posix::errText("cannot set the SELinux label", errno);
    return false;
}

std::optional<Relabelling> plannedRelabel(int fd, const std::string& path, std::string& why) {
#ifndef WD_HAVE_LIBSELINUX
    (void)fd;
    why = "this build of WhyDenied has no libselinux, so it cannot tell which label the policy gives " + path +
          "; an administrator can run: restorecon -v -- " + path;
    return std::nullopt;
#else
    struct stat st{};
    if (fstat(fd, &st) != 0 || !(S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))) {
        why = "only files and folders are relabelled";
        return std::nullopt;
    }
    Relabelling r;
    r.from = labelOf(fd);
    if (r.from.empty()) {
        why = path + " has no SELinux label that could be read, so it could not be put back; nothing was changed";
        return std::nullopt;
    }
    const std::string& contexts = fileContextsOverride();
    selinux_opt opts[] = {{SELABEL_OPT_PATH, contexts.c_str()}};
    selabel_handle* h = selabel_open(SELABEL_CTX_FILE, contexts.empty() ? nullptr : opts, contexts.empty() ? 0 : 1);
    if (!h) {
        why = posix::errText("the policy's file contexts could not be read (is an SELinux policy installed?)", errno) +
              "; nothing was changed";
        return std::nullopt;
    }
    char* def = nullptr;
    const int rc = selabel_lookup_raw(h, &def, path.c_str(), static_cast<int>(st.st_mode));
    const int lookupErrno = errno;
    selabel_close(h);
    if (rc != 0 || !def) {
        why = lookupErrno == ENOENT ? "the policy gives " + path + " no label; nothing was changed"
                                    : posix::errText("the policy's label for " + path + " could not be looked up", lookupErrno);
        return std::nullopt;
    }
    const std::string wanted = def;
    freecon(def);
    // restorecon without -F changes the type alone and keeps the user, role and range the file has.
    context_t now = context_new(r.from.c_str());
    context_t policy = context_new(wanted.c_str());
    const char* type = policy ? context_type_get(policy) : nullptr;
    if (now && type && context_type_set(now, type) == 0)
        if (const char* s = context_str(now)) r.to = s;
    if (now) context_free(now);
    if (policy) context_free(policy);
    if (r.to.empty()) {
        why = "the label " + r.from + " or the policy's " + wanted + " is not an SELinux context; nothing was changed";
        return std::nullopt;
    }
    if (r.to == r.from) {
        why = path + " already has the type the policy gives it (" + r.from + "); nothing to change";
        return std::nullopt;
    }
    // restorecon leaves customizable types (httpd_user_content_t …) alone unless told -F.
    if (is_context_customizable(r.from.c_str()) == 1) {
        why = path + " has a customizable type (" + r.from + "), which restorecon -v keeps; an administrator decides "
              "(restorecon -F); nothing was changed";
        return std::nullopt;
    }
    return r;
#endif
}

}  // namespace wd::fix
