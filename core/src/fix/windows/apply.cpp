// SPDX-License-Identifier: GPL-3.0-or-later
// The fix engine's low level on Windows: check that the path is still the diagnosed file, then
// change it through the primitives of fix/windows/primitives.h (attrib, icacls, takeown equivalents).
//
// The file is opened as itself (FILE_FLAG_OPEN_REPARSE_POINT: a link is never followed) and its
// volume serial + file index compared with the diagnosed dev/ino. Every change goes through that
// same handle (SetSecurityInfo, SetFileInformationByHandle), so a junction swapped into a parent
// folder after the check changes nothing; the handle is held without FILE_SHARE_DELETE.
#include "whydenied/fix.h"

#include "fix/common/fix_internal.h"
#include "fix/windows/guard.h"
#include "fix/windows/primitives.h"
#include "platform/windows/text.h"

#include <windows.h>
#include <sddl.h>

namespace wd {

namespace {

using winsys::widen;

class Pinned {
public:
    Pinned(const std::string& path, DWORD access) {
        // An administrator's file access goes by its privileges, not by a DACL that may leave it out.
        if (access & (WRITE_OWNER | WRITE_DAC | FILE_WRITE_ATTRIBUTES | DELETE)) winfix::enableOwnerPrivileges();
        h_ = winfix::openAsItself(widen(path), access);
        if (h_ == INVALID_HANDLE_VALUE) error_ = winsys::winErrorName(GetLastError());
        else if (!winsys::fileIdentity(h_, id_)) error_ = winsys::winErrorName(GetLastError());
    }
    ~Pinned() {
        if (h_ != INVALID_HANDLE_VALUE) CloseHandle(h_);
    }
    Pinned(const Pinned&) = delete;
    Pinned& operator=(const Pinned&) = delete;

    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }
    const winsys::FileIdentity& id() const { return id_; }
    HANDLE handle() const { return h_; }
    NodeType type() const { return (id_.attributes & FILE_ATTRIBUTE_DIRECTORY) ? NodeType::Directory : NodeType::Regular; }
    // A link (symbolic link, junction): what the fix would change is not the file diagnosed.
    // Cloud placeholders are reparse points too, but they are the file itself: told apart by the
    // reparse tag, which only the file system sets, not by the offline bit, which anyone may.
    bool isLink() const { return (id_.attributes & FILE_ATTRIBUTE_REPARSE_POINT) && winguard::isLink(h_); }

private:
    HANDLE h_ = INVALID_HANDLE_VALUE;
    winsys::FileIdentity id_;
    std::string error_;
};

NodeState stateOf(const winfix::Snapshot& s, const winsys::FileIdentity* id) {
    NodeState n;
    n.present = s.present;
    n.attributes = s.attributes;
    n.sddl = s.sddl;
    if (id) {
        n.size = id->size;
        n.mtimeNs = id->mtime * 100;
    }
    return n;
}

// Checks the pinned file against what was diagnosed; an empty answer means "it is the same".
std::string sameFile(const Pinned& p, const std::string& path, uint64_t dev, uint64_t ino, NodeType type) {
    if (!p.ok()) return "cannot open " + path + " (" + p.error() + ")";
    if (p.isLink()) return path + " is now a link; nothing was changed";
    if (p.id().dev != dev || p.id().ino != ino || p.type() != type)
        return path + " is no longer the " + std::string(toString(type)) + " that was diagnosed (volume/file id " +
               std::to_string(dev) + "/" + std::to_string(ino) + ", now " + std::to_string(p.id().dev) + "/" +
               std::to_string(p.id().ino) + "); nothing was changed";
    return {};
}

std::string parentOf(const std::string& path) {
    const auto sep = path.find_last_of("\\/");
    return sep == std::string::npos ? std::string() : path.substr(0, sep);
}

// A copy into the person's own folder: never over an existing file, and writable (a read-only
// original would otherwise give a read-only copy).
LowResult copyOut(const std::string& from, const std::string& to) {
    LowResult r;
    const std::string dir = parentOf(to);
    if (!isNormalAbsolute(to, Platform::Windows) || dir.empty() || isSystemPath(dir, Platform::Windows)) {
        r.error = "the copy must go to a folder of yours, not " + to;
        return r;
    }
    if (!fix::makeDirs(dir)) {
        r.error = "cannot create " + dir + " (" + winsys::winErrorName(GetLastError()) + ")";
        return r;
    }
    const std::wstring dest = winsys::apiPath(widen(to));
    if (!CopyFileExW(winsys::apiPath(widen(from)).c_str(), dest.c_str(), nullptr, nullptr, nullptr,
                     COPY_FILE_FAIL_IF_EXISTS)) {
        r.error = "cannot copy to " + to + " (" + winsys::winErrorName(GetLastError()) + ")";
        return r;
    }
    r.changed = true;
    const DWORD a = GetFileAttributesW(dest.c_str());
    if (a != INVALID_FILE_ATTRIBUTES && (a & FILE_ATTRIBUTE_READONLY))
        SetFileAttributesW(dest.c_str(), a & ~FILE_ATTRIBUTE_READONLY);
    const Pinned copy(to, READ_CONTROL);
    if (!copy.ok()) {
        r.error = "the copy " + to + " cannot be opened (" + copy.error() + ")";
        return r;
    }
    r.ok = true;
    r.resultPath = to;
    r.resultDev = copy.id().dev;
    r.resultIno = copy.id().ino;
    r.after = stateOf(winfix::capture(copy.handle()), &copy.id());
    return r;
}

}  // namespace

