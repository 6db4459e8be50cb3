// SPDX-License-Identifier: GPL-3.0-or-later
// The parser: find every phrase that marks a permission error, group the ones that describe one
// error, then for each group read the path where that kind of message puts it, and the operation
// from the words and stack frames around it. Every step looks at a bounded window around a phrase,
// so the whole pass stays linear in the input.
#include "whydenied/parse.h"

#include "parse/operations.h"
#include "parse/paths.h"
#include "parse/phrases.h"
#include "parse/text.h"

#include <algorithm>
#include <map>

namespace wd {
namespace parse {
namespace {

constexpr std::size_t kMaxMatches = 200000;
constexpr std::size_t kMaxEvents = 4000;      // a log with more errors than this: the first ones matter
constexpr std::size_t kMaxRequests = 64;
constexpr std::size_t kWindow = 2048;         // how far from a phrase a line is read
constexpr std::size_t kClusterGap = 16;       // phrases this close describe one error

using Text = std::string_view;

std::size_t lineStart(Text t, std::size_t pos) {
    const std::size_t floor = pos > kWindow ? pos - kWindow : 0;
    while (pos > floor && t[pos - 1] != '\n') --pos;
    return pos;
}

std::size_t lineEnd(Text t, std::size_t pos) {
    const std::size_t ceil = std::min(t.size(), pos + kWindow);
    while (pos < ceil && t[pos] != '\n') ++pos;
    return pos;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
    return s;
}

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string lowerCopy(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lower(c);
    return out;
}

std::string extensionOf(std::string_view path) {
    const std::size_t slash = path.find_last_of("/\\");
    const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return {};
    return lowerCopy(name.substr(dot + 1));
}

// A script or a program started from here: "x.sh", "./gradlew".
bool looksLikeProgram(std::string_view path) {
    const std::size_t slash = path.find_last_of("/\\");
    const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const std::string ext = extensionOf(path);
    return ext == "sh" || ext == "bash" || ext == "zsh" || ext == "command" ||
           (startsWith(path, "./") && name.find('.') == std::string_view::npos && !name.empty());
}

// A document, not a program: nobody types it as a command.
bool looksLikeData(std::string_view path) {
    static constexpr std::string_view kData[] = {
        "txt", "csv", "tsv", "log", "json", "conf", "cfg", "ini", "yaml", "yml", "xml", "toml", "md", "html", "htm",
        "dat", "db", "sqlite", "png", "jpg", "jpeg", "gif", "pdf", "lock", "pid", "sock", "out", "err", "bak", "tmp",
        "gz", "zip", "tar", "doc", "docx", "xls", "xlsx", "env", "properties", "list", "key", "pem", "crt",
    };
    const std::string ext = extensionOf(path);
    for (std::string_view d : kData)
        if (ext == d) return true;
    return false;
}

struct Cluster {
    std::size_t begin = 0, end = 0;
    std::vector<PhraseMatch> matches;
    ErrorClass errorClass = ErrorClass::Other;
    int priority = -1;
    std::uint8_t flags = 0;
    Operation operation = Operation::Unknown;
    bool negative = false;
    bool bannerOnly = true;
    bool codeOnly = true;

    bool has(Locator l) const {
        for (const PhraseMatch& m : matches)
            if (phraseAt(m.phrase).locator == l) return true;
        return false;
    }
    void add(const PhraseMatch& m) {
        const Phrase& p = phraseAt(m.phrase);
        if (matches.size() < 16) matches.push_back(m);
        begin = std::min(begin, m.begin);
        end = std::max(end, m.end);
        flags |= p.flags;
        if (p.priority > priority) {
            priority = p.priority;
            errorClass = p.errorClass;
        }
        if (p.operation != Operation::Unknown && operation == Operation::Unknown) operation = p.operation;
        if (p.locator == Locator::NoPath && p.priority >= 100) negative = true;
        if (!(p.flags & kBanner)) bannerOnly = false;
        if (p.locator != Locator::NodeCode) codeOnly = false;
    }
};

struct Found {
    std::optional<Token> path, other;
    PairRole role = PairRole::None;
    Operation operation = Operation::Unknown;  // said by the message itself (verb, syscall)
    // Text: a verb phrase of the error line; Inferred: a syscall field, an API or PathError name, another line
    OperationSource source = OperationSource::Text;
    bool weakOperation = false;                // "open" says little: a stack frame may know better
    std::string program;
};

class Parser {
public:
    Parser(Text t, const ParseOptions& opts) : t_(t), opts_(opts) {
        npm_ = t_.find("npm ERR!") != Text::npos || t_.find("npm error") != Text::npos;
    }

    std::vector<ParsedRequest> run(const ScanText& st);

private:
    // "cwd: /srv/app", "npm ERR! cwd /srv/app", "Working directory: /srv/app": the folder relative
    // paths of this text are relative to, when the caller gave none. Bounded: the first few labels.
    std::string cwdShownInText() const {
        static constexpr std::string_view kLabels[] = {"cwd: ", "cwd ", "CWD: ", "Working directory: ",
                                                       "working directory: ", "Current directory: ", "current directory: "};
        for (std::string_view label : kLabels) {
            std::size_t at = t_.find(label);
            for (int n = 0; n < 4 && at != Text::npos; ++n, at = t_.find(label, at + 1)) {
                const std::size_t ls = lineStart(t_, at);
                const std::string_view before = trimmed(t_.substr(ls, at - ls));
                if (!(before.empty() || before == "npm ERR!" || before == "npm error" || before == "npm verb" ||
                      before == "npm verbose"))
                    continue;
                const std::size_t from = at + label.size();
                const std::string_view dir = trimmed(t_.substr(from, lineEnd(t_, from) - from));
                if (dir.empty() || dir[0] != '/' || !acceptablePath(dir)) continue;
                return std::string(dir);
            }
        }
        return {};
    }

    Text t_;
    const ParseOptions& opts_;
    bool npm_ = false;

    bool acceptToken(const Token& tok, bool strong) const {
        if (!acceptablePath(tok.value)) return false;
        if (strong) return true;
        if (looksLikePath(tok.value)) return true;
        return looksLikeFileName(tok.value);
    }

    // ---- the shapes a path takes around a phrase -------------------------------------------

    // Python: "[Errno 13] Permission denied: 'x'", also when a wrap moved the repr a line down.
    std::optional<Found> python(std::size_t from) const {
        const std::size_t limit = std::min(t_.size(), from + 800);
        int lines = 0;
        for (std::size_t i = from; i < limit; ++i) {
            const char c = t_[i];
            if (c == '\n') {
                if (++lines > 3) return std::nullopt;
                const std::string_view next = trimmed(t_.substr(i + 1, lineEnd(t_, i + 1) - i - 1));
                if (next.empty() || startsWith(next, "File \"") || startsWith(next, "Traceback") ||
                    startsWith(next, "at ") || startsWith(next, "During handling"))
                    return std::nullopt;
                continue;
            }
            if (c != ':') continue;
            std::size_t j = i + 1;
            int newlines = 0;
            while (j < t_.size() && isSpace(t_[j]) && j - i < 64) {
                if (t_[j] == '\n') ++newlines;
                ++j;
            }
            if (newlines > 1) return std::nullopt;
            auto tok = readQuoted(t_, j);
            if (!tok || !acceptablePath(tok->value)) continue;
            Found f;
            f.path = tok;
            f.program = "python";
            readArrowPair(f, tok->end, PairRole::SourceMatters);
            return f;
        }
        return std::nullopt;
    }

