// SPDX-License-Identifier: GPL-3.0-or-later
// Translatable text that crosses the Qt-free core boundary.
//
// The core speaks English, but the window must show German or Japanese. So a rule does not
// format a finished sentence: it returns the English template (with %1, %2 … placeholders, as
// in QString::arg) plus the arguments. The CLI renders it in English; the GUI first translates
// the template with QCoreApplication::translate(context, source) and then fills in the arguments.
// WD_TR marks the literal for lupdate (which matches QT_TRANSLATE_NOOP by name).
#pragma once

#include <string>
#include <vector>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif
// Context used for every core string in the .ts files.
#define WD_TR_CONTEXT "whydenied"
#define WD_TR(text) QT_TRANSLATE_NOOP("whydenied", text)

namespace wd {

struct Message {
    const char* source = "";        // English template, a string literal marked with WD_TR
    std::vector<std::string> args;  // substituted for %1 … %9
    unsigned wordArgs = 0;          // bit i: args[i] is itself a WD_TR word ("read"), translated too

    Message() = default;
    Message(const char* src) : source(src) {}  // NOLINT: literals convert on purpose
    Message(const char* src, std::vector<std::string> a) : source(src), args(std::move(a)) {}

    // Marks args[i] as a word to translate (an operation's name), not data such as a path.
    Message& translateArg(size_t i) {
        wordArgs |= 1U << i;
        return *this;
    }

    bool empty() const { return source == nullptr || *source == '\0'; }
    // Fills the placeholders into `templ` (the English source, or its translation).
    std::string render(const char* templ) const;
    std::string english() const { return render(source); }
};

}  // namespace wd
