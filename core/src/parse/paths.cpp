// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/paths.h"

#include <array>

namespace wd::parse {
namespace {

constexpr std::string_view kLsq = "\xe2\x80\x98";   // ‘
constexpr std::string_view kRsq = "\xe2\x80\x99";   // ’
constexpr std::string_view kLdq = "\xe2\x80\x9c";   // “
constexpr std::string_view kRdq = "\xe2\x80\x9d";   // ”
constexpr std::string_view kLow = "\xe2\x80\x9e";   // „
constexpr std::string_view kLaq = "\xc2\xab";       // «
constexpr std::string_view kRaq = "\xc2\xbb";       // »
constexpr std::string_view kLcb = "\xe3\x80\x8c";   // 「
constexpr std::string_view kRcb = "\xe3\x80\x8d";   // 」
constexpr std::string_view kLwb = "\xe3\x80\x8e";   // 『
constexpr std::string_view kRwb = "\xe3\x80\x8f";   // 』

bool at(std::string_view s, std::size_t pos, std::string_view what) {
    return pos <= s.size() && s.size() - pos >= what.size() && s.compare(pos, what.size(), what) == 0;
}

// Where an ASCII quote may open: start of text, after white space or an opening bracket or a
// separator. "don't" has none, "('x')", ": 'x'", "=\"x\"" do.
bool openerContext(std::string_view s, std::size_t pos) {
    if (pos == 0) return true;
    const char p = s[pos - 1];
    if (isSpace(p)) return true;
    switch (p) {
    case '(': case '[': case '{': case '=': case ':': case ',': case '>': case '<': case '|': case ';':
    case '`': case '\'': case '"': case '*': case '!':
        return true;
    default:
        return static_cast<unsigned char>(p) >= 0x80;  // "路径'x'": after CJK text
    }
}

bool asciiQuote(char c) { return c == '\'' || c == '"' || c == '`'; }

// After a closing ASCII quote comes the end, white space, punctuation or another script: never a
// letter, so the apostrophe in 'D:\App's Principais' does not close it.
bool closerContext(std::string_view s, std::size_t after) {
    if (after >= s.size()) return true;
    const char c = s[after];
    if (isSpace(c)) return true;
    switch (c) {
    case ':': case ',': case ';': case '.': case ')': case ']': case '}': case '>': case '!': case '?':
    case '-': case '\'': case '"': case '`': case '*': case '|': case '\\':
        return true;
    default:
        return static_cast<unsigned char>(c) >= 0x80;
    }
}

bool oddBackslashesBefore(std::string_view s, std::size_t from, std::size_t i) {
    std::size_t n = 0;
    while (i > from && s[i - 1] == '\\') {
        --i;
        ++n;
    }
    return n % 2 == 1;
}

struct Closer {
    std::string_view a, b;  // either closes
};

// Python repr doubles every backslash; a person retyping it, Node and .NET do not. Unescape only
// when every backslash run is even (or escapes a quote), so 'C:\Users\x' stays as it is and
// '\\\\server\\share' becomes \\server\share.
std::string unescapeRepr(std::string_view v) {
    // "\\server" alone is a UNC prefix as written; its repr would have four backslashes
    if (v.size() > 2 && v[0] == '\\' && v[1] == '\\' && v[2] != '\\' && v.find('\\', 2) == std::string_view::npos)
        return std::string(v);
    bool any = false;
    for (std::size_t i = 0; i < v.size();) {
        if (v[i] != '\\') { ++i; continue; }
        std::size_t j = i;
        while (j < v.size() && v[j] == '\\') ++j;
        const std::size_t run = j - i;
        const bool escapesQuote = j < v.size() && (v[j] == '\'' || v[j] == '"');
        if (run % 2 == 1 && !escapesQuote) return std::string(v);
        any = true;
        i = j;
    }
    if (!any) return std::string(v);
    std::string out;
    out.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] != '\\' || i + 1 >= v.size()) { out.push_back(v[i]); continue; }
        const char n = v[i + 1];
        if (n == '\\' || n == '\'' || n == '"') { out.push_back(n); ++i; }
        else out.push_back(v[i]);
    }
    return out;
}

bool hexDigit(char c, int& v) {
    if (c >= '0' && c <= '9') { v = c - '0'; return true; }
    if (c >= 'a' && c <= 'f') { v = c - 'a' + 10; return true; }
    if (c >= 'A' && c <= 'F') { v = c - 'A' + 10; return true; }
    return false;
}