    // "'a' -> 'b'" after a first path.
    void readArrowPair(Found& f, std::size_t after, PairRole role) const {
        std::size_t k = after;
        while (k < t_.size() && (t_[k] == ' ' || t_[k] == '\t')) ++k;
        if (t_.substr(k, 2) != "->") return;
        k += 2;
        while (k < t_.size() && (t_[k] == ' ' || t_[k] == '\t' || t_[k] == '\n') && k - after < 32) ++k;
        auto second = readToken(t_, k, lineEnd(t_, k), false);
        if (!second || !acceptablePath(second->value)) return;
        f.other = second;
        f.role = role;
    }

    // Node: "EACCES: permission denied, mkdir 'x'", "EPERM, unlink 'x'", "spawn x EACCES".
    std::optional<Found> node(const Cluster& c, std::size_t codeBegin, std::size_t codeEnd) const {
        std::size_t j = codeEnd;
        while (j < t_.size() && t_[j] == ' ') ++j;
        const std::size_t eol = lineEnd(t_, codeEnd);
        if (j >= t_.size() || (t_[j] != ':' && t_[j] != ',')) {
            // "Error: spawn /usr/bin/x EACCES"
            const std::size_t ls = lineStart(t_, codeBegin);
            const std::string_view before = t_.substr(ls, codeBegin - ls);
            const std::size_t sp = before.rfind("spawn ");
            if (sp == std::string_view::npos) return std::nullopt;
            auto tok = readToken(t_, ls + sp + 6, codeBegin, false);
            if (!tok || !acceptablePath(tok->value)) return std::nullopt;
            Found f;
            f.path = tok;
            f.operation = Operation::Execute;
            f.source = OperationSource::Inferred;
            f.program = "node";
            return f;
        }
        const std::size_t stop = std::min(eol, c.end + 300);
        for (std::size_t k = codeEnd; k + 2 < stop; ++k) {
            if (t_[k] != ',' || t_[k + 1] != ' ') continue;
            std::size_t w = k + 2;
            while (w < stop && ((t_[w] >= 'a' && t_[w] <= 'z') || t_[w] == '_')) ++w;
            if (w >= stop || t_[w] != ' ') continue;
            const std::string_view word = t_.substr(k + 2, w - k - 2);
            const auto op = syscallOperation(word);
            if (!op) continue;
            auto tok = readToken(t_, w + 1, eol, false);
            if (!tok || !acceptablePath(tok->value)) continue;
            Found f;
            f.path = tok;
            f.operation = *op;
            f.source = OperationSource::Inferred;  // Node's `syscall` field
            if (word == "access" && !npm_) f.operation = Operation::Unknown;
            // open() without its flags may have been a read or a write: only a stack frame can tell
            if (word == "open") {
                f.operation = Operation::Unknown;
                f.weakOperation = true;
            }
            f.program = npm_ ? "npm" : "node";
            readArrowPair(f, tok->end, syscallPairRole(word));
            return f;
        }
        return std::nullopt;
    }

    // "java.nio.file.AccessDeniedException: /x/y" (a move adds " -> /z").
    std::optional<Found> java(std::size_t after) const {
        std::size_t j = after;
        while (j < t_.size() && t_[j] == ' ') ++j;
        auto tok = readToken(t_, j, lineEnd(t_, j), true);
        if (!tok || !acceptablePath(tok->value)) return std::nullopt;
        Found f;
        f.path = tok;
        f.program = "java";
        readArrowPair(f, tok->end, PairRole::SourceMatters);
        return f;
    }

    std::optional<Found> docker(std::size_t after) const {
        std::size_t j = after;
        while (j < t_.size() && t_[j] == ' ') ++j;
        if (t_.substr(j, 3) == "at ") j += 3;
        auto tok = readBare(t_, j, lineEnd(t_, j), false);
        if (!tok) return std::nullopt;
        tok->value = fromUrl(tok->value);
        if (!acceptablePath(tok->value)) return std::nullopt;
        Found f;
        f.path = tok;
        f.operation = Operation::Connect;
        f.source = OperationSource::Inferred;
        f.program = "docker";
        return f;
    }

    // The path follows the phrase: "Access to the path 'x'", "could not get lock /x".
    std::optional<Found> after(std::size_t pos) const {
        std::size_t j = pos;
        const std::size_t eol = lineEnd(t_, pos);
        while (j < eol && (t_[j] == ' ' || t_[j] == ':' || t_[j] == '(') && j - pos < 4) ++j;
        auto tok = readToken(t_, j, eol, startsWindowsAbsolute(t_.substr(j, 4)));
        if (!tok) return std::nullopt;
        tok->value = tok->raw;  // .NET, PowerShell and git print paths as they are: no repr escaping
        if (!acceptToken(*tok, tok->quoted)) return std::nullopt;
        Found f;
        f.path = tok;
        return f;
    }

    // Rust's tempfile crate: "Permission denied (os error 13) at path \"/x/.tmpAb12\"": the path of
    // the temporary file it was creating.
    std::optional<Found> tempfile(std::size_t pos) const {
        const std::size_t eol = lineEnd(t_, pos);
        const std::string_view rest = t_.substr(pos, std::min(eol - pos, std::size_t{48}));
        const std::size_t at = rest.find(" at path ");
        if (at == std::string_view::npos) return std::nullopt;
        auto tok = readQuoted(t_, pos + at + 9);
        if (!tok || !acceptablePath(tok->value)) return std::nullopt;
        Found f;
        f.path = tok;
        f.program = "rust";
        f.source = OperationSource::Inferred;
        const std::size_t ls = lineStart(t_, pos);
        // tempfile names the path of a file it creates; persisting one renames it into place
        f.operation = t_.substr(ls, pos - ls).find("persist") != Text::npos ? Operation::Rename : Operation::Create;
        return f;
    }

    // Ruby: "Permission denied @ rb_sysopen - /x" and "Errno::EACCES (Permission denied - /x)": the
    // path follows " - ", the C function that failed (when named) after "@".
    std::optional<Found> ruby(std::size_t pos) const {
        std::size_t j = pos;
        const std::size_t eol = lineEnd(t_, pos);
        while (j < eol && isAlpha(t_[j])) ++j;  // the rest of "permission deni|ed"
        while (j < eol && t_[j] == ' ') ++j;
        std::string_view func;
        if (j < eol && t_[j] == '@') {
            ++j;
            while (j < eol && t_[j] == ' ') ++j;
            const std::size_t fb = j;
            while (j < eol && (isAlnum(t_[j]) || t_[j] == '_')) ++j;
            func = t_.substr(fb, j - fb);
            while (j < eol && t_[j] == ' ') ++j;
        }
        if (j + 1 >= eol || t_[j] != '-' || t_[j + 1] != ' ') return std::nullopt;
        j += 2;
        while (j < eol && t_[j] == ' ') ++j;
        // "rb_file_s_rename - (/a, /b)"
        const bool pair = j < eol && t_[j] == '(';
        if (pair) ++j;
        auto tok = readBare(t_, j, eol, true);
        if (!tok) return std::nullopt;
        std::string& v = tok->value;
        std::optional<Token> other;
        if (pair && t_.substr(tok->end, 2) == ", ") {
            if (auto b = readBare(t_, tok->end + 2, eol, true)) {
                while (!b->value.empty() && b->value.back() == ')') {
                    b->value.pop_back();
                    --b->end;
                }
                if (acceptablePath(b->value)) other = b;
            }
        }
        // "(Errno::EACCES)" after the path, or the ")" of "(Permission denied - /x)"
        const std::size_t paren = v.find(" (");
        if (paren != std::string::npos) {
            v.resize(paren);
            tok->end = tok->begin + paren;
        }
        while (!v.empty() && v.back() == ')') {
            v.pop_back();
            --tok->end;
        }
        if (!acceptablePath(v) || !(looksLikePath(v) || looksLikeFileName(v))) return std::nullopt;
        Found f;
        f.path = tok;
        f.program = "ruby";
        f.source = OperationSource::Inferred;  // the C function's name
        if (other) {
            f.other = other;
            f.role = PairRole::SourceMatters;
        }
        static constexpr std::pair<std::string_view, Operation> kFunctions[] = {
            {"dir_s_mkdir", Operation::Create}, {"rb_file_s_rename", Operation::Rename}, {"unlink_internal", Operation::Delete},
            {"dir_s_rmdir", Operation::Delete}, {"dir_initialize", Operation::List},     {"dir_chdir", Operation::Traverse},
            {"dir_s_chdir", Operation::Traverse}, {"rb_file_s_symlink", Operation::Create}, {"rb_file_s_link", Operation::Create},
            {"rb_file_s_truncate", Operation::Write}, {"rb_f_exec", Operation::Execute},  {"rb_f_spawn", Operation::Execute},
        };
        for (const auto& [name, op] : kFunctions)
            if (func == name) f.operation = op;
        // rb_sysopen is open(2) without its mode, apply2files is chmod/chown/unlink/utime alike: unknown
        return f;
    }

