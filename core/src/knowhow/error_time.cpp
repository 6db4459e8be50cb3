// SPDX-License-Identifier: GPL-3.0-or-later
// When the error happened, from the time stamps logs put on their lines. An audit trail holds
// months of denials of the same file; only the time tells the one behind this error from one
// that a relabel fixed last week.
#include "whydenied/knowhow.h"

#include <cctype>
#include <cstdlib>
#include <ctime>

namespace wd {
namespace {

bool digits(std::string_view s, size_t at, size_t n, int& out) {
    if (at + n > s.size()) return false;
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

bool plausible(const std::tm& t) {
    return t.tm_mon >= 0 && t.tm_mon < 12 && t.tm_mday >= 1 && t.tm_mday <= 31 && t.tm_hour < 24 &&
           t.tm_min < 60 && t.tm_sec <= 60;
}

// Seconds since the epoch of a broken-down UTC time (timegm is not in every C library).
double utcSeconds(const std::tm& t) {
    const int y = t.tm_year + 1900 - (t.tm_mon < 2);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int m = t.tm_mon + 1;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + t.tm_mday - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const long long days = static_cast<long long>(era) * 146097 + doe - 719468;
    return static_cast<double>(days * 86400 + t.tm_hour * 3600 + t.tm_min * 60 + t.tm_sec);
}

double localSeconds(std::tm t) {
    t.tm_isdst = -1;
    const std::time_t v = std::mktime(&t);
    return v == static_cast<std::time_t>(-1) ? 0 : static_cast<double>(v);
}

// "2026-12-03T11:08:21", "2026-12-03 11:08:21,123", "…Z", "…+01:00", "…-0500".
double isoAt(std::string_view s, size_t i, size_t& end) {
    std::tm t{};
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
    if (i + 19 > s.size()) return 0;
    if (!digits(s, i, 4, y) || s[i + 4] != '-' || !digits(s, i + 5, 2, mo) || s[i + 7] != '-' || !digits(s, i + 8, 2, d))
        return 0;
    if ((s[i + 10] != 'T' && s[i + 10] != ' ') || !digits(s, i + 11, 2, h) || s[i + 13] != ':' ||
        !digits(s, i + 14, 2, mi) || s[i + 16] != ':' || !digits(s, i + 17, 2, se))
        return 0;
    t.tm_year = y - 1900, t.tm_mon = mo - 1, t.tm_mday = d, t.tm_hour = h, t.tm_min = mi, t.tm_sec = se;
    if (y < 1990 || !plausible(t)) return 0;
    size_t j = i + 19;
    double frac = 0, scale = 0.1;
    if (j < s.size() && (s[j] == '.' || s[j] == ',')) {
        for (++j; j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])); ++j, scale /= 10) frac += (s[j] - '0') * scale;
    }
    end = j;
    if (j < s.size() && s[j] == 'Z') {
        end = j + 1;
        return utcSeconds(t) + frac;
    }
    int oh = 0, om = 0;
    if (j < s.size() && (s[j] == '+' || s[j] == '-') && digits(s, j + 1, 2, oh)) {
        const size_t mAt = j + 3 < s.size() && s[j + 3] == ':' ? j + 4 : j + 3;
        if (digits(s, mAt, 2, om)) {
            end = mAt + 2;
            const double offset = (oh * 3600 + om * 60) * (s[j] == '-' ? -1 : 1);
            return utcSeconds(t) - offset + frac;
        }
    }
    // No zone: the machine's local time, which is what a log written here means.
    const double v = localSeconds(t);
    return v == 0 ? 0 : v + frac;
}

// syslog and `journalctl` short format: "Dec  3 11:08:21" (no year: the latest one not in the future).
double syslogAt(std::string_view s, size_t i, size_t& end, double now) {
    static constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (i + 15 > s.size() || (i > 0 && std::isalnum(static_cast<unsigned char>(s[i - 1])))) return 0;
    int mon = -1;
    for (int m = 0; m < 12; ++m)
        if (s.substr(i, 3) == kMonths[m]) mon = m;
    if (mon < 0 || s[i + 3] != ' ') return 0;
    const size_t dAt = s[i + 4] == ' ' ? i + 5 : i + 4;
    int d = 0, h = 0, mi = 0, se = 0;
    const size_t dLen = dAt == i + 5 ? 1 : 2;
    if (!digits(s, dAt, dLen, d) || dAt + dLen + 9 > s.size() || s[dAt + dLen] != ' ') return 0;
    const size_t tAt = dAt + dLen + 1;
    if (!digits(s, tAt, 2, h) || s[tAt + 2] != ':' || !digits(s, tAt + 3, 2, mi) || s[tAt + 5] != ':' ||
        !digits(s, tAt + 6, 2, se))
        return 0;
    const std::time_t nowT = static_cast<std::time_t>(now);
    std::tm local{};
#if defined(_WIN32)
    localtime_s(&local, &nowT);
#else
    localtime_r(&nowT, &local);
#endif
    std::tm t{};
    t.tm_year = local.tm_year, t.tm_mon = mon, t.tm_mday = d, t.tm_hour = h, t.tm_min = mi, t.tm_sec = se;
    if (!plausible(t)) return 0;
    double v = localSeconds(t);
    if (v > now + 86400) {  // December's log read in January
        t.tm_year -= 1;
        v = localSeconds(t);
    }
    end = tAt + 8;
    return v;
}

// "audit(1226270358.848:238)": an audit record pasted as the error.
double auditAt(std::string_view s, size_t i, size_t& end) {
    if (s.substr(i, 6) != "audit(") return 0;
    size_t j = i + 6;
    while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == '.')) ++j;
    if (j == i + 6 || j >= s.size() || s[j] != ':') return 0;
    end = j;
    return std::strtod(std::string(s.substr(i + 6, j - i - 6)).c_str(), nullptr);
}

}  // namespace

double errorTimeIn(std::string_view text, double now) {
    if (now <= 0) now = static_cast<double>(std::time(nullptr));
    double found = 0;
    // The last stamp wins: it is the one nearest the error line the text ends with.
    for (size_t i = 0; i < text.size();) {
        size_t end = i;
        double v = 0;
        const char c = text[i];
        if (std::isdigit(static_cast<unsigned char>(c)) && (i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]))))
            v = isoAt(text, i, end);
        else if (c >= 'A' && c <= 'S')
            v = syslogAt(text, i, end, now);
        else if (c == 'a')
            v = auditAt(text, i, end);
        if (v > 0) {
            found = v;
            i = end > i ? end : i + 1;
        } else {
            ++i;
        }
    }
    return found;
}

}  // namespace wd
