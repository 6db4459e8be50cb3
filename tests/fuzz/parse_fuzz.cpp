// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry for parseErrorText: any bytes must parse without a crash, a hang or a sanitizer
// report, and every request must point inside the input.
#include "whydenied/parse.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void check(bool ok) {
    if (!ok) __builtin_trap();
}

void checkRequests(const std::vector<wd::ParsedRequest>& requests, std::size_t size) {
    for (const wd::ParsedRequest& r : requests) {
        check(r.spanBegin <= r.spanEnd);
        check(r.spanEnd <= size);
        if (r.path) check(!r.path->empty() && r.path->size() <= 8192);
        if (r.otherPath) check(!r.pathRole.empty());
        check(!wd::toString(r.operation).empty() && !wd::toString(r.errorClass).empty());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    checkRequests(wd::parseErrorText(text), size);
    wd::ParseOptions opts;
    opts.cwd = "/srv/work";
    opts.home = "/home/ana";
    checkRequests(wd::parseErrorText(text, opts), size);
    return 0;
}
