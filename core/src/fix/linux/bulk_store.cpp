// SPDX-License-Identifier: GPL-3.0-or-later
// The Linux bulk fix's batch files: their name, their byte escaping, their header, the undone mark.
#include "fix/linux/bulk_internal.h"

#include "hex.h"

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <istream>
#include <sys/stat.h>
#include <unistd.h>

namespace wd {

namespace bulk {

std::string escapeBytes(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '\\') out += "\\x" + hexOf(std::string_view(&c, 1));
        else out += c;
    }
    return out;
}

std::optional<std::string> unescapeBytes(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\') {
            out += s[i];
            continue;
        }
        if (i + 3 >= s.size() || s[i + 1] != 'x') return std::nullopt;
        const auto byte = fromHex(std::string_view(s).substr(i + 2, 2));
        if (!byte) return std::nullopt;
        out += *byte;
        i += 3;
    }
    return out;
}

std::string batchPath(const std::string& dir, const std::string& id) { return dir + "/" + id + ".batch"; }

Result<BatchHeader> readHeader(std::istream& in) {
    std::string line;
    std::getline(in, line);
    BatchHeader h;
    if (line != kMagic && line != kMagicV1) {
        return Failure(std::string("not a batch journal entry"));
    }
    h.v2 = line == kMagic;
    bool haveUid = false;
    while (std::getline(in, line) && line != "--") {
        if (line.rfind("root ", 0) == 0) h.root = unescapeBytes(line.substr(5)).value_or("");
        if (line.rfind("action ", 0) == 0) h.action = fixActionFromString(line.substr(7));
        if (line.rfind("uid ", 0) == 0 && line.size() > 4 && line.size() < 15 &&
            line.find_first_not_of("0123456789", 4) == std::string::npos) {
            h.uid = static_cast<uint32_t>(std::stoul(line.substr(4)));
            haveUid = true;
        }
    }
    if (h.root.empty() || h.root[0] != '/' || !haveUid) {
        return Failure(std::string("the batch names no root folder or no owner"));
    }
    return h;
}

void markUndone(const std::string& dir, const std::string& id) {
    std::ifstream in(batchPath(dir, id));
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("undone ", 0) == 0) return;
    in.close();
    if (std::FILE* f = std::fopen(batchPath(dir, id).c_str(), "a")) {
        std::fprintf(f, "undone %s\n", fix::isoNow().c_str());
        std::fclose(f);
    }
}

}  // namespace bulk

bool isBulkJournalEntry(const std::string& journalDirIn, const std::string& id) {
    const std::string dir = journalDirIn.empty() ? Journal::defaultDir() : journalDirIn;
    if (!fix::validRecordId(id)) return false;
    struct stat st{};
    // Root trusts only a batch that root wrote: one in a person's folder is theirs to forge.
    return lstat(bulk::batchPath(dir, id).c_str(), &st) == 0 && S_ISREG(st.st_mode) && (geteuid() != 0 || st.st_uid == 0);
}

}  // namespace wd
