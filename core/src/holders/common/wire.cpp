// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's holders answer as lines: "S" summary, "H" holder, "P" a path of the last holder.
// Fields are tab-separated; tabs and newlines inside a field become spaces (display text only,
// except paths, whose bytes are hex-encoded so any name survives).
#include "whydenied/holders.h"

#include <charconv>

namespace wd {
namespace {

std::string clean(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return out;
}

std::string hex(std::string_view s) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (unsigned char c : s) {
        out += kDigits[c >> 4];
        out += kDigits[c & 15];
    }
    return out;
}

std::string unhex(std::string_view s) {
    std::string out;
    for (size_t i = 0; i + 1 < s.size(); i += 2) {
        unsigned v = 0;
        std::from_chars(s.data() + i, s.data() + i + 2, v, 16);
        out += static_cast<char>(v);
    }
    return out;
}

template <typename T>
T number(std::string_view s) {
    T v{};
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

std::vector<std::string_view> fields(std::string_view line) {
    std::vector<std::string_view> out;
    while (true) {
        const size_t tab = line.find('\t');
        out.push_back(line.substr(0, tab));
        if (tab == std::string_view::npos) return out;
        line.remove_prefix(tab + 1);
    }
}

}  // namespace

std::string holdersToLines(const HoldersResult& r) {
    std::string out = "S\t" + hex(r.path) + "\t" + (r.folder ? "1" : "0") + "\t" + std::to_string(r.scanned) + "\t" +
                      std::to_string(r.notInspected) + "\t" + std::to_string(r.unattributedLocks) + "\t" +
                      clean(r.error) + "\n";
    for (const Holder& h : r.holders) {
        out += "H\t" + std::to_string(h.pid) + "\t" + std::to_string(h.startTime) + "\t" + std::to_string(h.uid) + "\t" +
               (h.uidKnown ? "1" : "0") + "\t" + std::to_string(h.how) + "\t" + (h.kernelThread ? "1" : "0") + "\t" +
               clean(h.name) + "\t" + clean(h.user) + "\t" + clean(h.cmdline) + "\n";
        for (const std::string& p : h.paths) out += "P\t" + hex(p) + "\n";
    }
    return out;
}

HoldersResult holdersFromLines(std::string_view text) {
    HoldersResult r;
    bool summary = false;
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        const std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        const auto f = fields(line);
        if (f[0] == "S" && f.size() >= 7) {
            summary = true;
            r.path = unhex(f[1]);
            r.folder = f[2] == "1";
            r.scanned = number<int>(f[3]);
            r.notInspected = number<int>(f[4]);
            r.unattributedLocks = number<int>(f[5]);
            r.error = std::string(f[6]);
        } else if (f[0] == "H" && f.size() >= 10) {
            Holder h;
            h.pid = number<int>(f[1]);
            h.startTime = number<uint64_t>(f[2]);
            h.uid = number<uint32_t>(f[3]);
            h.uidKnown = f[4] == "1";
            h.how = number<uint32_t>(f[5]);
            h.kernelThread = f[6] == "1";
            h.name = std::string(f[7]);
            h.user = std::string(f[8]);
            h.cmdline = std::string(f[9]);
            r.holders.push_back(std::move(h));
        } else if (f[0] == "P" && f.size() >= 2 && !r.holders.empty() && r.holders.back().paths.size() < kMaxPathsPerHolder) {
            r.holders.back().paths.push_back(unhex(f[1]));
        }
    }
    if (!summary && r.error.empty()) r.error = "the helper gave no answer";
    return r;
}

}  // namespace wd

#if !defined(__linux__)
namespace wd {
// Elsewhere the privileged look is not built yet: say so rather than pretend the plain scan saw all.
HoldersResult findHoldersAsAdministrator(const std::string& path, const std::string&, bool) {
    HoldersResult r = findHolders(path);
    if (r.notInspected > 0) r.error = "looking as an administrator is not supported on this platform yet";
    return r;
}
}  // namespace wd
#endif