std::optional<NodeState> readState(const std::string& path, std::string* error) {
    const Pinned p(path, READ_CONTROL);
    if (!p.ok()) {
        if (error) *error = "cannot open " + path + " (" + p.error() + ")";
        return std::nullopt;
    }
    return stateOf(winfix::capture(p.handle()), &p.id());
}

namespace {

// What the handle must be opened with for an action's change.
DWORD accessFor(FixAction action) {
    switch (action) {
    case FixAction::ClearReadOnly: return READ_CONTROL | FILE_WRITE_ATTRIBUTES;
    case FixAction::AclModify:
    case FixAction::AclRemoveDeny: return READ_CONTROL | WRITE_DAC;
    case FixAction::TakeOwnership: return READ_CONTROL | WRITE_OWNER;
    default: return READ_CONTROL;
    }
}

LowResult applyPinned(FixAction action, const std::string& path, uint64_t dev, uint64_t ino, NodeType type,
                      const std::string& arg, const std::vector<unsigned char>& who, bool judged,
                      const std::string& requesterSid) {
    LowResult r;
    if (!isNormalAbsolute(path, Platform::Windows)) {
        r.error = "the path must be absolute and normalised: " + path;
        return r;
    }
    if (who.empty()) {
        r.error = "the account to change it for is unknown";
        return r;
    }
    const Pinned p(path, accessFor(action));
    if (std::string why = sameFile(p, path, dev, ino, type); !why.empty()) {
        r.error = why;
        return r;
    }
    if (judged)
        if (std::string why = winguard::judge(p.handle(), requesterSid); !why.empty()) {
            r.error = why;
            return r;
        }
    r.before = stateOf(winfix::capture(p.handle()), &p.id());
    r.resultPath = path;
    r.resultDev = dev;
    r.resultIno = ino;
    PSID sid = const_cast<unsigned char*>(who.data());
    winfix::Result done;
    switch (action) {
    case FixAction::ClearReadOnly: done = winfix::clearReadOnly(p.handle()); break;
    case FixAction::AclModify: done = winfix::grantModify(p.handle(), sid); break;
    case FixAction::AclRemoveDeny: {
        const auto named = winfix::accountSid(arg);
        if (named.empty()) {
            r.error = "the account " + arg + " is unknown";
            return r;
        }
        // Another account's deny entry keeps that account out, and is not the requester's to lift.
        if (judged && !EqualSid(const_cast<unsigned char*>(named.data()), sid)) {
            r.error = "the helper removes only deny entries that name you, not " + arg;
            return r;
        }
        done = winfix::removeDeny(p.handle(), const_cast<unsigned char*>(named.data()), arg);
        break;
    }
    case FixAction::TakeOwnership: done = winfix::takeOwnership(p.handle(), sid); break;
    case FixAction::Copy: {
        if (judged) {
            r.error = "a copy needs no administrator: WhyDenied makes it as you";
            return r;
        }
        if (type != NodeType::Regular) {
            r.error = "only files are copied";
            return r;
        }
        LowResult c = copyOut(path, arg);
        c.before = r.before;
        return c;
    }
    default:
        r.error = "the " + std::string(toString(action)) + " fix is not a Windows one";
        return r;
    }
    winsys::FileIdentity now = p.id();
    winsys::fileIdentity(p.handle(), now);
    r.after = stateOf(done.after, &now);
    r.changed = !r.after.sameAs(r.before);
    r.ok = done.ok;
    if (!done.ok) r.error = done.message;
    return r;
}

}  // namespace

