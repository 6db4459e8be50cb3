// SPDX-License-Identifier: GPL-3.0-or-later
// The journal entry and the release record as JSON objects, for the files that keep them and for
// the helper's answers that carry them (helper_wire.cpp). Private to the core: nlohmann stays out of
// the public headers.
#pragma once

#include "json_read.h"
#include "whydenied/fix.h"
#include "whydenied/json.h"
#include "whydenied/release.h"

#include <optional>

namespace wd::fix {

// journal.cpp
void writeJournalEntry(JsonWriter& w, const JournalEntry& e);
std::optional<JournalEntry> journalEntryFrom(const jsonread::Json& v);

}  // namespace wd::fix

namespace wd::release {

// release.cpp; nullopt for a record without an id or a known verb, or with a pid or handle that is
// not a number that fits.
void writeRecord(JsonWriter& w, const Record& r);
std::optional<Record> recordFrom(const jsonread::Json& v);

}  // namespace wd::release
