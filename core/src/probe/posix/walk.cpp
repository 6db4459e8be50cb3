// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/posix/walk.h"

#include "platform/posix/fd.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace wd::posix {

NodeType typeOf(mode_t m) {
    if (S_ISREG(m)) return NodeType::Regular;
    if (S_ISDIR(m)) return NodeType::Directory;
    if (S_ISLNK(m)) return NodeType::Symlink;
    if (S_ISFIFO(m)) return NodeType::Fifo;
    if (S_ISSOCK(m)) return NodeType::Socket;
    if (S_ISCHR(m)) return NodeType::CharDevice;
    if (S_ISBLK(m)) return NodeType::BlockDevice;
    return NodeType::Unknown;
}

std::string joinPath(const std::string& dir, const std::string& name) {
    if (dir.empty() || dir == "/") return "/" + name;
    return dir + "/" + name;
}

std::string parentOf(const std::string& path) {
    const auto pos = path.find_last_of('/');
    if (pos == std::string::npos || pos == 0) return "/";
    return path.substr(0, pos);
}

std::deque<std::string> splitComponents(const std::string& path) {
    std::deque<std::string> out;
    size_t i = 0;
    while (i < path.size()) {
        while (i < path.size() && path[i] == '/') ++i;
        size_t j = i;
        while (j < path.size() && path[j] != '/') ++j;
        if (j > i) out.emplace_back(path.substr(i, j - i));
        i = j;
    }
    return out;
}

void walkChain(Facts& f, const InspectFn& inspect, int maxSymlinks, const CancelToken* cancel,
               const ProgressFn& progress) {
    const bool followLast = f.op != Operation::Delete && f.op != Operation::Rename;

    Node root;
    root.path = "/";
    root.name = "/";
    inspect(root);
    f.chain.push_back(root);

    std::deque<std::string> todo = splitComponents(f.absolute);
    std::string current = "/";
    int links = 0, depth = 0;
    while (!todo.empty()) {
        if (cancel && cancel->cancelled()) return;
        std::string name = std::move(todo.front());
        todo.pop_front();
        if (name == ".") continue;
        if (name == "..") {
            current = parentOf(current);
            continue;
        }
        Node n;
        n.name = name;
        n.path = joinPath(current, name);
        n.linkDepth = depth;
        if (progress) progress(10 + static_cast<int>(std::min<size_t>(f.chain.size(), 40)), n.path);
        inspect(n);
        const bool last = todo.empty();
        const bool stop = !n.exists || n.statErrno != 0;
        f.chain.push_back(n);
        if (stop) {
            if (!n.exists && f.firstMissing < 0) f.firstMissing = static_cast<int>(f.chain.size() - 1);
            return;
        }
        if (n.type == NodeType::Symlink && (!last || followLast)) {
            if (++links > maxSymlinks) {
                f.symlinkLoop = true;
                return;
            }
            std::vector<char> buf(PATH_MAX + 1);
            const ssize_t len = readlink(n.path.c_str(), buf.data(), buf.size() - 1);
            if (len < 0) return;  // vanished meanwhile: the kernel check reports it
            std::string target(buf.data(), static_cast<size_t>(len));
            f.chain.back().linkTarget = target;
            auto parts = splitComponents(target);
            todo.insert(todo.begin(), parts.begin(), parts.end());
            ++depth;
            if (!target.empty() && target[0] == '/') {
                current = "/";
                Node r = f.chain.front();
                r.linkDepth = depth;
                f.chain.push_back(r);
            }
            continue;
        }
        current = n.path;
    }
}

std::string absolutePath(const DiagnoseRequest& req) {
    if (!req.path.empty() && req.path[0] == '/') return req.path;
    std::string cwd = req.cwd;
    if (cwd.empty()) {
        std::vector<char> buf(PATH_MAX);
        if (getcwd(buf.data(), buf.size())) cwd = buf.data();
    }
    return joinPath(cwd.empty() ? "/" : cwd, req.path);
}

Facts startFacts(Platform platform, const DiagnoseRequest& req) {
    Facts f;
    f.platform = platform;
    f.op = req.op;
    f.input = req.path;
    f.absolute = absolutePath(req);
    return f;
}

bool refuseTooLong(Facts& f) {
    if (f.absolute.size() < PATH_MAX) return false;
    f.tooLong = true;
    f.verdict = askedCheck(WD_TR("path length"), ENAMETOOLONG);
    return true;
}

void findFirstUntraversable(Facts& f, AccessFn access) {
    for (size_t i = 0; i < f.chain.size(); ++i) {
        const Node& n = f.chain[i];
        if (!n.isDir() || static_cast<int>(i) == f.target || !n.exists || n.statErrno) continue;
        if (access(n.path, X_OK) == EACCES) {
            f.firstUntraversable = static_cast<int>(i);
            return;
        }
    }
}

int openFlagsFor(Operation op, NodeType type) {
    if (type == NodeType::Regular && op == Operation::Read) return O_RDONLY;
    if (type == NodeType::Regular && op == Operation::Write) return O_WRONLY;
    if (type == NodeType::Directory && (op == Operation::Read || op == Operation::List)) return O_RDONLY | O_DIRECTORY;
    return -1;
}

void askOpen(Facts& f, const Node& t, int flags) {
    const sys::Fd fd(open(t.path.c_str(), flags | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | O_NOFOLLOW));
    KernelCheck c = callCheck(flags & O_WRONLY ? "open(O_WRONLY)" : "open(O_RDONLY)", t.path, fd.ok() ? 0 : errno);
    // EWOULDBLOCK here is a lease or lock held by someone else, not a denial.
    if (c.err == EWOULDBLOCK) c.err = 0;
    f.checks.push_back(c);
    if (c.err) f.verdict = c;
}

void locateTarget(Facts& f) {
    if (f.firstMissing < 0 && !f.symlinkLoop && !f.chain.empty() && f.chain.back().statErrno == 0)
        f.target = static_cast<int>(f.chain.size() - 1);
    const int lastExisting = f.target >= 0 ? f.target - 1 : static_cast<int>(f.chain.size()) - 2;
    const bool missingIsLast = f.firstMissing == static_cast<int>(f.chain.size()) - 1;
    if (f.target >= 0 || missingIsLast) {
        for (int i = lastExisting; i >= 0; --i) {
            if (f.chain[static_cast<size_t>(i)].isDir() && f.chain[static_cast<size_t>(i)].statErrno == 0) {
                f.parent = i;
                break;
            }
        }
    }
    if (f.chain.size() == 1 && f.target == 0) f.parent = -1;  // "/" itself has no parent
}

void findHoldersWhenTheyMatter(Facts& f, const DiagnoseRequest& req, const CancelToken* cancel,
                               const ProgressFn& progress) {
    const Node* t = f.targetNode();
    if (!t || !(req.wantHolders || f.verdict.err == ETXTBSY || f.verdict.err == EBUSY) || (cancel && cancel->cancelled()))
        return;
    if (progress) progress(80, "finding the processes that hold it");
    HoldersResult h = findHolders(t->path, cancel);
    f.holdersScanned = h.error.empty() && !h.cancelled;
    f.holders = std::move(h.holders);
    f.holdersNotInspected = h.notInspected;
}

}  // namespace wd::posix