std::string percentDecode(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        int hi = 0, lo = 0;
        if (s[i] == '%' && i + 2 < s.size() && hexDigit(s[i + 1], hi) && hexDigit(s[i + 2], lo)) {
            out.push_back(static_cast<char>(hi * 16 + lo));
            i += 2;
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lower(c);
    return out;
}

}  // namespace

std::size_t quoteOpenerAt(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return 0;
    const char c = s[pos];
    const auto b = static_cast<unsigned char>(c);
    if (b == 0xe2 || b == 0xc2 || b == 0xe3) {
        for (std::string_view u : {kLsq, kLdq, kLow, kLaq, kRaq, kLcb, kLwb})
            if (at(s, pos, u)) return u.size();
        return 0;
    }
    switch (c) {
    case '\'': case '"': case '`': case '\\': case 'u': case 'b': case 'r': case 'U': case 'B': case 'R':
        break;
    default:
        return 0;
    }
    if (!openerContext(s, pos)) return 0;
    std::size_t len = 0;
    if (asciiQuote(c)) len = 1;
    else if ((c == 'u' || c == 'b' || c == 'r' || c == 'U' || c == 'B' || c == 'R') && pos + 1 < s.size() &&
             (s[pos + 1] == '\'' || s[pos + 1] == '"'))
        len = 2;  // u'…' b"…": Python 2 unicode and bytes reprs
    else if (c == '\\' && pos + 1 < s.size() && (s[pos + 1] == '\'' || s[pos + 1] == '"'))
        len = 2;  // \'…\': a quoted string inside another one (npm's stack string)
    if (len == 0) return 0;
    if (c == '\'' && pos + 2 < s.size() && s[pos + 1] == '\'' && s[pos + 2] != '\'') len = 2;  // YAML ''x''
    if (pos + len >= s.size() || isSpace(s[pos + len])) return 0;
    return len;
}

std::optional<Token> readQuoted(std::string_view s, std::size_t pos, std::size_t limit) {
    const std::size_t openLen = quoteOpenerAt(s, pos);
    if (openLen == 0) return std::nullopt;
    const std::string_view opener = s.substr(pos, openLen);
    const std::size_t from = pos + openLen;
    const std::size_t stop = std::min(s.size(), from + limit);

    Closer closer;
    bool symmetric = false, repr = false;
    if (opener == kLsq) closer = {kRsq, kRsq};
    else if (opener == kLdq) closer = {kRdq, kLdq};
    else if (opener == kLow) closer = {kLdq, kRdq};
    else if (opener == kLaq) closer = {kRaq, kRaq};
    else if (opener == kRaq) closer = {kLaq, kLaq};  // German: »x«
    else if (opener == kLcb) closer = {kRcb, kRcb};
    else if (opener == kLwb) closer = {kRwb, kRwb};
    else if (opener == "''") { closer = {"''", "''"}; symmetric = true; }
    else if (opener[0] == '\\') { closer = {opener, opener}; symmetric = true; }
    else if (opener == "`") { closer = {"`", "'"}; symmetric = true; }
    else {
        const std::string_view q = opener.substr(openLen - 1);
        closer = {q, q};
        symmetric = true;
        repr = true;
    }

    const char firstA = closer.a[0], firstB = closer.b[0];
    for (std::size_t i = from; i < stop; ++i) {
        const char c = s[i];
        if (c == '\n') return std::nullopt;
        if (c != firstA && c != firstB) continue;
        std::string_view hit;
        if (at(s, i, closer.a)) hit = closer.a;
        else if (at(s, i, closer.b)) hit = closer.b;
        if (hit.empty()) continue;
        if (symmetric && !closerContext(s, i + hit.size())) continue;
        if (repr && oddBackslashesBefore(s, from, i)) continue;  // \" inside "…": escaped, not the end
        if (i == from) return std::nullopt;  // '' is nothing
        Token t;
        t.begin = pos;
        t.end = i + hit.size();
        t.quoted = true;
        const std::string_view content = s.substr(from, i - from);
        t.raw = std::string(content);
        t.value = repr ? unescapeRepr(content) : t.raw;
        return t;
    }
    return std::nullopt;
}

