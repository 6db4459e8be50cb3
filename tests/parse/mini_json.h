// A small JSON reader for the tests: the corpus (one object per line) and the CLI's output.
// Objects keep their keys in a map; numbers are doubles. Throws std::runtime_error on bad input.
#pragma once

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace wdtest {

struct Json {
    enum class Kind { Null, Bool, Number, String, Array, Object } kind = Kind::Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<Json> array;
    std::map<std::string, Json> object;

    bool isNull() const { return kind == Kind::Null; }
    bool has(const std::string& k) const { return kind == Kind::Object && object.count(k) > 0; }
    const Json& operator[](const std::string& k) const {
        static const Json null;
        auto it = object.find(k);
        return it == object.end() ? null : it->second;
    }
    const Json& operator[](std::size_t i) const { return array.at(i); }
};

class JsonReader {
public:
    static Json parse(std::string_view text) {
        JsonReader r(text);
        Json v = r.value();
        r.skip();
        if (r.pos_ != text.size()) throw std::runtime_error("trailing data");
        return v;
    }

private:
    explicit JsonReader(std::string_view t) : t_(t) {}
    std::string_view t_;
    std::size_t pos_ = 0;

    void skip() {
        while (pos_ < t_.size() && (t_[pos_] == ' ' || t_[pos_] == '\n' || t_[pos_] == '\t' || t_[pos_] == '\r')) ++pos_;
    }
    char peek() {
        skip();
        if (pos_ >= t_.size()) throw std::runtime_error("unexpected end");
        return t_[pos_];
    }
    void expect(char c) {
        if (peek() != c) throw std::runtime_error(std::string("expected ") + c);
        ++pos_;
    }
    bool literal(std::string_view w) {
        if (t_.substr(pos_, w.size()) != w) return false;
        pos_ += w.size();
        return true;
    }
    static void utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) out.push_back(static_cast<char>(cp));
        else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xc0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xe0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
        } else {
            out.push_back(static_cast<char>(0xf0 | (cp >> 18)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
        }
    }
    unsigned hex4() {
        if (pos_ + 4 > t_.size()) throw std::runtime_error("short \\u");
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = t_[pos_++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
            else throw std::runtime_error("bad \\u");
        }
        return v;
    }
    std::string str() {
        expect('"');
        std::string out;
        while (true) {
            if (pos_ >= t_.size()) throw std::runtime_error("unterminated string");
            const char c = t_[pos_++];
            if (c == '"') return out;
            if (c != '\\') { out.push_back(c); continue; }
            if (pos_ >= t_.size()) throw std::runtime_error("bad escape");
            const char e = t_[pos_++];
            switch (e) {
            case '"': out.push_back('"'); break;
            case '\\': out.push_back('\\'); break;
            case '/': out.push_back('/'); break;
            case 'b': out.push_back('\b'); break;
            case 'f': out.push_back('\f'); break;
            case 'n': out.push_back('\n'); break;
            case 'r': out.push_back('\r'); break;
            case 't': out.push_back('\t'); break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xd800 && cp < 0xdc00 && literal("\\u")) {
                    const unsigned lo = hex4();
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                }
                utf8(out, cp);
                break;
            }
            default: throw std::runtime_error("bad escape");
            }
        }
    }
    Json value() {
        Json v;
        const char c = peek();
        if (c == '{') {
            v.kind = Json::Kind::Object;
            ++pos_;
            if (peek() == '}') { ++pos_; return v; }
            while (true) {
                std::string k = str();
                expect(':');
                v.object[k] = value();
                if (peek() == ',') { ++pos_; continue; }
                expect('}');
                return v;
            }
        }
        if (c == '[') {
            v.kind = Json::Kind::Array;
            ++pos_;
            if (peek() == ']') { ++pos_; return v; }
            while (true) {
                v.array.push_back(value());
                if (peek() == ',') { ++pos_; continue; }
                expect(']');
                return v;
            }
        }
        if (c == '"') {
            v.kind = Json::Kind::String;
            v.string = str();
            return v;
        }
        if (literal("null")) return v;
        if (literal("true")) { v.kind = Json::Kind::Bool; v.boolean = true; return v; }
        if (literal("false")) { v.kind = Json::Kind::Bool; return v; }
        const std::size_t start = pos_;
        while (pos_ < t_.size() && std::string_view("+-0123456789.eE").find(t_[pos_]) != std::string_view::npos) ++pos_;
        if (start == pos_) throw std::runtime_error("unexpected character");
        v.kind = Json::Kind::Number;
        v.number = std::stod(std::string(t_.substr(start, pos_ - start)));
        return v;
    }
};

}  // namespace wdtest
