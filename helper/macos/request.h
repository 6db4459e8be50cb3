// SPDX-License-Identifier: GPL-3.0-or-later
// whydenied-helper on macOS: `osascript … with administrator privileges` starts it as root through
// /bin/sh with no argument vector from the caller and no trace of who asked, so the request comes
// in a file the caller wrote into a private folder of its own (core/src/fix/macos/elevate.cpp):
//
//   whydenied-helper --request-file DIR/request --result-file DIR/result
//
// The file holds fix::encodeRequest({caller uid, journal folder, verb, options…}). It is believed
// only when DIR is a folder (not a symlink) of that uid with no access for anyone else, and the
// file a single-linked regular file of the same uid. The answer that main.cpp prints goes to
// DIR/result, created new (never an existing name) and given to the caller.
#pragma once

#ifdef __APPLE__

#include <cstdint>
#include <string>
#include <sys/types.h>
#include <unistd.h>
#include <vector>

namespace wd::helper_mac {

struct Request {
    uint32_t callerUid = 0;
    std::string journalDir;
    std::vector<std::string> args;  // "whydenied-helper", the verb, its options
    std::vector<char*> argv;        // pointers into args, then a null pointer
    std::string error;              // not empty: refuse, nothing was read or written
};

// Reads and checks the request; on success stdout is the result file.
Request readRequest(int argc, char** argv);

// The request's caller and journal folder (valid after a successful readRequest).
uint32_t callerUid();
const std::string& journalDir();

}  // namespace wd::helper_mac

// macOS has no setresuid/setresgid. As root, setgid(2)/setuid(2) set the real, effective and saved
// ids alike, which is what main.cpp asks for when it drops to the caller.
inline int setresgid(gid_t r, gid_t e, gid_t s) { return r == e && e == s ? setgid(r) : -1; }
inline int setresuid(uid_t r, uid_t e, uid_t s) { return r == e && e == s ? setuid(r) : -1; }

#endif  // __APPLE__
