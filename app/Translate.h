// SPDX-License-Identifier: GPL-3.0-or-later
// The bridge from the core's translatable messages to text a person reads.
#pragma once

#include "whydenied/message.h"
#include "whydenied/model.h"

#include <QString>

#include <string>

namespace wdgui {

// Translates the English template in the "whydenied" context (the one lupdate files core strings
// under), then fills %1..%9. The arguments are substituted in one pass by the core's own renderer,
// so a path that happens to contain "%2" is never substituted a second time (QString::arg chains
// would do that).
QString tr(const wd::Message& msg);

// Paths are bytes; Qt decodes them with the locale codec, like QFile does for its own paths. On
// Windows the core's paths are UTF-8 (it converts with CP_UTF8), whatever the ANSI code page.
QString fromPath(const std::string& path);
std::string toPath(const QString& path);

// Core strings that are not Messages (evidence values, errno names) are UTF-8 already.
QString fromUtf8(const std::string& s);

// An evidence key ("owner", "deciding entry", "holder 4242") as a label in the reader's language.
// The keys stay English in the JSON, where scripts read them; only the window translates them.
QString evidenceLabel(const std::string& key);

// An evidence value: the few that are words ("file", "immutable") in the reader's language, the
// rest (paths, modes, names) as they are. Evidence stays machine text in the JSON, where scripts
// compare it; only what the window shows is translated.
QString evidenceValue(const std::string& key, const std::string& value);

// The operation as a person calls it ("write"), translated; the combo box and the request list use it.
QString operationLabel(wd::Operation op);

}  // namespace wdgui
