// SPDX-License-Identifier: GPL-3.0-or-later
// A strict little JSON reader for tests: checks that what the CLI prints is valid JSON (RFC 8259)
// and lets a test look inside. Throws std::runtime_error on anything malformed.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace wdtest {

struct Json {
    enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
    bool b = false;
    double num = 0;
    std::string str;
    std::vector<Json> items;
    std::map<std::string, Json> fields;

    bool has(const std::string& k) const { return kind == Object && fields.count(k) != 0; }
    const Json& operator[](const std::string& k) const {
        auto it = fields.find(k);
        if (kind != Object || it == fields.end()) throw std::runtime_error("no key " + k);
        return it->second;
    }
    const Json& operator[](size_t i) const {
        if (kind != Array || i >= items.size()) throw std::runtime_error("no index " + std::to_string(i));
        return items[i];
    }
    bool isNull() const { return kind == Null; }

    static Json parse(std::string_view text) {
        size_t pos = 0;
        Json j = value(text, pos, 0);
        ws(text, pos);
        if (pos != text.size()) fail("trailing characters", pos);
        return j;
    }

private:
    [[noreturn]] static void fail(const char* what, size_t pos) {
        throw std::runtime_error(std::string("invalid JSON: ") + what + " at byte " + std::to_string(pos));
    }
    static void ws(std::string_view t, size_t& p) {
        while (p < t.size() && (t[p] == ' ' || t[p] == '\n' || t[p] == '\r' || t[p] == '\t')) ++p;
    }
    static void expect(std::string_view t, size_t& p, std::string_view word) {
        if (t.substr(p, word.size()) != word) fail("unexpected token", p);
        p += word.size();
    }
    static void utf8(std::string& out, uint32_t cp) {
        if (cp < 0x80) out += static_cast<char>(cp);
        else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    static uint32_t hex4(std::string_view t, size_t& p) {
        if (p + 4 > t.size()) fail("short \\u escape", p);
        uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = t[p++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= static_cast<uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f') v |= static_cast<uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= static_cast<uint32_t>(c - 'A' + 10);
            else fail("bad hex digit", p);
        }
        return v;
    }
    static std::string string(std::string_view t, size_t& p) {
        expect(t, p, "\"");
        std::string out;
        while (true) {
            if (p >= t.size()) fail("unterminated string", p);
            const unsigned char c = static_cast<unsigned char>(t[p++]);
            if (c == '"') return out;
            if (c < 0x20) fail("raw control character in string", p);
            if (c >= 0x80) {
                // Must be well-formed UTF-8.
                const int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : -1;
                if (n < 0 || c > 0xF4) fail("invalid UTF-8", p);
                out += static_cast<char>(c);
                for (int i = 0; i < n; ++i) {
                    if (p >= t.size() || (static_cast<unsigned char>(t[p]) & 0xC0) != 0x80) fail("invalid UTF-8", p);
                    out += t[p++];
                }
                continue;
            }
            if (c != '\\') {
                out += static_cast<char>(c);
                continue;
            }
            if (p >= t.size()) fail("dangling escape", p);
            const char e = t[p++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                uint32_t cp = hex4(t, p);
                if (cp >= 0xD800 && cp < 0xDC00) {
                    expect(t, p, "\\u");
                    const uint32_t lo = hex4(t, p);
                    if (lo < 0xDC00 || lo > 0xDFFF) fail("bad surrogate pair", p);
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp < 0xE000) {
                    fail("lone low surrogate", p);
                }
                utf8(out, cp);
                break;
            }
            default: fail("unknown escape", p);
            }
        }
    }
    static Json value(std::string_view t, size_t& p, int depth) {
        if (depth > 200) fail("nesting too deep", p);
        ws(t, p);
        if (p >= t.size()) fail("unexpected end", p);
        Json j;
        const char c = t[p];
        if (c == '{') {
            j.kind = Object;
            ++p;
            ws(t, p);
            if (p < t.size() && t[p] == '}') return ++p, j;
            while (true) {
                ws(t, p);
                std::string k = string(t, p);
                ws(t, p);
                expect(t, p, ":");
                j.fields[k] = value(t, p, depth + 1);
                ws(t, p);
                if (p < t.size() && t[p] == ',') { ++p; continue; }
                expect(t, p, "}");
                return j;
            }
        }
        if (c == '[') {
            j.kind = Array;
            ++p;
            ws(t, p);
            if (p < t.size() && t[p] == ']') return ++p, j;
            while (true) {
                j.items.push_back(value(t, p, depth + 1));
                ws(t, p);
                if (p < t.size() && t[p] == ',') { ++p; continue; }
                expect(t, p, "]");
                return j;
            }
        }
        if (c == '"') {
            j.kind = String;
            j.str = string(t, p);
            return j;
        }
        if (c == 't') { expect(t, p, "true"); j.kind = Bool; j.b = true; return j; }
        if (c == 'f') { expect(t, p, "false"); j.kind = Bool; return j; }
        if (c == 'n') { expect(t, p, "null"); return j; }
        const size_t start = p;
        if (p < t.size() && t[p] == '-') ++p;
        while (p < t.size() && ((t[p] >= '0' && t[p] <= '9') || t[p] == '.' || t[p] == 'e' || t[p] == 'E' ||
                                t[p] == '+' || t[p] == '-'))
            ++p;
        if (p == start) fail("unexpected character", p);
        j.kind = Number;
        j.num = std::stod(std::string(t.substr(start, p - start)));
        return j;
    }
};

}  // namespace wdtest
