// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/linux/mountinfo.h"

#include <fstream>
#include <sstream>

namespace wd::linux_probe {
namespace {

std::string unescape(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 3 < s.size() &&
            s[i + 1] >= '0' && s[i + 1] <= '3' && s[i + 2] >= '0' && s[i + 2] <= '7' &&
            s[i + 3] >= '0' && s[i + 3] <= '7') {
            out += static_cast<char>((s[i + 1] - '0') * 64 + (s[i + 2] - '0') * 8 + (s[i + 3] - '0'));
            i += 3;
        } else {
            out += s[i];
        }
    }
    return out;
}

bool hasOption(const std::string& opts, const std::string& name) {
    std::istringstream in(opts);
    std::string o;
    while (std::getline(in, o, ','))
        if (o == name) return true;
    return false;
}

}  // namespace

std::vector<MountEntry> parseMountInfo(const std::string& text) {
    std::vector<MountEntry> out;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        // 36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue
        std::istringstream f(line);
        MountEntry m;
        std::string devno, root, mountPoint, opts, field;
        if (!(f >> m.id >> m.parentId >> devno >> root >> mountPoint >> opts)) continue;
        while (f >> field && field != "-") {}  // optional fields end at "-"
        std::string fsType, source, superOpts;
        f >> fsType >> source >> superOpts;
        m.facts.id = m.id;
        m.facts.mountPoint = unescape(mountPoint);
        m.facts.fsType = fsType;
        m.facts.source = unescape(source);
        m.facts.options = opts;
        m.facts.readOnly = hasOption(opts, "ro") || hasOption(superOpts, "ro");
        m.facts.noexec = hasOption(opts, "noexec");
        m.facts.nosuid = hasOption(opts, "nosuid");
        out.push_back(std::move(m));
    }
    return out;
}

std::vector<MountEntry> readMountInfo() {
    std::ifstream in("/proc/self/mountinfo");
    std::stringstream ss;
    ss << in.rdbuf();
    return parseMountInfo(ss.str());
}

const MountEntry* mountForPath(const std::vector<MountEntry>& mounts, const std::string& path) {
    const MountEntry* best = nullptr;
    size_t bestLen = 0;
    for (const auto& m : mounts) {
        const std::string& mp = m.facts.mountPoint;
        const bool prefix = path == mp || mp == "/" ||
                            (path.rfind(mp, 0) == 0 && path.size() > mp.size() && path[mp.size()] == '/');
        // Later entries shadow earlier ones at the same point (mounted over).
        if (prefix && mp.size() >= bestLen) {
            best = &m;
            bestLen = mp.size();
        }
    }
    return best;
}

}  // namespace wd::linux_probe