bool quoteLeftOpen(std::string_view s, std::size_t pos, std::size_t lineEnd) {
    const std::size_t openLen = quoteOpenerAt(s, pos);
    if (openLen == 0 || pos + openLen >= lineEnd) return false;
    const std::string_view content = s.substr(pos + openLen, std::min<std::size_t>(lineEnd - pos - openLen, 4096));
    if (content.find('\n') != std::string_view::npos) return false;
    return content.find('/') != std::string_view::npos || content.find('\\') != std::string_view::npos;
}

bool startsWindowsAbsolute(std::string_view s) {
    if (s.size() >= 3 && isAlpha(s[0]) && s[1] == ':' && (s[2] == '\\' || s[2] == '/')) return true;
    return s.size() >= 3 && s[0] == '\\' && s[1] == '\\' && !isSpace(s[2]);
}

namespace {

// "%AppData%\Local\…": an environment variable standing for a folder.
bool startsEnvVar(std::string_view s) {
    if (s.size() < 4 || s[0] != '%') return false;
    const std::size_t close = s.find('%', 1);
    return close != std::string_view::npos && close > 1 && close + 1 < s.size() &&
           (s[close + 1] == '\\' || s[close + 1] == '/');
}

bool endsBare(std::string_view s, std::size_t i, std::size_t end, bool allowSpaces) {
    const char c = s[i];
    if (c == '\n' || c == '"' || c == '\'' || c == '`') return true;
    if (static_cast<unsigned char>(c) == 0xe2 && (at(s, i, kRsq) || at(s, i, kRdq) || at(s, i, kLdq))) return true;
    const bool nextIsSpace = i + 1 >= end || isSpace(s[i + 1]);
    if ((c == ':' || c == ',' || c == ';') && nextIsSpace) return true;
    if (!allowSpaces) return isSpace(c) || c == '<' || c == '>' || c == '|';
    if (c == ' ' && i + 1 < end && s[i + 1] == '(') return true;
    if (c == ' ' && at(s, i, " -> ")) return true;
    if (c == ' ' && i + 1 < end && s[i + 1] == ' ') return true;  // runs of spaces end a wrapped log line
    return c == '\t' || c == '<' || c == '>' || c == '|';
}

}  // namespace

std::optional<Token> readBare(std::string_view s, std::size_t pos, std::size_t end, bool allowSpaces) {
    end = std::min(end, s.size());
    if (pos >= end || isSpace(s[pos])) return std::nullopt;
    const std::size_t stop = std::min(end, pos + 4096);
    std::size_t i = pos;
    int parens = 0, brackets = 0;
    for (; i < stop; ++i) {
        const char c = s[i];
        if (c == '(') ++parens;
        else if (c == ')') { if (parens == 0) break; --parens; }
        else if (c == '[') ++brackets;
        else if (c == ']') { if (brackets == 0) break; --brackets; }
        if (endsBare(s, i, end, allowSpaces)) break;
    }
    std::size_t e = i;
    while (e > pos) {
        const char c = s[e - 1];
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == ' ' || c == '\t' || c == '!' || c == '?') --e;
        else break;
    }
    if (e == pos) {
        // "." and ".." name folders; longer runs of dots are elided paths ("path=...")
        const std::string_view dots = s.substr(pos, i - pos);
        if (dots != "." && dots != "..") return std::nullopt;
        if (i >= s.size() || (s[i] != ':' && s[i] != ',')) return std::nullopt;  // a sentence's full stop
        e = i;
    }
    Token t;
    t.begin = pos;
    t.end = e;
    t.value = std::string(s.substr(pos, e - pos));
    t.raw = t.value;
    return t;
}

std::optional<Token> readToken(std::string_view s, std::size_t pos, std::size_t end, bool allowSpaces) {
    if (auto q = readQuoted(s, pos)) {
        if (q->end <= end) return q;
        return std::nullopt;
    }
    return readBare(s, pos, end, allowSpaces);
}

