// SPDX-License-Identifier: GPL-3.0-or-later
// The phrases that mark a permission error, in every ecosystem and language we know, and one
// Aho-Corasick pass that finds them all in linear time (ASCII case and runs of white space ignored,
// so a phrase a console wrapped onto two lines is still found).
#pragma once

#include "whydenied/model.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace wd::parse {

// Where the path sits relative to the phrase.
enum class Locator : std::uint8_t {
    Message,       // a strerror-like text: the path comes before it ("x: Permission denied"), else after
    PathAfter,     // the path follows the phrase ("Access to the path 'x'", "cannot access the file 'x'")
    PyCode,        // [Errno 13] … : 'repr' (possibly a line or two later)
    NodeCode,      // EACCES: …, mkdir 'x'   /  EPERM, unlink 'x'
    JavaException, // AccessDeniedException: x
    DockerSocket,  // … docker daemon socket at unix:///x
    NoPath,        // a remote or policy refusal: not about a local file
};

enum PhraseFlag : std::uint8_t {
    kWordBounded = 1,     // must not touch letters or digits on either side ("EPERM", not "ePermission")
    kPlatformAccess = 2,  // "access denied" in words both Windows and POSIX use: the path decides the class
    kBanner = 4,          // context only (a heading): never a request of its own
};

struct Phrase {
    std::string_view text;  // lower-case ASCII, single spaces
    Locator locator;
    ErrorClass errorClass;
    int priority;           // which class wins when several phrases describe one error
    Operation operation;    // what the phrase itself says was attempted, Unknown when it says nothing
    std::uint8_t flags;
};

struct PhraseMatch {
    std::uint32_t phrase;
    std::size_t begin, end;  // in the scanned text
};

const Phrase& phraseAt(std::uint32_t id);

// All phrase occurrences, ordered by end offset; at most `limit` of them.
std::vector<PhraseMatch> findPhrases(std::string_view text, std::size_t limit);

}  // namespace wd::parse
