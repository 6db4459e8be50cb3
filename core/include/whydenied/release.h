// SPDX-License-Identifier: GPL-3.0-or-later
// Releasing a file when ending the program that holds it is not wanted or not possible (Windows):
//  - closing one handle in a program of yours, without ending it (DuplicateHandle with
//    DUPLICATE_CLOSE_SOURCE). The program is not told: it may fail or lose unsaved data the next
//    time it uses the handle. It cannot be undone.
//  - replacing or deleting the file at the next restart (MoveFileExW with
//    MOVEFILE_DELAY_UNTIL_REBOOT), when nothing else releases it. Undone by removing the pending
//    entry from PendingFileRenameOperations before the restart.
// Both run in the elevated helper (helper/windows/main.cpp, verbs close-handle and
// replace-at-restart), which judges the request again itself and records it in its own journal
// before it acts.
#pragma once

#include "whydenied/fix.h"
#include "whydenied/message.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wd::release {

// The helper's record of one release, kept beside its fix records (<id>.release) and sent back
// in its answer (fix::releaseAnswerText).
struct Record {
    std::string id, time;
    std::string verb;     // "close-handle" or "replace-at-restart"
    std::string path;     // the file released (close-handle: the file the handle named)
    std::string with;     // replace-at-restart: the file that takes its place; empty: deleted
    uint32_t pid = 0;     // close-handle: the process and its handle
    uint64_t handle = 0;
    std::string process;  // its program, as the helper saw it
    std::string callerSid;
    bool pending = false;  // written before the change, cleared after
    bool undoable = false;
    bool undone = false;
    std::string note;      // what the record means for a person (English, from the helper)
};
// The record's file: a JSON object ("path_hex" … beside a text that is not UTF-8). Reading takes
// that, and a record written before records were JSON (one line of "key", "value", … each in hex,
// joined by '.'), so an older pending rename can still be taken back; nullopt for anything else,
// or a record without an id or a known verb.
std::string recordText(const Record& r);
std::optional<Record> recordFromText(const std::string& text);

struct Outcome {
    bool ok = false;
    Message message;  // why not, or what was done (the helper's own sentence is an argument)
    std::optional<Record> record;
};

// The requests as the helper takes them (README, "Request form"); the helper adds nothing else
// but --requester, which the engine appends.
std::vector<std::string> closeHandleRequest(uint32_t pid, uint64_t handle, const std::string& path);
std::vector<std::string> replaceAtRestartRequest(const std::string& path, const std::string& with);

#ifdef _WIN32
// Asks the helper (through the administrator prompt) to close handle `handle` of process `pid`,
// which must still name `path`. `o.helperPath` names the helper (tests); empty: the installed one,
// only where elevationAvailable().
Outcome closeHandle(uint32_t pid, uint64_t handle, const std::string& path, const ApplyOptions& o = {});
// Asks the helper to delete `path` at the next restart, or (with `with`) to put `with` in its place.
Outcome replaceAtRestart(const std::string& path, const std::string& with = {}, const ApplyOptions& o = {});
// Takes a pending replace-at-restart back (the helper's undo of record `id`).
Outcome undo(const std::string& id, const ApplyOptions& o = {});
#endif

// The value PendingFileRenameOperations (REG_MULTI_SZ: source, target, source, target, …) less the
// pair that `source` → `target` added; `target` empty for a deletion. MoveFileExW writes NT
// paths ("\??\C:\x") and marks a replacing target with '!': both are matched as MoveFileExW writes
// them, without case. False (and `value` unchanged) when the pair is not there.
bool dropPendingPair(std::vector<std::wstring>& value, const std::wstring& source, const std::wstring& target);

// Programs whose handles the helper never closes, by image name, whoever runs them: the session
// and kernel's own processes (csrss, lsass, smss, wininit, services, winlogon, svchost …, and
// Wine's services). Case-insensitive, the bare file name ("lsass.exe").
bool isSystemProgram(const std::string& imageName);

// Digits only, parsed without exceptions: nullopt for anything else or a number beyond 64 bits
// (a request's pid, handle, file id).
std::optional<uint64_t> decimal(const std::string& s);

}  // namespace wd::release
