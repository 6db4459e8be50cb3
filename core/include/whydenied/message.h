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
#ifndef QT_TRANSLATE_N_NOOP
#define QT_TRANSLATE_N_NOOP(context, text) text
#endif
// A template with a count (%n): lupdate files it with plural forms.
#define WD_TR_N(text) QT_TRANSLATE_N_NOOP("whydenied", text)

namespace wd {

struct Message {
    const char* source = "";        // English template, a string literal marked with WD_TR
    std::vector<std::string> args;  // substituted for %1 … %9
    unsigned wordArgs = 0;          // bit i: args[i] is itself a WD_TR word ("read"), translated too
    // A sentence inside a sentence ("Nothing was changed: %1" around the reason): inner[k] is
    // args[innerAt[k]], so that the reason is translated too; args keeps its English for english().
    std::vector<Message> inner;
    std::vector<unsigned char> innerAt;
    // A count (%n) and the English singular template: the GUI asks Qt for the plural form in the
    // reader's language (WD_TR_N marks `source`); english() picks `one` when count is 1.
    long count = -1;
    const char* one = nullptr;

    Message() = default;
    Message(const char* src) : source(src) {}  // NOLINT: literals convert on purpose
    Message(const char* src, std::vector<std::string> a) : source(src), args(std::move(a)) {}

    // Marks args[i] as a word to translate (an operation's name), not data such as a path.
    Message& translateArg(size_t i) {
        wordArgs |= 1U << i;
        return *this;
    }

    // args[i] is the sentence `m`, translated with the one around it.
    Message& nest(size_t i, Message m) {
        if (args.size() <= i) args.resize(i + 1);
        args[i] = m.english();
        innerAt.push_back(static_cast<unsigned char>(i));
        inner.push_back(std::move(m));
        return *this;
    }
    // Text that is no template (an answer from another program, an errno's words): shown as it is.
    static Message verbatim(std::string text) { return Message("%1", {std::move(text)}); }
    // "%n steps" (marked with WD_TR_N) with the English singular "%n step" for the Qt-free renderer.
    static Message counted(const char* source, const char* englishOne, long n, std::vector<std::string> a = {}) {
        Message m(source, std::move(a));
        m.count = n;
        m.one = englishOne;
        return m;
    }

    bool empty() const { return source == nullptr || *source == '\0'; }
    // Fills the placeholders into `templ` (the English source, or its translation).
    std::string render(const char* templ) const;
    std::string english() const { return render(count == 1 && one ? one : source); }
};

}  // namespace wd