    // "x: Permission denied", "zsh: permission denied: x" — the path right after a colon.
    std::optional<Found> afterColon(std::size_t pos) const {
        std::size_t j = pos;
        const std::size_t eol = lineEnd(t_, pos);
        while (j < eol && isAlpha(t_[j])) ++j;  // the rest of "permission deni|ed"
        while (j < eol && t_[j] == ' ') ++j;
        if (j >= eol || t_[j] != ':') return std::nullopt;
        ++j;
        while (j < eol && t_[j] == ' ') ++j;
        auto tok = readToken(t_, j, eol, startsWindowsAbsolute(t_.substr(j, 4)));
        if (!tok) return std::nullopt;
        if (!acceptablePath(tok->value) || !(looksLikePath(tok->value) || (tok->quoted && looksLikeFileName(tok->value))))
            return std::nullopt;
        Found f;
        f.path = tok;
        return f;
    }

    // ---- the text before the phrase, one ": "-separated piece at a time -----------------------

    struct Piece {
        std::size_t begin, end;
        std::vector<Token> quoted;
    };

    // The piece of the line that ends at `end`: back to the previous ": ", ", ", "; ", ". " or
    // " (" outside quotes.
    Piece pieceEndingAt(std::size_t ls, std::size_t end) const {
        Piece p{ls, end, {}};
        std::vector<Token> all;
        std::size_t lastCut = ls, cutIndex = 0;
        for (std::size_t i = ls; i < end;) {
            if (quoteOpenerAt(t_, i)) {
                if (auto q = readQuoted(t_, i, end - i); q && q->end <= end) {
                    all.push_back(*q);
                    i = q->end;
                    continue;
                }
            }
            if (i + 1 < end) {
                const char a = t_[i], b = t_[i + 1];
                const bool cut = (b == ' ' && (a == ':' || a == ',' || a == ';' || a == '.' || a == '!')) ||
                                 (a == ' ' && b == '(');
                if (cut) {
                    lastCut = i + 2;
                    cutIndex = all.size();
                    i += 2;
                    continue;
                }
            }
            ++i;
        }
        p.begin = std::min(lastCut, end);
        p.quoted.assign(all.begin() + static_cast<std::ptrdiff_t>(cutIndex), all.end());
        return p;
    }

    std::optional<Found> verbInPiece(const Piece& p) const {
        if (p.end - p.begin > 1024) return std::nullopt;
        std::vector<VerbHit> hits = findVerbs(t_.substr(p.begin, p.end - p.begin));
        // the longest phrase first: "cannot create regular file" says more than "cannot create"
        std::stable_sort(hits.begin(), hits.end(),
                         [](const VerbHit& a, const VerbHit& b) { return a.verb->text.size() > b.verb->text.size(); });
        for (const VerbHit& hit : hits) {
            const VerbPhrase& v = *hit.verb;
            if (hit.begin > 0 && isAlnum(t_[p.begin + hit.begin - 1]) && v.text.back() == ' ') continue;  // "reopen x"
            std::size_t j = p.begin + hit.end;
            if (j + 1 < p.end && t_[j] == ':' && t_[j + 1] == ' ') ++j;  // cargo's "failed to open: /x"
            while (j < p.end && (t_[j] == ' ' || t_[j] == '(')) ++j;
            const bool windows = startsWindowsAbsolute(t_.substr(j, 4));
            auto tok = readToken(t_, j, p.end, windows);
            if (!tok || !acceptToken(*tok, tok->quoted && v.anyName)) continue;
            if (!tok->quoted && !v.anyName && !looksLikePath(tok->value)) continue;
            Found f;
            f.operation = v.operation;
            // Go's PathError names the call ("mkdir /x: …"): an API name, not a sentence
            if (v.text.back() == ' ') f.source = OperationSource::Inferred;
            // Go's "open" is os.Open (a read, most often) and os.Create/OpenFile alike: a frame may know better
            f.weakOperation = v.text == "open ";
            if (v.pair != PairRole::None) {
                if (!tok->quoted && v.joiner == " ") splitBarePair(*tok, f);
                if (!f.other) {
                    const std::size_t k = tok->end;
                    if (t_.substr(k, v.joiner.size()) == v.joiner) {
                        auto second = readToken(t_, k + v.joiner.size(), p.end, windows);
                        if (second && acceptablePath(second->value)) f.other = second;
                    } else if (tok->quoted) {
                        readArrowPair(f, tok->end, v.pair);
                    }
                }
                if (f.other) f.role = v.pair;
            }
            if (!f.path) f.path = tok;
            return f;
        }
        return std::nullopt;
    }

    // "could not exec `/x/tool --check src/a.rs`": a quoted command line names the program first.
    // A space inside a path ("/home/ana/My Files/x") is kept: what follows it is more path.
    static void commandOnly(Token& tok) {
        const std::size_t sp = tok.value.find(' ');
        if (sp == std::string::npos || !looksLikePath(tok.value.substr(0, sp))) return;
        const std::string_view rest = std::string_view(tok.value).substr(sp + 1);
        if (!(rest.empty() || rest[0] == '-' || rest.find_first_of("/\\") == std::string_view::npos)) return;
        tok.value.resize(sp);
        tok.raw = tok.value;
    }

    // Go's "rename /a /b" and "Rename C:\a C:\b": two unquoted paths separated by a space.
    void splitBarePair(const Token& tok, Found& f) const {
        const std::string& v = tok.value;
        std::size_t cut = std::string::npos;
        for (std::size_t i = 1; i + 3 < v.size(); ++i) {
            if (v[i] != ' ') continue;
            const std::string_view rest(v.data() + i + 1, v.size() - i - 1);
            if (startsWindowsAbsolute(rest) || rest[0] == '/') { cut = i; break; }
        }
        if (cut == std::string::npos) return;
        Token a = tok, b = tok;
        a.value = v.substr(0, cut);
        a.end = tok.begin + cut;
        b.value = v.substr(cut + 1);
        b.begin = tok.begin + cut + 1;
        f.path = a;
        f.other = b;
    }