LowResult applyLow(FixAction action, const std::string& path, uint64_t dev, uint64_t ino, NodeType type,
                   const std::string& arg, uint32_t) {
    return applyPinned(action, path, dev, ino, type, arg, winfix::processUserSid(), false, {});
}

LowResult fix::applyLowForRequester(FixAction action, const std::string& path, uint64_t dev, uint64_t ino, NodeType type,
                                    const std::string& arg, const std::string& requesterSid) {
    std::vector<unsigned char> who;
    PSID sid = nullptr;
    if (ConvertStringSidToSidW(widen(requesterSid).c_str(), &sid)) {
        who.assign(static_cast<BYTE*>(sid), static_cast<BYTE*>(sid) + GetLengthSid(sid));
        LocalFree(sid);
    }
    return applyPinned(action, path, dev, ino, type, arg, who, true, requesterSid);
}

namespace {

// An elevated undo restores whatever its journal entry says. The helper's journal is its own, but
// an administrator's console reads the account's journal, which any program of that account can
// write: so an elevated undo is held to the helper's rules, and never touches a system location,
// another person's file or profile, or a link.
std::string elevatedUndoRefusal(const Pinned& p, const JournalEntry& e) {
    if (!fix::runningPrivileged()) return {};
    std::string why = winguard::judge(p.handle(), e.callerSid.empty() ? winguard::processUserSid() : e.callerSid);
    return why.empty() ? why : "not undone elevated: " + why + "; undo it by hand: " + e.undoCommand;
}

}  // namespace

LowResult undoLow(const JournalEntry& e) {
    LowResult r;
    if (e.action == FixAction::Copy) {
        // The copy goes only if it is still the file made and nobody has written to it since.
        Pinned p(e.path, READ_CONTROL | DELETE);
        if (std::string why = sameFile(p, e.path, e.dev, e.ino, NodeType::Regular); !why.empty()) {
            r.error = why;
            return r;
        }
        if (std::string why = elevatedUndoRefusal(p, e); !why.empty()) {
            r.error = why;
            return r;
        }
        if (p.id().size != e.after.size || p.id().mtime * 100 != e.after.mtimeNs) {
            r.error = "the copy " + e.path + " was changed since it was made; keeping it";
            return r;
        }
        FILE_DISPOSITION_INFO gone{};
        gone.DeleteFile = TRUE;
        if (!SetFileInformationByHandle(p.handle(), FileDispositionInfo, &gone, sizeof gone)) {
            r.error = "cannot remove " + e.path + " (" + winsys::winErrorName(GetLastError()) + ")";
            return r;
        }
        r.ok = r.changed = true;
        return r;
    }
    const Pinned p(e.path, READ_CONTROL | WRITE_DAC | WRITE_OWNER | FILE_WRITE_ATTRIBUTES);
    if (std::string why = sameFile(p, e.path, e.dev, e.ino, e.type); !why.empty()) {
        r.error = why;
        return r;
    }
    if (std::string why = elevatedUndoRefusal(p, e); !why.empty()) {
        r.error = why;
        return r;
    }
    // Taken, rewritten and given back, the content would pass as the former owner's.
    if (e.action == FixAction::TakeOwnership && (p.id().size != e.after.size || p.id().mtime * 100 != e.after.mtimeNs)) {
        r.error = e.path + " was written since you took it (its content changed); its owner is not given back. An "
                  "administrator can do it after checking the content: " + e.undoCommand;
        return r;
    }
    const NodeState now = stateOf(winfix::capture(p.handle()), &p.id());
    r.before = now;
    if (!now.sameAs(e.after)) {
        r.error = e.path + " changed since the fix (it is now " + now.describe() + "; the fix left " + e.after.describe() +
                  "); nothing was changed";
        return r;
    }
    winfix::Snapshot before;
    before.present = true;
    before.attributes = e.before.attributes;
    before.sddl = e.before.sddl;
    const winfix::Result done = winfix::restore(p.handle(), before);
    r.after = stateOf(done.after, &p.id());
    r.changed = !r.after.sameAs(now);
    if (!done.ok) {
        r.error = done.message;
        return r;
    }
    r.ok = r.after.sameAs(e.before);
    if (!r.ok) r.error = "restored, but the state is " + r.after.describe() + " instead of " + e.before.describe();
    return r;
}

}  // namespace wd
