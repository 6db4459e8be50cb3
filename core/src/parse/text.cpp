// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/text.h"

#include "parse/paths.h"

#include <algorithm>

namespace wd::parse {

void OffsetMap::mark(std::size_t to, std::size_t from) {
    if (!marks_.empty()) {
        const auto& [lastTo, lastFrom] = marks_.back();
        if (lastFrom + (to - lastTo) == from) return;  // still continuous
        if (lastTo == to) { marks_.back().second = from; return; }
    }
    marks_.emplace_back(to, from);
}

std::size_t OffsetMap::map(std::size_t pos) const {
    if (marks_.empty()) return pos;
    auto it = std::upper_bound(marks_.begin(), marks_.end(), pos,
                               [](std::size_t p, const auto& m) { return p < m.first; });
    if (it == marks_.begin()) return pos;
    --it;
    return it->second + (pos - it->first);
}

namespace {

bool special(unsigned char c) { return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f; }

// Drops ANSI/VT escape sequences and carriage returns; control bytes become spaces so a NUL in the
// middle of a pasted binary cannot end a string early anywhere downstream. Ordinary runs are copied
// in bulk.
void clean(std::string_view in, std::string& out, OffsetMap& map) {
    out.reserve(in.size());
    std::size_t i = 0;
    const std::size_t n = in.size();
    map.mark(0, 0);
    while (i < n) {
        std::size_t run = i;
        while (run < n && !special(static_cast<unsigned char>(in[run]))) ++run;
        out.append(in.data() + i, run - i);
        i = run;
        if (i >= n) break;
        const unsigned char c = static_cast<unsigned char>(in[i]);
        if (c == 0x1b) {
            std::size_t j = i + 1;
            if (j < n && in[j] == '[') {  // CSI: parameters, then one final byte 0x40-0x7e
                ++j;
                while (j < n && j - i < 64) {
                    const unsigned char d = static_cast<unsigned char>(in[j]);
                    ++j;
                    if (d >= 0x40 && d <= 0x7e) break;
                }
            } else if (j < n && in[j] == ']') {  // OSC: up to BEL or ESC backslash
                ++j;
                while (j < n && j - i < 512 && in[j] != '\a' && in[j] != 0x1b && in[j] != '\n') ++j;
                if (j < n && in[j] == '\a') ++j;
                else if (j + 1 < n && in[j] == 0x1b && in[j + 1] == '\\') j += 2;
            } else if (j < n) {
                ++j;
            }
            i = j;
            map.mark(out.size(), i);
            continue;
        }
        if (c == '\r') {
            if (i + 1 < n && in[i + 1] == '\n') {
                ++i;
                map.mark(out.size(), i);
                continue;
            }
            out.push_back('\n');  // a lone CR (progress bars) ends a line too
            ++i;
            continue;
        }
        out.push_back(' ');
        ++i;
    }
}

bool startsWithWord(std::string_view line, std::string_view word) {
    return line.size() >= word.size() && line.substr(0, word.size()) == word;
}

std::string_view trimLeft(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    return s.substr(i);
}

// "Remove-Item : Cannot remove item C:\…" — the first line of a PowerShell error record.
bool isPowerShellRecordStart(std::string_view line) {
    line = trimLeft(line);
    std::size_t i = 0;
    if (i >= line.size() || !(line[i] >= 'A' && line[i] <= 'Z')) return false;
    while (i < line.size() && isAlpha(line[i])) ++i;
    if (i >= line.size() || line[i] != '-') return false;
    ++i;
    if (i >= line.size() || !(line[i] >= 'A' && line[i] <= 'Z')) return false;
    while (i < line.size() && isAlpha(line[i])) ++i;
    return line.substr(i).substr(0, 3) == " : ";
}

// A line that still belongs to the record's message: PowerShell wraps at the console width and
// starts the position info ("At line:1 char:5", localized) and the "+ …" excerpt on lines of their own.
bool continuesPowerShellRecord(std::string_view line) {
    if (line.empty() || line[0] == ' ' || line[0] == '\t' || line[0] == '+') return false;
    static constexpr std::string_view kStops[] = {
        "At ", "At line", "En l\xc3\xadnea", "En ligne", "Au caract", "Bei ", "In Zeile", "Zeile:", "Na linha",
        "No caractere", "Riga", "Alla riga", "\xd1\x81\xd1\x82\xd1\x80\xd0\xbe\xd0\xba\xd0\xb0",  // строка
        "\xd0\xa1\xd1\x82\xd1\x80\xd0\xbe\xd0\xba\xd0\xb0",                                // Строка
        "\xe4\xbd\x8d\xe7\xbd\xae",                                                          // 位置
        "\xe7\x99\xba\xe7\x94\x9f\xe5\xa0\xb4\xe6\x89\x80",                                  // 発生場所
        "Line |", "CategoryInfo", "FullyQualifiedErrorId",
    };
    for (std::string_view stop : kStops)
        if (startsWithWord(line, stop)) return false;
    return !isPowerShellRecordStart(line);
}

// Where in `line` a path-like quote is left open at the end, or npos. Stops at the first opener
// that does not close, so a line full of stray quotes costs one pass.
std::size_t openQuoteAtEnd(std::string_view line) {
    std::size_t i = 0;
    const std::size_t end = line.size();
    while (i < end) {
        const std::size_t len = quoteOpenerAt(line, i);
        if (len == 0) { ++i; continue; }
        if (auto q = readQuoted(line, i, end + 1)) { i = std::max(q->end, i + 1); continue; }
        return quoteLeftOpen(line, i, end) ? i : std::string_view::npos;
    }
    return std::string_view::npos;
}

// The next line closes the quote within its first word: the wrap cut a path, not a sentence.
bool closesOnNextLine(std::string_view next) {
    for (std::size_t i = 0; i < next.size() && i < 4096; ++i) {
        const char c = next[i];
        if (c == ' ' || c == '\t') return false;
        if (c == '\'' || c == '"' || c == '`') return i > 0;
        if (static_cast<unsigned char>(c) == 0xe2 && i + 2 < next.size() &&
            static_cast<unsigned char>(next[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(next[i + 2]) == 0x99 || static_cast<unsigned char>(next[i + 2]) == 0x9d))
            return i > 0;
    }
    return false;
}

}  // namespace

ScanText::ScanText(std::string_view input) {
    std::string_view c = input;
    bool dirty = false;
    for (char ch : input)
        if (special(static_cast<unsigned char>(ch))) { dirty = true; break; }
    if (dirty) {
        clean(input, cleaned_, toInput_);
        c = cleaned_;
    }

    // Where lines are joined: the newline's offset and what replaces it.
    struct Join {
        std::size_t newline;
        bool space;          // PowerShell: the wrap replaced a space
        bool dropBackslash;  // a backslash continuation before the newline
    };
    std::vector<Join> joins;
    std::size_t pos = 0;
    while (pos < c.size()) {
        std::size_t eol = c.find('\n', pos);
        if (eol == std::string_view::npos) eol = c.size();
        std::string_view line = c.substr(pos, eol - pos);
        const bool psRecord = isPowerShellRecordStart(line);
        int joined = 0;
        while (eol < c.size() && joined < 4) {
            const std::size_t next = eol + 1;
            std::size_t nextEol = c.find('\n', next);
            if (nextEol == std::string_view::npos) nextEol = c.size();
            const std::string_view nextLine = c.substr(next, nextEol - next);
            if (psRecord && continuesPowerShellRecord(nextLine)) {
                joins.push_back({eol, true, false});
            } else if (std::size_t q = closesOnNextLine(nextLine) ? openQuoteAtEnd(line) : std::string_view::npos;
                       q != std::string_view::npos) {
                // "…/ufs.cpld.n\" + "c'": a log wrapper's backslash continuation inside a POSIX path.
                const bool posixPath = line.find('/', q) != std::string_view::npos &&
                                       line.find('\\', q) == line.size() - 1;
                joins.push_back({eol, false, posixPath});
            } else {
                break;
            }
            line = nextLine;
            eol = nextEol;
            ++joined;
        }
        pos = eol + 1;
    }
    if (joins.empty()) {
        text_ = c;
        return;
    }
    joined_.reserve(c.size());
    std::size_t from = 0;
    toClean_.mark(0, 0);
    for (const Join& j : joins) {
        std::size_t end = j.newline;
        if (j.dropBackslash && end > from && c[end - 1] == '\\') --end;
        if (j.space) while (end > from && c[end - 1] == ' ') --end;
        joined_.append(c.data() + from, end - from);
        if (j.space) joined_.push_back(' ');
        from = j.newline + 1;
        toClean_.mark(joined_.size(), from);
    }
    joined_.append(c.data() + from, c.size() - from);
    text_ = joined_;
}

}  // namespace wd::parse