    std::optional<Found> pathInPiece(const Piece& p) const {
        if (auto f = verbInPiece(p)) return f;
        // the last quoted string, with its partner when "'a' -> 'b'"
        for (std::size_t i = p.quoted.size(); i-- > 0;) {
            const Token& q = p.quoted[i];
            if (!acceptablePath(q.value)) continue;
            if (!(looksLikePath(q.value) || looksLikeFileName(q.value, true) || q.value.find(' ') == std::string::npos))
                continue;
            Found f;
            f.path = q;
            if (i > 0) {
                const std::string_view between = trimmed(t_.substr(p.quoted[i - 1].end, q.begin - p.quoted[i - 1].end));
                if (between == "->" && acceptablePath(p.quoted[i - 1].value)) {
                    f.path = p.quoted[i - 1];
                    f.other = q;
                    f.role = PairRole::SourceMatters;
                }
            }
            return f;
        }
        const std::string_view piece = t_.substr(p.begin, p.end - p.begin);
        // call syntax: fopen(x), execvpe(sudo)
        static constexpr std::pair<std::string_view, Operation> kCalls[] = {
            {"execvpe(", Operation::Execute}, {"execve(", Operation::Execute}, {"execvp(", Operation::Execute},
            {"execv(", Operation::Execute},   {"fopen(", Operation::Unknown},  {"opendir(", Operation::List},
            {"mkdir(", Operation::Create},    {"unlink(", Operation::Delete},  {"open(", Operation::Unknown},
        };
        for (const auto& [call, op] : kCalls) {
            const std::size_t at = piece.find(call);
            if (at == std::string_view::npos) continue;
            const std::size_t from = p.begin + at + call.size();
            const std::size_t close = t_.find(')', from);
            if (close == Text::npos || close > p.end) continue;
            if (auto q = readQuoted(t_, from); q && q->end <= close) {
                Found f;
                f.path = q;
                f.operation = op;
                f.source = OperationSource::Inferred;
                return f;
            }
            Token tok;
            tok.begin = from;
            tok.end = close;
            tok.value = std::string(t_.substr(from, close - from));
            if (!acceptablePath(tok.value) || tok.value.find(' ') != std::string::npos) continue;
            Found f;
            f.path = tok;
            f.operation = op;
            f.source = OperationSource::Inferred;
            return f;
        }
        // a Windows path may hold spaces: from its drive to the end of the piece
        for (std::size_t i = p.begin; i + 3 <= p.end; ++i) {
            if (i > p.begin && !(t_[i - 1] == ' ' || t_[i - 1] == '(' || t_[i - 1] == '[' || t_[i - 1] == '`'))
                continue;
            if (!startsWindowsAbsolute(t_.substr(i, p.end - i))) continue;
            auto tok = readBare(t_, i, p.end, true);
            if (!tok || !acceptablePath(tok->value)) continue;
            Found f;
            f.path = tok;
            splitBarePair(*tok, f);
            if (f.other) f.role = PairRole::SourceMatters;
            return f;
        }
        const std::string_view tp = trimmed(piece);
        if (!tp.empty() && (tp[0] == '/' || tp[0] == '~') && tp.find(' ') != std::string_view::npos && looksLikePath(tp) &&
            tp.find(" - ") == std::string_view::npos) {
            // "/Users/ana/My Files/x: Permission denied" — a whole piece that starts like a path
            bool wordy = false;
            for (std::size_t k = 0; k + 1 < tp.size(); ++k)
                if (tp[k] == ' ' && !(tp[k + 1] == '/' || isAlnum(tp[k + 1]))) wordy = true;
            if (!wordy) {
                Token tok;
                tok.begin = p.begin + static_cast<std::size_t>(tp.data() - piece.data());
                tok.end = tok.begin + tp.size();
                tok.value = std::string(tp);
                if (tok.value.find(' ') != std::string::npos && tok.value.find('/', 1) != std::string::npos) {
                    const std::size_t lastSpace = tok.value.rfind(' ');
                    const std::size_t lastSlash = tok.value.rfind('/');
                    if (lastSpace > lastSlash) {
                        // "/bin/sh 1" style: not a spaced path
                    } else {
                        Found f;
                        f.path = tok;
                        return f;
                    }
                }
            }
        }
        // the last bare word that looks like a path
        std::optional<Token> best;
        for (std::size_t i = p.begin; i < p.end;) {
            while (i < p.end && (isSpace(t_[i]) || t_[i] == '(' || t_[i] == '[' || t_[i] == '`' || t_[i] == '"' ||
                                 t_[i] == '\'' || t_[i] == '<' || t_[i] == '='))
                ++i;
            if (i >= p.end) break;
            std::size_t e = i;
            while (e < p.end && !isSpace(t_[e])) ++e;
            if (auto tok = readBare(t_, i, e, false)) {
                std::string& v = tok->value;
                while (!v.empty() && (v.back() == '`' || v.back() == '\'' || v.back() == '"' || v.back() == ')' ||
                                      v.back() == ']' || v.back() == '>')) {
                    v.pop_back();
                    --tok->end;
                }
                tok->value = fromUrl(v);
                if (acceptablePath(tok->value) && looksLikePath(tok->value)) best = tok;
            }
            i = e;
        }
        if (best) {
            Found f;
            f.path = best;
            return f;
        }
        // a lone file name: "touch: notes.txt: Permission denied"
        if (tp.find(' ') == std::string_view::npos && looksLikeFileName(tp)) {
            Token tok;
            tok.begin = p.begin + static_cast<std::size_t>(tp.data() - piece.data());
            tok.end = tok.begin + tp.size();
            tok.value = std::string(tp);
            Found f;
            f.path = tok;
            return f;
        }
        return std::nullopt;
    }

    // A piece with no path in it that may sit between the path and the phrase: "open failed",
    // "connect", "13", "EACCES", "I/O error".
    bool skippable(const Piece& p) const {
        const std::string_view s = trimmed(t_.substr(p.begin, p.end - p.begin));
        if (s.size() > 40) return false;
        int words = 1;
        for (char c : s)
            if (c == ' ') ++words;
        return words <= 4;
    }

    std::optional<Found> before(const Cluster& c) const {
        const std::size_t ls = lineStart(t_, c.begin);
        std::size_t p = c.begin;
        for (int attempt = 0; attempt < 4; ++attempt) {
            while (p > ls) {
                const char ch = t_[p - 1];
                if (ch == ' ' || ch == '\t' || ch == ':' || ch == ',' || ch == '(' || ch == '[' || ch == '-' || ch == '{' ||
                    (ch == '.' && p < t_.size() && t_[p] == ' '))
                    --p;
                else
                    break;
            }
            if (p <= ls) return std::nullopt;
            const Piece piece = pieceEndingAt(ls, p);
            if (auto f = pathInPiece(piece)) {
                f->program = programBefore(ls, piece.begin);
                // cp 'src' -> 'dst': copying fails on the destination
                if (f->other && f->role == PairRole::SourceMatters &&
                    (f->program == "cp" || f->program == "install" || f->program == "rsync"))
                    f->role = PairRole::DestinationMatters;
                return f;
            }
            if (!skippable(piece)) return std::nullopt;
            p = piece.begin;
        }
        return std::nullopt;
    }

    // "bash: x: …", "/bin/cat: x: …", "/home/u/run.sh: line 4: x: …", "/bin/sh: 1: x: …"
    std::string programBefore(std::size_t ls, std::size_t pathPiece) const {
        const std::string_view prefix = trimmed(t_.substr(ls, pathPiece - ls));
        if (prefix.empty()) return {};
        std::string_view first = prefix.substr(0, prefix.find(": "));
        // drop decorations a log or a prompt put in front: "`", "0.363 ", "stderr: "
        const std::size_t sp = first.rfind(' ');
        if (sp != std::string_view::npos) first.remove_prefix(sp + 1);
        while (!first.empty() && (first.front() == '`' || first.front() == '\'' || first.front() == '"')) first.remove_prefix(1);
        while (!first.empty() && first.back() == ':') first.remove_suffix(1);
        if (first.empty() || first.size() > 64) return {};
        std::string_view base = first;
        if (base[0] == '-') base.remove_prefix(1);
        const std::size_t slash = base.rfind('/');
        if (slash != std::string_view::npos) base.remove_prefix(slash + 1);
        const bool scriptLine = prefix.find(": line ") != std::string_view::npos ||
                                (prefix.size() > first.size() + 2 && isShellName(first));
        if (isShellName(first) || (scriptLine && first.find('/') != std::string_view::npos)) return "bash";
        for (char ch : base)
            if (!(isAlnum(ch) || ch == '-' || ch == '_' || ch == '.')) return {};
        if (programOperation(base)) return std::string(base);
        return {};
    }