bool looksLikePath(std::string_view s) {
    if (s.empty() || s.size() > 4096) return false;
    if (s == "." || s == "..") return true;
    if (startsWindowsAbsolute(s) || startsEnvVar(s)) return true;
    if (s.substr(0, 7) == "file://") return true;
    if (s.find("://") != std::string_view::npos) return false;
    if (s[0] == '~' && (s.size() == 1 || s[1] == '/')) return true;
    if (s.find('@') != std::string_view::npos && s.find(':') != std::string_view::npos) return false;  // git@host:repo
    if (s.find('/') == std::string_view::npos && s.find('\\') == std::string_view::npos) return false;
    static constexpr std::array<std::string_view, 17> kNotPaths = {
        "i/o", "n/a", "and/or", "tcp/ip", "read/write", "r/w", "y/n", "(y/n)", "yes/no", "w/o",
        "input/output", "client/server", "uid/gid", "on/off", "true/false", "rw/ro", "ro/rw"};
    const std::string l = lowerAscii(s);
    for (std::string_view n : kNotPaths)
        if (l == n) return false;
    // 02/29/2016, 1/2, 10:20/30: numbers, not places
    bool letter = false;
    for (char c : s)
        if (isAlpha(c) || c == '.' || c == '_' || c == '~' || static_cast<unsigned char>(c) >= 0x80) letter = true;
    if (!letter && s[0] != '/') return false;
    return true;
}

bool looksLikeFileName(std::string_view s, bool spaces) {
    if (s.size() < 3 || s.size() > 255) return false;
    for (char c : s)
        if ((isSpace(c) && !(spaces && c == ' ')) || c == '@' || c == '"' || c == '\'' || c == '(' || c == ')' || c == ':' || c == ',') return false;
    const std::size_t dot = s.rfind('.');
    if (dot == std::string_view::npos || dot + 1 >= s.size()) return false;
    const std::string_view ext = s.substr(dot + 1);
    if (ext.size() > 10) return false;
    bool extLetter = false;
    for (char c : ext) {
        if (c == ' ' || (!isAlnum(c) && c != '_' && c != '-')) return false;
        if (isAlpha(c)) extLetter = true;
    }
    if (!extLetter) return false;
    if (dot == 0) return true;  // .gitignore
    bool nameChar = false;
    for (char c : s.substr(0, dot))
        if (isAlnum(c) || static_cast<unsigned char>(c) >= 0x80) nameChar = true;
    return nameChar;
}

bool acceptablePath(std::string_view s) {
    if (s.empty() || s.size() > 4096) return false;
    bool substance = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\n') return false;
        if (c == '.' || isSpace(c)) continue;
        if (at(s, i, "\xe2\x80\xa6")) { i += 2; continue; }  // …
        substance = true;
    }
    if (!substance && s != "." && s != "..") return false;
    const std::string l = lowerAscii(s.substr(0, 8));
    return l.rfind("http://", 0) != 0 && l.rfind("https://", 0) != 0;
}

Platform platformOf(std::string_view p) {
    if (startsWindowsAbsolute(p) || startsEnvVar(p)) return Platform::Windows;
    if (!p.empty() && p[0] != '/' && p[0] != '~' && p.find('\\') != std::string_view::npos) return Platform::Windows;
    static constexpr std::string_view kMac[] = {"/Users/", "/Applications/", "/System/", "/Library/", "/Volumes/",
                                                "/private/", "/opt/homebrew/", "/usr/local/Cellar/"};
    for (std::string_view m : kMac)
        if (p.substr(0, m.size()) == m) return Platform::MacOS;
    static constexpr std::string_view kLinux[] = {"/home/", "/proc/", "/sys/", "/run/", "/snap/", "/media/",
                                                  "/boot/", "/root/", "/lib/", "/lib64/", "/srv/", "/mnt/"};
    for (std::string_view m : kLinux)
        if (p.substr(0, m.size()) == m) return Platform::Linux;
    return Platform::Any;
}

bool isRelative(std::string_view p) {
    if (p.empty()) return false;
    if (p[0] == '/' || p[0] == '~' || p[0] == '\\' || startsWindowsAbsolute(p) || startsEnvVar(p)) return false;
    return true;
}

std::string fromUrl(std::string_view s) {
    const std::string l = lowerAscii(s.substr(0, 7));
    if (l == "unix://") return std::string(s.substr(7));
    if (l != "file://") return std::string(s);
    std::string_view rest = s.substr(7);
    if (rest.substr(0, 9) == "localhost") rest.remove_prefix(9);
    std::string decoded = percentDecode(rest);
    if (decoded.size() >= 3 && decoded[0] == '/' && isAlpha(decoded[1]) && decoded[2] == ':')
        return decoded.substr(1);  // file:///C:/x -> C:/x
    if (!decoded.empty() && decoded[0] != '/') return "//" + decoded;  // file://server/share -> //server/share
    return decoded;
}

}  // namespace wd::parse
