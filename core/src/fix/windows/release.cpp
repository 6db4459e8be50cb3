// SPDX-License-Identifier: GPL-3.0-or-later
// The unelevated side of whydenied/release.h: builds the request, has the helper approved through
// the UAC prompt (fix::askHelper) and reads its record back.
#include "whydenied/release.h"

#include "fix/common/fix_internal.h"

#include <windows.h>

namespace wd::release {
namespace {

Outcome ask(const std::vector<std::string>& request, const ApplyOptions& o) {
    Outcome out;
    if (std::string why; o.helperPath.empty() && !elevationAvailable(&why)) {
        out.message = Message(WD_TR("WhyDenied is installed for your account only (%1), so it does not start its "
                                    "administrator helper. Nothing was changed."),
                              {why});
        return out;
    }
    std::string answer;
    Message error;
    DWORD status = 1;
    if (!fix::askHelper(request, o, answer, status, error)) {
        out.message = Message(WD_TR("Nothing was changed: %1")).nest(0, error);
        return out;
    }
    if (status != 0) {
        out.message = fix::helperRefusal(WD_TR("Nothing was changed: %1"), status, answer);
        return out;
    }
    if (const auto a = fix::readHelperAnswer(answer); a && a->kind == fix::HelperAnswer::Kind::Release) out.record = a->record;
    if (!out.record) {
        out.message = Message(WD_TR("The helper's answer could not be read."));
        return out;
    }
    out.ok = true;
    out.message = Message(WD_TR("%1 (recorded as %2)"), {out.record->note, out.record->id});
    return out;
}

}  // namespace

Outcome closeHandle(uint32_t pid, uint64_t handle, const std::string& path, const ApplyOptions& o) {
    return ask(closeHandleRequest(pid, handle, path), o);
}

Outcome replaceAtRestart(const std::string& path, const std::string& with, const ApplyOptions& o) {
    return ask(replaceAtRestartRequest(path, with), o);
}

Outcome undo(const std::string& id, const ApplyOptions& o) { return ask({"undo", "--id", id}, o); }

}  // namespace wd::release