    // ---- context beyond the line ----------------------------------------------------------

    // color-eyre / anyhow chains: "3: Creating directory `/nix`" above "4: Read-only file system".
    std::optional<Found> numberedChain(std::size_t ls) const {
        std::size_t end = ls;
        for (int n = 0; n < 6 && end > 0; ++n) {
            const std::size_t prevEnd = end - 1;
            const std::size_t prevStart = lineStart(t_, prevEnd);
            const std::string_view line = trimmed(t_.substr(prevStart, prevEnd - prevStart));
            std::size_t d = 0;
            while (d < line.size() && line[d] >= '0' && line[d] <= '9') ++d;
            if (d == 0 || d + 1 >= line.size() || line[d] != ':') return std::nullopt;
            for (std::size_t i = prevStart; i < prevEnd; ++i) {
                if (!quoteOpenerAt(t_, i)) continue;
                auto q = readQuoted(t_, i, prevEnd - i);
                if (!q || q->end > prevEnd) continue;
                if (acceptablePath(q->value) && looksLikePath(q->value)) {
                    Found f;
                    f.path = q;
                    f.source = OperationSource::Inferred;  // another line of the chain
                    Piece piece{prevStart, prevEnd, {}};
                    if (auto v = verbInPiece(piece)) f.operation = v->operation;
                    else if (auto op = proseOperation(t_.substr(prevStart, q->begin - prevStart))) f.operation = *op;
                    return f;
                }
                i = q->end - 1;
            }
            end = prevStart;
        }
        return std::nullopt;
    }

    // anyhow/eyre/cargo chains put the path on another line than the OS error: "failed to open: /x"
    // above "Caused by:" and "Permission denied (os error 13)", or Rust's io::Error Debug form above
    // "failed to create directory `/x`". A verb and a path on a neighbouring line name both.
    std::optional<Found> chainContext(const Cluster& c) const {
        const std::size_t ls = lineStart(t_, c.begin);
        auto tryLine = [&](std::size_t s, std::size_t e) -> std::optional<Found> {
            const std::string_view line = trimmed(t_.substr(s, e - s));
            if (line.empty() || line.size() > 1024) return std::nullopt;
            auto f = verbInPiece(Piece{s, e, {}});
            if (!f || !f->path || f->operation == Operation::Unknown) return std::nullopt;
            f->source = OperationSource::Inferred;  // another line
            return f;
        };
        std::size_t end = ls;
        for (int n = 0; n < 4 && end > 0; ++n) {
            const std::size_t prevEnd = end - 1;
            const std::size_t prevStart = lineStart(t_, prevEnd);
            const std::string_view line = trimmed(t_.substr(prevStart, prevEnd - prevStart));
            end = prevStart;
            if (line.empty() || line == "Caused by:") continue;
            if (auto f = tryLine(prevStart, prevEnd)) return f;
            break;
        }
        const std::size_t eol = lineEnd(t_, c.end);
        if (eol < t_.size()) {
            const std::size_t ns = eol + 1;
            if (auto f = tryLine(ns, lineEnd(t_, ns))) return f;
        }
        return std::nullopt;
    }

    // macOS privacy (TCC) refusals name the folder in the lines before: "Sync Directories: [/x]".
    std::optional<Found> privacyContext(const Cluster& c) const {
        const std::size_t eol = lineEnd(t_, c.end);
        const std::string low = lowerCopy(t_.substr(c.begin, eol - c.begin));
        if (low.find("full disk access") == std::string::npos) return std::nullopt;
        std::size_t end = lineStart(t_, c.begin);
        for (int n = 0; n < 5 && end > 0; ++n) {
            const std::size_t prevEnd = end - 1;
            const std::size_t prevStart = lineStart(t_, prevEnd);
            for (std::size_t i = prevStart; i < prevEnd; ++i) {
                const char ch = t_[i];
                if ((ch == '/' || ch == '~') && (i == prevStart || t_[i - 1] == ' ' || t_[i - 1] == '[' || t_[i - 1] == '(')) {
                    std::size_t e = i;
                    while (e < prevEnd && t_[e] != ']' && t_[e] != ')') ++e;
                    Token tok;
                    tok.begin = i;
                    tok.end = e;
                    tok.value = std::string(trimmed(t_.substr(i, e - i)));
                    if (!acceptablePath(tok.value) || !looksLikePath(tok.value)) break;
                    Found f;
                    f.path = tok;
                    f.source = OperationSource::Inferred;
                    if (auto op = proseOperation(t_.substr(prevEnd, c.begin - prevEnd))) f.operation = *op;
                    return f;
                }
            }
            end = prevStart;
        }
        return std::nullopt;
    }

    // PowerShell and .NET name only the leaf in the quoted part ("Access to the path 'x.dll' is
    // denied") after the full path: take the full one.
    void widenLeaf(Found& f, std::size_t ls) const {
        if (!f.path || !f.path->quoted) return;
        const std::string& leaf = f.path->value;
        if (leaf.find('/') != std::string::npos || leaf.find('\\') != std::string::npos || leaf.empty()) return;
        const std::string_view line = t_.substr(ls, f.path->begin - ls);
        for (std::size_t at = line.rfind(leaf); at != std::string_view::npos && at > 0;
             at = at == 0 ? std::string_view::npos : line.rfind(leaf, at - 1)) {
            const char sep = line[at - 1];
            if (sep != '\\' && sep != '/') continue;
            const std::size_t end = at + leaf.size();
            for (std::size_t s = at; s-- > 0;) {
                const std::string_view rest = line.substr(s);
                if ((s == 0 || line[s - 1] == ' ' || line[s - 1] == '\'' || line[s - 1] == '"') &&
                    (startsWindowsAbsolute(rest) || (line[s] == '/' && sep == '/'))) {
                    const std::string_view full = line.substr(s, end - s);
                    if (full.find(": ") != std::string_view::npos) break;
                    Token tok;
                    tok.begin = ls + s;
                    tok.end = ls + end;
                    tok.value = std::string(full);
                    f.path = tok;
                    return;
                }
                if (line[s] == '\'' || line[s] == '"' || (line[s] == ' ' && s + 1 < line.size() && line[s + 1] == ':'))
                    break;
                if (s + 2 < line.size() && line[s] == ':' && line[s + 1] == ' ') break;
            }
        }
    }

    // ---- operation from the surroundings ----------------------------------------------------

    std::optional<Operation> pythonFrames(std::size_t ls) const {
        std::size_t end = ls;
        for (int n = 0; n < 10 && end > 0; ++n) {
            const std::size_t prevEnd = end - 1;
            const std::size_t prevStart = lineStart(t_, prevEnd);
            const std::string_view line = trimmed(t_.substr(prevStart, prevEnd - prevStart));
            if (line.empty() || startsWith(line, "Traceback")) return std::nullopt;
            if (auto op = pythonLineOperation(line)) return op;
            end = prevStart;
        }
        return std::nullopt;
    }

    std::optional<Operation> stackFrames(std::size_t from) const {
        std::size_t pos = lineEnd(t_, from);
        for (int n = 0; n < 14 && pos < t_.size(); ++n) {
            const std::size_t s = pos + 1;
            const std::size_t e = lineEnd(t_, s);
            const std::string_view line = trimmed(t_.substr(s, e - s));
            pos = e;
            if (line.empty()) continue;
            if (!startsWith(line, "at ")) {
                if (n == 0) continue;  // "2026-04-21 09:55:35" between the error and its frames
                break;
            }
            if (auto op = stackFrameOperation(line)) return op;
        }
        return std::nullopt;
    }

