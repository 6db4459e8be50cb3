// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's verbs that release a file (whydenied/release.h): close-handle and
// replace-at-restart, and the undo of a replace-at-restart. Each judges the request again from
// the process and the files themselves, writes its record (<id>.release in the helper's journal,
// release::recordText) before it acts, and answers with that record (fix::releaseAnswerText).
#pragma once

#include "fix/common/fix_internal.h"

#include <optional>
#include <string>

namespace wd::helper_win {

struct Reply {
    int status = 1;    // 0 done, `text` is the answer line; 1 refused or failed, `text` says why
    std::string text;
};

// close-handle --pid N --handle H --path P
Reply closeHandle(const fix::HelperOptions& o, const std::string& requesterSid, const std::string& journalDir);
// replace-at-restart --path P [--with Q]
Reply replaceAtRestart(const fix::HelperOptions& o, const std::string& requesterSid, const std::string& journalDir);
// The undo of the release record `id`, when the journal holds one by that id; nullopt otherwise
// (the id is a fix's).
std::optional<Reply> undoRelease(const std::string& id, const std::string& requesterSid, const std::string& journalDir);

}  // namespace wd::helper_win