    // How the shell line a few lines above used the path: "$ sudo echo hi > /x" wrote it (the
    // redirection failed, nothing ran), "< /x" read it, "$ ./x args" ran it.
    std::optional<Operation> shellUse(std::size_t ls, const std::string& path) const {
        std::size_t end = ls;
        for (int n = 0; n < 4 && end > 0; ++n) {
            const std::size_t prevEnd = end - 1;
            const std::size_t prevStart = lineStart(t_, prevEnd);
            const std::string_view line = t_.substr(prevStart, prevEnd - prevStart);
            for (std::size_t at = line.find(path); at != std::string_view::npos; at = line.find(path, at + 1)) {
                std::size_t k = at;
                while (k > 0 && line[k - 1] == ' ') --k;
                if (k > 0 && line[k - 1] == '>') return Operation::Write;
                if (k > 0 && line[k - 1] == '<') return Operation::Read;
                const std::size_t after = at + path.size();
                if (after < line.size() && !isSpace(line[after]) && line[after] != ';') continue;
                if (k == 0 || line[k - 1] == '$' || line[k - 1] == '#' || line[k - 1] == '%' || line[k - 1] == ';' ||
                    line[k - 1] == '&')
                    return Operation::Execute;
            }
            end = prevStart;
        }
        return std::nullopt;
    }

    bool promptBefore(std::size_t ls) const {
        if (ls == 0) return false;
        const std::size_t ps = lineStart(t_, ls - 1);
        const std::string_view line = trimmed(t_.substr(ps, ls - 1 - ps));
        if (startsWith(line, "$ ") || startsWith(line, "# ") || startsWith(line, "> ") || startsWith(line, "% ") ||
            startsWith(line, "\xce\xbb ") || startsWith(line, "PS ") || startsWith(line, "[Running"))
            return true;
        const std::size_t gt = line.find('>');
        return gt != std::string_view::npos && startsWindowsAbsolute(line) && line.find(' ') > gt;
    }

    // A verb phrase before the error on its line, even with no path after it ("couldn't read directory").
    std::optional<Operation> verbBefore(std::size_t ls, std::size_t end) const {
        if (end - ls > 1024) ls = end - 1024;
        std::optional<Operation> best;
        std::size_t bestEnd = 0, bestLen = 0;
        for (const VerbHit& hit : findVerbs(t_.substr(ls, end - ls))) {
            if (hit.verb->text.back() == ' ') continue;  // Go's bare verbs say something only before a path
            const std::size_t len = hit.verb->text.size();
            if (best && (hit.end < bestEnd || (hit.end == bestEnd && len <= bestLen))) continue;
            best = hit.verb->operation;
            bestEnd = hit.end;
            bestLen = len;
        }
        if (best == Operation::Unknown) return std::nullopt;
        return best;
    }

    // "Copy-Item : …" (an error record) or "PS C:\x> Remove-Item …" on the line itself.
    std::optional<Operation> cmdletAt(std::size_t ls) const {
        std::string_view line = trimmed(t_.substr(ls, lineEnd(t_, ls) - ls));
        if (startsWith(line, "PS ")) {
            const std::size_t gt = line.find("> ");
            if (gt == std::string_view::npos) return std::nullopt;
            line = trimmed(line.substr(gt + 2));
        }
        std::size_t i = 0;
        while (i < line.size() && (isAlpha(line[i]) || line[i] == '-')) ++i;
        const std::string_view word = line.substr(0, i);
        if (word.find('-') == std::string_view::npos) return std::nullopt;
        return cmdletOperation(word);
    }

    Operation inferOperation(const Cluster& c, const Found& f, std::size_t ls, OperationSource& source) const;
    Operation shellOperation(const Cluster& c, std::size_t ls, const std::string& path, OperationSource& source) const;

    std::optional<Found> extract(const Cluster& c) const;
    std::string program(const Cluster& c, const Found& f, std::size_t ls) const;
};

std::optional<Found> Parser::extract(const Cluster& c) const {
    if (c.negative) return Found{};
    const std::size_t ls = lineStart(t_, c.begin);
    std::optional<Found> f;
    for (const PhraseMatch& m : c.matches)
        if (!f && phraseAt(m.phrase).locator == Locator::PyCode) f = python(m.end);
    if (!f && c.has(Locator::NodeCode)) {
        for (std::size_t i = c.begin; i < c.end && !f; ++i) {
            // find the code word itself inside the cluster
            for (std::string_view code : {"EACCES", "EPERM", "EROFS", "ETXTBSY", "EBUSY"}) {
                if (t_.substr(i, code.size()) != code) continue;
                if (i > 0 && isAlnum(t_[i - 1])) continue;
                if (i + code.size() < t_.size() && isAlnum(t_[i + code.size()])) continue;
                f = node(c, i, i + code.size());
                break;
            }
        }
    }
    for (const PhraseMatch& m : c.matches)
        if (!f && phraseAt(m.phrase).locator == Locator::JavaException) f = java(m.end);
    for (const PhraseMatch& m : c.matches)
        if (!f && phraseAt(m.phrase).locator == Locator::DockerSocket) f = docker(m.end);
    for (const PhraseMatch& m : c.matches) {
        if (f || phraseAt(m.phrase).locator != Locator::PathAfter) continue;
        f = after(m.end);
        if (f) {
            if (phraseAt(m.phrase).operation != Operation::Unknown) f->operation = phraseAt(m.phrase).operation;
            widenLeaf(*f, ls);
        }
    }
    if (!f && c.codeOnly) return std::nullopt;
    if (!f) f = tempfile(c.end);
    if (!f) f = ruby(c.end);
    if (!f) f = before(c);
    if (!f) f = afterColon(c.end);
    if (!f) f = numberedChain(ls);
    if (!f) f = chainContext(c);
    if (!f) f = privacyContext(c);
    if (!f) f = Found{};
    return f;
}

Operation Parser::inferOperation(const Cluster& c, const Found& f, std::size_t ls, OperationSource& source) const {
    using S = OperationSource;
    auto text = [&](Operation op) {
        source = S::Text;
        return op;
    };
    auto inferred = [&](Operation op) {
        source = S::Inferred;
        return op;
    };
    source = S::Checked;
    if (c.operation != Operation::Unknown) return text(c.operation);
    if (f.operation != Operation::Unknown && !f.weakOperation) {
        source = f.source;
        return f.operation;
    }
    if (c.has(Locator::PyCode) || f.program == "python") {
        if (auto op = pythonFrames(ls)) return inferred(*op);
        if (f.other) return inferred(Operation::Rename);
    }
    if (auto op = stackFrames(c.end)) return inferred(*op);
    const Platform platform = f.path ? platformOf(f.path->value) : Platform::Any;
    if (f.weakOperation) {
        // EPERM from open() is a write (immutable, append-only, protected files) except under
        // macOS privacy control, which refuses reads too
        if (c.errorClass == ErrorClass::EPERM_ && platform != Platform::MacOS) return inferred(Operation::Write);
        if (c.errorClass == ErrorClass::EROFS_ || c.errorClass == ErrorClass::ETXTBSY_) return inferred(Operation::Write);
        // Node's open without its flags: every plausible operation is checked
        if (f.operation == Operation::Unknown) return Operation::Unknown;
        return inferred(f.operation);
    }
    if (f.path) {
        std::string prog = f.program;
        if (prog.empty() || prog == "python") prog = programBefore(ls, lineEnd(t_, ls));
        if (isShellName(prog) || prog == "bash") return shellOperation(c, ls, f.path->value, source);
        if (auto op = programOperation(prog)) return inferred(*op);
    }
    // "\"/etc/x.conf\" [Permission Denied]": vim's status line, when opening
    if (f.path && f.path->quoted && c.begin >= 2 && t_[c.begin - 1] == '[' && t_[c.begin - 2] == ' ' &&
        f.path->end + 2 == c.begin)
        return inferred(Operation::Read);
    if (auto op = verbBefore(ls, c.begin)) return text(*op);
    if (auto op = cmdletAt(ls)) return inferred(*op);
    {
        const std::size_t to = f.path && f.path->begin < c.begin && f.path->begin >= ls ? f.path->begin : c.begin;
        if (auto op = proseOperation(t_.substr(ls, to - ls))) return text(*op);
        const std::string_view line = trimmed(t_.substr(ls, c.end - ls));
        const bool exceptionLine = line.find("Exception") != std::string_view::npos ||
                                   line.find("Error") != std::string_view::npos;
        if (exceptionLine && ls > 0 && (!f.path || f.path->begin >= c.end)) {
            const std::size_t ps = lineStart(t_, ls - 1);
            const std::string_view prev = trimmed(t_.substr(ps, ls - 1 - ps));
            if (!startsWith(prev, "at ") && (!f.path || prev.find("Exception") == std::string_view::npos))
                if (auto op = proseOperation(prev)) return inferred(*op);
        }
    }
    if (!f.path && (c.errorClass == ErrorClass::WinAccessDenied || c.errorClass == ErrorClass::EACCES_) && promptBefore(ls))
        return inferred(Operation::Execute);
    if (f.path) {
        if (looksLikeProgram(f.path->value)) return inferred(Operation::Execute);  // a script or a program run from here
        const std::string ext = extensionOf(f.path->value);
        if (ext == "log") return inferred(Operation::Write);  // programs append to their logs; others hold them open
        if (ext == "xlsx" || ext == "xls" || ext == "xlsm" || ext == "docx" || ext == "doc" || ext == "pptx")
            return inferred(Operation::Read);  // a script reading the workbook someone has open in Office
    }
    switch (c.errorClass) {
    case ErrorClass::EROFS_: return inferred(Operation::Write);     // only a change can hit a read-only mount
    case ErrorClass::ETXTBSY_: return inferred(Operation::Write);
    case ErrorClass::EBUSY_: return inferred(Operation::Delete);    // removing or unmounting what is in use
    case ErrorClass::SshKeyTooOpen: return inferred(Operation::Read);
    case ErrorClass::DockerSocket: return inferred(Operation::Connect);
    default: return Operation::Unknown;
    }
}

// "bash: P: …" is printed alike for a command that could not run and for a redirection that could
// not open its file. EROFS, EPERM and ETXTBSY come from changing the file; a plain EACCES is a run
// only when the path was typed as a command or looks like a program, otherwise it stays unknown.
Operation Parser::shellOperation(const Cluster& c, std::size_t ls, const std::string& path, OperationSource& source) const {
    source = OperationSource::Inferred;
    if (auto op = shellUse(ls, path)) return *op;
    if (c.errorClass == ErrorClass::EROFS_ || c.errorClass == ErrorClass::EPERM_ || c.errorClass == ErrorClass::ETXTBSY_)
        return c.errorClass == ErrorClass::ETXTBSY_ && looksLikeProgram(path) ? Operation::Execute : Operation::Write;
    if (!looksLikeData(path)) return Operation::Execute;  // ./gradlew, /etc/rc.local
    source = OperationSource::Checked;  // notes.txt: nobody runs it, so it was a redirection or a read
    return Operation::Unknown;
}

std::string Parser::program(const Cluster& c, const Found& f, std::size_t ls) const {
    const std::string_view line = t_.substr(ls, lineEnd(t_, c.end) - ls);
    if (line.find("Could not install packages") != std::string_view::npos) return "pip";
    if (!f.program.empty()) return f.program;
    if (line.find("npm ERR!") != std::string_view::npos) return "npm";
    if (line.find("Could not install packages") != std::string_view::npos) return "pip";
    if (line.find("Error:") != std::string_view::npos && c.has(Locator::PyCode)) return "python";
    if (line.find("java.") != std::string_view::npos) return "java";
    if (line.find("System.") != std::string_view::npos || c.has(Locator::PathAfter)) {
        for (const PhraseMatch& m : c.matches)
            if (phraseAt(m.phrase).text == "access to the path" || phraseAt(m.phrase).text == "unauthorizedaccessexception")
                return "dotnet";
    }
    if (line.find(" : ") != std::string_view::npos && line.find('-') < line.find(" : ")) return "powershell";
    if (line.find("(os error") != std::string_view::npos) return "rust";
    if (c.errorClass == ErrorClass::SshKeyTooOpen) return "ssh";
    if (line.find("fatal: ") != std::string_view::npos || line.find("error: unable to") != std::string_view::npos ||
        line.find("insufficient permission for adding") != std::string_view::npos || line.find("Unlink of file") != std::string_view::npos)
        return "git";
    if (line.find("E: ") != std::string_view::npos || line.find("E:Could") != std::string_view::npos) return "apt";
    return {};
}

std::string joinPath(const std::string& dir, std::string_view rel) {
    while (rel.substr(0, 2) == "./") rel.remove_prefix(2);
    std::string out = dir;
    if (!out.empty() && out.back() != '/') out.push_back('/');
    out.append(rel);
    return out;
}

int classPriority(ErrorClass c) {
    switch (c) {
    case ErrorClass::SshKeyTooOpen: case ErrorClass::DockerSocket: return 90;
    case ErrorClass::WinLockViolation: return 61;  // says more than "cannot access the file" before it
    case ErrorClass::WinSharingViolation: return 60;
    case ErrorClass::WinAccessDenied: return 50;
    case ErrorClass::EROFS_: case ErrorClass::ETXTBSY_: case ErrorClass::EBUSY_: return 40;
    case ErrorClass::EPERM_: return 30;
    case ErrorClass::EACCES_: return 20;
    default: return 10;
    }
}

std::vector<ParsedRequest> Parser::run(const ScanText& st) {
    std::vector<PhraseMatch> matches = findPhrases(t_, kMaxMatches);
    std::sort(matches.begin(), matches.end(),
              [](const PhraseMatch& a, const PhraseMatch& b) { return a.begin != b.begin ? a.begin < b.begin : a.end > b.end; });

    std::vector<Cluster> clusters;
    for (const PhraseMatch& m : matches) {
        if (!clusters.empty()) {
            Cluster& cur = clusters.back();
            if (m.begin <= cur.end + kClusterGap && t_.substr(cur.end, m.begin > cur.end ? m.begin - cur.end : 0).find('\n') == Text::npos) {
                cur.add(m);
                continue;
            }
        }
        if (clusters.size() >= kMaxEvents) break;
        Cluster c;
        c.begin = m.begin;
        c.end = m.end;
        c.add(m);
        clusters.push_back(std::move(c));
    }

    struct Entry {
        ParsedRequest request;
        int priority;
        int rank;
        std::size_t order;
    };
    std::vector<Entry> entries;
    std::map<std::string, std::size_t> byPath;
    std::size_t order = 0;
    std::string textCwd;
    bool cwdLooked = false;

    for (const Cluster& c : clusters) {
        if (c.bannerOnly) continue;
        auto found = extract(c);
        if (!found) continue;
        Found& f = *found;
        const std::size_t ls = lineStart(t_, c.begin);
        ParsedRequest r;
        r.errorClass = c.errorClass;
        r.operation = inferOperation(c, f, ls, r.operationSource);
        if (r.operation == Operation::Execute && f.path && f.path->quoted && !f.other) commandOnly(*f.path);
        r.program = program(c, f, ls);
        std::size_t spanBegin = c.begin, spanEnd = c.end;
        if (f.path) {
            const Token& primary = (f.other && f.role == PairRole::DestinationMatters) ? *f.other : *f.path;
            const Token* secondary = f.other ? (&primary == &*f.other ? &*f.path : &*f.other) : nullptr;
            r.path = fromUrl(primary.value);
            if (secondary) {
                r.otherPath = fromUrl(secondary->value);
                r.pathRole = f.role == PairRole::DestinationMatters ? "destination" : "source";
                if (!acceptablePath(*r.otherPath)) {
                    r.otherPath.reset();
                    r.pathRole.clear();
                }
            }
            if (!acceptablePath(*r.path)) {  // "file://" alone decodes to nothing
                r.path.reset();
                r.otherPath.reset();
                r.pathRole.clear();
                f.path.reset();
                f.other.reset();
            }
        }
        if (f.path) {
            spanBegin = std::min(spanBegin, f.path->begin);
            spanEnd = std::max(spanEnd, f.other ? f.other->end : f.path->end);
            r.platform = platformOf(*r.path);
            if ((c.flags & kPlatformAccess) && c.priority < 75) {
                const bool windows = r.platform == Platform::Windows;
                if (r.errorClass == ErrorClass::WinAccessDenied && !windows && !isRelative(*r.path))
                    r.errorClass = ErrorClass::EACCES_;
                else if (r.errorClass == ErrorClass::EACCES_ && windows)
                    r.errorClass = ErrorClass::WinAccessDenied;
            }
            if (r.platform == Platform::Any && (r.errorClass == ErrorClass::WinAccessDenied ||
                                                r.errorClass == ErrorClass::WinSharingViolation ||
                                                r.errorClass == ErrorClass::WinLockViolation))
                r.platform = Platform::Windows;
            if (r.path->size() > 11 && r.path->substr(r.path->size() - 11) == "docker.sock" &&
                classPriority(r.errorClass) < 90) {
                r.errorClass = ErrorClass::DockerSocket;
                r.operation = Operation::Connect;
                r.operationSource = OperationSource::Inferred;
            }
        } else if (c.errorClass == ErrorClass::WinAccessDenied || c.errorClass == ErrorClass::WinSharingViolation ||
                   c.errorClass == ErrorClass::WinLockViolation) {
            r.platform = Platform::Windows;
        }
        r.spanBegin = st.original(spanBegin);
        r.spanEnd = st.original(spanEnd > 0 ? spanEnd - 1 : 0) + (spanEnd > 0 ? 1 : 0);

        int rank = 0;
        const std::string_view line = trimmed(t_.substr(ls, c.begin - ls));
        if (startsWith(line, "Caused by:")) rank = 1;  // Java's root cause explains the wrapper

        if (r.path) {
            if (opts_.home.size() && (r.path->size() == 1 || (*r.path)[1] == '/') && (*r.path)[0] == '~')
                r.path = opts_.home + r.path->substr(1);
            if (isRelative(*r.path)) {
                if (!cwdLooked) {
                    textCwd = opts_.cwd.empty() ? cwdShownInText() : opts_.cwd;
                    cwdLooked = true;
                }
                if (r.platform != Platform::Windows && !textCwd.empty()) r.path = joinPath(textCwd, *r.path);
                else r.relative = true;
            }
            auto it = byPath.find(*r.path);
            if (it != byPath.end()) {
                Entry& e = entries[it->second];
                if (e.request.operation == Operation::Unknown) {
                    e.request.operation = r.operation;
                    e.request.operationSource = r.operation == Operation::Unknown ? e.request.operationSource
                                                                                  : OperationSource::Inferred;
                }
                if (classPriority(r.errorClass) > classPriority(e.request.errorClass) && c.priority > e.priority) {
                    e.request.errorClass = r.errorClass;
                    e.priority = c.priority;
                }
                if (e.request.program.empty()) e.request.program = r.program;
                continue;
            }
            if (byPath.size() >= kMaxRequests) continue;
            byPath.emplace(*r.path, entries.size());
        }
        entries.push_back({std::move(r), c.priority, rank, order++});
    }

    // A message without a path is worth listing only when it says something the others do not.
    std::vector<ErrorClass> pathClasses;
    for (const Entry& e : entries)
        if (e.request.path) pathClasses.push_back(e.request.errorClass);
    std::vector<Entry> kept;
    std::vector<std::pair<ErrorClass, Operation>> seenPathless;
    for (Entry& e : entries) {
        if (!e.request.path) {
            if (std::find(pathClasses.begin(), pathClasses.end(), e.request.errorClass) != pathClasses.end()) continue;
            const std::pair key{e.request.errorClass, e.request.operation};
            if (std::find(seenPathless.begin(), seenPathless.end(), key) != seenPathless.end()) continue;
            if (seenPathless.size() >= 8) continue;
            seenPathless.push_back(key);
        }
        kept.push_back(std::move(e));
    }
    std::stable_sort(kept.begin(), kept.end(), [](const Entry& a, const Entry& b) {
        if (a.request.path.has_value() != b.request.path.has_value()) return a.request.path.has_value();
        if (a.rank != b.rank) return a.rank > b.rank;
        return a.order < b.order;
    });
    std::vector<ParsedRequest> out;
    out.reserve(kept.size());
    for (Entry& e : kept) out.push_back(std::move(e.request));
    return out;
}

// A paste that is nothing but a path or a file:// URL (dragged from a file manager, copied from a
// terminal) asks about that path: no error says what was tried, so every operation is checked.
std::optional<ParsedRequest> bareRequest(std::string_view text, const ParseOptions& opts) {
    std::string_view t = trimmed(text);
    if (t.empty() || t.size() > 4096 || t.find('\n') != std::string_view::npos) return std::nullopt;
    std::size_t begin = static_cast<std::size_t>(t.data() - text.data());
    if (t.size() >= 2 && (t.front() == '\'' || t.front() == '"') && t.back() == t.front()) {
        t = t.substr(1, t.size() - 2);
        ++begin;
    }
    for (char c : t)
        if (static_cast<unsigned char>(c) < 0x20) return std::nullopt;
    const bool url = lowerCopy(t.substr(0, 7)) == "file://";
    if (!(url || t.front() == '/' || startsWith(t, "~/") || t == "~" || startsWindowsAbsolute(t))) return std::nullopt;
    std::string path = fromUrl(t);
    if (!acceptablePath(path)) return std::nullopt;
    // spaces only inside a path of several components: "/home/ana/My Files", not "/ is full"
    const std::string_view firstWord = t.substr(0, t.find(' '));
    if (!url && firstWord.size() < t.size() &&
        (firstWord.find_first_of("/\\", 1) == std::string_view::npos || !looksLikePath(t) ||
         t.find(": ") != std::string_view::npos || t.find_first_of("'\"`") != std::string_view::npos))
        return std::nullopt;  // a message that starts with a program's path: "/usr/bin/x: can't open 'y'"
    ParsedRequest r;
    r.spanBegin = begin;
    r.spanEnd = begin + t.size();
    if (!opts.home.empty() && path[0] == '~' && (path.size() == 1 || path[1] == '/')) path = opts.home + path.substr(1);
    r.platform = platformOf(path);
    r.path = std::move(path);
    r.operationSource = OperationSource::Checked;
    return r;
}

}  // namespace
}  // namespace parse

std::vector<ParsedRequest> parseErrorText(std::string_view text, const ParseOptions& opts) {
    const parse::ScanText st(text);
    parse::Parser p(st.text(), opts);
    std::vector<ParsedRequest> out = p.run(st);
    if (out.empty())
        if (auto r = parse::bareRequest(text, opts)) out.push_back(std::move(*r));
    return out;
}

}  // namespace wd
